"""The out-of-memory ladder: when a model will not fit (or failed to load for memory), step down
to the nearest thing that does, and say so in one plain sentence.

The rungs, in order: the model as asked (with as many layers on the GPU as fit),
fewer GPU layers, the processor only, then a lighter chat memory (flash attention,
which needs a smaller compute buffer, then also a q8_0 KV cache, half the size of
f16; both write more slowly late in a long chat: ``fit.ChatMemory``), then without
llama.cpp's CPU repack copy (a third less peak memory for a third less speed,
FACTS.md), then a smaller quant of the same model, then a smaller pruned model --
only among the files already downloaded: nothing is fetched behind the user's back.
The context, when left on automatic, is the longest each rung affords
(``fit.automatic_context``: at least 512 tokens); a lighter chat memory is chosen
when it affords a longer chat than the rung before it (or fits easily where that
one is tight), so a model too big at its full context still keeps all of it.

The repack rung lowers the peak, not the working set: the file pages the copy was
made from are never read again, and the system takes them back when it needs to
(fit.py). So planning by the working set passes over it; it is the next step when
a load fails for memory, where the copy's own allocation is what did not fit (a
commit limit, as on Windows, counts it in full).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.engine.generation import LoadSettings
from app.core.errors import OutOfMemoryError, ShortChatError
from app.core.fit.footprint import (
    BUILT_IN,
    COMPACT_MEMORY,
    DEFAULT_MEMORY,
    FLASH_ATTN,
    Calibration,
    ChatMemory,
    Footprint,
    ModelLoad,
)
from app.core.fit.hardware import Hardware
from app.core.fit.verdicts import FITS, TOO_BIG, Verdict, automatic_context, judge
from app.core.models.catalog import display_name
from app.core.models.gguf_header import GGUFHeader, read_header
from app.core.settings import Settings
from app.core.sizes import format_size
from app.core.words import translate

SAME_MODEL, FEWER_GPU_LAYERS, NO_GPU, LEANER_ATTENTION, COMPACT_CHAT_MEMORY, NO_REPACK = (
    "as asked", "fewer GPU layers", "no GPU", "flash attention", "q8_0 KV cache", "no repack",
)  # fmt: skip
SMALLER_QUANT, SMALLER_MODEL = "smaller quant", "smaller model"


@dataclass(frozen=True)
class Rung:
    path: Path
    settings: LoadSettings
    footprint: Footprint
    verdict: Verdict
    step: str  # SAME_MODEL ... SMALLER_MODEL
    measured: bool = False  # the footprint comes from a probe of this file
    trained_context: int = 2048
    memory: ChatMemory = DEFAULT_MEMORY
    saved_by_memory: int = 0  # working set this rung's chat memory saves against the default one, same context
    header: GGUFHeader | None = field(default=None, compare=False, repr=False)  # as read for the plan

    @property
    def name(self) -> str:
        return display_name(self.path.name)

    def context_warning(self) -> str:
        """A sentence when the context asked for is longer than the model was trained on; else ""."""
        return beyond_training_warning(self.settings.n_ctx or 0, self.trained_context)


def beyond_training_warning(n_ctx: int, trained: int, of_all_models: bool = False) -> str:
    if n_ctx <= trained:
        return ""
    if of_all_models:
        text = translate(
            "LoadPlan",
            "The chat memory is set to {count} tokens, more than the {trained} the models were trained on: late "
            "in a long chat the replies may stop making sense.",
        )
    else:
        text = translate(
            "LoadPlan",
            "The chat memory is set to {count} tokens, more than the {trained} this model was trained on: late in "
            "a long chat the replies may stop making sense.",
        )
    return text.format(count=f"{n_ctx:,}", trained=f"{trained:,}")


@dataclass(frozen=True)
class LoadPlan:
    """What to load for a request: ``rungs[0]``, then the next ones if a load runs out of memory."""

    requested: Rung
    rungs: tuple[Rung, ...]  # from the first that fits; all of them when none fits
    fits: bool  # False: not even the last rung fits (the caller asks before loading anything)

    @property
    def chosen(self) -> Rung:
        return self.rungs[0]

    def sentence(self) -> str:
        """What was chosen and why, in whole sentences; "" when the request is loaded as asked."""
        chosen = self.chosen
        if chosen.step == SAME_MODEL:
            return ""
        if chosen.step in (LEANER_ATTENTION, COMPACT_CHAT_MEMORY):
            values = {
                "model": self.requested.name,
                "size": format_size(chosen.footprint.working_set + chosen.saved_by_memory),
                "count": f"{chosen.settings.n_ctx:,}",
                "saved": format_size(chosen.saved_by_memory),
            }
            if chosen.memory.compact:
                return translate(
                    "LoadPlan",
                    "{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer "
                    "can spare, so ShortChat keeps this chat's memory in a compact form so it fits ({saved} less; "
                    "replies come slower late in a long chat).",
                ).format(**values)
            return translate(
                "LoadPlan",
                "{model} needs about {size} of memory to keep {count} tokens of chat, more than this computer can "
                "spare, so ShortChat works through this chat's memory in a leaner way so it fits ({saved} less; "
                "replies come a little slower late in a long chat).",
            ).format(**values)
        need = translate("LoadPlan", "{model} needs about {size} of memory, more than this computer can spare.")
        need = need.format(model=self.requested.name, size=format_size(self.requested.footprint.working_set))
        return f"{need} {describe(self.chosen, self.requested)}"

    def sentences(self) -> list[str]:
        """What the window and the CLI both say before loading: the step taken, a context cut short."""
        return [s for s in (self.sentence(), self.chosen.context_warning()) if s]

    def after_failure(self) -> LoadPlan | None:
        """The plan after ``chosen`` ran out of memory while loading: the next rung, or None."""
        if len(self.rungs) < 2:
            return None
        return LoadPlan(self.requested, self.rungs[1:], self.fits)

    def failure_sentence(self) -> str:
        """After ``after_failure``: why the change."""
        failed = translate("LoadPlan", "{model} did not fit when loading.").format(model=self.requested.name)
        return f"{failed} {describe(self.chosen, self.requested)}"


def describe(rung: Rung, requested: Rung) -> str:
    """What ShortChat loads instead, in whole sentences (each one translated as it stands)."""
    if rung.step == SAME_MODEL:
        return translate("LoadPlan", "ShortChat is loading it as asked.")
    if rung.step == FEWER_GPU_LAYERS:
        return translate(
            "LoadPlan",
            "ShortChat is loading it with {count} of its layers on the graphics card and the rest on the processor.",
        ).format(count=rung.settings.n_gpu_layers)
    if rung.step == NO_GPU:
        return translate("LoadPlan", "ShortChat is loading it on the processor only (slower).")
    if rung.step in (LEANER_ATTENTION, COMPACT_CHAT_MEMORY):
        saved = format_size(requested.footprint.working_set - rung.footprint.working_set)
        return _lighter_memory_sentence(rung, requested).format(saved=saved)
    if rung.step == NO_REPACK:
        saved = format_size(requested.footprint.cpu_bytes - rung.footprint.cpu_bytes)
        if rung.memory.compact:
            text = translate(
                "LoadPlan",
                "ShortChat is loading it without its speed-up copy of the weights and with this chat's memory in a "
                "compact form (about a third slower, {saved} less at its peak).",
            )
        else:
            text = translate(
                "LoadPlan",
                "ShortChat is loading it without its speed-up copy of the weights (about a third slower, {saved} "
                "less at its peak).",
            )
        return text.format(saved=saved)
    values = {"model": rung.name, "saved": format_size(requested.footprint.working_set - rung.footprint.working_set)}
    if rung.step == SMALLER_QUANT:
        text = translate(
            "LoadPlan", "ShortChat is loading {model} instead (a smaller file of the same model, {saved} less memory)."
        )
    else:
        text = translate("LoadPlan", "ShortChat is loading {model} instead (a smaller model, {saved} less memory).")
    said = [text.format(**values)]
    if not rung.settings.use_repack:
        said.append(
            translate("LoadPlan", "It is loaded without its speed-up copy of the weights (about a third slower).")
        )
    if rung.memory.compact:
        said.append(translate("LoadPlan", "This chat's memory is kept in a compact form (slower late in a long chat)."))
    return " ".join(said)


def _lighter_memory_sentence(rung: Rung, requested: Rung) -> str:
    """The sentence for a lighter chat memory, {saved} still to fill in: compact or leaner, on the processor only
    when the request had a graphics card and this rung has none."""
    cpu_only = bool(requested.settings.n_gpu_layers and not rung.settings.n_gpu_layers)
    if rung.memory.compact and cpu_only:
        return translate(
            "LoadPlan",
            "ShortChat is loading it on the processor only, with this chat's memory in a compact form ({saved} less "
            "memory, slower late in a long chat).",
        )
    if rung.memory.compact:
        return translate(
            "LoadPlan",
            "ShortChat is loading it with this chat's memory in a compact form ({saved} less memory, slower late in "
            "a long chat).",
        )
    if cpu_only:
        return translate(
            "LoadPlan",
            "ShortChat is loading it on the processor only, working through this chat's memory in a leaner way "
            "({saved} less memory, a little slower late in a long chat).",
        )
    return translate(
        "LoadPlan",
        "ShortChat is loading it working through this chat's memory in a leaner way ({saved} less memory, a little "
        "slower late in a long chat).",
    )


def _rung(header, hardware, user, step, gpu_layers, repack, known, memory: ChatMemory = DEFAULT_MEMORY) -> Rung:
    trained = header.context_length or 2048
    probe = known.probe_of(header.path) if known is not None else None
    measured = probe is not None and probe.stands_for(repack, gpu_layers, memory)
    calibration: Calibration = known.calibration if known is not None else BUILT_IN
    load = ModelLoad.of_header(header, repack=repack, calibration=calibration)

    def estimate(n_ctx: int, memory: ChatMemory) -> Footprint:
        return replace(load, memory=memory).footprint(n_ctx, gpu_layers, hardware.unified_memory)

    def footprint_at(n_ctx: int) -> Footprint:
        return probe.footprint_at(n_ctx) if measured else estimate(n_ctx, memory)

    n_ctx = user.context or automatic_context(footprint_at, hardware, trained)
    fp = footprint_at(n_ctx)
    saved = estimate(n_ctx, DEFAULT_MEMORY).working_set - estimate(n_ctx, memory).working_set
    settings = LoadSettings(
        n_ctx=n_ctx,
        # Threads: as the user set them, else one per physical core (decode is memory-bound), as counted by the probe.
        n_threads=user.threads or hardware.cpu_cores or None,
        n_gpu_layers=gpu_layers,
        use_repack=repack,
        flash_attn=memory.flash_attn,
        kv_cache_type=memory.kv_cache_type,
    )
    verdict = judge(fp, hardware, measured)
    return Rung(header.path, settings, fp, verdict, step, measured, trained, memory, saved, header)


def _rungs_of(header: GGUFHeader, hardware: Hardware, user: Settings, known, first_step: str) -> Iterator[Rung]:
    calibration = known.calibration if known is not None else BUILT_IN
    load = ModelLoad.of_header(header, calibration=calibration)
    layers = min(user.gpu_layers, load.arch.layers) if user.gpu_layers >= 0 else load.gpu_layers(2048, hardware)
    yield _rung(header, hardware, user, first_step, layers, True, known)
    has_copy = load.repack_share() > 0
    if first_step != SAME_MODEL:
        yield _rung(header, hardware, user, first_step, layers, True, known, COMPACT_MEMORY)
        if has_copy:
            yield _rung(header, hardware, user, first_step, 0, False, known, COMPACT_MEMORY)
        return
    if layers > 1:
        yield _rung(header, hardware, user, FEWER_GPU_LAYERS, layers // 2, True, known)
    if layers > 0:
        yield _rung(header, hardware, user, NO_GPU, 0, True, known)
    yield _rung(header, hardware, user, LEANER_ATTENTION, 0, True, known, FLASH_ATTN)
    yield _rung(header, hardware, user, COMPACT_CHAT_MEMORY, 0, True, known, COMPACT_MEMORY)
    if has_copy:
        yield _rung(header, hardware, user, NO_REPACK, 0, False, known, COMPACT_MEMORY)


def _header_of(source: str | os.PathLike[str] | GGUFHeader) -> GGUFHeader:
    """The header of a file given by path, or as already read (so it is not read twice)."""
    return source if isinstance(source, GGUFHeader) else read_header(source)


def _smaller_files(header: GGUFHeader, downloaded: Sequence[os.PathLike | GGUFHeader]) -> list[tuple[str, GGUFHeader]]:
    """Downloaded files of the same family that need less: smaller quants of the same model
    (largest first), then smaller models (the most layers first)."""
    same, smaller = [], []
    for source in downloaded:
        if Path(source.path if isinstance(source, GGUFHeader) else source) == header.path:
            continue
        try:
            other = _header_of(source)
        except ShortChatError:
            continue
        if other.architecture != header.architecture or other.embedding_length != header.embedding_length:
            continue
        if other.block_count == header.block_count and other.file_bytes < header.file_bytes:
            same.append(other)
        elif (other.block_count or 0) < (header.block_count or 0):
            smaller.append(other)
    same.sort(key=lambda h: -h.file_bytes)
    smaller.sort(key=lambda h: (-(h.block_count or 0), -h.file_bytes))
    return [(SMALLER_QUANT, h) for h in same] + [(SMALLER_MODEL, h) for h in smaller]


def plan_load(
    path: str | os.PathLike[str] | GGUFHeader,
    hardware: Hardware,
    user: Settings,
    downloaded: Sequence[os.PathLike | GGUFHeader] = (),
    known=None,
) -> LoadPlan:
    """The ladder for loading ``path`` here, from the first rung that fits.

    ``known`` (``measurements.Measured``) gives measured footprints and the calibration;
    ``downloaded`` are the files the ladder may step down to. Files may be given by their
    headers where the caller has them already.
    """
    header = _header_of(path)
    if known is not None:
        known.ensure_cpu_features()  # which weights this llama.cpp build copies: read once per computer
    rungs = list(_rungs_of(header, hardware, user, known, SAME_MODEL))
    for step, other in _smaller_files(header, downloaded):
        rungs += _rungs_of(other, hardware, user, known, step)
    requested = rungs[0]
    first_fit = next((i for i, rung in enumerate(rungs) if rung.verdict.code != TOO_BIG), None)
    if first_fit is None:
        return LoadPlan(requested, tuple(rungs), fits=False)
    return LoadPlan(requested, tuple(rungs[_lighter_memory_worth_it(rungs, first_fit) :]), fits=True)


def plan_with_library(path: str | os.PathLike[str], hardware: Hardware, user: Settings, installed: Sequence,
                      known=None) -> LoadPlan:  # fmt: skip
    """The plan the CLI and the window both follow: ``path`` here, stepping down to the models of
    ``installed`` (the library's listing: their headers were read for it, and are not read again)."""
    headers = [m.header for m in installed if m.header is not None]
    target = next((h for h in headers if h.path == Path(path)), path)
    return plan_load(target, hardware, user, headers, known)


def _lighter_memory_worth_it(rungs: list[Rung], first_fit: int) -> int:
    """The rung to start from: ``first_fit``, or a later one that differs from it only by a lighter
    chat memory and affords a longer chat (or fits easily where it is tight); the earliest of equals."""
    first = rungs[first_fit]

    def same_but_memory(rung: Rung) -> bool:
        a, b = rung.settings, first.settings
        return rung.path == first.path and (a.n_gpu_layers, a.use_repack) == (b.n_gpu_layers, b.use_repack)

    def merit(index: int) -> tuple[bool, int]:
        rung = rungs[index]
        return rung.verdict.code == FITS, rung.settings.n_ctx or 0

    candidates = [
        i for i in range(first_fit, len(rungs)) if same_but_memory(rungs[i]) and rungs[i].verdict.code != TOO_BIG
    ]
    best = max(merit(i) for i in candidates)
    return next(i for i in candidates if merit(i) == best)


def load_following(
    engine,
    plan: LoadPlan,
    report: Callable[[str], None] | None = None,
    progress: Callable[[float], None] | None = None,
):
    """Load ``plan.chosen``; when it runs out of memory, the next rung, saying why (``report``).
    ``progress`` gets each rung's load progress (0..1, from 0 again for the next rung).

    Returns the loaded ``ModelInfo`` and the plan as it ended (its ``chosen`` is what loaded).
    Raises the last ``OutOfMemoryError`` when no rung is left, and other load errors at once
    (a damaged file is not helped by less memory).
    """
    while True:
        try:
            chosen = plan.chosen
            return engine.load(chosen.path, chosen.settings, progress=progress, header=chosen.header), plan
        except OutOfMemoryError:
            following = plan.after_failure()
            if following is None:
                raise
            plan = following
            if report is not None:
                report(plan.failure_sentence())
