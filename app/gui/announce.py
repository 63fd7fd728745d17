"""Telling a screen reader something happened, once: a finished reply, not each piece of it.

Qt 6.8 added announcements (``QAccessibleAnnouncementEvent``: read out politely, without moving
the focus); before it, the nearest is an alert on the widget with the words as its description.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

_Announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8+


def announce(widget: QWidget, text: str) -> None:
    if _Announcement is not None:
        QAccessible.updateAccessibility(_Announcement(widget, text))
        return
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
