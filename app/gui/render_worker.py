"""Markdown rendering off the GUI thread: one background thread renders replies being written.

Python-Markdown and Pygments take milliseconds a block, and more on some inputs
(FACTS.md), so the chat view never runs them while a reply streams: it hands the
text to ``render_in_background`` and gets the HTML pieces back, on the GUI thread,
through a queued signal. A view has at most one render in flight, so the queue
stays short; the thread is started once and waits when there is nothing to do.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading

from PySide6.QtCore import QObject, Signal

from app.core.chat.markdown_render import RenderedText, ReplyRenderer

log = logging.getLogger(__name__)

# How long the render thread may keep Python's lock while the GUI thread waits for it. Python's
# 5 ms default let a 0.3 ms insertion on the GUI thread take 4-6 ms, several times a reply; at 1 ms
# the longest GUI stall while a reply streams fell from 13-16 ms to 9-13 ms (bench/gui_streaming.py).
GIL_SWITCH_S = 0.001


class RenderRelay(QObject):
    """Carries a finished render to the GUI thread (it lives there; the signal is queued)."""

    rendered = Signal(object, object)  # the token given with the request, RenderedText


_requests: queue.SimpleQueue = queue.SimpleQueue()
_thread: threading.Thread | None = None
_thread_lock = threading.Lock()


def _serve() -> None:
    while True:
        relay, renderer, text, final, token = _requests.get()
        try:
            rendered = renderer.render(text, final)
        except Exception:  # the renderer falls back to text itself; this is the last guard
            log.exception("rendering a reply failed")
            rendered = RenderedText("", (), ())
        try:
            relay.rendered.emit(token, rendered)
        except RuntimeError:  # the view (and its relay) is gone
            pass


def render_in_background(relay: RenderRelay, renderer: ReplyRenderer, text: str, final: bool, token) -> None:
    """Render ``text`` with ``renderer`` on the render thread; ``relay.rendered`` brings it back."""
    global _thread
    with _thread_lock:
        if _thread is None or not _thread.is_alive():
            sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
            _thread = threading.Thread(target=_serve, name="render", daemon=True)
            _thread.start()
    _requests.put((relay, renderer, text, final, token))
