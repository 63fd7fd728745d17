"""Drive a Qt window from a script (benchmarks, screenshots): run its events until something is true."""

from __future__ import annotations

import time
from collections.abc import Callable


def spin_until(app, condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Process ``app``'s events until ``condition()``; TimeoutError after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.001)
