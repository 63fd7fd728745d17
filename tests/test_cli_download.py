"""From nothing to a streamed answer with the CLI alone, against a fake hub serving the real names."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import time

from app.core.models.download import PARTIAL_DIR, Downloader
from app.core.models.library import Library
from tests.conftest import DEAD_ENDPOINT, SCRIPTED_REPLY

REPO = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-1.5b-ppl-gguf"
NAME = "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf"


def shortchat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=180, env=dict(os.environ)
    )


def sha256_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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


def test_download_offline_is_one_clear_message_and_one_exit_code(monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)
    by_size = shortchat("download", "1.5b", "Q4_K_M")
    by_file = shortchat("download", "--repo", REPO, "--file", NAME)
    assert by_size.returncode == by_file.returncode == 2  # EXIT_USAGE: it cannot be done now
    assert by_size.stderr == by_file.stderr
    assert "You are offline" in by_size.stderr and "downloaded models still work" in by_size.stderr
    assert by_size.stderr.count("\n") == 1 and "Traceback" not in by_size.stderr


def test_two_downloads_of_one_file_at_once(fake_hub, scripted_q4):
    hosted = fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = hosted.size / 2  # about 2 s, so the second starts mid-way
    command = [sys.executable, "-m", "app", "download", "1.5b", "Q4_K_M"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while not any(r.method == "GET" and "/resolve/" in r.path for r in fake_hub.requests):
        assert first.poll() is None, first.communicate()
        time.sleep(0.05)
    second = shortchat("download", "1.5b", "Q4_K_M")
    out, err = first.communicate(timeout=60)
    assert first.returncode == 0 and second.returncode == 0, (err, second.stderr)
    assert "Another ShortChat is downloading" in second.stderr and "Traceback" not in second.stderr + err
    assert out.strip() == second.stdout.strip() == str(Library().models_dir / NAME)
    installed = Library().models_dir / NAME
    assert installed.stat().st_size == hosted.size and sha256_of(installed) == hosted.sha256


def test_many_downloads_at_once_some_killed_install_exactly_the_hubs_file(fake_hub, scripted_q4):
    """Real processes start together, some die by SIGKILL at random moments, then one more run finishes."""
    hosted = fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = hosted.size / 1.5  # each body takes 1.5 s, so they overlap
    seed = random.randrange(1 << 30)
    chance = random.Random(seed)
    command = [sys.executable, "-m", "app", "download", "--repo", REPO, "--file", NAME]
    began = time.monotonic()
    runs = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    doomed = chance.sample(runs, chance.choice((1, 2)))
    while not any(r.method == "GET" and "/resolve/" in r.path for r in fake_hub.requests):
        assert time.monotonic() - began < 30, seed
        time.sleep(0.02)
    for run in doomed:  # from the first byte on, so a kill often hits the one writing the file
        time.sleep(chance.uniform(0.0, 1.0))
        run.kill()  # SIGKILL: no clean-up of any kind
    for run in runs:
        _, err = run.communicate(timeout=45)
        if run not in doomed:
            assert run.returncode == 0, (seed, err)
    final = shortchat("download", "--repo", REPO, "--file", NAME)
    assert final.returncode == 0, (seed, final.stderr)
    assert time.monotonic() - began < 50, seed

    models = Library().models_dir
    installed = models / NAME
    assert installed.stat().st_size == hosted.size, seed
    assert sha256_of(installed) == hosted.sha256, seed
    assert [p.name for p in models.iterdir() if p.name != PARTIAL_DIR] == [NAME], seed
    assert [(m.name, m.verified) for m in Library().list()] == [(NAME, True)], seed
    assert list((models / PARTIAL_DIR).glob("*.part")) == [], seed
    assert Downloader(models).unfinished() == [], seed


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


def test_a_model_changed_by_hand_after_its_download_is_no_longer_verified(fake_hub, scripted_q4):
    fake_hub.add_file(REPO, NAME, scripted_q4)
    path = shortchat("download", "1.5b", "Q4_K_M").stdout.strip().splitlines()[-1]
    assert [m["verified"] for m in json.loads(shortchat("list", "--json").stdout)] == [True]
    with open(path, "r+b") as model:  # same size, other bytes
        model.seek(-1, os.SEEK_END)
        model.write(b"\x01")
    assert [m["verified"] for m in json.loads(shortchat("list", "--json").stdout)] == [False]
    again = shortchat("download", "1.5b", "Q4_K_M")  # checks from disk and fetches it whole again
    assert again.returncode == 0, again.stderr
    assert [m["verified"] for m in json.loads(shortchat("list", "--json").stdout)] == [True]
