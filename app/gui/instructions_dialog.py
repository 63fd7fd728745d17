"""The instructions one chat gives the model (Chat → Instructions for this chat…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class InstructionsDialog(QDialog):
    """The instructions one chat gives the model, instead of the ones in the settings."""

    def __init__(self, own: str | None, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Settings", "Instructions for this chat"))
        self.default = default
        self.use_default = own is None
        self.text = QPlainTextEdit(own if own is not None else default)
        self.text.setTabChangesFocus(True)  # Tab moves on to the buttons; it never stays in a text box
        self.text.setAccessibleName(QCoreApplication.translate("Settings", "Instructions for this chat"))
        use_default = QPushButton(QCoreApplication.translate("Settings", "Use the default"))
        use_default.clicked.connect(self._reset)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(use_default, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Settings", "What the model is told before this chat (the other chats keep theirs):"
                )
            )
        )
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def _reset(self) -> None:
        self.text.setPlainText(self.default)
        self.use_default = True

    def chosen(self) -> str | None:
        """The chat's own instructions, or None to follow the settings."""
        text = self.text.toPlainText().strip()
        if not text or (self.use_default and text == self.default):
            return None
        return text
