"""bench/gpu_check.py's parts that need no GPU: llama.cpp's buffer lines, the proxies it writes, the
build it forms, the table it fills (on the CPU here), and the tests' switch to GPU layers."""

from __future__ import annotations

import io
import json
import shlex
import tarfile

import gguf
import pytest

from app.core.engine.generation import LoadSettings
from app.core.sizes import MIB
from app.testing.gguf_models import quantize, write_quantized_random_llama, write_random_llama
from bench import gpu_check
from tests.conftest import offloaded


def llama_cpp_line(c_format: str, *values) -> str:
    """A log line as llama.cpp's printf writes it (its C format is also Python's %)."""
    return c_format % values


# The formats as they are in the llama.cpp that llama-cpp-python 0.3.36 vendors.
MODEL_LINE = "%s: %12s model buffer size = %8.2f MiB\n"  # src/llama-model.cpp, load_tensors
KV_LINE = "%s: %10s KV buffer size = %8.2f MiB\n"  # src/llama-kv-cache.cpp
COMPUTE_LINE = "%s: %10s compute buffer size = %8.2f MiB\n"  # src/llama-context.cpp, sched_reserve
OUTPUT_LINE = "%s: %10s  output buffer size = %8.2f MiB\n"  # src/llama-context.cpp


def test_cuda_buffer_lines_are_read_as_llama_cpp_writes_them():
    log = "".join([
        "load_tensors: offloaded 7/7 layers to GPU\n",
        llama_cpp_line(MODEL_LINE, "load_tensors", "CPU_Mapped", 70.31),
        llama_cpp_line(MODEL_LINE, "load_tensors", "CUDA0", 785.25),
        llama_cpp_line(OUTPUT_LINE, "llama_context", "CUDA_Host", 0.12),
        llama_cpp_line(KV_LINE, "llama_kv_cache", "CUDA0", 192.0),
        llama_cpp_line(COMPUTE_LINE, "sched_reserve", "CUDA0", 164.01),
        llama_cpp_line(COMPUTE_LINE, "sched_reserve", "CUDA_Host", 16.01),
        # Not allocations: a debug line about the same buffer, an adapter's and a recurrent state's.
        "sched_reserve:      CUDA0 compute buffer size is 164.0100 MiB, matches expectation of 164.0100 MiB\n",
        "llama_adapter_lora_init_impl:      CUDA0 LoRA buffer size =    12.00 MiB\n",
        "llama_memory_recurrent:      CUDA0 RS buffer size =     3.00 MiB\n",
    ])  # fmt: skip

    buffers = gpu_check.buffer_sizes(log)

    assert buffers == {
        "CPU_Mapped model": int(70.31 * MIB), "CUDA0 model": int(785.25 * MIB), "CUDA_Host output": int(0.12 * MIB),
        "CUDA0 KV": 192 * MIB, "CUDA0 compute": int(164.01 * MIB), "CUDA_Host compute": int(16.01 * MIB),
    }  # fmt: skip
    assert gpu_check.gpu_buffers(buffers) == {"model": buffers["CUDA0 model"], "KV": 192 * MIB,
                                              "compute": buffers["CUDA0 compute"]}  # fmt: skip
    assert gpu_check.gpu_buffers(buffers, "CUDA1") == {"model": 0, "KV": 0, "compute": 0}


def test_a_model_split_in_several_buffers_adds_up():
    log = llama_cpp_line(MODEL_LINE, "load_tensors", "CUDA0", 100.0) * 2
    assert gpu_check.buffer_sizes(log) == {"CUDA0 model": 200 * MIB}


@pytest.mark.parametrize("quant", ["Q4_K_M", "Q6_K", "Q8_0"])
def test_a_proxy_written_straight_in_a_quant_is_what_llama_cpp_s_quantizer_makes(tmp_path, quant):
    dims = {"n_embd": 256, "n_ff": 768, "n_head": 4, "n_vocab": 1000}
    source = write_random_llama(tmp_path / "f16.gguf", n_layers=8, **dims)
    reference = quantize(source, tmp_path / f"quantized-{quant}.gguf", quant)

    written = write_quantized_random_llama(tmp_path / f"written-{quant}.gguf", n_layers=8, quant=quant, **dims)

    def tensors(path):
        return [(t.name, t.tensor_type, t.n_bytes) for t in gguf.GGUFReader(path).tensors]

    assert sorted(tensors(written)) == sorted(tensors(reference))
    assert written.stat().st_size == reference.stat().st_size


def test_a_written_proxy_runs(tmp_path, engine):
    path = write_quantized_random_llama(tmp_path / "proxy.gguf", n_layers=2, quant="Q4_K_M", n_embd=256, n_ff=768,
                                        n_head=4, n_vocab=1000)  # fmt: skip
    engine.load(path, LoadSettings(n_ctx=256))
    measurement = engine.measure(prompt_tokens=16, decode_tokens=4, seconds=5.0)
    assert measurement.decode_tokens == 4


