"""Rows that are widgets in a QListWidget (a label that wraps, buttons), as tall as their words.

A row widget's own size hint is for its unwrapped width: set as the item's size, it made rows
too tall (a 90 px row for one line) or too wide (search hits cut mid-word with a sideways
scroll bar). ``WrappedRows`` sizes each row for the list's width, again whenever that width
or the text size changes, and says how tall the rows are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QListWidget


class WrappedRows(QObject):
    """Keeps the widget rows of ``rows`` as tall as their words need at its width; ``sized`` is
    called with the widget rows' heights after each pass."""

    def __init__(self, rows: QListWidget, sized: Callable[[list[int]], None] | None = None) -> None:
        super().__init__(rows)
        self.rows = rows
        self.sized = sized
        rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # words wrap instead
        rows.viewport().installEventFilter(self)

    def fit(self) -> list[int]:
        width = self.rows.viewport().width()
        heights = []
        for i in range(self.rows.count()):
            item = self.rows.item(i)
            widget = self.rows.itemWidget(item)
            if widget is None:  # a plain item: Qt sizes it
                continue
            layout = widget.layout()
            if layout is not None and layout.hasHeightForWidth():
                height = layout.heightForWidth(width)
            elif widget.hasHeightForWidth():
                height = widget.heightForWidth(width)
            else:
                height = widget.sizeHint().height()
            height = max(height, widget.minimumSizeHint().height())
            item.setSizeHint(QSize(width, height))
            heights.append(height)
        if self.sized is not None:
            self.sized(heights)
        return heights

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit()
        return super().eventFilter(watched, event)
