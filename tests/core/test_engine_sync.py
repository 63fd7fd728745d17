"""The engine and its llama.cpp child never go out of step: an interrupt at any moment, a
reply nobody reads to the end, a frozen or killed child. Real child process, tiny models."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from app.core.engine.generation import GenerationOptions
from app.core.engine.prompt import Turn
from app.core.errors import ModelCrashedError, ModelLoadError, OutOfMemoryError, ShortChatError
from tests.conftest import SCRIPTED_REPLY

GREEDY = GenerationOptions(temperature=0, max_tokens=64)
ENDLESS = GenerationOptions(temperature=0, max_tokens=100_000)
THREE = GenerationOptions(temperature=0, max_tokens=3)


def _interrupt_us_in(seconds: float) -> threading.Timer:
    """Ctrl+C as the terminal delivers it to this process: SIGINT, raised as KeyboardInterrupt
    wherever the main thread is when it lands."""
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    return timer


def _ask_until_interrupted(engine, text, options, close: bool, interrupt_in: float, after_pieces: int = 0):
    """What the CLI does: ask, print pieces; on Ctrl+C stop the reply (or, with ``close``
    false, just drop it). Ctrl+C comes ``interrupt_in`` seconds after the question is asked,
    or after ``after_pieces`` pieces. Returns the stream if one was started."""
    stream, timers = None, []
    try:
        if after_pieces == 0:
            timers.append(_interrupt_us_in(interrupt_in))
        stream = engine.chat(text, options=options)
        for count, _ in enumerate(stream, 1):
            if count == after_pieces:
                timers.append(_interrupt_us_in(interrupt_in))
        for timer in timers:
            timer.join()
        time.sleep(0.05)  # an interrupt after the reply's end lands here
    except KeyboardInterrupt:
        if stream is not None and close:
            stream.cancel()
            stream.close()
    for timer in timers:
        timer.join()
    return stream


def test_ctrl_c_between_tokens_then_the_next_question_is_answered(engine, looping_q4):
    engine.load(looping_q4)
    for close in (True, False):
        stream = _ask_until_interrupted(engine, "go", ENDLESS, close, interrupt_in=0.05, after_pieces=5)
        assert stream is not None and stream.text.startswith("abab"), stream.stats
        # The old reply's remaining pieces and its end are not taken for the next answer.
        follow_up = engine.chat("again", [Turn("go", stream.text)], options=THREE)
        assert "".join(follow_up) == "ab"
        assert follow_up.stats.stop_reason == "length"


def test_ctrl_c_at_any_moment_of_an_exchange_leaves_the_chat_usable(engine, scripted_q4):
    """Interrupts swept over a whole exchange: while the prompt is built, when the reply is
    sent for, between tokens, while the reply's end arrives, just after it."""
    engine.load(scripted_q4)
    started = time.perf_counter()
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY
    exchange_s = time.perf_counter() - started
    steps = 40
    for step in range(steps):
        at = exchange_s * 1.5 * step / steps
        _ask_until_interrupted(engine, "Hello", GREEDY, close=step % 2 == 0, interrupt_in=at)
        again = engine.chat("Hello", options=GREEDY)
        assert "".join(again) == SCRIPTED_REPLY, step
        assert again.stats.stop_reason == "eos"


def test_ctrl_c_while_the_prompt_is_read_then_the_next_question_is_answered(engine, slow_reader_f16):
    from app.core.engine.generation import LoadSettings

    engine.load(slow_reader_f16, LoadSettings(n_ctx=2048, n_batch=2048))
    long_message = " ".join(f"word{i} is here" for i in range(230))
    started = time.perf_counter()
    stream = _ask_until_interrupted(engine, long_message, GenerationOptions(temperature=0, max_tokens=1), True, 0.3)
    assert stream is not None and stream.text == ""
    assert time.perf_counter() - started < 5
    again = engine.chat("short question", options=GenerationOptions(temperature=0, max_tokens=1))
    list(again)
    assert again.stats.stop_reason == "length"


def test_a_reply_that_stopped_responding_is_ended_when_stopped(engine, looping_q4):
    """A child frozen mid-reply (SIGSTOP): Stop is answered with a sentence, not silence."""
    engine.load(looping_q4)
    stream = engine.chat("go", options=ENDLESS)
    for _ in range(5):
        next(stream)
    os.kill(engine.child_pid, signal.SIGSTOP)
    outcome = []

    def stop_and_wait():
        stream.cancel()
        try:
            for _ in stream:
                pass
            outcome.append(None)
        except ShortChatError as error:
            outcome.append(error)

    waiter = threading.Thread(target=stop_and_wait, daemon=True)
    started = time.perf_counter()
    waiter.start()
    waiter.join(timeout=20)
    assert outcome, "Stop got no answer from a frozen llama.cpp"
    assert time.perf_counter() - started < 10
    error = outcome[0]
    assert isinstance(error, ModelCrashedError) and "stopped responding" in str(error)
    assert "conversation is safe" in str(error) and not error.out_of_memory
    engine.load(looping_q4)  # a fresh process; the conversation goes on
    assert "".join(engine.chat("again", [Turn("go", stream.text)], options=THREE)) == "ab"


