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
  note matches. Nothing in ``.partial`` is ever listed as a model. The note is
  written only once the download really begins, so a refused one (no disk space)
  leaves nothing that looks like an unfinished download.
* One download of a file at a time, across processes: the window and the CLI (or
  two CLIs) take an exclusive lock on ``<file>.lock`` next to the partial file. A
  second request waits, saying so, and then finds the first one's file installed.
* Before the file is moved, atomically, into the models folder, its size and
  sha256 are read back FROM DISK and must equal the hub's; a mismatch deletes it
  and says so. An installed file counts as "already downloaded" only after the
  same check: the marker beside it alone is never trusted.
* Bytes are written at the offset they belong to and never past the announced
  size; a partial answer that starts anywhere but where the file stops is not
  used. Attempts that bring no bytes are retried with pauses that double up to a
  cap, a bounded number of times in a row (``RetryPolicy``), and say so.
* ``cancel`` (a ``threading.Event``) is checked after every network read, and
  reads time out after a second, so a stop takes effect within about a second
  even on a stalled connection.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from filelock import FileLock, Timeout

from app.core import json_file, paths
from app.core.errors import Cancelled, ShortChatError
from app.core.sizes import format_duration, format_size
from app.core.words import QT_TRANSLATE_NOOP, look_up, translate

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 1.0  # short, so a stalled connection still notices a cancel quickly
LOCK_POLL_S = 0.2  # how often a download waiting for another one looks at its cancel
HASH_BLOCK = 1 << 20
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


OFFLINE_MESSAGE = QT_TRANSLATE_NOOP(
    "Download",
    "You are offline (the model hub could not be reached); downloaded models still work."
    " Connect to the internet to download new ones.",
)


def offline_sentence(models_here: bool) -> str:
    """What the window says when the hub cannot be reached (the CLI says ``OFFLINE_MESSAGE``)."""
    if models_here:
        return translate(
            "Download",
            "You are offline: the model hub could not be reached. Your models work as usual; to download "
            "another one, connect to the internet and press Try again.",
        )
    return translate(
        "Download",
        "You are offline: the model hub could not be reached, and no model is on this computer yet. "
        "Connect to the internet and press Try again, or use “Add a file from disk…” for a model file "
        "you already have.",
    )


@dataclass(frozen=True)
class RetryPolicy:
    """How a download tries again when an attempt brings no bytes (a lost connection, an
    empty or misplaced answer): pauses double from ``first_pause_s`` up to ``longest_pause_s``,
    at most ``attempts`` times in a row; any byte received starts the count again."""

    first_pause_s: float = 0.5
    longest_pause_s: float = 8.0
    attempts: int = 8

    def pause_s(self, attempt: int) -> float:
        """The pause before retry number ``attempt`` (from 0)."""
        return min(self.longest_pause_s, self.first_pause_s * 2**attempt)

    def total_pause_s(self) -> float:
        return sum(self.pause_s(n) for n in range(self.attempts))


class Stage(StrEnum):
    """Where one download is, as its progress reports say."""

    CHECKING = "checking"  # asking the hub what the file is
    WAITING = "waiting"  # for another ShortChat downloading the same file
    DOWNLOADING = "downloading"
    RETRYING = "retrying"  # the connection stopped: pausing before trying again
    VERIFYING = "verifying"  # reading the file back from disk for its checksum
    DONE = "done"


class DownloadState(StrEnum):
    """Where a download stands in a list of downloads (waiting its turn, running, or ended)."""

    WAITING = "waiting"
    RUNNING = "running"
    STOPPED = "stopped"
    FAILED = "failed"
    DONE = "done"


@dataclass(frozen=True)
class Progress:
    stage: Stage
    done: int
    total: int
    bytes_per_s: float = 0.0
    eta_s: float | None = None
    resumed_from: int = 0
    message: str = ""  # for WAITING and RETRYING: what is happening, in words

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
        raise DownloadError(
            translate("Errors", "Refused to download a file with an unsafe name: {name}."), name=f"{name!r}"
        )
    return name


