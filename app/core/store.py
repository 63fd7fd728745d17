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
  list of chats, from loading. A file that is not a database at all is renamed
  ``<name>.damaged-<time>`` and a new one started, and that is reported too.
* Search uses SQLite's FTS5 full-text index over every message.

One ``ConversationStore`` may be used from several threads: each thread gets its
own connection.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core import paths
from app.core.errors import ShortChatError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
USER, ASSISTANT = "user", "assistant"
ROLES = (USER, ASSISTANT)
WRITING, FINISHED, STOPPED, FAILED = "writing", "finished", "stopped", "failed"
STATES = (WRITING, FINISHED, STOPPED, FAILED)
TITLE_LENGTH = 60


class StoreError(ShortChatError):
    pass


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
    role: str
    text: str
    created: float
    state: str = FINISHED
    model: str | None = None
    tokens: int | None = None
    tokens_per_s: float | None = None


@dataclass(frozen=True)
class SearchHit:
    conversation: Conversation
    message_id: int
    snippet: str  # with [ ] around the words found


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
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.problems = Problems()
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._open_or_replace()

    # -- connections and schema ------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    @property
    def db(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def _open_or_replace(self) -> None:
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.close()
            damaged = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    os.replace(source, Path(f"{damaged}{suffix}"))
            self.problems.add(
                f"The chat history file could not be read ({exc}); it was kept as {damaged.name} and a new one started."
            )
            self._local = threading.local()
            self._migrate()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                "The chat history was written by a newer ShortChat. Update ShortChat to open it (nothing was changed)."
            )
        if version == SCHEMA_VERSION:
            self.db.execute("SELECT count(*) FROM conversations").fetchone()  # proves it is readable
            return
        if version > 0:
            self._backup(backup_path(self.path, version))
        for step in range(version + 1, SCHEMA_VERSION + 1):  # each step all or nothing
            self.db.executescript(f"BEGIN; {_MIGRATIONS[step]} PRAGMA user_version = {step}; COMMIT;")

    def _backup(self, target: Path) -> None:
        """A consistent copy of the database (SQLite's online backup), before a migration."""
        copy = sqlite3.connect(target)
        try:
            self.db.backup(copy)
        finally:
            copy.close()

    def _write(self, sql: str, parameters: tuple = ()) -> sqlite3.Cursor:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            cursor = db.execute(sql, parameters)
            db.execute("COMMIT")
            return cursor
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                try:
                    connection.close()
                except sqlite3.Error:
                    pass
            self._connections.clear()
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
            raise StoreError("That chat no longer exists.")
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
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            ids = [r[0] for r in db.execute("SELECT id FROM conversations WHERE deleted IS NOT NULL")]
            for conversation_id in ids:
                db.execute("UPDATE messages SET parent_id = NULL WHERE conversation_id = ?", (conversation_id,))
                db.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
                db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
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
        role: str,
        text: str,
        state: str = FINISHED,
        model: str | None = None,
    ) -> int:
        """Save a message (its own transaction); it becomes the end of the branch shown."""
        if role not in ROLES or state not in STATES:
            raise ValueError(f"bad role or state: {role}, {state}")
        now = time.time()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
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
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return message_id

    def update_reply(
        self,
        message_id: int,
        text: str,
        state: str = WRITING,
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

    def message(self, message_id: int) -> Message:
        found = self._messages([message_id])
        if not found:
            raise StoreError("That message could not be read.")
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
                row["id"], row["conversation_id"], row["parent_id"], role, text, float(row["created"]),
                state if state in STATES else FINISHED, row["model"], row["tokens"], row["tokens_per_s"],
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
        except sqlite3.Error:
            log.exception("could not set a damaged message aside")
        self.problems.add(f"A damaged message was set aside ({reason}); the rest of the chat is shown.")

    # -- search and export -------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Messages in any chat with all the words of ``text`` (prefixes match too)."""
        words = [w.replace('"', "") for w in text.split() if w.replace('"', "")]
        if not words:
            return []
        query = " ".join(f'"{w}"*' for w in words)
        rows = self.db.execute(
            "SELECT m.id, m.conversation_id, snippet(messages_fts, 0, '[', ']', '…', 12) AS snippet "
            "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
            "JOIN conversations c ON c.id = m.conversation_id AND c.deleted IS NULL "
            "WHERE messages_fts MATCH ? ORDER BY m.id DESC LIMIT ?",
            (query, limit),
        ).fetchall()
        conversations = {c.id: c for c in self.conversations()}
        return [
            SearchHit(conversations[row["conversation_id"]], row["id"], row["snippet"])
            for row in rows
            if row["conversation_id"] in conversations
        ]

    def iter_all(self) -> Iterator[Message]:
        for row in self.db.execute("SELECT * FROM messages ORDER BY id"):
            message = self._message(row)
            if message is not None:
                yield message


def export_markdown(conversation: Conversation, messages: list[Message]) -> str:
    """A chat as Markdown: the title, then each message under who wrote it.

    Raw HTML in what anyone wrote is escaped, so a Markdown viewer shows it as the text it
    is (a ``<script>`` or an ``<img>`` in a message stays inert); the markdown itself, and
    code blocks and code spans character for character, stay as written.
    """
    lines = [f"# {_inert_html(conversation.title)}", ""]
    for message in messages:
        who = "You" if message.role == USER else (message.model or "Assistant")
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
