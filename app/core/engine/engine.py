"""The chat engine: llama.cpp in a child process, seen by callers as plain calls and a generator.

llama.cpp can end the whole process instead of raising (malformed metadata, a GPU
out-of-memory assert, the OS killing it for memory). So, as LM Studio and Ollama
do, it lives in a process of its own, started with the ``spawn`` method (which
also works in a PyInstaller build). When that process dies, the caller gets a
``ModelCrashedError`` with the reason, and the next ``load`` starts a fresh one.
Switching models ends the process, so all of its memory goes back to the system.

Thread use: one request (load, prompt, reply) at a time, from any one thread;
``cancel`` and ``close`` may be called from any other thread.

Staying in step with the child: every request has an id that the child's messages
carry (``llama_worker``'s protocol). A thread of ours reads the pipe, so an interrupt
(Ctrl+C is a ``KeyboardInterrupt`` wherever the main thread is) never leaves half a
message read. A request abandoned part-way (an interrupt, a stream nobody reads to
the end) stays *pending*: it is asked to stop, and the next request first waits,
a bounded time, for its end, so the child is idle whenever a new request reaches it.
A child that stops answering (frozen, or silent long after a stop) is ended.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from app.core.engine import llama_process, pipe
from app.core.engine.chat_states import SavedStates, StatePlace
from app.core.engine.generation import GenerationOptions, LoadSettings, Measurement, ModelInfo, ReplyStats
from app.core.engine.llama_process import StartedProcess
from app.core.engine.prompt import VICUNA_SYSTEM, Prompt, Turn
from app.core.errors import (
    Cancelled,
    EngineBusyError,
    ModelCrashedError,
    ModelLoadError,
    NoModelLoadedError,
    OutOfMemoryError,
    PromptTooLongError,
    ShortChatError,
)
from app.core.models.catalog import template_for_file
from app.core.models.gguf_header import GGUFHeader, check_chat_model
from app.core.words import QT_TRANSLATE_NOOP, look_up, translate

log = logging.getLogger("shortchat.engine")

_QUIT_GRACE_S = 3.0
_POLL_S = 0.2  # how often a wait looks at the child's state
UNRESPONSIVE_AFTER_S = 15.0  # asked to stop, and not one message for this long: the child is stuck
FROZEN_AFTER_S = 1.0  # stopped by a signal (SIGSTOP, a debugger) this long: the child is stuck
_MEMORY_SHORT = 0.05  # the system had less than this share of its memory left at the last look

# How llama.cpp's process ended, as written; translated where they are said (look_up).
_SIGNAL_REASONS = {
    "SIGSEGV": QT_TRANSLATE_NOOP("Errors", "llama.cpp crashed (segmentation fault)"),
    "SIGBUS": QT_TRANSLATE_NOOP(
        "Errors", "llama.cpp could not read the model file any more (was it moved or changed?)"
    ),
    "SIGFPE": QT_TRANSLATE_NOOP("Errors", "llama.cpp crashed on bad numbers in the model file"),
    "SIGILL": QT_TRANSLATE_NOOP("Errors", "llama.cpp used a processor instruction this computer does not have"),
    "SIGABRT": QT_TRANSLATE_NOOP("Errors", "llama.cpp stopped itself"),
    "SIGTERM": QT_TRANSLATE_NOOP("Errors", "it was asked to stop by another program"),
}
KILLED_FOR_MEMORY = QT_TRANSLATE_NOOP("Errors", "it was stopped by the system because the computer ran out of memory")
KILLED = QT_TRANSLATE_NOOP("Errors", "it was stopped by the system or by another program")
UNRESPONSIVE = QT_TRANSLATE_NOOP("Errors", "it stopped responding, so ShortChat ended it")
_MEMORY_WORDS = ("out of memory", "failed to allocate", "cannot allocate", "bad_alloc", "unable to allocate")


def _says_out_of_memory(line: str) -> bool:
    lowered = line.lower()
    return any(word in lowered for word in _MEMORY_WORDS)


def _is_telling(line: str) -> bool:
    """A line that says why llama.cpp failed: not our own chatter (``set_abort_callback: call``
    contains "abort"), not a debugger's stack frame (``#3 0x... in ggml_abort () from ...``)."""
    lowered = line.lower()
    if "set_abort_callback" in lowered or line.lstrip().startswith("#") or " from /" in line:
        return False
    if "ggml_assert" in lowered or _says_out_of_memory(lowered):
        return True
    return "error" in lowered or "failed" in lowered or "terminate called" in lowered


