"""The keyboard's focus is seen: a ring in the theme's highlight colour around what has it, moved by
Tab, absent after a click, at 3:1 against the window in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from app.gui import theme
from app.gui.focus_ring import FocusRing


def ring_of(window):
    return window.findChild(FocusRing)


def test_tab_moves_a_visible_ring_and_a_click_puts_none(make_window, qtbot):
    window = make_window()
    window.show_page(1)  # the chat page: its list, its search box, the chat and the question box
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        qtbot.waitUntil(lambda f=focused: ring_of(window) is not None and ring_of(window).widget() is f, timeout=2_000)
        ring = ring_of(window)
        assert ring.isVisible()
        around = ring.geometry()
        inside = focused.geometry() if ring.parentWidget() is focused.parentWidget() else None
        assert inside is None or around.contains(inside)  # drawn around it, not inside it
        seen.append(focused)
    assert len(set(map(id, seen))) > 1
    # A click on a text box (nothing opens from it): the focus moves there, with no ring.
    box = next(w for w in window.findChildren(QLineEdit) if w.isVisible() and w.isEnabled())  # the chats' search
    if QApplication.focusWidget() is box:
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert QApplication.focusWidget() is box
    qtbot.wait(50)  # the ring follows once the event loop is back
    assert not ring_of(window).isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # and the keyboard brings it back
    qtbot.waitUntil(lambda: ring_of(window).isVisible() and ring_of(window).widget() is QApplication.focusWidget())


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_ring_stands_out_from_the_window_in_both_themes(name):
    palette = theme.palette_for(name)
    ring = theme.focus_colour(palette)
    for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert theme.contrast(ring, palette.color(ground)) >= 3.0, (name, ground)
