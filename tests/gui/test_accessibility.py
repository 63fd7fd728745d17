"""What a screen reader and a keyboard user meet: every control has a name and a role, Tab goes
through the chat page without getting stuck, and a finished reply is announced once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.gui.window_menus import CHAT_PAGE, PICKER_PAGE

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)
ROLES = {
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.EditableText,
    QAccessible.Role.StaticText,  # a read-only text browser (the chat)
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Document,
}


def controls_not_for_everyone(top: QWidget) -> list[str]:
    """Each control shown in ``top`` whose accessible interface has no name or an unexpected role,
    and each text box that keeps the Tab key (a keyboard user would be stuck in it; a read-only one
    passes Tab through its links and on)."""
    wrong = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top):
            continue
        if type(widget).__name__ == "QToolBarExtension" or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # Qt's own parts of a toolbar, a spin box or a combo box: named through their owner
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        role = interface.role() if interface is not None else None
        if not name or role not in ROLES:
            wrong.append(f"{type(widget).__name__} {widget.objectName()!r} name={name!r} role={role}")
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly() and not widget.tabChangesFocus():
            wrong.append(f"{type(widget).__name__} {name!r} keeps the Tab key")
    return wrong


def test_every_control_of_the_picker_and_the_chat_has_a_name(make_window, qtbot):
    window = make_window()
    window.downloads_dock.show()
    for page in (PICKER_PAGE, CHAT_PAGE):
        window.show_page(page)
        qtbot.wait(10)
        assert not controls_not_for_everyone(window), page


def test_every_setting_has_a_name(qtbot):
    from app.core.settings import Settings
    from app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), has_gpu=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not controls_not_for_everyone(dialog)


def test_tab_leaves_the_chat_view_and_reaches_the_message_box(make_window, qtbot):
    window = make_window()
    window.show_page(CHAT_PAGE)
    window.chat_view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.chat_view.hasFocus, timeout=2000)
    seen = []
    for _ in range(12):  # the examples, the message box, Send… then round again
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
        if window.focusWidget() is window.input:
            break
    assert window.input in seen
    assert window.chat_view not in seen[:-1] or seen[-1] is window.input


def test_a_chat_by_keys_alone_and_each_reply_announced_once(scripted_q4, make_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    from tests.gui.conftest import wait_loaded, wait_reply_done

    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    announced = []
    window.chat_view.announced.connect(announced.append)
    window.input.setFocus()
    qtbot.keyClicks(window.input, "hello")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # Enter sends
    wait_reply_done(qtbot, window)
    qtbot.waitUntil(lambda: len(announced) == 1, timeout=5_000)
    reply = window.chat_view.messages[-1]
    assert reply.text and reply.text in announced[0] and reply.author in announced[0]
    window.chat_view.setFocus(Qt.FocusReason.TabFocusReason)  # the chat now has links (Copy, Edit…)
    qtbot.keyClick(window.chat_view, Qt.Key.Key_Tab)
    assert not window.chat_view.hasFocus()  # Tab goes on, it does not walk the links inside
    window.chat_view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.chat_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Alt+Down: the first link
    qtbot.keyClick(window.chat_view, Qt.Key.Key_Return)  # the question's Copy
    assert QGuiApplication.clipboard().text() == "hello"
    window.input.setFocus()

    qtbot.keyClick(window.input, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R regenerates
    wait_reply_done(qtbot, window)
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=5_000)
    assert window.chat_view.messages[-1].version == (2, 2)

    qtbot.keyClick(window.input, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == window.chat_view.messages[-1].text  # Ctrl+Shift+C copies it

    qtbot.keyClick(window.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new chat
    assert not window.chat_view.messages or window.chat is None or not window.chat.messages()
    qtbot.keyClick(window.input, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: search
    assert window.chat_list.search_box.hasFocus()
    assert len(announced) == 2  # never token by token


def test_each_message_is_read_out_whole_with_its_author_by_keys(scripted_q4, make_window, qtbot):
    """The chat is one document to Qt; Ctrl+Up / Ctrl+Down make it a list of messages to a screen
    reader: each read out whole, with its author and where it is, and Alt+Down then reaches its buttons."""
    from PySide6.QtGui import QGuiApplication

    from tests.gui.conftest import wait_loaded, wait_reply_done

    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    for question in ("first question", "second question"):
        qtbot.keyClicks(window.input, question)
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        wait_reply_done(qtbot, window)
    view = window.chat_view
    said = []
    view.announced.connect(said.append)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(4):  # the last message first, then up to the first
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # at the first: stays there
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    messages = view.messages
    count = len(messages)
    assert count == 4
    expected = [3, 2, 1, 0, 0, 1]
    assert len(said) == len(expected)
    for words, index in zip(said, expected):
        message = messages[index]
        assert words.startswith(f"{message.author}, message {index + 1} of {count}: ")
        assert words.endswith(message.text)
    assert messages[1].author != messages[0].author  # the model's name, then "You"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # this message's first button: Copy
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == messages[1].text


def test_every_control_of_every_other_window_has_a_name(scripted_q4, looping_q4, make_window, qtbot):
    """Compare, Settings (every section, the remote servers and sharing with other apps included),
    About and the model's instructions: the same walk of the accessibility tree as the main window's."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.settings import Settings
    from app.gui.instructions_dialog import InstructionsDialog
    from app.gui.settings_dialog import SettingsDialog
    from tests.gui.test_compare import install

    install(scripted_q4, looping_q4)
    window = make_window()
    window.settings = Settings(model_licence_accepted=True)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10_000)  # the computer looked at
    window.open_compare()
    qtbot.waitUntil(lambda: window.compare_dialog is not None and window.compare_dialog.isVisible(), timeout=5_000)
    assert not controls_not_for_everyone(window.compare_dialog)
    window.compare_dialog.close()

    dialog = SettingsDialog(Settings(), window, has_gpu=True, engine=window.engine)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remote_models.isVisibleTo(dialog) and dialog.api_switch.isVisibleTo(dialog)
    assert not controls_not_for_everyone(dialog)
    dialog.close()

    window.about()
    assert not controls_not_for_everyone(window.about_dialog)
    window.about_dialog.close()

    instructions = InstructionsDialog("Answer briefly.", "You are helpful.", window)
    qtbot.addWidget(instructions)
    instructions.show()
    assert not controls_not_for_everyone(instructions)
    QTimer.singleShot(0, QApplication.closeAllWindows)


