"""The memory a model takes here, and the GPU layers that fit: the memory model of the fit.

The estimate adds what llama.cpp really allocates (FACTS.md; calibrated by
``bench/fit_accuracy.py``, which loads proxy models and measures peak memory):

* the weights: the file's pages, memory-mapped and all read at least once;
* the CPU "repack" copy: llama.cpp re-lays-out the weights of some quant types
  for faster matrix products and keeps that copy besides the file's pages; which
  ones depends on the CPU features of the llama.cpp build (``repack.py``), read
  once per computer (``measurements.Measured``), and on the file's tensor types (read
  from the file, or rebuilt by ``quant_mix.py`` before it is downloaded);
* the KV cache: 2 x layers x KV width x 2 bytes per token of context;
* the compute buffer, which grows with the context, not with the model;
* the process itself (Python, llama.cpp's libraries).

With layers offloaded to a GPU, their weights, KV cache and a compute buffer
go to video memory instead.

Two figures come out: the *peak* (what the process's resident memory reaches,
what a task manager shows, and what the benchmark measures) and the *working
set* that decides the verdict. They differ by the file pages that were read once
to build the repack copy: the system can take those back at no cost, because
they are never read again.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from app.core.engine.quant_mix import llama_weights
from app.core.engine.repack import CpuFeatures, assumed_features, repacked_bytes
from app.core.fit.hardware import Hardware
from app.core.models.catalog import ModelSpec
from app.core.models.gguf_header import GGUFHeader, Weight
from app.core.models.quants import quant_of_filename
from app.core.sizes import MIB

# llama.cpp's CPU compute buffer by context length (measured, f16 KV, n_ubatch 512).
COMPUTE_BUFFER_POINTS = ((512, 105.5 * MIB), (1024, 122 * MIB), (2048, 188 * MIB), (4096, 320 * MIB),
                         (8192, 584 * MIB))  # fmt: skip
# ... and with flash attention, which never holds the whole attention matrix: almost flat (measured
# on the 1.5b proxy: 97 MiB at 512, 98.5 at 2,048, 104.5 at 8,192; the same with a q8_0 KV cache).
FLASH_ATTN_COMPUTE_POINTS = ((512, 97 * MIB), (2048, 98.5 * MIB), (8192, 104.5 * MIB))
PROCESS_OVERHEAD = 110 * MIB  # Python + llama.cpp + numpy in the engine's child process
GPU_RUNTIME_OVERHEAD = 300 * MIB  # CUDA/Metal context and scratch
# Bytes per value of the KV cache: f16, or q8_0 (blocks of 32 values in 34 bytes; measured: 192 -> 102 MiB).
KV_BYTES_PER_VALUE = {"f16": 2.0, "q8_0": 34 / 32}


@dataclass(frozen=True)
class ChatMemory:
    """How llama.cpp keeps a chat's memory: flash attention (a smaller compute buffer) and the KV
    cache's number format (q8_0: about half of f16; llama.cpp needs flash attention for it).
    Measured on the 1.5b proxy at n_ctx 2048, 2 threads (bench/light_kv.py): the same speed early in
    a chat; 1,450 tokens into it, writing is 15 % slower with flash attention and 33 % slower with
    q8_0 too (reading a long prompt 27 % slower). Temperature-0 replies change with flash attention
    (rounding), and not further with q8_0."""

    flash_attn: bool = False
    kv_cache_type: str = "f16"

    @property
    def compact(self) -> bool:
        return self.kv_cache_type != "f16"


DEFAULT_MEMORY = ChatMemory()
FLASH_ATTN = ChatMemory(flash_attn=True)
COMPACT_MEMORY = ChatMemory(flash_attn=True, kv_cache_type="q8_0")

VRAM_USABLE_SHARE = 0.92


@dataclass(frozen=True)
class Calibration:
    """What measuring on this computer taught the estimate (``measurements.Measured``).

    The defaults are the built-in figures; probes of downloaded models replace them with
    what llama.cpp really did here, for every model of the family. The repack share is
    not learned: it is a share of the layers' *bytes*, which differs between sizes of the
    same quant (the output matrix is quantized more finely), so one size's figure made
    another's estimate worse (bench/measured_vs_estimated.py).
    """

    overhead: int = PROCESS_OVERHEAD  # the engine process before a model is loaded
    compute_offset: int = 0  # measured compute buffer minus the built-in curve
    bandwidth: float = 0.0  # bytes/s this computer reads from memory; 0: not measured (no speed estimate)
    speed_factor: float = 1.0  # measured / estimated writing speed of the models probed here
    cpu_features: CpuFeatures | None = None  # of the llama.cpp build here; None: not read yet (assumed)

    @property
    def features(self) -> CpuFeatures:
        return self.cpu_features or assumed_features()


BUILT_IN = Calibration()


@dataclass(frozen=True)
class Architecture:
    """What the estimate needs to know about a model."""

    layers: int
    hidden: int
    kv_dim: int  # width of one layer's K (= V) per token: hidden x kv_heads / heads
    layer_share: float  # fraction of the weights that sit in the repeated layers
    ffn: int = 11008
    vocab: int = 32000
    weights: tuple[Weight, ...] = ()  # the file's tensors when it is on disk; () for a file not yet downloaded

    @classmethod
    def of(cls, model: ModelSpec) -> Architecture:
        return cls(
            layers=model.layers,
            hidden=model.hidden,
            kv_dim=model.hidden * model.kv_heads // model.heads,
            layer_share=model.layer_params / model.params,
            ffn=model.ffn,
            vocab=(model.params - model.layer_params) // (2 * model.hidden),  # embeddings and output
        )

    @classmethod
    def of_header(cls, header: GGUFHeader) -> Architecture:
        """From a GGUF file's metadata (for a model that is not in the catalog)."""
        layers = header.block_count or 1
        hidden = header.embedding_length or 4096
        heads = header.head_count or 1
        kv_dim = hidden * (header.head_count_kv or heads) // heads
        ff = header.feed_forward_length or int(hidden * 8 / 3)
        per_layer = 2 * hidden * hidden + 2 * hidden * kv_dim + 3 * hidden * ff
        vocab = header.vocab_size or 32000
        outside = 2 * vocab * hidden  # embeddings and output
        share = layers * per_layer / (layers * per_layer + outside)
        return cls(layers, hidden, kv_dim, share, ff, vocab, header.weights)


