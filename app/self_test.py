"""``shortchat --self-test``: does this installation work? One line, exit 0 or 1.

Checks, in order, what a broken install or bundle gets wrong: ShortChat's folders
can be written; llama.cpp (in its own process, as in use) loads the tiny
quantized model shipped in ``resources/`` and streams its known reply; when there
is a display (DISPLAY or WAYLAND_DISPLAY), a window opens on it, as the app's
would; Qt starts offscreen and renders that reply as the chat does. Useful in bug
reports: the line says which step failed and why.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app import APP_NAME, __version__

SELF_TEST_MODEL = "selftest.Q4_K_M.gguf"
EXPECTED_REPLY = "OK!"
DISPLAY_WAIT_S = 30
PLATFORM_MARK = "shortchat-self-test-platform:"
# Libraries whose Debian package is not named by the usual rule (libfoo.so.N -> libfooN, libfoo-2.so.N -> libfoo-2-N)
DEBIAN_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0"}


def _check_folders() -> str:
    from app.core import paths

    for folder in (paths.data_dir(), paths.config_dir(), paths.cache_dir(), paths.log_dir(), paths.models_dir()):
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    return "folders writable"


def _check_engine() -> tuple[str, str]:
    from app.core import paths
    from app.core.engine.chat_states import SavedStates
    from app.core.engine.engine import Engine
    from app.core.engine.generation import GenerationOptions

    model = paths.resources_dir() / SELF_TEST_MODEL
    if not model.is_file():
        raise RuntimeError(f"the test model is missing ({model})")
    with Engine(saved_states=SavedStates(budget_bytes=0)) as engine:  # a check leaves no chat state behind
        info = engine.load(model)
        stream = engine.chat("Are you working?", options=GenerationOptions(temperature=0, max_tokens=16))
        reply = "".join(stream)
    if reply != EXPECTED_REPLY:
        raise RuntimeError(f"the test model answered {reply!r} instead of {EXPECTED_REPLY!r}")
    speed = stream.stats.decode_tokens_per_s if stream.stats else 0.0
    return reply, f"llama.cpp loaded the test model in {info.load_seconds:.2f} s and answered at {speed:.0f} tokens/s"


def _open_a_window(log_path: str) -> None:
    """In a child process: open a real window on the display, as the app would. Qt aborts the whole
    process when its platform plugin cannot load, so its messages go to ``log_path`` for the parent."""
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(log, 2)
    os.environ["QT_DEBUG_PLUGINS"] = "1"  # Qt then names the library that is missing, not a guess
    from PySide6.QtWidgets import QApplication, QLabel

    qt_app = QApplication([])
    window = QLabel(f"{APP_NAME} self-test")
    window.show()
    qt_app.processEvents()
    os.write(2, f"\n{PLATFORM_MARK}{qt_app.platformName()}\n".encode())
    window.close()


def _check_display() -> str | None:
    """A window on the real display (None: there is none to try). The app's own window would abort on a
    missing library; here that is a sentence naming the package to install."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return None
    shown = [f"{name}={os.environ[name]}" for name in ("DISPLAY", "WAYLAND_DISPLAY") if os.environ.get(name)]
    if not shown:
        return None
    with tempfile.TemporaryDirectory(prefix="shortchat-display-") as folder:
        log_path = os.path.join(folder, "qt.log")
        child = multiprocessing.get_context("spawn").Process(target=_open_a_window, args=(log_path,), daemon=True)
        child.start()
        child.join(DISPLAY_WAIT_S)
        if child.is_alive():
            child.kill()
            child.join()
            raise RuntimeError(f"a window on the display ({', '.join(shown)}) did not open within {DISPLAY_WAIT_S} s")
        messages = Path(log_path).read_text(encoding="utf-8", errors="replace") if os.path.exists(log_path) else ""
    platform = re.search(re.escape(PLATFORM_MARK) + r"(\S+)", messages)
    if child.exitcode == 0 and platform:
        return f"a window opened on the display (Qt {platform.group(1)})"
    raise RuntimeError(display_problem(messages, child.exitcode, ", ".join(shown)))


