"""Will it fit? A verdict in plain words for a model here, the longest chat it affords, its speed,
and the one choice to recommend: what the picker, the CLI and the ladder show and decide by."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from app.core.fit.footprint import (
    BUILT_IN,
    Architecture,
    Calibration,
    Footprint,
    ModelLoad,
)
from app.core.fit.hardware import Hardware
from app.core.fit.measurements import Measured
from app.core.fit.speed import estimate_tokens_per_s
from app.core.models.catalog import CatalogEntry
from app.core.models.gguf_header import GGUFHeader
from app.core.models.quants import GOOD_ENOUGH, QUANTS
from app.core.sizes import format_size
from app.core.words import QT_TRANSLATE_NOOP, translate


class VerdictCode(StrEnum):
    FITS = "fits"
    TIGHT = "tight"
    TOO_BIG = "too_big"


FITS, TIGHT, TOO_BIG = VerdictCode.FITS, VerdictCode.TIGHT, VerdictCode.TOO_BIG
VERDICT_TEXT = {
    FITS: QT_TRANSLATE_NOOP("Fit", "Fits easily"),
    TIGHT: QT_TRANSLATE_NOOP("Fit", "Fits, but close the other programs"),
    TOO_BIG: QT_TRANSLATE_NOOP("Fit", "Too big for this computer"),
}
RAM_USABLE_SHARE = 0.85  # of all RAM: the rest is the system's
FREE_HEADROOM = 0.8  # "fits easily" leaves a fifth of what is free now


@dataclass(frozen=True)
class Verdict:
    code: str  # FITS | TIGHT | TOO_BIG
    text: str
    detail: str


def judge(fp: Footprint, hardware: Hardware, measured: bool = False) -> Verdict:
    need_ram = fp.working_set + (fp.gpu_bytes if hardware.unified_memory else 0)
    needs = translate("Fit", "needs {size} of memory") if measured else translate("Fit", "needs about {size} of memory")
    detail = needs.format(size=format_size(need_ram))
    if fp.gpu_bytes and not hardware.unified_memory:
        gpu = translate("Fit", " and {size} on the GPU ({layers} layers)")
        detail += gpu.format(size=format_size(fp.gpu_bytes), layers=fp.gpu_layers)
    free = translate("Fit", "; {free} of {total} is free")
    detail += free.format(free=format_size(hardware.ram_available), total=format_size(hardware.ram_total))
    if need_ram > hardware.ram_total * RAM_USABLE_SHARE:
        code = TOO_BIG
    elif need_ram <= hardware.ram_available * FREE_HEADROOM:
        code = FITS
    else:
        code = TIGHT
    text = VERDICT_TEXT[code]
    return Verdict(code, translate("Fit", text), detail)


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


NOT_PUBLISHED_TEXT = QT_TRANSLATE_NOOP("Fit", "Not published on the model hub yet")
NOT_CHECKED_TEXT = QT_TRANSLATE_NOOP("Fit", " (not checked with the hub)")


def listed_verdict(row: FitRow) -> str:
    """A row's verdict in a list of every file, with what the hub said of it: a file it has not
    published has no verdict (it cannot be had), and one it was never asked about says so."""
    if row.entry.availability == "not_published":
        return translate("Fit", NOT_PUBLISHED_TEXT)
    return row.verdict.text + (translate("Fit", NOT_CHECKED_TEXT) if row.entry.availability == "unknown" else "")


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
    file_bytes: int, arch: Architecture, quant: str | None, hardware: Hardware, ceiling: int = 2048,
    step: int = CONTEXT_STEP, **how,
) -> int:  # fmt: skip
    """The longest context that fits easily, by the estimate (``how``: as in ModelLoad)."""
    load = ModelLoad(file_bytes, arch, quant, **how)
    return longest_fitting_context(lambda n_ctx: load.footprint_here(n_ctx, hardware), hardware, ceiling, step)


def estimated_speed(load: ModelLoad, fp: Footprint) -> float:
    """Tokens/s by this computer's measured bandwidth, corrected by what probes measured."""
    calibration = load.calibration
    raw = estimate_tokens_per_s(
        load.file_bytes,
        load.arch.layer_share,
        calibration.bandwidth,
        layers=load.arch.layers,
        gpu_layers=fp.gpu_layers,
        repacked_share=load.repack_share(),
        repack=load.repack,
    )
    return raw * calibration.speed_factor


def assess(
    entries: Iterable[CatalogEntry],
    hardware: Hardware,
    n_ctx: int = 2048,
    repack: bool = True,
    known: Measured | None = None,
) -> list[FitRow]:
    """A row per entry, with the best that fits with headroom marked as recommended.

    With ``known`` (what was measured here), downloaded files that were probed get their
    measured footprint and speed, and the estimates of the others are calibrated.
    """
    calibration = known.calibration if known is not None else BUILT_IN
    rows = []
    for entry in entries:
        load = ModelLoad(entry.file_bytes, Architecture.of(entry.model), entry.quant, repack, calibration)
        ctx = min(n_ctx, entry.model.context) if n_ctx else entry.model.context
        fp = load.footprint_here(ctx, hardware)
        speed = estimated_speed(load, fp)
        probe = known.probe_for(entry.file, entry.file_bytes) if known is not None else None
        if probe is not None and probe.stands_for(repack, fp.gpu_layers):
            fp = probe.footprint_at(ctx)
            verdict = judge(fp, hardware, True)
            longest = longest_chat(probe.footprint_at, hardware, verdict, ctx, entry.model.context)
            row = FitRow(entry, fp, verdict, False, longest, speed, probe.decode_tokens_per_s, True)
        else:
            verdict = judge(fp, hardware)

            def estimate(n_ctx: int, load=load) -> Footprint:
                return load.footprint_here(n_ctx, hardware)

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
    load = ModelLoad.of_header(header, repack=repack, calibration=calibration)
    ctx = min(n_ctx, header.context_length or n_ctx)
    fp = load.footprint_here(ctx, hardware)
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
    sentence = translate("Fit", "Best quality that fits your {memory}: the {model} model at {quant}.")
    return sentence.format(memory=memory, model=row.entry.model.key, quant=row.entry.quant)


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
        Choice(translate("Fit", "Best quality that fits"), recommendation_sentence(best, hardware), best),
        Choice(
            translate("Fit", "Balanced"),
            translate("Fit", "The {model} model at {quant}: good answers, quick to reply.").format(
                model=balanced.entry.model.key, quant=balanced.entry.quant
            ),
            balanced,
        ),
        Choice(
            translate("Fit", "Smallest and fastest"),
            translate(
                "Fit",
                "The {model} model at {quant}: the least memory and the quickest download ({size}), "
                "with simpler answers.",
            ).format(
                model=smallest.entry.model.key,
                quant=smallest.entry.quant,
                size=format_size(smallest.entry.file_bytes),
            ),
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
