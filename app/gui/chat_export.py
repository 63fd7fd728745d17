"""File → Export: the branch of the chat shown, as Markdown, where the person says."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.gui.reply_worker import file_name

if TYPE_CHECKING:
    from app.gui.conversation import Conversation


def export_chat(conversation: Conversation) -> None:
    """File → Export: the branch shown, as Markdown, where the person says."""
    text = conversation.markdown()
    if text is None:
        conversation.status_message.emit(
            QCoreApplication.translate("Conversation", "There is no chat to export yet."), 4000
        )
        return
    suggested = Path.home() / f"{file_name(conversation.chat.conversation.title)}.md"
    name, _ = QFileDialog.getSaveFileName(
        conversation.view.window(),
        QCoreApplication.translate("Conversation", "Export the chat"),
        str(suggested),
        QCoreApplication.translate("Conversation", "Markdown (*.md)"),
    )
    if not name:
        return
    try:
        Path(name).write_text(text, encoding="utf-8")
    except OSError as error:
        conversation.notice.emit(
            QCoreApplication.translate("Conversation", "The chat could not be saved there: {reason}.").format(
                reason=error.strerror or error
            )
        )
        return
    conversation.status_message.emit(QCoreApplication.translate("Conversation", "Saved {file}").format(file=name), 4000)
