"""Ctrl+C in a real terminal (issue 22): `shortchat` runs in a pseudo-terminal that is its
controlling terminal, and Ctrl+C is typed as the interrupt character, so the terminal driver
sends SIGINT to the whole foreground process group, llama.cpp's process included, exactly as
a person's terminal does. Whenever it comes, the chat stays usable and nothing hangs."""

from __future__ import annotations

import fcntl
import os
import pty  # noqa: F401 - POSIX only: skipped elsewhere by the import below
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from app.core.chat.store import ASSISTANT, CUT, STOPPED, ConversationStore, default_path
from tests.conftest import SCRIPTED_REPLY

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals")

CTRL_C, CTRL_D = b"\x03", b"\x04"
WAIT_S = 60  # the most any one step may take on a busy machine
ROOT = Path(__file__).resolve().parent.parent


class Terminal:
    """A program in a pseudo-terminal of its own; what it writes is kept as it comes."""

    def __init__(self, *args: str) -> None:
        master, slave = os.openpty()
        self.master = master
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            start_new_session=True,  # a session of its own, whose controlling terminal is this one
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),  # noqa: PLW1509 - must run in the child
        )
        os.close(slave)
        self._output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # EIO: every process holding the terminal has ended
                return
            if not chunk:
                return
            with self._lock:
                self._output += chunk

    @property
    def output(self) -> str:
        with self._lock:
            return self._output.decode("utf-8", errors="replace")

    def wait_for(self, text: str, after: int = 0) -> int:
        """Wait until ``text`` appears after position ``after``; where it ends."""
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            at = self.output.find(text, after)
            if at >= 0:
                return at + len(text)
            if self.process.poll() is not None:
                time.sleep(0.2)  # its last words
                at = self.output.find(text, after)
                if at >= 0:
                    return at + len(text)
                break
            time.sleep(0.01)
        raise AssertionError(f"{text!r} did not come; the terminal shows:\n{self.output[-3000:]}")

    def quiet(self, for_s: float = 0.3) -> int:
        """Wait until nothing more is written for ``for_s`` seconds; where the output ends."""
        deadline, seen, since = time.monotonic() + WAIT_S, -1, time.monotonic()
        while time.monotonic() < deadline:
            length = len(self.output)
            if length != seen:
                seen, since = length, time.monotonic()
            elif time.monotonic() - since >= for_s:
                return length
            time.sleep(0.01)
        raise AssertionError(f"it kept writing; the terminal shows:\n{self.output[-3000:]}")

    def type(self, data: bytes) -> None:
        os.write(self.master, data)

    def exit_code(self) -> int:
        try:
            code = self.process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(f"it did not end; the terminal shows:\n{self.output[-3000:]}") from None
        self._reader.join(timeout=5)
        return code

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)


@pytest.fixture
def terminal():
    opened = []

    def open_terminal(*args: str) -> Terminal:
        opened.append(Terminal(*args))
        return opened[-1]

    yield open_terminal
    for term in opened:
        term.close()


def _chat(terminal, model: Path, *extra: str) -> Terminal:
    return terminal("chat", "--model", str(model), "--temperature", "0", *extra)


def _ask_and_get_the_answer(term: Terminal, question: str, answer: str, after: int) -> int:
    after = term.wait_for("you> ", after)
    term.type(question.encode() + b"\n")
    after = term.wait_for("assistant> ", after)
    after = term.wait_for(answer, after)
    return term.wait_for("you> ", after) - len("you> ")


def _quit_with_ctrl_d(term: Terminal, after: int) -> None:
    term.wait_for("you> ", after)
    term.type(CTRL_D)
    assert term.exit_code() == 0, term.output
    assert "Traceback" not in term.output


@pytest.mark.parametrize("delay", [0.02, 0.2])
def test_ctrl_c_while_the_model_loads(terminal, scripted_q4, delay):
    term = _chat(terminal, scripted_q4, "--max-tokens", "300")
    after = term.wait_for("loading ")
    time.sleep(delay)  # llama.cpp's process is starting, or reading the file
    term.type(CTRL_C)
    after = term.wait_for("^C", after)
    after = _ask_and_get_the_answer(term, "what is the answer", SCRIPTED_REPLY, after)
    _quit_with_ctrl_d(term, after)


@pytest.mark.parametrize("keys", [CTRL_C, CTRL_C + CTRL_C], ids=["once", "twice while the reply stops"])
def test_ctrl_c_after_the_first_tokens_then_another_question(terminal, looping_q4, keys):
    term = _chat(terminal, looping_q4, "--max-tokens", "100000")
    after = term.wait_for("you> ")
    term.type(b"hello world\n")
    after = term.wait_for("assistant> ab", after)
    term.type(keys)
    after = term.wait_for("[stopped]", after)
    after = _ask_and_get_the_answer(term, "what is the answer", "abab", after)
    _quit_with_ctrl_d(term, after)