def test_the_cuda_build_is_formed_offline_for_one_architecture_with_amx_off(tmp_path):
    (tmp_path / f"{gpu_check.SDIST_STEM}.tar.gz").write_bytes(b"")
    assert gpu_check.find_sdist(tmp_path) == tmp_path / f"{gpu_check.SDIST_STEM}.tar.gz"
    assert gpu_check.find_sdist(tmp_path / "elsewhere") is None

    command = gpu_check.build_command(tmp_path / "src", tmp_path / "site")
    assert command[1:4] == ["-m", "pip", "install"]
    assert {"--no-index", "--no-build-isolation", "--no-deps", "--no-cache-dir"} <= set(command)
    assert command[-3:] == ["--target", str(tmp_path / "site"), str(tmp_path / "src")]

    args = shlex.split(gpu_check.cmake_args())  # scikit-build-core splits CMAKE_ARGS so
    assert {"-DGGML_CUDA=on", "-DCMAKE_CUDA_ARCHITECTURES=90-real", "-DGGML_AMX_TILE=OFF", "-DGGML_AMX_INT8=OFF",
            "-DGGML_AMX_BF16=OFF", "-DLLAVA_BUILD=OFF", "-DGGML_CCACHE=OFF"} <= set(args)  # fmt: skip
    assert "-DCMAKE_CXX_FLAGS=-mno-amx-tile -mno-amx-int8 -mno-amx-bf16" in args
    assert not any(a.startswith("-DCUDA_cublas_LIBRARY") for a in args)


def test_cublas_outside_the_toolkit_is_named_to_cmake(tmp_path):
    (tmp_path / "nvidia" / "cu13" / "include").mkdir(parents=True)
    (tmp_path / "nvidia" / "cu13" / "include" / "cublas_v2.h").write_text("")
    (tmp_path / "nvidia" / "cu13" / "lib").mkdir()
    (tmp_path / "nvidia" / "cu13" / "lib" / "libcublas.so.13").write_text("")

    found = gpu_check.find_cublas([tmp_path / "cuda-missing", tmp_path / "nvidia"])

    assert found == (tmp_path / "nvidia" / "cu13" / "include", tmp_path / "nvidia" / "cu13" / "lib" / "libcublas.so.13")
    args = shlex.split(gpu_check.cmake_args(cublas=found, ccache=True))
    assert f"-DCUDA_cublas_LIBRARY={found[1]}" in args and f"-DCMAKE_CUDA_FLAGS=-I{found[0]}" in args
    assert "-DGGML_CCACHE=ON" in args


def test_the_trimmed_sdist_keeps_the_sources_and_drops_models_and_docs(tmp_path):
    sdist = tmp_path / f"{gpu_check.SDIST_STEM}.tar.gz"
    files = {"CMakeLists.txt": b"project(x)", "vendor/llama.cpp/src/llama.cpp": b"int x;",
             "vendor/llama.cpp/models/ggml-vocab.gguf": b"big", "vendor/llama.cpp/docs/build.md": b"doc",
             "vendor/llama.cpp/tools/mtmd/test-1.mp4": b"video", "vendor/llama.cpp/tools/mtmd/mtmd.cpp": b"int y;"}
    with tarfile.open(sdist, "w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"{gpu_check.SDIST_STEM}/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))

    trimmed = gpu_check.trim_sdist(sdist, tmp_path / "out" / gpu_check.TRIMMED_SDIST)

    with tarfile.open(trimmed) as archive:
        names = {m.name.removeprefix(f"{gpu_check.SDIST_STEM}/") for m in archive.getmembers() if m.isfile()}
    assert names == {"CMakeLists.txt", "vendor/llama.cpp/src/llama.cpp", "vendor/llama.cpp/tools/mtmd/mtmd.cpp"}


def test_the_table_compares_prediction_and_measurement_on_the_cpu(tmp_path, monkeypatch, family):
    """The table's path with no GPU (as ``--cpu-dry-run`` takes it): RAM is measured, VRAM is not."""
    monkeypatch.setattr(gpu_check, "proxy", lambda layers, quant: family[f"{layers}L {quant}"])
    monkeypatch.setattr(gpu_check, "CACHE", tmp_path)
    report = gpu_check.Report(tmp_path / "out" / "gpu_check.json")

    rows = gpu_check.step_table(report, False, [("tiny", 4, "Q4_K_M", 512), ("tiny", 2, "Q8_0", 1024)], 0)

    saved = json.loads((tmp_path / "out" / "gpu_check.json").read_text())
    assert saved["table"]["rows"] == json.loads(json.dumps(rows))
    assert [(r["quant"], r["n_ctx"], r["gpu_layers"]) for r in rows] == [("Q4_K_M", 512, 0), ("Q8_0", 1024, 0)]
    for row in rows:
        assert row["predicted"]["vram"] == 0 and row["measured"]["vram"] is None
        assert row["measured"]["ram"] > 0 and row["predicted"]["ram"] > 0
        assert row["errors"]["ram"] == pytest.approx(1 - row["predicted"]["ram"] / row["measured"]["ram"])


def test_tests_can_ask_for_gpu_layers():
    assert offloaded(None, -1).n_gpu_layers == -1
    assert offloaded(LoadSettings(n_ctx=512), 7) == LoadSettings(n_ctx=512, n_gpu_layers=7)
    assert offloaded(LoadSettings(n_gpu_layers=3), -1).n_gpu_layers == 3  # a test that asked for layers keeps them
