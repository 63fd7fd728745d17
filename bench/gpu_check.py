"""The graphics card, measured on a real one (issue 20): one script for a machine with an NVIDIA GPU.

It builds llama-cpp-python with CUDA there, then measures what the app only computes: the VRAM and
RAM a model takes (predicted by ``app/core/fit/footprint.py`` vs llama.cpp's own ``CUDA0 ... buffer
size`` log lines and the driver's used memory), whether automatic GPU layers ever run out of memory,
the out-of-memory ladder against a real CUDA out-of-memory, decode speed (the app's engine vs plain
llama-cpp-python) and the card's memory bandwidth (to replace the assumed ``speed.GPU_BANDWIDTH``).
Last, the core tests run with every model's layers on the GPU.

Two steps. Here, on a computer with the network (PyPI), once per checkout (about 30 s):

    python bench/gpu_check.py --prepare

It writes ``bench/.cache/gpu/carry/`` (about 20 MB): llama-cpp-python 0.3.36's sdist trimmed of
llama.cpp's docs, models and tests (77 MB -> 5 MB), and Python 3.12 wheels of what the project needs
that the device machine lacks. Then, with the device tool's ``run`` (the machine has no network):

    run(command="bash bench/gpu_check.sh", carry=["bench/.cache/gpu/carry"], timeout_s=590)

The wrapper installs the wheels, builds llama-cpp-python with ``-DGGML_CUDA=on`` (sm_90 only, about
4-6 minutes on 16 cores; a warm machine's second call reuses the build in ``bench/.cache/gpu/site``)
and runs the steps in order of value until ``--budget-s`` (default 560 s, from the script's start)
is spent: env, build, table, oom, speed, bandwidth, tests. Each step is time-boxed, each result is
written to ``$OUT/gpu_check.json`` as soon as it exists (also when a later step is cut short), and
the log goes to ``$OUT/gpu_check.log``. The device time is 15 minutes in all, the machine's start
(1-2 minutes) included, so a second call must come at once (the machine stays warm 30 s) and fit in
what ``status`` says is left, e.g. for the steps the first call had no time for:

    run(command="bash bench/gpu_check.sh --steps tests --budget-s 150", carry=["bench/.cache/gpu/carry"],
        timeout_s=170)

then ``give_back``.

Read from llama.cpp's source (the version 0.3.36 vendors, ``src/llama-model.cpp``): ``n_gpu_layers``
counts the output layer as one more layer *after* the last block, so N offloads the output and the last
N - 1 blocks; the app passes at most its block count, which leaves block 0 (and its KV cache) on the
CPU while the footprint puts all blocks on the GPU and the output on the CPU. The table shows what
that costs (CUDA0 KV is one layer short); the speed step's "all layers and output" figure (-1) is
what offloading everything would give.

What it prints:
- env: the GPU, driver, nvcc, where cuBLAS is, whether the CPU has AMX (the build turns AMX off).
- table: per proxy model (random weights, the exact architecture of the 1.5b/2.7b/3.7b/5.5b),
  quant and context: the GPU layers the app chose (automatic), predicted vs measured VRAM (total:
  the driver's used memory while loaded minus before; parts: ``CUDA0 model/KV/compute buffer``), and
  predicted vs measured RAM (peak resident memory of llama.cpp's process); ``err%`` = (measured -
  predicted) / measured; ``!`` marks |err| > 10 %.
- oom: a child holds VRAM so that the model fits only in part; the app plans with the free VRAM seen
  before (stale), the load runs out of memory for real, and the ladder's sentence and the rung that
  loaded are printed, with proof that the engine still writes. Then automatic GPU layers are planned
  with the VRAM free now, at contexts 2048 and 8192: "no OOM" is the goal.
- speed: decode tokens/s of the app's engine vs plain llama-cpp-python with the same GPU layers
  (ratio, goal >= 0.97), and plain llama-cpp-python with every layer and the output on the GPU.
- bandwidth: the card's rated bandwidth (NVML: 2 x max memory clock x bus width / 8), a device-to-
  device copy, and decode's effective bandwidth (tokens/s x bytes read per token of a fully offloaded
  proxy); the rule printed is what ``speed.GPU_BANDWIDTH`` should become.
- tests: ``pytest tests/core`` with ``SHORTCHAT_TEST_GPU_LAYERS=-1`` (tests/conftest.py: every load
  that asked for no GPU layers gets all of them); the GUI tests need PySide6, too big to carry.

Here (no GPU), ``python bench/gpu_check.py --cpu-dry-run`` runs the table path for the 1.5b Q4_K_M
at context 2048 with the CPU build (VRAM columns empty) and forms, without running, the build command.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.sizes import GIB, MIB  # noqa: E402

CACHE = ROOT / "bench" / ".cache" / "gpu"
CARRY = CACHE / "carry"  # what travels to the device machine (``run``'s carry)
SITE = CACHE / "site"  # llama-cpp-python built with CUDA (kept on a warm machine between calls)
PROXIES = CACHE / "proxies"
LLAMA_VERSION = "0.3.36"
SDIST_STEM = f"llama_cpp_python-{LLAMA_VERSION}"
TRIMMED_SDIST = f"{SDIST_STEM}-trimmed.tar.xz"
# What the build does not need (llama-cpp-python's own CMakeLists builds no llama.cpp tools, tests or examples).
TRIMMED_PATHS = (
    ".git", ".github", "docs", "examples", "tests", "docker", "scripts",
    "vendor/llama.cpp/.git", "vendor/llama.cpp/.github", "vendor/llama.cpp/.devops", "vendor/llama.cpp/models",
    "vendor/llama.cpp/docs", "vendor/llama.cpp/media", "vendor/llama.cpp/benches", "vendor/llama.cpp/tests",
    "vendor/llama.cpp/examples", "vendor/llama.cpp/pocs", "vendor/llama.cpp/conversion", "vendor/llama.cpp/gguf-py",
    "vendor/llama.cpp/tools/ui", "vendor/llama.cpp/tools/server", "vendor/llama.cpp/scripts",
    "vendor/llama.cpp/skills", "vendor/llama.cpp/ci", "vendor/llama.cpp/app", "vendor/llama.cpp/grammars",
    "vendor/llama.cpp/requirements",
)  # fmt: skip
# The project's needs that the device machine's Python 3.12 lacks (or has in another major version),
# pinned to the versions installed here; its image has numpy, psutil, jinja2, pytest(-xdist, -timeout), ...
DEVICE_WHEELS = (
    "diskcache", "gguf", "platformdirs", "huggingface_hub", "httpx2", "httpcore2", "hf-xet", "truststore", "idna",
    "anyio", "click", "typing_extensions", "openai", "pydantic", "pydantic_core", "jiter", "sniffio",
    "annotated-types", "typing-inspection", "starlette", "uvicorn", "keyring", "jaraco.classes", "jaraco.context",
    "jaraco.functools", "more-itertools", "SecretStorage", "jeepney",
)  # fmt: skip
CARRY_LIMIT = 60 * MIB  # the device tool carries at most 64 MiB, the repository's files included
AMX_OFF = "-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
AMX_OFF_FLAGS = "-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"

# (name, layers): the family's sizes (FACTS.md); the proxies have their exact architecture.
SIZES = (("1.5b", 6), ("2.7b", 12), ("3.7b", 17), ("5.5b", 26))
QUANTS = ("Q4_K_M", "Q8_0", "Q6_K")  # in order of value: the usual download first
CONTEXTS = (2048, 8192)
OFF_BY = 0.10  # the goal: predictions within +-10 %


# -- llama.cpp's log ------------------------------------------------------------------------------------


def buffer_sizes(log_text: str) -> dict[str, int]:
    """``"CUDA0 model" -> bytes`` from llama.cpp's ``... buffer size = N MiB`` lines (summed per key)."""
    from app.core.engine.llama_worker import add_buffer_sizes

    buffers: dict[str, int] = {}
    for line in log_text.splitlines():
        add_buffer_sizes(line, buffers)
    return buffers


