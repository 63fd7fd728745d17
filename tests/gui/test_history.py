"""Chats that last: restarts, the sidebar, search, edit and versions, export, settings, long chats."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from app.core import settings as user_settings
from app.core.chat.store import ASSISTANT, USER
from tests.conftest import SCRIPTED_REPLY
from tests.gui.conftest import click_link, saved, wait_loaded, wait_reply_done


def send(qtbot, window, text):
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    wait_reply_done(qtbot, window)


def ready_window(make_window, qtbot, model):
    window = make_window()
    window.session.request_load(model)
    wait_loaded(qtbot, window)
    return window


def last_chat_of_questions(count: int) -> None:
    """A saved chat of ``count`` questions and answers, the one to reopen."""
    from app.core.chat.store import ConversationStore

    store = ConversationStore()
    chat = store.create()
    parent = None
    for number in range(count):
        parent = store.add(chat, parent, USER, f"question {number}")
        parent = store.add(chat, parent, ASSISTANT, f"answer **{number}**")
    store.close()
    user_settings.save(user_settings.Settings(last_conversation=chat))


def titles(window):
    """What the sidebar lists, as a person reads it: chats (or search hits), not the date headings."""
    return [text for _, text in rows(window)]


def rows(window):
    """(row, text) of each chat or search hit in the sidebar (a hit's text is its accessible text)."""
    found = []
    for i in range(window.chat_list.list.count()):
        item = window.chat_list.list.item(i)
        if item.flags() & Qt.ItemFlag.ItemIsSelectable:
            found.append((i, item.text() or item.data(Qt.ItemDataRole.AccessibleTextRole)))
    return found


def choose_row(window, n):
    """Select the n-th chat of the sidebar (0: the newest)."""
    window.chat_list.list.setCurrentRow(rows(window)[n][0])


def test_chats_survive_a_restart_and_reopen_with_their_model(scripted_q4, make_window, qtbot):
    window = ready_window(make_window, qtbot, scripted_q4)
    send(qtbot, window, "What is a capital?")
    assert titles(window) == ["What is a capital?"]
    window.close()

    again = make_window()  # the last chat and model come back
    assert [(m.role, m.text) for m in again.chat_view.messages] == [
        (USER, "What is a capital?"),
        (ASSISTANT, SCRIPTED_REPLY),
    ]
    assert titles(again) == ["What is a capital?"]
    wait_loaded(qtbot, again)
    assert again.engine.model.path == scripted_q4
    send(qtbot, again, "And another?")
    assert [text for _, text, _ in saved(again)] == [
        "What is a capital?",
        SCRIPTED_REPLY,
        "And another?",
        SCRIPTED_REPLY,
    ]


def test_new_chat_rename_delete_and_undo(scripted_q4, make_window, qtbot, monkeypatch):
    window = ready_window(make_window, qtbot, scripted_q4)
    send(qtbot, window, "first chat")
    first = window.chat.id
    window.conversation.new_chat()
    assert window.chat_view.messages == [] and window.chat is None
    send(qtbot, window, "second chat")
    assert titles(window) == ["second chat", "first chat"]  # newest first

    choose_row(window, 1)
    monkeypatch.setattr("app.gui.chat_list.ask_new_name", lambda *a, **k: ("Geography", True))
    window.chat_list.rename_current()
    assert titles(window) == ["second chat", "Geography"]

    choose_row(window, 1)
    window.chat_list.delete_current()
    assert titles(window) == ["second chat"]
    undo = window.statusBar().findChild(QPushButton, "undo-delete")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert titles(window) == ["second chat", "Geography"]
    window.conversation.open_chat(first)
    assert [m.text for m in window.chat_view.messages] == ["first chat", SCRIPTED_REPLY]


def test_search_finds_old_chats_and_opens_them(scripted_q4, make_window, qtbot):
    window = ready_window(make_window, qtbot, scripted_q4)
    send(qtbot, window, "tell me about volcanoes")
    window.conversation.new_chat()
    send(qtbot, window, "something else")
    qtbot.keyClicks(window.chat_list.search_box, "volcan")
    qtbot.waitUntil(lambda: len(titles(window)) == 1 and "volcanoes" in titles(window)[0], timeout=3000)
    item = window.chat_list.list.item(rows(window)[0][0])
    window.chat_list.list.itemClicked.emit(item)
    assert window.chat_view.messages[0].text == "tell me about volcanoes"
    window.chat_list.search_box.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 2, timeout=3000)


