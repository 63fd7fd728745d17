"""A conversation in memory, bound to an engine: what the CLI chats with."""

from __future__ import annotations

import os

from app.core.engine.chat_engine import ChatEngine, ReplyStreaming
from app.core.engine.engine import Engine
from app.core.engine.generation import GenerationOptions, LoadSettings, ModelInfo
from app.core.engine.prompt import VICUNA_SYSTEM, Turn


class ChatSession:
    def __init__(self, system: str = VICUNA_SYSTEM, engine: ChatEngine | None = None) -> None:
        self.system = system
        self.history: list[Turn] = []
        self.engine = engine or Engine()
        self._asked: str | None = None

    def load(self, path: str | os.PathLike[str], settings: LoadSettings | None = None) -> ModelInfo:
        return self.engine.load(path, settings)

    def ask(self, text: str, options: GenerationOptions | None = None) -> ReplyStreaming:
        """Start the reply to ``text``; call ``record`` with the stream once it ends."""
        stream = self.engine.chat(text, self.history, self.system, options)
        self._asked = text
        return stream

    def record(self, stream: ReplyStreaming) -> None:
        """Keep the exchange (a stopped reply keeps what was written)."""
        if self._asked is not None:
            self.history.append(Turn(self._asked, stream.text))
            self._asked = None

    def close(self) -> None:
        self.engine.close()

    def __enter__(self) -> ChatSession:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
