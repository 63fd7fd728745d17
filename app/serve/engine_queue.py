"""One engine, many clients: requests wait in a bounded queue and are answered in turn.

The engine takes one request at a time (llama.cpp has one context), so a single thread
runs the jobs one after the other; when another user of the same engine (the window) is busy
with it, the next job waits for it to finish. Each job reports what happens through a
``deliver`` callback (called on that thread), so the HTTP side never blocks on llama.cpp.
A job can be cancelled from any thread, waiting or running: a running reply stops before
its next token.
"""

from __future__ import annotations

import collections
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from app.core.engine.engine import Engine, ReplyStream
from app.core.engine.generation import GenerationOptions, ModelInfo, ReplyStats
from app.core.engine.prompt import Prompt
from app.core.errors import Cancelled, EngineBusyError, PromptTooLongError, ShortChatError
from app.serve import DEFAULT_WAITING

log = logging.getLogger("shortchat.serve")

BUSY_POLL_S = 0.02  # how often to look whether the window has finished with the engine

# What a job delivers, in this order: PROMPT (the prompt as fitted), PIECE* (text), then
# DONE (the ReplyStats) or ERROR (a ShortChatError) at any point.
PROMPT, PIECE, DONE, ERROR = "prompt", "piece", "done", "error"


class QueueFullError(ShortChatError):
    """Too many requests are waiting already."""

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class Job:
    """One reply to write: ``start(engine)`` begins it (e.g. ``engine.chat(...)``)."""

    def __init__(self, start: Callable[[Engine], ReplyStream], deliver: Callable[[tuple], None]) -> None:
        self._start = start
        self._deliver = deliver
        self._lock = threading.Lock()  # between cancel() and the worker handing the stream over
        self._stream: ReplyStream | None = None
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop this job (from any thread): skipped if it is waiting, stopped if it runs."""
        with self._lock:
            self._cancelled = True
            if self._stream is not None:
                self._stream.cancel()

    def _emit(self, event: tuple) -> None:
        try:
            self._deliver(event)
        except Exception:  # the receiver is gone (its event loop closed): nobody to write for
            log.debug("a reply's receiver is gone; stopping it", exc_info=True)
            self.cancel()


class EngineQueue:
    """Runs jobs on ``engine`` one at a time, on a thread of its own."""

    def __init__(self, engine: Engine, max_waiting: int = DEFAULT_WAITING) -> None:
        self.engine = engine
        self.max_waiting = max_waiting
        self.last_stats: ReplyStats | None = None  # of the reply answered last
        self._waiting: collections.deque[Job] = collections.deque()
        self._changed = threading.Condition()
        self._running: Job | None = None
        self._closed = False
        self._durations: collections.deque[float] = collections.deque(maxlen=8)
        self._thread = threading.Thread(target=self._work, name="shortchat-serve-engine", daemon=True)
        self._thread.start()

    @property
    def model(self) -> ModelInfo | None:
        return self.engine.model

    @property
    def waiting(self) -> int:
        with self._changed:
            return sum(not job.cancelled for job in self._waiting)

    @property
    def busy(self) -> bool:
        """A job is being answered or waits."""
        with self._changed:
            return self._running is not None or bool(self._waiting)

    def submit(self, job: Job) -> None:
        """Queue ``job``; ``QueueFullError`` when ``max_waiting`` jobs wait already."""
        with self._changed:
            if self._closed:
                raise Cancelled("ShortChat is closing.")
            self._waiting = collections.deque(j for j in self._waiting if not j.cancelled)
            if len(self._waiting) >= self.max_waiting:
                raise QueueFullError(
                    f"{len(self._waiting)} requests are waiting already; try again in a moment.",
                    self._retry_after(len(self._waiting)),
                )
            self._waiting.append(job)
            self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing runs or waits; False if that took longer than ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._running is not None or self._waiting:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True

    def close(self) -> None:
        """Cancel every job and stop the thread (the engine itself stays as it is)."""
        with self._changed:
            self._closed = True
            jobs = list(self._waiting) + ([self._running] if self._running is not None else [])
            self._changed.notify_all()
        for job in jobs:
            job.cancel()
        self._thread.join(timeout=5)

    # -- the engine's thread ---------------------------------------------------

    def _retry_after(self, waiting: int) -> int:
        """Seconds until the queue has likely moved on: the recent replies' average time per job."""
        average = sum(self._durations) / len(self._durations) if self._durations else 1.0
        return max(1, math.ceil(average * (waiting + 1)))

    def _work(self) -> None:
        while True:
            with self._changed:
                while not self._waiting and not self._closed:
                    self._changed.wait()
                if self._closed:
                    for job in self._waiting:
                        job._emit((ERROR, Cancelled("ShortChat is closing.")))
                    self._waiting.clear()
                    self._changed.notify_all()
                    return
                job = self._running = self._waiting.popleft()
            started = time.monotonic()
            try:
                self._answer(job)
            finally:
                self._durations.append(time.monotonic() - started)
                with self._changed:
                    self._running = None
                    self._changed.notify_all()

    def _start_when_free(self, job: Job) -> ReplyStream | None:
        """Start ``job``, waiting while someone else uses the engine (the window shares it);
        None if the job was cancelled meanwhile."""
        while True:
            try:
                return job._start(self.engine)
            except EngineBusyError:
                if job.cancelled or self._closed:
                    return None
                time.sleep(BUSY_POLL_S)

    def _answer(self, job: Job) -> None:
        if job.cancelled:
            job._emit((ERROR, Cancelled("The request was cancelled.")))
            return
        try:
            stream = self._start_when_free(job)
            if stream is None:
                job._emit((ERROR, Cancelled("The request was cancelled.")))
                return
        except ShortChatError as error:
            job._emit((ERROR, error))
            return
        except Exception as error:  # a bug: the client gets a sentence, the log the details
            log.exception("starting a reply failed")
            job._emit((ERROR, ShortChatError(f"Something went wrong inside ShortChat ({type(error).__name__}).")))
            return
        with job._lock:
            job._stream = stream
            if job._cancelled:
                stream.cancel()
        try:
            job._emit((PROMPT, stream.prompt))
            for piece in stream:
                job._emit((PIECE, piece))
            job._emit((DONE, stream.stats))
        except ShortChatError as error:
            job._emit((ERROR, error))
        finally:
            with job._lock:
                job._stream = None  # a late cancel() must not stop the next job's reply
            stream.close()
            self.last_stats = stream.stats
            if stream.stats is not None:
                stats = stream.stats
                log.info(
                    "answered: %d prompt tokens (%d read), %d reply tokens, %s, first token after %.2f s",
                    stats.prompt_tokens, stats.evaluated_tokens, stats.reply_tokens, stats.stop_reason,
                    stats.time_to_first_token_s,
                )  # fmt: skip


def completion_start(text: str, options: GenerationOptions) -> Callable[[Engine], ReplyStream]:
    """A job's start for a raw-text completion: the text read as plain text (after BOS), and
    the reply at most ``options.max_tokens``, never beyond the context."""

    def start(engine: Engine) -> ReplyStream:
        tokens = engine.tokenize(text)
        n_ctx = engine.model.n_ctx
        if len(tokens) >= n_ctx - 1:
            raise PromptTooLongError(
                f"The prompt is {len(tokens)} tokens long; this model reads at most {n_ctx} tokens at once, "
                f"the reply included. Shorten it."
            )
        fitted = replace(options, max_tokens=min(options.max_tokens, n_ctx - len(tokens)))
        return engine.generate(Prompt(text=text, tokens=tokens), fitted)

    return start
