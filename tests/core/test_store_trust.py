"""The store under ordinary trouble: other processes, locks, a full disk, a read-only folder,
a damaged page, a newer schema, many threads. Only damage may move the file, and nothing is
ever said to be saved that was not."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from app.core.chat import store as store_module
from app.core.chat.store import ASSISTANT, SCHEMA_VERSION, USER, ConversationStore, StoreError, open_store

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs,
    )  # fmt: skip


def _damaged_files(folder: Path) -> list[Path]:
    """Chat files set aside (not counting their -wal and -shm companions)."""
    return sorted(p for p in folder.glob("*.damaged-*") if not p.name.endswith(("-wal", "-shm")))


def test_processes_opening_a_fresh_file_at_once_all_use_it(tmp_path):
    """Two windows (or a window and the CLI) starting together: the file is never set aside."""
    for trial in range(4):
        path = tmp_path / f"round-{trial}" / "chats.db"
        path.parent.mkdir()
        start = time.time() + 1.0
        workers = [
            _python(f"""
                import time
                from app.core.chat.store import ConversationStore, USER
                while time.time() < {start}:
                    pass
                store = ConversationStore({str(path)!r})
                chat = store.create()
                store.add(chat, None, USER, "hello from {n}")
                print(len(store.problems.notes))
            """)
            for n in range(4)
        ]
        outputs = [w.communicate(timeout=60) for w in workers]
        assert [w.returncode for w in workers] == [0] * 4, outputs
        assert [out.strip() for out, _ in outputs] == ["0"] * 4, outputs
        assert _damaged_files(path.parent) == []
        store = ConversationStore(path)
        texts = sorted(m.text for c in store.conversations() for m in store.branch(c.id))
        assert texts == [f"hello from {n}" for n in range(4)]
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.close()


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen:
    """Another process that holds the whole file locked (exclusive locking mode) for a while."""
    holder = _python(f"""
        import sqlite3, sys, time
        db = sqlite3.connect({str(path)!r}, isolation_level=None)
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("BEGIN EXCLUSIVE")
        db.execute("UPDATE conversations SET title = title")
        print("locked", flush=True)
        time.sleep({seconds})
        db.execute("COMMIT")
        db.close()
    """)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _store_with_a_chat(path: Path) -> int:
    store = ConversationStore(path)
    chat = store.create()
    store.add(chat, None, USER, "keep me")
    store.close()
    return chat


def test_a_lock_held_for_a_moment_is_waited_for(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 5.0)
    path = tmp_path / "chats.db"
    chat = _store_with_a_chat(path)
    holder = _hold_lock(path, 1.0)
    store = ConversationStore(path)
    assert [m.text for m in store.branch(chat)] == ["keep me"]
    assert store.problems.notes == []
    holder.communicate(timeout=30)
    store.close()
    assert _damaged_files(tmp_path) == []


def test_a_lock_held_too_long_never_sets_the_file_aside(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.5)
    path = tmp_path / "chats.db"
    chat = _store_with_a_chat(path)
    holder = _hold_lock(path, 3.0)
    with pytest.raises(StoreError, match="busy"):
        ConversationStore(path)
    fallback = open_store(path)  # what the window opens: it still starts, and says why
    assert fallback.not_saved and "busy" in fallback.not_saved
    assert fallback.problems.notes == [fallback.not_saved]
    fallback.close()
    holder.communicate(timeout=30)
    assert _damaged_files(tmp_path) == []
    again = ConversationStore(path)
    assert [m.text for m in again.branch(chat)] == ["keep me"]
    again.close()


def test_a_write_that_waits_too_long_says_it_was_not_saved(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.5)
    path = tmp_path / "chats.db"
    chat = _store_with_a_chat(path)
    store = ConversationStore(path)
    holder = _python(f"""
        import sqlite3, time
        db = sqlite3.connect({str(path)!r}, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        time.sleep(3)
        db.execute("ROLLBACK")
    """)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(StoreError, match="not saved.*busy"):
        store.add(chat, None, USER, "a second question")
    holder.communicate(timeout=30)
    assert [m.text for m in store.branch(chat)] == ["keep me"]  # nothing half-written
    store.add(chat, store.branch(chat)[-1].id, ASSISTANT, "later it works")
    assert [m.text for m in store.branch(chat)] == ["keep me", "later it works"]
    store.close()
    assert _damaged_files(tmp_path) == []


def test_a_full_disk_is_reported_not_treated_as_damage(tmp_path):
    path = tmp_path / "chats.db"
    chat = _store_with_a_chat(path)
    store = ConversationStore(path)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
    with pytest.raises(StoreError, match="not saved: the disk is full"):
        store.add(chat, None, USER, "x" * 100_000)
    assert [m.text for m in store.branch(chat)] == ["keep me"]
    store.close()
    assert _damaged_files(tmp_path) == []


def test_sqlite_errors_are_told_apart():
    def error(code: int, text: str) -> sqlite3.Error:
        exc = sqlite3.OperationalError(text) if code not in store_module._DAMAGE else sqlite3.DatabaseError(text)
        exc.sqlite_errorcode = code
        return exc

    assert store_module.is_damage(error(sqlite3.SQLITE_CORRUPT, "database disk image is malformed"))
    assert store_module.is_damage(error(sqlite3.SQLITE_NOTADB, "file is not a database"))
    for code, words in [
        (sqlite3.SQLITE_BUSY, "busy"),
        (sqlite3.SQLITE_LOCKED, "busy"),
        (sqlite3.SQLITE_IOERR | (3 << 8), "disk error"),
        (sqlite3.SQLITE_FULL, "disk is full"),
        (sqlite3.SQLITE_READONLY, "cannot be written"),
        (sqlite3.SQLITE_CANTOPEN, "cannot be written"),
    ]:
        exc = error(code, "whatever")
        assert not store_module.is_damage(exc)
        assert words in store_module.why_not(exc)


def _in_read_only_folder(code: str, folder: Path) -> dict:
    """Run ``code`` in a process that sees ``folder`` read-only: a read-only bind mount in a mount
    namespace of its own when we are root (root writes through chmod), plain chmod otherwise."""
    if os.geteuid() == 0:
        import shutil

        if shutil.which("unshare") is None:
            pytest.skip("needs unshare(1) to make a read-only folder as root")
        script = 'mount --bind -o ro "$1" "$1" && exec "$2" -c "$3"'
        worker = subprocess.Popen(
            ["unshare", "-m", "sh", "-c", script, "sh", str(folder), sys.executable, textwrap.dedent(code)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    else:
        folder.chmod(0o555)
        worker = _python(code)
    out, err = worker.communicate(timeout=60)
    folder.chmod(0o755)
    if os.geteuid() == 0 and worker.returncode != 0 and "mount" in err and not out:
        pytest.skip(f"no mount namespace here: {err.strip()}")
    assert worker.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


PROBE = """
    import json
    from app.core.chat.store import USER, open_store
    store = open_store({path!r})
    chats = [c.title for c in store.conversations()]
    chat = store.create()
    store.add(chat, None, USER, "written while read-only")
    print(json.dumps({{"chats": chats, "not_saved": store.not_saved, "problems": store.problems.notes}}))
"""


def test_a_read_only_folder_still_opens_shows_the_chats_and_says_nothing_is_kept(tmp_path):
    path = tmp_path / "data" / "chats.db"
    path.parent.mkdir()
    _store_with_a_chat(path)
    result = _in_read_only_folder(PROBE.format(path=str(path)), path.parent)
    assert result["chats"] == ["keep me"]
    assert "cannot be written" in result["not_saved"]
    assert "kept only while ShortChat is open" in result["not_saved"]
    assert result["problems"] == [result["not_saved"]]
    store = ConversationStore(path)  # the file itself is untouched
    assert [c.title for c in store.conversations()] == ["keep me"]
    store.close()
    assert _damaged_files(path.parent) == []


def test_a_folder_that_cannot_be_created_still_gives_a_store(tmp_path):
    path = tmp_path / "data" / "chats.db"
    path.parent.mkdir()
    result = _in_read_only_folder(PROBE.format(path=str(path.parent / "sub" / "chats.db")), path.parent)
    assert result["chats"] == []
    assert "cannot be created" in result["not_saved"]


def test_a_newer_schema_opens_in_memory_and_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "chats.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    store = open_store(path)
    chat = store.create()
    store.add(chat, None, USER, "kept in memory")
    assert [m.text for m in store.branch(chat)] == ["kept in memory"]
    assert "newer ShortChat" in store.not_saved
    store.close()
    assert path.read_bytes() == before
    assert _damaged_files(tmp_path) == []


def test_one_damaged_page_is_repaired_keeping_what_can_be_read(tmp_path):
    path = tmp_path / "chats.db"
    store = ConversationStore(path)
    chat = store.create()
    parent = None
    for n in range(400):
        parent = store.add(chat, parent, USER if n % 2 == 0 else ASSISTANT, f"message {n} " + "words " * 150)
    page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))

    repaired = open_store(path)
    assert repaired.not_saved is None
    [note] = repaired.problems.notes
    assert "damaged" in note and "recovered" in note
    messages = list(repaired.iter_all())
    assert 300 <= len(messages) < 400
    assert all(m.text.startswith(f"message {int(m.text.split()[1])} ") for m in messages)
    assert repaired.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(repaired.branch(chat)) >= 1  # the chat opens at its newest readable message
    repaired.close()
    assert len(_damaged_files(tmp_path)) == 1


def test_threads_that_end_do_not_leave_connections_open(tmp_path):
    store = ConversationStore(tmp_path / "chats.db")
    store.create()

    def read() -> None:
        store.conversations()

    for _ in range(300):
        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
    gc.collect()
    assert store.open_connections() <= 2
    if Path("/proc/self/fd").exists():
        databases = [f for f in Path("/proc/self/fd").iterdir() if "chats.db" in os.path.realpath(f)]
        assert len(databases) <= 6  # the main thread's connection: the file, its -wal and -shm
    store.close()


def test_versions_of_many_messages_in_one_go_match_one_by_one(tmp_path):
    store = ConversationStore(tmp_path / "chats.db")
    chat = store.create()
    first = store.add(chat, None, USER, "v1")
    store.add(chat, None, USER, "v2 of the first question")
    reply = store.add(chat, first, ASSISTANT, "a")
    store.add(chat, first, ASSISTANT, "b")
    store.add(chat, first, ASSISTANT, "c")
    follow = store.add(chat, reply, USER, "follow-up")
    messages = [store.message(i) for i in (first, reply, follow)]
    assert store.versions(messages) == {m.id: store.version(m.id) for m in messages}
    assert store.versions(messages)[reply] == (1, 3)
    store.close()


def test_a_message_too_long_for_the_model_is_refused_before_it_is_saved(tmp_path, engine, scripted_q4):
    from app.core.chat.saved_chat import SavedChat
    from app.core.engine.generation import GenerationOptions, LoadSettings
    from app.core.errors import PromptTooLongError

    greedy = GenerationOptions(temperature=0, max_tokens=16)
    engine.load(scripted_q4, LoadSettings(n_ctx=512))
    store = ConversationStore(tmp_path / "chats.db")
    chat = SavedChat.new(store, engine)
    "".join(chat.ask("first question", greedy))
    "".join(chat.ask("second question", greedy))
    before = [(m.role, m.text, m.state) for m in chat.messages()]
    with pytest.raises(PromptTooLongError):
        chat.ask("far too long " * 100, greedy)
    assert [(m.role, m.text, m.state) for m in chat.messages()] == before  # nothing saved, nothing unanswered
    regenerated = chat.regenerate(greedy)  # still the last real question's reply
    "".join(regenerated)
    assert store.message(regenerated.question_id).text == "second question"
    following = chat.ask("third question", greedy)
    "".join(following)
    assert following.stream.prompt.dropped_turns == 0  # the earlier turns are still in the model's view
    store.close()