def _log_tail_reason(log_path: Path) -> str:
    """The most telling last line llama.cpp wrote before dying, if any (for the log, and to
    tell the person the gist)."""
    try:
        with open(log_path, "rb") as log_file:
            log_file.seek(0, os.SEEK_END)
            log_file.seek(max(0, log_file.tell() - 16_384))
            lines = log_file.read().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in reversed(lines):
        if _is_telling(line):
            return line.strip()
    return ""


def _plain_cause(line: str) -> str:
    """The gist of llama.cpp's last complaint in words, or "" (the line itself goes to the log)."""
    lowered = line.lower()
    if _says_out_of_memory(lowered):
        return translate("Errors", "it could not get enough memory")
    if "ggml_assert" in lowered:
        return translate("Errors", "an internal check failed")
    return ""


def _oom_counter_sources() -> list[tuple[Path, str]]:
    """Files where the kernel counts the processes it ended for lack of memory: system-wide
    (/proc/vmstat) and for our cgroup (v2 ``memory.events``, v1 ``memory.oom_control``)."""
    sources = [(Path("/proc/vmstat"), "oom_kill")]
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return sources if sys.platform.startswith("linux") else []
    for line in lines:
        _, controllers, group = (line.split(":", 2) + ["", ""])[:3]
        group = group.lstrip("/")
        if controllers == "":
            for root in (Path("/sys/fs/cgroup") / group, Path("/sys/fs/cgroup")):
                sources.append((root / "memory.events", "oom_kill"))
        elif "memory" in controllers.split(","):
            for root in (Path("/sys/fs/cgroup/memory") / group, Path("/sys/fs/cgroup/memory")):
                sources.append((root / "memory.oom_control", "oom_kill"))
    return sources


def oom_kills() -> int | None:
    """How many processes the kernel has ended for lack of memory, as far as we can read
    (a sum of counters; what matters is whether it grows). None where none is readable."""
    total, readable = 0, False
    for path, key in _oom_counter_sources():
        try:
            text = path.read_text()
        except OSError:
            continue
        for line in text.splitlines():
            name, _, value = line.partition(" ")
            if name == key and value.strip().isdigit():
                total, readable = total + int(value), True
    return total if readable else None


def ran_out_of_memory(
    exitcode: int | None, log_path: Path, oom_kills_before: int | None = None, memory_was_short: bool = False
) -> bool:
    """Whether the child ended for lack of memory, from evidence: llama.cpp logged a failed
    allocation (a GPU out of memory aborts after saying so), or it was killed and the kernel
    counted an out-of-memory kill meanwhile, or memory was nearly all used at our last look.
    A kill without such evidence (a person, another program) is not a reason to step down."""
    if _says_out_of_memory(_log_tail_reason(log_path)):
        return True
    if not (hasattr(signal, "SIGKILL") and exitcode == -signal.SIGKILL):
        return False
    after = oom_kills()
    if oom_kills_before is not None and after is not None and after > oom_kills_before:
        return True
    return memory_was_short


def crashed_sentence(reason: str) -> str:
    return translate(
        "Errors",
        "The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.",
    ).format(reason=reason)


