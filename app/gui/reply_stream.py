"""The reply being written, put into the chat view as it grows.

Streaming stays cheap and the window stays responsive: the reply is rendered at most every
``RENDER_INTERVAL_MS`` on the render thread (``render_worker``), never on the GUI thread; the
GUI thread only puts in place the pieces that changed, within ``RENDER_BUDGET_S`` a tick, and
only in the reply's own frame, so the cost of a token does not grow with the chat. When the
reply ends it is rendered once more, whole, exactly as a saved reply is rendered when the chat
is opened again, and then gets its footer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTextEdit

from app.core.chat.markdown_render import RenderedText, ReplyRenderer
from app.gui.message_frames import first_difference, one_change, put_footer, put_pieces, show_rendered
from app.gui.message_html import ChatMessage, copy_code_links, footer_html, is_dark, waiting_html
from app.gui.render_worker import RenderRelay, render_in_background

RENDER_INTERVAL_MS = 40  # at most 25 renders a second while a reply streams
# GUI time a tick may spend putting pieces in place: the layout and the paint after it cost as much
# again or more, and one piece may run past it, so a tick stays well inside a frame (16 ms).
RENDER_BUDGET_S = 0.0025


@dataclass(eq=False)
class _Streaming:
    message: ChatMessage
    renderer: ReplyRenderer
    ending: bool = False  # the reply is complete; it is rendered whole once more, then gets its footer
    in_flight: bool = False  # a render of it is on the render thread
    target: RenderedText | None = None  # rendered, being put in place
    target_final: bool = False
    rendered_text: str | None = None  # the text of the last render asked for


def follows_end(view: QTextEdit) -> bool:
    """The view shows its end (within a line or two): what is added there stays shown."""
    bar = view.verticalScrollBar()
    return bar.value() >= bar.maximum() - 40


def scroll_to_end(view: QTextEdit) -> None:
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())


class ReplyStream(QObject):
    """Writes one reply at a time into its frame of ``view``'s document."""

    shown = Signal()  # the reply that ended is now shown in full, footer and all

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._streaming: _Streaming | None = None
        self._relay = RenderRelay()
        self._relay.rendered.connect(self._rendered)
        self._render_timer = QTimer(self)  # the next render of the reply being written
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._request_render)
        self._apply_timer = QTimer(self)  # the next tick of putting a render in place
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self._apply_step)

    @property
    def message(self) -> ChatMessage | None:
        """The reply being written, or being shown after it ended; None when there is none."""
        return self._streaming.message if self._streaming is not None else None

    def start(self, message: ChatMessage) -> None:
        """Write into ``message`` (its frame is in place); ``add`` gives it its text."""
        renderer = ReplyRenderer(is_dark(self._view.palette()), copy_code_links(message.key))
        self._streaming = _Streaming(message, renderer)

    def show_waiting(self) -> None:
        """The body of a reply nothing of which is written yet."""
        document = self._view.document()
        put_pieces(document, self._streaming.message, [waiting_html(self._view.palette())], 0, budget_s=None)

    def add(self, piece: str) -> None:
        if self._streaming is None:
            return
        self._streaming.message.text += piece
        self._schedule()

    def end(self, note: str) -> None:
        """The reply is complete: render it whole once more, show it (over a few ticks if it is
        long), then its footer."""
        streaming = self._streaming
        if streaming is None:
            return
        streaming.message.note = note
        streaming.ending = True
        self._render_timer.stop()
        self._schedule()

    def finish_now(self) -> None:
        """Show all of a reply that ended but is still being shown, now."""
        streaming = self._streaming
        if streaming is None or not streaming.ending:
            return
        message = streaming.message
        self.stop()
        document = self._view.document()
        with one_change(document):
            rendered = streaming.renderer.render(message.text, final=True)
            show_rendered(document, message, rendered, footer_html(message, self._view.palette()))
        self.shown.emit()

    def stop(self) -> None:
        self._render_timer.stop()
        self._apply_timer.stop()
        self._streaming = None  # a render still in flight is dropped when it comes back

    def _schedule(self) -> None:
        """Ask for the next render of the reply, unless one is in flight or being put in place."""
        streaming = self._streaming
        if streaming is None or streaming.in_flight or streaming.target is not None:
            return
        if streaming.ending:
            self._request_render()
        elif streaming.message.text != streaming.rendered_text and not self._render_timer.isActive():
            self._render_timer.start(RENDER_INTERVAL_MS)

    def _request_render(self) -> None:
        streaming = self._streaming
        if streaming is None or streaming.in_flight:
            return
        streaming.in_flight = True
        streaming.rendered_text = streaming.message.text
        final = streaming.ending
        render_in_background(self._relay, streaming.renderer, streaming.message.text, final, (streaming, final))

    def _rendered(self, token, rendered: RenderedText) -> None:
        streaming, final = token
        if streaming is not self._streaming:
            return  # the reply was taken away, or the chat changed, meanwhile
        streaming.in_flight = False
        pieces = rendered.pieces or ((waiting_html(self._view.palette()),) if not final else ())
        streaming.target, streaming.target_final = RenderedText(rendered.html, rendered.code_blocks, pieces), final
        self._apply_step()

    def _apply_step(self) -> None:
        """One tick of putting the last render in place (at most ``RENDER_BUDGET_S`` of work)."""
        streaming = self._streaming
        if streaming is None or streaming.target is None:
            return
        message, target = streaming.message, streaming.target
        document = self._view.document()
        follow = follows_end(self._view)
        with one_change(document):
            keep = first_difference(message, target.pieces)
            done = put_pieces(document, message, list(target.pieces), keep, RENDER_BUDGET_S)
            message.code_blocks = target.code_blocks
            if done and streaming.target_final:
                put_footer(document, message, footer_html(message, self._view.palette()))
        if follow:
            scroll_to_end(self._view)
        if not done:
            self._apply_timer.start(0)  # more to put in place: go on after other events (a paint, input)
            return
        streaming.target = None
        if streaming.target_final:
            self._streaming = None
            self.shown.emit()
        else:
            self._schedule()
