"""The CLI's promise: a failure is one line on stderr, never a traceback, and never on stdout."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.test_cli import shortchat


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(private_home):
    bug = textwrap.dedent("""
        import sys
        import app.cli as cli
        def broken(args):
            raise RuntimeError("a bug in ShortChat")
        cli._run_list = broken  # stands in for any bug inside a command
        sys.exit(cli.main(["list"]))
    """)
    result = subprocess.run(
        [sys.executable, "-c", bug], capture_output=True, text=True, timeout=60, env=dict(os.environ)
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["shortchat: something went wrong (RuntimeError: a bug in ShortChat)"]
    assert "Traceback" not in result.stderr + result.stdout
    log = (private_home / "logs" / "shortchat.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "a bug in ShortChat" in log


def test_compare_says_a_failure_on_stderr_not_in_the_answer(scripted_q4, tmp_path):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x00" * 64)
    result = shortchat("compare", "--a", str(scripted_q4), "--b", str(broken), "--prompt", "hi")
    assert result.returncode == 1
    assert "broken.gguf" in result.stderr
    assert "broken.gguf" not in result.stdout.replace(f"== B: {broken.stem}", "")
    assert "cannot read" in result.stderr


def test_a_reader_that_stops_early_is_no_error(private_home):
    """`shortchat chats | head -1`: the pipe closes early; nothing is said, exit 0 (it was 'something
    went wrong (BrokenPipeError)')."""
    import os
    import subprocess
    import sys

    from app.core.chat.store import ASSISTANT, USER, ConversationStore

    store = ConversationStore()
    for n in range(2000):  # more than a pipe holds (64 KiB), so the writer meets the closed end
        chat = store.create()
        store.add(chat, store.add(chat, None, USER, f"question {n}"), ASSISTANT, "answer")
    store.close()
    command = [sys.executable, "-m", "app", "chats"]
    chats = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    chats.stdout.readline()
    chats.stdout.close()  # as head does after its line
    _, said = chats.communicate(timeout=60)
    assert chats.returncode == 0 and b"went wrong" not in said
