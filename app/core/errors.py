"""Errors the core raises. Each message is written for the person using the app.

The GUI and the CLI show ``str(error)`` as it is, so a message says what happened
and what to do, in plain words, with no library jargon. The technical cause is
chained (``raise ... from exc``) and goes to the log.
"""

from __future__ import annotations


class ShortChatError(Exception):
    """Base class: a failure a user can read about and act on.

    Raised as ``SomeError(translate("Errors", "{name} is damaged."), name=...)``: the sentence in
    the window's language with its values filled in. The sentence as written and its values are
    kept too, so that one raised in llama.cpp's process (which translates nothing) is translated
    by the process that shows it (``words.look_up``)."""

    def __init__(self, message: str = "", **values: object) -> None:
        super().__init__(message.format(**values) if values else message)
        self.sentence, self.values = message, values


class ModelLoadError(ShortChatError):
    """The model file could not be loaded (missing, damaged, not a chat model...)."""


class OutOfMemoryError(ModelLoadError):
    """The model did not fit: llama.cpp could not allocate it, or the system stopped it for memory."""


class ModelCrashedError(ShortChatError):
    """llama.cpp's process ended while it was working; the app itself is fine."""

    def __init__(self, message: str, reason: str = "", out_of_memory: bool = False) -> None:
        super().__init__(message)
        self.reason = reason  # how the process ended, in plain words
        self.out_of_memory = out_of_memory  # killed by the system, or a failed GPU allocation


class PromptTooLongError(ShortChatError):
    """Even with all earlier turns left out, the message does not fit the context."""


class NoModelLoadedError(ShortChatError):
    """A reply was asked for before a model was loaded."""


class EngineBusyError(ShortChatError):
    """A second request arrived while the engine was still answering the first."""


class Cancelled(ShortChatError):
    """The user (or closing the app) stopped the operation."""
