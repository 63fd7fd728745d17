"""llama.cpp's own load progress reaches the caller of Engine.load (issue 14)."""

import threading


def test_load_reports_increasing_fractions_ending_at_one(engine, scripted_q4):
    seen: list[tuple[float, str]] = []
    caller = threading.current_thread().name

    engine.load(scripted_q4, progress=lambda fraction: seen.append((fraction, threading.current_thread().name)))

    fractions = [fraction for fraction, _ in seen]
    assert fractions, "no progress was reported"
    assert fractions == sorted(fractions)
    assert all(0.0 <= fraction <= 1.0 for fraction in fractions)
    assert fractions[-1] == 1.0
    assert {thread for _, thread in seen} == {caller}  # on the loading thread
    assert engine.model is not None


def test_progress_reports_are_throttled(engine, scripted_q4):
    seen: list[float] = []
    engine.load(scripted_q4, progress=seen.append)
    # llama.cpp calls back once per tensor; the window needs at most ~10 a second
    assert len(seen) <= 2 + 10 * max(1.0, engine.model.load_seconds + 1)
