"""Will it fit? Memory a model needs here, the GPU layers to use, a verdict in plain words,
and the one choice to recommend.

The estimate adds what llama.cpp really allocates (FACTS.md; calibrated by
``bench/fit_accuracy.py``, which loads proxy models and measures peak memory):

* the weights: the file's pages, memory-mapped and all read at least once;
* the CPU "repack" copy: llama.cpp re-lays-out the weights of some quant types
  for faster matrix products and keeps that copy besides the file's pages; which
  ones depends on the CPU features of the llama.cpp build (``repack.py``), read
  once per computer (``measurements.Known``), and on the file's tensor types (read
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.core.catalog import CatalogEntry, ModelSpec
from app.core.gguf_header import GGUFHeader
from app.core.hardware import Hardware
from app.core.quant_mix import llama_weights
from app.core.quants import GOOD_ENOUGH, QUANTS, quant_of_filename
from app.core.repack import CpuFeatures, Weight, assumed_features, repacked_bytes
from app.core.sizes import MIB, format_size
from app.core.speed import estimate_tokens_per_s

if TYPE_CHECKING:
    from app.core.measurements import Known

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

FITS, TIGHT, TOO_BIG = "fits", "tight", "too_big"
VERDICT_TEXT = {
    FITS: "Fits easily",
    TIGHT: "Fits, but close the other programs",
    TOO_BIG: "Too big for this computer",
}
RAM_USABLE_SHARE = 0.85  # of all RAM: the rest is the system's
FREE_HEADROOM = 0.8  # "fits easily" leaves a fifth of what is free now
VRAM_USABLE_SHARE = 0.92


@dataclass(frozen=True)
class Calibration:
    """What measuring on this computer taught the estimate (``measurements.Known``).

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


def footprint(
    file_bytes: int,
    arch: Architecture,
    quant: str | None,
    n_ctx: int,
    gpu_layers: int = 0,
    repack: bool = True,
    unified_memory: bool = False,
    calibration: Calibration = BUILT_IN,
    memory: ChatMemory = DEFAULT_MEMORY,
) -> Footprint:
    """Bytes this model needs with ``n_ctx`` tokens of context and ``gpu_layers`` on the GPU."""
    gpu_layers = max(0, min(gpu_layers, arch.layers))
    per_layer = file_bytes * arch.layer_share / arch.layers
    cpu_layers = arch.layers - gpu_layers
    on_gpu = gpu_layers > 0
    # Metal on Apple Silicon reads the weights in place: no repack copy when offloaded.
    copied = repack and not (unified_memory and on_gpu)
    gpu_bytes = 0
    if on_gpu:
        gpu_bytes = int(
            gpu_layers * per_layer
            + kv_cache_bytes(arch, n_ctx, gpu_layers, memory.kv_cache_type)
            + compute_buffer(n_ctx, memory.flash_attn)
            + GPU_RUNTIME_OVERHEAD
        )
    return Footprint(
        weights=int(file_bytes - gpu_layers * per_layer),
        repack=repack_bytes(arch, quant, calibration.features, cpu_layers) if copied else 0,
        kv_cache=kv_cache_bytes(arch, n_ctx, cpu_layers, memory.kv_cache_type),
        compute=compute_buffer(n_ctx, memory.flash_attn) + calibration.compute_offset,
        overhead=calibration.overhead,
        gpu_layers=gpu_layers,
        gpu_bytes=gpu_bytes,
    )


def gpu_layers_for(
    file_bytes: int,
    arch: Architecture,
    quant: str | None,
    n_ctx: int,
    hardware: Hardware,
    repack: bool = True,
    calibration: Calibration = BUILT_IN,
    memory: ChatMemory = DEFAULT_MEMORY,
) -> int:
    """The most layers whose GPU share fits in the usable video memory."""
    vram = hardware.usable_vram * VRAM_USABLE_SHARE
    if vram <= 0:
        return 0
    for layers in range(arch.layers, 0, -1):
        fp = footprint(file_bytes, arch, quant, n_ctx, layers, repack, hardware.unified_memory, calibration, memory)
        if fp.gpu_bytes <= vram:
            return layers
    return 0


