"""Model servers on 127.0.0.1 for tests and benchmarks.

* ``OpenAICompatibleServer``: the REAL llama-cpp-python server (``python -m llama_cpp.server``, from
  ``llama-cpp-python[server]``), an OpenAI-compatible server in its own process.
* ``StandInServer``: a PROTOCOL STAND-IN, labelled as such, for the servers no registry ships prebuilt
  here: llama.cpp's ``llama-server`` (``/health``, ``/props``, ``/tokenize``, ``/completion`` with a
  token-id prompt, SSE, ``cache_prompt``/``tokens_cached``) and Ollama (``/api/version``, ``/api/tags``,
  ``/api/generate`` with ``raw: true``, NDJSON). It follows their documented requests and answers, and
  runs the model with real llama.cpp (llama-cpp-python) in its own process, so tokens and replies are
  real; what it cannot show is a difference in the servers' own code.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _ServerProcess:
    def __init__(self, command: list[str], ready_path: str, api_key: str | None, log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.api_key = api_key
        self._command = command + ["--port", str(self.port)] + (["--api_key", api_key] if api_key else [])
        self._ready_path = ready_path
        self._log_path = log_path
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 90.0):
        self._log = open(self._log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(self._command, stdout=self._log, stderr=subprocess.STDOUT)
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server ended: {self._log_path.read_text(errors='replace')[-2000:]}")
            try:
                if httpx2.get(self.url + self._ready_path, headers=headers, timeout=2).status_code == 200:
                    return self
            except httpx2.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("the server did not start in time")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if getattr(self, "_log", None) is not None:
            self._log.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


class OpenAICompatibleServer(_ServerProcess):
    """llama-cpp-python's own server (real), serving ``model`` at 127.0.0.1."""

    def __init__(self, model: Path, log_dir: Path, api_key: str | None = None, n_ctx: int = 2048) -> None:
        command = [
            sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
            "--n_ctx", str(n_ctx), "--n_threads", str(min(2, os.cpu_count() or 1)), "--verbose", "False",
        ]  # fmt: skip
        super().__init__(command, "/v1/models", api_key, Path(log_dir) / "llama-cpp-python-server.log")


class StandInServer(_ServerProcess):
    """A protocol stand-in for ``llama-server`` (kind "llama-server") or Ollama (kind "ollama")."""

    def __init__(self, kind: str, model: Path, log_dir: Path, api_key: str | None = None, n_ctx: int = 2048) -> None:
        command = [
            sys.executable, "-m", "app.testing.stand_in_server", kind, str(model), "--n_ctx", str(n_ctx),
        ]  # fmt: skip
        ready = "/health" if kind == "llama-server" else "/api/version"
        super().__init__(command, ready, api_key, Path(log_dir) / f"stand-in-{kind}.log")
