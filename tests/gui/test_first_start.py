"""The first start and the models page as a person meets them: honest hub messages, one
recommendation that does not flip, a Download button that says what it is doing, one Use
per model with an "In use" badge, and a window that fits a 1366x768 laptop."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSize, Qt

from app.gui.hub_status import HUB_ANSWERED, HUB_OFFLINE
from tests.conftest import DEAD_ENDPOINT
from tests.gui.conftest import wait_loaded
from tests.test_cli_download import NAME, REPO

SECOND = "cpt_st-vicuna-v1.3-1.5b-ppl.Q2_K.gguf"


def watch_picker(qtbot, window, until) -> list[tuple[str, str, tuple[str, ...]]]:
    """Everything the picker said on its way to ``until``: (hub message, button, choices) each time it changed."""
    seen = []

    def look() -> bool:
        picker = window.picker
        now = (
            picker.hub_label.text() if picker.hub_label.isVisibleTo(picker) else "",
            picker.primary_button.text(),
            tuple(button.text() for button in picker.choice_group.buttons()),
        )
        if not seen or seen[-1] != now:
            seen.append(now)
        return until()

    qtbot.waitUntil(look, timeout=30_000)
    return seen


def test_offline_first_start_says_what_to_do_and_try_again_finds_the_hub(fake_hub, scripted_q4, make_window, qtbot):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    window = make_window()
    window.models.catalog.endpoint = DEAD_ENDPOINT  # no network at the first start
    seen = watch_picker(qtbot, window, lambda: window.picker.hub_state == HUB_OFFLINE)
    picker = window.picker
    said = picker.hub_label.text()
    assert "no model is on this computer yet" in said and "Try again" in said and "Add a file from disk" in said
    assert "Error" not in said and "(" not in said  # no exception class names
    assert picker.hub_retry_button.isVisible()
    # Never "checking" and "could not be reached" at once, and nothing offered that cannot be downloaded.
    assert not any("could not be reached" in hub and "Asking" in hub for hub, _, _ in seen)
    assert picker.primary_button.text() == "Download (needs the internet)" and not picker.primary_button.isEnabled()

    window.models.catalog.endpoint = fake_hub.url  # the connection is back
    qtbot.mouseClick(picker.hub_retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.hub_state == HUB_ANSWERED, timeout=30_000)
    assert not picker.hub_label.isVisible() and not picker.hub_retry_button.isVisible()
    assert picker.primary_button.isEnabled() and picker.primary_button.text().startswith("Download (")


def test_the_first_recommendation_waits_for_the_hub_and_never_flips(fake_hub, scripted_q4, make_window, qtbot):
    fake_hub.add_file(REPO, NAME, scripted_q4)  # the hub has only the Q4_K_M; the bundled list knows more
    window = make_window()
    seen = watch_picker(qtbot, window, lambda: window.picker.hub_state == HUB_ANSWERED)
    offered = {choices for _, _, choices in seen if choices}
    assert offered == {("Best quality that fits: Vicuna 1.5b · Q4_K_M",)}  # one set of choices, the hub's
    assert all("could not be reached" not in hub for hub, _, _ in seen)


def test_the_download_button_says_downloading_while_its_file_downloads(fake_hub, scripted_q4, make_window, qtbot):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = 300_000
    window = make_window()
    qtbot.waitUntil(lambda: window.picker.hub_state == HUB_ANSWERED, timeout=30_000)
    qtbot.mouseClick(window.picker.primary_button, Qt.MouseButton.LeftButton)
    button = window.picker.primary_button
    assert button.text() == "Downloading…" and not button.isEnabled()  # not a second download
    job = window.downloads.jobs[0]
    qtbot.mouseClick(job.row.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.state == "stopped", timeout=10_000)
    assert button.text().startswith("Download (") and button.isEnabled()  # it can be continued from here
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.state == "done" or window.downloads.jobs[0].state == "done", timeout=30_000)
    wait_loaded(qtbot, window)
    assert button.text() == "In use" and not button.isEnabled()


def test_each_model_has_its_own_use_button_and_one_is_in_use(fake_hub, scripted_q4, make_window, qtbot):
    from app.core.models.catalog import display_name
    from app.core.models.library import Library

    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(scripted_q4, models / NAME)
    shutil.copy(scripted_q4, models / SECOND)
    window = make_window()
    wait_loaded(qtbot, window)
    picker = window.picker

    def in_use() -> list[str]:
        return [row.name for row in picker.installed_rows if row.in_use_badge.isVisibleTo(row)]

    def use_buttons() -> list[str]:
        return [row.name for row in picker.installed_rows if row.use_button.isVisibleTo(row)]

    first = display_name(window.engine.model.path.name)
    assert in_use() == [first] and len(use_buttons()) == 1 and first not in use_buttons()
    other = next(row for row in picker.installed_rows if row.name != first)
    qtbot.mouseClick(other.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.engine.model is not None and window.engine.model.path == other.model.path)
    wait_loaded(qtbot, window)
    assert in_use() == [other.name] and use_buttons() == [first]  # never two at once
    assert picker.installed_list.selectionMode() == picker.installed_list.SelectionMode.NoSelection


def test_when_the_last_model_is_gone_the_window_says_so(scripted_q4, make_window, qtbot):
    from app.core import settings
    from app.core.models.library import Library

    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(scripted_q4, models / SECOND)
    gone = models / NAME
    settings.save(settings.Settings(model_licence_accepted=True, last_model=str(gone)))
    window = make_window()
    wait_loaded(qtbot, window)
    notices = [m.text for m in window.chat_view.messages if m.role == "notice"]
    assert any("Vicuna 1.5b · Q4_K_M" in text and "no longer on this computer" in text for text in notices)
    assert any("Vicuna 1.5b · Q2_K" in text for text in notices)  # and what it uses instead
    assert window.engine.model.path == models / SECOND


def test_the_window_fits_a_768_px_laptop_with_the_downloads_open(fake_hub, scripted_q4, make_window, qtbot):
    """About 700 px under a laptop's panel and the title bar: every page with the downloads panel open
    fits, and the window can be made that short (it was 822 px and could not be made shorter)."""
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = 200_000
    window = make_window()
    qtbot.waitUntil(lambda: window.picker.hub_state == HUB_ANSWERED, timeout=30_000)
    window.models.download(window.picker.selected.entry)
    assert window.downloads_dock.isVisible()
    for page in (0, 1):
        window.show_page(page)
        window.resize(1366, 700)
        qtbot.wait(50)
        assert window.height() <= 700 and window.minimumSizeHint().height() <= 700, page
    window.show_page(0)
    table = window.picker.table
    rows = table.height() // max(1, table.sizeHintForRow(0))
    assert rows >= 8  # the table keeps a usable height: the page scrolls instead


def test_the_first_size_fits_the_screen(make_window):
    from app.gui.main_window import fitted_size

    assert fitted_size(QSize(1366, 728)).height() <= 700  # a laptop with a panel
    assert fitted_size(QSize(1366, 728)).width() >= 1300  # all of its width: columns and search hits need it
    assert fitted_size(QSize(1920, 1040)) == QSize(1344, 884)  # a large screen: most of it, not all
    window = make_window()
    room = window.screen().availableGeometry()
    assert window.height() <= room.height() and window.width() <= room.width()


def test_when_the_only_model_is_gone_the_models_page_says_so(scripted_q4, make_window):
    from app.core import settings
    from app.core.models.library import Library

    gone = Library().models_dir / NAME
    settings.save(settings.Settings(model_licence_accepted=True, last_model=str(gone)))
    window = make_window()
    assert window.pages.currentWidget() is window.picker
    assert "Vicuna 1.5b · Q4_K_M, is no longer on this computer" in window.picker.notice_label.text()
    assert window.picker.notice_label.isVisible()
    assert settings.load()[0].last_model is None  # said once


def test_at_a_16_pt_font_verdicts_and_chart_words_are_whole(fake_hub, scripted_q4, make_window, qtbot):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from app.gui.fit_table import COLUMNS

    app = QApplication.instance()
    old = app.font()
    app.setFont(QFont(old.family(), 16))
    try:
        fake_hub.add_file(REPO, NAME, scripted_q4)
        window = make_window()
        window.resize(1366, 700)
        qtbot.waitUntil(lambda: window.picker.hub_state == HUB_ANSWERED, timeout=30_000)
        picker = window.picker
        picker.tabs.setCurrentIndex(1)
        qtbot.wait(50)
        header, verdict = picker.table.header(), COLUMNS.index("Verdict")
        right = header.sectionViewportPosition(verdict) + header.sectionSize(verdict)
        assert right <= picker.table.viewport().width()  # the verdict column is in view, not cut
        items = [picker.table.topLevelItem(i) for i in range(picker.table.topLevelItemCount())]
        widest = max(picker.table.fontMetrics().horizontalAdvance(item.text(verdict)) for item in items)
        assert header.sectionSize(verdict) >= widest
        chart = picker.chart
        left, top, bottom = chart._margins()
        metrics = chart.fontMetrics()
        assert left >= metrics.horizontalAdvance("worse") + metrics.height()  # "best"/"worse" and the axis title fit
        assert bottom >= 2 * metrics.height() and top >= metrics.height()
        assert chart._plot_rect().height() >= metrics.horizontalAdvance("answer quality")  # the rotated title too
    finally:
        app.setFont(old)