def gpu_buffers(buffers: dict[str, int], device: str = "CUDA0") -> dict[str, int]:
    """The model, KV and compute buffers on ``device`` (0 for one llama.cpp did not log)."""
    return {kind: buffers.get(f"{device} {kind}", 0) for kind in ("model", "KV", "compute")}


# -- preparing (here, with the network) -----------------------------------------------------------------


def find_sdist(folder: Path) -> Path | None:
    found = sorted(folder.glob(f"{SDIST_STEM}.tar.gz"))
    return found[0] if found else None


def download_sdist(folder: Path) -> Path:
    sdist = find_sdist(folder)
    if sdist is None:
        subprocess.run([sys.executable, "-m", "pip", "download", f"llama-cpp-python=={LLAMA_VERSION}", "--no-deps",
                        "--no-binary", ":all:", "-d", str(folder)], check=True)  # fmt: skip
        sdist = find_sdist(folder)
    if sdist is None:
        raise SystemExit(f"pip did not save {SDIST_STEM}.tar.gz in {folder}")
    return sdist


def trim_sdist(sdist: Path, target: Path) -> Path:
    """The sdist without what the build does not read, as .tar.xz."""
    with tempfile.TemporaryDirectory() as scratch:
        with tarfile.open(sdist) as archive:
            archive.extractall(scratch, filter="data")
        top = Path(scratch) / SDIST_STEM
        for relative in TRIMMED_PATHS:
            path = top / relative
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
        for video in top.glob("vendor/llama.cpp/tools/mtmd/*.mp4"):
            video.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(target.with_suffix(".part"), "w:xz") as archive:
            archive.add(top, arcname=SDIST_STEM)
    target.with_suffix(".part").replace(target)
    return target


def wheel_download_command(names: list[str], folder: Path) -> list[str]:
    """pip's command for Python 3.12 x86-64 wheels of ``names`` (as the device tool's notes say)."""
    from importlib import metadata

    pinned = []
    for name in names:
        try:
            pinned.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            print(f"{name} is not installed here: not carried", flush=True)
    platforms = [arg for tag in ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64")
                 for arg in ("--platform", tag)]  # fmt: skip
    return [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--python-version", "3.12",
            "--implementation", "cp", *platforms, "-d", str(folder), *pinned]  # fmt: skip


