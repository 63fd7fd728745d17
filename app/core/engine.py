"""The chat engine: llama.cpp in a child process, seen by callers as plain calls and a generator.

llama.cpp can end the whole process instead of raising (malformed metadata, a GPU
out-of-memory assert, the OS killing it for memory). So, as LM Studio and Ollama
do, it lives in a process of its own, started with the ``spawn`` method (which
also works in a PyInstaller build). When that process dies, the caller gets a
``ModelCrashedError`` with the reason, and the next ``load`` starts a fresh one.
Switching models ends the process, so all of its memory goes back to the system.

Thread use: one request (load, prompt, reply) at a time, from any one thread;
``cancel`` and ``close`` may be called from any other thread.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from app.core import llama_worker
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
from app.core.generation import GenerationOptions, LoadSettings, Measurement, ModelInfo, ReplyStats
from app.core.gguf_header import check_chat_model
from app.core.prompt import VICUNA_SYSTEM, Prompt, Turn

_QUIT_GRACE_S = 3.0

_SIGNAL_REASONS = {
    "SIGKILL": "it was stopped by the system, which usually means the computer ran out of memory",
    "SIGSEGV": "llama.cpp crashed (segmentation fault)",
    "SIGBUS": "llama.cpp could not read the model file any more (was it moved or changed?)",
    "SIGFPE": "llama.cpp crashed on bad numbers in the model file",
    "SIGILL": "llama.cpp used a processor instruction this computer does not have",
    "SIGABRT": "llama.cpp stopped itself",
    "SIGTERM": "it was asked to stop by another program",
}


def _log_tail_reason(log_path: Path) -> str:
    """The most telling last line llama.cpp wrote before dying, if any."""
    try:
        with open(log_path, "rb") as log:
            log.seek(0, os.SEEK_END)
            log.seek(max(0, log.tell() - 16_384))
            lines = log.read().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in reversed(lines):
        if "GGML_ASSERT" in line or "error" in line.lower() or "abort" in line.lower():
            return line.strip()
    return ""


def ran_out_of_memory(exitcode: int | None, log_path: Path) -> bool:
    """Killed by the system (how an out-of-memory killer ends a process), or a GPU allocation
    that failed (llama.cpp then aborts after logging it)."""
    killed = hasattr(signal, "SIGKILL") and exitcode == -signal.SIGKILL
    return killed or "out of memory" in _log_tail_reason(log_path).lower()


def describe_exit(exitcode: int | None, log_path: Path) -> str:
    """Plain words for how the llama.cpp process ended."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        reason = _SIGNAL_REASONS.get(name, f"it was ended by {name}")
    elif exitcode is None:
        reason = "it stopped responding"
    else:
        reason = f"it exited with code {exitcode}"
    detail = _log_tail_reason(log_path)
    if detail and "SIGKILL" not in reason:
        reason += f" ({detail[:200]})"
    return reason


class ReplyStream:
    """An assistant reply as it is written: iterate for its text pieces.

    After the iteration ends, ``stats`` holds the reply's figures. ``cancel()``
    (from any thread) ends the iteration before the next piece; the text already
    yielded is the reply that is kept. ``close()`` (or leaving a ``with`` block)
    stops the reply and waits until the engine is free for the next request.
    """

    def __init__(self, engine: Engine, prompt: Prompt) -> None:
        self._engine = engine
        self.prompt = prompt
        self.stats: ReplyStats | None = None
        self._pieces: list[str] = []
        self._cancelled = False
        self._finished = False

    @property
    def text(self) -> str:
        """The reply so far, as yielded."""
        return "".join(self._pieces)

    def __iter__(self) -> ReplyStream:
        return self

    def __next__(self) -> str:
        while not self._finished:
            message = self._receive()
            kind = message[0]
            if kind == "piece":
                if not self._cancelled:
                    self._pieces.append(message[1])
                    return message[1]
            elif kind == "done":
                self._finish(message[1])
            else:
                self._finish(None)
                self._engine._raise_child_error(message)
        raise StopIteration

    def cancel(self) -> None:
        self._cancelled = True
        self._engine._request_abort()

    def close(self) -> None:
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

    def _receive(self) -> tuple:
        try:
            return self._engine._receive()
        except BaseException:
            self._finish(None)
            raise

    def _finish(self, stats: ReplyStats | None) -> None:
        if stats is not None and self._cancelled and stats.stop_reason != "cancelled":
            stats = replace(stats, stop_reason="cancelled")
        self.stats = stats
        self._finished = True
        self._engine._end_request()


