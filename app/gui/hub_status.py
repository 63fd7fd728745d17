"""What the picker knows of the model hub, in one line with "Try again" when it could not be reached."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class HubState(StrEnum):
    """Asking the hub for the first time (nothing to show yet), asking again (showing what it said
    last time), answered, or not reachable."""

    FIRST_CHECK = "first-check"
    CHECKING = "checking"
    ANSWERED = "answered"
    OFFLINE = "offline"


HUB_FIRST_CHECK, HUB_CHECKING, HUB_ANSWERED, HUB_OFFLINE = (
    HubState.FIRST_CHECK,
    HubState.CHECKING,
    HubState.ANSWERED,
    HubState.OFFLINE,
)


class HubStatusBar(QWidget):
    """The sentence the window gives about the hub; "Try again" shows only while it is offline."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = HUB_CHECKING
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(QCoreApplication.translate("HubStatus", "Try again"))
        self.retry_button.setToolTip(
            QCoreApplication.translate("HubStatus", "Ask the model hub again which models are available")
        )
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()  # takes no room (nor spacing) until there is something to say

    def show_status(self, text: str, state: HubState | None = None) -> None:
        if state is not None:
            self.state = HubState(state)
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.retry_button.setVisible(self.state == HUB_OFFLINE)
        self.setVisible(bool(text) or self.state == HUB_OFFLINE)
