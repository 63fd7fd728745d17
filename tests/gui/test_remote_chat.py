"""The window chatting with a model on another computer: a REAL server (llama-cpp-python's own,
OpenAI-compatible) on 127.0.0.1, added as a person does, chosen in the picker, then chat and Stop."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.core import settings as user_settings
from app.core.json_file import write_atomic
from app.core.models.library import Library
from app.core.remote.computers import Computers
from app.core.remote.keys import KeyStore
from app.testing.model_servers import OpenAICompatibleServer
from tests.conftest import DEAD_ENDPOINT, SCRIPTED_REPLY
from tests.gui.conftest import saved, wait_reply_done


@pytest.fixture(autouse=True)
def no_keychain(monkeypatch):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())  # keys in memory: never the real keychain
    monkeypatch.setattr(KeyStore, "_memory", {})


@pytest.fixture(scope="module")
def scripted_server(scripted_q4, tmp_path_factory):
    with OpenAICompatibleServer(scripted_q4, tmp_path_factory.mktemp("gui-remote"), api_key="k17") as running:
        yield running


@pytest.fixture(scope="module")
def looping_server(looping_q4, tmp_path_factory):
    with OpenAICompatibleServer(looping_q4, tmp_path_factory.mktemp("gui-remote-loop")) as running:
        yield running


def use_remote_row(qtbot, window, computer: str):
    """Wait for the picker's "On other computers" row of ``computer`` and click its Use."""
    box = window.picker.remote_box
    qtbot.waitUntil(lambda: any(computer in row.name for row in box.rows), timeout=20_000)
    row = next(row for row in box.rows if computer in row.name)
    qtbot.mouseClick(row.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.remote is not None and window.session.state == "ready", timeout=20_000)
    return row


def send(qtbot, window, text):
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def test_chat_with_a_model_on_another_computer(scripted_server, make_window, qtbot):
    computer = f"127.0.0.1:{scripted_server.port}"
    Computers().add(scripted_server.url, "k17")  # as Settings → Other computers does
    window = make_window()
    window.settings = replace(window.settings, temperature=0.0)

    row = use_remote_row(qtbot, window, computer)
    assert row.name == f"scripted-Q4_K_M on {computer}"
    assert "OpenAI-compatible server" in row.details and "speed measured after its first reply" in row.details
    assert not row.in_use_badge.isHidden() and row.use_button.isHidden()  # (the chat is in front now)
    assert window.model_label.text() == f"scripted-Q4_K_M on {computer}"

    send(qtbot, window, "</s>Hello")
    wait_reply_done(qtbot, window, timeout=20_000)
    assert window.chat_view.messages[-1].text == SCRIPTED_REPLY
    assert window.chat_view.messages[-1].author == f"scripted-Q4_K_M on {computer}"
    assert saved(window) == [("user", "</s>Hello", "finished"), ("assistant", SCRIPTED_REPLY, "finished")]
    assert window.chat.messages()[-1].model == f"scripted-Q4_K_M on {computer}"
    qtbot.waitUntil(lambda: "measured from here" in window.picker.remote_box.rows[0].details)  # speed, no verdict

    stored, _ = user_settings.load()
    assert (stored.last_server, stored.last_server_model) == (scripted_server.url, window.session.remote.model_name)
    window.close()

    again = make_window()  # the next start connects to it again, and loads no local model
    qtbot.waitUntil(lambda: again.session.remote is not None and again.session.state == "ready", timeout=20_000)
    assert again.session.model_path is None and again.session.local_engine.model is None
    assert again.chat_view.messages[-1].text == SCRIPTED_REPLY  # the chat of last time, reopened


def test_stop_a_reply_from_another_computer(looping_server, make_window, qtbot):
    Computers().add(looping_server.url)
    window = make_window()
    use_remote_row(qtbot, window, f"127.0.0.1:{looping_server.port}")
    send(qtbot, window, "go")
    qtbot.waitUntil(lambda: "abababab" in window.chat_view.toPlainText(), timeout=20_000)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)  # Send is Stop now
    wait_reply_done(qtbot, window, timeout=2_000)
    reply = window.chat_view.messages[-1]
    assert reply.text.startswith("abab") and "stopped" in reply.note
    assert saved(window)[-1] == ("assistant", reply.text, "stopped")
    assert window.session.state == "ready" and window.send_button.text() == "Send"


def test_a_computer_gone_since_last_time_is_one_sentence(make_window, qtbot):
    write_atomic(Computers().path, {"servers": [{"url": DEAD_ENDPOINT}]})
    user_settings.save(replace(user_settings.load()[0], last_server=DEAD_ENDPOINT, last_server_model="m"))
    window = make_window()
    qtbot.waitUntil(lambda: window.session.state == "no model" and not window.session.busy, timeout=20_000)
    notices = [m.text for m in window.chat_view.messages if m.role == "notice"]
    assert any(text.startswith("Cannot reach the server at 127.0.0.1:9") for text in notices), notices
    assert not any("Traceback" in text for text in notices)
    box = window.picker.remote_box
    qtbot.waitUntil(lambda: bool(box.problems), timeout=20_000)
    assert box.problems[0].startswith("Cannot reach the server") and box.rows == []


def test_compare_a_local_model_with_one_on_another_computer(scripted_q4, scripted_server, make_window, qtbot):
    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(scripted_q4, models / scripted_q4.name)
    Computers().add(scripted_server.url, "k17")
    window = make_window()
    window.settings = replace(window.settings, temperature=0.0, max_tokens=16)
    use_remote_row(qtbot, window, f"127.0.0.1:{scripted_server.port}")
    window.open_compare()  # one model here and one there are two to compare
    dialog = window.compare_dialog
    a, b = dialog.sides
    assert a.path == models / scripted_q4.name and b.path.name == window.session.remote.name
    qtbot.keyClicks(dialog.input, "Hello")
    qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert [[m.text for m in side.view.messages] for side in dialog.sides] == [["Hello", SCRIPTED_REPLY]] * 2
    assert "One of them answers from another computer" in dialog.status.text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.compare_dialog is None, timeout=10_000)
    assert window.session.remote is not None and window.session.local_engine.model is None  # the chat's model
