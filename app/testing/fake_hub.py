"""A local stand-in for the Hugging Face hub, on 127.0.0.1, for tests and benchmarks.

It answers the endpoints huggingface_hub calls: model info with file metadata
(``/api/models/{repo}[/revision/{rev}]?blobs=true``) and file resolution
(``/{repo}/resolve/{rev}/{file}``, HEAD and GET, with ETag, X-Repo-Commit,
X-Linked-Size, X-Linked-Etag and HTTP Range). Faults on demand: a missing repo,
a malformed answer, a connection cut after N bytes, corrupted bytes, a slow
server, a body longer than the file, empty or misplaced partial answers, and the
whole hub being down. Every request is recorded, with when it came.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse

COMMIT = "0123456789abcdef0123456789abcdef01234567"
CHUNK = 1 << 20


@dataclass
class HostedFile:
    path: Path  # content on disk (files can be large)
    size: int
    sha256: str


@dataclass
class Faults:
    malformed_info: set[str] = field(default_factory=set)  # repos whose info is not JSON
    cut_after: dict[str, int] = field(default_factory=dict)  # file -> bytes sent before the connection drops
    corrupt: set[str] = field(default_factory=set)  # files served with a flipped byte
    bytes_per_second: float | None = None  # throttle every file body
    stall_after: dict[str, int] = field(default_factory=dict)  # file -> offset in it where the hub goes quiet
    stall_seconds: float = 8.0  # how long it stays quiet (the connection stays open) (each request gets this rate)
    down: bool = False  # every request fails with 503
    extra_bytes: dict[str, int] = field(default_factory=dict)  # file -> junk sent after its last byte
    empty_ranges: set[str] = field(default_factory=set)  # files whose Range answers are 206 with no body
    misplaced_ranges: dict[str, int] = field(default_factory=dict)  # file -> Range answers that start too late


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    range: str | None
    at: float = 0.0  # time.monotonic() when it arrived


class FakeHub:
    def __init__(self, storage: Path) -> None:
        self.storage = Path(storage)
        self.storage.mkdir(parents=True, exist_ok=True)
        self.repos: dict[str, dict[str, HostedFile]] = {}
        self.faults = Faults()
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        hub = self

        class Handler(_Handler):
            fake = hub

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-hub", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def add_repo(self, repo: str) -> None:
        self.repos.setdefault(repo, {})

    def add_file(self, repo: str, name: str, content: bytes | Path) -> HostedFile:
        """Host ``content`` (bytes, or an existing file) as ``repo``/``name``."""
        if isinstance(content, bytes):
            path = self.storage / repo.replace("/", "__") / name.replace("/", "__")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        else:
            path = Path(content)
        digest = hashlib.sha256()
        with open(path, "rb") as source:
            while block := source.read(CHUNK):
                digest.update(block)
        hosted = HostedFile(path, path.stat().st_size, digest.hexdigest())
        self.repos.setdefault(repo, {})[name] = hosted
        return hosted

    def add_listing(self, repo: str, name: str, size: int, sha256: str) -> None:
        """List a file in the repo's model info without hosting its bytes (for catalog tests)."""
        self.repos.setdefault(repo, {})[name] = HostedFile(Path("/nonexistent"), size, sha256)

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def serve_until_interrupted(self) -> None:
        """Block (the server runs on its own thread) until Ctrl+C, then stop."""
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            self.close()

    def __enter__(self) -> FakeHub:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


