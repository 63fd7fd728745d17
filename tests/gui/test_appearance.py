"""Theme and text size: chosen in Settings or with the keys, shown at once, remembered, readable."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.core import settings as user_settings


@pytest.fixture(autouse=True)
def back_to_the_system_look(qapp):
    font = qapp.font()
    yield
    from app.gui import theme

    theme.apply("system", 100)
    qapp.setFont(font)


def test_every_main_shortcut_is_set_and_shown_in_its_menu(make_window):
    window = make_window()
    expected = {
        window.settings_action: "Ctrl+,",
        window.quit_action: "Ctrl+Q",
        window.new_chat_action: "Ctrl+N",
        window.search_action: "Ctrl+F",
        window.bigger_text_action: "Ctrl+=",
        window.smaller_text_action: "Ctrl+-",
        window.normal_text_action: "Ctrl+0",
    }
    in_menus = {a for menu_action in window.menuBar().actions() for a in _all_actions(menu_action.menu())}
    for action, keys in expected.items():
        assert action.shortcut().toString() == keys, action.text()
        assert action in in_menus, f"{action.text()} is in no menu"


def _all_actions(menu):
    for action in menu.actions():
        yield action
        if action.menu() is not None:
            yield from _all_actions(action.menu())


def test_the_text_size_keys_change_the_window_and_the_chat_and_are_remembered(make_window, qtbot, qapp):
    from app.gui import theme

    window = make_window()
    window.show_page(1)  # the chat (no model here: it opened on the picker)
    window.windowHandle().requestActivate()  # window shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow)
    before = window.chat_view.font().pointSizeF()
    qtbot.keyClick(window.input, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.input, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.text_size == 120
    qtbot.waitUntil(lambda: window.chat_view.font().pointSizeF() > before)
    assert window.chat_view.font().pointSizeF() == pytest.approx(theme.text_font(120).pointSizeF())
    assert window.input.font().pointSizeF() == window.chat_view.font().pointSizeF()
    qtbot.keyClick(window.input, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.text_size == 110
    assert user_settings.load()[0].text_size == 110
    qtbot.keyClick(window.input, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.chat_list.search_box
    window.normal_text_action.trigger()
    assert user_settings.load()[0].text_size == 100


def test_the_text_size_stays_within_its_limits(make_window):
    window = make_window()
    for _ in range(40):
        window.bigger_text_action.trigger()
    assert window.settings.text_size == user_settings.LIMITS["text_size"][1]
    for _ in range(40):
        window.smaller_text_action.trigger()
    assert window.settings.text_size == user_settings.LIMITS["text_size"][0]


def test_dark_theme_from_the_menu_turns_the_window_dark_and_back(make_window, qtbot):
    from app.gui.theme import DARK

    window = make_window()
    light_window = window.palette().color(QPalette.ColorRole.Window)
    dark = next(a for a in window.theme_actions.actions() if a.data() == "dark")
    dark.trigger()
    qtbot.waitUntil(
        lambda: window.chat_view.palette().color(QPalette.ColorRole.Base) == QColor(DARK[QPalette.ColorRole.Base])
    )
    assert QApplication.style().name().lower() == "fusion" and dark.isChecked()
    assert user_settings.load()[0].theme == "dark"
    system = next(a for a in window.theme_actions.actions() if a.data() == "system")
    system.trigger()
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == light_window)


def test_theme_and_text_size_are_used_from_the_start_after_a_restart(qapp, monkeypatch, private_home):
    """The real start (`shortchat`): the saved look is there before the window shows."""
    from app.cli import main
    from app.gui import theme
    from app.gui.main_window import MainWindow

    user_settings.save(user_settings.Settings(model_licence_accepted=True, theme="dark", text_size=150))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = []

    def look_and_close() -> None:
        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]:
            seen.append((window.palette().color(QPalette.ColorRole.Window).name(), QApplication.font().pointSizeF()))
            window.close()

    QTimer.singleShot(1500, look_and_close)
    assert main([]) == 0
    assert seen == [(theme.DARK[QPalette.ColorRole.Window], theme.text_font(150).pointSizeF())]


def test_the_settings_dialog_shows_the_look_at_once_and_cancel_puts_it_back(qtbot, qapp):
    from app.gui import theme
    from app.gui.settings_dialog import SettingsDialog

    start = user_settings.Settings()
    theme.apply(start.theme, start.text_size)
    size = qapp.font().pointSizeF()
    dialog = SettingsDialog(start)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setValue(130)
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK[QPalette.ColorRole.Window])
    assert qapp.font().pointSizeF() > size
    assert (dialog.result_settings().theme, dialog.result_settings().text_size) == ("dark", 130)
    dialog.reject()
    assert qapp.font().pointSizeF() == size
    assert qapp.palette().color(QPalette.ColorRole.Window) != QColor(theme.DARK[QPalette.ColorRole.Window])


def test_a_theme_or_text_size_it_cannot_use_falls_back_with_a_note(private_home):
    import json

    from app.core import paths

    paths.settings_path().write_text(json.dumps({"theme": "purple", "text_size": 5000}), encoding="utf-8")
    loaded, notes = user_settings.load()
    assert (loaded.theme, loaded.text_size) == ("system", 100)
    assert len(notes) == 2


# -- contrast (WCAG 2.x relative luminance) ---------------------------------------------


def _wcag_contrast(a: str, b: str) -> float:
    """Written out here from the WCAG definition, independently of the app's own function."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_colour_of_our_themes_is_readable_on_its_background(qapp, name):
    from app.gui import theme

    palette = theme.palette_for(name)
    for text, background in theme.READABLE_PAIRS:
        ratio = _wcag_contrast(palette.color(text).name(), palette.color(background).name())
        assert ratio >= 4.5, f"{name}: {text.name} on {background.name} is {ratio:.2f}:1"
        assert theme.contrast(palette.color(text), palette.color(background)) == pytest.approx(ratio)