def test_a_frozen_idle_child_is_ended_when_the_next_message_is_sent(engine, scripted_q4):
    engine.load(scripted_q4)
    frozen = engine.child_pid
    os.kill(frozen, signal.SIGSTOP)
    outcome = []

    def ask():
        try:
            outcome.append("".join(engine.chat("Hello", options=GREEDY)))
        except ShortChatError as error:
            outcome.append(error)

    asker = threading.Thread(target=ask, daemon=True)
    asker.start()
    asker.join(timeout=20)
    assert outcome and isinstance(outcome[0], ModelCrashedError), "the message was silently ignored"
    with pytest.raises(ProcessLookupError):
        os.kill(frozen, 0)
    engine.load(scripted_q4)
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY


# -- how a child's end is told ---------------------------------------------------------


def test_a_kill_without_evidence_of_memory_is_not_called_out_of_memory(engine, looping_q4):
    engine.load(looping_q4)
    stream = engine.chat("go", options=ENDLESS)
    next(stream)
    os.kill(engine.child_pid, signal.SIGKILL)
    with pytest.raises(ModelCrashedError) as raised:
        for _ in stream:
            pass
    assert "stopped by the system or by another program" in str(raised.value)
    assert "memory" not in str(raised.value) and not raised.value.out_of_memory


def test_a_load_killed_without_evidence_of_memory_does_not_step_down(engine, looping_q4):
    def kill_the_child():
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and engine.child_pid is None:
            time.sleep(0.001)
        os.kill(engine.child_pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_the_child, daemon=True)
    killer.start()
    with pytest.raises(ModelLoadError) as raised:
        engine.load(looping_q4)
    killer.join()
    assert not isinstance(raised.value, OutOfMemoryError)
    assert "stopped by the system or by another program" in str(raised.value)


def test_llama_cpps_last_words_become_a_sentence(tmp_path):
    from app.core.engine.engine import describe_exit

    log = tmp_path / "llama.log"
    log.write_text(
        "llama_context: constructing llama_context\n"
        "/src/ggml/src/ggml-cpu/ops.cpp:4242: GGML_ASSERT(ne0 % 32 == 0) failed\n"
        "[New LWP 4243]\n"
        "#3  0x00007f1e2b4a1c2b in ggml_abort () from /site-packages/llama_cpp/lib/libggml-base.so\n"
        "#4  0x00007f1e2b4a9a11 in ggml_compute_forward () from /site-packages/llama_cpp/lib/libggml-cpu.so\n"
        "set_abort_callback: call\n"
    )
    reason = describe_exit(-signal.SIGABRT, log)
    assert reason == "llama.cpp stopped itself (an internal check failed)"
    log.write_text("llama_decode: failed to decode\nset_abort_callback: call\n")
    assert describe_exit(-signal.SIGSEGV, log) == "llama.cpp crashed (segmentation fault)"
    log.write_text("ggml_backend_cuda_buffer_type_alloc_buffer: allocating 900 MiB on device 0: cudaMalloc failed: "
                   "out of memory\nset_abort_callback: call\n")  # fmt: skip
    assert describe_exit(-signal.SIGABRT, log) == "llama.cpp stopped itself (it could not get enough memory)"


def test_python_failures_in_the_child_are_sentences(tmp_path):
    from app.core.engine.generation import GenerationOptions
    from app.core.engine.llama_worker import failure_of
    from app.core.engine.pipe import Generate, Load, MakePrompt

    for request in (Generate(7, [1], GenerationOptions()), MakePrompt(7, "", [], "hi", 8)):
        failure = failure_of(request, MemoryError(), str(tmp_path / "llama.log"))
        assert failure.request == 7 and "MemoryError" not in failure.message
        assert failure.message.startswith("There was not enough memory to finish this.")
    loading = Load(1, None, None, "")  # what is loaded does not matter here
    assert failure_of(loading, MemoryError(), "llama.log").kind == "out_of_memory"
    internal = failure_of(Generate(2, [1], GenerationOptions()), ZeroDivisionError("division by zero"), "/x/llama.log")
    assert "ZeroDivisionError" not in internal.message and "division" not in internal.message
    assert internal.message.format(**internal.values).endswith("the details are in the log (llama.log).")


# -- whatever fails after a reply starts, the engine is freed ---------------------------