def prepare() -> None:
    sdist = download_sdist(ROOT / "bench" / ".cache" / "sdist")
    trimmed = CARRY / TRIMMED_SDIST
    if not trimmed.exists():
        print(f"trimming {sdist.name} ({sdist.stat().st_size / MIB:.0f} MiB)...", flush=True)
        trim_sdist(sdist, trimmed)
    wheels = CARRY / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    subprocess.run(wheel_download_command(list(DEVICE_WHEELS), wheels), check=True)
    total = sum(f.stat().st_size for f in CARRY.rglob("*") if f.is_file())
    print(f"{trimmed.name}: {trimmed.stat().st_size / MIB:.1f} MiB; {len(list(wheels.glob('*.whl')))} wheels; "
          f"carry folder {total / MIB:.1f} MiB (limit {CARRY_LIMIT / MIB:.0f})")  # fmt: skip
    if total > CARRY_LIMIT:
        raise SystemExit("too much to carry: the device tool takes 64 MiB with the repository")


# -- building (on the device machine) -------------------------------------------------------------------


def find_cublas(roots: list[Path]) -> tuple[Path, Path] | None:
    """(folder of cublas_v2.h, libcublas.so*) in the first root holding both, searched a few levels down."""
    for root in roots:
        headers = sorted(root.glob("**/cublas_v2.h")) if root.is_dir() else []
        libraries = sorted(root.glob("**/libcublas.so*")) if root.is_dir() else []
        if headers and libraries:
            return headers[0].parent, libraries[0]
    return None


def cuda_roots() -> list[Path]:
    """Where a CUDA toolkit or pip's NVIDIA packages may be."""
    roots = [Path("/usr/local/cuda")] + sorted(Path("/usr/local").glob("cuda-*"))
    for folder in map(Path, sys.path):
        if (folder / "nvidia").is_dir():
            roots.append(folder / "nvidia")
    return roots


def cmake_args(cuda_arch: str = "90-real", cublas: tuple[Path, Path] | None = None, ccache: bool = False) -> str:
    """CMAKE_ARGS for a CUDA build: one GPU architecture (the build takes minutes per architecture),
    no multimodal library, no NCCL (one GPU), AMX off on the CPU side (FACTS.md), and cuBLAS named
    explicitly when it is not where the toolkit is (pip's NVIDIA packages)."""
    args = [
        "-DGGML_CUDA=on", f"-DCMAKE_CUDA_ARCHITECTURES={cuda_arch}", "-DLLAVA_BUILD=OFF", "-DGGML_CUDA_NCCL=OFF",
        AMX_OFF, f"-DCMAKE_C_FLAGS='{AMX_OFF_FLAGS}'", f"-DCMAKE_CXX_FLAGS='{AMX_OFF_FLAGS}'",
        f"-DGGML_CCACHE={'ON' if ccache else 'OFF'}",
    ]  # fmt: skip
    if cublas is not None:
        include, library = cublas
        args += [f"-DCUDA_cublas_LIBRARY={library}", f"-DCMAKE_CUDA_FLAGS=-I{include}"]
    return " ".join(args)


def build_command(source: Path, site: Path) -> list[str]:
    """pip's command to build ``source`` into ``site``: offline, with the build tools already installed."""
    return [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--no-build-isolation",
            "--no-cache-dir", "--target", str(site), str(source)]  # fmt: skip


def built_with_cuda(site: Path) -> bool:
    return any((site / "llama_cpp" / "lib").glob("libggml-cuda.so*"))


# -- what runs on the GPU ---------------------------------------------------------------------------


@dataclass
class Report:
    """Every step's results, saved as JSON after each step (so a step cut short loses only itself)."""

    path: Path | None
    steps: dict = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    budget_s: float = 560.0

    def left(self) -> float:
        return self.budget_s - (time.monotonic() - self.started)

    def save(self, name: str, result) -> None:
        self.steps[name] = result
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.steps, indent=1, default=str))


def run_text(command: list[str], timeout: float = 10.0) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout).stdout.strip()
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"({exc})"


def vram_used(index: int = 0) -> int | None:
    """Bytes of the GPU's memory in use (all processes), as the driver says; None without one."""
    text = run_text(["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits", f"--id={index}"])
    try:
        return int(float(text.splitlines()[0]) * MIB)
    except (ValueError, IndexError):
        return None


def error_share(predicted: float, measured: float | None) -> float | None:
    """(measured - predicted) / measured; None when nothing was measured."""
    if not measured:
        return None
    return (measured - predicted) / measured


def proxy(layers: int, quant: str) -> Path:
    """The proxy model, written in a child process (this one never loads the GPU library)."""
    path = PROXIES / f"proxy-{layers}L-{quant}.gguf"
    if not path.exists():
        PROXIES.mkdir(parents=True, exist_ok=True)
        code = ("import sys; from app.testing.gguf_models import write_quantized_random_llama as w; "
                "w(sys.argv[1], n_layers=int(sys.argv[2]), quant=sys.argv[3])")  # fmt: skip
        part = path.with_suffix(".part")
        subprocess.run([sys.executable, "-c", code, str(part), str(layers), quant], check=True, cwd=ROOT)
        part.replace(path)
    return path


def hardware_now(gpu: bool):
    """This computer as the app sees it (the GPU's free memory now); llama.cpp's ability to offload
    is taken as given on a CUDA run, so this process never starts CUDA itself."""
    from app.core.fit.hardware import detect

    return detect(gpu_offload=lambda: gpu)


