"""The sidebar: every chat, newest first, a search over all messages, new/rename/delete.

It shows what the store says and asks the window to act; deleting hides a chat
at once and offers Undo (the store really removes it at the next start).
"""

from __future__ import annotations

import datetime
import html
import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.chat.store import Conversation, ConversationStore, SearchHit
from app.gui.list_rows import WrappedRows

SEARCH_DELAY_MS = 200


def ask_new_name(parent: QWidget, current: str) -> tuple[str, bool]:
    """The Rename dialog: wide enough for its title and a long name at any font."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ChatList", "Rename this chat"))
    dialog.setLabelText(QCoreApplication.translate("ChatList", "A new name for this chat:"))
    dialog.setTextValue(current)
    field = dialog.findChild(QLineEdit)  # the dialog sizes itself to its field, so the field sets the width
    if field is not None:
        field.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue(), accepted


def day_heading(when: float, now: float | None = None) -> str:
    """Today, Yesterday, or Earlier: the heading a chat last used at ``when`` goes under."""
    today = datetime.date.fromtimestamp(now if now is not None else time.time())
    day = datetime.date.fromtimestamp(when)
    if day >= today:
        return QCoreApplication.translate("ChatList", "Today")
    if day == today - datetime.timedelta(days=1):
        return QCoreApplication.translate("ChatList", "Yesterday")
    return QCoreApplication.translate("ChatList", "Earlier")


def hit_html(hit: SearchHit) -> str:
    """A search hit as rich text made only of escaped text: the title, then the snippet."""
    words = "".join(f"<b><u>{html.escape(t)}</u></b>" if found else html.escape(t) for t, found in hit.parts)
    return f"<b>{html.escape(hit.conversation.title)}</b><br>{words}"


class ChatList(QWidget):
    open_requested = Signal(int, object)  # conversation id, message id (a search hit) or None
    new_requested = Signal()
    deleted = Signal(int)

    def __init__(self, store: ConversationStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current_id: int | None = None
        self.new_button = QPushButton(QCoreApplication.translate("ChatList", "New chat"))
        self.new_button.setToolTip(QCoreApplication.translate("ChatList", "Start a new chat (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(QCoreApplication.translate("ChatList", "Search all chats…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(QCoreApplication.translate("ChatList", "Search all chats"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda: self._search_timer.start(SEARCH_DELAY_MS))
        self.search_box.installEventFilter(self)  # Down goes on from the search box into what it found
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("ChatList", "Chats"))
        self.list.setWordWrap(True)
        self.rows = WrappedRows(self.list)  # search hits wrap at the list's width, never cut mid-word
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(200)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's API
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            first = next(
                (self.list.item(row) for row in range(self.list.count())
                 if self.list.item(row).data(Qt.ItemDataRole.UserRole) is not None),
                None,
            )  # fmt: skip
            if first is not None:
                self.list.setCurrentItem(first)
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- content -----------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return bool(self.search_box.text().strip())

    def refresh(self) -> None:
        self.list.clear()
        if self.searching:
            hits = self.store.search(self.search_box.text())
            for hit in hits:
                self._add_hit(hit)
            self.rows.fit()
            if not hits:
                self._add_hint(QCoreApplication.translate("ChatList", "Nothing found."))
        else:
            conversations = self.store.conversations()
            heading = None
            for conversation in conversations:
                when = day_heading(conversation.updated)
                if when != heading:
                    self._add_heading(when)
                    heading = when
                self._add_conversation(conversation)
            if not conversations:
                self._add_hint(QCoreApplication.translate("ChatList", "Your chats will be listed here."))

    def _add_heading(self, text: str) -> None:
        """A date above the chats of that day: not a chat, so it cannot be chosen."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable (not greyed out), but never chosen
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            QCoreApplication.translate("ChatList", "Chats of {day}").format(day=text.lower()),
        )
        self.list.addItem(item)

    def _add_hint(self, text: str) -> None:
        """What an empty list means, inside the list itself."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def select(self, conversation_id: int | None) -> None:
        self.current_id = conversation_id
        self.list.blockSignals(True)
        self.list.clearSelection()
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == conversation_id and not self.searching:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _add_conversation(self, conversation: Conversation) -> None:
        item = QListWidgetItem(conversation.title)
        item.setData(Qt.ItemDataRole.UserRole, conversation.id)
        item.setToolTip(conversation.title)
        self.list.addItem(item)
        if conversation.id == self.current_id:
            self.list.setCurrentItem(item)

    def _add_hit(self, hit: SearchHit) -> None:
        """A found message: its chat's title, then the words around it, the words found in bold."""
        plain = "".join(text for text, _ in hit.parts)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, hit.conversation.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, hit.message_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.conversation.title}: {plain}")
        item.setToolTip(plain)
        label = QLabel(hit_html(hit))
        label.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only (hit_html)
        label.setWordWrap(True)
        label.setContentsMargins(4, 3, 4, 3)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks reach the list
        self.list.addItem(item)
        self.list.setItemWidget(item, label)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) is None:  # a date heading or a hint: nothing to open
            return
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1))

    # -- rename, delete ----------------------------------------------------------------

    def _menu(self, position) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("ChatList", "Rename…"), self.rename_current)
        menu.addAction(QCoreApplication.translate("ChatList", "Delete"), self.delete_current)
        menu.exec(self.list.viewport().mapToGlobal(position))

    def _current(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def rename_current(self) -> None:
        conversation_id = self._current()
        if conversation_id is None:
            return
        title, accepted = ask_new_name(self, self.store.conversation(conversation_id).title)
        if accepted and title.strip():
            self.store.rename(conversation_id, title)
            self.refresh()

    def delete_current(self) -> None:
        conversation_id = self._current()
        if conversation_id is not None:
            in_list = self.list.hasFocus()
            self.store.delete(conversation_id)
            self.refresh()
            self.deleted.emit(conversation_id)
            if in_list:  # the person goes on in the list, where Ctrl+Z undoes it (the chat page took the focus)
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