@pytest.fixture
def chat(engine, looping_q4, tmp_path):
    from app.core.chat.saved_chat import SavedChat
    from app.core.chat.store import ConversationStore

    engine.load(looping_q4)
    store = ConversationStore(tmp_path / "chats.db")
    yield SavedChat.new(store, engine)
    store.close()


def _disk_full(*args, **kwargs):
    from app.core.chat.store import StoreError

    raise StoreError("The chat history could not be saved: the disk is full.")


def test_a_store_failure_as_a_reply_starts_frees_the_engine(chat, monkeypatch):
    from app.core.chat.store import ASSISTANT, StoreError

    store, real_add = chat.store, chat.store.add

    def add_but_not_replies(conversation_id, parent_id, role, *args, **kwargs):
        if role == ASSISTANT:
            _disk_full()
        return real_add(conversation_id, parent_id, role, *args, **kwargs)

    monkeypatch.setattr(store, "add", add_but_not_replies)
    with pytest.raises(StoreError):
        chat.ask("go", ENDLESS)
    monkeypatch.setattr(store, "add", real_add)
    assert "".join(chat.ask("again", THREE)) == "ab"  # not "still busy"


def test_a_store_failure_while_a_reply_is_saved_frees_the_engine(chat, monkeypatch):
    from app.core.chat import saved_chat
    from app.core.chat.store import StoreError

    monkeypatch.setattr(saved_chat, "SAVE_INTERVAL_S", 0.0)
    real_update = chat.store.update_reply
    monkeypatch.setattr(chat.store, "update_reply", _disk_full)
    with pytest.raises(StoreError):
        for _ in chat.ask("go", ENDLESS):
            pass
    monkeypatch.setattr(chat.store, "update_reply", real_update)
    assert "".join(chat.ask("again", THREE)) == "ab"


def test_a_reply_worker_given_up_early_frees_the_engine(chat, monkeypatch):
    from app.core.chat.store import FAILED
    from app.gui.reply_worker import ASK, Reply, SavedIds, write_reply

    worker = write_reply(chat, (ASK, None), "go", ENDLESS, "Be brief.", Reply())
    ids = next(worker)
    assert isinstance(ids, SavedIds)
    worker.close()  # the window stopped listening before the first piece
    assert chat.store.message(ids.reply_id).state == FAILED
    assert "".join(chat.ask("again", THREE)) == "ab"

    monkeypatch.setattr(chat.store, "version", _disk_full)
    with pytest.raises(ShortChatError):
        next(write_reply(chat, (ASK, None), "go", ENDLESS, "Be brief.", Reply()))
    monkeypatch.undo()
    assert "".join(chat.ask("and again", THREE)) == "ab"


# -- llama.cpp's process never sees the terminal's Ctrl+C ---------------------------------


def report_whether_sigint_is_blocked(conn) -> None:
    """Runs in a spawned process: what it inherited, before anything of ours ran."""
    conn.send(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_the_first_child_starts_with_the_terminals_interrupt_blocked(method):
    """The first process a program starts also starts multiprocessing's resource tracker,
    which unblocked SIGINT before the child itself was started: a Ctrl+C then killed
    llama.cpp's process while Python started in it. A fresh program, as a person runs it."""
    import subprocess
    import sys

    script = (
        f"method = {method!r}\n"
        "import multiprocessing as mp\n"
        "from app.core.engine.llama_process import start_never_interrupted\n"
        "from tests.core.test_engine_sync import report_whether_sigint_is_blocked\n"
        "if __name__ == '__main__':\n"
        "    ctx = mp.get_context(method)\n"
        "    ours, theirs = ctx.Pipe()\n"
        "    child = ctx.Process(target=report_whether_sigint_is_blocked, args=(theirs,))\n"
        "    start_never_interrupted(child, ctx)\n"
        "    print(ours.recv())\n"
        "    child.join()\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True", result.stderr


def test_ctrl_c_while_a_request_is_written_keeps_the_model(engine, scripted_q4):
    """Ctrl+C that comes while a request is being written to llama.cpp's process takes effect once
    it is written whole: the model stays loaded and the next question is answered at once (half a
    request used to end the process, and the model had to be loaded again)."""
    engine.load(scripted_q4)
    child = engine._child
    real_send = child.conn.send

    def send_with_ctrl_c(request) -> None:
        signal.raise_signal(signal.SIGINT)  # Ctrl+C lands while the request is written
        real_send(request)

    child.conn.send = send_with_ctrl_c
    with pytest.raises(KeyboardInterrupt):
        engine.chat("Hello", options=GREEDY)
    child.conn.send = real_send
    assert engine.model is not None and engine._child is child  # the same process, the model still in it
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY
