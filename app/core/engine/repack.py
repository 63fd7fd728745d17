"""llama.cpp's CPU "repack": which weights it copies into a re-laid-out buffer, by the CPU
features of the llama.cpp build that is loaded.

The rule is llama.cpp's own (``ggml/src/ggml-cpu/repack.cpp``,
``ggml_repack_get_optimal_repack_type``, in the version llama-cpp-python 0.3.36 vendors): a
weight of a matrix product is repacked when its type has a kernel for the build's features
and its row count is a multiple of the kernel's interleave. It depends on the *build*, not only
the processor: a build without AVX-512 never repacks Q2_K, even on a processor that has it
(seen on an AVX2-only machine: a 3.7b Q2_K proxy measured 27 % less than an estimate that
assumed the copy). So the features are read from the build itself, in a process of its own
(``read_cpu_features``), once per computer and llama.cpp version (``measurements.Measured``).

Not modelled: AMX builds (ShortChat builds llama.cpp without AMX, which crashes on K-quants),
KleidiAI builds and RISC-V vector kernels. Not measured here: with a GPU device, llama.cpp lists the
GPU's host buffer before the repack buffer for the weights left on the CPU (``llama-model.cpp``,
``make_cpu_buft_list``), so a GPU build may make no repack copy at all.
"""

from __future__ import annotations

import platform
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.models.gguf_header import Weight

# ggml tensor types (ggml.h) that the rule and the quantizer's mixes name.
F32, F16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0 = 0, 1, 2, 3, 6, 7, 8
Q2_K, Q3_K, Q4_K, Q5_K, Q6_K = 10, 11, 12, 13, 14
IQ3_XXS, IQ4_NL, IQ3_S, IQ4_XS = 18, 20, 21, 23
BF16, MXFP4, Q1_0 = 30, 39, 41
TYPE_NAMES = {
    F32: "F32", F16: "F16", Q4_0: "Q4_0", Q4_1: "Q4_1", Q5_0: "Q5_0", Q5_1: "Q5_1", Q8_0: "Q8_0",
    Q2_K: "Q2_K", Q3_K: "Q3_K", Q4_K: "Q4_K", Q5_K: "Q5_K", Q6_K: "Q6_K", IQ3_XXS: "IQ3_XXS",
    IQ4_NL: "IQ4_NL", IQ3_S: "IQ3_S", IQ4_XS: "IQ4_XS", BF16: "BF16", MXFP4: "MXFP4", Q1_0: "Q1_0",
}  # fmt: skip


@dataclass(frozen=True)
class CpuFeatures:
    """What the CPU backend of a llama.cpp build says it uses (``llama_print_system_info``'s
    ``CPU :`` part): names such as AVX2, AVX512, NEON, DOTPROD, MATMUL_INT8, SVE, REPACK."""

    names: frozenset[str]
    sve_bytes: int = 0  # SVE vector length in bytes (SVE_CNT); 0: no SVE
    read: bool = True  # False: assumed (the build has not been asked yet)

    def has(self, *names: str) -> bool:
        return all(name in self.names for name in names)

    def describe(self) -> str:
        shown = [n for n in ("AVX2", "AVX512", "NEON", "DOTPROD", "MATMUL_INT8", "SVE") if n in self.names]
        return ", ".join(shown) or "none of the repack kernels' features"


def parse_system_info(text: str) -> CpuFeatures | None:
    """The CPU backend's features in llama.cpp's system info ("CPU : SSE3 = 1 | AVX2 = 1 | … |",
    possibly beside other backends' parts); None when there is no CPU part."""
    features: dict[str, str] | None = None
    in_cpu_part = False
    for item in text.split("|"):
        backend, colon, rest = item.partition(" : ")
        if colon:  # "CPU : SSE3 = 1" starts a backend's part
            in_cpu_part = backend.strip() == "CPU"
            if in_cpu_part:
                features = {}
            item = rest
        name, equals, value = item.partition("=")
        if in_cpu_part and equals and name.strip():
            features[name.strip()] = value.strip()
    if features is None:
        return None
    names = frozenset(name for name, value in features.items() if value not in ("", "0"))
    try:
        sve_bytes = int(features.get("SVE_CNT", "0"))
    except ValueError:
        sve_bytes = 0
    return CpuFeatures(names, sve_bytes)