def plan_for(path: Path, hardware, n_ctx: int):
    from app.core.fit.ladder import plan_load
    from app.core.settings import Settings

    return plan_load(path, hardware, Settings(context=n_ctx))


@dataclass
class Row:
    size: str
    quant: str
    n_ctx: int
    gpu_layers: int
    step: str
    predicted: dict  # bytes: vram, model, KV, compute, ram
    measured: dict  # bytes, same keys (None where unknown), plus decode tok/s

    def errors(self) -> dict:
        return {key: error_share(self.predicted[key], self.measured.get(key)) for key in self.predicted}


def predicted_parts(path: Path, footprint, n_ctx: int) -> dict:
    """What the app predicts, in bytes: VRAM in all (its runtime allowance included), the GPU's share
    of the weights, KV cache and compute buffer (as llama.cpp logs them), and the process's peak RAM."""
    from app.core.fit.footprint import ModelLoad, compute_buffer, kv_cache_bytes
    from app.core.models.gguf_header import read_header

    load = ModelLoad.of_header(read_header(path))
    layers = footprint.gpu_layers
    return {
        "vram": footprint.gpu_bytes,
        "model": int(load.file_bytes * load.arch.layer_share / load.arch.layers * layers),
        "KV": kv_cache_bytes(load.arch, n_ctx, layers) if layers else 0,
        "compute": compute_buffer(n_ctx) if layers else 0,
        "ram": footprint.cpu_bytes,
    }


def measure_case(engine, size: str, layers: int, quant: str, n_ctx: int, gpu: bool) -> Row:
    """Load one proxy as the app would (automatic GPU layers) and compare the prediction with what
    llama.cpp allocated and the driver counts."""
    path = proxy(layers, quant)
    chosen = plan_for(path, hardware_now(gpu), n_ctx).chosen
    settings = chosen.settings
    predicted = predicted_parts(path, chosen.footprint, settings.n_ctx or n_ctx)
    before = vram_used() if gpu else None
    engine.load(chosen.path, settings)
    loaded = vram_used() if gpu else None
    measurement = engine.measure(prompt_tokens=128, decode_tokens=32, seconds=2.0)
    after = vram_used() if gpu else None
    engine.unload()
    parts = gpu_buffers(measurement.buffers)
    used = None if before is None else max(loaded or 0, after or 0) - before
    measured = {"vram": used, **{k: (v or None) if gpu else None for k, v in parts.items()},
                "ram": measurement.peak_bytes, "decode_tok_s": round(measurement.decode_tokens_per_s, 1),
                "buffers": measurement.buffers}  # fmt: skip
    return Row(size, quant, n_ctx, settings.n_gpu_layers, chosen.step, predicted, measured)


def format_row(row: Row) -> str:
    def cell(key: str) -> str:
        predicted, measured, error = row.predicted[key], row.measured.get(key), row.errors()[key]
        if measured is None or error is None:
            return f"{predicted / MIB:8.0f} {'-':>8} {'':6}"
        flag = "!" if error is not None and abs(error) > OFF_BY else " "
        return f"{predicted / MIB:8.0f} {measured / MIB:8.0f} {error * 100:+5.0f}%{flag}"

    cells = " | ".join(cell(key) for key in ("vram", "model", "KV", "compute", "ram"))
    speed = row.measured["decode_tok_s"]
    return f"{row.size:5} {row.quant:7} {row.n_ctx:5} {row.gpu_layers:3} | {cells} | {speed:6.1f}"


TABLE_HEADER = (
    "size  quant   n_ctx ngl | VRAM MiB: pred / meas / err | CUDA0 model         | CUDA0 KV            | "
    "CUDA0 compute       | RAM (peak RSS)      | tok/s"
)


def step_table(report: Report, gpu: bool, cases: list[tuple[str, int, str, int]], reserve_s: float) -> list[dict]:
    from app.core.engine.engine import Engine

    rows, skipped = [], []
    print(TABLE_HEADER)
    with Engine(log_dir=CACHE / "logs") as engine:
        for size, layers, quant, n_ctx in cases:
            if report.left() < reserve_s:
                skipped.append(f"{size} {quant} {n_ctx}")
                continue
            try:
                row = measure_case(engine, size, layers, quant, n_ctx, gpu)
            except Exception as exc:  # noqa: BLE001 - one case failing is a finding, not the end
                print(f"{size:5} {quant:7} {n_ctx:5}  failed: {exc}", flush=True)
                rows.append({"size": size, "quant": quant, "n_ctx": n_ctx, "error": str(exc)})
                continue
            print(format_row(row), flush=True)
            rows.append({**asdict(row), "errors": row.errors()})
            report.save("table", {"rows": rows, "skipped": skipped})
    off = [r for r in rows if any(e is not None and abs(e) > OFF_BY for e in r.get("errors", {}).values())]
    print(f"{len(rows)} cases, {len(off)} with a figure off by more than {OFF_BY:.0%}; skipped for time: {skipped}")
    report.save("table", {"rows": rows, "skipped": skipped})
    return rows


# -- holding VRAM from another process ------------------------------------------------------------------

