"""Download a model file from the hub without ever losing a byte or offering a bad file.

Built on huggingface_hub's own pieces (``hf_hub_url``, ``get_hf_file_metadata``,
``build_hf_headers``, its shared HTTP session and its error mapping) rather than
``hf_hub_download``, because that one (FACTS.md) restarts from byte 0 after any
interruption, never hashes the content and cannot be cancelled.

Transfer: plain HTTP with Range, not Xet. Xet is faster on the real hub but
cannot resume across runs or be stopped cleanly; for people on laptop Wi-Fi a
download that survives a closed lid, a lost connection or a quit matters more.

* The partial file lives in ``<models>/.partial/`` with a small JSON note of what
  it is (repo, file, size, sha256); a later run resumes from its length when the
  note matches. Nothing in ``.partial`` is ever listed as a model.
* The bytes are hashed as they arrive (on a second thread); the sha256 must
  equal the hub's before the file is moved, atomically, into the models folder.
  A mismatch deletes the file and says so.
* ``cancel`` (a ``threading.Event``) is checked after every network read, and
  reads time out after a second, so a stop takes effect within about a second
  even on a stalled connection. A lost connection is retried from where it
  stopped, for as long as bytes keep coming.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import queue
import re
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core import paths
from app.core.errors import Cancelled, ShortChatError
from app.core.sizes import format_size

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 1.0  # short, so a stalled connection still notices a cancel quickly
GIVE_UP_AFTER_S = 30.0  # of no progress at all
DISK_MARGIN_BYTES = 256 * 1024 * 1024
PARTIAL_DIR = ".partial"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")


class DownloadError(ShortChatError):
    """The download failed; the message says why and whether a retry can help."""


class OfflineError(DownloadError):
    pass


class NotEnoughDiskError(DownloadError):
    pass


class VerificationError(DownloadError):
    pass


@dataclass(frozen=True)
class Progress:
    stage: str  # "checking" | "downloading" | "verifying" | "done"
    done: int
    total: int
    bytes_per_s: float = 0.0
    eta_s: float | None = None
    resumed_from: int = 0

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class RemoteFile:
    repo: str
    file: str
    size: int
    sha256: str
    url: str  # where the bytes are (after the hub's redirect)
    commit: str | None = None


@dataclass(frozen=True)
class UnfinishedDownload:
    repo: str
    file: str
    size: int
    have: int  # bytes already on disk


def check_file_name(name: str) -> str:
    """Refuse hub file names that could escape the models folder."""
    if not name or "/" in name or "\\" in name or ".." in name or not _SAFE_NAME.match(name):
        raise DownloadError(f"Refused to download a file with an unsafe name: {name!r}.")
    return name


def _offline(exc: BaseException) -> OfflineError:
    return OfflineError(
        "You are offline (the model hub could not be reached); downloaded models still work."
        f" Connect to the internet to download new ones. ({type(exc).__name__})"
    )


class Downloader:
    def __init__(self, models_dir: Path | None = None, endpoint: str | None = None, token: str | None = None):
        self.models_dir = Path(models_dir) if models_dir else paths.models_dir()
        self.endpoint = endpoint or os.environ.get("HF_ENDPOINT") or None
        self.token = token if token is not None else os.environ.get("HF_TOKEN") or None

    # -- what to download ------------------------------------------------------

    def describe(self, repo: str, file: str, revision: str = "main") -> RemoteFile:
        """Ask the hub for the file's size, checksum and real address."""
        from huggingface_hub import HfApi, get_hf_file_metadata, hf_hub_url
        from huggingface_hub.errors import EntryNotFoundError, RepositoryNotFoundError

        check_file_name(file)
        try:
            info = HfApi(endpoint=self.endpoint, token=self.token).model_info(
                repo, revision=revision, files_metadata=True, timeout=10
            )
            sibling = next((s for s in info.siblings or () if s.rfilename == file), None)
            if sibling is None:
                raise DownloadError(f"{file} is not (or no longer) published in {repo}.")
            lfs = sibling.lfs
            sha256 = lfs.get("sha256") if isinstance(lfs, dict) else getattr(lfs, "sha256", None)
            if not sha256:
                raise DownloadError(f"The hub gives no checksum for {file}, so it cannot be verified.")
            url = hf_hub_url(repo, file, revision=revision, endpoint=self.endpoint)
            meta = get_hf_file_metadata(url, token=self.token, timeout=10, endpoint=self.endpoint)
        except RepositoryNotFoundError as exc:
            raise DownloadError(f"{repo} is not published on the model hub.") from exc
        except EntryNotFoundError as exc:
            raise DownloadError(f"{file} is not (or no longer) published in {repo}.") from exc
        except DownloadError:
            raise
        except Exception as exc:
            if _is_network_error(exc):
                raise _offline(exc) from exc
            raise DownloadError(f"The model hub gave an answer ShortChat does not understand ({exc}).") from exc
        size = sibling.size or (lfs.get("size") if isinstance(lfs, dict) else None) or meta.size
        return RemoteFile(repo, file, int(size), str(sha256), meta.location or url, meta.commit_hash)

    def unfinished(self) -> list[UnfinishedDownload]:
        """Downloads that were stopped part-way (by a cancel, a quit or a lost connection)."""
        found = []
        partial_dir = self.models_dir / PARTIAL_DIR
        for note in sorted(partial_dir.glob("*.gguf.json")):
            try:
                data = json.loads(note.read_text())
                repo, file, size = str(data["repo"]), check_file_name(str(data["file"])), int(data["size"])
            except (OSError, ValueError, KeyError, TypeError, DownloadError):
                continue
            part = partial_dir / f"{file}.part"
            have = part.stat().st_size if part.is_file() else 0
            found.append(UnfinishedDownload(repo, file, size, min(have, size)))
        return found

    def forget(self, file: str) -> None:
        """Delete what an unfinished download of ``file`` had fetched."""
        name = check_file_name(file)
        partial_dir = self.models_dir / PARTIAL_DIR
        (partial_dir / f"{name}.part").unlink(missing_ok=True)
        (partial_dir / f"{name}.json").unlink(missing_ok=True)

    # -- the download ----------------------------------------------------------

    def download(
        self,
        remote: RemoteFile,
        on_progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Path:
        """Fetch ``remote`` into the models folder, verified; return its path."""
        cancel = cancel or threading.Event()
        report = on_progress or (lambda _progress: None)
        name = check_file_name(remote.file)
        target = self.models_dir / name
        if target.exists() and _note_matches(self._note_path(target), remote):
            report(Progress("done", remote.size, remote.size))
            return target
        partial_dir = self.models_dir / PARTIAL_DIR
        partial_dir.mkdir(parents=True, exist_ok=True)
        partial = partial_dir / f"{name}.part"
        note = partial_dir / f"{name}.json"
        if not (partial.exists() and _note_matches(note, remote)):
            partial.unlink(missing_ok=True)  # another file, or another version: start over
            _write_note(note, remote)
        have = partial.stat().st_size if partial.exists() else 0
        if have > remote.size:
            partial.unlink()
            have = 0
        self._check_disk(remote.size - have, remote)

        hasher = _BackgroundHasher()
        if have:
            report(Progress("verifying", 0, have))
            hasher.feed_file(partial, have, cancel)
        try:
            self._transfer(remote, partial, have, hasher, report, cancel)
        except BaseException:
            hasher.stop()
            raise
        report(Progress("verifying", remote.size, remote.size))
        digest = hasher.finish()
        if digest != remote.sha256.lower():
            partial.unlink(missing_ok=True)
            note.unlink(missing_ok=True)
            raise VerificationError(
                f"The downloaded {name} is damaged (its checksum does not match the hub's), so it was deleted. "
                f"Please download it again."
            )
        os.replace(partial, target)  # a model appears only whole and verified
        _write_note(self._note_path(target), remote)
        note.unlink(missing_ok=True)
        report(Progress("done", remote.size, remote.size))
        return target

    def _transfer(self, remote, partial: Path, have: int, hasher, report, cancel: threading.Event) -> None:
        import httpx2
        from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

        session = get_session()
        headers = build_hf_headers(token=self.token)
        done = have
        speed = _Speed()
        last_progress = time.monotonic()
        with open(partial, "ab") as out:
            while done < remote.size:
                if cancel.is_set():
                    raise Cancelled("The download was stopped. It will continue from here next time.")
                request_headers = {**headers, "Range": f"bytes={done}-"} if done else headers
                try:
                    timeout = httpx2.Timeout(10.0, read=READ_TIMEOUT_S)
                    with session.stream("GET", remote.url, headers=request_headers, timeout=timeout) as response:
                        hf_raise_for_status(response)
                        if done and response.status_code != 206:  # the server ignored Range: start over
                            out.seek(0)
                            out.truncate()
                            hasher.reset()
                            done = 0
                        for chunk in response.iter_bytes():
                            out.write(chunk)
                            hasher.feed(chunk)
                            done += len(chunk)
                            last_progress = time.monotonic()
                            rate = speed.add(len(chunk))
                            eta = (remote.size - done) / rate if rate > 0 else None
                            report(Progress("downloading", done, remote.size, rate, eta, have))
                            if cancel.is_set():
                                out.flush()
                                raise Cancelled("The download was stopped. It will continue from here next time.")
                except Cancelled:
                    raise
                except Exception as exc:
                    if not _is_network_error(exc):
                        raise DownloadError(f"The download of {remote.file} failed: {exc}") from exc
                    out.flush()
                    if time.monotonic() - last_progress > GIVE_UP_AFTER_S:
                        raise DownloadError(
                            f"The connection was lost at {format_size(done)} of {format_size(remote.size)}. "
                            f"Try again later: the download will continue from there."
                        ) from exc
                    log.info("connection interrupted at %d bytes (%s); resuming", done, exc)
                    cancel.wait(0.2)
                if done > remote.size:
                    raise DownloadError(f"The hub sent more data than {remote.file} should have.")

    def _check_disk(self, needed: int, remote: RemoteFile) -> None:
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = self.free_disk_bytes()
        margin = max(DISK_MARGIN_BYTES, needed // 20)
        if free < needed + margin:
            raise NotEnoughDiskError(
                f"Not enough disk space for {remote.file}: it needs {format_size(needed + margin)} free "
                f"(with a little room to spare), but only {format_size(free)} is free. "
                f"Free some space, or choose a smaller model."
            )

    def free_disk_bytes(self) -> int:
        return shutil.disk_usage(self.models_dir).free

    def _note_path(self, model: Path) -> Path:
        return model.parent / PARTIAL_DIR / f"{model.name}.source.json"


def _is_network_error(exc: BaseException) -> bool:
    import httpx2

    return isinstance(exc, (httpx2.TransportError, ConnectionError, TimeoutError))


def _write_note(path: Path, remote: RemoteFile) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"repo": remote.repo, "file": remote.file, "size": remote.size, "sha256": remote.sha256,
            "commit": remote.commit, "saved_at": time.time()}  # fmt: skip
    path.write_text(json.dumps(data))


def _note_matches(path: Path, remote: RemoteFile) -> bool:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("sha256") == remote.sha256 and data.get("size") == remote.size


class _Speed:
    """Bytes per second over the last few seconds."""

    WINDOW_S = 3.0

    def __init__(self) -> None:
        self.samples: deque[tuple[float, int]] = deque()
        self.total = 0

    def add(self, n: int) -> float:
        now = time.monotonic()
        self.total += n
        self.samples.append((now, self.total))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.WINDOW_S:
            self.samples.popleft()
        elapsed = now - self.samples[0][0]
        return (self.total - self.samples[0][1]) / elapsed if elapsed > 0 else 0.0


class _BackgroundHasher:
    """sha256 on a second thread (hashlib releases the GIL), so hashing costs no download time."""

    def __init__(self) -> None:
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=256)
        self._hash = hashlib.sha256()
        self._thread = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (block := self._queue.get()) is not None:
            self._hash.update(block)

    def feed(self, block: bytes) -> None:
        self._queue.put(block)

    def feed_file(self, path: Path, length: int, cancel: threading.Event) -> None:
        with open(path, "rb") as source:
            left = length
            while left and not cancel.is_set():
                block = source.read(min(4 << 20, left))
                if not block:
                    break
                self.feed(block)
                left -= len(block)

    def reset(self) -> None:
        self.stop()
        self.__init__()

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def finish(self) -> str:
        self.stop()
        return self._hash.hexdigest()