def _poor_palette() -> QPalette:
    """A platform palette that does not care: grey on grey, a pale link, half-transparent hints."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#808080"),
        (QPalette.ColorRole.Text, "#9a9a9a"),
        (QPalette.ColorRole.Link, "#8888ff"),
        (QPalette.ColorRole.Highlight, "#7a7a7a"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 60))
    return palette


@pytest.mark.parametrize("which", ["light", "dark", "system", "poor"])
def test_the_chat_colours_are_readable_whatever_the_palette(qapp, which):
    from app.gui import theme

    palette = {"system": lambda: qapp.palette(), "poor": _poor_palette}.get(which, lambda: theme.palette_for(which))()
    colours = theme.chat_colours(palette)
    for text, background in (
        ("text", "background"),
        ("muted", "background"),
        ("link", "background"),
        ("code_text", "code_background"),
        ("accent_text", "accent_background"),
    ):
        assert _wcag_contrast(colours[text], colours[background]) >= 4.5, (which, text, colours)
    assert colours["code_background"] != colours["background"]  # a code block stands out from the page


@pytest.mark.parametrize("which", ["light", "dark"])
def test_links_and_footers_are_readable_on_the_users_own_messages(qapp, which):
    """What the chat view really paints: the user's frame, its footer and its links (blue on blue before)."""
    import re

    from PySide6.QtGui import QColor

    from app.gui import theme
    from app.gui.chat_view import USER, ChatView

    view = ChatView()
    view.setPalette(theme.palette_for(which))
    frame = view._frame_format(USER).background().color()
    link = re.search(r"a \{ color: (#[0-9a-f]{6})", view.document().defaultStyleSheet()).group(1)
    view.add_message(USER, "a question", "You", message_id=1, version=(1, 2), note="a note")
    painted = [(link, frame)]
    for cell in re.findall(r'<td style="([^"]*)">(.*?)</td>', view._footer(view.messages[0])):
        style, inner = cell
        background = re.search(r"background-color:(#[0-9a-f]{6})", style)
        text = re.search(r"(?<!background-)color:(#[0-9a-f]{6})", style + inner).group(1)
        painted.append((text, QColor(background.group(1)) if background else frame))  # a button, or on the frame
    assert len(painted) == 7  # the link, Copy, Edit, ‹, 1/2, ›, the note: each text on what it is painted on
    for colour, background in painted:
        assert theme.contrast(QColor(colour), background) >= 4.5, (colour, background.name())


def test_toolbar_and_buttons_have_icons_in_the_themes_colour(make_window, qtbot):
    from PySide6.QtGui import QColor

    window = make_window()
    for action in (window.choose_action, window.chat_page_action, window.downloads_action):
        assert not action.icon().isNull()
    assert not window.send_button.icon().isNull() and not window.regenerate_button.icon().isNull()

    def darkest(icon) -> int:
        image = icon.pixmap(32, 32).toImage()
        return min(
            QColor(image.pixel(x, y)).lightness()
            for x in range(32)
            for y in range(32)
            if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
        )

    before = darkest(window.send_button.icon())
    window.theme_actions.actions()[-1].trigger()  # View → Theme → Dark
    qtbot.wait(20)
    assert darkest(window.send_button.icon()) > before  # drawn light on the dark theme


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_chat_scroll_bar_handle_stands_out_from_its_groove(make_window, qtbot, name):
    """The chat's flat scroll bar, as painted: its handle at least 3:1 against the groove (WCAG 1.4.11)."""
    window = make_window()
    window.set_appearance(theme=name)
    view = window.chat_view
    for number in range(40):
        view.add_message("user", f"question {number}", "You")
    window.show_page(1)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0, timeout=5_000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    image = bar.grab().toImage()
    middle = image.width() // 2
    column = [image.pixelColor(middle, y).name() for y in range(image.height())]
    groove = max(set(column), key=column.count)  # most of the bar is groove
    handle_top = bar.style().subControlRect(
        bar.style().ComplexControl.CC_ScrollBar, _scroll_bar_option(bar), bar.style().SubControl.SC_ScrollBarSlider, bar
    ).center().y()
    handle = column[handle_top * image.height() // bar.height()]
    assert handle != groove
    assert _wcag_contrast(handle, groove) >= 3.0, f"{name}: handle {handle} on {groove}"


def _scroll_bar_option(bar):
    from PySide6.QtWidgets import QStyleOptionSlider

    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return option
