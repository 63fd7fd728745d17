"""The conversation as one read-only rich-text document, one frame per message.

A message's frame holds its header, its body as the renderer's HTML pieces (one per
top-level block), and its footer. Streaming stays cheap and the window stays
responsive: the reply being written is rendered at most every ``RENDER_INTERVAL_MS``
on the render thread (``render_worker``), never on the GUI thread; the GUI thread
only puts in place the pieces that changed, within ``RENDER_BUDGET_S`` a tick, and
only in the reply's own frame, so the cost of a token does not grow with the chat.
When the reply ends it is rendered once more, whole, exactly as a saved reply is
rendered when the chat is opened again.
Everything the model writes goes through ``render_markdown`` (raw HTML shown as
text); nothing is fetched; a link opens in the browser only when clicked.
"""

from __future__ import annotations

import contextlib
import html
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from app.core.chat.markdown_render import SAFE_LINK_SCHEMES, RenderedText, ReplyRenderer, render_markdown, render_plain
from app.core.chat.store import ASSISTANT, USER
from app.gui.render_worker import RenderRelay, render_in_background
from app.gui.theme import chat_colours

EARLIER_TEXT = "Show earlier messages"
RENDER_INTERVAL_MS = 40  # at most 25 renders a second while a reply streams
RENDER_BUDGET_S = 0.006  # GUI time a tick may spend putting pieces in place before it leaves the rest for the next
NOTICE = "notice"  # a line from ShortChat itself, never stored
BUTTON_LINKS = ("copy-message:", "edit:", "version:")  # the links under a message, shown as buttons
BUTTON_PADDING, BUTTON_SPACING = 5, 6  # px


@dataclass(eq=False)
class _Streaming:
    message: ChatMessage
    renderer: ReplyRenderer
    ending: bool = False  # the reply is complete; it is rendered whole once more, then gets its footer
    in_flight: bool = False  # a render of it is on the render thread
    target: RenderedText | None = None  # rendered, being put in place
    target_final: bool = False
    rendered_text: str | None = None  # the text of the last render asked for


