"""Conversations on disk: SQLite (WAL, synchronous=FULL), so nothing written is ever lost.

* A conversation is a tree of messages: each message has a parent (the message
  before it). Editing an earlier question adds a sibling of it, and writing a
  reply again adds a sibling of that reply, so every earlier version stays
  reachable; the conversation remembers which leaf is shown (its current branch).
* Each message is written in its own transaction; a reply being written is
  saved as it grows and marked "writing" until it is finished or stopped. A
  killed process leaves every earlier message and the reply up to its last save.
* The schema has a version (``PRAGMA user_version``); before a migration the
  database is copied to ``<name>.v<old>.bak``.
* A row that cannot be read (damaged text, an unknown role) is set aside in the
  ``set_aside`` table and reported in ``problems``; it never stops a chat, or the
  list of chats, from loading.
* Only damage moves the file: SQLite saying it is not a database or is malformed,
  or a failed ``PRAGMA quick_check``. Then what can still be read is copied into a
  new file and the damaged one is kept as ``<name>.damaged-<time>``. Busy, locked,
  read-only, I/O and disk-full errors are not damage: they are waited for (busy
  timeout) or raised as a ``StoreError`` that says what was not saved.
* Several processes may use one file at once (two windows, the CLI): every write
  and every migration step runs under ``BEGIN IMMEDIATE``, and a migration reads
  the version again inside its transaction.
* ``open_store`` never fails: when the file cannot be used (a newer ShortChat's,
  a folder that cannot be written), the chats are kept in memory for this run and
  ``problems`` and ``not_saved`` say so in a sentence.
* Search uses SQLite's FTS5 full-text index over every message.

One ``ConversationStore`` may be used from several threads: each thread gets its
own connection, closed when the thread ends.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.core import json_file, paths
from app.core.errors import ShortChatError
from app.core.words import translate

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2


class Role(StrEnum):
    """Who wrote a message (the value is what the file stores)."""

    USER = "user"
    ASSISTANT = "assistant"


class MessageState(StrEnum):
    """How far a message got (the value is what the file stores)."""

    WRITING = "writing"
    FINISHED = "finished"
    STOPPED = "stopped"
    FAILED = "failed"
    CUT = "cut"  # finished at the reply length limit: it can be continued (an older version reads it as finished)


USER, ASSISTANT = Role.USER, Role.ASSISTANT
WRITING, FINISHED, STOPPED, FAILED, CUT = (
    MessageState.WRITING, MessageState.FINISHED, MessageState.STOPPED, MessageState.FAILED, MessageState.CUT
)  # fmt: skip
ROLES = tuple(Role)
STATES = tuple(MessageState)
TITLE_LENGTH = 60
BUSY_TIMEOUT_S = 10.0  # another ShortChat writing: wait this long before saying so


class StoreError(ShortChatError):
    pass


class NewerStoreError(StoreError):
    """The file was written by a newer ShortChat: it is left untouched."""


_DAMAGE = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is damaged (not merely busy, read-only or full)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE
    text = str(error).lower()
    return "not a database" in text or "malformed" in text


def why_not(error: sqlite3.Error) -> str:
    """Why SQLite refused, in words a person can act on."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(error).lower()
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return translate(
            "Errors", "another ShortChat (or another program) kept the chat history busy for over {seconds} s"
        ).format(seconds=f"{BUSY_TIMEOUT_S:.0f}")
    if code == sqlite3.SQLITE_FULL or "full" in text:
        return translate("Errors", "the disk is full")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH):
        return translate("Errors", "the chat history's folder cannot be written")
    if code == sqlite3.SQLITE_IOERR or "i/o" in text:
        return translate("Errors", "the disk could not be written or read (a disk error)")
    if is_damage(error):
        return translate("Errors", "the chat history file is damaged (ShortChat repairs it when it starts next)")
    return translate("Errors", "the chat history refused it ({why})").format(why=error)


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    model: str | None
    system_prompt: str | None  # None: the one in the settings
    settings: dict
    created: float
    updated: float
    leaf_id: int | None  # the last message of the branch shown


