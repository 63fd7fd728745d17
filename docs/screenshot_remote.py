"""Take the README's picture of a model on another computer in the model chooser (docs/remote.png).

A real OpenAI-compatible server (llama-cpp-python's own) on 127.0.0.1 serves the demo's tiny scripted
model under a catalog file name, so no network is needed; the window adds it as Settings → Other
computers does, chooses it in the picker, and asks it one question:

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshot_remote.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from app.testing.qt_wait import spin_until  # noqa: E402 - after the path is set
from docs.screenshots import QUESTION, grab  # noqa: E402

SERVED_NAME = "cpt_st-vicuna-v1.3-5.5b-ppl.Q4_K_M.gguf"  # the name the server says; the model is the demo's


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="shortchat-remote-shot-"))
    os.environ["SHORTCHAT_HOME"] = str(work / "home")
    os.environ["HF_ENDPOINT"] = "http://127.0.0.1:9"  # no hub: the picture is about the other computer
    from app.core import settings
    from app.core.remote.computers import Computers
    from app.testing.demo import demo_model
    from app.testing.model_servers import OpenAICompatibleServer

    settings.save(settings.Settings(model_licence_accepted=True))
    served = demo_model(work / "served", SERVED_NAME)
    from app.core.models.library import Library

    demo_model(Library().models_dir)  # a small model on this computer too: both lists show
    with OpenAICompatibleServer(served, work) as server:
        Computers().add(server.url)
        from PySide6.QtWidgets import QApplication

        import app.gui  # noqa: F401
        from app.gui.main_window import MainWindow

        qt_app = QApplication([])
        window = MainWindow()
        window.resize(1100, 700)
        window.show()
        box = window.picker.remote_box
        spin_until(qt_app, lambda: bool(box.rows) and window.session.hardware is not None and not window.session.busy)
        box.rows[0].use_button.click()
        spin_until(qt_app, lambda: window.session.remote is not None and not window.session.busy)
        window.conversation.send(QUESTION)
        spin_until(qt_app, lambda: window.conversation.reply is None and not window.chat_view.streaming)
        window.show_page(0)
        spin_until(qt_app, lambda: "measured from here" in box.rows[0].details)
        grab(qt_app, window, "remote.png")
        window.close()
    print(f"{HERE / 'remote.png'} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
