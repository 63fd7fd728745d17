"""Where the user types: Enter sends, Shift+Enter starts a new line.

The box is two lines tall when empty and grows with what is typed, up to eight lines
(then it scrolls), so an empty chat gives its room to the messages, on a 768 px laptop too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

FEWEST_LINES, MOST_LINES = 2, 8


class MessageInput(QPlainTextEdit):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            QCoreApplication.translate("MessageInput", "Write a message… (Enter sends, Shift+Enter for a new line)")
        )
        self.setAccessibleName(QCoreApplication.translate("MessageInput", "Message"))
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_lines)
        self._fit_lines()

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        return lines * self.fontMetrics().lineSpacing() + frame

    def _fit_lines(self) -> None:
        """As tall as the text (wrapped lines count), between two and eight lines."""
        lines = max(FEWEST_LINES, min(MOST_LINES, self.document().documentLayout().documentSize().height()))
        height = self._height_for(int(round(lines)))
        if height != self.height():
            self.setFixedHeight(height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return QSize(super().sizeHint().width(), self._height_for(FEWEST_LINES))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # a new text size: lines are taller or shorter
            self._fit_lines()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's API
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier):
            text = self.toPlainText().strip()
            if text:
                self.submitted.emit(text)
            return
        super().keyPressEvent(event)
