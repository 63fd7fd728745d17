"""Python's full garbage collection waits while a reply streams.

A full collection walks every object; with a long chat open it took up to 17 ms on the GUI
thread (measured with bench/gui_streaming.py's replies), a frame and more of stalled window
at a random token. While a reply is written, collection is held; once it has ended and the
window has been idle for a moment, it runs once, where nobody sees it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

IDLE_MS = 1_500  # after a reply's end: its last render and footer are long in place


class IdleCollection(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._collect)

    def hold(self) -> None:
        """A reply starts: no automatic collection until the window is idle after it."""
        self._timer.stop()
        if not self._held and gc.isenabled():
            gc.disable()
            self._held = True

    def release(self) -> None:
        """The reply ended: one collection once the window has been idle a moment, then the usual
        ones. (Enabling collection at once would run the held one right here, at the reply's end.)"""
        if self._held:
            self._timer.start(IDLE_MS)

    def _collect(self) -> None:
        if self._held:
            self._held = False
            gc.collect()
            gc.enable()

    def end(self) -> None:
        """The window closes: collection as Python does it, now (a reply cut off by closing never
        releases its hold)."""
        self._timer.stop()
        if self._held:
            self._held = False
            gc.enable()
