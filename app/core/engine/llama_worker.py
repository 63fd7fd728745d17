"""The llama.cpp side of the engine: runs in its own process, spawned by ``Engine``.

Everything here may die with llama.cpp (an abort, a segfault, the OS killing
the process for memory); the parent notices and reports it. The module imports
only the standard library and light core modules at import time, so a spawned
process starts quickly, and so does the parent, which imports it before it starts
that process; llama_cpp is imported inside ``run``, the rest where it is used.

The messages both ways are the records of ``pipe`` (one request at a time; every message back
names its request).

Saved chat states (``chat_states``): after a reply's ``Done`` the child saves its KV cache to a file
unless the next request is already waiting, so the next request may wait for that (a fraction of a
second); before reading a prompt it restores the saved state that spares the most reading.

Stopping: the parent writes a request's id into the shared ``cancel_through`` value;
a request whose id is not above it stops at the next token (or graph node, while a
prompt is read) and ends with its ``Done`` as usual. The child never reads the next
request before the current one has ended.

This process ignores the terminal's interrupt (Ctrl+C reaches every process of the
terminal's foreground group): the parent alone decides what an interrupt means.
"""

from __future__ import annotations

import codecs
import collections
import ctypes
import functools
import os
import random
import re
import signal
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.engine import llama_private
from app.core.engine.chat_states import MIN_GAIN, ChatStates
from app.core.engine.generation import (
    DEFAULT_CONTEXT,
    GenerationOptions,
    LoadSettings,
    Measurement,
    ModelInfo,
    ReplyStats,
)
from app.core.engine.pipe import (
    AskGpuOffload,
    Done,
    Failed,
    FailureKind,
    Generate,
    Load,
    MakePrompt,
    Measure,
    Piece,
    Progress,
    Quit,
    Request,
    Tokenize,
)
from app.core.errors import ModelLoadError, OutOfMemoryError, PromptTooLongError
from app.core.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.core.models.gguf_header import GGUFHeader


PROGRESS_INTERVAL_S = 0.1  # at most ~10 reports a second: a bar needs no more


NO_MEMORY = QT_TRANSLATE_NOOP(
    "Errors", "There was not enough memory to finish this. Close other programs, or choose a smaller model."
)
INTERNAL = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong inside llama.cpp while it was working; the details are in the log ({log})."
)


class _Stopped:
    """``.value`` is true once the parent has asked to stop the request being worked on
    (what _generate and the abort callback installed by _load check)."""

    def __init__(self, cancel_through) -> None:
        self._cancel_through = cancel_through
        self.request = 0

    @property
    def value(self) -> bool:
        return self._cancel_through.value >= self.request


_recent_log: collections.deque[str] = collections.deque(maxlen=60)
# What llama.cpp allocated, as it logs it: "load_tensors:   CPU_REPACK model buffer size =   585.00 MiB".
_BUFFER_LINE = re.compile(r"\b([A-Za-z0-9_]+)\s+(model|KV|compute|output)\s+buffer size\s*=\s*([0-9.]+)\s*MiB")
_buffers: dict[str, int] = {}  # "CPU_REPACK model" -> bytes, for the model loaded last


def add_buffer_sizes(line: str, buffers: dict[str, int]) -> None:
    """Add what one line of llama.cpp's log allocated to ``buffers`` ("CUDA0 KV" -> bytes). The lines
    (llama-model.cpp, llama-kv-cache.cpp, llama-context.cpp): "load_tensors:        CUDA0 model buffer size
    =  1234.56 MiB", "llama_kv_cache:      CUDA0 KV buffer size = ...", "sched_reserve:      CUDA0 compute
    buffer size = ...", "llama_context:  CUDA_Host  output buffer size = ..."; a buffer type may appear
    more than once (a model split in several buffers), so the sizes add up."""
    for device, kind, mib in _BUFFER_LINE.findall(line):
        key = f"{device} {kind}"
        buffers[key] = buffers.get(key, 0) + int(float(mib) * 1024 * 1024)


