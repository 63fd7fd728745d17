"""Chatting in the window: stop, regenerate, switch model, crashes, closing mid-reply, untrusted output."""

from __future__ import annotations

import os
import signal
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.testing.gguf_models import write_scripted_llama
from tests.conftest import SCRIPTED_REPLY
from tests.gui.conftest import click_link, saved, wait_loaded, wait_reply_done

HOSTILE_PIECES = [
    "Try▁", "<b>this</b>", "▁and▁", "<script>", "alert(1)", "</script>", ":\n\n",
    "```python\n", "def▁greet(name):\n", "▁▁▁▁return▁name\n", "```\n", "[site](", "https://example.org", ")",
]  # fmt: skip
HOSTILE_TEXT = "".join(HOSTILE_PIECES).replace("▁", " ")


@pytest.fixture(scope="session")
def hostile_f32(models_dir):
    return write_scripted_llama(models_dir / "hostile-f32.gguf", pieces=HOSTILE_PIECES)


def send(qtbot, window, text):
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def test_stop_keeps_the_text_and_regenerate_writes_again(looping_q4, make_window, qtbot):
    window = make_window()
    window.session.request_load(looping_q4)
    wait_loaded(qtbot, window)
    send(qtbot, window, "go")
    assert window.send_button.text() == "Stop"
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 20, timeout=30_000)
    qtbot.waitUntil(lambda: "abababab" in window.chat_view.toPlainText(), timeout=5_000)  # shown while written
    assert window.conversation.reply is not None
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)  # Esc stops the reply
    wait_reply_done(qtbot, window, timeout=5_000)
    reply = window.chat_view.messages[-1]
    assert reply.text.startswith("abab") and "stopped" in reply.note
    assert saved(window)[-1] == ("assistant", reply.text, "stopped")  # what was written is kept, on disk
    assert window.send_button.text() == "Send" and window.regenerate_button.isEnabled()

    qtbot.mouseClick(window.regenerate_button, Qt.MouseButton.LeftButton)
    assert window.conversation.reply is not None and len(window.chat_view.messages) == 2  # the old reply made way
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 10, timeout=30_000)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)  # the Send button is Stop now
    wait_reply_done(qtbot, window, timeout=5_000)
    assert [(role, state) for role, _, state in saved(window)] == [("user", "finished"), ("assistant", "stopped")]
    assert saved(window)[0][1] == "go" and len(window.chat_view.messages) == 2
    last = window.chat_view.messages[-1]
    assert last.version == (2, 2) and len(window.store.siblings(last.message_id)) == 2  # the first reply stays


def test_closing_mid_reply_exits_within_two_seconds(looping_q4, make_window, qtbot):
    window = make_window()
    window.session.request_load(looping_q4)
    wait_loaded(qtbot, window)
    child = window.engine.child_pid
    send(qtbot, window, "go")
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 10, timeout=30_000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    assert window.tasks.wait(0)  # nothing left running
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def test_closing_while_loading_exits_within_two_seconds(slow_reader_f16, make_window, qtbot):
    window = make_window()
    window.session.request_load(slow_reader_f16)
    assert window.session.busy
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0


def test_model_output_is_shown_as_text_never_as_html(hostile_f32, make_window, qtbot):
    window = make_window()
    window.session.request_load(hostile_f32)
    wait_loaded(qtbot, window)
    send(qtbot, window, "hi")
    wait_reply_done(qtbot, window)
    reply = window.chat_view.messages[-1]
    assert reply.text == HOSTILE_TEXT
    shown = window.chat_view.toPlainText()
    assert "Try <b>this</b> and <script>alert(1)</script>:" in shown  # the characters, as written
    html = window.chat_view.toHtml()
    assert "<script" not in html and "<b>this" not in html
    assert reply.code_blocks == ("def greet(name):\n    return name",)
    click_link(window.chat_view, "copy-code:1:0")  # the code block's Copy link
    assert QGuiApplication.clipboard().text() == "def greet(name):\n    return name"
    click_link(window.chat_view, "copy-message:0")
    assert QGuiApplication.clipboard().text() == "hi"
    assert 'href="https://example.org"' in html  # a link, opened only by a click


