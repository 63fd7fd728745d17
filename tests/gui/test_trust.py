"""The window when its files misbehave: a chat history it cannot use, a busy one, a config
folder that cannot be written. It opens, says what is wrong, and never claims a save it did not make."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt

from app.core import paths
from app.core.chat import store as store_module
from app.core.chat.store import SCHEMA_VERSION, ConversationStore
from app.gui.chat_view import NOTICE
from tests.gui.conftest import wait_loaded, wait_reply_done


def notices(window) -> list[str]:
    return [m.text for m in window.chat_view.messages if m.role == NOTICE]


def test_a_newer_chat_history_still_opens_the_window_and_says_so(make_window, qtbot, scripted_q4):
    path = paths.data_dir() / "chats.db"
    path.parent.mkdir(parents=True)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    window = make_window()
    assert any("newer ShortChat" in n and "kept only while ShortChat is open" in n for n in notices(window))
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    qtbot.keyClicks(window.input, "still works")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    wait_reply_done(qtbot, window)
    assert [m.text for m in window.chat.messages()][0] == "still works"
    window.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1  # untouched
    raw.close()


def test_a_question_that_cannot_be_saved_goes_back_in_the_box(make_window, qtbot, scripted_q4, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.3)
    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    qtbot.keyClicks(window.input, "first question")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    wait_reply_done(qtbot, window)
    before = [(m.role, m.text) for m in window.chat_view.messages if m.role != NOTICE]

    holder = subprocess.Popen(  # another program keeps the chat history busy
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, time
            db = sqlite3.connect({str(window.store.path)!r}, isolation_level=None)
            db.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            time.sleep(4)
        """)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "locked"
    qtbot.keyClicks(window.input, "second question")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    wait_reply_done(qtbot, window)
    holder.communicate(timeout=30)

    assert window.input.toPlainText() == "second question"  # nothing typed is lost
    assert [(m.role, m.text) for m in window.chat_view.messages if m.role != NOTICE] == before
    [said] = [n for n in notices(window) if "not sent" in n]
    assert "not saved" in said and "busy" in said and "Nothing was lost" not in said
    window.close()
    store = ConversationStore(window.store.path)
    assert [m.text for m in store.branch(window.chat.id)][-2:] != ["second question", ""]
    assert len(store.branch(window.chat.id)) == 2
    store.close()


def test_closing_stops_everything_even_when_the_config_folder_cannot_be_written(make_window, qtbot, scripted_q4):
    window = make_window()
    window.session.request_load(scripted_q4)
    wait_loaded(qtbot, window)
    child = window.engine.child_pid
    assert child is not None
    config = paths.config_dir()
    for item in config.iterdir():
        item.unlink()
    config.rmdir()
    config.write_text("a file where the config folder should be")  # every write there fails
    window.close()
    assert window.engine.child_pid is None
    import psutil

    assert not psutil.pid_exists(child) or psutil.Process(child).status() == psutil.STATUS_ZOMBIE


def test_a_bad_newer_file_does_not_stop_the_window_using_a_good_one(make_window, qtbot, scripted_q4):
    import os
    import shutil

    from tests.core import gguf_bytes as gb

    models = paths.models_dir()
    models.mkdir(parents=True)
    good = shutil.copy(scripted_q4, models / "good.gguf")
    os.utime(good, (1_000_000, 1_000_000))  # older than the bad one
    gb.edit(scripted_q4, models / "nan.gguf", {"llama.context_length": gb.scalar(gb.F32, float("nan"))})
    window = make_window()
    wait_loaded(qtbot, window)
    assert window.engine.model.path.name == "good.gguf"
