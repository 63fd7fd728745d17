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


# -- one bad model file never breaks anything ------------------------------------------------------


def _models_folder():
    from app.core import paths

    folder = paths.models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _folder_with_a_bad_model(scripted_q4):
    import shutil

    from tests.core import gguf_bytes as gb

    folder = _models_folder()
    shutil.copyfile(scripted_q4, folder / "good.gguf")
    gb.edit(scripted_q4, folder / "nan.gguf", {"llama.context_length": gb.scalar(gb.F32, float("nan"))})
    return folder


def test_a_bad_file_in_the_folder_is_listed_as_unusable_with_its_reason(scripted_q4):
    _folder_with_a_bad_model(scripted_q4)
    result = shortchat("list")
    assert result.returncode == 0, result.stderr
    (bad,) = [line for line in result.stdout.splitlines() if line.startswith("nan.gguf")]
    assert "cannot be used" in bad and "context length is nan" in bad
    assert any(line.startswith("good.gguf") and "2 layers" in line for line in result.stdout.splitlines())
    listed = {m["name"]: m for m in json.loads(shortchat("list", "--json").stdout)}
    assert listed["good.gguf"]["problem"] is None
    assert "context length is nan" in listed["nan.gguf"]["problem"]


def test_a_bad_file_in_the_folder_does_not_stop_a_chat_with_another(scripted_q4):
    folder = _folder_with_a_bad_model(scripted_q4)
    result = shortchat("chat", "--model", str(folder / "good.gguf"), "--prompt", "hi", "--temperature", "0")
    assert result.returncode == 0, result.stderr
    assert result.stdout == SCRIPTED_REPLY + "\n"
    newest_is_bad = shortchat("chat", "--model", str(folder / "nan.gguf"), "--prompt", "hi")
    assert newest_is_bad.returncode == 2 and "Traceback" not in newest_is_bad.stderr
    assert "context length is nan" in newest_is_bad.stderr


def test_without_a_model_the_newest_usable_one_is_chosen(scripted_q4):
    import os
    import time

    folder = _folder_with_a_bad_model(scripted_q4)
    later = time.time() + 60
    os.utime(folder / "nan.gguf", (later, later))  # the bad file is the newest
    result = shortchat("chat", "--prompt", "hi", "--temperature", "0")
    assert result.returncode == 0, result.stderr
    assert result.stdout == SCRIPTED_REPLY + "\n"


def test_pipes_and_link_loops_named_gguf_are_sentences_never_a_hang(tmp_path, scripted_q4):
    import os

    folder = _models_folder()
    (folder / "loop.gguf").symlink_to(folder / "loop.gguf")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.gguf")
        os.mkfifo(tmp_path / "outside.gguf")
    listing = shortchat("list", timeout=30)
    assert listing.returncode == 0 and "Traceback" not in listing.stderr
    for args in (["add", str(folder / "loop.gguf")], ["chat", "--model", str(folder / "loop.gguf"), "--prompt", "x"]):
        result = shortchat(*args, timeout=30)
        assert result.returncode == 2 and "link that leads nowhere" in result.stderr, result.stderr
    if hasattr(os, "mkfifo"):
        for args in (["add", str(tmp_path / "outside.gguf")], ["chat", "--model", str(folder / "pipe.gguf")]):
            result = shortchat(*args, timeout=30)
            assert result.returncode == 2 and "not a regular file" in result.stderr, result.stderr


def test_a_file_cut_after_its_header_is_not_added(tmp_path, scripted_q4):
    from tests.core import gguf_bytes as gb

    cut = tmp_path / "cut.gguf"
    cut.write_bytes(scripted_q4.read_bytes()[: gb.tensor_data_start(scripted_q4) + 100])
    result = shortchat("add", str(cut))
    assert result.returncode == 2
    assert "cut.gguf is incomplete" in result.stderr
    assert not (_models_folder() / "cut.gguf").exists()


def test_escape_sequences_from_a_file_are_never_printed(tmp_path, scripted_q4):
    from tests.core import gguf_bytes as gb

    evil = "\x1b]0;owned\x07\x1b[2J"
    path = gb.edit(scripted_q4, tmp_path / "evil\x1b[31m.gguf", {"general.name": gb.string(evil)})
    for args in (["add", str(path)], ["list"], ["list", "--json"]):
        result = shortchat(*args)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout
