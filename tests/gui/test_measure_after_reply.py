"""The first-use measurement waits for the model's first answer (issue 14): it never delays it."""

from __future__ import annotations

import shutil

from app.core.models.library import Library
from tests.gui.conftest import wait_loaded, wait_reply_done


def test_a_never_measured_model_answers_first_and_is_measured_after(family, make_window, qtbot):
    models = Library().models_dir
    models.mkdir(parents=True, exist_ok=True)
    model = shutil.copy(family["4L Q4_K_M"], models / family["4L Q4_K_M"].name)
    window = make_window()
    events: list[str] = []
    measure, generate = window.engine.measure, window.engine.generate
    window.engine.measure = lambda *a, **k: events.append("measure") or measure(*a, **k)
    window.engine.generate = lambda *a, **k: events.append("generate") or generate(*a, **k)
    qtbot.waitUntil(lambda: window.session.measurements is not None, timeout=30_000)
    wait_loaded(qtbot, window)
    if window.engine.model is None:
        window.session.load(model)
        wait_loaded(qtbot, window)
    qtbot.wait(300)
    assert "measure" not in events  # loaded and idle, but nothing answered yet: not measured

    window.conversation.send("Hello")
    wait_reply_done(qtbot, window)
    qtbot.waitUntil(lambda: window.session.measurements.probe_of(model) is not None, timeout=30_000)  # then measured

    assert events[:2] == ["generate", "measure"]
    wait_loaded(qtbot, window)
    window.conversation.send("Again")  # the window is free to chat after the measurement
    wait_reply_done(qtbot, window)
    assert events.count("generate") == 2 and events.count("measure") == 1


def test_what_fits_is_judged_again_only_when_the_picker_is_seen(make_window, qtbot, monkeypatch):
    """Judging every size and quality level takes 20-30 ms on a slow laptop: a measurement or the
    hub's answer during a chat leaves it for when the picker comes to the front, which judges anew."""
    from app.gui import model_choice

    window = make_window()
    qtbot.waitUntil(lambda: bool(window.models.rows), timeout=10_000)
    judged = []
    real_assess = model_choice.assess
    monkeypatch.setattr(model_choice, "assess", lambda *a, **k: judged.append(1) or real_assess(*a, **k))
    window.show_page(1)  # the chat
    window.models.show_rows()  # e.g. a model measured after a reply
    assert judged == []
    window.show_page(0)
    assert judged == [1] and window.picker.isVisible()
    window.models.show_rows()  # in sight: at once
    assert judged == [1, 1]
