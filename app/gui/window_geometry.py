"""The window's size: the first one fits the screen (a 1366x768 laptop has about 700 px under its
panel and the title bar), and a size remembered on a bigger screen is cut to fit this one."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QWidget

from app.core import paths

SMALLEST_FIRST_SIZE = QSize(1100, 760)
LARGE_SCREEN_WIDTH = 1600  # narrower screens (laptops) get the whole of their room at first
TITLE_BAR_ROOM = 40  # the window manager's title bar and border, outside the window's own height


def fitted_size(available: QSize) -> QSize:
    """The first size of the window: most of a laptop's screen, seven tenths of a large one, never
    past the screen."""
    room = QSize(available.width() - 24, available.height() - TITLE_BAR_ROOM)
    if available.width() < LARGE_SCREEN_WIDTH:
        return room
    share = QSize(max(SMALLEST_FIRST_SIZE.width(), round(available.width() * 0.7)),
                  max(SMALLEST_FIRST_SIZE.height(), round(available.height() * 0.85)))  # fmt: skip
    return share.boundedTo(room)


def settings_store() -> QSettings:
    """Window settings in ShortChat's own config folder (never the platform registry)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget) -> None:
    geometry = settings_store().value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    # A size remembered on a bigger screen (or a larger text) never leaves the window taller or
    # wider than this one.
    room = window.screen().availableGeometry().size() - QSize(0, TITLE_BAR_ROOM)
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))


def save_geometry(window: QWidget) -> None:
    settings = settings_store()
    settings.setValue("geometry", window.saveGeometry())
    settings.sync()
