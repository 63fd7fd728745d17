"""The status bar's lasting part: the model (its name, or how far its load is), the last reply's
speed, and how full the chat's memory is; each told by the model session or the conversation.
And an Undo button beside a passing message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from app.gui.conversation import Conversation
from app.gui.model_session import BUSY, ModelSession, SessionState

UNDO_MS = 10_000  # how long Undo stays after a chat is deleted


class StatusLine:
    def __init__(self, bar: QStatusBar) -> None:
        self.model_label = QLabel(QCoreApplication.translate("StatusLine", "No model loaded"))
        self.speed_label = QLabel("")
        self.memory_label = QLabel("")  # how full the chat's memory is, after each reply
        self.memory_label.setAccessibleName(QCoreApplication.translate("StatusLine", "Chat memory"))
        self.load_bar = QProgressBar()
        self.load_bar.setRange(0, 100)  # llama.cpp's own load progress, in per cent
        self.load_bar.setMaximumWidth(140)
        self.load_bar.setAccessibleName(QCoreApplication.translate("StatusLine", "Loading the model"))
        self.load_bar.hide()
        bar.addPermanentWidget(self.load_bar)
        for label in (self.memory_label, self.speed_label, self.model_label):
            label.setContentsMargins(10, 0, 10, 0)  # apart from each other, not one run of words
            bar.addPermanentWidget(label)

    def follow(self, session: ModelSession, conversation: Conversation) -> None:
        session.status.connect(self._show_model)
        session.progress.connect(self._show_progress)
        session.state_changed.connect(self._session_state)
        conversation.memory.connect(lambda text, tip: self._show(self.memory_label, text, tip))
        conversation.speed.connect(lambda text, tip: self._show(self.speed_label, text, tip))
        conversation.model_stopped.connect(self._model_stopped)

    @staticmethod
    def _show(label: QLabel, text: str, tip: str) -> None:
        label.setText(text)
        label.setToolTip(tip)

    def _show_model(self, text: str, details: str) -> None:
        self.model_label.setText(text)
        if details:
            self.model_label.setToolTip(details)

    def _show_progress(self, percent: int) -> None:
        self.load_bar.setRange(0, 0 if percent == BUSY else 100)  # a measurement has no fraction: a busy bar
        if percent != BUSY:
            self.load_bar.setValue(percent)
        self.load_bar.show()

    def _session_state(self, state: str) -> None:
        if state == SessionState.LOADING:
            self.speed_label.setText("")
        elif state in (SessionState.READY, SessionState.NO_MODEL):
            self.load_bar.hide()

    def _model_stopped(self) -> None:
        self.model_label.setText(
            QCoreApplication.translate("StatusLine", "The model stopped · it loads again when you send")
        )
        self.speed_label.setText("")

    @staticmethod
    def offer_undo(bar: QStatusBar, said: str, undo: Callable[[], None]) -> None:
        """``said`` with an Undo button after it, for ``UNDO_MS``."""
        for earlier in bar.findChildren(QPushButton, "undo-delete"):  # the latest deletion is the one offered
            earlier.hide()
            earlier.deleteLater()
        for earlier in bar.window().findChildren(QShortcut, "undo-keys"):
            earlier.setEnabled(False)
            earlier.deleteLater()
        button = QPushButton(QCoreApplication.translate("MainWindow", "Undo"))
        button.setObjectName("undo-delete")
        button.setToolTip(QCoreApplication.translate("MainWindow", "Undo (Ctrl+Z)"))
        # From the keyboard too: Ctrl+Z while the offer stands (a text box keeps Ctrl+Z for its own text).
        keys = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), bar.window())
        keys.setObjectName("undo-keys")
        keys.activated.connect(button.click)
        button.destroyed.connect(keys.deleteLater)

        def undone() -> None:
            undo()
            bar.clearMessage()
            button.deleteLater()

        button.clicked.connect(undone)
        bar.addWidget(button)
        bar.showMessage(said, UNDO_MS)  # then the Undo button
        QTimer.singleShot(UNDO_MS, button.deleteLater)