def describe_exit(exitcode: int | None, log_path: Path, out_of_memory: bool = False) -> str:
    """Plain words for how the llama.cpp process ended (its own last words go to our log)."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if name == "SIGKILL":
            return look_up("Errors", KILLED_FOR_MEMORY if out_of_memory else KILLED)
        if name in _SIGNAL_REASONS:
            reason = look_up("Errors", _SIGNAL_REASONS[name])
        else:
            reason = translate("Errors", "it was ended by {signal}").format(signal=name)
    elif exitcode is None:
        reason = translate("Errors", "it stopped responding")
    else:
        reason = translate("Errors", "it exited with code {code}").format(code=exitcode)
    cause = _plain_cause(_log_tail_reason(log_path))
    return translate("Errors", "{reason} ({cause})").format(reason=reason, cause=cause) if cause else reason


def _header_for_load(path: str | os.PathLike[str], header: GGUFHeader | None) -> GGUFHeader:
    """``header`` if it is the header of ``path`` as the file is now (the same size), else the
    header read again; checked either way as a model ShortChat can chat with."""
    if header is not None and Path(header.path) == Path(path):
        try:
            unchanged = os.stat(path).st_size == header.file_bytes
        except OSError:
            unchanged = False
        if unchanged:
            return check_chat_model(header)
    return check_chat_model(path)


@contextlib.contextmanager
def _interrupts_after_writing():
    """Ctrl+C while a request is written to the child takes effect once it is written whole: half
    a request would leave the child unusable, and the model would have to be loaded again. (Only
    the main thread gets Ctrl+C; elsewhere there is nothing to hold.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append((signum, frame)))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if pressed and callable(previous):
            previous(*pressed[0])  # Python's KeyboardInterrupt, or the CLI's own handler
        elif pressed and previous == signal.SIG_DFL:
            signal.raise_signal(signal.SIGINT)


_GONE = object()  # the reader's last message: the pipe is closed, the child has ended


