"""What was measured on this computer: its memory bandwidth, and a probe of each downloaded
model (what llama.cpp really allocated, the process's peak memory, its real speed).

A probe loads the model in an engine process of its own, reads a short prompt and
writes tokens for a few seconds (``Engine.measure``). Results are kept in
``measured.json`` in the data folder, per computer (a copied data folder does not
carry one computer's figures to another) and per model file (name and size).
From them comes the ``Calibration`` that corrects the estimate of every other model.
"""

from __future__ import annotations

import logging
import math
import os
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from app.core import json_file, paths
from app.core.engine.generation import LoadSettings, Measurement
from app.core.engine.repack import CpuFeatures, assumed_features, parse_system_info, read_system_info
from app.core.fit.footprint import (
    BUILT_IN,
    DEFAULT_MEMORY,
    GPU_RUNTIME_OVERHEAD,
    Architecture,
    Calibration,
    ChatMemory,
    Footprint,
    compute_buffer,
    repack_share,
)
from app.core.fit.hardware import Hardware
from app.core.fit.speed import estimate_tokens_per_s, measure_bandwidth
from app.core.models.gguf_header import read_header
from app.core.models.quants import quant_of_filename
from app.core.sizes import GIB

log = logging.getLogger(__name__)

MEASURED_FILE = "measured.json"
PROBE_CONTEXT = 2048  # the trained context: the figures scale down to shorter ones
# Smaller files (test and demo models, other families' tiny models) are not bound by memory
# bandwidth and have other buffer sizes: what they measure says nothing about the family's.
CALIBRATION_MIN_BYTES = 256 * 1024 * 1024


def _in_ram(device: str) -> bool:
    """llama.cpp's buffer names: CPU, CPU_Mapped, CPU_REPACK, CUDA_Host (pinned RAM) are in RAM;
    CUDA0, Metal, Vulkan0 are on a GPU."""
    return device.upper().startswith("CPU") or device.endswith("_Host")


@dataclass(frozen=True)
class Probe:
    file_name: str
    file_bytes: int
    quant: str | None
    layers: int
    layer_share: float
    n_ctx: int
    gpu_layers: int
    repack: bool
    threads: int
    buffers: dict[str, int] = field(default_factory=dict)  # "CPU_REPACK model" -> bytes
    baseline_bytes: int = 0
    peak_bytes: int = 0
    prompt_tokens_per_s: float = 0.0
    decode_tokens_per_s: float = 0.0
    measured_at: float = 0.0  # time.time()
    llama_version: str = ""
    flash_attn: bool = False
    kv_cache_type: str = "f16"

    @property
    def memory(self) -> ChatMemory:
        return ChatMemory(self.flash_attn, self.kv_cache_type)

    def stands_for(self, repack: bool, gpu_layers: int, memory: ChatMemory = DEFAULT_MEMORY) -> bool:
        """Whether this probe measured a load with these settings (else its figures are another's)."""
        return self.repack == repack and self.gpu_layers == gpu_layers and self.memory == memory

    def _sum(self, kind: str, in_ram: bool, exclude: str = "") -> int:
        total = 0
        for name, size in self.buffers.items():
            device, _, buffer_kind = name.rpartition(" ")
            if buffer_kind == kind and _in_ram(device) == in_ram and not (exclude and exclude in device):
                total += size
        return total

    def footprint_at(self, n_ctx: int) -> Footprint:
        """What this model needs here with ``n_ctx`` tokens of context: the buffers llama.cpp
        allocated in the probe, with the KV cache and compute buffer scaled to ``n_ctx``."""
        scale = n_ctx / self.n_ctx
        compute_change = compute_buffer(n_ctx, self.flash_attn) - compute_buffer(self.n_ctx, self.flash_attn)
        gpu_total = sum(size for name, size in self.buffers.items() if not _in_ram(name.rpartition(" ")[0]))
        gpu_bytes = 0
        if gpu_total:
            gpu_kv = self._sum("KV", in_ram=False)
            gpu_bytes = int(gpu_total - gpu_kv + gpu_kv * scale + compute_change + GPU_RUNTIME_OVERHEAD)
        return Footprint(
            weights=self._sum("model", in_ram=True, exclude="REPACK"),
            repack=self._sum("model", in_ram=True) - self._sum("model", in_ram=True, exclude="REPACK"),
            kv_cache=int(self._sum("KV", in_ram=True) * scale),
            compute=self._sum("compute", in_ram=True) + self._sum("output", in_ram=True) + compute_change,
            overhead=self.baseline_bytes,
            gpu_layers=self.gpu_layers,
            gpu_bytes=gpu_bytes,
        )

    def repacked_share(self, features: CpuFeatures) -> float:
        """The share of the layers' bytes a load with the repack copy repacks, as the estimate works
        it out (so measured and estimated speeds compare like with like): for a model of the family's
        width, which is what calibrates the estimate."""
        return repack_share(Architecture(self.layers, 4096, 4096, self.layer_share), self.quant, features)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Probe:
        """A probe as saved; ``ValueError`` when ``data`` is not one (another version's, or damaged)."""
        if not isinstance(data, dict):
            raise ValueError("a probe is a JSON object")
        values = {}
        for spec in fields(cls):
            if spec.name not in data:
                continue
            value = data[spec.name]
            if not _of_kind(value, spec.type):
                raise ValueError(f"{spec.name}: {value!r} is not {spec.type}")
            values[spec.name] = value
        try:
            return cls(**values)
        except TypeError as exc:  # a required field missing
            raise ValueError(str(exc)) from exc


