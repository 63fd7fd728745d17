"""Measured fit, speed and the out-of-memory ladder, as the window shows them."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.fit.hardware import Hardware
from app.core.models.library import Library
from app.core.settings import Settings
from app.gui.fit_table import COLUMNS
from tests.core.test_ladder import least_needs, ram_between
from tests.gui.conftest import wait_loaded, wait_reply_done
from tests.test_cli_download import NAME, REPO


def column(item, name: str) -> str:
    return item.text(COLUMNS.index(name))


def table_item(window, size: str, quant: str):
    table = window.picker.table
    return next(
        table.topLevelItem(i)
        for i in range(table.topLevelItemCount())
        if (column(table.topLevelItem(i), "Size"), column(table.topLevelItem(i), "Quality level")) == (size, quant)
    )


def test_a_model_is_measured_when_first_used_and_the_picker_says_measured(fake_hub, family, make_window, qtbot):
    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    shutil.copy(family["4L Q4_K_M"], models / NAME)  # named as the catalog's 1.5b Q4_K_M
    fake_hub.add_file(REPO, NAME, models / NAME)
    window = make_window()
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.session.measurements is not None, timeout=30_000)
    window.conversation.send("Hello")  # measured after its first answer (issue 14), never before
    wait_reply_done(qtbot, window)
    session = window.session
    qtbot.waitUntil(lambda: session.measurements is not None and session.measurements.probe_of(models / NAME),
                    timeout=30_000)  # fmt: skip
    qtbot.waitUntil(lambda: window.picker.hub_state == "answered", timeout=30_000)
    # the picker is drawn again when the measurement's result reaches the window, just after it is
    # recorded: wait for that before holding on to its rows
    qtbot.waitUntil(lambda: "measured here: needs" in window.picker.installed_texts()[0], timeout=10_000)
    window.show_page(0)
    window.picker.tabs.setCurrentIndex(1)

    measured = table_item(window, "1.5b", "Q4_K_M")
    assert column(measured, "Memory needed").endswith(", measured")
    assert column(measured, "Speed").endswith("words/s, measured")
    other = table_item(window, "1.5b", "Q8_0")
    assert column(other, "Memory needed").startswith("about ")
    assert column(other, "Speed").startswith("about ") and column(other, "Speed").endswith(" words/s")
    assert column(other, "Longest chat").endswith(" tokens")
    window.picker.table.setCurrentItem(measured)
    assert "measured on this computer" in window.picker.detail_label.text()
    assert window.engine.model is not None and window.engine.model.path == models / NAME  # still ready to chat


def test_a_model_too_big_steps_down_to_a_downloaded_one_and_says_why(family, make_window, qtbot):
    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    for key in ("4L Q8_0", "4L Q4_K_M"):
        shutil.copy(family[key], models / family[key].name)
    window = make_window()
    qtbot.waitUntil(lambda: window.session.measurements is not None, timeout=30_000)  # the computer was looked at
    wait_loaded(qtbot, window)
    q8, q4 = (
        least_needs(family["4L Q8_0"], window.session.measurements),
        least_needs(family["4L Q4_K_M"], window.session.measurements),
    )
    window.session.hardware = ram_between(q4, q8)
    window.settings = Settings(context=512)
    window.session.request_load(models / family["4L Q8_0"].name)
    assert window.findChild(QMessageBox, "too-big") is None  # not asked: something else fits
    wait_loaded(qtbot, window)
    assert window.engine.model.path == models / family["4L Q4_K_M"].name
    notices = [m.text for m in window.chat_view.messages if m.role == "notice"]
    assert any(text.startswith("family-4L.Q8_0 needs about") and "loading family-4L.Q4_K_M" in text for text in notices)


def test_nothing_fits_asks_and_load_anyway_still_steps_down_on_failure(family, make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.session.hardware is not None, timeout=30_000)
    window.session.hardware = Hardware(
        ram_total=2 << 20, ram_available=1 << 20, cpu_cores=2, cpu_threads=2, cpu_name="x"
    )
    window.session.request_load(family["4L Q8_0"])
    box = window.findChild(QMessageBox, "too-big")
    assert box is not None and "none of your other models fits either" in box.text()
    anyway = next(b for b in box.buttons() if b.text() == "Load it anyway")
    qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert window.engine.model.path == family["4L Q8_0"]