@dataclass(frozen=True)
class Message:
    id: int
    conversation_id: int
    parent_id: int | None
    role: Role
    text: str
    created: float
    state: MessageState = FINISHED
    model: str | None = None
    tokens: int | None = None
    tokens_per_s: float | None = None


@dataclass(frozen=True)
class SearchHit:
    conversation: Conversation
    message_id: int
    parts: tuple[tuple[str, bool], ...]  # the words around the match as plain text; True: a word found

    @property
    def snippet(self) -> str:
        """The snippet as one line, with [ ] around the words found."""
        return "".join(f"[{text}]" if found else text for text, found in self.parts)


@dataclass
class Problems:
    """What had to be set aside or repaired, in words, for the window to show once."""

    notes: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        log.warning("%s", text)
        self.notes.append(text)


_MIGRATIONS = {
    # version 1: conversations and their messages
    1: """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            model TEXT,
            system_prompt TEXT,
            settings TEXT NOT NULL DEFAULT '{}',
            created REAL NOT NULL,
            updated REAL NOT NULL,
            leaf_id INTEGER,
            deleted REAL
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            created REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'finished',
            model TEXT,
            tokens INTEGER,
            tokens_per_s REAL
        );
        CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
        CREATE INDEX messages_by_parent ON messages(parent_id);
        CREATE INDEX conversations_by_update ON conversations(updated);
        CREATE TABLE set_aside (
            message_id INTEGER PRIMARY KEY,
            conversation_id INTEGER,
            row TEXT NOT NULL,
            reason TEXT NOT NULL,
            at REAL NOT NULL
        );
    """,
    # version 2: full-text search over every message
    2: """
        CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id');
        INSERT INTO messages_fts(rowid, text) SELECT id, text FROM messages;
        CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER messages_au AFTER UPDATE OF text ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text);
        END;
    """,
}


def default_path() -> Path:
    return paths.data_dir() / "chats.db"


def title_from(text: str) -> str:
    """A chat's automatic title: the start of its first question, on one line."""
    line = " ".join(text.split())
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"