def default_threads() -> int:
    """One thread per physical core: decode is memory-bound, hyper-threads do not help."""
    try:
        import psutil

        cores = psutil.cpu_count(logical=False)
    except Exception:  # psutil missing or unable to tell
        cores = None
    return max(1, cores or os.cpu_count() or 1)


class _LlamaTokenizer:
    """The prompt builder's view of a loaded model's vocabulary."""

    def __init__(self, llama) -> None:
        self._llama = llama
        self.eos_id = int(llama.token_eos())
        self.bos_id = int(llama.token_bos()) if llama_private.adds_bos(llama) else None

    def tokenize_text(self, text: str) -> list[int]:
        return self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)


class _StopStringFilter:
    """Holds back text that could be the start of a stop string."""

    def __init__(self, stops: tuple[str, ...]) -> None:
        self.stops = stops
        self.pending = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """Text that is safe to show, and whether a stop string was reached."""
        self.pending += text
        for stop in self.stops:
            at = self.pending.find(stop)
            if at >= 0:
                out, self.pending = self.pending[:at].rstrip(), ""
                return out, True
        hold = 0
        for stop in self.stops:
            for n in range(min(len(stop) - 1, len(self.pending)), 0, -1):
                if self.pending.endswith(stop[:n]):
                    hold = max(hold, n)
                    break
        cut = len(self.pending) - hold
        out, self.pending = self.pending[:cut], self.pending[cut:]
        return out, False

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out


def _install_log_capture(llama_cpp) -> None:
    """Send llama.cpp's log to our stderr (the log file) and keep its last lines."""
    partial = []

    @llama_cpp.llama_log_callback
    def on_log(level, text, user_data):  # noqa: ARG001 - ctypes signature
        chunk = text.decode("utf-8", errors="replace") if text else ""
        try:
            os.write(2, chunk.encode("utf-8"))
        except OSError:
            pass
        partial.append(chunk)
        if chunk.endswith("\n"):
            line = "".join(partial).strip()
            partial.clear()
            if line:
                _recent_log.append(line)
                add_buffer_sizes(line, _buffers)

    _install_log_capture.keep_alive = on_log  # ctypes must not free the callback
    llama_cpp.llama_log_set(on_log, ctypes.c_void_p(0))


def _load_failure(path: Path, arch: str) -> ModelLoadError:
    """The error, in plain words, for why llama.cpp refused a file, from the lines it logged."""
    errors = [line for line in _recent_log if "error" in line.lower() or "failed" in line.lower()]
    lowered = " ".join(errors).lower()
    if "unknown model architecture" in lowered:
        return ModelLoadError(
            translate("Errors", "{name} is a '{arch}' model, which this version of ShortChat cannot run."),
            name=path.name,
            arch=arch,
        )
    if any(s in lowered for s in ("file bounds", "failed to read", "wrong number of tensors", "unexpected end")):
        return ModelLoadError(
            translate("Errors", "{name} is incomplete or damaged. If you downloaded it, download it again."),
            name=path.name,
        )
    if "out of memory" in lowered or "failed to allocate" in lowered:
        return OutOfMemoryError(
            translate(
                "Errors", "There is not enough memory to load {name}. Close other programs or choose a smaller model."
            ),
            name=path.name,
        )
    causes = [line for line in errors if "error loading model" in line]
    # "llama_model_load: error loading model: error loading model vocabulary: <cause>"
    cause = re.split(r"error loading model[^:]*:\s*", causes[-1])[-1] if causes else ""
    if cause:
        return ModelLoadError(
            translate(
                "Errors",
                "{name} could not be loaded: it may be damaged or made for another program (llama.cpp said: {cause}).",
            ),
            name=path.name,
            cause=cause,
        )
    return ModelLoadError(
        translate("Errors", "{name} could not be loaded: it may be damaged or made for another program."),
        name=path.name,
    )


