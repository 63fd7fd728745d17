"""``shortchat --self-test``: does this installation work? One line, exit 0 or 1.

Checks, in order, what a broken install or bundle gets wrong: ShortChat's folders
can be written; llama.cpp (in its own process, as in use) loads the tiny
quantized model shipped in ``resources/`` and streams its known reply; Qt starts
offscreen and renders that reply as the chat does. Useful in bug reports: the
line says which step failed and why.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from app import APP_NAME, __version__

SELF_TEST_MODEL = "selftest.Q4_K_M.gguf"
EXPECTED_REPLY = "OK!"


def _check_folders() -> str:
    from app.core import paths

    for folder in (paths.data_dir(), paths.config_dir(), paths.cache_dir(), paths.log_dir(), paths.models_dir()):
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    return "folders writable"


def _check_engine() -> tuple[str, str]:
    from app.core import paths
    from app.core.engine import Engine
    from app.core.generation import GenerationOptions

    model = paths.resources_dir() / SELF_TEST_MODEL
    if not model.is_file():
        raise RuntimeError(f"the test model is missing ({model})")
    with Engine() as engine:
        info = engine.load(model)
        stream = engine.chat("Are you working?", options=GenerationOptions(temperature=0, max_tokens=16))
        reply = "".join(stream)
    if reply != EXPECTED_REPLY:
        raise RuntimeError(f"the test model answered {reply!r} instead of {EXPECTED_REPLY!r}")
    speed = stream.stats.decode_tokens_per_s if stream.stats else 0.0
    return reply, f"llama.cpp loaded the test model in {info.load_seconds:.2f} s and answered at {speed:.0f} tokens/s"


def _check_qt(reply: str) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import app.gui  # noqa: F401 - picks the Qt binding for superqt
    from app.gui.chat_view import ASSISTANT, ChatView

    qt_app = QApplication.instance() or QApplication([])
    view = ChatView()
    view.add_message(ASSISTANT, f"**{reply}**\n\n```python\nprint('{reply}')\n```", "Self-test")
    if reply not in view.toPlainText():
        raise RuntimeError("Qt did not show the reply")
    view.deleteLater()
    qt_app.processEvents()
    return f"Qt {qt_app.platformName()} OK"


def run() -> int:
    started = time.monotonic()
    step = "folders"
    try:
        done = [_check_folders()]
        step = "llama.cpp"
        reply, engine_line = _check_engine()
        done.append(engine_line)
        step = "Qt"
        done.append(_check_qt(reply))
    except Exception as error:  # one line for the user and the bug report, whatever it was
        print(f"{APP_NAME} {__version__} self-test FAILED at {step}: {error}", file=sys.stderr)
        return 1
    where = Path(sys.executable).parent if getattr(sys, "frozen", False) else "source"
    print(f"{APP_NAME} {__version__} self-test OK in {time.monotonic() - started:.1f} s ({where}): " + "; ".join(done))
    return 0
