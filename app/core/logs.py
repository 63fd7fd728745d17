"""ShortChat's log: a rotating file in the log folder, for the window and the CLI alike.

Tracebacks and details go there, never to the person's screen; the console gets the
log only when SHORTCHAT_DEBUG is set. With no handler at all, Python would print a
logged exception's whole traceback on stderr, which is what the CLI promised not to do.
"""

from __future__ import annotations

import logging
import logging.handlers
import os

from app.core import paths

LOG_FILE = "shortchat.log"
_installed: list[logging.Handler] = []


def setup_logging() -> None:
    """Send the log to ``shortchat.log`` in the current log folder; nowhere visible if that
    cannot be written. Called again, it replaces what it installed before."""
    remove_logging()
    root = logging.getLogger()
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    except OSError:
        handler = logging.NullHandler()  # a read-only log folder costs the log, not the app
    root.addHandler(handler)
    _installed.append(handler)
    root.setLevel(logging.INFO)
    if os.environ.get("SHORTCHAT_DEBUG"):
        console = logging.StreamHandler()
        root.addHandler(console)
        _installed.append(console)


def remove_logging() -> None:
    """Take the handlers off again (tests run several apps in one process)."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
