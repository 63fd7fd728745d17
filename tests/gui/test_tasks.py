"""Background work: results on the GUI thread, failures as sentences, nothing after close."""

from __future__ import annotations

import threading

from app.core.errors import Cancelled, ShortChatError
from app.gui.tasks import Tasks


def test_results_progress_and_failures_come_back_in_words(qtbot):
    tasks = Tasks()
    results, progress, failures, cancelled = [], [], [], []

    def work(report):
        report(50)
        return "done"

    tasks.run(work, done=results.append, progress=progress.append)
    tasks.run(lambda: 1 / 0, failed=failures.append)
    tasks.run(lambda: (_ for _ in ()).throw(ShortChatError("The disk is full.")), failed=failures.append)
    tasks.run(lambda: (_ for _ in ()).throw(Cancelled("stopped")), cancelled=lambda: cancelled.append(1))
    qtbot.waitUntil(lambda: bool(results and len(failures) == 2 and cancelled), timeout=5000)
    assert results == ["done"] and progress == [50]
    assert "The disk is full." in failures  # the core's own sentence, as it is
    assert any(f.startswith("Something unexpected went wrong (ZeroDivisionError)") for f in failures)


def test_nothing_comes_back_after_close(qtbot):
    tasks = Tasks()
    release, results = threading.Event(), []
    tasks.run(lambda: release.wait(5) and "late", done=results.append)
    tasks.close()  # the window closed while the work was still running
    release.set()
    assert tasks.wait(5)
    qtbot.wait(100)
    assert results == []
