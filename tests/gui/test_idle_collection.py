"""Python's full garbage collection (up to 17 ms with a long chat open) never runs while a reply
streams; it runs once the window is idle after the reply, and collection is back on."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt

from app.gui import idle_collection
from tests.gui.conftest import wait_loaded, wait_reply_done


def test_collection_is_held_while_a_reply_streams_and_runs_when_idle(looping_q4, make_window, qtbot, monkeypatch):
    monkeypatch.setattr(idle_collection, "IDLE_MS", 200)
    collected = []
    monkeypatch.setattr(idle_collection.gc, "collect", lambda *a: collected.append(a) or 0)
    window = make_window()
    window.session.request_load(looping_q4)
    wait_loaded(qtbot, window)
    assert gc.isenabled()
    window.input.setPlainText("go")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 20, timeout=30_000)
    assert not gc.isenabled()  # held while the reply streams
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    wait_reply_done(qtbot, window, timeout=5_000)
    assert not gc.isenabled() and not collected  # not at the reply's very end either
    qtbot.waitUntil(lambda: gc.isenabled(), timeout=5_000)
    assert len(collected) == 1  # one full collection, once the window was idle


def test_closing_the_window_mid_reply_gives_collection_back(looping_q4, make_window, qtbot):
    window = make_window()
    window.session.request_load(looping_q4)
    wait_loaded(qtbot, window)
    window.input.setPlainText("go")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.chat_view.messages[-1].text) >= 20, timeout=30_000)
    assert not gc.isenabled()
    window.close()
    assert gc.isenabled()