class Engine:
    """Loads one model at a time and streams replies from it."""

    def __init__(self, log_dir: str | os.PathLike[str] | None = None) -> None:
        if log_dir is None:
            from app.core.paths import log_dir as default_log_dir

            log_dir = default_log_dir()
        self._log_dir = Path(log_dir)
        self._mp = multiprocessing.get_context("spawn")
        self._process = None
        self._conn = None
        self._abort_flag = None
        self._model: ModelInfo | None = None
        self._busy = threading.Lock()
        self._closing = False

    # -- public API ---------------------------------------------------------

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    @property
    def log_path(self) -> Path:
        return self._log_dir / "llama.log"

    @property
    def child_pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def load(self, path: str | os.PathLike[str], settings: LoadSettings | None = None) -> ModelInfo:
        """Load ``path`` in a fresh llama.cpp process (ending the previous one)."""
        settings = settings or LoadSettings()
        header = check_chat_model(path)  # clear errors without starting anything
        self._begin_request()
        try:
            self._stop_process()
            self._closing = False
            self._start_process()
            self._send(("load", header, settings))
            try:
                reply = self._receive()
            except ModelCrashedError as exc:
                if exc.out_of_memory:
                    raise OutOfMemoryError(
                        f"{header.path.name} did not fit in this computer's memory: {exc.reason}."
                    ) from exc
                raise ModelLoadError(
                    f"{header.path.name} could not be loaded: {exc.reason}. The file may be "
                    f"damaged, or too large for this computer."
                ) from exc
            if reply[0] != "ok":
                self._stop_process()
                self._raise_child_error(reply)
            self._model = reply[1]
            return self._model
        finally:
            self._end_request()

    def prepare(
        self,
        user: str,
        history: Sequence[Turn] = (),
        system: str = VICUNA_SYSTEM,
        reply_tokens: int = GenerationOptions.max_tokens,
    ) -> Prompt:
        """The prompt for ``user`` after ``history``, trimmed to fit beside the reply."""
        return self._ask_loaded(("prompt", system, list(history), user, reply_tokens))

    def tokenize(self, text: str) -> list[int]:
        """``text`` as the model reads a prompt: BOS (when the model uses it), then the text
        as plain text, so nothing in it can become a special token."""
        return self._ask_loaded(("tokenize", text))

    def generate(self, prompt: Prompt, options: GenerationOptions | None = None) -> ReplyStream:
        """Start writing the reply to ``prompt``; iterate the result for its text."""
        options = options or GenerationOptions()
        self._begin_request()
        try:
            self._require_model()
            self._abort_flag.value = 0
            self._send(("generate", prompt.tokens, options))
        except BaseException:
            self._end_request()
            raise
        return ReplyStream(self, prompt)

    def chat(
        self,
        user: str,
        history: Sequence[Turn] = (),
        system: str = VICUNA_SYSTEM,
        options: GenerationOptions | None = None,
    ) -> ReplyStream:
        options = options or GenerationOptions()
        self._require_model()
        # A reply may use at most half the context, so a question always has room.
        budget = max(1, min(options.max_tokens, self._model.n_ctx // 2))
        if budget != options.max_tokens:
            options = replace(options, max_tokens=budget)
        return self.generate(self.prepare(user, history, system, budget), options)

    def measure(self, prompt_tokens: int = 128, decode_tokens: int = 48, seconds: float = 3.0) -> Measurement:
        """Time a prompt read and up to ``decode_tokens`` written tokens (at most ``seconds``),
        and report what llama.cpp allocated and the process's peak memory."""
        return self._ask_loaded(("measure", prompt_tokens, decode_tokens, seconds))

    def cancel(self) -> None:
        """Stop the reply (or prompt reading) in progress, if any."""
        self._request_abort()

    def unload(self) -> None:
        """End the llama.cpp process; its memory goes back to the system."""
        self._begin_request()
        try:
            self._stop_process()
        finally:
            self._end_request()

    def close(self) -> None:
        """End everything now, even mid-request (for quitting the app)."""
        self._closing = True
        self._request_abort()
        process = self._process
        if process is not None and process.is_alive():
            process.kill()
            process.join(timeout=5)
        self._model = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- internals ----------------------------------------------------------

    def _ask_loaded(self, message: tuple):
        """Send ``message`` to the loaded model's process; its answer's payload."""
        self._begin_request()
        try:
            self._require_model()
            self._send(message)
            reply = self._receive()
            if reply[0] != "ok":
                self._raise_child_error(reply)
            return reply[1]
        finally:
            self._end_request()

    def _begin_request(self) -> None:
        if not self._busy.acquire(blocking=False):
            raise EngineBusyError("The model is still busy with the previous request.")

    def _end_request(self) -> None:
        self._busy.release()

    def _require_model(self) -> None:
        if self._model is None or self._process is None:
            raise NoModelLoadedError("No model is loaded. Choose a model first.")

    def _request_abort(self) -> None:
        flag = self._abort_flag
        if flag is not None:
            flag.value = 1

    def _start_process(self) -> None:
        self._log_dir.mkdir(parents=True, exist_ok=True)
        parent_end, child_end = self._mp.Pipe(duplex=True)
        # A lock-free shared byte: a lock could be left held by a killed child.
        self._abort_flag = self._mp.RawValue("b", 0)
        process = self._mp.Process(
            target=llama_worker.run,
            args=(child_end, self._abort_flag, str(self.log_path)),
            name="shortchat-llama",
            daemon=True,
        )
        process.start()
        child_end.close()  # so the parent sees EOF when the child dies
        self._process, self._conn = process, parent_end

    def _stop_process(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self._model = None
        if process is None:
            return
        if process.is_alive():
            try:
                conn.send(("quit",))
            except OSError:
                pass
            process.join(timeout=_QUIT_GRACE_S)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
        conn.close()

    def _send(self, message: tuple) -> None:
        try:
            self._conn.send(message)
        except OSError as exc:
            self._crashed(exc)

    def _receive(self) -> tuple:
        conn, process = self._conn, self._process
        if conn is None:
            raise NoModelLoadedError("No model is loaded. Choose a model first.")
        try:
            # Wait for a message or for the process to end, whichever comes first.
            multiprocessing.connection.wait([conn, process.sentinel])
            if conn.poll():
                return conn.recv()
        except (EOFError, OSError) as exc:
            self._crashed(exc)
        self._crashed(None)

    def _crashed(self, cause: BaseException | None):
        process = self._process
        if process is not None:
            process.join(timeout=2)
        exitcode = process.exitcode if process is not None else None
        if process is not None and process.is_alive():
            process.kill()
            process.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None
        self._model = None
        if self._closing:
            raise Cancelled("Stopped because ShortChat is closing.") from cause
        reason = describe_exit(exitcode, self.log_path)
        raise ModelCrashedError(
            f"The model stopped unexpectedly: {reason}. Your conversation is safe; load the model again to continue.",
            reason=reason,
            out_of_memory=ran_out_of_memory(exitcode, self.log_path),
        ) from cause

    def _raise_child_error(self, message: tuple):
        _, kind, text = message
        if kind == "load":
            raise ModelLoadError(text)
        if kind == "out_of_memory":
            raise OutOfMemoryError(text)
        if kind == "prompt_too_long":
            raise PromptTooLongError(text)
        raise ShortChatError(f"Something went wrong inside the engine: {text}")
