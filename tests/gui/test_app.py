"""`shortchat` with no command opens the window, logs to a file, and quits cleanly."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def test_shortchat_alone_opens_the_window(qapp, monkeypatch, private_home):
    from app.cli import main
    from app.gui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put it back after
    handlers = list(logging.getLogger().handlers)
    seen = []

    def close_the_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(1500, close_the_window)
    try:
        assert main([]) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert seen == ["ShortChat"]
    assert (private_home / "config" / "window.ini").exists()  # size and place, for next time
    assert (private_home / "logs" / "shortchat.log").exists()


def test_about_names_the_version_and_the_models_licence(make_window, monkeypatch):
    from app import __version__

    window = make_window()
    window.about()
    shown = [window.about_dialog.text()]
    assert __version__ in shown[0] and "non-commercial" in shown[0] and "LGPL" in shown[0]
    room = window.screen().availableGeometry()
    assert window.about_dialog.height() <= room.height() * 0.9  # its Close button on the screen
    window.about_dialog.close()