@dataclass(frozen=True)
class Verdict:
    code: str  # FITS | TIGHT | TOO_BIG
    text: str
    detail: str


def judge(fp: Footprint, hardware: Hardware, measured: bool = False) -> Verdict:
    need_ram = fp.working_set + (fp.gpu_bytes if hardware.unified_memory else 0)
    detail = f"needs {'' if measured else 'about '}{format_size(need_ram)} of memory"
    if fp.gpu_bytes and not hardware.unified_memory:
        detail += f" and {format_size(fp.gpu_bytes)} on the GPU ({fp.gpu_layers} layers)"
    detail += f"; {format_size(hardware.ram_available)} of {format_size(hardware.ram_total)} is free"
    if need_ram > hardware.ram_total * RAM_USABLE_SHARE:
        code = TOO_BIG
    elif need_ram <= hardware.ram_available * FREE_HEADROOM:
        code = FITS
    else:
        code = TIGHT
    return Verdict(code, VERDICT_TEXT[code], detail)


@dataclass(frozen=True)
class FitRow:
    entry: CatalogEntry
    footprint: Footprint
    verdict: Verdict
    recommended: bool = False
    max_context: int = 0  # the longest chat (tokens) that fits here as the verdict says; 0: too big
    tok_s_est: float = 0.0  # estimated writing speed here (0: this computer's bandwidth is not measured)
    tok_s_measured: float | None = None  # measured by a probe of the downloaded file
    measured: bool = False  # the footprint is what llama.cpp allocated in a probe, not an estimate

    @property
    def tok_s(self) -> float:
        return self.tok_s_measured if self.tok_s_measured else self.tok_s_est

    def to_json(self) -> dict:
        e = self.entry
        return {
            "size": e.model.key,
            "model": e.model.hf_id,
            "quant": e.quant,
            "repo": e.repo,
            "file": e.file,
            "file_bytes": e.file_bytes,
            "size_known": e.size_known,
            "availability": e.availability,
            "sha256": e.sha256,
            "source": e.source,
            "est_bytes": self.footprint.total,
            "est_ram_bytes": self.footprint.cpu_bytes,
            "est_working_set_bytes": self.footprint.working_set,
            "est_vram_bytes": self.footprint.gpu_bytes,
            "gpu_layers": self.footprint.gpu_layers,
            "verdict": self.verdict.text,
            "verdict_code": self.verdict.code,
            "verdict_detail": self.verdict.detail,
            "recommended": self.recommended,
            "max_ctx": self.max_context,
            "tok_s_est": round(self.tok_s_est, 1),
            "tok_s_measured": round(self.tok_s_measured, 1) if self.tok_s_measured else None,
            "measured": self.measured,
            "quality_ppl_increase": QUANTS[e.quant].ppl_increase,
        }


def quality_key(row: FitRow) -> tuple:
    """Smaller is better: a good-enough quant of a larger model, then the finer quant."""
    ppl = QUANTS[row.entry.quant].ppl_increase
    tier = 0 if ppl <= GOOD_ENOUGH else 1 if ppl <= QUANTS["Q3_K_M"].ppl_increase else 2
    return (tier, -row.entry.model.params, ppl, row.entry.file_bytes)


CONTEXT_STEP = 256
MIN_CONTEXT = 512  # shorter than this, a chat is hardly possible
DEFAULT_TRAINED_CONTEXT = 2048  # when a file does not say (or says something impossible): the family's
# The longest automatic context, whatever a file claims: beyond it every reply is slow to start on a
# processor and the plan would take most of the memory; a person can still choose more.
MAX_AUTOMATIC_CONTEXT = 8192


def footprint_here(
    file_bytes: int,
    arch: Architecture,
    quant: str | None,
    n_ctx: int,
    hardware: Hardware,
    repack: bool = True,
    calibration: Calibration = BUILT_IN,
    memory: ChatMemory = DEFAULT_MEMORY,
) -> Footprint:
    """The footprint on this computer: with as many layers on its GPU as fit there."""
    layers = gpu_layers_for(file_bytes, arch, quant, n_ctx, hardware, repack, calibration, memory)
    return footprint(file_bytes, arch, quant, n_ctx, layers, repack, hardware.unified_memory, calibration, memory)