def _of_kind(value: object, kind: str) -> bool:
    """Whether a JSON value is of a Probe field's annotated kind (bools are not numbers here)."""
    if kind == "dict[str, int]":
        return isinstance(value, dict) and all(
            isinstance(k, str) and _of_kind(v, "int") and v >= 0 for k, v in value.items()
        )
    if kind == "str | None":
        return value is None or isinstance(value, str)
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "int":
        return isinstance(value, int)
    if kind == "float":
        return isinstance(value, (int, float)) and math.isfinite(value)
    return False


def llama_version() -> str:
    """The llama-cpp-python version: probes made with another one are measured again
    (a new llama.cpp can allocate differently and run faster)."""
    try:
        from importlib.metadata import version

        return version("llama-cpp-python")
    except Exception:  # no package metadata (a frozen build): ask the module itself
        try:
            from llama_cpp import __version__

            return str(__version__)
        except ImportError:
            return ""


def file_key(name: str, size: int) -> str:
    return f"{name}:{size}"


def machine_key(hardware: Hardware) -> str:
    gpus = ",".join(gpu.name for gpu in hardware.gpus)
    return f"{hardware.cpu_name}|{round(hardware.ram_total / GIB)} GiB|{hardware.cpu_cores} cores|{gpus}"


def run_probe(
    path: str | os.PathLike[str],
    settings: LoadSettings | None = None,
    engine=None,
    seconds: float = 3.0,
) -> Probe:
    """Load ``path`` and measure it (about load time + 5 s). With no ``engine``, a temporary one
    is used, whose process ends afterwards (its memory goes back to the system)."""
    from app.core.engine.engine import Engine

    settings = settings or LoadSettings(n_ctx=PROBE_CONTEXT)
    own_engine = engine is None
    if own_engine:
        engine = Engine(log_dir=paths.log_dir() / "probe")
    try:
        engine.load(path, settings)
        return probe_loaded(engine, seconds)
    finally:
        if own_engine:
            engine.close()


def probe_loaded(engine, seconds: float = 3.0) -> Probe:
    """Measure the model ``engine`` has loaded (a few seconds)."""
    info = engine.model
    measurement: Measurement = engine.measure(seconds=seconds)
    header = read_header(info.path)
    arch = Architecture.of_header(header)
    return Probe(
        file_name=header.path.name,
        file_bytes=header.file_bytes,
        quant=quant_of_filename(header.path.name),
        layers=arch.layers,
        layer_share=arch.layer_share,
        n_ctx=info.n_ctx,
        gpu_layers=info.n_gpu_layers if info.n_gpu_layers >= 0 else arch.layers,
        repack=info.use_repack,
        threads=info.n_threads,
        buffers=dict(measurement.buffers),
        baseline_bytes=measurement.baseline_bytes,
        peak_bytes=measurement.peak_bytes,
        prompt_tokens_per_s=measurement.prompt_tokens_per_s,
        decode_tokens_per_s=measurement.decode_tokens_per_s,
        measured_at=time.time(),
        llama_version=llama_version(),
        flash_attn=info.flash_attn,
        kv_cache_type=info.kv_cache_type,
    )


def _features_of(saved: object, current_version: str) -> CpuFeatures | None:
    """The CPU features saved for this computer, if they were read from this llama.cpp version."""
    if not isinstance(saved, dict) or saved.get("llama_version") != current_version:
        return None
    text = saved.get("system_info")
    return parse_system_info(text) if isinstance(text, str) else None


def _mine(everything: dict, machine: str) -> dict:
    """This computer's section of ``measured.json``, repaired in place to the expected shape."""
    machines = everything.get("machines")
    if not isinstance(machines, dict):
        machines = everything["machines"] = {}
    mine = machines.get(machine)
    if not isinstance(mine, dict):
        mine = machines[machine] = {}
    if not isinstance(mine.get("probes"), dict):
        mine["probes"] = {}
    return mine