@dataclass(eq=False)
class ChatMessage:
    role: str
    text: str
    author: str
    key: int = 0  # names the message in its links ("copy-message:KEY"); never reused in a view
    note: str = ""  # e.g. "stopped", figures
    code_blocks: tuple[str, ...] = ()
    frame: QTextFrame | None = field(default=None, repr=False)
    message_id: int | None = None  # in the store
    version: tuple[int, int] = (1, 1)  # this one of how many versions (edits, regenerations)
    # What the frame shows: the body's pieces, and where each ends (offsets from the frame's first
    # position, not document positions: rendering an earlier message moves positions).
    pieces: list[str] = field(default_factory=list, repr=False)
    piece_ends: list[int] = field(default_factory=list, repr=False)
    body_start: int = 0


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class ChatView(QTextBrowser):
    """Shows messages; ``begin_reply``/``append``/``end_reply`` stream an assistant reply into it."""

    copied = Signal(str)  # what was put on the clipboard, for the status bar
    reply_shown = Signal()  # the reply that ended is now shown in full
    action = Signal(str)  # "edit:ID", "version:ID:±1", "earlier:" links, for the window

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAccessibleName("Conversation")
        self.anchorClicked.connect(self._on_link)
        self.messages: list[ChatMessage] = []
        self._by_key: dict[int, ChatMessage] = {}
        self._next_key = 0
        self._streaming: _Streaming | None = None
        self._relay = RenderRelay()
        self._relay.rendered.connect(self._rendered)
        self._render_timer = QTimer(self)  # the next render of the reply being written
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._request_render)
        self._apply_timer = QTimer(self)  # the next tick of putting a render in place
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self._apply_step)
        self.document().setDocumentMargin(12)
        self._apply_style()
        self._pinned_to_end = False
        self.marked_message: int | None = None  # the message a search jumped to, marked
        self.verticalScrollBar().actionTriggered.connect(self._unpin)  # the person scrolls: let go

    # -- content -------------------------------------------------------------

    def clear_messages(self) -> None:
        self.clear_mark()
        self._stop_streaming()
        self.messages.clear()
        self._by_key.clear()
        self._next_key = 0
        self.document().clear()

    def _new_message(self, role: str, text: str, author: str, note: str = "", message_id=None, version=(1, 1)):
        message = ChatMessage(role, text, author, self._next_key, note, message_id=message_id, version=version)
        self._next_key += 1
        self._by_key[message.key] = message
        return message

    def add_message(
        self,
        role: str,
        text: str,
        author: str,
        note: str = "",
        message_id: int | None = None,
        version: tuple[int, int] = (1, 1),
    ) -> ChatMessage:
        self.finish_showing()
        message = self._new_message(role, text, author, note, message_id, version)
        self.messages.append(message)
        with self._one_change():
            message.frame = self._insert_frame(role)
            self._render(message)
        self._scroll_to_end()
        return message

    def prepend_messages(self, shown: list[tuple]) -> list[ChatMessage]:
        """Put earlier messages above the first one shown, each ``(role, text, author, note,
        message_id, version)``, oldest first. Only they are rendered: the cost is theirs."""
        added = [self._new_message(*item) for item in shown]
        if not added:
            return added
        first = next((m.frame for m in self.messages), None)
        with self._one_change():
            cursor = QTextCursor(self.document())
            if first is not None:
                cursor.setPosition(first.firstPosition() - 1)  # the block before it: a frame put there goes first
            else:
                cursor.movePosition(QTextCursor.MoveOperation.End)
            for message in added:
                message.frame = cursor.insertFrame(self._frame_format(message.role))
                self._render(message)
                cursor.setPosition(message.frame.lastPosition() + 1)
        self.messages[:0] = added
        return added

    def begin_reply(self, author: str) -> ChatMessage:
        """An empty assistant message that ``append`` writes into."""
        self.finish_showing()
        message = self._new_message(ASSISTANT, "", author)
        self.messages.append(message)
        key = message.key
        renderer = ReplyRenderer(is_dark(self.palette()), lambda i: f"copy-code:{key}:{i}")
        self._streaming = _Streaming(message, renderer)
        with self._one_change():
            message.frame = self._insert_frame(ASSISTANT)
            self._start_body(message)
            self._put_pieces(message, [self._waiting()], 0, budget_s=None)
        self._scroll_to_end()
        return message

    def resume_reply(self) -> ChatMessage | None:
        """Write on into the last reply (Continue): ``append`` adds to its text."""
        self.finish_showing()
        if not self.messages or self.messages[-1].role != ASSISTANT:
            return None
        message = self.messages[-1]
        key = message.key
        message.note = ""
        self._streaming = _Streaming(message, ReplyRenderer(is_dark(self.palette()), lambda i: f"copy-code:{key}:{i}"))
        self._schedule()
        return message

    def append(self, piece: str) -> None:
        if self._streaming is None:
            return
        self._streaming.message.text += piece
        self._schedule()

    def end_reply(self, note: str = "") -> None:
        """The reply is complete: render it whole once more, show it (over a few ticks if it is
        long), then its footer."""
        streaming = self._streaming
        if streaming is None:
            return
        streaming.message.note = note
        streaming.ending = True
        self._render_timer.stop()
        self._schedule()

    def show_earlier_link(self, shown: bool) -> None:
        """A "Show earlier messages" line above the first message (a long chat opens with its end)."""
        first = self.document().rootFrame().firstCursorPosition()
        block = first.block()
        has_link = block.text() == EARLIER_TEXT
        if shown == has_link:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(0)
        if shown:
            cursor.insertHtml(f'<p align="center"><a href="earlier:">{EARLIER_TEXT}</a></p>')
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        else:
            cursor.setPosition(block.position() + block.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()

    def truncate(self, count: int) -> None:
        """Keep only the first ``count`` messages shown."""
        while len(self.messages) > count:
            self.remove_last()

    def finish_showing(self) -> None:
        """Show all of a reply that ended but is still being shown, now."""
        streaming = self._streaming
        if streaming is not None and streaming.ending:
            message = streaming.message
            self._stop_streaming()
            with self._one_change():
                self._show_rendered(message, streaming.renderer.render(message.text, final=True))
            self.reply_shown.emit()

    def remove_last(self) -> None:
        """Take the last message away (a reply about to be written again)."""
        self.finish_showing()
        if not self.messages:
            return
        message = self.messages.pop()
        self._by_key.pop(message.key, None)
        if self._streaming is not None and message is self._streaming.message:
            self._stop_streaming()
        cursor = QTextCursor(self.document())
        cursor.setPosition(message.frame.firstPosition() - 1)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    @property
    def streaming(self) -> bool:
        return self._streaming is not None

    # -- rendering -------------------------------------------------------------

    def _frame_format(self, role: str) -> QTextFrameFormat:
        palette = self.palette()
        dark = is_dark(palette)
        frame_format = QTextFrameFormat()
        frame_format.setPadding(10)
        frame_format.setBorder(0)
        frame_format.setTopMargin(6)
        frame_format.setBottomMargin(6)
        frame_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if role == USER:
            frame_format.setBackground(QColor(chat_colours(palette)["accent_background"]))
            frame_format.setLeftMargin(80)
        elif role == ASSISTANT:
            frame_format.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
            frame_format.setRightMargin(40)
        else:
            frame_format.setBackground(QColor("#5c1f1f" if dark else "#fdecea"))
        return frame_format

    def _insert_frame(self, role: str) -> QTextFrame:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor.insertFrame(self._frame_format(role))

    @contextlib.contextmanager
    def _one_change(self):
        """Group edits, so the document lays itself out once for all of them, not once per
        edit: each layout pass visits every message's frame, so it costs more as the chat grows."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        try:
            yield
        finally:
            cursor.endEditBlock()

    def _header(self, message: ChatMessage) -> str:
        return f'<p style="font-weight:600">{html.escape(message.author)}</p>'

    def _footer(self, message: ChatMessage) -> str:
        """Buttons under a message (Copy, Edit, ‹ n/m ›) and its note: a row of table cells that look
        and click like buttons (the whole cell, see ``_button_at``), reachable with Tab as links."""
        colours = chat_colours(self.palette())
        cells = []

        def button(href: str | None, label: str, tip: str) -> None:
            style = f"background-color:{colours['button_background']}; border: 1px solid {colours['button_border']}"
            if href is None:  # nothing that way: shown, not clickable
                inner = f'<span style="color:{colours["muted"]}">{label}</span>'
            else:
                inner = (
                    f'<a href="{href}" title="{html.escape(tip)}" '
                    f'style="color:{colours["button_text"]}; text-decoration:none">{label}</a>'
                )
            cells.append(f'<td style="{style}">{inner}</td>')

        if message.role != NOTICE:
            button(f"copy-message:{message.key}", "Copy", "Copy this message")
        if message.role == USER and message.message_id is not None:
            button(f"edit:{message.message_id}", "Edit", "Change this question and ask it again")
        number, count = message.version
        if count > 1 and message.message_id is not None:
            button(f"version:{message.message_id}:-1" if number > 1 else None, "&nbsp;‹&nbsp;", "The version before")
            cells.append(f'<td style="color:{colours["muted"]}">{number}/{count}</td>')
            button(f"version:{message.message_id}:1" if number < count else None, "&nbsp;›&nbsp;", "The version after")
        if message.note:
            cells.append(f'<td style="color:{colours["muted"]}">{html.escape(message.note)}</td>')
        if not cells:
            return ""
        return (
            f'<table cellspacing="{BUTTON_SPACING}" cellpadding="{BUTTON_PADDING}" '
            f'style="border-collapse: separate; border-width: 0">'  # apart, unlike a reply's own tables
            f"<tr>{''.join(cells)}</tr></table>"
        )

    def _button_at(self, point) -> str:
        """The footer button (Copy, Edit, ‹ ›) under ``point`` in the viewport, anywhere in its cell."""
        href = self.anchorAt(point)
        if href:
            return href if href.startswith(BUTTON_LINKS) else ""
        cursor = self.cursorForPosition(point)
        table = cursor.currentTable()
        if table is None:
            return ""
        cell = table.cellAt(cursor)
        if not cell.isValid():
            return ""
        block = cell.firstCursorPosition().block()
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href.startswith(BUTTON_LINKS):
                break
            fragments += 1
        else:
            return ""
        layout = self.document().documentLayout()
        pad = BUTTON_PADDING
        area = layout.blockBoundingRect(block).adjusted(-pad, -pad, pad, pad)
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return href if area.contains(QPointF(point) + offset) else ""

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().mouseMoveEvent(event)
        if self._button_at(event.position().toPoint()):
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's API
        href = self._button_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else ""
        if href and not self.anchorAt(event.position().toPoint()):  # a link's own click is Qt's
            self._on_link(QUrl(href))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _waiting(self) -> str:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        return f'<p style="color:{muted}">…</p>'

    def set_ids(self, message: ChatMessage, message_id: int, version: tuple[int, int] = (1, 1)) -> None:
        """The store's id for a message shown (and which version it is): its footer links need them."""
        message.message_id, message.version = message_id, version
        if self._streaming is None or message is not self._streaming.message:
            with self._one_change():
                self._render(message)

    def _render(self, message: ChatMessage) -> None:
        """Render a whole message into its frame (an assistant's as a reply that has ended)."""
        if message.role == ASSISTANT:
            key = message.key
            rendered = render_markdown(message.text, is_dark(self.palette()), lambda i: f"copy-code:{key}:{i}")
        else:
            rendered = RenderedText("", (), (render_plain(message.text),))
        self._start_body(message)
        self._show_rendered(message, rendered)

    def _show_rendered(self, message: ChatMessage, rendered: RenderedText) -> None:
        message.code_blocks = rendered.code_blocks
        self._put_pieces(message, list(rendered.pieces), self._first_difference(message, rendered.pieces), None)
        self._put_footer(message)

    def _start_body(self, message: ChatMessage) -> None:
        """Empty the frame but for the header, and an empty block where the body goes."""
        frame = message.frame
        end = self._replace(frame, frame.firstPosition(), self._header(message), end_block=True)
        message.body_start = end - frame.firstPosition()
        message.pieces, message.piece_ends = [], []

    @staticmethod
    def _first_difference(message: ChatMessage, pieces) -> int:
        shown = message.pieces
        same = 0
        while same < len(shown) and same < len(pieces) and shown[same] == pieces[same]:
            same += 1
        return same

    def _put_pieces(self, message: ChatMessage, pieces: list[str], keep: int, budget_s: float | None) -> bool:
        """Show ``pieces`` as the body: the first ``keep`` already are; the rest go in, one
        after the other, until ``budget_s`` has been spent (None: all). True when all are in."""
        started = time.perf_counter()
        frame = message.frame
        if keep < len(message.pieces) or len(message.pieces) != len(message.piece_ends):
            del message.pieces[keep:], message.piece_ends[keep:]
            start = frame.firstPosition() + (message.piece_ends[-1] if message.piece_ends else message.body_start)
            self._replace(frame, start, "", end_block=False, keep_format=True)
        while len(message.pieces) < len(pieces):
            if budget_s is not None and message.pieces and time.perf_counter() - started > budget_s:
                return False
            start = frame.firstPosition() + (message.piece_ends[-1] if message.piece_ends else message.body_start)
            end = self._replace(frame, start, pieces[len(message.pieces)], end_block=True)
            message.pieces.append(pieces[len(message.pieces)])
            message.piece_ends.append(end - frame.firstPosition())
        return True

    def _put_footer(self, message: ChatMessage) -> None:
        frame = message.frame
        start = frame.firstPosition() + (message.piece_ends[-1] if message.piece_ends else message.body_start)
        footer = self._footer(message)
        if footer:
            self._replace(frame, start, footer)
        else:  # no footer: no empty block after the last piece either
            cursor = QTextCursor(self.document())
            cursor.setPosition(start - 1)
            cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()

    def _replace(
        self, frame: QTextFrame, start: int, html_text: str, end_block: bool = False, keep_format: bool = False
    ) -> int:
        """Put ``html_text`` in place of everything in ``frame`` from ``start`` on; return where it ends.

        The first block of inserted HTML merges into the block at ``start`` and
        keeps that block's format, so the block is first given the format the HTML's
        own first block has (a code block stays a code block). ``end_block`` starts
        an empty block after it, where the next part will go.
        """
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if keep_format:
            return cursor.position()
        parsed = QTextDocument()
        parsed.setDefaultStyleSheet(self.document().defaultStyleSheet())
        parsed.setHtml(html_text)
        first = parsed.begin()
        cursor.setBlockFormat(first.blockFormat())
        cursor.setBlockCharFormat(first.charFormat())
        cursor.insertFragment(QTextDocumentFragment(parsed))
        if end_block:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        return cursor.position()

    # -- the reply being written ---------------------------------------------------

    def _stop_streaming(self) -> None:
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
        pieces = rendered.pieces or ((self._waiting(),) if not final else ())
        streaming.target, streaming.target_final = RenderedText(rendered.html, rendered.code_blocks, pieces), final
        self._apply_step()

    def _apply_step(self) -> None:
        """One tick of putting the last render in place (at most ``RENDER_BUDGET_S`` of work)."""
        streaming = self._streaming
        if streaming is None or streaming.target is None:
            return
        message, target = streaming.message, streaming.target
        follow = self._at_end()
        with self._one_change():
            keep = self._first_difference(message, target.pieces)
            done = self._put_pieces(message, list(target.pieces), keep, RENDER_BUDGET_S)
            message.code_blocks = target.code_blocks
            if done and streaming.target_final:
                self._put_footer(message)
        if follow:
            self._scroll_to_end()
        if not done:
            self._apply_timer.start(0)  # more to put in place: go on after other events (a paint, input)
            return
        streaming.target = None
        if streaming.target_final:
            self._streaming = None
            self.reply_shown.emit()
        else:
            self._schedule()

    def _at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 40

    def open_at_end(self) -> None:
        """Show the newest message, and keep it shown while the view gets its size (the window
        being laid out at start, the chat page coming back from Models) until the person scrolls."""
        self._pinned_to_end = True
        self._scroll_to_end()
        QTimer.singleShot(0, self._keep_pinned)

    def _keep_pinned(self) -> None:
        if getattr(self, "_pinned_to_end", False):
            self._scroll_to_end()

    def _unpin(self, action: int) -> None:  # noqa: ARG002 - Qt's signal
        self._pinned_to_end = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._keep_pinned()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().showEvent(event)
        self._keep_pinned()

    def show_message(self, message_id: int) -> bool:
        """Scroll to a saved message and mark it (a search hit); False when it is not shown."""
        message = next((m for m in self.messages if m.message_id == message_id), None)
        if message is None or message.frame is None:
            return False
        self._pinned_to_end = False
        start = QTextCursor(self.document())
        start.setPosition(message.frame.firstPosition())
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(self.document())
        mark.cursor.setPosition(message.frame.firstPosition())
        mark.cursor.setPosition(message.frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        mark.format.setBackground(_blend(self.palette().color(QPalette.ColorRole.Highlight),
                                         self.palette().color(QPalette.ColorRole.Base), 0.35))  # fmt: skip
        self.setExtraSelections([mark])
        self.marked_message = message_id
        top = self.cursorRect(start).top() + self.verticalScrollBar().value()
        self.verticalScrollBar().setValue(max(0, top - 24))
        return True

    def clear_mark(self) -> None:
        self.setExtraSelections([])
        self.marked_message = None

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _apply_style(self) -> None:
        """Colours readable on every message's background in both themes (links were blue on
        blue in dark mode), and tables with borders and padding."""
        colours = chat_colours(self.palette())
        self.document().setDefaultStyleSheet(
            "p { margin-top: 2px; margin-bottom: 6px; } pre { margin: 4px; }"
            f" a {{ color: {colours['link']}; }}"
            f" table {{ border-collapse: collapse; border-color: {colours['muted']}; border-style: solid;"
            " margin-top: 4px; margin-bottom: 6px; }"
            f" th, td {{ border: 1px solid {colours['muted']}; padding: 4px 8px; }}"
            f" th {{ background-color: {colours['code_background']}; }}"
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._apply_style()
            if self.messages and not self._streaming:
                self._rebuild()

    def _rebuild(self) -> None:
        """Render every message again (after a light/dark switch)."""
        messages = list(self.messages)
        self.document().clear()
        with self._one_change():
            for message in messages:
                message.frame = self._insert_frame(message.role)
                self._render(message)

    # -- links -----------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("copy-message:"):
            message = self._by_key.get(int(text.split(":")[1]))
            if message is not None:
                self._copy(message.text, "Message copied")
        elif text.startswith("copy-code:"):
            _, key, block = text.split(":")
            message = self._by_key.get(int(key))
            if message is not None and int(block) < len(message.code_blocks):
                self._copy(message.code_blocks[int(block)], "Code copied")
        elif text.startswith(("edit:", "version:", "earlier:")):
            self.action.emit(text)
        elif text.lower().startswith(SAFE_LINK_SCHEMES):
            QDesktopServices.openUrl(url)

    def _copy(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(what)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802, ARG002 - Qt's API
        """Never fetch anything a message refers to (images, style sheets)."""
        return None


def _blend(color: QColor, base: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (color.red() - base.red()) * amount),
        round(base.green() + (color.green() - base.green()) * amount),
        round(base.blue() + (color.blue() - base.blue()) * amount),
    )
