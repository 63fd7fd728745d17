"""Starting llama.cpp's process (``llama_worker.run``), with the standard library alone.

The engine (engine.py) starts its process through here, and talks to it. A caller that
wants the process starting at once can call ``start`` before it imports the rest of
ShortChat, and hand the result to ``Engine.start``: the CLI does, so that a one-shot
question waits for one interpreter's start-up, not two in turn.

The process is started with multiprocessing's ``spawn``: a fresh interpreter that
inherits none of this one's threads or locks (and that works in a PyInstaller build).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from pathlib import Path

LOG_NAME = "llama.log"  # in the engine's log folder: what llama.cpp wrote, for when it fails


class StartedProcess:
    """What ``start`` started: the process, this side of its pipe (a multiprocessing Connection),
    and the shared number up to which requests are to stop (``llama_worker``'s protocol)."""

    __slots__ = ("process", "conn", "cancel_through")

    def __init__(self, process, conn, cancel_through) -> None:
        self.process, self.conn, self.cancel_through = process, conn, cancel_through


def start(log_dir: Path, mp=None) -> StartedProcess:
    """Start llama.cpp's process, writing its log to ``LOG_NAME`` in ``log_dir``; it waits for requests."""
    mp = mp or multiprocessing.get_context("spawn")
    Path(log_dir).mkdir(parents=True, exist_ok=True)
    parent_end, child_end = mp.Pipe(duplex=True)
    # A lock-free shared number: a lock could be left held by a killed child.
    cancel_through = mp.RawValue("q", 0)
    process = mp.Process(
        target=run,
        args=(child_end, cancel_through, str(Path(log_dir) / LOG_NAME)),
        name="shortchat-llama",
        daemon=True,
    )
    start_never_interrupted(process, mp)
    child_end.close()  # so the reader sees EOF when the child dies
    return StartedProcess(process, parent_end, cancel_through)


def start_never_interrupted(process, mp) -> None:
    """Start ``process`` (of context ``mp``) so that the terminal's Ctrl+C never reaches it."""
    if mp.get_start_method() != "fork" and hasattr(signal, "pthread_sigmask"):
        # Spawning also starts multiprocessing's resource tracker the first time, which unblocks
        # SIGINT when it is up: start it before the block below. A fork needs no tracker: a third
        # interpreter starting beside the child would only slow a one-shot CLI chat.
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    with interrupts_not_inherited():
        process.start()


def run(conn, cancel_through, log_path: str) -> None:
    """The process's entry point: the worker module is imported here, in the process, so the
    parent need not import it before starting it."""
    from app.core.engine import llama_worker

    llama_worker.run(conn, cancel_through, log_path)
    # Ended as asked, its last chat state saved: end now. Python's own tidying up (freeing
    # llama.cpp's model and back-ends, collecting every object) took 0.2-0.3 s more, which a
    # person waits for when the CLI ends or the window closes; the system frees all of it anyway.
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


_console_lock = threading.Lock()


@contextlib.contextmanager
def interrupts_not_inherited():
    """Start a child that never sees the terminal's interrupt, even before it can ignore it
    itself. POSIX: SIGINT blocked in this thread while the child is started; the blocked
    set is inherited through fork and exec, and an interrupt meant for us waits until we
    unblock. Windows: "ignore Ctrl+C" is inherited by a child; set for an instant here."""
    if sys.platform == "win32":
        import ctypes

        with _console_lock:
            ctypes.windll.kernel32.SetConsoleCtrlHandler(None, True)
            try:
                yield
            finally:
                ctypes.windll.kernel32.SetConsoleCtrlHandler(None, False)
    elif hasattr(signal, "pthread_sigmask"):
        before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)
    else:
        yield
