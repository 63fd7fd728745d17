"""The chat page: the conversation, the example questions, the edit and continue bars, and the
message box with Send and Regenerate. Only widgets; the ``Conversation`` decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui.chat_view import ChatView
from app.gui.example_questions import ExampleQuestions
from app.gui.message_input import MessageInput


def sentence_bar(name: str, sentence: str, button_text: str, tip: str) -> tuple[QWidget, QPushButton]:
    """A hidden row above the message box: a sentence that wraps, and one button."""
    bar = QWidget()
    bar.setObjectName(name)
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(0, 0, 0, 0)
    said = QLabel(sentence)
    said.setWordWrap(True)
    button = QPushButton(button_text)
    button.setToolTip(tip)
    layout.addWidget(said, 1)
    layout.addWidget(button)
    bar.hide()
    return bar, button


class ChatPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.view = ChatView()
        self.view.setPlaceholderText(
            QCoreApplication.translate("ChatPage", "Ask anything. Everything stays on this computer.")
        )
        self.examples = ExampleQuestions()
        # Above the box while an earlier question is edited: what Send will do, and Cancel.
        self.edit_banner, self.cancel_edit_button = sentence_bar(
            "edit-banner",
            QCoreApplication.translate(
                "ChatPage",
                "Editing an earlier message: Send asks it again as a new version (the old one stays, "
                "‹ › switches between them).",
            ),
            QCoreApplication.translate("ChatPage", "Cancel"),
            QCoreApplication.translate("ChatPage", "Stop editing and keep the message as it was (Esc)"),
        )
        # Under a reply cut off at the length limit: a plain sentence and Continue.
        self.continue_bar, self.continue_button = sentence_bar(
            "continue-bar",
            QCoreApplication.translate("ChatPage", "The reply stopped at its length limit."),
            QCoreApplication.translate("ChatPage", "Continue"),
            QCoreApplication.translate("ChatPage", "Go on writing this reply from where it stopped (Ctrl+Shift+Enter)"),
        )
        self.input = MessageInput()
        self.send_button = QPushButton(QCoreApplication.translate("ChatPage", "Send"))
        self.send_button.setAccessibleName(QCoreApplication.translate("ChatPage", "Send or stop"))
        self.regenerate_button = QPushButton(QCoreApplication.translate("ChatPage", "Regenerate"))
        self.regenerate_button.setToolTip(QCoreApplication.translate("ChatPage", "Write the last reply again (Ctrl+R)"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.regenerate_button)
        composer = QHBoxLayout()
        composer.addWidget(self.input, 1)
        composer.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.examples)
        layout.addWidget(self.edit_banner)
        layout.addWidget(self.continue_bar)
        layout.addLayout(composer)