class ConversationStore:
    """The chats in one SQLite file (see the module's docstring). ``memory=True``: a store that
    lives only as long as this object, for when the file cannot be used."""

    _memory_names = itertools.count()

    def __init__(self, path: Path | None = None, *, memory: bool = False) -> None:
        self.path = Path(path) if path else default_path()
        self.problems = Problems()
        self.not_saved: str | None = None  # set when nothing written goes to disk, and why
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []  # every connection still open, to close them all
        self._lock = threading.Lock()
        self._memory_uri = f"file:shortchat-memory-{os.getpid()}-{next(self._memory_names)}?mode=memory&cache=shared"
        self._keep_memory_alive: sqlite3.Connection | None = None
        if memory:
            self._use_memory()
            self._migrate()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                translate("Errors", "The chat history's folder cannot be created ({why})."), why=exc.strerror or exc
            ) from exc
        self._open_or_repair()

    # -- connections and schema ------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self._keep_memory_alive is not None:
            connection = sqlite3.connect(
                self._memory_uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        else:
            connection = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            _switch_to_wal(connection)
            connection.execute("PRAGMA synchronous=FULL")
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    @property
    def db(self) -> sqlite3.Connection:
        holder = getattr(self._local, "holder", None)
        if holder is None:
            connection = self._connect()
            holder = _ConnectionHolder(connection)
            # A thread-local holder goes when its thread ends: so does the connection.
            weakref.finalize(holder, _close_quietly, connection)
            self._local.holder = holder
            with self._lock:
                self._all = [c for c in self._all if _is_open(c)]
                self._all.append(connection)
        return holder.connection

    def open_connections(self) -> int:
        """How many SQLite connections this store holds open (one per live thread that used it)."""
        with self._lock:
            return sum(1 for c in self._all if _is_open(c))

    def _use_memory(self) -> None:
        self._keep_memory_alive = sqlite3.connect(self._memory_uri, uri=True, check_same_thread=False)
        self._local = threading.local()

    def _open_or_repair(self) -> None:
        try:
            self._refuse_newer()
            self._migrate()
            if self._damaged():
                raise sqlite3.DatabaseError("database disk image is malformed (quick_check)")
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                self.close()
                raise StoreError(
                    translate("Errors", "The chat history could not be opened: {why}."), why=why_not(exc)
                ) from exc
            self._repair(exc)

    def _refuse_newer(self) -> None:
        """Before anything could change the file (even its journal mode): is it a newer ShortChat's?"""
        if not self.path.exists():
            return
        probe = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            version = probe.execute("PRAGMA user_version").fetchone()[0]
        finally:
            probe.close()
        if version > SCHEMA_VERSION:
            raise NewerStoreError(
                translate(
                    "Errors",
                    "The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing "
                    "was changed).",
                )
            )

    def _damaged(self) -> bool:
        row = self.db.execute("PRAGMA quick_check(1)").fetchone()
        return row is None or row[0] != "ok"

    def _repair(self, cause: sqlite3.DatabaseError) -> None:
        """Keep the damaged file aside, start a new one, and copy into it every row still readable."""
        self.close()
        damaged = json_file.damaged_name(self.path)
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{damaged}{suffix}"))
        self._local = threading.local()
        self._migrate()
        saved, lost = _salvage(damaged, self)
        if saved or lost:
            log.warning("repaired %s after: %s", self.path, cause)
            self.problems.add(
                translate(
                    "Errors",
                    "The chat history file was damaged. {saved} of {total} messages were recovered into a new file; "
                    "the damaged one was kept as {name}.",
                ).format(saved=saved, total=saved + lost, name=damaged.name)
            )
        else:
            self.problems.add(
                translate(
                    "Errors",
                    "The chat history file could not be read ({why}); it was kept as {name} and a new one started.",
                ).format(why=cause, name=damaged.name)
            )

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerStoreError(
                translate(
                    "Errors",
                    "The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing "
                    "was changed).",
                )
            )
        if version == SCHEMA_VERSION:
            self.db.execute("SELECT count(*) FROM conversations").fetchone()  # proves it is readable
            return
        if version > 0:
            self._backup(backup_path(self.path, version))
        db = self.db
        for step in range(version + 1, SCHEMA_VERSION + 1):  # each step all or nothing
            db.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have migrated between our read and our lock.
                now = db.execute("PRAGMA user_version").fetchone()[0]
                if now < step:
                    for statement in _statements(_MIGRATIONS[step]):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {step}")
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise

    def _backup(self, target: Path) -> None:
        """A consistent copy of the database (SQLite's online backup), before a migration."""
        copy = sqlite3.connect(target)
        try:
            self.db.backup(copy)
        finally:
            copy.close()

    @contextlib.contextmanager
    def _transaction(self):
        """One write transaction; what SQLite refuses becomes a sentence saying it was not saved."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(
                translate("Errors", "This was not saved: {why}. Try again in a moment."), why=why_not(exc)
            ) from exc
        try:
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(db)
            raise StoreError(
                translate("Errors", "This was not saved: {why}. Try again in a moment."), why=why_not(exc)
            ) from exc
        except BaseException:
            _rollback(db)
            raise

    def _write(self, sql: str, parameters: tuple = ()) -> sqlite3.Cursor:
        with self._transaction() as db:
            return db.execute(sql, parameters)

    def close(self) -> None:
        with self._lock:
            for connection in self._all:
                _close_quietly(connection)
            self._all.clear()
            if self._keep_memory_alive is not None:
                _close_quietly(self._keep_memory_alive)
        self._local = threading.local()

    # -- conversations ---------------------------------------------------------------

    def create(self, model: str | None = None, system_prompt: str | None = None, settings: dict | None = None) -> int:
        now = time.time()
        cursor = self._write(
            "INSERT INTO conversations (title, model, system_prompt, settings, created, updated) VALUES (?,?,?,?,?,?)",
            ("", model, system_prompt, json.dumps(settings or {}), now, now),
        )
        return cursor.lastrowid

    def conversation(self, conversation_id: int) -> Conversation:
        row = self.db.execute(
            "SELECT * FROM conversations WHERE id = ? AND deleted IS NULL", (conversation_id,)
        ).fetchone()
        if row is None:
            raise StoreError(translate("Errors", "That chat no longer exists."))
        return self._conversation(row)

    def conversations(self) -> list[Conversation]:
        """Every chat, the most recently used first."""
        rows = self.db.execute("SELECT * FROM conversations WHERE deleted IS NULL ORDER BY updated DESC, id DESC")
        return [self._conversation(row) for row in rows]

    def rename(self, conversation_id: int, title: str) -> None:
        self._write("UPDATE conversations SET title = ? WHERE id = ?", (" ".join(title.split()), conversation_id))

    def set_model(self, conversation_id: int, model: str | None) -> None:
        self._write("UPDATE conversations SET model = ? WHERE id = ?", (model, conversation_id))

    def set_system_prompt(self, conversation_id: int, system_prompt: str | None) -> None:
        self._write("UPDATE conversations SET system_prompt = ? WHERE id = ?", (system_prompt, conversation_id))

    def delete(self, conversation_id: int) -> None:
        """Hide a chat; ``undelete`` brings it back until ``purge_deleted``."""
        self._write("UPDATE conversations SET deleted = ? WHERE id = ?", (time.time(), conversation_id))

    def undelete(self, conversation_id: int) -> None:
        self._write("UPDATE conversations SET deleted = NULL WHERE id = ?", (conversation_id,))

    def purge_deleted(self) -> int:
        """Really remove the chats that were deleted (at start-up: the undo is over by then)."""
        with self._transaction() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM conversations WHERE deleted IS NOT NULL")]
            for conversation_id in ids:
                db.execute("UPDATE messages SET parent_id = NULL WHERE conversation_id = ?", (conversation_id,))
                db.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
                db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        return len(ids)

    def _conversation(self, row: sqlite3.Row) -> Conversation:
        try:
            settings = json.loads(row["settings"] or "{}")
            if not isinstance(settings, dict):
                settings = {}
        except ValueError:
            settings = {}
        return Conversation(
            row["id"], row["title"] or "New chat", row["model"], row["system_prompt"], settings,
            row["created"], row["updated"], row["leaf_id"],
        )  # fmt: skip

    # -- messages --------------------------------------------------------------------

    def add(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: Role,
        text: str,
        state: MessageState = FINISHED,
        model: str | None = None,
    ) -> int:
        """Save a message (its own transaction); it becomes the end of the branch shown."""
        if role not in ROLES or state not in STATES:
            raise ValueError(f"bad role or state: {role}, {state}")
        now = time.time()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO messages (conversation_id, parent_id, role, text, created, state, model) "
                "VALUES (?,?,?,?,?,?,?)",
                (conversation_id, parent_id, role, text, now, state, model),
            )
            message_id = cursor.lastrowid
            db.execute(
                "UPDATE conversations SET leaf_id = ?, updated = ?, "
                "title = CASE WHEN title = '' AND ? = 'user' THEN ? ELSE title END WHERE id = ?",
                (message_id, now, role, title_from(text), conversation_id),
            )
        return message_id

    def update_reply(
        self,
        message_id: int,
        text: str,
        state: MessageState = WRITING,
        tokens: int | None = None,
        tokens_per_s: float | None = None,
    ) -> None:
        """Save a reply as it grows, and its end state."""
        if state not in STATES:
            raise ValueError(f"bad state: {state}")
        self._write(
            "UPDATE messages SET text = ?, state = ?, tokens = coalesce(?, tokens), "
            "tokens_per_s = coalesce(?, tokens_per_s) WHERE id = ?",
            (text, state, tokens, tokens_per_s, message_id),
        )

    def set_leaf(self, conversation_id: int, message_id: int | None) -> None:
        """Show the branch that ends at (or goes through, then follows the newest) ``message_id``."""
        leaf = message_id
        while leaf is not None:
            child = self.db.execute(
                "SELECT id FROM messages WHERE parent_id = ? ORDER BY id DESC LIMIT 1", (leaf,)
            ).fetchone()
            if child is None:
                break
            leaf = child[0]
        self._write("UPDATE conversations SET leaf_id = ? WHERE id = ?", (leaf, conversation_id))

    def branch(self, conversation_id: int, limit: int | None = None) -> list[Message]:
        """The messages shown, oldest first: from the first one to the conversation's leaf.

        ``limit``: only the last ``limit`` of them (a long chat opens without reading it all).
        """
        leaf = self.db.execute("SELECT leaf_id FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if leaf is None or leaf[0] is None:
            return []
        return self._messages(self._chain(leaf[0], limit))

    def earlier(self, message_id: int, count: int) -> list[Message]:
        """Up to ``count`` messages before ``message_id`` on its branch, oldest first."""
        first = self.db.execute("SELECT parent_id FROM messages WHERE id = ?", (message_id,)).fetchone()
        if first is None or first[0] is None:
            return []
        return self._messages(self._chain(first[0], count))

    def _chain(self, last_id: int, limit: int | None) -> list[int]:
        """Ids from the first message to ``last_id`` (only the last ``limit`` if given), oldest first."""
        ids = [
            row[0]
            for row in self.db.execute(
                "WITH RECURSIVE chain(id, parent_id, depth) AS ("
                " SELECT id, parent_id, 0 FROM messages WHERE id = ?"
                " UNION ALL SELECT m.id, m.parent_id, chain.depth + 1"
                " FROM messages m JOIN chain ON m.id = chain.parent_id"
                ") SELECT id FROM chain ORDER BY depth ASC LIMIT ?",
                (last_id, limit if limit else -1),
            )
        ]
        ids.reverse()
        return ids

    def siblings(self, message_id: int) -> list[int]:
        """The versions of a message (itself included), oldest first."""
        row = self.db.execute("SELECT parent_id, conversation_id FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            return []
        if row[0] is None:
            rows = self.db.execute(
                "SELECT id FROM messages WHERE parent_id IS NULL AND conversation_id = ? ORDER BY id", (row[1],)
            )
        else:
            rows = self.db.execute("SELECT id FROM messages WHERE parent_id = ? ORDER BY id", (row[0],))
        return [r[0] for r in rows]

    def version(self, message_id: int) -> tuple[int, int]:
        """Which version of its message this is, and of how many: (2, 3) for the second of three."""
        versions = self.siblings(message_id)
        return (versions.index(message_id) + 1, len(versions)) if message_id in versions else (1, 1)

    def versions(self, messages: list[Message]) -> dict[int, tuple[int, int]]:
        """``version`` for many messages in one query: {message id: (n, of how many)}."""
        if not messages:
            return {}
        parents = {m.parent_id for m in messages if m.parent_id is not None}
        roots = {m.conversation_id for m in messages if m.parent_id is None}
        siblings: dict[tuple, list[int]] = {}
        for chunk in _chunks(sorted(parents), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT id, parent_id FROM messages WHERE parent_id IN ({marks}) ORDER BY id", chunk
            ):
                siblings.setdefault(("parent", row[1]), []).append(row[0])
        for conversation_id in roots:
            siblings[("root", conversation_id)] = [
                row[0]
                for row in self.db.execute(
                    "SELECT id FROM messages WHERE parent_id IS NULL AND conversation_id = ? ORDER BY id",
                    (conversation_id,),
                )
            ]
        found = {}
        for m in messages:
            key = ("parent", m.parent_id) if m.parent_id is not None else ("root", m.conversation_id)
            ids = siblings.get(key, [])
            found[m.id] = (ids.index(m.id) + 1, len(ids)) if m.id in ids else (1, 1)
        return found

    def message(self, message_id: int) -> Message:
        found = self._messages([message_id])
        if not found:
            raise StoreError(translate("Errors", "That message could not be read."))
        return found[0]

    def _messages(self, ids: list[int]) -> list[Message]:
        if not ids:
            return []
        by_id = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT * FROM messages WHERE id IN ({marks})", chunk):
                message = self._message(row)
                if message is not None:
                    by_id[message.id] = message
        return [by_id[i] for i in ids if i in by_id]

    def _message(self, row: sqlite3.Row) -> Message | None:
        try:
            role, text, state = row["role"], row["text"], row["state"]
            if role not in ROLES:
                raise ValueError(f"unknown role {role!r}")
            if not isinstance(text, str):
                raise ValueError("its text is not text")
            return Message(
                row["id"], row["conversation_id"], row["parent_id"], Role(role), text, float(row["created"]),
                MessageState(state) if state in STATES else FINISHED, row["model"], row["tokens"], row["tokens_per_s"],
            )  # fmt: skip
        except (ValueError, TypeError, UnicodeDecodeError, sqlite3.Error) as exc:
            self._set_aside(row, str(exc))
            return None

    def _set_aside(self, row: sqlite3.Row, reason: str) -> None:
        try:
            raw = {key: (row[key] if not isinstance(row[key], bytes) else row[key].hex()) for key in row.keys()}  # noqa: SIM118 - a Row iterates values
        except Exception:  # the row is beyond reading: keep what can be said
            raw = {"id": row["id"]}
        try:
            self._write(
                "INSERT OR IGNORE INTO set_aside (message_id, conversation_id, row, reason, at) VALUES (?,?,?,?,?)",
                (row["id"], row["conversation_id"], json.dumps(raw, default=str), reason, time.time()),
            )
        except (sqlite3.Error, StoreError):
            log.exception("could not set a damaged message aside")
        self.problems.add(
            translate("Errors", "A damaged message was set aside ({why}); the rest of the chat is shown.").format(
                why=reason
            )
        )

    # -- search and export -------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Messages in any chat with all the words of ``text`` (prefixes match too)."""
        words = [w.replace('"', "") for w in text.split() if w.replace('"', "")]
        if not words:
            return []
        query = " ".join(f'"{w}"*' for w in words)
        rows = self.db.execute(
            f"SELECT m.id, m.conversation_id, snippet(messages_fts, 0, '{_FOUND}', '{_END}', '…', 12) AS snippet "
            "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
            "JOIN conversations c ON c.id = m.conversation_id AND c.deleted IS NULL "
            "WHERE messages_fts MATCH ? ORDER BY m.id DESC LIMIT ?",
            (query, limit),
        ).fetchall()
        conversations = {c.id: c for c in self.conversations()}
        return [
            SearchHit(conversations[row["conversation_id"]], row["id"], snippet_parts(row["snippet"]))
            for row in rows
            if row["conversation_id"] in conversations
        ]

    def iter_all(self) -> Iterator[Message]:
        for row in self.db.execute("SELECT * FROM messages ORDER BY id"):
            message = self._message(row)
            if message is not None:
                yield message


class _ConnectionHolder:
    """Lives in one thread's ``threading.local``; a finalizer closes its connection with it."""

    __slots__ = ("connection", "__weakref__")

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection


def _is_open(connection: sqlite3.Connection) -> bool:
    try:
        connection.total_changes  # noqa: B018 - raises ProgrammingError once closed
        return True
    except sqlite3.ProgrammingError:
        return False


def _close_quietly(connection: sqlite3.Connection) -> None:
    try:
        connection.close()
    except sqlite3.Error:
        pass


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _switch_to_wal(connection: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode=WAL``, waiting for other processes: switching a fresh file's mode
    takes an exclusive lock, and SQLite answers "locked" at once there instead of waiting."""
    deadline, pause = time.monotonic() + BUSY_TIMEOUT_S, 0.005
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if not busy or time.monotonic() > deadline:
                connection.close()
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.1)


def _rollback(db: sqlite3.Connection) -> None:
    if db.in_transaction:
        try:
            db.execute("ROLLBACK")
        except sqlite3.Error:
            log.exception("rollback failed")


def _statements(script: str) -> list[str]:
    """A migration's statements one by one (``executescript`` would commit our transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


_SALVAGE_TABLES = ("conversations", "messages", "set_aside")


def _salvage(damaged: Path, store: ConversationStore) -> tuple[int, int]:
    """Copy every row still readable from ``damaged`` into ``store``'s new file:
    (messages recovered, messages lost as far as can be told)."""
    try:
        source = sqlite3.connect(f"file:{damaged}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0, 0
    recovered = {table: 0 for table in _SALVAGE_TABLES}
    highest = 0
    try:
        db = store.db
        db.execute("PRAGMA foreign_keys=OFF")  # a message's parent may be among the lost
        for table in _SALVAGE_TABLES:
            key = "message_id" if table == "set_aside" else "id"
            rows, top = _readable_rows(source, table, key)
            if table == "messages":
                highest = top
            if not rows:
                continue
            columns = list(rows[0].keys())
            marks = ",".join("?" * len(columns))
            with store._transaction() as tx:
                for row in rows:
                    try:
                        tx.execute(f"INSERT OR IGNORE INTO {table} ({','.join(columns)}) VALUES ({marks})", tuple(row))
                        recovered[table] += 1
                    except sqlite3.Error:
                        log.warning("a %s row could not be recovered", table)
        with store._transaction() as tx:
            tx.execute("UPDATE messages SET parent_id = NULL WHERE parent_id NOT IN (SELECT id FROM messages)")
            tx.execute(
                "UPDATE conversations SET leaf_id = (SELECT max(id) FROM messages m WHERE m.conversation_id = "
                "conversations.id) WHERE leaf_id IS NULL OR leaf_id NOT IN (SELECT id FROM messages)"
            )
        db.execute("PRAGMA foreign_keys=ON")
    except (sqlite3.Error, StoreError):
        log.exception("salvaging %s stopped early", damaged)
    finally:
        source.close()
    saved = recovered["messages"]
    return saved, max(0, highest - saved)


def _readable_rows(source: sqlite3.Connection, table: str, key: str) -> tuple[list[sqlite3.Row], int]:
    """The rows of ``table`` that can be read, skipping over damaged pages; and the highest key seen."""
    source.row_factory = sqlite3.Row
    try:
        top = source.execute(f"SELECT max({key}) FROM {table}").fetchone()[0] or 0
    except sqlite3.Error:
        top = 0
    rows: list[sqlite3.Row] = []
    after, jump = -1, 1
    while True:
        try:
            cursor = source.execute(f"SELECT * FROM {table} WHERE {key} > ? ORDER BY {key}", (after,))
            for row in cursor:
                rows.append(row)
                after, jump = row[key], 1
            return rows, max(top, after)
        except sqlite3.Error:
            # A damaged page: try again past it, further each time, until beyond the end.
            after += jump
            jump *= 2
            if after > top:
                return rows, top


def open_store(path: Path | None = None) -> ConversationStore:
    """The chats, whatever state the file is in: never raises for it.

    When the file cannot be used (a newer ShortChat's, a folder that cannot be
    written, a lock held for ever), the chats live in memory for this run, the
    readable ones copied in when possible, and ``problems`` / ``not_saved`` say so.
    """
    target = Path(path) if path else default_path()
    try:
        return ConversationStore(target)
    except StoreError as exc:
        reason, newer = str(exc), isinstance(exc, NewerStoreError)
    store = ConversationStore(target, memory=True)
    copied = 0 if newer else _copy_readable(target, store)
    store.not_saved = (
        reason + " " + translate("Errors", "Until that is fixed, new chats are kept only while ShortChat is open.")
    )
    if copied == 1:
        store.not_saved += " " + translate("Errors", "Your earlier chat is shown, but changes to it are not kept.")
    elif copied:
        store.not_saved += " " + translate(
            "Errors", "Your {count} earlier chats are shown, but changes to them are not kept."
        ).format(count=copied)
    store.problems.add(store.not_saved)
    return store


def _copy_readable(path: Path, store: ConversationStore) -> int:
    """Copy the chats of a file that cannot be written into a memory store; how many chats."""
    if not path.exists():
        return 0
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            if source.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return 0
            source.backup(store.db)
        finally:
            source.close()
        return store.db.execute("SELECT count(*) FROM conversations WHERE deleted IS NULL").fetchone()[0]
    except sqlite3.Error:
        log.exception("could not read %s", path)
        return 0


_FOUND, _END = "\x02", "\x03"  # around the words found in FTS5's snippet: characters no message holds
_MARKDOWN_SYNTAX = [
    (re.compile(r"!?\[([^\]\x02\x03]*)\]\([^)]*\)"), r"\1"),  # [text](url), ![alt](src)
    (re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", re.MULTILINE), ""),  # headings, quotes, list marks
    (re.compile(r"`{3,}[^\n]*|~{3,}[^\n]*"), " "),  # code fences
    (re.compile(r"(\*\*|__|\*|`)"), ""),  # emphasis and code marks
]


def snippet_parts(snippet: str) -> tuple[tuple[str, bool], ...]:
    """FTS5's snippet as plain text in parts (markdown's marks left out), each with whether it
    is a word that was searched for."""
    text = snippet
    for pattern, replacement in _MARKDOWN_SYNTAX:
        text = pattern.sub(replacement, text)
    text = " ".join(text.split())
    parts, found = [], False
    for piece in re.split(f"([{_FOUND}{_END}])", text):
        if piece == _FOUND:
            found = True
        elif piece == _END:
            found = False
        elif piece:
            parts.append((piece, found))
    return tuple(parts)


def export_markdown(conversation: Conversation, messages: list[Message], model_name: Callable[[str], str] = str) -> str:
    """A chat as Markdown: the title, then each message under who wrote it.

    Raw HTML in what anyone wrote is escaped, so a Markdown viewer shows it as the text it
    is (a ``<script>`` or an ``<img>`` in a message stays inert); the markdown itself, and
    code blocks and code spans character for character, stay as written.
    """
    lines = [f"# {_inert_html(conversation.title)}", ""]
    for message in messages:
        who = "You" if message.role == USER else (model_name(message.model) if message.model else "Assistant")
        note = " (stopped)" if message.state == STOPPED else ""
        lines += [f"**{_inert_html(who)}**{note}:", "", _inert_html(message.text.rstrip()), ""]
    return "\n".join(lines).rstrip() + "\n"


# What a CommonMark viewer never reads as HTML: fenced code blocks (up to 3 spaces in, closed by the same
# fence character at least as long) and code spans (a run of backticks closed by a run of the same length,
# within a paragraph, not escaped by a backslash). Everything else has its "<" and entities escaped.
_EXPORT_VERBATIM = re.compile(
    r"(?P<fenced>^[ ]{0,3}(?P<fence>(?P<char>[`~])(?P=char){2,})(?!(?P=char))[^\n]*\n(?:.*?\n)??"
    r"[ ]{0,3}(?P=fence)(?P=char)*[ \t]*(?:\n|\Z))"
    r"|(?P<span>(?<![`\\])(?P<ticks>`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)(?P=ticks)(?!`))"
    r"|(?P<escaped>\\.)"
    r"|(?P<html><|&(?=#?\w+;))",
    re.MULTILINE | re.DOTALL,
)


def _inert_html(text: str) -> str:
    def replace(match: re.Match) -> str:
        if match.group("html"):
            return "&lt;" if match.group() == "<" else "&amp;"
        return match.group()

    return _EXPORT_VERBATIM.sub(replace, text)


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")
