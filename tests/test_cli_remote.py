"""`shortchat chat --server` and `shortchat models --server` against a real OpenAI-compatible server
(llama-cpp-python's own) on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.testing.model_servers import OpenAICompatibleServer
from tests.conftest import DEAD_ENDPOINT, SCRIPTED_REPLY


@pytest.fixture(scope="module")
def server(scripted_q4, tmp_path_factory):
    with OpenAICompatibleServer(scripted_q4, tmp_path_factory.mktemp("cli-oai"), api_key="k17") as running:
        yield running


def _shortchat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120)


def test_chat_with_a_model_on_another_computer(server):
    done = _shortchat("chat", "--server", server.url, "--api-key", "k17", "--prompt", "</s>Hello", "--no-save",
                      "--temperature", "0")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == SCRIPTED_REPLY + "\n"
    assert f"OpenAI-compatible server at 127.0.0.1:{server.port} — scripted-Q4_K_M" in done.stderr


def test_models_on_a_server_as_json_and_text(server):
    listed = _shortchat("models", "--server", server.url, "--api-key", "k17", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["name"].endswith("scripted-Q4_K_M.gguf") and row["kind"] == "openai"
    text = _shortchat("models", "--server", server.url, "--api-key", "k17")
    assert text.stdout.startswith(f"OpenAI-compatible server at 127.0.0.1:{server.port} — scripted-Q4_K_M  [")


def test_a_wrong_key_or_no_server_is_one_line(server):
    refused = _shortchat("models", "--server", server.url, "--api-key", "nope")
    assert refused.returncode == 2
    assert refused.stderr == (
        f"shortchat: The server at 127.0.0.1:{server.port} refused the API key; check the key in the settings.\n"
    )
    gone = _shortchat("chat", "--server", DEAD_ENDPOINT, "--prompt", "hi")
    assert gone.returncode == 2 and gone.stderr.startswith("shortchat: Cannot reach the server at 127.0.0.1:9")