AMX_VARIANTS = ("sapphirerapids",)  # llama.cpp's CPU variants that use AMX, which crashes on K-quants (FACTS.md)


def cpu_variant_files() -> list[Path]:
    """The CPU backend libraries of a portable llama.cpp build, AMX ones left out.

    In the bundle they sit with llama-cpp-python's other libraries; a pip install
    puts them in ``site-packages/bin``.
    """
    lib = llama_private.ggml_base_library()
    found = []
    for folder in (lib, lib.parent.parent / "bin"):
        found += sorted(folder.glob("*ggml-cpu-*.so")) + sorted(folder.glob("*ggml-cpu-*.dylib"))
        found += sorted(folder.glob("ggml-cpu-*.dll"))
    return [f for f in found if not any(v in f.name for v in AMX_VARIANTS)]


def _ggml_of_llama():
    """The ggml library that libllama itself uses.

    llama-cpp-python loads its own ``libggml.so``, but libllama links ``libggml.so.0``,
    a separate copy on disk, so the two have separate backend registries. Asking the
    loader for the already-loaded library by its SONAME gives libllama's.
    """
    import llama_cpp  # noqa: F401 - loads libllama, and with it its ggml

    no_load = getattr(os, "RTLD_NOLOAD", 0) | getattr(os, "RTLD_LAZY", 0)
    for name in ("libggml.so.0", "libggml.0.dylib", "ggml.dll"):
        try:
            return ctypes.CDLL(name, mode=no_load) if no_load else ctypes.CDLL(name)
        except OSError:
            continue
    return llama_private.ggml_library_of_llama_cpp_python()


def load_backends() -> int:
    """Make sure llama.cpp has a CPU backend; return how many backends it has.

    A normal build links the CPU backend in. The installers' portable build
    (``GGML_BACKEND_DL``, packaging/README.md) ships one CPU library per processor
    generation and llama.cpp loads none by itself (llama-cpp-python does not ask it
    to). So, as llama.cpp's own loader does, ask each library how well it suits
    this processor (``ggml_backend_score``; 0: it cannot run here) and load the
    best one, never an AMX one.
    """
    import ctypes

    ggml = _ggml_of_llama()
    ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
    if ggml.ggml_backend_reg_count() > 0:
        return int(ggml.ggml_backend_reg_count())
    best, best_score = None, 0
    for path in cpu_variant_files():
        try:
            variant = ctypes.CDLL(str(path))
            score_of = variant.ggml_backend_score
        except (OSError, AttributeError):
            continue
        score_of.restype = ctypes.c_int
        score = score_of()
        if score > best_score:
            best, best_score = path, score
    if best is not None:
        ggml.ggml_backend_load.restype = ctypes.c_void_p
        ggml.ggml_backend_load.argtypes = [ctypes.c_char_p]
        ggml.ggml_backend_load(str(best).encode())
    return int(ggml.ggml_backend_reg_count())


