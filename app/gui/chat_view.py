"""The conversation as one read-only rich-text document, one frame per message.

What a message looks like is ``message_html``; how it is put into its frame is
``message_frames``; the reply being written is put in place by ``reply_stream``, off the
GUI thread and within a budget a tick. This widget holds the messages, scrolls, and turns
a click on a message's buttons into a copy or a typed request for the window.
Everything the model writes goes through ``render_markdown`` (raw HTML shown as
text); nothing is fetched; a link opens in the browser only when clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from app.core.chat.markdown_render import SAFE_LINK_SCHEMES, RenderedText, render_markdown, render_plain
from app.gui.announce import announce
from app.gui.flat_scroll_bar import make_flat
from app.gui.message_frames import one_change, show_rendered, start_body
from app.gui.message_html import (
    ASSISTANT,
    BUTTON_LINKS,
    BUTTON_PADDING,
    NOTICE,
    USER,
    ChatMessage,
    copy_code_links,
    earlier_html,
    earlier_text,
    footer_html,
    frame_format,
    is_dark,
    mark_colour,
    message_words,
    read_link,
    style_sheet,
)
from app.gui.reply_stream import ReplyStream, scroll_to_end

__all__ = ["ASSISTANT", "NOTICE", "USER", "ChatMessage", "ChatView", "render_markdown"]


class ChatView(QTextBrowser):
    """Shows messages; ``begin_reply``/``append``/``end_reply`` stream an assistant reply into it."""

    copied = Signal(str)  # what was put on the clipboard, for the status bar
    reply_shown = Signal()  # the reply that ended is now shown in full
    announced = Signal(str)  # what a screen reader was told (a finished reply, once; a message read out)
    edit_requested = Signal(int)  # the store's id of the question whose Edit button was clicked
    version_requested = Signal(int, int)  # a message's id, and -1 or +1: the version before or after it
    earlier_requested = Signal()  # "Show earlier messages" was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAccessibleName(QCoreApplication.translate("ChatView", "Conversation"))
        self.anchorClicked.connect(self._on_link)
        self.messages: list[ChatMessage] = []
        self._by_key: dict[int, ChatMessage] = {}
        self._next_key = 0
        self._stream = ReplyStream(self)
        self._stream.shown.connect(self.reply_shown)
        self._stream.shown.connect(self._announce_reply)
        self.setTabChangesFocus(True)  # Tab moves on to the message box; it never stays in the chat
        make_flat(self.verticalScrollBar())  # repainted every tick of a reply: Fusion's took as long as the text
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "ChatView",
                "The messages of this chat. Ctrl+Up and Ctrl+Down read the messages one by one; "
                "Alt+Down and Alt+Up move between a message's buttons; a finished reply is read out once.",
            )
        )
        self.document().setDocumentMargin(12)
        self._apply_style()
        self._pinned_to_end = False
        self.marked_message: int | None = None  # the message a search jumped to, marked
        self._read_key: int | None = None  # the key of the message Ctrl+Up / Ctrl+Down read out last
        self.verticalScrollBar().actionTriggered.connect(self._unpin)  # the person scrolls: let go

    # -- content -------------------------------------------------------------

    def clear_messages(self) -> None:
        self.clear_mark()
        self._stream.stop()
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
        with one_change(self.document()):
            message.frame = self._insert_frame(role)
            self._render(message)
        scroll_to_end(self)
        return message

    def prepend_messages(self, shown: list[tuple]) -> list[ChatMessage]:
        """Put earlier messages above the first one shown, each ``(role, text, author, note,
        message_id, version)``, oldest first. Only they are rendered: the cost is theirs."""
        added = [self._new_message(*item) for item in shown]
        if not added:
            return added
        first = next((m.frame for m in self.messages), None)
        with one_change(self.document()):
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
        self._stream.start(message)
        with one_change(self.document()):
            message.frame = self._insert_frame(ASSISTANT)
            start_body(self.document(), message)
            self._stream.show_waiting()
        scroll_to_end(self)
        return message

    def resume_reply(self) -> ChatMessage | None:
        """Write on into the last reply (Continue): ``append`` adds to its text."""
        self.finish_showing()
        if not self.messages or self.messages[-1].role != ASSISTANT:
            return None
        message = self.messages[-1]
        message.note = ""
        self._stream.start(message)
        self._stream.add("")  # render what it holds, then what comes
        return message

    def append(self, piece: str) -> None:
        self._stream.add(piece)

    # -- keyboard ----------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's API
        """Tab and Shift+Tab leave the chat: QTextBrowser would walk every link of every message
        first (two or more a message), which in a long chat is a trap. Alt+Down / Alt+Up walk them."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's API
        arrows = {Qt.Key.Key_Down: True, Qt.Key.Key_Up: False}
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in arrows:
            QTextBrowser.focusNextPrevChild(self, arrows[event.key()])  # the next or previous link; Enter opens it
            return
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in arrows:
            self.read_message(1 if arrows[event.key()] else -1)
            return
        super().keyPressEvent(event)

    def _announce_reply(self) -> None:
        """Once per finished reply, its author and words: a screen reader is not fed every token."""
        last = self.messages[-1] if self.messages else None
        if last is None or last.role != ASSISTANT:
            return
        text = QCoreApplication.translate("ChatView", "{author} replied: {reply}").format(
            author=last.author, reply=last.text
        )
        self._say(text)

    def _say(self, text: str) -> None:
        announce(self, text)
        self.announced.emit(text)

    def end_reply(self, note: str = "") -> None:
        """The reply is complete: render it whole once more, show it (over a few ticks if it is
        long), then its footer; ``reply_shown`` says when."""
        self._stream.end(note)

    def show_earlier_link(self, shown: bool) -> None:
        """A "Show earlier messages" line above the first message (a long chat opens with its end)."""
        first = self.document().rootFrame().firstCursorPosition()
        block = first.block()
        has_link = block.text() == earlier_text()
        if shown == has_link:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(0)
        if shown:
            cursor.insertHtml(earlier_html())
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
        self._stream.finish_now()

    def remove_last(self) -> None:
        """Take the last message away (a reply about to be written again)."""
        self.finish_showing()
        if not self.messages:
            return
        message = self.messages.pop()
        self._by_key.pop(message.key, None)
        if message is self._stream.message:
            self._stream.stop()
        cursor = QTextCursor(self.document())
        cursor.setPosition(message.frame.firstPosition() - 1)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    @property
    def streaming(self) -> bool:
        return self._stream.message is not None

    # -- rendering -------------------------------------------------------------

    def _frame_format(self, role: str) -> QTextFrameFormat:
        return frame_format(role, self.palette())

    def _footer(self, message: ChatMessage) -> str:
        return footer_html(message, self.palette())

    def _insert_frame(self, role: str) -> QTextFrame:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor.insertFrame(self._frame_format(role))

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

    def set_ids(self, message: ChatMessage, message_id: int, version: tuple[int, int] = (1, 1)) -> None:
        """The store's id for a message shown (and which version it is): its footer links need them."""
        message.message_id, message.version = message_id, version
        if message is not self._stream.message:
            with one_change(self.document()):
                self._render(message)

    def _render(self, message: ChatMessage) -> None:
        """Render a whole message into its frame (an assistant's as a reply that has ended)."""
        if message.role == ASSISTANT:
            rendered = render_markdown(message.text, is_dark(self.palette()), copy_code_links(message.key))
        else:
            rendered = RenderedText("", (), (render_plain(message.text),))
        start_body(self.document(), message)
        show_rendered(self.document(), message, rendered, self._footer(message))

    def open_at_end(self) -> None:
        """Show the newest message, and keep it shown while the view gets its size (the window
        being laid out at start, the chat page coming back from Models) until the person scrolls."""
        self._pinned_to_end = True
        scroll_to_end(self)
        QTimer.singleShot(0, self._keep_pinned)

    def _keep_pinned(self) -> None:
        if getattr(self, "_pinned_to_end", False):
            scroll_to_end(self)

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
        self._mark(message)
        self.marked_message = message_id
        return True

    def read_message(self, step: int) -> ChatMessage | None:
        """Ctrl+Up / Ctrl+Down: the message before (-1) or after (+1) the one read last (the last
        message at first), marked, scrolled to and read out whole, with its author: one item at a
        time for a screen reader, not a document to walk line by line. Alt+Down then reaches its buttons."""
        shown = [m for m in self.messages if m.frame is not None]
        if not shown:
            return None
        keys = [m.key for m in shown]
        now = keys.index(self._read_key) if self._read_key in keys else None
        index = len(shown) - 1 if now is None else min(max(now + step, 0), len(shown) - 1)
        message = shown[index]
        self._mark(message)
        self._read_key = message.key
        self._say(message_words(message, index + 1, len(shown)))
        return message

    def _mark(self, message: ChatMessage) -> None:
        """Mark ``message``, select its author line and scroll it into sight, from the top. (Alt+Down
        looks for the next button after a selection; with none, from the top of what is in sight.)"""
        self._pinned_to_end = False
        start = QTextCursor(self.document())
        start.setPosition(message.frame.firstPosition())
        author = QTextCursor(start)
        author.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(author)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(self.document())
        mark.cursor.setPosition(message.frame.firstPosition())
        mark.cursor.setPosition(message.frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        mark.format.setBackground(mark_colour(self.palette()))
        self.setExtraSelections([mark])
        top = self.cursorRect(start).top() + self.verticalScrollBar().value()
        self.verticalScrollBar().setValue(max(0, top - 24))

    def clear_mark(self) -> None:
        self.setExtraSelections([])
        self.marked_message = None
        self._read_key = None

    def _apply_style(self) -> None:
        self.document().setDefaultStyleSheet(style_sheet(self.palette()))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._apply_style()
            if self.messages and not self.streaming:
                self._rebuild()

    def _rebuild(self) -> None:
        """Render every message again (after a light/dark switch)."""
        messages = list(self.messages)
        self.document().clear()
        with one_change(self.document()):
            for message in messages:
                message.frame = self._insert_frame(message.role)
                self._render(message)

    # -- links -----------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        """A link of the view clicked: a copy done here, or a typed request for the window."""
        text = url.toString()
        link = read_link(text)
        if link.kind == "copy-message" and len(link.numbers) == 1:
            message = self._by_key.get(link.numbers[0])
            if message is not None:
                self.copy_text(message.text, QCoreApplication.translate("ChatView", "Message copied"))
        elif link.kind == "copy-code" and len(link.numbers) == 2:
            key, block = link.numbers
            message = self._by_key.get(key)
            if message is not None and 0 <= block < len(message.code_blocks):
                self.copy_text(message.code_blocks[block], QCoreApplication.translate("ChatView", "Code copied"))
        elif link.kind == "edit" and len(link.numbers) == 1:
            self.edit_requested.emit(link.numbers[0])
        elif link.kind == "version" and len(link.numbers) == 2 and link.numbers[1] in (-1, 1):
            self.version_requested.emit(*link.numbers)
        elif link.kind == "earlier":
            self.earlier_requested.emit()
        elif text.lower().startswith(SAFE_LINK_SCHEMES):
            QDesktopServices.openUrl(url)

    def copy_text(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(what)

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802, ARG002 - Qt's API
        """Never fetch anything a message refers to (images, style sheets)."""
        return None