@dataclass(frozen=True)
class Footprint:
    weights: int
    repack: int
    kv_cache: int
    compute: int
    overhead: int
    gpu_layers: int = 0
    gpu_bytes: int = 0  # on the GPU: its layers' weights, KV cache, compute buffer, runtime

    @property
    def cpu_bytes(self) -> int:
        """Peak resident memory of the process."""
        return self.weights + self.repack + self.kv_cache + self.compute + self.overhead

    @property
    def working_set(self) -> int:
        """Memory that must stay resident: the repacked tensors' file pages are reclaimable."""
        return self.cpu_bytes - self.repack

    @property
    def total(self) -> int:
        return self.cpu_bytes + self.gpu_bytes


def compute_buffer(n_ctx: int, flash_attn: bool = False) -> int:
    """Piecewise-linear through the measured points, extended past the ends."""
    points = FLASH_ATTN_COMPUTE_POINTS if flash_attn else COMPUTE_BUFFER_POINTS
    if n_ctx <= points[0][0]:
        (x0, y0), (x1, y1) = points[0], points[1]
    elif n_ctx >= points[-1][0]:
        (x0, y0), (x1, y1) = points[-2], points[-1]
    else:
        (x0, y0), (x1, y1) = next((a, b) for a, b in zip(points, points[1:]) if a[0] <= n_ctx <= b[0])
    return int(max(y0 + (n_ctx - x0) * (y1 - y0) / (x1 - x0), 32 * MIB))


def kv_cache_bytes(arch: Architecture, n_ctx: int, layers: int | None = None, kv_cache_type: str = "f16") -> int:
    values = 2 * (arch.layers if layers is None else layers) * arch.kv_dim * n_ctx
    return int(values * KV_BYTES_PER_VALUE.get(kv_cache_type, KV_BYTES_PER_VALUE["f16"]))


@functools.lru_cache(maxsize=512)
def _repack_split(arch: Architecture, quant: str | None, features: CpuFeatures) -> tuple[int, int, int]:
    """(repacked bytes in the layers, repacked bytes outside them, all bytes in the layers)."""
    weights = arch.weights or (
        llama_weights(quant, arch.layers, arch.hidden, arch.kv_dim, arch.ffn, arch.vocab) if quant else None
    )
    if not weights:
        return 0, 0, 0
    repacked = repacked_bytes(weights, features)
    in_layers = sum(w.nbytes for w in weights if w.layer >= 0)
    return repacked.in_layers, repacked.outside, in_layers


def repack_bytes(arch: Architecture, quant: str | None, features: CpuFeatures, cpu_layers: int | None = None) -> int:
    """The size of llama.cpp's repacked copy with ``cpu_layers`` of the layers on the CPU (all by
    default; llama.cpp offloads the last layers, and the layers are alike, so a share of them)."""
    in_layers, outside, _ = _repack_split(arch, quant, features)
    cpu_layers = arch.layers if cpu_layers is None else cpu_layers
    return int(in_layers * cpu_layers / max(arch.layers, 1)) + outside


