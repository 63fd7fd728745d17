"""`shortchat chat` as a person runs it, in a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SCRIPTED_REPLY


def shortchat(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        encoding="utf-8",
    )


def test_one_question_streams_the_reply_and_exits_0(scripted_q4):
    result = shortchat("chat", "--model", str(scripted_q4), "--prompt", "hi", "--temperature", "0")
    assert result.returncode == 0, result.stderr
    assert result.stdout == SCRIPTED_REPLY + "\n"


def test_show_prompt_prints_the_exact_prompt_and_tokens(scripted_q4):
    result = shortchat(
        "chat", "--model", str(scripted_q4), "--prompt", "hi </s>", "--system", "Be kind.", "--show-prompt"
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stderr.splitlines()[0])
    assert shown["prompt"] == "Be kind. USER: hi </s> ASSISTANT:"
    assert shown["tokens"][0] == 1 and 2 not in shown["tokens"]


def test_interactive_chat_keeps_the_conversation(scripted_q4):
    result = shortchat("chat", "--model", str(scripted_q4), "--temperature", "0", stdin="hello\nagain\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(SCRIPTED_REPLY) == 2


def test_missing_model_is_one_clear_line_and_exit_2(tmp_path):
    result = shortchat("chat", "--model", str(tmp_path / "none.gguf"), "--prompt", "hi")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"shortchat: There is no model file at {tmp_path / 'none.gguf'}."]
    assert "Traceback" not in result.stderr


def test_bad_number_is_one_clear_line_and_exit_2(scripted_q4):
    result = shortchat("chat", "--model", str(scripted_q4), "--max-tokens", "lots")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "'lots' is not a whole number" in result.stderr


def test_a_file_that_is_not_a_model(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    result = shortchat("chat", "--model", str(path), "--prompt", "hi")
    assert result.returncode == 2
    assert "is not a GGUF model file" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_context_beyond_training_is_used_with_a_warning(scripted_q4):
    result = shortchat("chat", "--model", str(scripted_q4), "--prompt", "hi", "--temperature", "0", "--ctx", "4096")
    assert result.returncode == 0, result.stderr
    assert result.stdout == SCRIPTED_REPLY + "\n"
    assert "4,096 tokens, more than the 2,048 this model was trained on" in result.stderr