def _load(header: GGUFHeader, settings: LoadSettings, abort_flag, report_progress=None, template: str = ""):
    """Load the file the parent already checked (its header travels with the request, and the
    name of the prompt template the model was tuned on, so this process needs no catalog)."""
    import llama_cpp
    from llama_cpp import Llama

    from app.core.engine.prompt import template_named

    if load_backends() == 0:
        raise ModelLoadError(
            translate("Errors", "llama.cpp found no way to run models on this computer (no CPU backend was found).")
        )

    path = header.path
    started = time.perf_counter()
    n_ctx_train = header.context_length or DEFAULT_CONTEXT
    n_ctx = settings.n_ctx or min(n_ctx_train, DEFAULT_CONTEXT)
    n_threads = settings.n_threads or default_threads()
    _recent_log.clear()
    _buffers.clear()
    try:
        repack = settings.use_repack
        llama = _construct(
            Llama, path, settings, n_ctx, n_threads, use_extra_bufts=repack, report_progress=report_progress
        )
    except (ValueError, RuntimeError, OSError) as exc:
        raise _load_failure(path, header.architecture) from exc
    info = ModelInfo(
        path=path,
        name=header.name,
        architecture=header.architecture,
        n_ctx=llama.n_ctx(),
        n_ctx_train=llama_private.trained_context(llama),
        n_layers=header.block_count or 0,
        n_params=llama_private.parameter_count(llama),
        file_bytes=header.file_bytes,
        n_threads=n_threads,
        n_gpu_layers=settings.n_gpu_layers,
        load_seconds=time.perf_counter() - started,
        use_repack=settings.use_repack,
        flash_attn=settings.flash_attn,
        kv_cache_type=settings.kv_cache_type,
    )

    # Interrupts a long prompt evaluation between graph nodes. It calls into
    # Python from llama.cpp's thread, so it is only installed while a prompt is
    # read; between reply tokens the flag is checked directly.
    reading = _PromptReading()

    @llama_cpp.ggml_abort_callback
    def should_abort(_data):
        reading.node_computed()
        return bool(abort_flag.value)

    llama._shortchat_abort = should_abort
    llama._shortchat_reading = reading
    llama._shortchat_template = template_named(template)  # the prompt the model was tuned on
    return llama, info


def _construct(Llama, path, settings, n_ctx, n_threads, *, use_extra_bufts, report_progress=None):
    """Llama(...), with llama.cpp's repack switch and load progress callback, which Llama() does not
    expose, and without the GGUF's chat templates (``llama_private.model_params_and_metadata``)."""
    import llama_cpp.llama_cpp as llama_lib

    on_progress = _throttled_progress(report_progress, llama_lib) if report_progress is not None else None
    with llama_private.model_params_and_metadata(use_extra_bufts, on_progress):
        return Llama(
            model_path=str(path),
            n_ctx=n_ctx,
            n_batch=settings.n_batch,
            n_ubatch=settings.n_batch,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            n_gpu_layers=settings.n_gpu_layers,
            # verbose=False would send llama.cpp's output to /dev/null while loading;
            # we want it in the log file so a crash can be explained.
            verbose=True,
            **chat_memory_arguments(settings),
        )


KV_CACHE_TYPES = {"f16": 1, "q8_0": 8}  # ggml type ids (GGML_TYPE_F16, GGML_TYPE_Q8_0)


def chat_memory_arguments(settings: LoadSettings) -> dict:
    """Llama(...)'s arguments for how the chat memory is kept: flash attention (a smaller compute
    buffer), and the KV cache's number format (q8_0: half of f16; llama.cpp needs flash attention
    for a quantized V cache, so q8_0 turns it on)."""
    kv_type = KV_CACHE_TYPES.get(settings.kv_cache_type, KV_CACHE_TYPES["f16"])
    quantized = kv_type != KV_CACHE_TYPES["f16"]
    return {"flash_attn": settings.flash_attn or quantized, "type_k": kv_type, "type_v": kv_type}


def _throttled_progress(report_progress, llama_lib):
    """llama.cpp's progress callback (once per tensor, from the loading thread), passing on at most
    one report per PROGRESS_INTERVAL_S, and always the first and the last (1.0).
    Returns the ctypes callback; the caller keeps it alive for the load."""
    last_sent = [-PROGRESS_INTERVAL_S]

    @llama_lib.llama_progress_callback
    def on_progress(progress, _user_data):
        now = time.monotonic()
        if progress >= 1.0 or now - last_sent[0] >= PROGRESS_INTERVAL_S:
            last_sent[0] = now
            try:
                report_progress(min(1.0, max(0.0, float(progress))))
            except Exception:  # noqa: BLE001 - an exception must not cross into llama.cpp
                pass
        return True  # keep loading

    return on_progress