class _Handler(BaseHTTPRequestHandler):
    fake: FakeHub
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._route(body=True)

    def do_HEAD(self) -> None:
        self._route(body=False)

    def _route(self, body: bool) -> None:
        path = unquote(urlparse(self.path).path)
        self.fake.record(Request(self.command, path, self.headers.get("Range"), time.monotonic()))
        if self.fake.faults.down:
            return self._error(503, "Service unavailable", None)
        if path.startswith("/api/models/"):
            return self._model_info(path[len("/api/models/") :])
        if "/resolve/" in path:
            repo, _, rest = path.lstrip("/").partition("/resolve/")
            _revision, _, name = rest.partition("/")
            return self._resolve(repo, name, body)
        return self._error(404, "Not found", None)

    def _model_info(self, rest: str) -> None:
        repo = rest.split("/revision/")[0]
        if repo not in self.fake.repos:
            return self._error(404, "Repository not found", "RepoNotFound")
        if repo in self.fake.faults.malformed_info:
            return self._send(200, b"{this is not json", {"Content-Type": "application/json"})
        siblings = [
            {
                "rfilename": name,
                "size": hosted.size,
                "blobId": hosted.sha256[:40],
                "lfs": {"sha256": hosted.sha256, "size": hosted.size, "pointerSize": 134},
            }
            for name, hosted in self.fake.repos[repo].items()
        ]
        payload = {"_id": "fake", "id": repo, "modelId": repo, "sha": COMMIT, "private": False, "siblings": siblings}
        self._send(200, json.dumps(payload).encode(), {"Content-Type": "application/json"})

    def _resolve(self, repo: str, name: str, body: bool) -> None:
        if repo not in self.fake.repos:
            return self._error(404, "Repository not found", "RepoNotFound")
        hosted = self.fake.repos[repo].get(name)
        if hosted is None:
            return self._error(404, "Entry not found", "EntryNotFound")
        start, end = 0, hosted.size - 1
        status = 200
        wanted = self.headers.get("Range")
        if wanted and wanted.startswith("bytes="):
            first, _, last = wanted[len("bytes=") :].partition("-")
            start = int(first or 0)
            end = int(last) if last else hosted.size - 1
            if start >= hosted.size:
                return self._send(416, b"", {"Content-Range": f"bytes */{hosted.size}"})
            status = 206
        faults = self.fake.faults
        with self.fake._lock:
            misplaced = status == 206 and body and faults.misplaced_ranges.get(name, 0) > 0
            if misplaced:
                faults.misplaced_ranges[name] -= 1
        if misplaced:  # the answer says where it really starts: 512 bytes past what was asked for
            start = min(start + 512, end)
        extra = faults.extra_bytes.get(name, 0) if body else 0
        length = 0 if status == 206 and name in faults.empty_ranges else end - start + 1 + extra
        etag = f'"{hosted.sha256}"'
        headers = {
            "Content-Type": "application/octet-stream",
            "Content-Length": str(length),
            "Accept-Ranges": "bytes",
            "ETag": etag,
            "X-Linked-Etag": etag,
            "X-Linked-Size": str(hosted.size),
            "X-Repo-Commit": COMMIT,
        }
        if status == 206:
            headers["Content-Range"] = f"bytes {start}-{end}/{hosted.size}"
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if body and length:
            self._stream(hosted, name, start, end)
            if extra:
                self._junk(extra)

    def _stream(self, hosted: HostedFile, name: str, start: int, end: int) -> None:
        faults = self.fake.faults
        cut_at = faults.cut_after.pop(name, None)  # one cut per fault set
        stall_at = faults.stall_after.get(name)  # a quiet spell in every body that gets that far
        sent = 0
        began = time.monotonic()
        with open(hosted.path, "rb") as source:
            source.seek(start)
            position = start
            while position <= end:
                block = source.read(min(CHUNK if faults.bytes_per_second is None else 16_384, end - position + 1))
                if not block:
                    break
                if name in faults.corrupt and position <= hosted.size // 2 < position + len(block):
                    at = hosted.size // 2 - position
                    block = block[:at] + bytes([block[at] ^ 0xFF]) + block[at + 1 :]
                if cut_at is not None and sent + len(block) > cut_at:
                    self.wfile.write(block[: cut_at - sent])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)  # the connection drops mid-file
                    return
                if stall_at is not None and position <= stall_at < position + len(block):
                    self.wfile.flush()
                    time.sleep(faults.stall_seconds)  # no data, but no error either
                try:
                    self.wfile.write(block)
                except (BrokenPipeError, ConnectionResetError):
                    return
                sent += len(block)
                position += len(block)
                if faults.bytes_per_second:
                    due = began + sent / faults.bytes_per_second
                    pause = due - time.monotonic()
                    if pause > 0:
                        time.sleep(pause)

    def _junk(self, count: int) -> None:
        try:
            while count > 0:
                block = b"\xee" * min(CHUNK, count)
                self.wfile.write(block)
                count -= len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _error(self, status: int, message: str, code: str | None) -> None:
        headers = {"Content-Type": "application/json"}
        if code:
            headers["X-Error-Code"] = code
            headers["X-Error-Message"] = message
        self._send(status, json.dumps({"error": message}).encode(), headers)

    def _send(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


def main() -> None:
    """Serve files from the command line (for benchmarks, in a process of its own):
    python -m app.testing.fake_hub REPO NAME=PATH [NAME=PATH ...]; prints the URL."""
    import sys
    import tempfile

    repo, *files = sys.argv[1:]
    hub = FakeHub(Path(tempfile.mkdtemp(prefix="fake-hub-")))
    for spec in files:
        name, _, path = spec.partition("=")
        hub.add_file(repo, name, Path(path))
    print(hub.url, flush=True)
    hub.serve_until_interrupted()


if __name__ == "__main__":
    main()