def longest_fitting_context(
    footprint_at: Callable[[int], Footprint],
    hardware: Hardware,
    ceiling: int = 2048,
    step: int = CONTEXT_STEP,
    accept: tuple[str, ...] = (FITS,),
) -> int:
    """The longest context, in steps of ``step`` up to ``ceiling``, whose verdict here is one of
    ``accept`` ("fits easily" by default; 0: none). Memory grows with the context (KV cache,
    compute buffer), so the first length that does not fit ends the search."""
    longest = 0
    for n_ctx in range(step, ceiling + 1, step):
        if judge(footprint_at(n_ctx), hardware).code not in accept:
            break
        longest = n_ctx
    return longest


def longest_chat(footprint_at: Callable[[int], Footprint], hardware: Hardware, verdict: Verdict, judged_at: int,
                 ceiling: int) -> int:  # fmt: skip
    """The longest chat a row offers: what fits as its verdict says (easily, or with the other programs
    closed), never less than the context it was judged with; 0 for a model that is too big."""
    if verdict.code == TOO_BIG:
        return longest_fitting_context(footprint_at, hardware, ceiling)
    accept = (FITS,) if verdict.code == FITS else (FITS, TIGHT)
    return max(longest_fitting_context(footprint_at, hardware, ceiling, CONTEXT_STEP, accept), judged_at)


def affordable_context(
    file_bytes: int,
    arch: Architecture,
    quant: str | None,
    hardware: Hardware,
    ceiling: int = 2048,
    step: int = CONTEXT_STEP,
    repack: bool = True,
    calibration: Calibration = BUILT_IN,
    memory: ChatMemory = DEFAULT_MEMORY,
) -> int:
    """The longest context that fits easily, by the estimate."""
    return longest_fitting_context(
        lambda n_ctx: footprint_here(file_bytes, arch, quant, n_ctx, hardware, repack, calibration, memory),
        hardware,
        ceiling,
        step,
    )


def estimated_speed(
    file_bytes: int, arch: Architecture, quant: str | None, fp: Footprint, repack: bool, calibration: Calibration
) -> float:
    """Tokens/s by this computer's measured bandwidth, corrected by what probes measured."""
    raw = estimate_tokens_per_s(
        file_bytes,
        arch.layer_share,
        calibration.bandwidth,
        layers=arch.layers,
        gpu_layers=fp.gpu_layers,
        repacked_share=repack_share(arch, quant, calibration.features),
        repack=repack,
    )
    return raw * calibration.speed_factor


def assess(
    entries: Iterable[CatalogEntry],
    hardware: Hardware,
    n_ctx: int = 2048,
    repack: bool = True,
    known: Known | None = None,
) -> list[FitRow]:
    """A row per entry, with the best that fits with headroom marked as recommended.

    With ``known`` (what was measured here), downloaded files that were probed get their
    measured footprint and speed, and the estimates of the others are calibrated.
    """
    calibration = known.calibration if known is not None else BUILT_IN
    rows = []
    for entry in entries:
        arch = Architecture.of(entry.model)
        ctx = min(n_ctx, entry.model.context) if n_ctx else entry.model.context
        fp = footprint_here(entry.file_bytes, arch, entry.quant, ctx, hardware, repack, calibration)
        speed = estimated_speed(entry.file_bytes, arch, entry.quant, fp, repack, calibration)
        probe = known.probe_for(entry.file, entry.file_bytes) if known is not None else None
        if probe is not None and probe.stands_for(repack, fp.gpu_layers):
            fp = probe.footprint_at(ctx)
            verdict = judge(fp, hardware, True)
            longest = longest_chat(probe.footprint_at, hardware, verdict, ctx, entry.model.context)
            row = FitRow(entry, fp, verdict, False, longest, speed, probe.decode_tokens_per_s, True)
        else:
            verdict = judge(fp, hardware)

            def estimate(n_ctx: int, entry=entry, arch=arch) -> Footprint:
                return footprint_here(entry.file_bytes, arch, entry.quant, n_ctx, hardware, repack, calibration)

            longest = longest_chat(estimate, hardware, verdict, ctx, entry.model.context)
            row = FitRow(entry, fp, verdict, False, longest, speed)
        rows.append(row)
    fitting = [r for r in rows if r.verdict.code == FITS]
    # Prefer files the hub confirmed; only offline with nothing known, suggest unconfirmed ones.
    candidates = [r for r in fitting if r.entry.availability == "available"] or [
        r for r in fitting if r.entry.availability == "unknown"
    ]
    if candidates:
        best = min(candidates, key=quality_key)
        rows = [replace(r, recommended=r is best) for r in rows]
    return rows


