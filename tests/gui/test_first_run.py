"""A new user's first run: the picker, the recommended download, a streamed answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core import settings
from tests.conftest import SCRIPTED_REPLY
from tests.gui.conftest import saved, wait_loaded, wait_reply_done
from tests.test_cli_download import NAME, REPO  # the real names of the 1.5b Q4_K_M


def test_first_run_pick_download_chat(fake_hub, scripted_q4, make_window, qtbot):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    settings.save(settings.Settings())  # a really first run: the licence not yet accepted
    window = make_window()
    assert window.pages.currentWidget() is window.picker  # nothing downloaded yet: the picker comes first
    assert not window.picker.back_button.isVisible()  # no chat to go back to yet

    # The hub answers: only the 1.5b Q4_K_M is published there, so it is the recommended one.
    qtbot.waitUntil(
        lambda: window.session.hardware is not None and window.picker.hub_state == "answered", timeout=30_000
    )
    picker = window.picker
    assert picker.selected is not None and picker.selected.recommended
    assert (picker.selected.entry.model.key, picker.selected.entry.quant) == ("1.5b", "Q4_K_M")
    def shown_labels():
        labels = picker.simple_page.findChildren(type(picker.detail_label))
        return [w for w in labels if w.isVisibleTo(picker.simple_page)]

    qtbot.waitUntil(lambda: bool(shown_labels()), timeout=5_000)  # the answer's labels are built after it comes
    shown = shown_labels()
    assert "Best quality that fits your" in shown[0].text()  # (labels of the last answer wait to be deleted, hidden)
    assert picker.primary_button.isEnabled() and picker.primary_button.text().startswith("Download")
    not_published = [label.text() for label in shown]
    assert any(text.startswith("5.5b: not published") for text in not_published)

    qtbot.mouseClick(picker.primary_button, Qt.MouseButton.LeftButton)
    licence = window.findChild(QMessageBox, "model-licence")  # asked once, before the first download
    assert licence is not None and "non-commercial" in licence.text() and not window.downloads.jobs
    agree = next(b for b in licence.buttons() if b.text() == "I agree, download")
    qtbot.mouseClick(agree, Qt.MouseButton.LeftButton)
    assert settings.load()[0].model_licence_accepted
    assert window.downloads_dock.isVisible()
    job = window.downloads.jobs[0]
    qtbot.waitUntil(lambda: job.state == "done", timeout=60_000)
    assert job.row.detail.text() == "Downloaded and verified ✓"
    assert job.row.bar.value() == 1000

    # The download is loaded at once and the chat comes up.
    wait_loaded(qtbot, window)
    assert window.pages.currentIndex() == 1
    assert window.model_label.text() == "Vicuna 1.5b · Q4_K_M"

    qtbot.keyClicks(window.input, "Hello there")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.input.toPlainText() == ""
    wait_reply_done(qtbot, window)
    user, reply = window.chat_view.messages
    assert (user.role, user.text) == ("user", "Hello there")
    assert (reply.role, reply.text, reply.author) == ("assistant", SCRIPTED_REPLY, "Vicuna 1.5b · Q4_K_M")
    assert f"Vicuna 1.5b · Q4_K_M\n{SCRIPTED_REPLY}\n" in window.chat_view.toPlainText()  # name on its own line
    assert "words/s" in window.speed_label.text()  # words for people (issue 14)
    assert saved(window)[-1] == ("assistant", SCRIPTED_REPLY, "finished")

    # Shift+Enter is a new line, not a send.
    qtbot.keyClicks(window.input, "one")
    qtbot.keyClick(window.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.input, "two")
    assert window.input.toPlainText() == "one\ntwo"
    assert len(window.chat_view.messages) == 2
