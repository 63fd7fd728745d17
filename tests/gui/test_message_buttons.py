"""Copy, Edit and ‹ n/m › under each message are buttons of a decent size: the whole button
clicks (not only its word), and its text is readable in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication

from app.gui import theme
from app.gui.chat_view import ASSISTANT, USER, ChatView
from tests.gui.conftest import click_link


@pytest.fixture
def view(qtbot):
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    view.add_message(USER, "How do I reverse a list?", "You", message_id=7, version=(2, 3))
    view.add_message(ASSISTANT, "Use `items[::-1]`.", "Vicuna 1.5b · Q4_K_M", note="19 tokens", message_id=8)
    qtbot.waitExposed(view)
    return view


def button_areas(view) -> dict[str, list[QPoint]]:
    """Every point of the viewport (on a 2 px grid) that clicks a button, by what it clicks."""
    areas: dict[str, list[QPoint]] = {}
    for y in range(0, view.viewport().height(), 2):
        for x in range(0, view.viewport().width(), 2):
            href = view._button_at(QPoint(x, y))
            if href:
                areas.setdefault(href, []).append(QPoint(x, y))
    return areas


def test_each_button_is_a_decent_size_and_clicks_anywhere_inside(view, qtbot):
    areas = button_areas(view)
    assert set(areas) == {"copy-message:0", "edit:7", "version:7:-1", "version:7:1", "copy-message:1"}
    for href, points in areas.items():
        height = max(p.y() for p in points) - min(p.y() for p in points)
        width = max(p.x() for p in points) - min(p.x() for p in points)
        assert height >= 20 and width >= 20, (href, width, height)  # not a tiny link

    # A click on the button's edge, off its word, still does what the button says.
    edge = next(p for p in areas["edit:7"] if not view.anchorAt(p))
    with qtbot.waitSignal(view.edit_requested) as asked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    assert asked.args == [7]
    edge = next(p for p in areas["copy-message:1"] if not view.anchorAt(p))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    assert QGuiApplication.clipboard().text() == "Use `items[::-1]`."
    assert not view._button_at(QPoint(view.viewport().width() - 5, edge.y()))  # beside the buttons: nothing


def test_the_version_buttons_ask_for_the_version_before_and_after_by_id(view, qtbot):
    for href, step in (("version:7:-1", -1), ("version:7:1", 1)):
        with qtbot.waitSignal(view.version_requested) as asked:
            click_link(view, href)
        assert asked.args == [7, step]


@pytest.mark.parametrize("which", ["light", "dark"])
def test_button_text_is_readable_in_both_themes(qapp, which):
    colours = theme.chat_colours(theme.palette_for(which))
    assert theme.contrast(QColor(colours["button_text"]), QColor(colours["button_background"])) >= theme.AA_CONTRAST