def _cached_prefix(llama, tokens: list[int]) -> int:
    """How many leading prompt tokens the KV cache already holds (as llama-cpp-python reuses them)."""
    cached = llama_private.cached_tokens(llama)
    n = 0
    for a, b in zip(cached, tokens):
        if a != b:
            break
        n += 1
    return min(n, len(tokens) - 1)  # the last prompt token is always read again for its logits


class _PromptReading:
    """How far a prompt has been read, reported while it is read.

    llama.cpp computes a batch as a graph and calls the abort callback after each graph node,
    so counting those calls (against the count of the last whole batch) tells how far into a
    batch it is, at no cost: progress moves smoothly even when the prompt is one or two batches."""

    def __init__(self) -> None:
        self.report = None  # fraction -> None while a prompt is read; None otherwise
        self.nodes_per_batch = 0  # learnt from the last whole batch
        self.nodes = 0
        self.read = self.total = self.batch = 0
        self.started = self.sent_at = 0.0
        self.sent = -1.0

    def begin(self, total: int, report) -> None:
        self.report, self.total, self.read, self.sent = report, total, 0, -1.0
        self.started = self.sent_at = time.monotonic()

    def batch_begins(self, size: int) -> None:
        self.batch, self.nodes = size, 0

    def node_computed(self) -> None:
        self.nodes += 1
        if self.report is not None and self.nodes_per_batch:
            within = min(0.99, self.nodes / self.nodes_per_batch)
            self._send((self.read + within * self.batch) / self.total)

    def batch_ends(self) -> None:
        if self.nodes:
            self.nodes_per_batch = self.nodes
        self.read += self.batch
        self._send(self.read / self.total, last=self.read >= self.total)

    def end(self) -> None:
        self.report = None

    def _send(self, fraction: float, last: bool = False) -> None:
        now = time.monotonic()
        if fraction <= self.sent or (now - self.sent_at < PROGRESS_INTERVAL_S and not (last and self.sent >= 0)):
            return  # a quick read says nothing; a long one at most ~10 times a second, and its end
        self.sent, self.sent_at = fraction, now
        try:
            self.report(min(1.0, fraction))
        except Exception:  # noqa: BLE001 - may run inside llama.cpp's callback: nothing may escape
            pass


def _read_prompt(llama, tokens: list[int], start: int, report) -> None:
    """Read ``tokens[start:-1]`` into the KV cache a batch at a time, reporting progress; the last
    token is left for ``Llama.generate``, which reads it for the logits it samples from."""
    llama_private.keep_cached(llama, start)
    end = len(tokens) - 1
    if end <= start:
        return
    reading = llama._shortchat_reading
    reading.begin(end - start, report)
    try:
        for first in range(start, end, llama.n_batch):
            batch = tokens[first : min(end, first + llama.n_batch)]
            reading.batch_begins(len(batch))
            llama.eval(batch)
            reading.batch_ends()
    finally:
        reading.end()


def _restore_state(llama, states: ChatStates, tokens: list[int], have: int) -> int:
    """Restore the saved state that spares the most reading of ``tokens``; how many of them the KV
    cache now holds. The chat in memory is saved first if it is about to be replaced unsaved."""
    try:
        if states.unsaved(llama) and have < llama.n_tokens - MIN_GAIN:
            states.save(llama)
        found = states.best(tokens, have)
        if found is None:
            return have
        restored = states.restore(llama, *found)
        return have if restored is None else restored
    except Exception:  # noqa: BLE001 - a state only saves time: read the whole prompt instead
        traceback.print_exc(file=sys.stderr)
        llama_private.keep_cached(llama, 0)
        return 0


