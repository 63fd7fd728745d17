"""The Qt binding itself: PySide6 6.12.0 drops a reference to None on every call of a
method that returns nothing (on Python < 3.12, where None is not immortal), and a
streaming chat makes thousands of such calls: the app then dies with
"Fatal Python error: none_dealloc". pyproject.toml keeps that version out."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrameFormat


def test_calls_returning_nothing_keep_none_alive(qapp):
    document = QTextDocument()
    cursor = QTextCursor(document)
    frame_format = QTextFrameFormat()
    before = sys.getrefcount(None)
    for _ in range(200):
        frame_format.setPadding(10)
        cursor.setPosition(0)
        document.setHtml("<p>x</p>")
    assert sys.getrefcount(None) - before > -100
