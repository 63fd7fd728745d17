"""From nothing to a streamed answer with the CLI alone, against a fake hub serving the real names."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import DEAD_ENDPOINT, SCRIPTED_REPLY

REPO = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-1.5b-ppl-gguf"
NAME = "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf"


def shortchat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=180, env=dict(os.environ)
    )


def test_download_list_chat_delete(fake_hub, scripted_q4):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.cut_after[NAME] = 200_000  # and the connection drops half-way
    result = shortchat("download", "1.5b", "Q4_K_M")
    assert result.returncode == 0, result.stderr
    path = result.stdout.strip().splitlines()[-1]
    assert path.endswith(NAME)
    assert "done, verified" in result.stderr
    ranges = [r.range for r in fake_hub.requests if r.method == "GET" and "/resolve/" in r.path]
    assert ranges == [None, "bytes=200000-"]

    listed = json.loads(shortchat("list", "--json").stdout)
    assert [(m["name"], m["repo"], m["verified"]) for m in listed] == [(NAME, REPO, True)]

    chat = shortchat("chat", "--model", path, "--prompt", "hello", "--temperature", "0")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.strip() == SCRIPTED_REPLY
    by_default = shortchat("chat", "--prompt", "hello", "--temperature", "0")  # the newest model
    assert by_default.stdout.strip() == SCRIPTED_REPLY
    by_name = shortchat("chat", "--model", NAME, "--prompt", "hello", "--temperature", "0")
    assert by_name.stdout.strip() == SCRIPTED_REPLY

    assert shortchat("delete", NAME).returncode == 0
    assert json.loads(shortchat("list", "--json").stdout) == []


def test_corrupted_download_is_refused(fake_hub, scripted_q4):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.corrupt.add(NAME)
    result = shortchat("download", "1.5b", "Q4_K_M")
    assert result.returncode == 2
    assert "checksum does not match" in result.stderr and "Traceback" not in result.stderr
    assert json.loads(shortchat("list", "--json").stdout) == []


def test_download_by_repo_and_file(fake_hub, scripted_q4):
    fake_hub.add_file("someone/other-gguf", "model.Q4_K_M.gguf", scripted_q4)
    result = shortchat("download", "--repo", "someone/other-gguf", "--file", "model.Q4_K_M.gguf")
    assert result.returncode == 0, result.stderr


def test_download_offline_is_a_clear_message(monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)
    result = shortchat("download", "1.5b", "Q4_K_M")
    assert result.returncode == 1
    assert "You are offline" in result.stderr and "downloaded models still work" in result.stderr


def test_unpublished_size_is_said_plainly(fake_hub, scripted_q4):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    result = shortchat("download", "5.5b", "Q4_K_M")
    assert result.returncode == 1
    assert "not published on the model hub yet" in result.stderr


def test_add_a_file_from_disk(scripted_q4):
    result = shortchat("add", str(scripted_q4))
    assert result.returncode == 0, result.stderr
    assert "2 layers, context 2048" in result.stdout


def test_chat_with_no_models_says_what_to_do():
    result = shortchat("chat", "--prompt", "hi")
    assert result.returncode == 2
    assert "No models yet" in result.stderr and "shortchat download 1.5b Q4_K_M" in result.stderr


def test_folder_prints_the_models_folder(private_home):
    result = shortchat("folder")
    assert result.returncode == 0
    assert result.stdout.strip() == str(private_home / "data" / "models")