class _ReplyText:
    """A reply's token bytes as the text a person sees: UTF-8 decoded across token boundaries,
    without SentencePiece's word-start space before a new reply, and held back before a stop string."""

    def __init__(self, stops: tuple[str, ...], continuation: bool) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._stops = _StopStringFilter(stops)
        self._at_start = not continuation  # a continued reply keeps the space before its first word

    def feed(self, piece: bytes) -> tuple[str, bool]:
        """Text that is safe to show, and whether a stop string was reached."""
        text = self._decoder.decode(piece)
        if self._at_start and text:
            text = text.lstrip(" ")  # SentencePiece's word-start space before the reply
            self._at_start = not text
        if not text:
            return "", False
        return self._stops.feed(text)

    def finish(self) -> str:
        """What was held back, once the reply has ended without a stop string."""
        return self._decoder.decode(b"", final=True) + self._stops.flush()


@dataclass
class _Decoding:
    """How the decode loop went: what ReplyStats is made of."""

    started: float
    reply_tokens: int = 0
    first_at: float | None = None
    last_at: float | None = None
    stop_reason: str = "length"

    def stats(self, prompt_tokens: int, evaluated: int) -> ReplyStats:
        decode_rate = 0.0
        if self.reply_tokens > 1 and self.first_at is not None and self.last_at > self.first_at:
            decode_rate = (self.reply_tokens - 1) / (self.last_at - self.first_at)
        return ReplyStats(
            prompt_tokens=prompt_tokens,
            evaluated_tokens=evaluated if self.first_at is not None else 0,
            reply_tokens=self.reply_tokens,
            time_to_first_token_s=(self.first_at - self.started) if self.first_at is not None else 0.0,
            decode_tokens_per_s=decode_rate,
            stop_reason=self.stop_reason,
        )


def _generate(
    llama, send_piece, tokens: list[int], options: GenerationOptions, abort_flag, states=None, report_reading=None
) -> ReplyStats:
    """Write the reply to ``tokens``, sending its text in pieces; the reply's figures."""
    started = time.perf_counter()
    have = _cached_prefix(llama, tokens)
    if states is not None:
        have = _restore_state(llama, states, tokens, have)
    evaluated = len(tokens) - have
    llama.set_seed(options.seed if options.seed is not None else random.randrange(2**31))
    reply = _ReplyText(llama._shortchat_template.stop_strings + tuple(options.stop), options.continuation)

    def take(token: int) -> bool:
        safe, stopped = reply.feed(llama.detokenize([token]))
        if safe:
            send_piece(safe)
        return stopped

    decoding = _decode(llama, tokens, have, options, abort_flag, report_reading, take, _Decoding(started))
    if decoding.stop_reason != "stop_string":
        tail = reply.finish()
        if tail:
            send_piece(tail)
    return decoding.stats(len(tokens), evaluated)


def _decode(llama, tokens, have, options, abort_flag, report_reading, take, decoding: _Decoding) -> _Decoding:
    """Read the prompt (from ``have`` on), then sample reply tokens until the end of generation, a stop,
    the length limit or a full context; each reply token goes to ``take``, which says whether a stop
    string ended the reply."""
    ends_generation = llama_private.end_of_generation_test(llama)
    n_ctx = llama.n_ctx()
    llama_private.set_abort_callback(llama, llama._shortchat_abort)
    abort_installed = True
    tokens_out = None
    try:
        _read_prompt(llama, tokens, have, report_reading)
        tokens_out = llama.generate(
            tokens,
            temp=options.temperature,
            top_p=options.top_p,
            top_k=options.top_k,
            min_p=options.min_p,
            repeat_penalty=options.repeat_penalty,
        )
        for token in tokens_out:
            if abort_installed:
                llama_private.clear_abort_callback(llama)
                abort_installed = False
            decoding.last_at = time.perf_counter()
            if decoding.first_at is None:
                decoding.first_at = decoding.last_at
            if abort_flag.value:
                decoding.stop_reason = "cancelled"
                break
            if ends_generation(token):
                decoding.stop_reason = "eos"
                break
            decoding.reply_tokens += 1
            if take(token):
                decoding.stop_reason = "stop_string"
                break
            if decoding.reply_tokens >= options.max_tokens:
                break
            if llama.n_tokens + 1 >= n_ctx:  # the context is full
                break
    except RuntimeError:
        if not abort_flag.value:
            raise
        decoding.stop_reason = "cancelled"  # the abort callback interrupted reading the prompt
        llama_private.keep_cached(llama, llama.n_tokens)
    finally:
        if tokens_out is not None:
            tokens_out.close()
        if abort_installed:
            llama_private.clear_abort_callback(llama)
    return decoding


