"""The conversation as one read-only rich-text document, one frame per message.

Streaming stays cheap: tokens are gathered and the reply being written is
re-rendered at most every ``RENDER_INTERVAL_MS``, and only its own frame is
replaced, so the cost of a token does not grow with the length of the chat.
Everything the model writes goes through ``render_markdown`` (raw HTML shown as
text); nothing is fetched; a link opens in the browser only when clicked.
"""

from __future__ import annotations

import contextlib
import html
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer, QUrl, Signal
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
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.markdown_render import SAFE_LINK_SCHEMES, block_ends, render_markdown, render_plain

EARLIER_TEXT = "Show earlier messages"
RENDER_INTERVAL_MS = 40  # at most 25 re-renders a second while a reply streams
RENDER_BUDGET_S = 0.005  # GUI time one render may take before it leaves the rest for later
SETTLE_CHUNK_CHARS = 120  # finished blocks rendered together, up to about this much text
USER, ASSISTANT, NOTICE = "user", "assistant", "notice"


@dataclass(eq=False)
class _Streaming:
    message: ChatMessage
    tail_offset: int  # where the part still being written begins, from the start of the message's frame
    # (an offset, not a document position: re-rendering an earlier message moves positions)

    @property
    def tail_start(self) -> int:
        return self.message.frame.firstPosition() + self.tail_offset

    @tail_start.setter
    def tail_start(self, position: int) -> None:
        self.tail_offset = position - self.message.frame.firstPosition()

    settled: int = 0  # characters of the text rendered for good
    ending: bool = False  # the reply is complete; the footer goes on with the last render
    code_blocks: list[str] = field(default_factory=list)


