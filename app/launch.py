"""The `shortchat` program's first lines.

``shortchat chat`` starts llama.cpp's process here, before the rest of ShortChat is imported,
so the child gets ready (its own interpreter, llama.cpp's libraries) while this one imports,
parses its arguments and plans the load. This module imports nothing of ShortChat at its top:
a spawned child runs the program's main module again, and it then costs nothing there.
"""

from __future__ import annotations

import sys


def main() -> int:
    started = _llama_process_for(sys.argv[1:])
    from app.cli import entry

    code = entry(llama_process=started)
    if sys.argv[1:2] and not sys.argv[1].startswith("-"):  # a command, not the window
        _end_now(code)
    return code


def _llama_process_for(argv: list[str]):
    """llama.cpp's process, started, when ``argv`` asks for a chat with a model on this computer;
    else None (the CLI starts it itself where it is needed, and says why if it cannot)."""
    if not argv or argv[0] != "chat" or any(a in ("-h", "--help") or a.startswith("--server") for a in argv):
        return None
    import multiprocessing

    from app.core import paths
    from app.core.engine import llama_process

    # On Linux it is forked: this interpreter has nothing but the standard library loaded and no
    # thread yet, and a fork saves the child a second interpreter's start. (The window spawns.)
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    try:
        return llama_process.start(paths.log_dir(), context)
    except Exception:  # noqa: BLE001 - said by the engine's own attempt
        return None
    except KeyboardInterrupt:  # before Ctrl+C is handled: the CLI starts it again if asked
        return None


def _end_now(code: int) -> None:
    """The command is over and has closed what it opened (the chat store, llama.cpp's process):
    end without Python's own tidying up, which took a tenth of a one-shot chat's time."""
    import logging
    import os

    from app.ctrl_c import exit_quietly

    exit_quietly()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`shortchat chats | head`) or stream
            pass
    os._exit(code)
