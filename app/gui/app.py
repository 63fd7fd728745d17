"""Start the window: the Qt application, logging to a file, and a last-resort error handler."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Sequence

from app import APP_NAME, __version__
from app.core import paths
from app.core.logs import setup_logging

log = logging.getLogger("shortchat")


def _show_unexpected_error(exc_type, exc, tb) -> None:
    """An error reached the event loop: log the traceback, tell the user in words, keep running.

    A ``ShortChatError`` already is a sentence for the user (a chat that could not be
    saved, say): it is shown as it is. Anything else is a bug, summed up in one line."""
    from app.core.errors import ShortChatError

    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    if isinstance(exc, ShortChatError):
        QMessageBox.warning(None, APP_NAME, str(exc))
        return
    from PySide6.QtCore import QCoreApplication

    QMessageBox.warning(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "App", "Something unexpected went wrong ({kind}).\nDetails were written to the log in {folder}."
        ).format(kind=exc_type.__name__, folder=paths.log_dir()),
    )


def run(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    import app.gui  # noqa: F401 - picks the Qt binding for superqt first
    from app.core import settings as user_settings
    from app.gui import focus_ring, languages, theme
    from app.gui.main_window import MainWindow
    from app.gui.single_instance import SingleInstance

    setup_logging()
    qt_app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationDisplayName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("shortchat")
    icon = paths.resources_dir() / "shortchat.png"  # PNG: no image plugin needed
    if icon.exists():
        qt_app.setWindowIcon(QIcon(str(icon)))
    sys.excepthook = _show_unexpected_error
    # Before any widget exists: every word is translated when it is built, and an Arabic window mirrors.
    languages.install(user_settings.load()[0].language, qt_app)
    door = SingleInstance(paths.data_dir())
    if not door.claim():
        print(f"{APP_NAME} is already open; its window was brought to the front.", file=sys.stderr)
        return 0
    window = MainWindow()
    focus_ring.install(qt_app)
    # The remembered theme and text size, before the window is first shown (no flash of the other one).
    theme.apply(window.settings.theme, window.settings.text_size, qt_app)
    door.activated.connect(window.come_forward)
    qt_app.aboutToQuit.connect(door.release)
    window.show()
    # What exists now lives as long as the app: keep it out of the garbage collector's
    # full passes, which otherwise pause the window for tens of milliseconds mid-reply.
    gc.freeze()
    return qt_app.exec()