def display_problem(messages: str, exit_code: int | None, display: str) -> str:
    """What went wrong opening a window, in a sentence, from what Qt wrote (with QT_DEBUG_PLUGINS)."""
    missing = list(dict.fromkeys(re.findall(r"(lib[\w.+-]+?\.so(?:\.\d+)*): cannot open shared object file", messages)))
    plugin = re.search(r"Cannot load library (\S+?\.so)\b", messages)
    if plugin:  # Qt names only the first missing library; ask the loader for all of them
        missing += [name for name in _not_found(plugin.group(1)) if name not in missing]
    which = re.search(r'platform plugin "([^"]+)"', messages)
    kind = f"Qt's {which.group(1)} plugin" if which else "Qt's display plugin"
    if missing:
        packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
        names = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
        return (
            f"the window cannot open: {kind} needs {names}, which {'are' if len(missing) > 1 else 'is'} "
            "not installed here "
            f"(on Debian or Ubuntu: sudo apt install {packages})"
        )
    if re.search(r"could not connect to display|Failed to create wl_display|cannot open display", messages, re.I):
        return (
            f"no display answers at {display}: the window needs a running desktop "
            "(over ssh, connect with ssh -X, or unset DISPLAY to check without a window)"
        )
    if "xcb-cursor" in messages:
        return f"the window cannot open: {kind} did not load; it needs libxcb-cursor0 (sudo apt install libxcb-cursor0)"
    said = [
        line.strip()
        for line in messages.splitlines()
        if line.strip() and not line.startswith(("qt.core.", " ", "\t", "{", "}", "]", PLATFORM_MARK))
    ]
    how = f"exit code {exit_code}" if exit_code is None or exit_code >= 0 else f"signal {-exit_code}"
    return f"the window could not open on {display} ({how}){': ' + said[0] if said else ''}"


def _not_found(library: str) -> list[str]:
    """The libraries ``library`` needs that the system's loader cannot find ([] where ldd is not there)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        listed = subprocess.run([ldd, library], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(re.findall(r"^\s*(\S+) => not found", listed, re.M)))


def debian_package(library: str) -> str:
    """The Debian package of a shared library, by Debian's naming rule: libxcb-icccm.so.4 -> libxcb-icccm4."""
    if library in DEBIAN_EXCEPTIONS:
        return DEBIAN_EXCEPTIONS[library]
    found = re.fullmatch(r"(lib.+?)\.so\.(\d+)(?:\.[\d.]+)?", library)
    if found is None:
        return library
    name, version = found.group(1).lower(), found.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def _check_qt(reply: str) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import app.gui  # noqa: F401 - picks the Qt binding for superqt
    from app.core.chat.store import ASSISTANT
    from app.gui.chat_view import ChatView

    qt_app = QApplication.instance() or QApplication([])
    view = ChatView()
    view.add_message(ASSISTANT, f"**{reply}**\n\n```python\nprint('{reply}')\n```", "Self-test")
    if reply not in view.toPlainText():
        raise RuntimeError("Qt did not show the reply")
    view.deleteLater()
    qt_app.processEvents()
    return f"Qt {qt_app.platformName()} OK"


def _check_remote() -> str:
    """What models on other computers need, which only a bundle can lose: the HTTP and OpenAI clients
    (they read their versions from package metadata) and keyring's backends (found by entry points)."""
    from importlib.metadata import entry_points

    import httpx2
    import openai

    from app.core.remote.remote_engine import RemoteEngine  # noqa: F401 - it must import

    backends = {entry.name for entry in entry_points(group="keyring.backends")}
    if not backends:
        raise RuntimeError("keyring's backends are missing, so API keys could not be kept in the keychain")
    return f"server clients OK (httpx2 {httpx2.__version__}, openai {openai.__version__}, keychains: {len(backends)})"


def run() -> int:
    started = time.monotonic()
    step = "folders"
    try:
        done = [_check_folders()]
        step = "llama.cpp"
        reply, engine_line = _check_engine()
        done.append(engine_line)
        step = "models on other computers"
        done.append(_check_remote())
        step = "the display"
        window_line = _check_display()
        if window_line:
            done.append(window_line)
        step = "Qt"
        done.append(_check_qt(reply))
    except Exception as error:  # one line for the user and the bug report, whatever it was
        print(f"{APP_NAME} {__version__} self-test FAILED at {step}: {error}", file=sys.stderr)
        return 1
    where = Path(sys.executable).parent if getattr(sys, "frozen", False) else "source"
    print(f"{APP_NAME} {__version__} self-test OK in {time.monotonic() - started:.1f} s ({where}): " + "; ".join(done))
    return 0