@dataclass(eq=False)
class ChatMessage:
    role: str
    text: str
    author: str  # "You", or the model's name
    index: int = 0  # position in the conversation
    note: str = ""  # e.g. "stopped", figures
    code_blocks: tuple[str, ...] = ()
    frame: QTextFrame | None = field(default=None, repr=False)
    message_id: int | None = None  # in the store
    version: tuple[int, int] = (1, 1)  # this one of how many versions (edits, regenerations)


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
        self._streaming: _Streaming | None = None
        self._pending = False
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_streaming)
        self.document().setDocumentMargin(12)
        self._apply_style()

    # -- content -------------------------------------------------------------

    def clear_messages(self) -> None:
        self._render_timer.stop()
        self._streaming = None
        self.messages.clear()
        self.document().clear()

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
        message = ChatMessage(role, text, author, len(self.messages), note, message_id=message_id, version=version)
        self.messages.append(message)
        with self._one_change():
            message.frame = self._insert_frame(role)
            self._render(message)
        self._scroll_to_end()
        return message

    def begin_reply(self, author: str) -> ChatMessage:
        """An empty assistant message that ``append`` writes into."""
        self.finish_showing()
        message = ChatMessage(ASSISTANT, "", author, len(self.messages))
        self.messages.append(message)
        message.frame = self._insert_frame(ASSISTANT)
        tail_start = self._replace(message.frame, message.frame.firstPosition(), self._header(message), end_block=True)
        self._streaming = _Streaming(message, tail_start - message.frame.firstPosition())
        self._render_tail()
        self._scroll_to_end()
        return message

    def append(self, piece: str) -> None:
        if self._streaming is None:
            return
        self._streaming.message.text += piece
        if not self._render_timer.isActive():
            self._render_timer.start(RENDER_INTERVAL_MS)

    def end_reply(self, note: str = "") -> None:
        """The reply is complete: show the rest of it (over a few ticks if it is long), then its footer."""
        streaming = self._streaming
        if streaming is None:
            return
        streaming.message.note = note
        streaming.ending = True
        self._render_timer.stop()
        self._render_streaming()

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
            self._render_timer.stop()
            while not self._render_tail():
                pass
            self._streaming = None
            self.reply_shown.emit()

    def remove_last(self) -> None:
        """Take the last message away (a reply about to be written again)."""
        self.finish_showing()
        if not self.messages:
            return
        message = self.messages.pop()
        if self._streaming is not None and message is self._streaming.message:
            self._render_timer.stop()
            self._streaming = None
        cursor = QTextCursor(self.document())
        cursor.setPosition(message.frame.firstPosition() - 1)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    @property
    def streaming(self) -> bool:
        return self._streaming is not None

    # -- rendering -------------------------------------------------------------

    def _insert_frame(self, role: str) -> QTextFrame:
        palette = self.palette()
        dark = is_dark(palette)
        frame_format = QTextFrameFormat()
        frame_format.setPadding(10)
        frame_format.setBorder(0)
        frame_format.setTopMargin(6)
        frame_format.setBottomMargin(6)
        frame_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        if role == USER:
            background = palette.color(QPalette.ColorRole.Highlight)
            base = palette.color(QPalette.ColorRole.Base)
            frame_format.setBackground(_blend(background, base, 0.25 if dark else 0.14))
            frame_format.setLeftMargin(80)
        elif role == ASSISTANT:
            frame_format.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
            frame_format.setRightMargin(40)
        else:
            frame_format.setBackground(QColor("#5c1f1f" if dark else "#fdecea"))
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor.insertFrame(frame_format)

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
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        parts = []
        if message.role != NOTICE:
            parts.append(f'<a href="copy-message:{message.index}">Copy</a>')
        if message.role == USER and message.message_id is not None:
            parts.append(f'<a href="edit:{message.message_id}">Edit</a>')
        number, count = message.version
        if count > 1 and message.message_id is not None:
            back = f'<a href="version:{message.message_id}:-1">‹</a>' if number > 1 else "‹"
            forward = f'<a href="version:{message.message_id}:1">›</a>' if number < count else "›"
            parts.append(f"{back} {number}/{count} {forward}")
        if message.note:
            parts.append(html.escape(message.note))
        footer = "&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts)
        return f'<p style="color:{muted}; font-size:small">{footer}</p>' if footer else ""

    def set_ids(self, message: ChatMessage, message_id: int, version: tuple[int, int] = (1, 1)) -> None:
        """The store's id for a message shown (and which version it is): its footer links need them."""
        message.message_id, message.version = message_id, version
        if self._streaming is None or message is not self._streaming.message:
            with self._one_change():
                self._render(message)

    def _markdown(self, message: ChatMessage, text: str, first_block: int = 0):
        return render_markdown(
            text, is_dark(self.palette()), lambda i: f"copy-code:{message.index}:{i}", first_block=first_block
        )

    def _render(self, message: ChatMessage) -> None:
        """Render a whole message into its frame."""
        if message.role == ASSISTANT:
            rendered = self._markdown(message, message.text)
            body, message.code_blocks = rendered.html, rendered.code_blocks
        else:
            body = render_plain(message.text)
        self._replace(
            message.frame, message.frame.firstPosition(), self._header(message) + body + self._footer(message)
        )

    def _render_tail(self) -> bool:
        """Render what changed of the reply being written; True when it is all shown.

        Finished blocks are rendered once each, a few at a time within
        ``RENDER_BUDGET_S``, so a burst of text never blocks the window for long;
        then the unfinished rest is rendered again. Whatever is left over waits for
        the next tick.
        """
        started = time.perf_counter()
        streaming = self._streaming
        message, text = streaming.message, streaming.message.text
        base = streaming.settled
        ends = block_ends(text[base:])
        for number, end in enumerate(ends):
            last = number == len(ends) - 1
            if not last and base + end - streaming.settled < SETTLE_CHUNK_CHARS:
                continue  # take a few blocks together: fewer, larger renders
            self._settle(streaming, base + end)
            # Over half the budget: the rest (and the unfinished part) waits for the next tick,
            # so a paint can come in between.
            if time.perf_counter() - started > RENDER_BUDGET_S / 2:
                return False
        rendered = self._markdown(message, text[streaming.settled :], len(streaming.code_blocks))
        message.code_blocks = tuple(streaming.code_blocks) + rendered.code_blocks
        body = rendered.html
        if not text and not streaming.ending:
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            body = f'<p style="color:{muted}">…</p>'
        self._replace(message.frame, streaming.tail_start, body + (self._footer(message) if streaming.ending else ""))
        return True

    def _settle(self, streaming: _Streaming, end: int) -> None:
        message = streaming.message
        rendered = self._markdown(message, message.text[streaming.settled : end], len(streaming.code_blocks))
        streaming.code_blocks += rendered.code_blocks
        streaming.tail_start = self._replace(message.frame, streaming.tail_start, rendered.html, end_block=True)
        streaming.settled = end

    def _replace(self, frame: QTextFrame, start: int, html_text: str, end_block: bool = False) -> int:
        """Put ``html_text`` in place of everything in ``frame`` from ``start`` on; return where it ends.

        The first block of inserted HTML merges into the block at ``start`` and
        keeps that block's format, so the block is first given the format the HTML's
        own first block has (a code block stays a code block). ``end_block`` starts
        an empty block after it, where the next part will go.
        """
        parsed = QTextDocument()
        parsed.setDefaultStyleSheet(self.document().defaultStyleSheet())
        parsed.setHtml(html_text)
        first = parsed.begin()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(first.blockFormat())
        cursor.setBlockCharFormat(first.charFormat())
        cursor.insertFragment(QTextDocumentFragment(parsed))
        if end_block:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        return cursor.position()

    def _render_streaming(self) -> None:
        streaming = self._streaming
        if streaming is None:
            return
        follow = self._at_end()
        with self._one_change():
            shown = self._render_tail()
        if follow:
            self._scroll_to_end()
        if not shown:
            self._render_timer.start(0)  # more to show: go on after other events
        elif streaming.ending:
            self._streaming = None
            self.reply_shown.emit()

    def _at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 40

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _apply_style(self) -> None:
        self.document().setDefaultStyleSheet("p { margin-top: 2px; margin-bottom: 6px; } pre { margin: 4px; }")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self.messages and not self._streaming:
            self._rebuild()

    def _rebuild(self) -> None:
        """Render every message again (after a light/dark switch)."""
        messages = list(self.messages)
        self.document().clear()
        for message in messages:
            message.frame = self._insert_frame(message.role)
            self._render(message)

    # -- links -----------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("copy-message:"):
            index = int(text.split(":")[1])
            if 0 <= index < len(self.messages):
                self._copy(self.messages[index].text, "Message copied")
        elif text.startswith("copy-code:"):
            _, index, block = text.split(":")
            message = self.messages[int(index)] if int(index) < len(self.messages) else None
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