def peak_rss() -> int:
    """The most resident memory this process has had, in bytes."""
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(peak if sys.platform == "darwin" else peak * 1024)  # macOS says bytes, Linux KiB
    except ImportError:  # Windows
        import psutil

        return int(getattr(psutil.Process().memory_info(), "peak_wset", 0))


def _current_rss() -> int:
    try:  # Linux: without psutil, whose import would delay the first load
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:
        import psutil

        return int(psutil.Process().memory_info().rss)
    except Exception:  # psutil missing or not allowed: unknown
        return 0


def _measure(llama, prompt_tokens: int, decode_tokens: int, budget_s: float, baseline: int) -> Measurement:
    """Read a prompt, write tokens for at most ``budget_s`` seconds, and report the speeds and
    memory: what a reply costs on this computer. The tokens are arbitrary (speed does not
    depend on them); the cache is emptied afterwards."""
    n_ctx = llama.n_ctx()
    prompt_tokens = max(1, min(prompt_tokens, n_ctx - decode_tokens - 1, llama.n_batch))
    rng = random.Random(0)
    tokens = [rng.randrange(3, llama.n_vocab()) for _ in range(prompt_tokens)]
    llama.reset()
    started = time.perf_counter()
    llama.eval(tokens)
    prompt_s = time.perf_counter() - started
    written = 0
    started = time.perf_counter()
    while written < decode_tokens and time.perf_counter() - started < budget_s:
        llama.eval([rng.randrange(3, llama.n_vocab())])
        written += 1
    decode_s = time.perf_counter() - started
    llama.reset()
    return Measurement(
        buffers=dict(_buffers),
        baseline_bytes=baseline,
        peak_bytes=peak_rss(),
        prompt_tokens=prompt_tokens,
        prompt_tokens_per_s=prompt_tokens / prompt_s if prompt_s > 0 else 0.0,
        decode_tokens=written,
        decode_tokens_per_s=written / decode_s if decode_s > 0 else 0.0,
    )


ENGINE_NICENESS = 5  # a little below normal priority


def _yield_to_the_window() -> None:
    """Run a little below normal priority: when the CPU is short (llama.cpp takes every
    core), the window still gets its few milliseconds at once and never stutters. With
    nothing else to run, priority changes nothing, so replies are as fast as before."""
    try:
        if hasattr(os, "nice"):
            os.nice(ENGINE_NICENESS)
        else:  # Windows
            import psutil

            psutil.Process().nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
    except (OSError, ImportError):
        pass  # not allowed here: run at normal priority


