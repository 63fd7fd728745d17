"""What Ctrl+C does in the terminal, one phase at a time.

Python raises KeyboardInterrupt at whatever line runs when Ctrl+C comes, so a second press
could cut a clean-up in half: llama.cpp half-stopped, a reply half-saved, a traceback on the
screen, or the chat ended. Here Ctrl+C raises only where the code is ready for it (waiting for
a question, loading a model, a whole command that has not caught it yet), and only once per
such place; while a reply is written it asks the reply to stop; anywhere else (stopping,
saving, closing) it is let go, since every wait there is bounded.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class CtrlC:
    def __init__(self) -> None:
        self._raises = False
        self._stop: Callable[[], None] | None = None
        self._handling = False  # inside ``handled`` in the main thread: the handler is ours to set

    @contextmanager
    def handled(self, raises: bool = True) -> Iterator[CtrlC]:
        """Ctrl+C handled so inside; the first press raises KeyboardInterrupt when ``raises``,
        later ones wait for the next ``raises()`` or ``stops()``. Outside the main thread,
        where no signal handler can be set, Python's own behaviour stays."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = signal.signal(signal.SIGINT, self._pressed)
        self._raises, self._handling = raises, True
        try:
            yield self
        finally:
            self._raises, self._stop, self._handling = False, None, False
            signal.signal(signal.SIGINT, previous)

    @contextmanager
    def raises(self) -> Iterator[None]:
        """The first press inside raises KeyboardInterrupt; the caller's ``try`` must enclose the ``with``."""
        self._raises = True
        self._listen()
        try:
            yield
        finally:
            self._raises = False

    @contextmanager
    def stops(self, stop: Callable[[], None]) -> Iterator[list[int]]:
        """Each press inside calls ``stop`` (it must only flag: a press may come while it runs).
        Yields the presses seen inside, so the caller can say it stopped."""
        pressed: list[int] = []
        self._stop = lambda: (pressed.append(1), stop())
        self._listen()
        try:
            yield pressed
        finally:
            self._stop = None

    def _listen(self) -> None:
        if self._handling and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, self._pressed)

    def _pressed(self, _signum, _frame) -> None:
        if self._raises:
            self._raises = False  # once: a press during the clean-up that follows is let go
            # ... by the system, until the next ``raises`` or ``stops``: a press that came while this
            # KeyboardInterrupt was on its way ran this handler with the exception still set (in
            # ``input()``), which Python turned into a SystemError that ended the chat.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            raise KeyboardInterrupt
        if self._stop is not None:
            self._stop()


def exit_quietly() -> None:
    """The command is over: Ctrl+C while Python ends (llama.cpp's process is waited for) is
    let go, so it prints no 'Exception ignored' traceback."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