def repack_share(arch: Architecture, quant: str | None, features: CpuFeatures) -> float:
    """The share of the layers' bytes that llama.cpp repacks (what the speed estimate needs)."""
    in_layers, _, total = _repack_split(arch, quant, features)
    return in_layers / total if total else 0.0


@dataclass(frozen=True)
class ModelLoad:
    """A model file and how it is loaded: what every memory figure of it depends on, besides the
    context length and the computer. ``repack``: llama.cpp's CPU repack copy allowed;
    ``calibration``: what was measured here; ``memory``: how the chat's memory is kept."""

    file_bytes: int
    arch: Architecture
    quant: str | None
    repack: bool = True
    calibration: Calibration = BUILT_IN
    memory: ChatMemory = DEFAULT_MEMORY

    @classmethod
    def of_header(cls, header: GGUFHeader, **how) -> ModelLoad:
        """For a file on disk (``how``: repack, calibration, memory)."""
        return cls(header.file_bytes, Architecture.of_header(header), quant_of_filename(header.path.name), **how)

    def footprint(self, n_ctx: int, gpu_layers: int = 0, unified_memory: bool = False) -> Footprint:
        """Bytes this model needs with ``n_ctx`` tokens of context and ``gpu_layers`` on the GPU."""
        arch, memory, calibration = self.arch, self.memory, self.calibration
        gpu_layers = max(0, min(gpu_layers, arch.layers))
        per_layer = self.file_bytes * arch.layer_share / arch.layers
        cpu_layers = arch.layers - gpu_layers
        on_gpu = gpu_layers > 0
        # Metal on Apple Silicon reads the weights in place: no repack copy when offloaded.
        copied = self.repack and not (unified_memory and on_gpu)
        gpu_bytes = 0
        if on_gpu:
            gpu_bytes = int(
                gpu_layers * per_layer
                + kv_cache_bytes(arch, n_ctx, gpu_layers, memory.kv_cache_type)
                + compute_buffer(n_ctx, memory.flash_attn)
                + GPU_RUNTIME_OVERHEAD
            )
        return Footprint(
            weights=int(self.file_bytes - gpu_layers * per_layer),
            repack=repack_bytes(arch, self.quant, calibration.features, cpu_layers) if copied else 0,
            kv_cache=kv_cache_bytes(arch, n_ctx, cpu_layers, memory.kv_cache_type),
            compute=compute_buffer(n_ctx, memory.flash_attn) + calibration.compute_offset,
            overhead=calibration.overhead,
            gpu_layers=gpu_layers,
            gpu_bytes=gpu_bytes,
        )

    def gpu_layers(self, n_ctx: int, hardware: Hardware) -> int:
        """The most layers whose GPU share fits in the usable video memory."""
        vram = hardware.usable_vram * VRAM_USABLE_SHARE
        if vram <= 0:
            return 0
        for layers in range(self.arch.layers, 0, -1):
            if self.footprint(n_ctx, layers, hardware.unified_memory).gpu_bytes <= vram:
                return layers
        return 0

    def footprint_here(self, n_ctx: int, hardware: Hardware) -> Footprint:
        """The footprint on this computer: with as many layers on its GPU as fit there."""
        return self.footprint(n_ctx, self.gpu_layers(n_ctx, hardware), hardware.unified_memory)

    def repack_share(self) -> float:
        """The share of the layers' bytes that llama.cpp repacks (what the speed estimate needs)."""
        return repack_share(self.arch, self.quant, self.calibration.features)


# The same, for callers with loose figures (``how``: repack, calibration, memory, as in ModelLoad).


def footprint(
    file_bytes: int, arch: Architecture, quant: str | None, n_ctx: int, gpu_layers: int = 0,
    unified_memory: bool = False, **how,
) -> Footprint:  # fmt: skip
    return ModelLoad(file_bytes, arch, quant, **how).footprint(n_ctx, gpu_layers, unified_memory)


def gpu_layers_for(
    file_bytes: int, arch: Architecture, quant: str | None, n_ctx: int, hardware: Hardware, **how
) -> int:  # fmt: skip
    return ModelLoad(file_bytes, arch, quant, **how).gpu_layers(n_ctx, hardware)


def footprint_here(
    file_bytes: int, arch: Architecture, quant: str | None, n_ctx: int, hardware: Hardware, **how
) -> Footprint:  # fmt: skip
    return ModelLoad(file_bytes, arch, quant, **how).footprint_here(n_ctx, hardware)
