"""What this computer has: RAM, GPUs and their memory, CPU cores, and whether
this llama.cpp build can use a GPU.

Every look at the hardware is time-boxed and failure-proof: a missing or hanging nvidia-smi,
or output it does not understand, means "no NVIDIA GPU", never a crash or a hang.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import psutil

from app.core.sizes import GIB, MIB

log = logging.getLogger(__name__)

NVIDIA_SMI_TIMEOUT_S = 3.0
ASSUMED_FREE_SHARE = 0.6


@dataclass(frozen=True)
class Gpu:
    name: str
    kind: str  # "nvidia" | "apple"
    vram_total: int  # bytes the GPU can use
    vram_free: int


@dataclass(frozen=True)
class Hardware:
    ram_total: int
    ram_available: int
    cpu_cores: int  # physical
    cpu_threads: int  # logical
    cpu_name: str
    gpus: tuple[Gpu, ...] = ()
    unified_memory: bool = False  # Apple Silicon: the GPU uses the same RAM
    gpu_offload_supported: bool = False  # a GPU was found, and this llama.cpp build can offload layers to it
    notes: tuple[str, ...] = field(default=())

    @property
    def best_gpu(self) -> Gpu | None:
        return max(self.gpus, key=lambda g: g.vram_free, default=None)

    @property
    def usable_vram(self) -> int:
        """VRAM llama.cpp can use here (0 if the build cannot offload)."""
        gpu = self.best_gpu
        if gpu is None or not self.gpu_offload_supported:
            return 0
        return gpu.vram_free

    def to_json(self) -> dict:
        data = asdict(self)
        data["usable_vram"] = self.usable_vram
        return data


def parse_nvidia_smi(output: str) -> list[Gpu]:
    """Lines of "name, total MiB, free MiB"; lines that do not parse are skipped."""
    gpus = []
    for line in output.splitlines():
        parts = [part.strip() for part in line.split(",")]
        if len(parts) != 3:
            continue
        name, total, free = parts
        try:
            total_mib, free_mib = float(total), float(free)
        except ValueError:
            continue
        if not name or total_mib <= 0 or free_mib < 0:
            continue
        gpus.append(Gpu(name, "nvidia", int(total_mib * MIB), int(min(free_mib, total_mib) * MIB)))
    return gpus


def detect_nvidia(command: str = "nvidia-smi", timeout: float = NVIDIA_SMI_TIMEOUT_S) -> tuple[list[Gpu], str | None]:
    """NVIDIA GPUs via nvidia-smi, and a note when the tool misbehaved."""
    try:
        result = subprocess.run(
            [command, "--query-gpu=name,memory.total,memory.free", "--format=csv,noheader,nounits"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        return [], None  # no NVIDIA driver: the common case
    except subprocess.TimeoutExpired:
        return [], f"nvidia-smi did not answer within {timeout:g} s; GPUs ignored"
    except OSError as exc:
        return [], f"nvidia-smi could not run ({exc}); GPUs ignored"
    if result.returncode != 0:
        return [], f"nvidia-smi failed (exit code {result.returncode}); GPUs ignored"
    gpus = parse_nvidia_smi(result.stdout)
    if not gpus and result.stdout.strip():
        return [], "nvidia-smi's answer was not understood; GPUs ignored"
    return gpus, None


def apple_gpu_share(ram_total: int) -> int:
    """How much unified memory Metal lets the GPU use: about 2/3 of RAM up to
    36 GB, 3/4 above (macOS's recommendedMaxWorkingSetSize)."""
    return int(ram_total * (0.75 if ram_total > 36 * GIB else 2 / 3))


def llama_gpu_offload_supported() -> bool:
    try:
        import llama_cpp

        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # library missing or unloadable: CPU only
        return False


def _asked(gpu_offload: Callable[[], bool]) -> bool:
    try:
        return bool(gpu_offload())
    except Exception:  # llama.cpp missing, unloadable, or its process ended: CPU only
        log.warning("could not ask llama.cpp whether it can use the GPU", exc_info=True)
        return False


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform  # here: its import compiles a dozen patterns, and Linux never gets this far

    return platform.processor() or platform.machine()


def detect(
    nvidia_smi: str = "nvidia-smi",
    timeout: float = NVIDIA_SMI_TIMEOUT_S,
    gpu_offload: Callable[[], bool] = llama_gpu_offload_supported,
) -> Hardware:
    """What this computer has. ``gpu_offload`` says whether this llama.cpp build can offload
    layers; it is asked only when a GPU was found (loading llama.cpp takes a while, and the
    engine's process can be asked instead: ``Engine.gpu_offload_supported``)."""
    memory = psutil.virtual_memory()
    notes = []
    gpus, note = detect_nvidia(nvidia_smi, timeout)
    if note:
        notes.append(note)
    unified = sys.platform == "darwin" and os.uname().machine == "arm64"
    if unified:
        share = apple_gpu_share(memory.total)
        gpus.append(Gpu("Apple GPU", "apple", share, min(share, memory.available)))
    offload = bool(gpus) and _asked(gpu_offload)
    if gpus and not offload:
        notes.append("this build of llama.cpp cannot use the GPU; models run on the CPU")
    return Hardware(
        ram_total=memory.total,
        ram_available=memory.available,
        cpu_cores=psutil.cpu_count(logical=False) or os.cpu_count() or 1,
        cpu_threads=psutil.cpu_count(logical=True) or os.cpu_count() or 1,
        cpu_name=_cpu_name(),
        gpus=tuple(gpus),
        unified_memory=unified,
        gpu_offload_supported=offload,
        notes=tuple(notes),
    )


def what_if(base: Hardware, ram: int | None = None, vram: int | None = None) -> Hardware:
    """``base`` with RAM and/or VRAM replaced, for "what if" questions and tests.

    With a RAM size given, 60 % of it is taken as free: what an ordinary laptop
    has left with the system and a browser running. A VRAM size of 0 means no GPU;
    another size means one GPU of that size that llama.cpp can use.
    """
    from dataclasses import replace

    changed = base
    if ram is not None:
        changed = replace(changed, ram_total=ram, ram_available=int(ram * ASSUMED_FREE_SHARE))
    if vram is not None:
        gpus = () if vram == 0 else (Gpu("(given)", "nvidia", vram, vram),)
        changed = replace(changed, gpus=gpus, unified_memory=False, gpu_offload_supported=vram > 0)
    return changed


def with_current_free_memory(hardware: Hardware) -> Hardware:
    """``hardware`` with the RAM free right now (it changes as programs open and close;
    a quick call, unlike asking nvidia-smi). Never more than its total, which may be a "what if"."""
    from dataclasses import replace

    try:
        available = psutil.virtual_memory().available
    except (OSError, RuntimeError):
        return hardware
    return replace(hardware, ram_available=min(available, hardware.ram_total))