# Runs in a child: takes the GPU's memory with plain allocations (the driver API, no framework)
# until only ``free`` bytes are left, says how much it holds, and keeps it until its stdin closes.
HOLDER = r"""
import ctypes, sys
free_target = int(sys.argv[1])
cuda = ctypes.CDLL("libcuda.so.1")
def check(status, what):
    if status != 0:
        raise SystemExit(f"{what} failed: CUDA error {status}")
check(cuda.cuInit(0), "cuInit")
device, context = ctypes.c_int(), ctypes.c_void_p()
check(cuda.cuDeviceGet(ctypes.byref(device), 0), "cuDeviceGet")
check(cuda.cuDevicePrimaryCtxRetain(ctypes.byref(context), device), "cuDevicePrimaryCtxRetain")
check(cuda.cuCtxSetCurrent(context), "cuCtxSetCurrent")
free, total = ctypes.c_size_t(), ctypes.c_size_t()
held, pointers = 0, []
for chunk in (1 << 30, 1 << 26, 1 << 22):
    while True:
        check(cuda.cuMemGetInfo_v2(ctypes.byref(free), ctypes.byref(total)), "cuMemGetInfo")
        if free.value - chunk < free_target:
            break
        pointer = ctypes.c_uint64()
        if cuda.cuMemAlloc_v2(ctypes.byref(pointer), ctypes.c_size_t(chunk)) != 0:
            break
        pointers.append(pointer)
        held += chunk
check(cuda.cuMemGetInfo_v2(ctypes.byref(free), ctypes.byref(total)), "cuMemGetInfo")
print(f"held {held} free {free.value} total {total.value}", flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def vram_held(leave_free: int):
    """A child process holding all but ``leave_free`` bytes of the GPU's memory."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(leave_free)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        line = holder.stdout.readline().strip()
        if not line.startswith("held"):
            raise RuntimeError(f"could not hold the GPU's memory: {line or holder.wait(timeout=5)}")
        _, held, _, free, _, total = line.split()
        yield {"held": int(held), "free": int(free), "total": int(total)}
    finally:
        with contextlib.suppress(OSError):
            holder.stdin.close()
        try:
            holder.wait(timeout=10)
        except subprocess.TimeoutExpired:
            holder.kill()


