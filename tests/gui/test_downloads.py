"""Downloads in the window: errors in words with a retry, stop, and continuing after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_loaded
from tests.test_cli_download import NAME, REPO


def wait_for_hub(qtbot, window):
    qtbot.waitUntil(
        lambda: window.session.hardware is not None and window.picker.hub_state == "answered", timeout=30_000
    )


def test_a_damaged_download_says_so_and_can_be_tried_again(fake_hub, scripted_q4, make_window, qtbot):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.corrupt.add(NAME)
    window = make_window()
    wait_for_hub(qtbot, window)
    window.models.download(window.picker.selected.entry)
    job = window.downloads.jobs[0]
    qtbot.waitUntil(lambda: job.state == "failed", timeout=30_000)
    assert "checksum does not match" in job.row.detail.text()
    assert job.row.retry_button.isVisible() and job.row.retry_button.text() == "Try again"
    assert window.library.list() == []  # nothing damaged is ever offered as a model

    fake_hub.faults.corrupt.clear()
    qtbot.mouseClick(job.row.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.state == "done", timeout=30_000)
    wait_loaded(qtbot, window)


def test_stop_then_continue_after_a_restart(fake_hub, scripted_q4, make_window, qtbot):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = 300_000  # about 3 s for the whole file
    window = make_window()
    wait_for_hub(qtbot, window)
    window.models.download(window.picker.selected.entry)
    job = window.downloads.jobs[0]
    qtbot.waitUntil(lambda: job.row.bar.value() > 50, timeout=30_000)
    assert " left" in job.row.detail.text() and "/s" in job.row.detail.text()  # speed and time left
    qtbot.mouseClick(job.row.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.state == "stopped", timeout=5_000)
    window.close()

    fake_hub.faults.bytes_per_second = None
    again = make_window()  # the next start lists it, ready to continue
    assert [(j.file, j.state) for j in again.downloads.jobs] == [(NAME, "stopped")]
    row = again.downloads.jobs[0].row
    assert again.downloads_dock.isVisible() and "Stopped at" in row.detail.text()
    qtbot.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.downloads.jobs[0].state == "done", timeout=30_000)
    ranges = [r.range for r in fake_hub.requests if r.method == "GET" and "/resolve/" in r.path]
    assert ranges[0] is None and ranges[-1].startswith("bytes=") and ranges[-1] != "bytes=0-"
    wait_loaded(qtbot, again)


def test_offline_first_run_says_so_in_words(make_window, qtbot):
    window = make_window()  # HF_ENDPOINT points at a closed port
    qtbot.waitUntil(lambda: "offline" in window.picker.hub_label.text(), timeout=30_000)
    assert window.picker.hub_label.isVisible()


def window_mid_download(fake_hub, scripted_q4, make_window, qtbot):
    """A window whose first download is under way (a slow hub, so it lasts a few seconds)."""
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = 200_000
    window = make_window()
    wait_for_hub(qtbot, window)
    window.models.download(window.picker.selected.entry)
    job = window.downloads.jobs[0]
    qtbot.waitUntil(lambda: job.row.bar.value() > 100, timeout=30_000)
    return window


def test_closing_mid_download_exits_within_two_seconds_and_keeps_the_bytes(fake_hub, scripted_q4, make_window, qtbot):
    import time

    window = window_mid_download(fake_hub, scripted_q4, make_window, qtbot)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2.0
    unfinished = window.downloads.downloader.unfinished()
    assert [u.file for u in unfinished] == [NAME] and unfinished[0].have > 0


def test_a_downloaded_model_is_offered_by_name_and_used(fake_hub, scripted_q4, make_window, qtbot):
    import shutil

    from app.core.models.library import Library

    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(scripted_q4, models / NAME)
    fake_hub.add_file(REPO, NAME, scripted_q4)
    window = make_window()
    assert window.picker.installed_box.isVisibleTo(window.picker)
    assert window.picker.installed_texts()[0].startswith("Vicuna 1.5b · Q4_K_M")  # plain names (issue 14)
    assert window.session.busy  # the only model here loads by itself
    wait_loaded(qtbot, window)
    assert window.model_label.text() == "Vicuna 1.5b · Q4_K_M"
    wait_for_hub(qtbot, window)
    window.show_page(0)  # the picker, as a person opens it (out of sight, its rows wait for that)
    # No second download, and no second load of the model in use: one "In use", no Use button.
    assert window.picker.primary_button.text() == "In use" and not window.picker.primary_button.isEnabled()
    row = window.picker.installed_rows[0]
    assert row.in_use_badge.isVisibleTo(row) and not row.use_button.isVisibleTo(row)
    assert window.engine.model.path == models / NAME


def test_a_download_refused_for_disk_space_is_not_listed_at_the_next_start(
    fake_hub, scripted_q4, make_window, qtbot, monkeypatch
):
    from app.core.models.download import Downloader

    fake_hub.add_file(REPO, NAME, scripted_q4)
    with monkeypatch.context() as disk:
        disk.setattr(Downloader, "free_disk_bytes", lambda self: 1024 * 1024)
        window = make_window()
        wait_for_hub(qtbot, window)
        window.models.download(window.picker.selected.entry)
        job = window.downloads.jobs[0]
        qtbot.waitUntil(lambda: job.state == "failed", timeout=30_000)
        assert "Not enough disk space" in job.row.detail.text()
        window.close()
    again = make_window()
    assert again.downloads.jobs == []  # not "Stopped at 0 %": there is nothing to continue


def test_a_file_another_shortchat_is_fetching_waits_for_it_and_says_so(fake_hub, scripted_q4, make_window, qtbot):
    import threading

    from app.core.models.download import Downloader
    from app.core.models.library import Library

    hosted = fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = hosted.size / 2
    window = make_window()
    wait_for_hub(qtbot, window)
    other = Downloader(Library().models_dir)  # the other ShortChat (a CLI, say)
    elsewhere = threading.Thread(target=lambda: other.download(other.describe(REPO, NAME)))
    elsewhere.start()
    qtbot.waitUntil(lambda: any(r.method == "GET" and "/resolve/" in r.path for r in fake_hub.requests))
    window.models.download(window.picker.selected.entry)
    job = window.downloads.jobs[0]
    qtbot.waitUntil(lambda: "Another ShortChat is downloading" in job.row.detail.text(), timeout=10_000)
    assert job.row.stop_button.isVisible()  # it can be stopped while it waits
    qtbot.waitUntil(lambda: job.state == "done", timeout=30_000)
    elsewhere.join(10)
    gets = [r for r in fake_hub.requests if r.method == "GET" and "/resolve/" in r.path]
    assert len(gets) == 1  # the window used the other one's file, checked from disk
    wait_loaded(qtbot, window)


def test_quitting_mid_download_asks_and_cancel_keeps_it_going(fake_hub, scripted_q4, make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = window_mid_download(fake_hub, scripted_q4, make_window, qtbot)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.request_close()  # Ctrl+Q
    assert window.isVisible() and window.downloads.active
    assert "download is running" in asked[0] and "next time ShortChat starts" in asked[0]
    window.request_close()
    assert not window.isVisible() and len(asked) == 2
    assert [u.file for u in window.downloads.downloader.unfinished()] == [NAME]


def test_quitting_with_nothing_running_does_not_ask(make_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked for nothing"))
    window = make_window()
    window.request_close()
    assert not window.isVisible()


def test_a_hub_that_goes_quiet_is_said_not_shown_as_an_old_speed(
    fake_hub, scripted_q4, make_window, qtbot, monkeypatch
):
    monkeypatch.setattr("app.gui.downloads_panel.STALL_S", 1.0)
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = 400_000
    fake_hub.faults.stall_after[NAME] = 100_000
    fake_hub.faults.stall_seconds = 4.0
    window = make_window()
    wait_for_hub(qtbot, window)
    window.models.download(window.picker.selected.entry)
    row = window.downloads.jobs[0].row
    qtbot.waitUntil(lambda: row.detail.text().startswith("No data for"), timeout=10_000)
    assert row.detail.text().endswith("s · retrying")
    qtbot.waitUntil(lambda: "of" in row.detail.text() or "verified" in row.detail.text(), timeout=20_000)