def test_switching_model_keeps_the_conversation(scripted_q4, looping_q4, make_window, qtbot):
    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    send(qtbot, window, "first")
    wait_reply_done(qtbot, window)
    window.session.request_load(looping_q4)
    wait_loaded(qtbot, window)
    assert window.engine.model.path == looping_q4
    send(qtbot, window, "second")
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 4, timeout=30_000)
    window.conversation.stop()
    wait_reply_done(qtbot, window)
    texts = [text for _, text, _ in saved(window)]
    assert texts[0] == "first" and texts[1] == SCRIPTED_REPLY and texts[2] == "second"
    assert texts[3].startswith("abab")
    assert [m.role for m in window.chat_view.messages] == ["user", "assistant", "user", "assistant"]


def test_a_crash_mid_reply_is_a_message_and_the_next_send_loads_again(looping_q4, make_window, qtbot):
    window = make_window()
    window.session.request_load(looping_q4)
    wait_loaded(qtbot, window)
    send(qtbot, window, "go")
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 6, timeout=30_000)
    os.kill(window.engine.child_pid, signal.SIGKILL)
    wait_reply_done(qtbot, window)
    notice = window.chat_view.messages[-1]
    assert notice.role == "notice" and "stopped unexpectedly" in notice.text and "Traceback" not in notice.text
    assert saved(window)[-1][1].startswith("abab") and saved(window)[-1][2] == "failed"  # the partial reply is kept
    assert window.isVisible()

    send(qtbot, window, "again")  # loads the model again, then answers
    qtbot.waitUntil(lambda: window.chat_view.messages[-1].role == "assistant", timeout=30_000)
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 4, timeout=30_000)
    window.conversation.stop()
    wait_reply_done(qtbot, window)
    assert [text for role, text, _ in saved(window) if role == "user"] == ["go", "again"]


