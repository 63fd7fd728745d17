"""A focus ring a keyboard user can see: a 2-pixel outline in the theme's highlight colour around
whatever has the keyboard focus, drawn over the widget's edge by a ``QFocusFrame`` (which follows
the widget as it moves or resizes). Fusion's own focus marks are 1 pixel, and some controls show
none. Shown only when the focus came from the keyboard: a click already says where the focus is.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QMenu, QMenuBar, QWidget

from app.gui.theme import focus_colour

RING_WIDTH = 2


class FocusRing(QFocusFrame):
    def hide_from_gone_widget(self) -> None:
        """Its widget is being destroyed: let go of it before it is gone."""
        if shiboken6.isValid(self):
            self.setWidget(None)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(focus_colour(self.palette()), RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)


class FocusRings:
    """Moves a window's ring (made on first use) to each widget that takes the focus from the keyboard."""

    def __init__(self, app: QApplication) -> None:
        self._shown: FocusRing | None = None
        self._by_keyboard = False
        app.focusChanged.connect(self._focus_changed)

    @staticmethod
    def ring_of(window: QWidget) -> FocusRing | None:
        return window.findChild(FocusRing)

    def _focus_changed(self, _old: QWidget | None, _now: QWidget | None) -> None:
        # The focus also changes while a widget is being destroyed: nothing is touched here (a
        # half-destroyed widget must not be called), the ring moves once the event loop is back.
        self._by_keyboard = QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton  # not a click
        QTimer.singleShot(0, self._follow_focus)

    def _follow_focus(self) -> None:
        now = QApplication.focusWidget()
        shown = self._shown if self._shown is not None and shiboken6.isValid(self._shown) else None
        if shown is not None and (shown.widget() is not now or not self._by_keyboard):
            shown.setWidget(None)
        self._shown = None
        if now is None or not self._by_keyboard or isinstance(now, (QMenu, QMenuBar)) or now.isWindow():
            return
        ring = self.ring_of(now.window()) or FocusRing(now.window())
        if ring.widget() is not now:
            ring.setWidget(now)
            now.destroyed.connect(ring.hide_from_gone_widget)
        ring.show()
        self._shown = ring


_installed: FocusRings | None = None


def install(app: QApplication) -> FocusRings:
    """Once per process: the window and its dialogs all get rings."""
    global _installed
    if _installed is None:
        _installed = FocusRings(app)
    return _installed
