"""What a chat needs of an engine: the local ``Engine`` (llama.cpp in a child process) and a
``RemoteEngine`` (a model served by another computer) both are one.

``SavedChat``, ``ChatSession`` and ``Comparison`` only use what is listed here, so a chat, its
history, regenerate, edit, continue and compare work the same whichever engine answers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from app.core.engine.generation import GenerationOptions, ModelInfo, ReplyStats
from app.core.engine.prompt import Prompt, Turn


class ReplyStreaming(Protocol):
    """A reply as it is written: iterate for its pieces; ``text`` is the reply so far, kept when it
    is stopped or fails; ``stats`` is set once the iteration has ended."""

    prompt: Prompt
    stats: ReplyStats | None

    @property
    def text(self) -> str: ...

    def __iter__(self) -> Iterator[str]: ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> ReplyStreaming: ...

    def __exit__(self, *exc_info) -> None: ...


class ChatEngine(Protocol):
    """One model at a time, answering one chat request at a time."""

    @property
    def model(self) -> ModelInfo | None: ...

    def chat(
        self,
        user: str,
        history: Sequence[Turn] = (),
        system: str = ...,
        options: GenerationOptions | None = None,
        reply_start: str = "",
    ) -> ReplyStreaming: ...

    def cancel(self) -> None: ...

    def unload(self) -> None: ...

    def close(self) -> None: ...