def _tab_to(qtbot, widget, most: int = 40) -> list:
    """Press Tab (on whatever has the focus) until ``widget`` has it; the widgets passed on the way."""
    from PySide6.QtWidgets import QApplication

    passed = []
    for _ in range(most):
        if QApplication.focusWidget() is widget:
            return passed
        passed.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget() or widget.window(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}; it went through {passed}")


def test_the_first_run_by_keys_alone_choose_download_and_chat(fake_hub, scripted_q4, make_window, qtbot):
    """A new user with no mouse: Tab to the recommended download, Space, Tab to "I agree", Space; the
    model downloads and loads, the focus is in the message box, Enter sends. Only key presses."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core import settings
    from tests.conftest import SCRIPTED_REPLY
    from tests.gui.conftest import wait_loaded, wait_reply_done
    from tests.test_cli_download import NAME, REPO

    fake_hub.add_file(REPO, NAME, scripted_q4)
    settings.save(settings.Settings())  # the licence not yet accepted
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(
        lambda: window.session.hardware is not None and window.picker.hub_state == "answered", timeout=30_000
    )
    picker = window.picker
    assert picker.selected is not None and picker.selected.recommended  # chosen for the person already
    if QApplication.focusWidget() is None:
        window.picker.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # as the window manager does
    _tab_to(qtbot, picker.primary_button)
    qtbot.keyClick(picker.primary_button, Qt.Key.Key_Space)

    licence = window.findChild(QMessageBox, "model-licence")
    assert licence is not None
    qtbot.waitUntil(lambda: licence.isVisible(), timeout=5_000)
    licence.activateWindow()  # as a desktop's window manager does with a new dialog (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is licence, timeout=5_000)
    agree = next(b for b in licence.buttons() if b.text() == "I agree, download")
    _tab_to(qtbot, agree, most=6)
    qtbot.keyClick(agree, Qt.Key.Key_Space)
    job = window.downloads.jobs[0]
    qtbot.waitUntil(lambda: job.state == "done", timeout=60_000)
    wait_loaded(qtbot, window)
    window.activateWindow()  # the licence closed: the window manager gives the window back its focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.input, timeout=5_000)  # ready to type

    qtbot.keyClicks(window.input, "Hello there")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    wait_reply_done(qtbot, window)
    assert [m.text for m in window.chat_view.messages] == ["Hello there", SCRIPTED_REPLY]


def test_the_chat_list_by_keys_alone_open_rename_delete_undo_search(scripted_q4, make_window, qtbot):
    """Ctrl+N, a question; Tab to the list, arrows and Enter to open a chat; F2 renames it, Delete
    deletes it, Ctrl+Z brings it back; Ctrl+F, a word, Down and Enter open what was found."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.gui.test_history import ready_window, send, titles

    window = ready_window(make_window, qtbot, scripted_q4)
    window.activateWindow()
    send(qtbot, window, "tell me about volcanoes")
    qtbot.keyClick(window.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    send(qtbot, window, "something else")
    assert titles(window) == ["something else", "tell me about volcanoes"]

    chats = window.chat_list.list
    _tab_to(qtbot, chats)
    qtbot.keyClick(chats, Qt.Key.Key_End)  # the oldest chat
    qtbot.keyClick(chats, Qt.Key.Key_Return)
    assert window.chat_view.messages[0].text == "tell me about volcanoes"

    def type_new_name() -> None:
        field = QApplication.focusWidget()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, "Geography")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    chats.setFocus()
    QTimer.singleShot(200, type_new_name)  # the rename dialog waits for its answer
    qtbot.keyClick(chats, Qt.Key.Key_F2)
    assert titles(window) == ["something else", "Geography"]

    window.activateWindow()  # the dialog closed: the window manager gives the window back its focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    chats.setFocus()
    qtbot.keyClick(chats, Qt.Key.Key_End)
    qtbot.keyClick(chats, Qt.Key.Key_Delete)
    assert titles(window) == ["something else"]
    assert QApplication.focusWidget() is chats  # still where the person was
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == ["something else", "Geography"]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.chat_list.search_box.hasFocus()
    qtbot.keyClicks(window.chat_list.search_box, "volcan")
    qtbot.waitUntil(lambda: len(titles(window)) == 1 and "volcanoes" in titles(window)[0], timeout=3_000)
    qtbot.keyClick(window.chat_list.search_box, Qt.Key.Key_Down)  # from the search box into what it found
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.chat_view.messages[0].text == "tell me about volcanoes"