def _ignore_terminal_interrupts() -> None:
    """Ctrl+C in a terminal reaches every process of its foreground group (on Windows every
    process on the console); the parent decides what it means (stop the reply), so this
    process ignores it. The parent starts this process with SIGINT blocked, so no interrupt
    can land before this point; a pending one is dropped when SIGINT is set to be ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if sys.platform == "win32":
        ctypes.windll.kernel32.SetConsoleCtrlHandler(None, True)


def _send_piece(conn, request: int, text: str) -> None:
    conn.send(Piece(request, text))


def _send_progress(conn, request: int, fraction: float) -> None:
    conn.send(Progress(request, fraction))


def failure_of(request: Request, exc: BaseException, log_path: str) -> Failed:
    """The message that tells the parent why ``request`` failed, in words for the person;
    what a developer needs (the traceback) goes to the log."""
    # The sentence as written and its values: the parent translates it (this process has no translator).
    if isinstance(exc, OutOfMemoryError):
        return Failed(request.id, FailureKind.OUT_OF_MEMORY, exc.sentence, exc.values)
    if isinstance(exc, ModelLoadError):
        return Failed(request.id, FailureKind.LOAD, exc.sentence, exc.values)
    if isinstance(exc, PromptTooLongError):
        return Failed(request.id, FailureKind.PROMPT_TOO_LONG, exc.sentence, exc.values)
    traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, MemoryError):
        kind = FailureKind.OUT_OF_MEMORY if isinstance(request, Load) else FailureKind.NO_MEMORY
        return Failed(request.id, kind, NO_MEMORY)
    return Failed(request.id, FailureKind.INTERNAL, INTERNAL, {"log": Path(log_path).name})


def run(conn, cancel_through, log_path: str) -> None:
    """Entry point of the llama.cpp process."""
    _ignore_terminal_interrupts()
    _yield_to_the_window()
    log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(log_fd, 2)
    os.dup2(log_fd, 1)

    import llama_cpp
    import llama_cpp.llama  # noqa: F401 - installs its own log hook, which we replace

    _install_log_capture(llama_cpp)
    baseline = _current_rss()  # the process before any model: Python and llama.cpp's libraries
    llama = states = None
    stopped = _Stopped(cancel_through)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if isinstance(request, Quit):
            _save_state(states, llama)  # what the last reply left unsaved, if anything
            return
        stopped.request = request.id
        try:
            if isinstance(request, Load):
                report = functools.partial(_send_progress, conn, request.id)
                llama, info = _load(request.header, request.settings, stopped, report, request.template)
                states = _states_of(llama, info.path)
                answer = info
            elif isinstance(request, MakePrompt):
                from app.core.engine.prompt import fit_prompt

                tokenizer, template = _LlamaTokenizer(llama), llama._shortchat_template
                answer = fit_prompt(
                    tokenizer, request.system, request.history, request.user, llama.n_ctx(), request.reply_tokens,
                    template, request.reply_start,
                )  # fmt: skip
            elif isinstance(request, Tokenize):
                tokenizer = _LlamaTokenizer(llama)
                bos = [] if tokenizer.bos_id is None else [tokenizer.bos_id]
                answer = bos + tokenizer.tokenize_text(request.text)
            elif isinstance(request, AskGpuOffload):  # asked here: the parent need not load llama.cpp
                answer = bool(llama_cpp.llama_supports_gpu_offload())
            elif isinstance(request, Measure):
                _save_state(states, llama)  # measuring empties the cache
                answer = _measure(llama, request.prompt_tokens, request.decode_tokens, request.seconds, baseline)
            elif isinstance(request, Generate):
                if states is not None:
                    states.place = request.place
                send_piece = functools.partial(_send_piece, conn, request.id)
                report = functools.partial(_send_progress, conn, request.id)
                answer = _generate(llama, send_piece, request.tokens, request.options, stopped, states, report)
            else:
                raise ValueError(f"unknown request {request!r}")
            end = Done(request.id, answer)
        except Exception as exc:  # reported to the parent, which raises it as a ShortChatError
            end = failure_of(request, exc, log_path)
        try:
            conn.send(end)
        except (EOFError, OSError):
            return  # the parent is gone
        if isinstance(request, Generate) and not conn.poll(0):  # after the reply is seen as finished
            _save_state(states, llama)


def _states_of(llama, model_path) -> ChatStates | None:
    try:
        return ChatStates(llama, model_path)
    except Exception:  # noqa: BLE001 - saved states only save time; without them everything works
        traceback.print_exc(file=sys.stderr)
        return None


def _save_state(states: ChatStates | None, llama) -> None:
    """Save the KV cache's chat if it is worth it and not saved yet; never fails (it only saves time)."""
    if states is None or llama is None or not states.unsaved(llama):
        return
    try:
        states.save(llama)
    except Exception:  # noqa: BLE001 - a state not saved costs time later, nothing else
        traceback.print_exc(file=sys.stderr)
