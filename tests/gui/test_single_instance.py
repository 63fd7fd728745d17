"""One window per data folder: a second start brings the first forward and exits; a crashed
window's lock is taken over; starting two at once leaves one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import DEAD_ENDPOINT

ROOT = Path(__file__).resolve().parents[2]


def start_window(home: Path) -> subprocess.Popen:
    env = {**os.environ, "SHORTCHAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "HF_ENDPOINT": DEAD_ENDPOINT}
    return subprocess.Popen(
        [sys.executable, "-m", "app"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_listening(home: Path, timeout: float = 30.0) -> None:
    log = home / "logs" / "shortchat.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:  # the window is up once it has looked at the computer
        if (home / "data" / "window.lock").exists() and log.exists() and log.stat().st_size > 0:
            return
        time.sleep(0.1)
    raise AssertionError("the first window did not start")


def end(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=30)


def still_running(process: subprocess.Popen, seconds: float) -> bool:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return True
    return False


def test_a_second_start_brings_the_first_window_forward(tmp_path):
    home = tmp_path / "home"
    first = start_window(home)
    try:
        wait_listening(home)
        second = start_window(home)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open" in err
        log = home / "logs" / "shortchat.log"
        deadline = time.monotonic() + 10
        while "come forward" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "come forward" in log.read_text(encoding="utf-8")
        assert first.poll() is None
    finally:
        end(first)


def test_a_crashed_windows_lock_is_taken_over(tmp_path):
    home = tmp_path / "home"
    first = start_window(home)
    wait_listening(home)
    first.send_signal(signal.SIGKILL)
    end(first)
    assert (home / "data" / "window.lock").exists()  # left behind by the crash
    again = start_window(home)
    try:
        assert still_running(again, 4), again.communicate()[1]
    finally:
        end(again)


def test_two_started_at_once_leave_one_window(tmp_path):
    home = tmp_path / "home"
    windows = [start_window(home), start_window(home)]
    try:
        deadline = time.monotonic() + 60
        while all(w.poll() is None for w in windows) and time.monotonic() < deadline:
            time.sleep(0.1)
        running = [w for w in windows if still_running(w, 3)]
        assert len(running) == 1
        [gone] = [w for w in windows if w not in running]
        assert gone.returncode == 0 and "already open" in gone.communicate()[1]
    finally:
        for window in windows:
            end(window)
