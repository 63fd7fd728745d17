"""The conversation store: round trips, branches, search, migrations, damage, hard kills."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from app.core.chat.saved_chat import SavedChat, turns_of
from app.core.chat.store import (
    ASSISTANT,
    CUT,
    FINISHED,
    SCHEMA_VERSION,
    STOPPED,
    USER,
    WRITING,
    ConversationStore,
    StoreError,
    backup_path,
    export_markdown,
    title_from,
)
from app.core.engine.generation import GenerationOptions
from app.core.errors import ShortChatError
from tests.conftest import SCRIPTED_REPLY

GREEDY = GenerationOptions(temperature=0)


@pytest.fixture
def store(tmp_path):
    store = ConversationStore(tmp_path / "chats.db")
    yield store
    store.close()


def test_round_trip_and_automatic_title(store, tmp_path):
    chat = store.create(model="m.gguf")
    question = store.add(
        chat, None, USER, "What is   the capital\nof France, and why is it that one and not another, older city?"
    )
    reply = store.add(chat, question, ASSISTANT, "", WRITING, "m.gguf")
    store.update_reply(reply, "Paris.", FINISHED, 3, 12.5)
    store.close()

    again = ConversationStore(tmp_path / "chats.db")
    [conversation] = again.conversations()
    assert conversation.title == title_from(
        "What is the capital of France, and why is it that one and not another, older city?"
    )
    assert conversation.title.endswith("…") and len(conversation.title) <= 60
    messages = again.branch(conversation.id)
    assert [(m.role, m.text, m.state) for m in messages] == [
        (USER, messages[0].text, FINISHED),
        (ASSISTANT, "Paris.", FINISHED),
    ]
    assert (messages[1].tokens, messages[1].tokens_per_s, messages[1].model) == (3, 12.5, "m.gguf")
    again.rename(conversation.id, "  Capitals  ")
    assert again.conversation(conversation.id).title == "Capitals"
    again.close()


def test_newest_first_delete_and_undo(store):
    first, second = store.create(), store.create()
    store.add(first, None, USER, "older chat, used last")
    assert [c.id for c in store.conversations()] == [first, second]
    store.delete(first)
    assert [c.id for c in store.conversations()] == [second]
    store.undelete(first)
    assert [c.id for c in store.conversations()] == [first, second]
    store.delete(first)
    assert store.purge_deleted() == 1
    store.undelete(first)
    assert [c.id for c in store.conversations()] == [second]


def test_branches_keep_every_version(store):
    chat = store.create()
    q1 = store.add(chat, None, USER, "q1")
    a1 = store.add(chat, q1, ASSISTANT, "a1")
    q2 = store.add(chat, a1, USER, "q2")
    a2 = store.add(chat, q2, ASSISTANT, "a2")
    a2b = store.add(chat, q2, ASSISTANT, "a2 again")  # regenerate
    assert [m.text for m in store.branch(chat)] == ["q1", "a1", "q2", "a2 again"]
    assert store.siblings(a2) == [a2, a2b]
    q2b = store.add(chat, a1, USER, "q2 edited")  # edit: a new branch from a1
    assert [m.text for m in store.branch(chat)] == ["q1", "a1", "q2 edited"]
    store.set_leaf(chat, q2)  # back to the old question: follows its newest reply
    assert [m.text for m in store.branch(chat)] == ["q1", "a1", "q2", "a2 again"]
    store.set_leaf(chat, a2)
    assert [m.text for m in store.branch(chat)][-1] == "a2"
    assert store.siblings(q2b) == [q2, q2b]
    assert [m.text for m in store.branch(chat, limit=2)] == ["q2", "a2"]
    assert [m.text for m in store.earlier(q2, 10)] == ["q1", "a1"]


def test_search_finds_words_in_old_chats_but_not_deleted_ones(store):
    old = store.create()
    store.add(old, None, USER, "Tell me about photosynthesis in plants")
    other = store.create()
    store.add(other, None, USER, "A recipe for bread")
    hits = store.search("photosynth")
    assert [(h.conversation.id, "[photosynthesis]" in h.snippet) for h in hits] == [(old, True)]
    assert store.search('"; DROP TABLE messages; --') == []  # only words, never SQL
    store.delete(old)
    assert store.search("photosynthesis") == []


def test_a_damaged_row_is_set_aside_and_the_rest_loads(store):
    chat = store.create()
    q = store.add(chat, None, USER, "good question")
    a = store.add(chat, q, ASSISTANT, "good answer")
    raw = sqlite3.connect(store.path)
    raw.execute("UPDATE messages SET role = 'robot' WHERE id = ?", (q,))
    raw.commit()
    raw.close()
    assert [m.text for m in store.branch(chat)] == ["good answer"]
    assert store.problems.notes and "set aside" in store.problems.notes[0]
    assert [c.id for c in store.conversations()] == [chat]
    aside = store.db.execute("SELECT message_id, reason FROM set_aside").fetchall()
    assert [(r[0], "robot" in r[1]) for r in aside] == [(q, True)]
    assert a


def test_a_file_that_is_not_a_database_is_kept_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "chats.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    store = ConversationStore(path)
    assert store.conversations() == []
    assert "could not be read" in store.problems.notes[0]
    assert list(tmp_path.glob("chats.db.damaged-*"))
    store.close()


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "chats.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer ShortChat"):
        ConversationStore(path)


def test_migration_from_version_1_keeps_the_chats_and_a_backup(tmp_path):
    from app.core.chat.store import _MIGRATIONS

    path = tmp_path / "chats.db"
    raw = sqlite3.connect(path)
    raw.executescript(_MIGRATIONS[1] + "PRAGMA user_version = 1;")
    raw.execute("INSERT INTO conversations (id, title, created, updated) VALUES (1, 'old', 0, 0)")
    raw.execute("INSERT INTO messages (conversation_id, role, text, created) VALUES (1, 'user', 'ancient words', 0)")
    raw.execute("UPDATE conversations SET leaf_id = 1")
    raw.commit()
    raw.close()
    store = ConversationStore(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [m.text for m in store.branch(1)] == ["ancient words"]
    assert [h.message_id for h in store.search("ancient")] == [1]  # the old messages are indexed
    backup = sqlite3.connect(backup_path(path, 1))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT text FROM messages").fetchall() == [("ancient words",)]
    backup.close()
    store.close()


def test_export_markdown(store):
    chat = store.create()
    q = store.add(chat, None, USER, "Hi")
    a = store.add(chat, q, ASSISTANT, "Hello **there**", model="m.gguf")
    store.update_reply(a, "Hello **there**", STOPPED)
    text = export_markdown(store.conversation(chat), store.branch(chat))
    assert text == "# Hi\n\n**You**:\n\nHi\n\n**m.gguf** (stopped):\n\nHello **there**\n"


def test_saved_chat_ask_regenerate_edit(store, engine, scripted_q4):
    engine.load(scripted_q4)
    chat = SavedChat.new(store, engine)
    reply = chat.ask("hello", GREEDY)
    assert "".join(reply) == SCRIPTED_REPLY
    first = chat.messages()
    assert [(m.role, m.text, m.state) for m in first] == [
        (USER, "hello", FINISHED),
        (ASSISTANT, SCRIPTED_REPLY, FINISHED),
    ]
    assert first[1].tokens and first[1].model == scripted_q4.name

    again = chat.regenerate(GREEDY)
    assert "".join(again) == SCRIPTED_REPLY
    assert store.siblings(again.reply_id) == [first[1].id, again.reply_id]

    "".join(chat.ask("second", GREEDY))
    edited = chat.edit(first[0].id, "hello, edited", GREEDY)
    assert edited.stream.prompt.text.count("USER:") == 1  # the edit starts again from before it
    "".join(edited)
    assert [m.text for m in chat.messages()] == ["hello, edited", SCRIPTED_REPLY]
    chat.show_version(first[0].id)
    assert [m.text for m in chat.messages()][:3] == ["hello", SCRIPTED_REPLY, "second"]


def test_turns_pair_questions_with_answers():
    from app.core.chat.store import Message

    def m(i, role, text):
        return Message(i, 1, i - 1 or None, role, text, 0.0)

    turns = turns_of([m(1, USER, "a"), m(2, USER, "b"), m(3, ASSISTANT, "B"), m(4, USER, "c")])
    assert [(t.user, t.assistant) for t in turns] == [("a", ""), ("b", "B"), ("c", "")]


def test_a_hard_kill_mid_reply_keeps_everything_saved(tmp_path, looping_q4):
    db = tmp_path / "chats.db"
    script = textwrap.dedent(f"""
        import time
        from app.core.engine.engine import Engine
        from app.core.engine.generation import GenerationOptions
        from app.core.chat.saved_chat import SavedChat
        from app.core.chat.store import ConversationStore
        if __name__ == "__main__":
            store = ConversationStore({str(db)!r})
            with Engine(log_dir={str(tmp_path / "logs")!r}) as engine:
                engine.load({str(looping_q4)!r})
                chat = SavedChat.new(store, engine)
                "".join(chat.ask("first", GenerationOptions(max_tokens=8)))
                for _ in chat.ask("second", GenerationOptions(max_tokens=100000)):
                    time.sleep(0.005)  # a reader-paced reply: still being written when the kill comes
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=os.getcwd(), env=dict(os.environ))

    def saved_so_far() -> str:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as raw:
                row = raw.execute("SELECT text FROM messages WHERE id = 4 AND state = 'writing'").fetchone()
            return row[0] if row else ""
        except sqlite3.Error:
            return ""

    deadline = time.monotonic() + 60
    while not saved_so_far() and time.monotonic() < deadline:  # the reply's first save (after a second)
        time.sleep(0.05)
    before_kill = saved_so_far()
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert before_kill.startswith("a")

    store = ConversationStore(db)
    [conversation] = store.conversations()
    messages = store.branch(conversation.id)
    assert [(m.role, m.state) for m in messages] == [
        (USER, FINISHED),
        (ASSISTANT, CUT),
        (USER, FINISHED),
        (ASSISTANT, WRITING),
    ]  # fmt: skip  (the first reply ran into its 8-token limit: saved as cut, so it can be continued)
    assert [m.text for m in messages[:3]] == ["first", messages[1].text, "second"]
    assert messages[1].text.startswith("abab")
    assert messages[3].text.startswith(before_kill)  # the partial reply, up to its last save
    store.close()


def test_a_reply_cut_at_the_length_limit_is_saved_so_and_continue_finishes_it(store, engine, scripted_q4):
    from dataclasses import replace

    engine.load(scripted_q4)
    chat = SavedChat.new(store, engine)
    cut = chat.ask("hello", replace(GREEDY, max_tokens=3))
    first = "".join(cut)
    assert first and SCRIPTED_REPLY.startswith(first) and first != SCRIPTED_REPLY
    assert cut.stats.stop_reason == "length"
    assert [(m.text, m.state) for m in chat.messages()][-1] == (first, CUT)

    more = chat.continue_reply(GREEDY)
    assert more.stream.prompt.text.endswith(f"ASSISTANT: {first}")  # the model goes on from its last word
    assert first + "".join(more) == SCRIPTED_REPLY
    reply = chat.messages()[-1]
    assert (reply.id, reply.text, reply.state) == (cut.reply_id, SCRIPTED_REPLY, FINISHED)  # the same message
    assert reply.tokens == 3 + more.stats.reply_tokens
    assert len(store.siblings(reply.id)) == 1  # not a new version
    with pytest.raises(ShortChatError):
        SavedChat.new(store, engine).continue_reply(GREEDY)  # nothing to continue in an empty chat
