"""A/B chat: one question to two downloaded models, both answers with their speeds, so a person
can judge the trade-off (say 3.7b Q4_K_M against 2.7b Q8_0) on their own questions.

The two answer in turn, so neither slows the other down: the speeds shown are what
each model does alone here. When both fit in memory together, each has an engine
process of its own and stays loaded; otherwise they share one engine, so only one
model is in memory at a time, and each question starts with the model already
loaded, to save a load. Each side keeps its own history, so follow-up questions
continue both conversations.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.core.engine.generation import GenerationOptions, LoadSettings, ReplyStats
from app.core.engine.prompt import VICUNA_SYSTEM, Turn
from app.core.errors import ShortChatError
from app.core.models.catalog import display_name
from app.core.words import QT_TRANSLATE_NOOP, translate


class CompareEventKind(StrEnum):
    LOADING = "loading"
    PIECE = "piece"
    DONE = "done"
    FAILED = "failed"


LOADING, PIECE, DONE, FAILED = (
    CompareEventKind.LOADING, CompareEventKind.PIECE, CompareEventKind.DONE, CompareEventKind.FAILED
)  # fmt: skip
SIDES = (QT_TRANSLATE_NOOP("Compare", "A"), QT_TRANSLATE_NOOP("Compare", "B"))  # translated where shown


@dataclass(frozen=True)
class CompareEvent:
    side: int  # 0: A, 1: B
    kind: CompareEventKind
    text: str = ""  # the piece, or the failure in words
    stats: ReplyStats | None = None
    seconds: float = 0.0  # DONE: from the question to the end of this answer, loading included


@dataclass
class Contender:
    path: Path
    settings: LoadSettings
    history: list[Turn] = field(default_factory=list)

    @property
    def name(self) -> str:
        return display_name(self.path.name)


class Comparison:
    """Two models answering the same questions in turn: in one ``Engine``, or with ``second_engine``
    (for when both fit in memory together) one each.

    ``ask`` runs on a worker thread; ``cancel`` may be called from any other.
    """

    def __init__(
        self,
        engine,
        a: tuple[str | os.PathLike[str], LoadSettings],
        b: tuple[str | os.PathLike[str], LoadSettings],
        options: GenerationOptions | None = None,
        system: str = VICUNA_SYSTEM,
        second_engine=None,
    ) -> None:
        self.engines = (engine, second_engine or engine)
        self.contenders = [Contender(Path(path), settings) for path, settings in (a, b)]
        self.options = options or GenerationOptions()
        self.system = system
        self._cancelled = threading.Event()

    @property
    def both_resident(self) -> bool:
        return self.engines[0] is not self.engines[1]

    def cancel(self) -> None:
        self._cancelled.set()
        for engine in set(self.engines):
            engine.cancel()

    def _order(self) -> list[int]:
        if self.both_resident:
            return [0, 1]
        model = self.engines[0].model
        return [1, 0] if model is not None and model.path == self.contenders[1].path else [0, 1]

    def ask(self, question: str) -> Iterator[CompareEvent]:
        """Both answers to ``question``, one after the other, as events."""
        self._cancelled.clear()
        for side in self._order():
            if self._cancelled.is_set():
                break
            yield from self._answer(side, question)

    def _answer(self, side: int, question: str) -> Iterator[CompareEvent]:
        contender, engine = self.contenders[side], self.engines[side]
        started = time.perf_counter()
        yield CompareEvent(side, LOADING)
        try:
            model = engine.model
            if model is None or model.path != contender.path:
                engine.load(contender.path, contender.settings)
            with engine.chat(question, contender.history, self.system, self.options) as stream:
                for piece in stream:
                    if self._cancelled.is_set():
                        stream.cancel()
                    yield CompareEvent(side, PIECE, piece)
            stats = stream.stats
        except ShortChatError as error:
            yield CompareEvent(side, FAILED, str(error))
            return
        if stream.text:
            contender.history.append(Turn(question, stream.text))
        yield CompareEvent(side, DONE, stats=stats, seconds=time.perf_counter() - started)


def speed_line(stats: ReplyStats | None, seconds: float) -> str:
    """'9.3 words/s · 96 tokens · 8.1 s in all, loading included' for under an answer (people's unit)."""
    from app.core.fit.speed import words_text

    if stats is None:
        return ""
    parts = []
    if stats.decode_tokens_per_s:
        parts.append(words_text(stats.decode_tokens_per_s))
    parts.append(translate("Compare", "{count} tokens").format(count=stats.reply_tokens))
    in_all = f"{seconds:.1f}" if seconds >= 1 else f"{seconds:.2f}"
    parts.append(translate("Compare", "{seconds} s in all, loading included").format(seconds=in_all))
    if stats.cancelled:
        parts.insert(0, translate("Compare", "stopped"))
    return " · ".join(parts)


def speed_details(stats: ReplyStats | None) -> str:
    """The figures behind the words/s, for a tooltip: tokens/s and the wait for the first token."""
    if stats is None:
        return ""
    return translate(
        "Compare",
        "Writing: {rate} tokens/s (after the first token, which is what the verdict compares). First token after "
        "{seconds} s (reading the prompt, {count} tokens).",
    ).format(
        rate=f"{stats.decode_tokens_per_s:.1f}",
        seconds=f"{stats.time_to_first_token_s:.1f}",
        count=stats.evaluated_tokens,
    )


# The same model asked the same question measures apart from one answer to the next (threads
# scheduled with other work, the CPU's clock); bench/compare_noise.py, on a 2-core machine shared
# with other work: 14 % between fastest and slowest of 6-8 answers of 64-128 tokens, 12 % at 32
# tokens, 22 % at 16 and up to 42 % at 16-32 on a model writing 300 tokens/s (a few ms a token,
# where one late token weighs most). So no verdict under 32 tokens, and under 15 % is no difference.
MIN_VERDICT_TOKENS = 32
NOISE_SHARE = 0.15


def verdict_line(names: tuple[str, str], stats: tuple[ReplyStats | None, ReplyStats | None]) -> str:
    """Which one wrote faster, in words/s: 'B wrote faster: 12 words/s against 7.5 words/s, 1.6 times as fast.'

    Only the writing speed (``decode_tokens_per_s``, after the first token) counts: loading the
    model and reading the prompt are the same work for every answer length and would turn a
    load into 'times as fast'. Replies too short to measure, or a difference within noise, say so.
    """
    from app.core.fit.speed import words_text

    if any(s is None or s.decode_tokens_per_s <= 0 for s in stats):
        return ""
    if min(s.reply_tokens for s in stats) < MIN_VERDICT_TOKENS:
        return translate(
            "Compare",
            "The answers are too short to tell which writes faster (under {count} tokens): ask for a longer one.",
        ).format(count=MIN_VERDICT_TOKENS)
    rates = tuple(s.decode_tokens_per_s for s in stats)
    faster = rates.index(max(rates))
    ratio = rates[faster] / rates[1 - faster]
    if ratio < 1 + NOISE_SHARE:
        return translate(
            "Compare", "They wrote about as fast as each other (the difference is within measuring noise)."
        )
    return translate("Compare", "{name} wrote faster: {faster} against {slower}, {ratio} times as fast.").format(
        name=names[faster], faster=words_text(rates[faster]), slower=words_text(rates[1 - faster]), ratio=f"{ratio:.1f}"
    )


def verdict_details(names: tuple[str, str], stats: tuple[ReplyStats | None, ReplyStats | None]) -> str:
    """What the verdict weighed, for a tooltip: each side's writing speed in tokens/s, and the rule."""
    rates = [
        translate("Compare", "{name}: {rate} tokens/s").format(name=name, rate=f"{s.decode_tokens_per_s:.1f}")
        for name, s in zip(names, stats)
        if s is not None
    ]
    if not rates:
        return ""
    return translate(
        "Compare",
        "Writing speed after the first token ({rates}). Loading and reading the prompt are left out; a difference "
        "under {share} is noise, and answers under {count} tokens are too short to measure.",
    ).format(rates="; ".join(rates), share=f"{NOISE_SHARE:.0%}", count=MIN_VERDICT_TOKENS)
