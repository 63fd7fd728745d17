"""`shortchat --self-test`: one line, exit 0 when the install works, 1 with the failing step."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


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


# -- the real display: a missing library or a display that is not there is a sentence, not a Qt abort --------


def _xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def _missing_for_xcb() -> list[str]:
    """What the system's loader cannot find for Qt's xcb plugin, asked here independently of the app."""
    listed = subprocess.run(["ldd", str(_xcb_plugin())], capture_output=True, text=True, timeout=30).stdout
    return sorted({line.split()[0] for line in listed.splitlines() if "not found" in line})


needs_linux_xcb = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Qt's xcb plugin is Linux's"
)
# The packages the README names for the window, by the names Qt's loader reports.
KNOWN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
}


def _display_env(home, **display) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, "SHORTCHAT_HOME": str(home), **display}


def _run(env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--self-test"], capture_output=True, text=True, env=env, timeout=180
    )


def _assert_says_what_is_missing(result, missing):
    assert result.returncode == 1 and "self-test FAILED at the display" in result.stderr
    for library in missing:
        assert library in result.stderr
    for library, package in KNOWN_PACKAGES.items():
        assert (package in result.stderr) == (library in missing)
    assert "apt install" in result.stderr


@needs_linux_xcb
def test_a_display_that_is_not_there_is_a_sentence_not_an_abort(private_home):
    result = _run(_display_env(private_home, DISPLAY=":99"))  # nothing listens there
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and "This application failed to start" not in result.stderr
    missing = _missing_for_xcb()
    if missing:  # this system lacks libraries: that is what stops the window first
        _assert_says_what_is_missing(result, missing)
    else:
        assert "no display answers at DISPLAY=:99" in result.stderr


@pytest.fixture
def xvfb():
    """A real X server without a screen: Xvfb, on a display number it picks itself."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@needs_linux_xcb
def test_the_self_test_opens_a_window_on_a_real_display_or_names_the_missing_packages(private_home, xvfb):
    result = _run(_display_env(private_home, DISPLAY=xvfb))
    missing = _missing_for_xcb()
    if missing:
        _assert_says_what_is_missing(result, missing)
        assert "Qt offscreen OK" not in result.stdout  # the old self-test said OK here, and the window aborted
    else:
        assert result.returncode == 0, result.stderr
        assert "a window opened on the display (Qt xcb)" in result.stdout and "Qt offscreen OK" in result.stdout


# What Qt 6.11 wrote here (QT_DEBUG_PLUGINS=1) when the xcb plugin could not load, cut to the lines that matter.
QT_XCB_FAILURE = """\
qt.core.plugin.factoryloader: looking at "libqxcb.so"
qt.core.library: "/opt/x/plugins/platforms/libqxcb.so" cannot load: Cannot load library \
/opt/x/plugins/platforms/libqxcb.so: libxcb-icccm.so.4: cannot open shared object file: No such file or directory
qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.
qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.
This application failed to start because no Qt platform plugin could be initialized.
"""


def test_qt_messages_become_a_sentence_with_the_right_package():
    from app.self_test import display_problem

    said = display_problem(QT_XCB_FAILURE, -6, "DISPLAY=:0")  # the plugin path does not exist: no ldd answer
    assert "Qt's xcb plugin needs libxcb-icccm.so.4, which is not installed" in said
    assert said.endswith("sudo apt install libxcb-icccm4)") and "libxcb-cursor0" not in said  # not Qt's guess
    assert "no display answers at DISPLAY=:7" in display_problem(
        'qt.qpa.xcb: could not connect to display :7\nCould not load the Qt platform plugin "xcb"', -6, "DISPLAY=:7"
    )
    assert "signal 11" in display_problem("", -11, "DISPLAY=:0")
    # Seen on a minimal Debian 12 with only the xcb libraries: PySide6 itself does not import.
    import_failure = (
        'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n'
        "ImportError: libGL.so.1: cannot open shared object file: No such file or directory\n"
    )
    assert display_problem(import_failure, 1, "DISPLAY=:0").endswith("(on Debian or Ubuntu: sudo apt install libgl1)")


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libfontconfig.so.1.12.0", "libfontconfig1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_libraries_are_named_by_their_debian_package(library, package):
    from app.self_test import debian_package

    assert debian_package(library) == package
