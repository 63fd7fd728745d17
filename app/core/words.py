"""The hook through which the core's sentences for a person are translated.

The core knows no Qt: by default a sentence stays as written (English). The window installs Qt's
``QCoreApplication.translate`` at start-up, so the same sentences reach it in the user's language.
Calls are written ``words.translate("Context", "A sentence about {name}.").format(name=...)``: a
literal context and text, so ``pyside6-lupdate`` finds them; the values go in after translating.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _as_written(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _as_written


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language the window chose; as written when nothing was installed."""
    return _translator(context, text, disambiguation, n)


def look_up(context: str, text: str) -> str:
    """``translate`` for a sentence marked where it was written (``QT_TRANSLATE_NOOP``, or a
    ``translate`` call in llama.cpp's process, which has no translator): named apart so that
    lupdate, which reads every ``translate`` call, does not take this one's variable for a text."""
    return _translator(context, text, None, -1)


def install(translator: Translator | None) -> None:
    """Send every later sentence through ``translator`` (None: back to English as written)."""
    global _translator
    _translator = translator or _as_written


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation where it is written (a table of constants); translate it
    with ``translate(context, text)`` where it is used."""
    return text