def step_oom(report: Report) -> dict:
    """A real CUDA out-of-memory and the ladder's answer; then automatic GPU layers with little VRAM."""
    from app.core.engine.engine import Engine
    from app.core.errors import ShortChatError
    from app.core.fit.ladder import load_following

    size, layers, quant = "5.5b", 26, "Q8_0"
    path = proxy(layers, quant)
    stale = hardware_now(True)
    plan = plan_for(path, stale, 2048)
    full = plan.chosen.footprint.gpu_bytes
    half = next((r.footprint.gpu_bytes for r in plan.rungs if r.settings.n_gpu_layers == layers // 2), full // 2)
    leave_free = (full + half) // 2  # all layers do not fit, half of them do
    result: dict = {"model": f"{size} {quant}", "as_asked_layers": plan.chosen.settings.n_gpu_layers,
                    "predicted_vram_all": full, "predicted_vram_half": half, "leave_free": leave_free}  # fmt: skip
    sentences: list[str] = []
    with vram_held(leave_free) as held, Engine(log_dir=CACHE / "logs-oom") as engine:
        result["holder"] = held
        print(f"holding {held['held'] / GIB:.1f} GiB: {held['free'] / GIB:.2f} GiB of the GPU left free; "
              f"planned with the free VRAM seen before: {plan.chosen.settings.n_gpu_layers} layers", flush=True)
        try:
            info, final = load_following(engine, plan, report=sentences.append)
            alive = engine.measure(prompt_tokens=16, decode_tokens=8, seconds=2.0)
            result.update(loaded_step=final.chosen.step, loaded_layers=info.n_gpu_layers,
                          decode_tok_s=alive.decode_tokens_per_s, engine_alive=engine.child_pid is not None)
        except ShortChatError as exc:
            result["error"] = f"{type(exc).__name__}: {exc}"
        result["sentences"] = sentences
        for line in sentences:
            print(f"  ladder: {line}")
        print(f"  loaded: {result.get('loaded_step')} with {result.get('loaded_layers')} GPU layers; "
              f"engine alive: {result.get('engine_alive')}; {result.get('error', '')}", flush=True)
        automatic = []
        for n_ctx in CONTEXTS:
            fresh = plan_for(path, hardware_now(True), n_ctx)
            entry = {"n_ctx": n_ctx, "layers": fresh.chosen.settings.n_gpu_layers, "step": fresh.chosen.step}
            try:
                engine.load(fresh.chosen.path, fresh.chosen.settings)
                engine.measure(prompt_tokens=64, decode_tokens=4, seconds=1.0)
                entry["out_of_memory"] = False
            except ShortChatError as exc:
                entry.update(out_of_memory=True, error=str(exc))
            engine.unload()
            automatic.append(entry)
            print(f"  automatic at n_ctx {n_ctx}: {entry['layers']} layers ({entry['step']}), "
                  f"{'OUT OF MEMORY' if entry['out_of_memory'] else 'no OOM'}", flush=True)
        result["automatic_with_little_vram"] = automatic
    report.save("oom", result)
    return result


# -- speed and bandwidth -------------------------------------------------------------------------------


def plain_decode(path: Path, n_gpu_layers: int, threads: int | None = None, tokens: int = 128) -> dict:
    """Decode tokens/s of plain llama-cpp-python, in a child process (``--plain-decode``), with the
    engine's threads (llama-cpp-python's own default is half the logical cores)."""
    from app.core.engine.llama_worker import default_threads

    threads = threads or default_threads()
    command = [sys.executable, str(Path(__file__)), "--plain-decode", str(path), str(n_gpu_layers), str(threads),
               str(tokens)]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=ROOT)
    lines = [line for line in output.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"plain llama-cpp-python failed: {output.stderr[-800:]}")
    return json.loads(lines[-1])


def plain_decode_here(path: str, n_gpu_layers: int, threads: int, tokens: int) -> None:
    """(In the child.) Load with llama.cpp's log in a file, decode, print a JSON line."""
    from llama_cpp import Llama

    from bench.engine_speed import plain_decode_rate

    with tempfile.TemporaryFile() as log:
        saved = os.dup(2)
        os.dup2(log.fileno(), 2)  # llama.cpp's log goes to the process's stderr
        try:
            llm = Llama(path, n_ctx=2048, n_gpu_layers=n_gpu_layers, n_threads=threads, n_threads_batch=threads,
                        verbose=True)  # fmt: skip
            prompt = llm.tokenize(b"Tell me a long story about a lighthouse keeper.")
            plain_decode_rate(llm, prompt, 8)  # warm up
            llm.reset()
            rate = plain_decode_rate(llm, prompt, tokens)
        finally:
            os.dup2(saved, 2)
        log.seek(0)
        text = log.read().decode("utf-8", errors="replace")
    print(json.dumps({"tok_s": rate, "buffers": buffer_sizes(text), "n_gpu_layers": n_gpu_layers}))


def step_speed(report: Report, gpu: bool) -> list[dict]:
    """The app's engine vs plain llama-cpp-python, same GPU layers; and with everything on the GPU."""
    from app.core.engine.engine import Engine
    from bench.engine_speed import engine_decode_rate

    results = []
    for size, layers in (("1.5b", 6), ("5.5b", 26)):
        path = proxy(layers, "Q4_K_M")
        chosen = plan_for(path, hardware_now(gpu), 2048).chosen
        with Engine(log_dir=CACHE / "logs-speed") as engine:
            engine.load(chosen.path, chosen.settings)
            engine_decode_rate(engine, "Warm up.", 8)
            ours = engine_decode_rate(engine, "Tell me a long story about a lighthouse keeper.", 128)
        same = plain_decode(path, chosen.settings.n_gpu_layers, chosen.settings.n_threads)
        everything = plain_decode(path, -1 if gpu else 0, chosen.settings.n_threads)
        entry = {"model": f"{size} Q4_K_M", "n_gpu_layers": chosen.settings.n_gpu_layers, "engine_tok_s": ours,
                 "plain_tok_s": same["tok_s"], "ratio": ours / same["tok_s"], "plain_all_tok_s": everything["tok_s"],
                 "plain_all_buffers": everything["buffers"]}  # fmt: skip
        print(f"{size} Q4_K_M: engine {ours:.1f} tok/s, plain {same['tok_s']:.1f} (same {entry['n_gpu_layers']} "
              f"layers): ratio {entry['ratio']:.3f} (goal >= 0.97); plain, all layers and output on the GPU: "
              f"{everything['tok_s']:.1f} tok/s", flush=True)
        results.append(entry)
        report.save("speed", results)
    return results


def nvml_rated_bandwidth() -> dict:
    """2 x the memory's max clock x bus width / 8, from the driver's NVML library."""
    import ctypes

    nvml = ctypes.CDLL("libnvidia-ml.so.1")
    handle, clock, width = ctypes.c_void_p(), ctypes.c_uint(), ctypes.c_uint()
    if nvml.nvmlInit_v2() != 0 or nvml.nvmlDeviceGetHandleByIndex_v2(0, ctypes.byref(handle)) != 0:
        raise RuntimeError("NVML did not start")
    nvml.nvmlDeviceGetMaxClockInfo(handle, 2, ctypes.byref(clock))  # NVML_CLOCK_MEM
    nvml.nvmlDeviceGetMemoryBusWidth(handle, ctypes.byref(width))
    return {"memory_clock_mhz": clock.value, "bus_width_bits": width.value,
            "rated_bytes_s": 2 * clock.value * 1e6 * width.value / 8}  # fmt: skip


COPY_TIMER = r"""
import ctypes, sys, time
cuda = ctypes.CDLL("libcuda.so.1")
cuda.cuInit(0)
device, context = ctypes.c_int(), ctypes.c_void_p()
cuda.cuDeviceGet(ctypes.byref(device), 0)
cuda.cuDevicePrimaryCtxRetain(ctypes.byref(context), device)
cuda.cuCtxSetCurrent(context)
size = 1 << 31
a, b = ctypes.c_uint64(), ctypes.c_uint64()
assert cuda.cuMemAlloc_v2(ctypes.byref(a), ctypes.c_size_t(size)) == 0
assert cuda.cuMemAlloc_v2(ctypes.byref(b), ctypes.c_size_t(size)) == 0
best = 0.0
for _ in range(12):
    started = time.perf_counter()
    cuda.cuMemcpyDtoD_v2(b, a, ctypes.c_size_t(size))
    cuda.cuCtxSynchronize()
    best = max(best, 2 * size / (time.perf_counter() - started))
print(best)
"""


def step_bandwidth(report: Report, gpu: bool) -> dict:
    """The figure to put in place of speed.GPU_BANDWIDTH, three ways."""
    from app.core.fit.footprint import Architecture
    from app.core.fit.speed import GPU_BANDWIDTH, bytes_per_token
    from app.core.models.gguf_header import read_header

    result: dict = {"assumed_bytes_s": GPU_BANDWIDTH}
    with contextlib.suppress(Exception):
        result.update(nvml_rated_bandwidth())
    with contextlib.suppress(Exception):
        copy = run_text([sys.executable, "-c", COPY_TIMER], timeout=60)
        result["copy_read_write_bytes_s"] = float(copy.splitlines()[-1])
    decode = []
    for layers, quant in ((26, "Q4_K_M"), (26, "Q8_0")):
        path = proxy(layers, quant)
        header = read_header(path)
        per_token = bytes_per_token(header.file_bytes, Architecture.of_header(header).layer_share)
        rate = plain_decode(path, -1 if gpu else 0)["tok_s"]
        decode.append({"model": f"{layers}L {quant}", "tok_s": rate, "bytes_per_token": per_token,
                       "effective_bytes_s": rate * per_token})  # fmt: skip
    result["decode"] = decode
    best = max(d["effective_bytes_s"] for d in decode)
    rated = result.get("rated_bytes_s")
    result["efficiency_vs_rated"] = best / rated if rated else None
    print(f"assumed {GPU_BANDWIDTH / 1e9:.0f} GB/s; rated (NVML) {rated / 1e9 if rated else 0:.0f} GB/s; "
          f"copy (read+write) {result.get('copy_read_write_bytes_s', 0) / 1e9:.0f} GB/s; decode effective "
          + ", ".join(f"{d['model']} {d['tok_s']:.0f} tok/s = {d['effective_bytes_s'] / 1e9:.0f} GB/s" for d in decode))
    if rated:
        print(f"rule: GPU bandwidth = {result['efficiency_vs_rated']:.2f} x (2 x max memory clock x bus width / 8) "
              f"(NVML's nvmlDeviceGetMaxClockInfo(NVML_CLOCK_MEM), nvmlDeviceGetMemoryBusWidth); with the "
              f"decode efficiency 0.82 the speed estimate already applies, the bandwidth to store is "
              f"{best / 0.82 / 1e9:.0f} GB/s here")
    report.save("bandwidth", result)
    return result


# -- the tests, with every layer on the GPU ---------------------------------------------------------------


def step_tests(report: Report, out: Path | None, timeout: float) -> dict:
    env = {**os.environ, "SHORTCHAT_TEST_GPU_LAYERS": "-1", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "tests/core", "-q", "-p", "no:cacheprovider", "-n", "8",
               "--timeout", "120", "-o", "addopts=-ra"]  # fmt: skip
    log = (out or CACHE) / "tests.log"
    started = time.monotonic()
    with open(log, "w") as stream:
        try:
            code = subprocess.run(command, cwd=ROOT, env=env, stdout=stream, stderr=subprocess.STDOUT,
                                  timeout=max(30.0, timeout)).returncode  # fmt: skip
        except subprocess.TimeoutExpired:
            code = None
    lines = log.read_text(errors="replace").splitlines()
    summary = next((line for line in reversed(lines) if re.search(r"\d+ (passed|failed|error)", line)), "")
    failed = [line for line in lines if line.startswith(("FAILED", "ERROR"))]
    result = {"exit_code": code, "summary": summary, "failed": failed[:60], "seconds": time.monotonic() - started}
    print(f"tests/core with every layer on the GPU: {summary or 'no summary'} (exit {code})")
    for line in failed[:30]:
        print(f"  {line}")
    report.save("tests", result)
    return result


# -- the rest ---------------------------------------------------------------------------------------------


def step_env(report: Report) -> dict:
    cpu_flags = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    result = {
        "gpu": run_text(["nvidia-smi", "--query-gpu=name,memory.total,memory.used,driver_version",
                         "--format=csv,noheader"]),  # fmt: skip
        "nvcc": (run_text(["nvcc", "--version"]).splitlines() or [""])[-1],
        "cublas": [str(p) for p in (find_cublas(cuda_roots()) or ())],
        "ccache": shutil.which("ccache"),
        "cmake": (run_text(["cmake", "--version"]).splitlines() or [""])[0],
        "cpu_amx": "amx_tile" in cpu_flags,
        "cpu_cores": os.cpu_count(),
        "python": platform.python_version(),
    }
    print("env: " + "; ".join(f"{k} {v}" for k, v in result.items()), flush=True)
    report.save("env", result)
    return result


def step_build(report: Report, out: Path | None, run: bool, timeout: float) -> dict:
    """Build llama-cpp-python with CUDA into SITE from the carried sdist (skipped when built already)."""
    sdist = CARRY / TRIMMED_SDIST
    if not sdist.exists():
        sdist = find_sdist(ROOT / "bench" / ".cache" / "sdist") or sdist
    result: dict = {"sdist": str(sdist), "sdist_found": sdist.exists(), "site": str(SITE)}
    if built_with_cuda(SITE):
        result["skipped"] = "built already"
        report.save("build", result)
        print(f"build: {SITE} has a CUDA build already", flush=True)
        return result
    cublas = find_cublas(cuda_roots())
    beside_nvcc = cublas is not None and str(cublas[1]).startswith("/usr/local/cuda")  # CMake finds it there
    flags = cmake_args(cublas=None if beside_nvcc else cublas, ccache=bool(shutil.which("ccache")))
    env = {**os.environ, "CMAKE_ARGS": flags, "CMAKE_BUILD_PARALLEL_LEVEL": str(os.cpu_count() or 8)}
    result["cmake_args"] = flags
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / SDIST_STEM
        if sdist.exists():
            with tarfile.open(sdist) as archive:
                archive.extractall(scratch, filter="data")
        command = build_command(source, SITE)
        result["command"] = command
        if not run:
            print(f"build (not run): CMAKE_ARGS={env['CMAKE_ARGS']} {' '.join(command)}", flush=True)
            report.save("build", result)
            return result
        log = (out or CACHE) / "build.log"
        started = time.monotonic()
        with open(log, "w") as stream:
            try:
                code = subprocess.run(command, env=env, stdout=stream, stderr=subprocess.STDOUT,
                                      timeout=timeout).returncode  # fmt: skip
            except subprocess.TimeoutExpired:
                code = None
        result.update(exit_code=code, seconds=round(time.monotonic() - started), cuda=built_with_cuda(SITE),
                      log_tail=log.read_text(errors="replace")[-3000:] if code != 0 else "")  # fmt: skip
    print(f"build: exit {result['exit_code']} after {result['seconds']} s; CUDA library: {result['cuda']}", flush=True)
    report.save("build", result)
    return result


def table_cases(sizes: list[str], quants: list[str], contexts: list[int]) -> list[tuple[str, int, str, int]]:
    layers_of = dict(SIZES)
    return [(size, layers_of[size], quant, n_ctx) for quant in quants for size in sizes for n_ctx in contexts]


STEPS = ("env", "build", "table", "oom", "speed", "bandwidth", "tests")
# Seconds each step needs at least to be worth starting (the build's own time box is the rest).
RESERVE_S = {"table": 45, "oom": 45, "speed": 40, "bandwidth": 30, "tests": 60}
LATER = ("oom", "speed", "bandwidth", "tests")  # the table leaves them their time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prepare", action="store_true", help="here: the sdist and wheels to carry")
    parser.add_argument("--cpu-dry-run", action="store_true", help="the table path for the 1.5b on the CPU")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated, of {','.join(STEPS)}")
    parser.add_argument("--budget-s", type=float, default=560.0, help="seconds for everything, from the start")
    parser.add_argument("--build-timeout-s", type=float, default=400.0)
    parser.add_argument("--sizes", default=",".join(name for name, _ in SIZES))
    parser.add_argument("--quants", default=",".join(QUANTS))
    parser.add_argument("--contexts", default=",".join(map(str, CONTEXTS)))
    hidden = {"nargs": 4, "metavar": ("PATH", "NGL", "THREADS", "TOKENS"), "help": argparse.SUPPRESS}
    parser.add_argument("--plain-decode", **hidden)
    args = parser.parse_args()

    if args.plain_decode:
        path, ngl, threads, tokens = args.plain_decode
        plain_decode_here(path, int(ngl), int(threads), int(tokens))
        return
    if args.prepare:
        prepare()
        return
    out = Path(os.environ["OUT"]) if os.environ.get("OUT") else None
    report = Report((out or CACHE) / ("gpu_check-dry-run.json" if args.cpu_dry_run else "gpu_check.json"),
                    budget_s=args.budget_s)  # fmt: skip
    if args.cpu_dry_run:
        step_env(report)
        step_build(report, out, run=False, timeout=0)
        step_table(report, False, table_cases(["1.5b"], ["Q4_K_M"], [2048]), reserve_s=0)
        print(f"JSON: {report.path}")
        return

    steps = args.steps.split(",")
    gpu = True
    SITE.mkdir(parents=True, exist_ok=True)
    if "env" in steps:
        step_env(report)
    if "build" in steps:
        step_build(report, out, run=True, timeout=min(args.build_timeout_s, report.left() - 60))
    if not built_with_cuda(SITE):
        print("no CUDA build of llama-cpp-python: nothing more to measure (see build.log)")
        return
    cases = table_cases(args.sizes.split(","), args.quants.split(","), [int(c) for c in args.contexts.split(",")])
    actions = {
        "table": lambda: step_table(report, gpu, cases, reserve_s=sum(RESERVE_S[n] for n in steps if n in LATER)),
        "oom": lambda: step_oom(report),
        "speed": lambda: step_speed(report, gpu),
        "bandwidth": lambda: step_bandwidth(report, gpu),
        "tests": lambda: step_tests(report, out, timeout=report.left() - 5),
    }
    for name, action in actions.items():
        if name not in steps:
            continue
        if report.left() < RESERVE_S[name]:
            print(f"{name}: skipped, {report.left():.0f} s left")
            report.save(name, {"skipped": f"{report.left():.0f} s left"})
            continue
        print(f"\n== {name} ({report.left():.0f} s left)", flush=True)
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - the next steps still run
            print(f"{name} failed: {type(exc).__name__}: {exc}", flush=True)
            report.save(name, {"error": f"{type(exc).__name__}: {exc}"})
    print(f"\nJSON: {report.path}; {time.monotonic() - report.started:.0f} s in all")


if __name__ == "__main__":
    main()
