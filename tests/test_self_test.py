"""`shortchat --self-test`: one line, exit 0 when the install works, 1 with the failing step."""

from __future__ import annotations

import os
import subprocess
import sys


def self_test(env_home) -> subprocess.CompletedProcess:
    env = {**os.environ, "SHORTCHAT_HOME": str(env_home)}
    return subprocess.run(
        [sys.executable, "-m", "app", "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )


def test_self_test_passes_here(private_home):
    result = self_test(private_home)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert (
        line.startswith("ShortChat ") and "self-test OK" in line and "answered at" in line and "Qt offscreen OK" in line
    )
    assert len(result.stdout.strip().splitlines()) == 1


def test_self_test_names_the_failing_step(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where ShortChat wants a folder")
    result = self_test(blocked)
    assert result.returncode == 1
    assert "self-test FAILED at folders" in result.stderr and "Traceback" not in result.stderr