class Measured:
    """The measurements of this computer, read from (and saved to) ``measured.json``."""

    def __init__(self, hardware: Hardware, path: Path | None = None) -> None:
        self.hardware = hardware
        self.path = Path(path) if path else paths.data_dir() / MEASURED_FILE
        self._machine = machine_key(hardware)
        mine = _mine(json_file.read_object(self.path), self._machine)
        bandwidth = mine.get("bandwidth")
        valid = _of_kind(bandwidth, "float") and bandwidth > 0
        self.bandwidth: float = float(bandwidth) if valid else 0.0
        self.probes: dict[str, Probe] = {}
        self._calibrated: tuple | None = None  # (what it was worked out from, Calibration)
        # Looked up only when there is something measured to check it against (most starts have not).
        current = llama_version() if mine["probes"] or mine.get("cpu_features") else ""
        self._system_info = ""  # read here this time, to be saved
        self.cpu_features = _features_of(mine.get("cpu_features"), current)
        for key, data in mine["probes"].items():
            try:
                probe = Probe.from_json(data)
            except ValueError:
                continue  # another version's, or damaged: measured again when used
            if probe.llama_version == current:  # else measured again with this llama.cpp
                self.probes[key] = probe

    def save(self) -> None:
        """Write this computer's figures, keeping what other processes saved meanwhile; a cache,
        so a folder that cannot be written costs a measurement next time, nothing else."""
        everything = json_file.read_object(self.path)
        mine = _mine(everything, self._machine)
        mine["bandwidth"] = self.bandwidth
        if self._system_info:
            mine["cpu_features"] = {"llama_version": llama_version(), "system_info": self._system_info}
        mine["probes"].update({key: probe.to_json() for key, probe in self.probes.items()})
        try:
            json_file.write_atomic(self.path, everything)
        except OSError as exc:
            log.warning("measurements not saved in %s: %s", self.path, exc)

    def ensure_bandwidth(self) -> float:
        """This computer's memory bandwidth, measured once (about 0.1 s) and then remembered."""
        if self.bandwidth <= 0:
            try:
                self.bandwidth = measure_bandwidth(self.hardware.cpu_cores)
            except MemoryError:  # not even 128 MB to spare: no speed preview, nothing else lost
                return 0.0
            self.save()
        return self.bandwidth

    def ensure_cpu_features(self) -> CpuFeatures | None:
        """The CPU features of the llama.cpp build here (which weights it repacks), read once from
        the build itself in a process of its own (about a second), then remembered for this computer
        and llama.cpp version. None when they could not be read: the estimate then assumes the most."""
        if self.cpu_features is None:
            text = read_system_info()
            features = parse_system_info(text) if text else None
            if features is not None:
                self._system_info, self.cpu_features = text, features
                self.save()
        return self.cpu_features

    def probe_for(self, name: str, size: int) -> Probe | None:
        return self.probes.get(file_key(name, size))

    def probe_of(self, path: str | os.PathLike[str]) -> Probe | None:
        path = Path(path)
        try:
            return self.probe_for(path.name, path.stat().st_size)
        except OSError:
            return None

    def record(self, probe: Probe) -> None:
        self.probes[file_key(probe.file_name, probe.file_bytes)] = probe
        self.save()

    def forget(self, name: str, size: int) -> None:
        if self.probes.pop(file_key(name, size), None) is not None:
            self.save()

    @property
    def calibration(self) -> Calibration:
        """The built-in figures, replaced by what the probes of family-sized models here measured.

        Worked out again only when the probes or the bandwidth changed: every row of the
        picker and every rung of the ladder asks for it."""
        state = (self.bandwidth, self.cpu_features, tuple(self.probes.values()))
        if self._calibrated is None or self._calibrated[0] != state:
            self._calibrated = (state, self._calibrate())
        return self._calibrated[1]

    def _calibrate(self) -> Calibration:
        probes = [p for p in self.probes.values() if p.file_bytes >= CALIBRATION_MIN_BYTES]
        if not probes:
            return Calibration(bandwidth=self.bandwidth, cpu_features=self.cpu_features)
        import statistics  # here: with no probes (most runs) it is never needed, and it imports decimal

        cpu_only = [p for p in probes if not p.gpu_layers]
        offsets = [p.footprint_at(p.n_ctx).compute - compute_buffer(p.n_ctx, p.flash_attn) for p in cpu_only]
        return Calibration(
            overhead=int(statistics.median(p.baseline_bytes for p in probes)) or BUILT_IN.overhead,
            compute_offset=int(statistics.median(offsets)) if offsets else 0,
            bandwidth=self.bandwidth,
            speed_factor=self._speed_factor(probes),
            cpu_features=self.cpu_features,
        )

    def _speed_factor(self, probes: list[Probe]) -> float:
        """Measured over estimated writing speed, averaged (geometrically) over the probes."""
        if self.bandwidth <= 0:
            return 1.0
        ratios = []
        features = self.cpu_features or assumed_features()
        for probe in probes:
            estimate = estimate_tokens_per_s(
                probe.file_bytes,
                probe.layer_share,
                self.bandwidth,
                layers=probe.layers,
                gpu_layers=probe.gpu_layers,
                repacked_share=probe.repacked_share(features),
                repack=probe.repack,
            )
            if estimate > 0 and probe.decode_tokens_per_s > 0:
                ratios.append(probe.decode_tokens_per_s / estimate)
        from statistics import geometric_mean

        return geometric_mean(ratios) if ratios else 1.0