def test_a_model_too_big_asks_first_with_the_numbers(scripted_q4, make_window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from app.core.fit.hardware import Hardware

    window = make_window()
    qtbot.waitUntil(lambda: window.session.hardware is not None, timeout=30_000)
    window.session.hardware = Hardware(
        ram_total=2 << 20, ram_available=1 << 20, cpu_cores=2, cpu_threads=2, cpu_name="x"
    )
    window.session.request_load(scripted_q4)
    box = window.findChild(QMessageBox, "too-big")
    assert box is not None and box.isVisible()
    # Free memory is read again at the request (here capped by the pretended total).
    assert "needs about" in box.text() and "2.1 MB in all and 2.1 MB free" in box.text()
    assert not window.session.busy  # nothing happens before the answer
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not window.session.busy and window.engine.model is None

    window.session.request_load(scripted_q4)
    box = window.findChildren(QMessageBox, "too-big")[-1]
    anyway = next(b for b in box.buttons() if b.text() == "Load it anyway")
    qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert window.engine.model.n_ctx == 512  # context on automatic: what fits, never below a usable chat


def test_a_damaged_file_is_a_message(tmp_path, make_window, qtbot):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x00" * 10)
    window = make_window()
    window.session.request_load(broken)
    notice = window.chat_view.messages[-1]
    assert notice.role == "notice" and "broken.gguf" in notice.text
    assert window.engine.model is None


def frame_html(view, message) -> str:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(message.frame.firstPosition())
    cursor.setPosition(message.frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selection().toHtml()


def stream(qtbot, view, text, step=3):
    """``text`` written into ``view`` as a model writes it, a few characters at a time."""
    message = view.begin_reply("Model")
    for start in range(0, len(text), step):
        view.append(text[start : start + step])
        qtbot.wait(1)
    with qtbot.waitSignal(view.reply_shown, timeout=10_000):
        view.end_reply("done")
    return message


def test_a_streamed_reply_ends_rendered_as_the_reopened_chat_renders_it(qtbot, monkeypatch):
    import threading

    import app.core.chat.markdown_render as markdown_render
    from app.gui import chat_view
    from app.gui.chat_view import ASSISTANT, ChatView
    from tests.core.test_markdown_render import TRICKY

    on_gui_thread = []
    original = markdown_render.render_markdown

    def watched(*args, **kwargs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(markdown_render, "render_markdown", watched)
    monkeypatch.setattr(chat_view, "render_markdown", watched)
    for text in TRICKY:
        streamed_view, reopened_view = ChatView(), ChatView()
        qtbot.addWidget(streamed_view)
        qtbot.addWidget(reopened_view)
        on_gui_thread.clear()
        streamed = stream(qtbot, streamed_view, text)
        assert on_gui_thread and not any(on_gui_thread)  # rendered, and never on the GUI thread
        reopened = reopened_view.add_message(ASSISTANT, text, "Model", "done")
        assert frame_html(streamed_view, streamed) == frame_html(reopened_view, reopened), text
        assert streamed.code_blocks == reopened.code_blocks
        assert "[1]" not in streamed_view.toPlainText()


def test_copy_code_copies_the_block_it_is_above_after_any_kind_of_fence(qtbot):
    from app.gui.chat_view import ChatView
    from tests.core.test_markdown_render import TRICKY

    view = ChatView()
    qtbot.addWidget(view)
    view.show()  # to be clicked
    message = stream(qtbot, view, TRICKY[1] + "\n" + TRICKY[2] + "\n" + TRICKY[5])
    expected = ["```python\nnot_the_end()\n```\n\nstill inside", "```\ninner\n```", "first = 1\n\nsecond = 2"]
    for number, code in enumerate(expected):
        click_link(view, f"copy-code:{message.key}:{number}")
        assert QGuiApplication.clipboard().text() == code
    click_link(view, f"copy-code:{message.key}:{len(message.code_blocks) - 1}")
    assert QGuiApplication.clipboard().text() == "indented <code>"


def test_markdown_tables_have_borders(qapp):
    from PySide6.QtGui import QTextTable

    from app.gui.chat_view import ASSISTANT, ChatView

    view = ChatView()
    view.add_message(ASSISTANT, "| a | b |\n|---|---|\n| 1 | 2 |\n", "Model")
    tables = [f for f in view.document().rootFrame().childFrames() for f in [f, *f.childFrames()]]
    [table] = [t for t in tables if isinstance(t, QTextTable) and t.rows() == 2]  # not the buttons' row
    cell = table.cellAt(1, 1).format().toTableCellFormat()
    assert cell.topBorder() >= 1 and cell.leftBorder() >= 1


def test_a_reply_cut_at_the_length_limit_gets_continue_into_the_same_message(looping_q4, make_window, qtbot):
    from dataclasses import replace

    window = make_window()
    window.settings = replace(window.settings, max_tokens=16)
    window.session.request_load(looping_q4)
    wait_loaded(qtbot, window)
    assert not window.continue_bar.isVisible()
    send(qtbot, window, "go")
    wait_reply_done(qtbot, window)
    first = window.chat_view.messages[-1].text
    assert "stopped at the length limit" in window.chat_view.messages[-1].note
    assert window.continue_bar.isVisible() and saved(window)[-1] == ("assistant", first, "cut")

    qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
    assert not window.continue_bar.isVisible()  # while it writes on
    wait_reply_done(qtbot, window)
    longer = window.chat_view.messages[-1].text
    assert len(window.chat_view.messages) == 2 and longer.startswith(first) and len(longer) > len(first)
    assert saved(window) == [("user", "go", "finished"), ("assistant", longer, "cut")]  # one reply, longer
    assert window.chat_view.toPlainText().count("abab") >= 1 and longer in window.chat_view.toPlainText()

    window.close()  # after a restart, the cut reply can still be continued
    again = make_window()
    wait_loaded(qtbot, again)
    assert again.continue_bar.isVisible()
    again.conversation.new_chat()
    assert not again.continue_bar.isVisible()