def test_settings_and_compare_by_keys_alone(scripted_q4, looping_q4, make_window, qtbot):
    """Ctrl+, opens Settings; Tab reaches a setting, typing changes it, Enter keeps it. Ctrl+Shift+M opens
    Compare with the focus on the question; typing and Enter ask both; Esc closes it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.settings import Settings
    from tests.gui.test_compare import install

    install(scripted_q4, looping_q4)
    window = make_window()
    window.settings = Settings(model_licence_accepted=True, max_tokens=16)
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.session.busy and QApplication.activeWindow() is window, timeout=10_000)

    failures = []

    def in_settings() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
            field = dialog.max_tokens
            _tab_to(qtbot, field, most=60)
            qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(field, "300")
            qtbot.keyClick(field, Qt.Key.Key_Return)  # OK is the default button
        except BaseException as failure:  # noqa: BLE001 - said below, after the dialog is closed
            failures.append(failure)
            dialog.reject()

    QTimer.singleShot(300, in_settings)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    assert window.settings.max_tokens == 300

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.compare_dialog is not None and window.compare_dialog.isVisible(), timeout=5_000)
    dialog = window.compare_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.input.hasFocus(), timeout=5_000)
    qtbot.keyClicks(dialog.input, "Hello")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.running, timeout=5_000)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert all(side.view.messages[0].text == "Hello" for side in dialog.sides)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.compare_dialog is None, timeout=10_000)
