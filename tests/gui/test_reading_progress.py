"""While a long chat is read before its reply, the status bar says how far; Stop still stops at once
(issue 19, part 4)."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt

from tests.gui.conftest import saved, wait_loaded, wait_reply_done

LONG_MESSAGE = " ".join(f"word{i} is here" for i in range(170))  # about 1,000 tokens: it fits beside a reply


def test_reading_a_long_chat_shows_its_progress_and_stop_works_at_once(slow_reader_f16, make_window, qtbot):
    window = make_window()
    window.session.request_load(slow_reader_f16)
    wait_loaded(qtbot, window)
    window.engine.saved_states.clear()  # nothing of this chat is known: it is read from its first word
    window.input.setPlainText(LONG_MESSAGE)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)

    shown: list[int] = []

    def reading_shown() -> bool:
        found = re.fullmatch(r"Reading the chat… (\d+) %", window.statusBar().currentMessage())
        if found:
            shown.append(int(found.group(1)))
        return bool(found) and 0 < shown[-1] < 100

    qtbot.waitUntil(reading_shown, timeout=30_000)
    assert window.chat_view.messages[-1].text == ""  # still reading: nothing written yet
    started = time.monotonic()
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    wait_reply_done(qtbot, window, timeout=10_000)
    assert time.monotonic() - started < 2.0
    assert saved(window)[-1][2] == "stopped"
