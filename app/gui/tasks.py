"""One way to run core work in the background (after Anki's QueryOp, on superqt's workers).

The work function runs on a pool thread and gets plain data; ``done``,
``failed``, ``progress`` and ``piece`` run back on the GUI thread. A failure
becomes a sentence for the user (never a traceback): a ``ShortChatError`` says
its own message, anything else is logged with its traceback and summarised.
``Cancelled`` is not a failure: it calls ``cancelled``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from superqt.utils import FunctionWorker, GeneratorWorker, create_worker

from app.core import paths
from app.core.errors import Cancelled, ShortChatError

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    """What to tell a person about ``error``."""
    if isinstance(error, ShortChatError):
        return str(error)
    if isinstance(error, MemoryError):
        return "The computer ran out of memory. Close other programs, or choose a smaller model."
    if isinstance(error, OSError) and error.errno == 28:
        return "The disk is full. Free some space and try again."
    if isinstance(error, PermissionError):
        return f"ShortChat was not allowed to use {error.filename or 'a file'}. Check the folder's permissions."
    return (
        f"Something unexpected went wrong ({type(error).__name__}). Details are in the log file in {paths.log_dir()}."
    )


class _Relay(QObject):
    """Carries progress reports from a pool thread to the GUI thread (queued)."""

    progress = Signal(object)


class Tasks(QObject):
    """Starts background work and keeps track of it, so the window can wait for it on close."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set = set()
        self._closed = False

    def close(self) -> None:
        """From now on, results of work still running are dropped: the window they were for is gone."""
        self._closed = True

    def _live(self, callback):
        """``callback``, unless the tasks were closed by the time it is called."""
        if callback is None:
            return None

        def call(*args):
            if not self._closed:
                callback(*args)

        return call

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        progress: Callable[[Any], None] | None = None,
        finished: Callable[[], None] | None = None,
    ) -> FunctionWorker:
        """Run ``work(*args)`` (plus ``report=`` if ``progress`` is given) on a pool thread."""
        kwargs = {}
        if progress is not None:
            relay = _Relay()
            relay.progress.connect(self._live(progress))
            kwargs["report"] = relay.progress.emit
        worker = create_worker(work, *args, _start_thread=False, _ignore_errors=True, **kwargs)
        if progress is not None:
            worker._relay = relay  # lives as long as the worker
        return self._start(worker, done, failed, cancelled, finished)

    def stream(
        self,
        work: Callable[..., Iterator[Any]],
        *args: Any,
        piece: Callable[[Any], None],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        finished: Callable[[], None] | None = None,
    ) -> GeneratorWorker:
        """Run the generator ``work(*args)`` on a pool thread; each item it yields goes to ``piece``."""
        worker = create_worker(work, *args, _start_thread=False, _ignore_errors=True)
        worker.yielded.connect(self._live(piece))
        return self._start(worker, done, failed, cancelled, finished)

    def wait(self, timeout_s: float) -> bool:
        """Wait for all background work to end (for quitting); True if it did."""
        return QThreadPool.globalInstance().waitForDone(int(timeout_s * 1000))

    def _start(self, worker, done, failed, cancelled, finished):
        done, failed, cancelled, finished = (self._live(c) for c in (done, failed, cancelled, finished))

        def on_error(error: BaseException) -> None:
            if isinstance(error, Cancelled):
                if cancelled is not None:
                    cancelled()
                return
            if not isinstance(error, ShortChatError):
                log.error("background task failed", exc_info=error)
            if failed is not None:
                failed(user_message(error))
            else:
                log.warning("unreported failure: %s", user_message(error))

        def on_finished() -> None:
            self._running.discard(worker)
            if finished is not None:
                finished()

        if done is not None:
            worker.returned.connect(done)
        worker.errored.connect(on_error)
        worker.finished.connect(on_finished)
        self._running.add(worker)
        worker.start()
        return worker