def assumed_features(machine: str | None = None) -> CpuFeatures:
    """Until the build is asked: the most that a build for this kind of processor repacks, so the
    estimate errs on the side of more memory (x86: AVX2 and AVX-512; ARM: dot product and int8
    matrix multiply)."""
    machine = (machine or platform.machine()).lower()
    if machine in ("x86_64", "amd64", "i686", "i386", "x86"):
        return CpuFeatures(frozenset({"AVX", "AVX2", "AVX512", "REPACK"}), read=False)
    if machine in ("arm64", "aarch64"):
        return CpuFeatures(frozenset({"NEON", "DOTPROD", "MATMUL_INT8", "REPACK"}), read=False)
    return CpuFeatures(frozenset(), read=False)


def is_repacked(ggml_type: int, rows: int, features: CpuFeatures) -> bool:
    """Whether llama.cpp's CPU backend keeps a repacked copy of a matrix-product weight of this type
    with ``rows`` rows (its ``ne[1]``), in a build with ``features``."""
    if not features.has("REPACK"):
        return False
    x86 = features.has("AVX2")
    arm_i8mm = features.has("NEON", "MATMUL_INT8")
    arm_dot = features.has("NEON", "DOTPROD")
    if ggml_type == Q4_0:
        sve_256 = features.has("SVE", "MATMUL_INT8") and features.sve_bytes == 32
        return ((x86 or sve_256) and rows % 8 == 0) or ((arm_i8mm or arm_dot or features.has("VXE")) and rows % 4 == 0)
    if ggml_type == Q4_K:
        return (x86 or arm_i8mm or arm_dot) and rows % 8 == 0
    if ggml_type == Q2_K:
        return features.has("AVX512") and rows % 8 == 0
    if ggml_type in (Q5_K, Q6_K):
        return (arm_i8mm or arm_dot) and rows % 8 == 0
    if ggml_type in (IQ4_NL, MXFP4):
        return (x86 and rows % 8 == 0) or (arm_dot and rows % 4 == 0)
    if ggml_type in (Q8_0, Q1_0):
        return (arm_i8mm or arm_dot) and rows % 4 == 0
    return False


@dataclass(frozen=True)
class RepackedBytes:
    in_layers: int  # summed over all the blocks
    outside: int  # the output matrix and other weights outside the blocks


def repacked_bytes(weights: Iterable[Weight], features: CpuFeatures) -> RepackedBytes:
    """Bytes of the copy llama.cpp makes of ``weights`` on the CPU (all of them on the CPU)."""
    weights = list(weights)
    # A model without an output matrix multiplies by its embeddings instead: llama.cpp then loads them
    # twice, the second time as the output matrix, which may be repacked (e.g. Gemma's Q8_0 on ARM).
    tied = not any(w.name == "output.weight" for w in weights)
    in_layers = outside = 0
    for weight in weights:
        rows = weight.dims[1] if len(weight.dims) > 1 else 1
        as_output = tied and weight.name == "token_embd.weight" and len(weight.dims) == 2
        if (weight.in_matrix_products or as_output) and is_repacked(weight.ggml_type, rows, features):
            if weight.layer >= 0:
                in_layers += weight.nbytes
            else:
                outside += weight.nbytes
    return RepackedBytes(in_layers, outside)


def system_info_of_loaded_build() -> str:
    """llama.cpp's system info, in this process, after making sure a CPU backend is loaded
    (a portable build loads the variant that suits this processor only when asked)."""
    import llama_cpp

    from app.core.engine.llama_worker import load_backends

    load_backends()
    return llama_cpp.llama_print_system_info().decode("utf-8", errors="replace")


def _report_system_info(connection) -> None:
    try:
        connection.send(system_info_of_loaded_build())
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, the parent gets no features
        connection.send(f"error: {exc}")
    finally:
        connection.close()


READ_TIMEOUT_S = 60.0


_read_in_this_process: list[str] = []  # the build does not change while ShortChat runs: asked once


def read_system_info(timeout: float = READ_TIMEOUT_S) -> str:
    """The system info of the llama.cpp build ShortChat runs, read in a process of its own (as the
    engine loads it: llama.cpp can end the process that asks). "" when it could not be read."""
    if not _read_in_this_process:
        text = _system_info_from_a_child(timeout)
        if not text:
            return ""
        _read_in_this_process.append(text)
    return _read_in_this_process[0]


def _system_info_from_a_child(timeout: float) -> str:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_report_system_info, args=(sender,), daemon=True)
    process.start()
    sender.close()
    try:
        text = receiver.recv() if receiver.poll(timeout) else ""
    except (EOFError, OSError):  # the process died before it answered
        text = ""
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join(5)
    return "" if text.startswith("error: ") else text


def read_cpu_features(timeout: float = READ_TIMEOUT_S) -> CpuFeatures | None:
    """The CPU features of the llama.cpp build ShortChat loads; None when they could not be read."""
    text = read_system_info(timeout)
    return parse_system_info(text) if text else None