def _read_messages(conn, messages: collections.deque, bell: queue.SimpleQueue) -> None:
    """Move the child's messages to ``messages`` as they arrive, and ring ``bell``.

    A thread, because the main thread may be interrupted at any moment and this one never
    is: a message is never half read. The waiting side only looks at ``messages[0]`` and
    removes it once it has acted on it, so an interrupt cannot lose a message either."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            break
        except Exception:  # a message that cannot be unpickled: the pipe can no longer be trusted
            log.exception("unreadable message from llama.cpp")
            break
        messages.append(message)
        bell.put(True)
    messages.append(_GONE)
    bell.put(True)
    conn.close()


class _Child:
    """One llama.cpp process, the pipe to it, and the thread that reads the pipe."""

    def __init__(self, mp, log_dir: Path, started: StartedProcess | None = None) -> None:
        """Start the process, or take one ``llama_process.start`` started (then the out-of-memory
        counter is read now, a moment after its start)."""
        self.given_a_model = False  # a load was sent: the next load needs a fresh process
        self.oom_kills_at_start = oom_kills()
        self.memory_was_short = False
        self.frozen_since: float | None = None
        started = started or llama_process.start(log_dir, mp)
        self.process, self.conn, self.cancel_through = started.process, started.conn, started.cancel_through
        self.messages: collections.deque = collections.deque()
        self.bell: queue.SimpleQueue = queue.SimpleQueue()  # C-level: an interrupt cannot corrupt it
        self.reader = threading.Thread(
            target=_read_messages,
            args=(self.conn, self.messages, self.bell),
            name="shortchat-llama-reader",
            daemon=True,
        )
        self.reader.start()
        self._watched = None

    def look(self) -> bool:
        """Note how the child is (for the out-of-memory evidence); whether it is frozen."""
        try:
            import psutil

            if self._watched is None:
                self._watched = psutil.Process(self.process.pid)
            status = self._watched.status()
            rss = self._watched.memory_info().rss
            memory = psutil.virtual_memory()
        except Exception:  # gone, not allowed, or psutil missing: nothing learnt
            return False
        self.memory_was_short = memory.available < memory.total * _MEMORY_SHORT or rss > memory.total * 0.9
        if status in ("stopped", "tracing-stop"):
            self.frozen_since = self.frozen_since or time.monotonic()
            return time.monotonic() - self.frozen_since >= FROZEN_AFTER_S
        self.frozen_since = None
        return False

    def send(self, request: pipe.Request) -> None:
        self.conn.send(request)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)

    def quit(self) -> None:
        """Ask the child to end (it reads this after the request it is working on); kill it
        if it has not ended within the grace time."""
        if self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(pipe.Quit())
            self.process.join(timeout=_QUIT_GRACE_S)
        self.kill()


class ReplyStream:
    """An assistant reply as it is written: iterate for its text pieces.

    After the iteration ends, ``stats`` holds the reply's figures. ``cancel()``
    (from any thread) ends the iteration before the next piece; the text already
    yielded is the reply that is kept. ``close()`` (or leaving a ``with`` block)
    stops the reply and waits until the engine is free for the next request.

    An exception other than the engine's own while waiting for a piece (Ctrl+C's
    ``KeyboardInterrupt``) stops the reply too: the iteration is over, the engine is
    free, and the reply's end is read before the next request (or by ``close()``).
    """

    def __init__(self, engine: Engine, prompt: Prompt, request: int) -> None:
        self._engine = engine
        self.prompt = prompt
        self.request = request
        self.stats: ReplyStats | None = None
        # How much of a long prompt llama.cpp has read (0..1), before the first piece; ``on_reading``
        # is called with it, on the iterating thread, as it grows.
        self.reading: float | None = None
        self.on_reading: Callable[[float], None] | None = None
        self._pieces: list[str] = []
        self._cancelled = False
        self._finished = False
        self._end_unread = False  # interrupted: the child's Done for this reply is still to come

    @property
    def text(self) -> str:
        """The reply so far, as yielded."""
        return "".join(self._pieces)

    def __iter__(self) -> ReplyStream:
        return self

    def __next__(self) -> str:
        while not self._finished:
            try:
                message = self._engine._next_message(self.request)
            except ShortChatError:
                self._finish(None)
                raise
            except BaseException:
                self._interrupted()
                raise
            if isinstance(message, pipe.Piece):
                if not self._cancelled:
                    self._pieces.append(message.text)
                    return message.text
            elif isinstance(message, pipe.Progress):
                self.reading = message.fraction
                if self.on_reading is not None and not self._cancelled:
                    self.on_reading(message.fraction)
            elif isinstance(message, pipe.Done):
                self._finish(message.payload)
            else:
                self._finish(None)
                self._engine._raise_child_error(message)
        raise StopIteration

    def cancel(self) -> None:
        self._cancelled = True
        self._engine._ask_to_stop(self.request)

    def close(self) -> None:
        if self._end_unread:
            self._engine._settle_if_free()
            return
        if self._finished:
            return
        self.cancel()
        try:
            for _ in self:
                pass
        except ShortChatError:
            pass

    def __enter__(self) -> ReplyStream:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _interrupted(self) -> None:
        self.cancel()
        self._end_unread = True
        self._finished = True
        self._engine._pending_stream = self
        self._engine._end_request()

    def _ended_late(self, stats: ReplyStats | None) -> None:
        """The end of an interrupted reply, read before the next request."""
        self._end_unread = False
        if stats is not None:
            self.stats = replace(stats, stop_reason="cancelled")

    def _finish(self, stats: ReplyStats | None) -> None:
        if stats is not None and self._cancelled and stats.stop_reason != "cancelled":
            stats = replace(stats, stop_reason="cancelled")
        self.stats = stats
        self._finished = True
        self._engine._end_request()


class Engine:
    """Loads one model at a time and streams replies from it."""

    def __init__(self, log_dir: str | os.PathLike[str] | None = None, saved_states: SavedStates | None = None) -> None:
        if log_dir is None:
            from app.core.paths import log_dir as default_log_dir

            log_dir = default_log_dir()
        self._log_dir = Path(log_dir)
        # Chats' llama.cpp states on disk (``chat_states``): the cache folder and the settings' budget.
        self.saved_states = saved_states if saved_states is not None else SavedStates()
        self._mp = multiprocessing.get_context("spawn")
        self._child: _Child | None = None
        self._model: ModelInfo | None = None
        self._busy = threading.Lock()
        self._closing = False
        self._last_id = 0
        self._pending: int | None = None  # the request the child has not ended yet
        self._pending_stream: ReplyStream | None = None  # its stream, if it was a reply
        self._stop_asked_at: float | None = None  # when the pending request was asked to stop
        # How long a child asked to stop may stay silent before it counts as stuck.
        self.unresponsive_after_s = UNRESPONSIVE_AFTER_S

    # -- public API ---------------------------------------------------------

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    @property
    def log_path(self) -> Path:
        return self._log_dir / llama_process.LOG_NAME

    @property
    def child_pid(self) -> int | None:
        child = self._child
        return child.process.pid if child is not None and child.process.is_alive() else None

    def load(
        self,
        path: str | os.PathLike[str],
        settings: LoadSettings | None = None,
        progress: Callable[[float], None] | None = None,
        header: GGUFHeader | None = None,
    ) -> ModelInfo:
        """Load ``path`` in a fresh llama.cpp process (ending the previous one; one begun by
        ``start`` and not yet given a model is used).

        ``progress`` is called on this thread with llama.cpp's load progress (0..1, rising, at
        most ~10 times a second, the last 1.0). ``header``: the file's header when the caller
        has just read it (it is read again if the file has changed size since)."""
        settings = settings or LoadSettings()
        header = _header_for_load(path, header)  # clear errors without starting anything
        self._begin_request(settle=False)  # the old process ends anyway
        try:
            if not self._has_fresh_child():
                self._stop_process()
            self._closing = False
            try:
                child = self._child or self._start_child()
                child.given_a_model = True
                request = self._request(pipe.Load, header, settings, template_for_file(header.path))
                message = self._next_message(request)
                while isinstance(message, pipe.Progress):
                    if progress is not None:
                        progress(message.fraction)
                    message = self._next_message(request)
            except ModelCrashedError as exc:
                if exc.out_of_memory:
                    raise OutOfMemoryError(
                        translate("Errors", "{name} did not fit in this computer's memory: {reason}."),
                        name=header.path.name,
                        reason=exc.reason,
                    ) from exc
                raise ModelLoadError(
                    translate(
                        "Errors",
                        "{name} could not be loaded: {reason}. The file may be damaged, or too large for this "
                        "computer.",
                    ),
                    name=header.path.name,
                    reason=exc.reason,
                ) from exc
            except ShortChatError:
                raise
            except BaseException:
                self._end_child()  # an interrupted load is given up: its process and memory go
                raise
            if isinstance(message, pipe.Failed):
                self._stop_process()
                self._raise_child_error(message)
            self._model = message.payload
            return self._model
        finally:
            self._end_request()

    def start(self, started: StartedProcess | None = None) -> None:
        """Start llama.cpp's process now, if none is running, so that its interpreter and
        libraries start while the caller does other work (planning the load); the next
        ``load`` uses it. ``started``: the process, if the caller started it already (with
        ``llama_process.start(engine's log folder)``, before importing this module)."""
        self._begin_request(settle=False)
        try:
            if self._child is None:
                self._closing = False
                self._start_child(started)
            elif started is not None:  # one is running already: the other is not needed
                started.conn.close()
                started.process.kill()
        finally:
            self._end_request()

    def gpu_offload_supported(self) -> bool:
        """Whether this llama.cpp build can put layers on a GPU, asked of its process (started
        if none is running), so that this process never loads llama.cpp itself."""
        self._begin_request()
        try:
            if self._child is None:
                self._closing = False
                self._start_child()
            return bool(self._answer(self._request(pipe.AskGpuOffload)))
        finally:
            self._end_request()

    def prepare(
        self,
        user: str,
        history: Sequence[Turn] = (),
        system: str = VICUNA_SYSTEM,
        reply_tokens: int = GenerationOptions.max_tokens,
        reply_start: str = "",
    ) -> Prompt:
        """The prompt for ``user`` after ``history``, trimmed to fit beside the reply (which goes
        on from ``reply_start`` when that is given)."""
        return self._ask_loaded(pipe.MakePrompt, system, list(history), user, reply_tokens, reply_start)

    def tokenize(self, text: str) -> list[int]:
        """``text`` as the model reads a prompt: BOS (when the model uses it), then the text
        as plain text, so nothing in it can become a special token."""
        return self._ask_loaded(pipe.Tokenize, text)

    def generate(self, prompt: Prompt, options: GenerationOptions | None = None) -> ReplyStream:
        """Start writing the reply to ``prompt``; iterate the result for its text."""
        options = options or GenerationOptions()
        self._begin_request()
        try:
            self._require_model()
            request = self._request(pipe.Generate, prompt.tokens, options, self._state_place())
        except BaseException:
            self._end_request()
            raise
        return ReplyStream(self, prompt, request)

    def chat(
        self,
        user: str,
        history: Sequence[Turn] = (),
        system: str = VICUNA_SYSTEM,
        options: GenerationOptions | None = None,
        reply_start: str = "",
    ) -> ReplyStream:
        """The reply to ``user``; with ``reply_start``, the rest of a reply that begins so."""
        options = options or GenerationOptions()
        self._require_model()
        # A reply may use at most half the context, so a question always has room.
        budget = max(1, min(options.max_tokens, self._model.n_ctx // 2))
        if budget != options.max_tokens or options.continuation != bool(reply_start):
            options = replace(options, max_tokens=budget, continuation=bool(reply_start))
        return self.generate(self.prepare(user, history, system, budget, reply_start), options)

    def measure(self, prompt_tokens: int = 128, decode_tokens: int = 48, seconds: float = 3.0) -> Measurement:
        """Time a prompt read and up to ``decode_tokens`` written tokens (at most ``seconds``),
        and report what llama.cpp allocated and the process's peak memory."""
        return self._ask_loaded(pipe.Measure, prompt_tokens, decode_tokens, seconds)

    def cancel(self) -> None:
        """Stop the reply (or prompt reading) in progress, if any."""
        pending = self._pending
        if pending is not None:
            self._ask_to_stop(pending)

    def unload(self) -> None:
        """End the llama.cpp process; its memory goes back to the system."""
        self._begin_request(settle=False)
        try:
            self._stop_process()
        finally:
            self._end_request()

    def close(self) -> None:
        """End everything now, even mid-request (for quitting the app). An idle process is asked
        to end instead, so it first finishes saving the last chat's state (a bounded wait)."""
        self._closing = True
        if self._pending is None and self._busy.acquire(blocking=False):
            try:
                if self._pending is None:
                    self._stop_process()
                    return
            finally:
                self._busy.release()
        self.cancel()
        child = self._child
        if child is not None:
            child.kill()
        self._model = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- internals ----------------------------------------------------------

    def _state_place(self) -> StatePlace | None:
        try:
            return self.saved_states.place()
        except Exception:  # noqa: BLE001 - an unreadable setting must not stop a reply; states only save time
            log.exception("saved chat states are off for this reply")
            return None

    def _ask_loaded(self, kind: type[pipe.Request], *fields):
        """Send a request to the loaded model's process; its answer's payload."""
        self._begin_request()
        try:
            self._require_model()
            return self._answer(self._request(kind, *fields))
        finally:
            self._end_request()

    def _answer(self, request: int):
        """The payload of the child's answer to ``request``; its failure raised."""
        message = self._next_message(request)
        if isinstance(message, pipe.Failed):
            self._raise_child_error(message)
        return message.payload

    def _start_child(self, started: StartedProcess | None = None) -> _Child:
        self._child = _Child(self._mp, self._log_dir, started)
        return self._child

    def _has_fresh_child(self) -> bool:
        """A process begun by ``start`` is running, idle, and has never been given a model."""
        child = self._child
        return child is not None and not child.given_a_model and self._pending is None and child.process.is_alive()

    def _begin_request(self, settle: bool = True) -> None:
        if not self._busy.acquire(blocking=False):
            raise EngineBusyError(translate("Errors", "The model is still busy with the previous request."))
        if settle:
            try:
                self._settle()
            except BaseException:
                self._busy.release()
                raise

    def _end_request(self) -> None:
        self._busy.release()

    def _settle(self) -> None:
        """Wait (bounded) for the end of a request that was abandoned part-way, so the
        child is idle before it is sent another one. Called with the engine held."""
        request = self._pending
        if request is None or self._child is None:
            return
        self._ask_to_stop(request)
        while self._pending == request:
            message = self._next_message(request)
            stream = self._pending_stream
            if self._pending is None and stream is not None and stream.request == request:
                stream._ended_late(message.payload if isinstance(message, pipe.Done) else None)
        self._pending_stream = None

    def _settle_if_free(self) -> None:
        """Read an interrupted reply's end now, unless someone else is using the engine."""
        if not self._busy.acquire(blocking=False):
            return
        try:
            self._settle()
        except ShortChatError:
            pass  # said by the next request
        finally:
            self._busy.release()

    def _require_model(self) -> None:
        if self._model is None or self._child is None:
            raise NoModelLoadedError(translate("Errors", "No model is loaded. Choose a model first."))

    def _ask_to_stop(self, request: int) -> None:
        child = self._child
        if child is None or request != self._pending:
            return
        if child.cancel_through.value < request:
            child.cancel_through.value = request
        if self._stop_asked_at is None:
            self._stop_asked_at = time.monotonic()

    def _request(self, kind: type[pipe.Request], *fields) -> int:
        """Send a ``kind`` request with ``fields`` (after its id) to the child; its id."""
        self._last_id += 1
        request = self._last_id
        self._pending, self._pending_stream, self._stop_asked_at = request, None, None
        sent = False
        try:
            with _interrupts_after_writing():
                self._child.send(kind(request, *fields))
                sent = True
        except OSError as exc:  # the child is gone: say how it ended
            self._crashed(exc)
        except BaseException:
            if sent:  # Ctrl+C as it was written: the request is whole; it is stopped, its end read later
                self._ask_to_stop(request)
            else:  # interrupted while writing: the child may have half a request; it cannot be trusted
                self._end_child()
            raise
        return request

    def _next_message(self, request: int):
        """The next message about ``request`` (a Piece, Progress, Done or Failed); late messages of
        earlier requests are dropped. Raises ModelCrashedError when the child ends or
        stops answering."""
        child = self._child
        if child is None:
            raise NoModelLoadedError(translate("Errors", "No model is loaded. Choose a model first."))
        heard_at = time.monotonic()
        while True:
            if not child.messages:
                try:
                    child.bell.get(timeout=_POLL_S)
                except queue.Empty:
                    frozen = child.look()
                    asked = self._stop_asked_at if self._pending == request else None
                    silent = asked is not None and time.monotonic() - max(asked, heard_at) > self.unresponsive_after_s
                    if frozen or silent:
                        self._unresponsive(child)
                continue
            message = child.messages[0]
            if message is _GONE:
                self._crashed(None)
            heard_at = time.monotonic()
            ends = not isinstance(message, (pipe.Piece, pipe.Progress))
            if message.request == request and ends and self._pending == request:
                self._pending = self._stop_asked_at = None  # before the message leaves the queue
            child.messages.popleft()
            if message.request == request:
                return message
            # else: a late message of an earlier request, already given up on

    def _unresponsive(self, child: _Child):
        log.warning("llama.cpp (process %s) stopped responding; ending it", child.process.pid)
        self._end_child()
        if self._closing:
            raise Cancelled(translate("Errors", "Stopped because ShortChat is closing."))
        reason = look_up("Errors", UNRESPONSIVE)
        raise ModelCrashedError(crashed_sentence(reason), reason=reason)

    def _end_child(self) -> None:
        """Kill the child now (its state is unknown, or it is stuck)."""
        child, self._child = self._child, None
        self._model = None
        self._pending = self._pending_stream = self._stop_asked_at = None
        if child is not None:
            child.kill()

    def _stop_process(self) -> None:
        child, self._child = self._child, None
        self._model = None
        if self._pending is not None and child is not None:
            child.cancel_through.value = self._pending  # so it reads Quit soon
        self._pending = self._pending_stream = self._stop_asked_at = None
        if child is not None:
            child.quit()

    def _crashed(self, cause: BaseException | None):
        child, self._child = self._child, None
        self._model = None
        self._pending = self._pending_stream = self._stop_asked_at = None
        exitcode, oom_before, short = None, None, False
        if child is not None:
            child.process.join(timeout=2)
            exitcode = child.process.exitcode
            oom_before, short = child.oom_kills_at_start, child.memory_was_short
            child.kill()
        if self._closing:
            raise Cancelled(translate("Errors", "Stopped because ShortChat is closing.")) from cause
        out_of_memory = ran_out_of_memory(exitcode, self.log_path, oom_before, short)
        reason = describe_exit(exitcode, self.log_path, out_of_memory)
        log.warning("llama.cpp ended (exit code %s): %s; its last words: %s", exitcode, reason,
                    _log_tail_reason(self.log_path) or "none")  # fmt: skip
        raise ModelCrashedError(
            crashed_sentence(reason),
            reason=reason,
            out_of_memory=out_of_memory,
        ) from cause

    def _raise_child_error(self, message: pipe.Failed):
        error = {
            pipe.FailureKind.LOAD: ModelLoadError,
            pipe.FailureKind.OUT_OF_MEMORY: OutOfMemoryError,
            pipe.FailureKind.PROMPT_TOO_LONG: PromptTooLongError,
        }.get(message.kind, ShortChatError)
        raise error(look_up("Errors", message.message), **(message.values or {}))
