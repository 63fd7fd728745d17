"""A few questions to start with, shown while a chat is empty.

These small models answer best short, plain, factual or explanatory questions in
English; the examples show that, and pressing one asks it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

EXAMPLES = (
    "Explain how a rainbow forms, in simple words.",
    "Give me three ideas for a quick vegetarian dinner.",
    "What is the difference between weather and climate?",
    "Write a short, friendly birthday message for a colleague.",
)


class ExampleQuestions(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ExampleQuestions", "Example questions"))
        title = QLabel(QCoreApplication.translate("ExampleQuestions", "Not sure where to start? Try one of these:"))
        title.setWordWrap(True)
        # The models were tuned on English chats: said in the window's own language, since a person
        # reading it there is the one likely to ask in another. The examples stay in English.
        self.english_note = QLabel(
            QCoreApplication.translate(
                "ExampleQuestions",
                "These models answer best in English; questions in other languages get weaker replies.",
            )
        )
        self.english_note.setObjectName("english-note")
        self.english_note.setWordWrap(True)
        self.english_note.setVisible(not QLocale().name().startswith(("en", "C")))
        self.grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        for text in EXAMPLES:
            button = QPushButton(text)
            button.setToolTip(QCoreApplication.translate("ExampleQuestions", "Ask this question"))
            button.setAccessibleName(
                QCoreApplication.translate("ExampleQuestions", "Ask: {question}").format(question=text)
            )
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.clicked.connect(lambda _=False, t=text: self.chosen.emit(t))
            self.buttons.append(button)
        self.columns = 0
        self._arrange(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.english_note)
        layout.addLayout(self.grid)

    def _arrange(self, columns: int) -> None:
        """Two columns when they fit side by side, else one: the window's width never depends on them."""
        if columns == self.columns:
            return
        self.columns = columns
        for n, button in enumerate(self.buttons):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, n // columns, n % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        widest = max(button.sizeHint().width() for button in self.buttons)
        self._arrange(2 if event.size().width() >= 2 * widest + self.grid.horizontalSpacing() else 1)
