"""The Settings dialog at a large font and in a small window: nothing overlaps, nothing is cut, it scrolls."""

from __future__ import annotations

import itertools

import pytest

from app.core.settings import Settings


@pytest.fixture
def large_font(qapp):
    """The computer's text at 16 pt, as a user with a large system font has it."""
    before = qapp.font()
    font = qapp.font()
    font.setPointSizeF(16)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def laid_out_widgets(dialog):
    """Every visible widget that a layout of the dialog places (inside the scrolled part too), with its
    rectangle in dialog coordinates."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QScrollArea

    found = []
    layouts = [dialog.layout()]
    while layouts:
        layout = layouts.pop()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.layout() is not None:
                layouts.append(item.layout())
            widget = item.widget()
            if widget is None or not widget.isVisibleTo(dialog):
                continue
            found.append((widget, QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())))
            inner = widget.widget() if isinstance(widget, QScrollArea) else widget
            if inner.layout() is not None:
                layouts.append(inner.layout())
    return found


def describe(widget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {text!r}"


def _inside_scroll(widget, dialog) -> bool:
    scroll = getattr(dialog, "scroll_area", None)
    return scroll is not None and scroll.widget().isAncestorOf(widget)


def assert_nothing_overlaps_or_is_cut(dialog):
    from PySide6.QtWidgets import QLabel

    placed = laid_out_widgets(dialog)
    assert len(placed) > 20
    for (a, rect_a), (b, rect_b) in itertools.combinations(placed, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a) or _inside_scroll(a, dialog) != _inside_scroll(b, dialog):
            continue
        overlap = rect_a.intersected(rect_b)
        assert overlap.isEmpty(), f"{describe(a)} overlaps {describe(b)}"
    for widget, _ in placed:
        hint = widget.minimumSizeHint()
        assert widget.height() >= min(hint.height(), widget.sizeHint().height()), f"{widget} is squeezed"
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            assert widget.height() >= widget.heightForWidth(widget.width()), f"cut: {widget.text()!r}"
        elif isinstance(widget, QLabel) and widget.text():
            assert widget.width() >= widget.sizeHint().width(), f"cut: {widget.text()!r}"
    # the instructions show whole lines of text, not a sliver
    prompt = dialog.system_prompt
    assert prompt.viewport().height() >= 3 * prompt.fontMetrics().lineSpacing()
    assert prompt.width() >= 20 * prompt.fontMetrics().averageCharWidth()


def show(qtbot, dialog, size=None):
    from PySide6.QtWidgets import QApplication

    qtbot.addWidget(dialog)
    dialog.show()
    if size is not None:
        dialog.resize(size)
    qtbot.waitExposed(dialog)
    for _ in range(3):  # word-wrapped labels settle after a second layout pass
        QApplication.processEvents()
    return dialog


def test_settings_at_a_16_pt_font_overlap_nothing_and_cut_nothing(qtbot, large_font):
    from app.gui.settings_dialog import SettingsDialog

    dialog = show(qtbot, SettingsDialog(Settings()))
    assert dialog.font().pointSizeF() == 16
    assert_nothing_overlaps_or_is_cut(dialog)


def test_settings_at_their_smallest_window_still_overlap_nothing_and_scroll(qtbot, large_font):
    from app.gui.settings_dialog import SettingsDialog

    dialog = show(qtbot, SettingsDialog(Settings()))
    dialog.resize(dialog.minimumSize())
    qtbot.wait(50)
    assert dialog.size() == dialog.minimumSize()
    assert_nothing_overlaps_or_is_cut(dialog)
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and dialog.scroll_area.horizontalScrollBar().maximum() == 0  # scrolls down, wraps across


def test_settings_fit_on_a_small_screen(qtbot, large_font):
    from app.gui.settings_dialog import SettingsDialog

    dialog = show(qtbot, SettingsDialog(Settings()))
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()


def test_every_technical_term_has_a_plain_name_and_a_tooltip_that_explains_it(qtbot):
    from app.gui.settings_dialog import SettingsDialog

    dialog = show(qtbot, SettingsDialog(Settings()))
    for field, term in (
        (dialog.temperature, "temperature"),
        (dialog.top_p, "top-p"),
        (dialog.max_tokens, "tokens"),
        (dialog.context, "context"),
        (dialog.threads, "CPU threads"),
        (dialog.gpu_layers.parentWidget(), "GPU layers"),
    ):
        label = dialog.findChildren(type(dialog.gpu_label))
        name = next(w for w in label if w.buddy() is field)
        assert term.lower() not in name.text().lower(), f"{name.text()!r} is the technical term itself"
        assert term.lower() in field.toolTip().lower() and name.toolTip() == field.toolTip()
        assert len(field.toolTip()) > len(term) + 20  # says what it does, not only its name


def test_graphics_card_settings_are_hidden_without_a_graphics_card(qtbot):
    from app.gui.settings_dialog import SettingsDialog

    without = show(qtbot, SettingsDialog(Settings(), None, has_gpu=False))
    assert all(not w.isVisible() for w in without.gpu_rows)
    assert without.result_settings().gpu_layers == Settings().gpu_layers  # hidden, still kept as it was
    with_gpu = show(qtbot, SettingsDialog(Settings(), has_gpu=True))
    assert all(w.isVisible() for w in with_gpu.gpu_rows)
    unknown = show(qtbot, SettingsDialog(Settings()))  # the old call: the hardware is not known yet
    assert all(w.isVisible() for w in unknown.gpu_rows)


def test_the_disk_for_reopening_chats_shows_what_is_used_clears_and_trims(qtbot):
    import os

    from app.core.engine.chat_states import SUFFIX, SavedStates
    from app.gui.settings_dialog import SettingsDialog

    folder = SavedStates().folder
    folder.mkdir(parents=True)
    for age, name in enumerate(["newest", "middle", "oldest"]):
        path = folder / f"{name}{SUFFIX}"
        with open(path, "wb") as file:
            file.truncate(400_000_000)  # sparse: the size counts, the disk is not used
        os.utime(path, (1_000_000 - age, 1_000_000 - age))
    dialog = show(qtbot, SettingsDialog(Settings()))
    assert dialog.chat_states.value() == 2.0 and dialog.chat_states_used.text() == "1.2 GB used"
    dialog.chat_states.setValue(1.0)
    dialog.accept()  # a smaller budget: the least recently used go at once
    assert sorted(p.stem for p in folder.iterdir()) == ["middle", "newest"]
    assert dialog.result_settings().chat_states_mb == 1000

    dialog = show(qtbot, SettingsDialog(Settings(chat_states_mb=1000)))
    assert dialog.chat_states_used.text() == "800 MB used"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    clear = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Clear")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert dialog.chat_states_used.text() == "0 bytes used" and list(folder.iterdir()) == []
