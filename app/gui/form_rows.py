"""Widgets side by side in one row of a form."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def side_by_side(*widgets: QWidget, stretch_after: bool = False) -> QWidget:
    """Widgets side by side; the first one takes the room that is left."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 and not stretch_after else 0)
    if stretch_after:
        layout.addStretch(1)
    return row