def _offline(exc: BaseException) -> OfflineError:
    log.info("the model hub could not be reached: %s: %s", type(exc).__name__, exc)
    return OfflineError(translate("Download", OFFLINE_MESSAGE))


def _another_download(name: str) -> str:
    return translate("Download", "Another ShortChat is downloading {name} right now; waiting for it to finish…").format(
        name=name
    )


class Downloader:
    def __init__(
        self,
        models_dir: Path | None = None,
        endpoint: str | None = None,
        token: str | None = None,
        retry: RetryPolicy | None = None,
    ):
        self.models_dir = Path(models_dir) if models_dir else paths.models_dir()
        self.endpoint = endpoint or os.environ.get("HF_ENDPOINT") or None
        self.token = token if token is not None else os.environ.get("HF_TOKEN") or None
        self.retry = retry or RetryPolicy()

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
                raise DownloadError(
                    translate("Errors", "{file} is not (or no longer) published in {repo}."), file=file, repo=repo
                )
            lfs = sibling.lfs
            sha256 = lfs.get("sha256") if isinstance(lfs, dict) else getattr(lfs, "sha256", None)
            if not sha256:
                raise DownloadError(
                    translate("Errors", "The hub gives no checksum for {file}, so it cannot be verified."), file=file
                )
            url = hf_hub_url(repo, file, revision=revision, endpoint=self.endpoint)
            meta = get_hf_file_metadata(url, token=self.token, timeout=10, endpoint=self.endpoint)
        except RepositoryNotFoundError as exc:
            raise DownloadError(translate("Errors", "{repo} is not published on the model hub."), repo=repo) from exc
        except EntryNotFoundError as exc:
            raise DownloadError(
                translate("Errors", "{file} is not (or no longer) published in {repo}."), file=file, repo=repo
            ) from exc
        except DownloadError:
            raise
        except Exception as exc:
            if _is_network_error(exc):
                raise _offline(exc) from exc
            raise DownloadError(
                translate("Errors", "The model hub gave an answer ShortChat does not understand ({why})."), why=exc
            ) from exc
        size = sibling.size or (lfs.get("size") if isinstance(lfs, dict) else None) or meta.size
        return RemoteFile(repo, file, int(size), str(sha256), meta.location or url, meta.commit_hash)

    def unfinished(self) -> list[UnfinishedDownload]:
        """Downloads that were stopped part-way (by a cancel, a quit or a lost connection):
        a note with at least one byte of its file (a note alone has nothing to continue)."""
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
            if have:
                found.append(UnfinishedDownload(repo, file, size, min(have, size)))
        return found

    def forget(self, file: str) -> bool:
        """Delete what an unfinished download of ``file`` had fetched. False (and nothing
        deleted) while another ShortChat is downloading it: those bytes are in use."""
        name = check_file_name(file)
        partial_dir = self.models_dir / PARTIAL_DIR
        if not partial_dir.is_dir():
            return True
        lock = self._lock(name)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            log.info("not forgetting %s: another process is downloading it", name)
            return False
        try:
            (partial_dir / f"{name}.part").unlink(missing_ok=True)
            (partial_dir / f"{name}.json").unlink(missing_ok=True)
        finally:
            lock.release()
        return True

    # -- the download ----------------------------------------------------------

    def download(
        self,
        remote: RemoteFile,
        on_progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Path:
        """Fetch ``remote`` into the models folder, verified from disk; return its path."""
        cancel = cancel or threading.Event()
        report = on_progress or (lambda _progress: None)
        name = check_file_name(remote.file)
        target = self.models_dir / name
        partial_dir = self.models_dir / PARTIAL_DIR
        partial_dir.mkdir(parents=True, exist_ok=True)
        with self._exclusive(name, remote, report, cancel):
            if not self._installed(target, remote, report, cancel):
                partial = partial_dir / f"{name}.part"
                have = self._begin_partial(partial, remote)
                self._transfer(remote, partial, have, report, cancel)
                report(Progress(Stage.VERIFYING, remote.size, remote.size))
                self._verify_from_disk(partial, remote, cancel)
                self._install(partial, target, remote)
        report(Progress(Stage.DONE, remote.size, remote.size))
        return target

    def _begin_partial(self, partial: Path, remote: RemoteFile) -> int:
        """Get ``partial`` ready for ``remote``'s bytes: how many it already has (0 unless its note
        says it is this very file). Disk space is checked before anything looks like a download."""
        note = partial.with_suffix(".json")
        same = partial.is_file() and _note_matches(note, remote)
        have = partial.stat().st_size if same else 0
        if have > remote.size:
            have = 0
        self._check_disk(remote.size - have, remote)
        if not same:
            partial.unlink(missing_ok=True)  # another file, or another version: start over
            _write_note(note, remote)
        return have

    def _install(self, partial: Path, target: Path, remote: RemoteFile) -> None:
        """Move the verified ``partial`` into the models folder: a model appears only whole and verified."""
        os.replace(partial, target)
        _write_note(self._note_path(target), remote, installed=target)
        partial.with_suffix(".json").unlink(missing_ok=True)

    def _lock(self, name: str) -> FileLock:
        return FileLock(self.models_dir / PARTIAL_DIR / f"{name}.lock")

    @contextmanager
    def _exclusive(self, name: str, remote: RemoteFile, report, cancel: threading.Event) -> Iterator[None]:
        """Hold the file's lock: wait (saying so, and stoppable) while another ShortChat holds it."""
        lock = self._lock(name)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            report(Progress(Stage.WAITING, 0, remote.size, message=_another_download(name)))
            while True:
                if cancel.is_set():
                    raise Cancelled(
                        translate("Errors", "Stopped waiting; the other ShortChat is still downloading {name}."),
                        name=name,
                    ) from None
                try:
                    lock.acquire(timeout=LOCK_POLL_S)
                    break
                except Timeout:
                    continue
        try:
            yield
        finally:
            lock.release()

    def _installed(self, target: Path, remote: RemoteFile, report, cancel: threading.Event) -> bool:
        """Is ``target`` already this very file? Decided by its size and hash on disk, never by the
        marker alone; a file that fails loses its marker (it is replaced when the download ends)."""
        if not target.is_file():
            return False
        marker = self._note_path(target)
        try:
            if target.stat().st_size == remote.size:
                report(Progress(Stage.VERIFYING, remote.size, remote.size))
                if _sha256_of(target, cancel) == remote.sha256.lower():
                    if not _note_matches(marker, remote):
                        _write_note(marker, remote, installed=target)
                    return True
        except FileNotFoundError:
            return False
        log.warning("%s in the models folder is not the hub's file; downloading it again", target.name)
        marker.unlink(missing_ok=True)
        return False

    def _verify_from_disk(self, partial: Path, remote: RemoteFile, cancel: threading.Event) -> None:
        """The finished partial file, as it is on disk, must be exactly the hub's file."""
        try:
            size = partial.stat().st_size
            good = size == remote.size and _sha256_of(partial, cancel) == remote.sha256.lower()
            good = good and partial.stat().st_size == remote.size  # nothing grew meanwhile
        except FileNotFoundError:
            raise DownloadError(
                translate(
                    "Download",
                    "The partly downloaded {file} disappeared from the models folder. Please download it again.",
                ).format(file=remote.file)
            ) from None
        if not good:
            partial.unlink(missing_ok=True)
            (partial.parent / f"{remote.file}.json").unlink(missing_ok=True)
            raise VerificationError(
                translate(
                    "Download",
                    "The downloaded {file} is damaged (its checksum does not match the hub's), so it was deleted. "
                    "Please download it again.",
                ).format(file=remote.file)
            )

    def _transfer(self, remote, partial: Path, have: int, report, cancel: threading.Event) -> None:
        """Write bytes ``have``.. of ``remote`` into ``partial``, each at its own offset, none past the end;
        attempts that bring no bytes are retried as ``self.retry`` says."""
        from huggingface_hub.utils import build_hf_headers, get_session

        session = get_session()
        headers = build_hf_headers(token=self.token)
        failures = 0  # attempts in a row that brought no bytes
        with open(partial, "r+b" if partial.exists() else "w+b") as out:
            transfer = _Transfer(remote, out, have, report, cancel)
            while transfer.done < remote.size:
                if cancel.is_set():
                    raise Cancelled(look_up("Errors", STOPPED_MESSAGE))
                received, problem = transfer.attempt(session, headers)
                if received or transfer.done >= remote.size:
                    failures = 0
                    continue
                failures += 1
                self._pause_before_retry(failures, transfer, problem)
            out.flush()
            os.fsync(out.fileno())  # on disk before it is renamed into place

    def _pause_before_retry(self, failures: int, transfer: _Transfer, problem: str) -> None:
        """After ``failures`` attempts in a row that brought no bytes: wait (saying so), or give up."""
        remote, done = transfer.remote, transfer.done
        if failures > self.retry.attempts:
            raise DownloadError(
                translate(
                    "Download",
                    "The connection was lost at {done} of {total}. Try again later: the download will continue from "
                    "there.",
                ).format(done=format_size(done), total=format_size(remote.size))
            )
        pause = self.retry.pause_s(failures - 1)
        log.info("no bytes at %d of %s (%s); retry %d in %.2f s", done, remote.file, problem, failures, pause)
        if pause < 1:
            message = translate(
                "Download",
                "The connection to the model hub stopped at {done} of {total}; trying again in a moment "
                "(attempt {attempt} of {attempts}).",
            )
        else:
            message = translate(
                "Download",
                "The connection to the model hub stopped at {done} of {total}; trying again in {pause} "
                "(attempt {attempt} of {attempts}).",
            )
        message = message.format(done=format_size(done), total=format_size(remote.size), attempt=failures,
                                 attempts=self.retry.attempts, pause=format_duration(pause))  # fmt: skip
        transfer.report(Progress(Stage.RETRYING, done, remote.size, resumed_from=transfer.have, message=message))
        if transfer.cancel.wait(pause):
            raise Cancelled(look_up("Errors", STOPPED_MESSAGE))

    def _check_disk(self, needed: int, remote: RemoteFile) -> None:
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = self.free_disk_bytes()
        margin = max(DISK_MARGIN_BYTES, needed // 20)
        if free < needed + margin:
            raise NotEnoughDiskError(
                translate(
                    "Download",
                    "Not enough disk space for {file}: it needs {needed} free (with a little room to spare), but only "
                    "{free} is free. Free some space, or choose a smaller model.",
                ).format(file=remote.file, needed=format_size(needed + margin), free=format_size(free))
            )

    def free_disk_bytes(self) -> int:
        return shutil.disk_usage(self.models_dir).free

    def _note_path(self, model: Path) -> Path:
        return model.parent / PARTIAL_DIR / f"{model.name}.source.json"


STOPPED_MESSAGE = QT_TRANSLATE_NOOP("Errors", "The download was stopped. It will continue from here next time.")


class _Transfer:
    """One file's bytes arriving into its partial file, over as many HTTP attempts as it takes."""

    def __init__(self, remote: RemoteFile, out, have: int, report, cancel: threading.Event) -> None:
        self.remote, self.out, self.report, self.cancel = remote, out, report, cancel
        self.have = self.done = have  # had before this run; have now
        self.speed = _Speed()
        self.received = 0  # by the current attempt
        out.truncate(have)  # whatever else is there is not ours
        out.seek(have)

    def attempt(self, session, headers: dict) -> tuple[int, str]:
        """One request for the rest of the file: the bytes it brought, and why it brought none
        ("" when it did, or when it failed in a way a retry can help with)."""
        import httpx2
        from huggingface_hub.utils import hf_raise_for_status

        remote, problem = self.remote, ""
        self.received = 0  # counted as they come: a connection lost part-way still brought them
        request_headers = {**headers, "Range": f"bytes={self.done}-"} if self.done else headers
        try:
            timeout = httpx2.Timeout(10.0, read=READ_TIMEOUT_S)
            with session.stream("GET", remote.url, headers=request_headers, timeout=timeout) as response:
                hf_raise_for_status(response)
                if response.status_code == 206:
                    problem = _misplaced(response.headers.get("Content-Range"), self.done, remote)
                elif self.done:  # the server cannot do ranges (a 200): start over from byte 0
                    log.info("the server ignored Range at %d bytes; starting %s again", self.done, remote.file)
                    self.out.seek(0)
                    self.out.truncate()
                    self.done = self.have = 0
                if not problem:
                    self._receive(response)
                    if not self.received:
                        problem = "an empty answer"
        except Cancelled:
            raise
        except Exception as exc:
            if not _is_network_error(exc):
                raise DownloadError(
                    translate("Errors", "The download of {file} failed: {why}"), file=remote.file, why=exc
                ) from exc
            problem = f"{type(exc).__name__}: {exc}"
        self.out.flush()
        return self.received, problem

    def _receive(self, response) -> None:
        """Write the answer's bytes where they belong, reporting progress."""
        remote = self.remote
        for chunk in response.iter_bytes():
            room = remote.size - self.done
            if len(chunk) > room:
                log.warning("the hub sent more than the %d bytes of %s", remote.size, remote.file)
                chunk = chunk[:room]
            self.out.write(chunk)
            self.done += len(chunk)
            self.received += len(chunk)
            rate = self.speed.add(len(chunk))
            eta = (remote.size - self.done) / rate if rate > 0 else None
            self.report(Progress(Stage.DOWNLOADING, self.done, remote.size, rate, eta, self.have))
            if self.cancel.is_set():
                self.out.flush()
                raise Cancelled(look_up("Errors", STOPPED_MESSAGE))
            if self.done >= remote.size:
                break  # never read, let alone write, past the announced size


def _is_network_error(exc: BaseException) -> bool:
    import httpx2

    return isinstance(exc, (httpx2.TransportError, ConnectionError, TimeoutError))


_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$")


def _misplaced(content_range: str | None, done: int, remote: RemoteFile) -> str:
    """Why a 206 answer cannot be appended at ``done`` ("" when it can)."""
    match = _CONTENT_RANGE.match(content_range or "")
    if not match:
        return f"a partial answer without a usable Content-Range ({content_range!r})"
    if match.group(3) != "*" and int(match.group(3)) != remote.size:
        raise DownloadError(
            translate(
                "Errors",
                "{file} changed on the model hub while it was downloading. Try again to download the new version.",
            ),
            file=remote.file,
        )
    if int(match.group(1)) != done:
        return f"a partial answer from byte {match.group(1)}, not {done}"
    return ""


def _sha256_of(path: Path, cancel: threading.Event) -> str:
    """The file's sha256 as it is on disk (into one reused buffer: no copy per block)."""
    digest = hashlib.sha256()
    buffer = bytearray(HASH_BLOCK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as source:
        while count := source.readinto(buffer):
            digest.update(view[:count])
            if cancel.is_set():
                raise Cancelled(translate("Errors", "The download was stopped while its file was being checked."))
    return digest.hexdigest()


def _write_note(path: Path, remote: RemoteFile, installed: Path | None = None) -> None:
    """What a download is of; for an installed file also its modification time, so a file
    changed by hand afterwards no longer counts as verified."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"repo": remote.repo, "file": remote.file, "size": remote.size, "sha256": remote.sha256,
            "commit": remote.commit, "saved_at": time.time()}  # fmt: skip
    if installed is not None:
        data["mtime_ns"] = installed.stat().st_mtime_ns
    json_file.write_atomic(path, data)


def _note_matches(path: Path, remote: RemoteFile) -> bool:
    data = json_file.read_object(path)
    return data.get("sha256") == remote.sha256 and data.get("size") == remote.size


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
