"""A llama-server still loading its model answers 503: one sentence, and trying again works.

A PROTOCOL STAND-IN (a few lines of http.server, labelled as such): llama-server's ``/props`` and a
``/health`` that answers 503 "Loading model" until the model is loaded, as llama-server does.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.core.remote.computers import Computers
from app.core.remote.keys import KeyStore
from app.core.remote.servers import ServerError, ServerKind, detect


class LoadingLlamaServer(ThreadingHTTPServer):
    """Stand-in: ``/health`` says 503 for its first ``loading_answers`` questions, then 200."""

    def __init__(self, loading_answers: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.loading_answers = loading_answers
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: LoadingLlamaServer

    def do_GET(self) -> None:  # noqa: N802 - http.server's API
        if self.path == "/props":
            self._answer(200, {"default_generation_settings": {"n_ctx": 2048}, "model_path": "/m/x.Q4_K_M.gguf"})
        elif self.path == "/health" and self.server.loading_answers > 0:
            self.server.loading_answers -= 1
            self._answer(503, {"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}})
        elif self.path == "/health":
            self._answer(200, {"status": "ok"})
        else:
            self._answer(404, {"error": {"code": 404, "message": "File Not Found"}})

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def loading_server():
    server = LoadingLlamaServer(loading_answers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_server_still_loading_is_one_sentence_and_trying_again_works(loading_server, tmp_path):
    computer = loading_server.url.removeprefix("http://")
    computers = Computers(tmp_path / "servers.json", KeyStore())
    with pytest.raises(ServerError) as still_loading:
        computers.add(loading_server.url)
    assert str(still_loading.value) == f"The server at {computer} is still loading its model; try again in a moment."
    assert computers.urls() == []  # not kept until it could be asked

    server = computers.add(loading_server.url)  # a moment later: loaded
    assert server.kind == ServerKind.LLAMA_SERVER and computers.urls() == [loading_server.url]
    assert server.describe() == f"llama.cpp server at {computer} — x.Q4_K_M, chat memory 2,048 tokens"
    assert detect(loading_server.url).models[0].n_ctx == 2048