def test_edit_makes_a_new_version_and_the_old_one_stays(scripted_q4, make_window, qtbot):
    window = ready_window(make_window, qtbot, scripted_q4)
    send(qtbot, window, "first question")
    send(qtbot, window, "second question")
    first = window.chat_view.messages[0]
    click_link(window.chat_view, f"edit:{first.message_id}")  # the Edit link under it
    assert window.edit_banner.isVisible() and window.input.toPlainText() == "first question"
    window.input.clear()
    send(qtbot, window, "first question, better")
    assert [m.text for m in window.chat_view.messages] == ["first question, better", SCRIPTED_REPLY]
    assert window.chat_view.messages[0].version == (2, 2) and not window.edit_banner.isVisible()

    edited = window.chat_view.messages[0]
    click_link(window.chat_view, f"version:{edited.message_id}:-1")  # ‹ : back to the first version
    assert [m.text for m in window.chat_view.messages] == [
        "first question", SCRIPTED_REPLY, "second question", SCRIPTED_REPLY
    ]  # fmt: skip
    assert window.chat_view.messages[0].version == (1, 2)

    click_link(window.chat_view, f"edit:{window.chat_view.messages[2].message_id}")
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)  # Esc cancels the edit
    assert window.conversation.editing is None and window.input.toPlainText() == ""