def test_ctrl_c_again_and_again_while_the_reply_stops(terminal, looping_q4):
    """However often Ctrl+C comes while a reply stops and is saved, the stop and the save end as
    they should: a second KeyboardInterrupt inside them once printed a traceback, or ended the
    chat. The terminal throws away output it has not shown when Ctrl+C comes, so what is checked
    is what stays: the chat goes on, and every reply is saved as stopped."""
    term = _chat(terminal, looping_q4, "--max-tokens", "100000")
    after = term.wait_for("you> ")
    rounds = 5
    for _ in range(rounds):
        term.type(b"hello world\n")
        after = term.wait_for("ab", term.wait_for("assistant> ", after))
        for _ in range(30):  # a burst that covers the whole stop and the save
            term.type(CTRL_C)
            time.sleep(0.001)
        after = term.quiet()  # the presses after the stop each give a fresh "you> "
    term.type(b"what is the answer\n")  # the prompt is up: the output is quiet after the presses
    after = term.wait_for("abab", term.wait_for("assistant> ", after))
    _quit_with_ctrl_d(term, term.wait_for("you> ", after) - len("you> "))
    assert "Exception ignored" not in term.output
    store = ConversationStore(default_path())
    try:
        (saved,) = store.conversations()
        replies = [m for m in store.branch(saved.id) if m.role == ASSISTANT]
    finally:
        store.close()
    states = [m.state for m in replies[:rounds]]
    # Stopped, or (on a slow machine, where the presses come late) ended at its length limit: never
    # "failed" or left "writing".
    assert set(states) <= {STOPPED, CUT} and STOPPED in states, states
    assert all(m.text.startswith("ab") for m in replies[:rounds])


def test_ctrl_c_right_at_the_end_of_a_reply(terminal, scripted_q4):
    term = _chat(terminal, scripted_q4, "--max-tokens", "300")
    after = term.wait_for("you> ")
    for delay in (0.0, 0.002, 0.01):
        term.type(b"hello world\n")
        after = term.wait_for(SCRIPTED_REPLY[:2], after)  # the reply is being written, or just written
        time.sleep(delay)
        term.type(CTRL_C)
        after = term.wait_for("^C", after)  # the terminal's echo: the interrupt is under way
        after = _ask_and_get_the_answer(term, "what is the answer", SCRIPTED_REPLY, after)
    _quit_with_ctrl_d(term, after)


def test_ctrl_c_while_the_question_is_read(terminal, slow_reader_f16):
    term = _chat(terminal, slow_reader_f16, "--max-tokens", "2", "--ctx", "2048")
    after = term.wait_for("you> ")
    long_question = " ".join(f"word{i} is here" for i in range(200))  # reading it takes a second or more
    term.type(long_question.encode() + b"\n")
    after = term.wait_for("assistant> ", after)
    time.sleep(0.3)
    term.type(CTRL_C)
    after = term.wait_for("[stopped]", after)
    after = term.wait_for("you> ", after)
    term.type(b"short question\n")
    after = term.wait_for("assistant> ", after)
    after = term.wait_for("you> ", after) - len("you> ")  # answered (random words) and ready again
    _quit_with_ctrl_d(term, after)


def test_ctrl_c_in_a_one_question_chat_exits_130(terminal, looping_q4):
    term = _chat(terminal, looping_q4, "--max-tokens", "100000", "--prompt", "hello world")
    term.wait_for("abab")
    term.type(CTRL_C)
    assert term.exit_code() == 130
    assert "Traceback" not in term.output and "[stopped]" in term.output


def test_ctrl_c_stops_a_download_that_the_same_command_continues(terminal, fake_hub, scripted_q4):
    from tests.test_cli_download import NAME, REPO, shortchat

    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = 100_000
    term = terminal("download", "1.5b", "Q4_K_M")
    term.wait_for("KB of ")  # bytes are arriving
    term.type(CTRL_C)
    assert term.exit_code() == 130
    assert "Traceback" not in term.output
    assert "Run the same command again to continue where it stopped." in term.output

    fake_hub.faults.bytes_per_second = None
    again = shortchat("download", "1.5b", "Q4_K_M")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip().endswith(NAME) and "done, verified" in again.stderr
    ranges = [r.range for r in fake_hub.requests if r.method == "GET" and "/resolve/" in r.path]
    assert ranges[0] is None and ranges[-1].startswith("bytes=") and ranges[-1] != "bytes=0-"
