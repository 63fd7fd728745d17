"""The window shows llama.cpp's load progress as a percentage, not a busy bar (issue 14)."""

from __future__ import annotations

import re
import shutil

from app.core.models.library import Library
from tests.gui.conftest import wait_loaded


def test_the_load_bar_shows_how_far_the_load_is_in_per_cent(family, make_window, qtbot):
    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    model = shutil.copy(family["4L Q4_K_M"], models / family["4L Q4_K_M"].name)
    window = make_window()
    qtbot.waitUntil(lambda: window.session.measurements is not None, timeout=30_000)
    wait_loaded(qtbot, window)
    seen: list[tuple[int, int, str]] = []
    window.load_bar.valueChanged.connect(
        lambda value: seen.append((value, window.load_bar.maximum(), window.model_label.text()))
    )

    window.session.load(model)
    wait_loaded(qtbot, window)

    shown = [(value, maximum, text) for value, maximum, text in seen if value > 0]
    assert shown, "the bar never moved"
    assert all(maximum == 100 for _, maximum, _ in shown)  # determinate, not a busy bar
    assert [value for value, _, _ in shown] == sorted(value for value, _, _ in shown)
    assert shown[-1][0] == 100
    assert all(re.fullmatch(r"Loading .+… \d+ %", text) for _, _, text in shown)
    assert shown[-1][2].endswith("… 100 %")