def assess_file(
    header: GGUFHeader,
    hardware: Hardware,
    n_ctx: int = 2048,
    repack: bool = True,
    calibration: Calibration = BUILT_IN,
) -> tuple[Footprint, Verdict]:
    """The estimate and verdict for a model file on disk."""
    arch = Architecture.of_header(header)
    quant = quant_of_filename(header.path.name)
    ctx = min(n_ctx, header.context_length or n_ctx)
    fp = footprint_here(header.file_bytes, arch, quant, ctx, hardware, repack, calibration)
    return fp, judge(fp, hardware)


def automatic_context(
    footprint_at: Callable[[int], Footprint],
    hardware: Hardware,
    trained: int | None = DEFAULT_TRAINED_CONTEXT,
    floor: int = MIN_CONTEXT,
) -> int:
    """The context to use when the user leaves it on automatic: the longest that fits easily,
    up to the model's trained length (at most ``MAX_AUTOMATIC_CONTEXT``; the family's 2048 when
    the file's figure is missing or impossible), and never less than ``floor`` (a usable chat)."""
    if not isinstance(trained, int) or not 0 < trained <= 2**32 - 1:
        trained = DEFAULT_TRAINED_CONTEXT
    ceiling = min(trained, MAX_AUTOMATIC_CONTEXT)
    return max(longest_fitting_context(footprint_at, hardware, ceiling), min(floor, ceiling))


def recommendation_sentence(row: FitRow, hardware: Hardware) -> str:
    memory = format_size(hardware.ram_total)
    return f"Best quality that fits your {memory}: the {row.entry.model.key} model at {row.entry.quant}."


@dataclass(frozen=True)
class Choice:
    """One of the few options of the simple view."""

    title: str  # "Best quality that fits"
    explanation: str
    row: FitRow


def simple_choices(rows: list[FitRow], hardware: Hardware) -> list[Choice]:
    """At most three downloadable options in plain words: smallest, balanced, best that fits."""
    possible = [r for r in rows if r.verdict.code != TOO_BIG]
    usable = [r for r in possible if r.entry.published] or [r for r in possible if r.entry.availability == "unknown"]
    if not usable:
        return []
    good = [r for r in usable if QUANTS[r.entry.quant].ppl_increase <= GOOD_ENOUGH] or usable
    fits = [r for r in good if r.verdict.code == FITS] or good
    best = next((r for r in rows if r.recommended), None) or min(fits, key=quality_key)
    smallest = min(fits, key=lambda r: (r.entry.file_bytes, QUANTS[r.entry.quant].ppl_increase))
    # Balanced: the smallest model at a near-lossless quant, or the middle size that fits.
    sizes = sorted({r.entry.model.params for r in fits})
    middle = sizes[(len(sizes) - 1) // 2]
    at_middle = [r for r in fits if r.entry.model.params == middle]
    balanced = min(at_middle, key=lambda r: (abs(QUANTS[r.entry.quant].bpw - 4.85), r.entry.file_bytes))
    choices = [
        Choice("Best quality that fits", recommendation_sentence(best, hardware), best),
        Choice(
            "Balanced",
            f"The {balanced.entry.model.key} model at {balanced.entry.quant}: good answers, quick to reply.",
            balanced,
        ),
        Choice(
            "Smallest and fastest",
            f"The {smallest.entry.model.key} model at {smallest.entry.quant}: the least memory and the quickest "
            f"download ({format_size(smallest.entry.file_bytes)}), with simpler answers.",
            smallest,
        ),
    ]
    seen, unique = set(), []
    for choice in choices:
        key = (choice.row.entry.model.key, choice.row.entry.quant)
        if key not in seen:
            seen.add(key)
            unique.append(choice)
    return unique
