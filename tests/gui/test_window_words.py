"""What the window shows a person: search hits as plain words that jump to their message,
the chat list's dates, chats opening at their newest message."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from app.core.chat.store import ASSISTANT, USER, ConversationStore
from app.gui.chat_list import day_heading, hit_html


def _long_chat(count: int, needle_at: int) -> int:
    store = ConversationStore()
    chat = store.create()
    parent = None
    for n in range(count):
        text = f"message {n}" + (" about **volcanoes** and [lava](http://example.com)" if n == needle_at else "")
        parent = store.add(chat, parent, USER if n % 2 == 0 else ASSISTANT, text)
    store.close()
    return chat


def test_a_search_hit_is_plain_words_and_opens_its_message_marked(make_window, qtbot):
    chat = _long_chat(400, needle_at=10)  # far before the last 100 messages a chat opens with
    window = make_window()
    qtbot.keyClicks(window.chat_list.search_box, "volcano")
    qtbot.waitUntil(lambda: window.chat_list.list.count() == 1, timeout=3000)
    item = window.chat_list.list.item(0)
    label = window.chat_list.list.itemWidget(item)
    assert "**" not in label.text() and "http" not in label.text() and "[" not in label.text()
    assert "<u>volcanoes</u>" in label.text()
    assert "message 10 about volcanoes and lava" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    window.chat_list.list.itemClicked.emit(item)
    view = window.chat_view
    assert window.chat.id == chat and view.marked_message is not None
    marked = next(m for m in view.messages if m.message_id == view.marked_message)
    assert marked.text.startswith("message 10 ")
    qtbot.waitUntil(lambda: view.viewport().isVisible(), timeout=3000)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(marked.frame.firstPosition())
    assert view.viewport().rect().contains(view.cursorRect(cursor).topLeft())  # scrolled to it
    assert len(view.extraSelections()) == 1


def test_hit_html_escapes_everything_it_shows():
    from app.core.chat.store import Conversation, SearchHit

    conversation = Conversation(1, "<b>title</b>", None, None, {}, 0, 0, None)
    hit = SearchHit(conversation, 1, (("<script>", False), ("x", True)))
    shown = hit_html(hit)
    assert "<script>" not in shown and "&lt;script&gt;" in shown and "&lt;b&gt;title" in shown


def test_chats_are_listed_under_today_yesterday_and_earlier(make_window):
    now = time.time()
    assert day_heading(now, now) == "Today"
    assert day_heading(now - 86_400, now) == "Yesterday"
    assert day_heading(now - 10 * 86_400, now) == "Earlier"
    store = ConversationStore()
    old, new = store.create(), store.create()
    store.add(old, None, USER, "an old chat")
    store.add(new, None, USER, "a new chat")
    store.db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now - 10 * 86_400, old))
    store.close()
    window = make_window()
    shown = [window.chat_list.list.item(i) for i in range(window.chat_list.list.count())]
    assert [i.text() for i in shown] == ["Today", "a new chat", "Earlier", "an old chat"]
    headings = [i for i in shown if not i.flags() & Qt.ItemFlag.ItemIsSelectable]
    assert [i.text() for i in headings] == ["Today", "Earlier"]


def test_an_empty_list_says_so_inside_the_list(make_window):
    window = make_window()
    assert [window.chat_list.list.item(i).text() for i in range(window.chat_list.list.count())] == [
        "Your chats will be listed here."
    ]


def test_a_chat_opens_at_its_newest_message_after_a_restart(make_window, qtbot):
    from app.core import settings as user_settings

    chat = _long_chat(200, needle_at=-1)
    settings, _ = user_settings.load()
    from dataclasses import replace

    user_settings.save(replace(settings, last_conversation=chat))
    window = make_window()
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    from app.gui.main_window import CHAT_PAGE, PICKER_PAGE

    window.show_page(CHAT_PAGE)  # no model yet, so it started on Models: back to the chat
    qtbot.wait(50)
    bar = window.chat_view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    window.show_page(PICKER_PAGE)
    window.resize(1200, 700)
    window.show_page(CHAT_PAGE)
    qtbot.wait(50)
    assert bar.value() == bar.maximum()


def test_the_chat_memory_fills_and_says_when_old_messages_are_left_out(make_window, qtbot, scripted_q4):
    from dataclasses import replace

    from app.core import settings as user_settings
    from app.gui.chat_view import NOTICE
    from tests.gui.conftest import wait_loaded, wait_reply_done

    settings, _ = user_settings.load()
    user_settings.save(replace(settings, context=512, max_tokens=32))
    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    shares = []
    for n in range(14):
        qtbot.keyClicks(window.input, f"question {n}: tell me more")
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        wait_reply_done(qtbot, window)
        shares.append(int(window.memory_label.text().split()[2]))
    assert window.memory_label.text().startswith("Chat memory")
    assert shares[1] > shares[0] and max(shares) <= 100
    told = [m.text for m in window.chat_view.messages if m.role == NOTICE and "left out" in m.text]
    assert len(told) == 1 and "A new chat (Ctrl+N) starts afresh" in told[0]  # once, not at every turn
    assert "words/s" in window.speed_label.text()
    window.conversation.new_chat()
    assert window.memory_label.text() == ""


def test_an_empty_chat_offers_example_questions_that_ask(make_window, qtbot, scripted_q4):
    from tests.gui.conftest import wait_loaded, wait_reply_done

    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    assert window.examples.isVisible()
    button = window.examples.buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_reply_done(qtbot, window)
    assert [m.text for m in window.chat.messages()][0] == button.text()
    assert not window.examples.isVisible()
    window.conversation.new_chat()
    assert window.examples.isVisible()


def test_plain_model_names_in_the_downloads_panel_the_models_list_and_the_export(
    fake_hub, scripted_q4, make_window, qtbot
):
    from app.core.chat.store import export_markdown
    from app.core.models.catalog import display_name
    from tests.gui.test_downloads import wait_for_hub
    from tests.test_cli_download import NAME, REPO

    fake_hub.add_file(REPO, NAME, scripted_q4)
    window = make_window()
    wait_for_hub(qtbot, window)
    window.models.download(window.picker.selected.entry)
    row = window.downloads.jobs[0].row
    assert "Vicuna 1.5b · Q4_K_M" in row.name.text() and NAME not in row.name.text()
    qtbot.waitUntil(lambda: window.engine.model is not None and not window.session.busy, timeout=60_000)
    listed = window.picker.installed_texts()
    assert listed and all(NAME not in text for text in listed)
    assert any(text.startswith("Vicuna 1.5b · Q4_K_M") for text in listed)
    qtbot.keyClicks(window.input, "hello")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.conversation.reply is None and not window.chat_view.streaming, timeout=60_000)
    text = export_markdown(window.chat.conversation, window.chat.messages(), display_name)
    assert "**Vicuna 1.5b · Q4_K_M**:" in text and NAME not in text


def test_rename_and_delete_from_anywhere_and_delete_in_a_text_box_stays_there(make_window, qtbot, monkeypatch):
    store = ConversationStore()
    chat = store.create()
    store.add(chat, None, USER, "a chat to rename")
    store.close()
    window = make_window()
    window.conversation.open_chat(chat)
    assert (
        window.rename_action.shortcut().toString() == "F2"
        and window.rename_action in window.menuBar().actions()[1].menu().actions()
    )
    monkeypatch.setattr("app.gui.chat_list.ask_new_name", lambda parent, current: ("Renamed", True))
    assert window.rename_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut  # wherever the focus is
    window.input.setFocus()
    window.rename_action.trigger()
    assert window.store.conversation(chat).title == "Renamed"
    qtbot.keyClicks(window.input, "typing")
    qtbot.keyClick(window.input, Qt.Key.Key_Home)
    qtbot.keyClick(window.input, Qt.Key.Key_Delete)  # edits the text, never deletes the chat
    assert window.input.toPlainText() == "yping"
    assert [c.id for c in window.store.conversations()] == [chat]
    window.delete_action.trigger()
    assert window.store.conversations() == []
    assert "Chat deleted" in window.statusBar().currentMessage()


def test_the_rename_dialog_shows_its_whole_title_at_a_large_font(make_window, qtbot):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QInputDialog

    from app.gui.chat_list import ask_new_name

    app = QApplication.instance()
    old = app.font()
    app.setFont(QFont(old.family(), 16))
    try:
        window = make_window()
        seen = []

        def look() -> None:
            dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
            seen.append((dialog.width(), dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())))
            dialog.reject()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(200, look)
        ask_new_name(window, "a fairly long name for a chat about volcanoes")
        [(width, title_width)] = seen
        assert width >= title_width + 120  # room for the title beside the window's own buttons
    finally:
        app.setFont(old)


def test_clicking_a_date_heading_opens_nothing(make_window):
    store = ConversationStore()
    store.add(store.create(), None, USER, "a chat")
    store.close()
    window = make_window()
    heading = window.chat_list.list.item(0)
    assert heading.text() == "Today" and heading.flags() & Qt.ItemFlag.ItemIsEnabled
    window.chat_list.list.itemClicked.emit(heading)
    assert window.chat is None and not [m for m in window.chat_view.messages if "no longer exists" in m.text]


def test_when_old_messages_are_left_out_memory_is_full_and_the_question_keeps_its_buttons(
    make_window, qtbot, scripted_q4
):
    from dataclasses import replace

    from app.core import settings as user_settings
    from app.core.chat.store import USER
    from app.gui.chat_view import NOTICE
    from tests.gui.conftest import wait_loaded, wait_reply_done

    settings, _ = user_settings.load()
    user_settings.save(replace(settings, context=512, max_tokens=32))
    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    for n in range(30):
        qtbot.keyClicks(window.input, f"question {n}: tell me more")
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        wait_reply_done(qtbot, window)
        if any(m.role == NOTICE for m in window.chat_view.messages):
            break
    assert window.memory_label.text() == "Chat memory 100 % full · the oldest are left out"
    question = [m for m in window.chat_view.messages if m.role == USER][-1]
    assert question.message_id is not None  # its Edit button is there (the notice took its place before)
    assert f"edit:{question.message_id}" in window.chat_view._footer(question)


def test_search_hits_wrap_at_the_lists_width_and_never_scroll_sideways(make_window, qtbot):
    _long_chat(6, needle_at=2)
    window = make_window()
    window.chat_list.setFixedWidth(220)  # a narrow sidebar
    qtbot.keyClicks(window.chat_list.search_box, "volcano")
    qtbot.waitUntil(lambda: window.chat_list.list.count() == 1, timeout=3000)
    qtbot.wait(50)
    rows = window.chat_list.list
    item = rows.item(0)
    label = rows.itemWidget(item)
    assert item.sizeHint().width() <= rows.viewport().width()
    assert item.sizeHint().height() >= label.heightForWidth(rows.viewport().width())  # every line shown
    assert item.sizeHint().height() > 2 * label.fontMetrics().height()  # it wraps rather than being cut
    assert not rows.horizontalScrollBar().isVisible()
