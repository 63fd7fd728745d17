"""A few questions to start with, shown while a chat is empty.

These small models answer best short, plain, factual or explanatory questions in
English; the examples show that, and pressing one asks it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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
        self.setAccessibleName("Example questions")
        title = QLabel("Not sure where to start? Try one of these:")
        title.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        for n, text in enumerate(EXAMPLES):
            button = QPushButton(text)
            button.setToolTip("Ask this question")
            button.setAccessibleName(f"Ask: {text}")
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.clicked.connect(lambda _=False, t=text: self.chosen.emit(t))
            grid.addWidget(button, n // 2, n % 2)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(grid)