def test_export_and_copy_the_whole_chat(scripted_q4, make_window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QGuiApplication

    window = ready_window(make_window, qtbot, scripted_q4)
    send(qtbot, window, "Hi <b>there</b>")
    target = tmp_path / "chat.md"
    monkeypatch.setattr("app.gui.chat_export.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.conversation.export()
    text = target.read_text()
    # The user's own HTML is text in any Markdown viewer (it was left live before).
    assert text.startswith("# Hi &lt;b>there&lt;/b>\n") and "**You**:\n\nHi &lt;b>there&lt;/b>" in text
    assert SCRIPTED_REPLY in text
    window.conversation.copy_chat()
    assert QGuiApplication.clipboard().text() == text


def test_the_export_leaves_no_html_live_and_keeps_code_as_written(make_window, qtbot, monkeypatch, tmp_path):
    from app.core.chat.store import ConversationStore

    store = ConversationStore()
    chat = store.create()
    question = store.add(chat, None, USER, 'Look: <script>alert(1)</script> <img src=x onerror="alert(2)">')
    store.add(
        chat,
        question,
        ASSISTANT,
        "Use `<b>` like this:\n\n```html\n<b>bold</b> &amp;\n```\n\n- one <i>\n- two\n\n"
        "~~~~\n```\n<kept>\n```\n~~~~\n\nAfter <iframe src=x>, &lt;written&gt;",
    )
    store.close()
    user_settings.save(user_settings.Settings(last_conversation=chat))
    window = make_window()
    target = tmp_path / "chat.md"
    monkeypatch.setattr("app.gui.chat_export.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.conversation.export()
    text = target.read_text()
    assert "<script" not in text and "<img" not in text and "<iframe" not in text and "<i>" not in text
    assert 'Look: &lt;script>alert(1)&lt;/script> &lt;img src=x onerror="alert(2)">' in text
    assert "Use `<b>` like this:" in text  # code spans and code blocks, character for character
    assert "```html\n<b>bold</b> &amp;\n```" in text and "~~~~\n```\n<kept>\n```\n~~~~" in text
    assert "- one &lt;i>\n- two" in text  # markdown stays markdown
    assert "After &lt;iframe src=x>, &amp;lt;written&amp;gt;" in text  # entities show as typed


def test_the_chat_shown_is_remembered_at_once_so_a_crash_reopens_it(scripted_q4, make_window, qtbot):
    window = ready_window(make_window, qtbot, scripted_q4)
    send(qtbot, window, "first chat")
    first = window.chat.id
    window.conversation.new_chat()
    send(qtbot, window, "second chat")
    # No close: as after a kill, only what was written meanwhile is on disk.
    assert user_settings.load()[0].last_conversation == window.chat.id
    window.conversation.open_chat(first)
    assert user_settings.load()[0].last_conversation == first
    again = make_window()
    assert [m.text for m in again.chat_view.messages] == ["first chat", SCRIPTED_REPLY]
    window.conversation.new_chat()
    assert user_settings.load()[0].last_conversation is None  # a new chat, not saved yet


def test_settings_are_used_and_survive_a_restart(scripted_q4, make_window, qtbot, monkeypatch):
    from app.gui.settings_dialog import SettingsDialog

    window = ready_window(make_window, qtbot, scripted_q4)

    def accept_with_changes(dialog):
        dialog.temperature.setValue(0.3)
        dialog.max_tokens.setValue(256)
        dialog.system_prompt.setPlainText("Answer in one sentence.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_changes)
    window.open_settings()
    assert window.settings.generation_options().temperature == 0.3
    window.close()
    again = make_window()
    assert (again.settings.temperature, again.settings.max_tokens) == (0.3, 256)
    assert again.settings.system_prompt == "Answer in one sentence."
    assert user_settings.load()[0] == again.settings


def test_a_chat_of_2000_messages_opens_with_its_end_and_loads_more_on_request(make_window, qtbot):
    last_chat_of_questions(1000)

    window = make_window()
    view = window.chat_view
    assert len(view.messages) == 100 and view.messages[-1].text == "answer **999**"
    assert "Show earlier messages" in view.toPlainText()
    window.show_page(1)  # no model on this computer: the window opened on the picker
    click_link(view, "earlier:")
    assert len(view.messages) == 200 and view.messages[0].text == "question 900"
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(0)  # scrolls to the top and back
    bar.setValue(bar.maximum())
    assert bar.value() == bar.maximum() > 0


def test_a_damaged_message_is_set_aside_and_said_in_words(make_window, qtbot):
    import sqlite3

    from app.core.chat.store import ConversationStore

    store = ConversationStore()
    chat = store.create()
    first = store.add(chat, None, USER, "kept question")
    store.add(chat, first, ASSISTANT, "kept answer")
    store.close()
    raw = sqlite3.connect(store.path)
    raw.execute("UPDATE messages SET role = 'robot' WHERE id = ?", (first,))
    raw.commit()
    raw.close()
    user_settings.save(user_settings.Settings(last_conversation=chat))
    window = make_window()
    texts = [(m.role, m.text) for m in window.chat_view.messages]
    assert texts[0] == (ASSISTANT, "kept answer")
    assert texts[-1][0] == "notice" and "set aside" in texts[-1][1]


def test_a_chat_memory_beyond_training_is_allowed_with_a_warning(scripted_q4, make_window, qtbot):
    from app.gui.settings_dialog import SettingsDialog

    window = make_window()
    dialog = SettingsDialog(window.settings, window)
    assert dialog.context_warning.isHidden()
    dialog.context.setValue(4096)
    assert not dialog.context_warning.isHidden() and "2,048 the models were trained on" in dialog.context_warning.text()
    window.settings = dialog.result_settings()
    qtbot.waitUntil(lambda: window.session.measurements is not None, timeout=30_000)
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    assert window.engine.model.n_ctx == 4096
    assert any("more than the 2,048 this model was trained on" in m.text for m in window.chat_view.messages)


def test_show_earlier_messages_renders_only_the_earlier_ones(make_window, qtbot, monkeypatch):
    from app.gui import chat_view

    last_chat_of_questions(125)
    window = make_window()
    view = window.chat_view
    shown_before = list(view.messages)
    rendered = []
    original = chat_view.render_markdown
    monkeypatch.setattr(
        chat_view, "render_markdown", lambda text, *a, **k: rendered.append(text) or original(text, *a, **k)
    )

    window.show_page(1)  # no model on this computer: the window opened on the picker
    click_link(view, "earlier:")
    assert view.messages[100:] == shown_before  # the messages shown stay as they are, not rendered again
    assert rendered == [f"answer **{n}**" for n in range(25, 75)]  # only the 50 earlier replies
    assert [m.text for m in view.messages[:2]] == ["question 25", "answer **25**"]
    assert "Show earlier messages" in view.toPlainText()
    click_link(view, "earlier:")
    assert [m.text for m in view.messages] == [t for n in range(125) for t in (f"question {n}", f"answer **{n}**")]
    assert "Show earlier messages" not in view.toPlainText()  # the first message is shown
    click_link(view, f"copy-message:{view.messages[0].key}")
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "question 0"


def test_editing_shows_the_question_and_cancel_gives_it_back(scripted_q4, make_window, qtbot):
    window = ready_window(make_window, qtbot, scripted_q4)
    send(qtbot, window, "first question")
    send(qtbot, window, "second question")
    first = window.chat_view.messages[0]
    click_link(window.chat_view, f"edit:{first.message_id}")
    assert window.chat_view.marked_message == first.message_id  # scrolled to and marked
    assert not window.regenerate_button.isEnabled()  # Send is what an edit leads to
    assert window.cancel_edit_button.isVisible()
    qtbot.mouseClick(window.cancel_edit_button, Qt.MouseButton.LeftButton)
    assert (
        window.conversation.editing is None and not window.edit_banner.isVisible() and window.input.toPlainText() == ""
    )
    assert window.chat_view.marked_message is None and window.regenerate_button.isEnabled()
