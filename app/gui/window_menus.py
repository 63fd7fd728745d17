"""The window's menus and toolbar. Each action is one of the window's attributes (its shortcut is
reachable from anywhere, and tests press it as a person does); every key shows in its menu, so the
menus teach them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence

from app import APP_NAME
from app.gui.icons import icon
from app.gui.settings_dialog import THEME_NAMES

PICKER_PAGE, CHAT_PAGE = 0, 1


def _action(window, menu, text: str, shortcut, slot) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(window) -> None:
    def focus_search() -> None:
        window.show_page(CHAT_PAGE)
        window.chat_list.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        window.chat_list.search_box.selectAll()

    # Explicit keys, not QKeySequence.StandardKey: Preferences is empty on Windows and on Linux outside
    # KDE. "Ctrl" is Cmd on macOS. Each shows in its menu, so the menus teach them.
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&File"))
    window.choose_action = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Choose a model…"),
        "Ctrl+M",
        lambda: window.show_page(PICKER_PAGE),
    )
    _action(window, file_menu, QCoreApplication.translate("Menus", "&Add a model file…"), None, window.add_file)
    _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "Open the models &folder"),
        None,
        window.open_models_folder,
    )
    file_menu.addSeparator()
    _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Export this chat…"),
        "Ctrl+E",
        window.conversation.export,
    )
    window.settings_action = _action(
        window, file_menu, QCoreApplication.translate("Menus", "&Settings…"), "Ctrl+,", window.open_settings
    )
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    file_menu.addSeparator()
    window.quit_action = _action(
        window, file_menu, QCoreApplication.translate("Menus", "&Quit"), "Ctrl+Q", window.request_close
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    chat_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Chat"))
    window.new_chat_action = _action(
        window, chat_menu, QCoreApplication.translate("Menus", "&New chat"), "Ctrl+N", window.conversation.new_chat
    )
    window.search_action = _action(
        window, chat_menu, QCoreApplication.translate("Menus", "&Find in all chats…"), "Ctrl+F", focus_search
    )
    window.stop_action = _action(
        window, chat_menu, QCoreApplication.translate("Menus", "&Stop the reply"), "Esc", window.conversation.stop
    )
    window.regenerate_action = _action(
        window, chat_menu, QCoreApplication.translate("Menus", "&Regenerate"), "Ctrl+R", window.conversation.regenerate
    )
    window.continue_action = _action(
        window,
        chat_menu,
        QCoreApplication.translate("Menus", "C&ontinue the reply"),
        "Ctrl+Shift+Return",
        window.conversation.continue_reply,
    )
    _action(
        window,
        chat_menu,
        QCoreApplication.translate("Menus", "&Copy the last reply"),
        "Ctrl+Shift+C",
        window.conversation.copy_last_reply,
    )
    _action(
        window,
        chat_menu,
        QCoreApplication.translate("Menus", "Copy the &whole chat"),
        None,
        window.conversation.copy_chat,
    )
    _action(
        window,
        chat_menu,
        QCoreApplication.translate("Menus", "&Instructions for this chat…"),
        None,
        window.conversation.edit_instructions,
    )
    chat_menu.addSeparator()
    # Wherever the focus is (a text box still takes Delete for itself while you type).
    window.rename_action = _action(
        window,
        chat_menu,
        QCoreApplication.translate("Menus", "Rena&me this chat…"),
        "F2",
        window.chat_list.rename_current,
    )
    window.delete_action = _action(
        window,
        chat_menu,
        QCoreApplication.translate("Menus", "&Delete this chat"),
        "Delete",
        window.chat_list.delete_current,
    )
    chat_menu.addSeparator()
    _action(
        window,
        chat_menu,
        QCoreApplication.translate("Menus", "Compare &two models…"),
        "Ctrl+Shift+M",
        window.open_compare,
    )
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&View"))
    window.bigger_text_action = _action(
        window,
        view_menu,
        QCoreApplication.translate("Menus", "&Bigger text"),
        "Ctrl+=",
        lambda: window.set_appearance(text_step=+1),
    )
    window.bigger_text_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])  # + is shifted =
    window.smaller_text_action = _action(
        window,
        view_menu,
        QCoreApplication.translate("Menus", "&Smaller text"),
        "Ctrl+-",
        lambda: window.set_appearance(text_step=-1),
    )
    window.normal_text_action = _action(
        window,
        view_menu,
        QCoreApplication.translate("Menus", "&Normal text size"),
        "Ctrl+0",
        lambda: window.set_appearance(text_step=0),
    )
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("Menus", "&Theme"))
    window.theme_actions = QActionGroup(window)
    for key, text in THEME_NAMES.items():
        action = _action(
            window,
            theme_menu,
            QCoreApplication.translate("Settings", text),
            None,
            lambda _=False, key=key: window.set_appearance(theme=key),
        )
        action.setCheckable(True)
        action.setChecked(key == window.settings.theme)
        action.setData(key)
        window.theme_actions.addAction(action)
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Help"))
    _action(
        window, help_menu, QCoreApplication.translate("Menus", "&About {app}").format(app=APP_NAME), None, window.about
    )
    window.toolbar = window.addToolBar(QCoreApplication.translate("Menus", "Main toolbar"))
    window.toolbar.setObjectName("main-toolbar")
    window.toolbar.setMovable(False)
    window.toolbar.addAction(window.choose_action)
    window.chat_page_action = QAction(QCoreApplication.translate("Menus", "Chat"), window)
    window.chat_page_action.triggered.connect(lambda: window.show_page(CHAT_PAGE))
    window.toolbar.addAction(window.chat_page_action)
    window.downloads_action = window.downloads_dock.toggleViewAction()
    window.downloads_action.setText(QCoreApplication.translate("Menus", "Downloads"))
    window.toolbar.addAction(window.downloads_action)
    window.choose_action.setText(QCoreApplication.translate("Menus", "Models"))
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # icon and words
    for target, name in (
        (window.choose_action, "view_grid_outline"),
        (window.chat_page_action, "chat_outline"),
        (window.downloads_action, "download"),
        (window.regenerate_button, "refresh"),
        (window.chat_list.new_button, "message_plus_outline"),
        (window.settings_action, "cog_outline"),
    ):
        window.icons.give(target, name)
    size_icons(window)


def size_icons(window) -> None:
    """Icons as tall as a line of text, at any text size (they stayed small at 16 pt)."""
    side = window.fontMetrics().height()
    window.toolbar.setIconSize(QSize(side + 4, side + 4))
    for button in (window.send_button, window.regenerate_button, window.chat_list.new_button):
        button.setIconSize(QSize(side, side))
    # Send turns into Stop and back at every reply: both drawn now, not on the GUI thread at a
    # reply's start or end (drawing one took up to 15 ms there).
    for name in ("send", "stop"):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Disabled):
            icon(name, window.palette()).pixmap(QSize(side, side), mode)
