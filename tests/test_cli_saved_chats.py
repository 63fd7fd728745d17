"""`shortchat chat` keeps its chats in the window's history (issue 19): --continue, --no-save,
`shortchat chats`, and --stats, which shows a continued chat reading only its new question."""

from __future__ import annotations

import json

from app.core.chat.store import ASSISTANT, USER, ConversationStore, default_path
from tests.conftest import SCRIPTED_REPLY
from tests.test_cli import shortchat

STATS_KEYS = {"ttft_ms", "prompt_tokens", "evaluated_tokens", "tokens", "tokens_per_s"}


def chat(model, *args, stdin: str = ""):
    return shortchat("chat", "--model", str(model), "--temperature", "0", *args, stdin=stdin)


def stats_lines(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def saved_chats() -> list[tuple[str, list[tuple[str, str]]]]:
    store = ConversationStore(default_path())
    try:
        return [(c.title, [(m.role, m.text) for m in store.branch(c.id)]) for c in store.conversations()]
    finally:
        store.close()


def test_a_chat_is_saved_and_continued_reading_only_the_new_question(scripted_q4):
    first = chat(scripted_q4, "--prompt", "Where is the harbour?", "--stats")
    assert first.returncode == 0, first.stderr
    assert first.stdout == SCRIPTED_REPLY + "\n"
    (figures,) = stats_lines(first.stderr)
    assert figures.keys() >= STATS_KEYS
    assert figures["evaluated_tokens"] == figures["prompt_tokens"] and figures["tokens"] == 8

    listed = shortchat("chats")
    assert listed.returncode == 0, listed.stderr
    assert "Where is the harbour?" in listed.stdout and scripted_q4.stem in listed.stdout  # the plain name

    again = chat(scripted_q4, "--continue", "--prompt", "And the boats?", "--stats")
    assert again.returncode == 0, again.stderr
    assert "continuing “Where is the harbour?”" in again.stderr
    (figures,) = stats_lines(again.stderr)
    # A new process: the chat so far came from its saved llama.cpp state, only the new question was read.
    assert figures["prompt_tokens"] > 150 and figures["evaluated_tokens"] < 40, figures
    assert saved_chats() == [
        (
            "Where is the harbour?",
            [(USER, "Where is the harbour?"), (ASSISTANT, SCRIPTED_REPLY), (USER, "And the boats?"),
             (ASSISTANT, SCRIPTED_REPLY)],
        )
    ]  # fmt: skip


def test_continue_without_a_saved_chat_starts_one_and_no_save_keeps_it_out(scripted_q4):
    started = chat(scripted_q4, "--continue", stdin="hello\nagain\n")
    assert started.returncode == 0, started.stderr
    assert "no saved chat yet" in started.stderr
    assert [len(messages) for _, messages in saved_chats()] == [4]

    private = chat(scripted_q4, "--no-save", "--prompt", "not for the history")
    assert private.returncode == 0, private.stderr
    assert [title for title, _ in saved_chats()] == ["hello"]


def test_chats_json_and_an_unknown_chat_number(scripted_q4):
    assert shortchat("chats").stdout.startswith("No saved chats yet")
    assert chat(scripted_q4, "--prompt", "first").returncode == 0
    assert chat(scripted_q4, "--prompt", "second").returncode == 0
    listed = json.loads(shortchat("chats", "--json").stdout)
    assert [c["title"] for c in listed] == ["second", "first"]
    older = chat(scripted_q4, "--continue", str(listed[1]["id"]), "--prompt", "more")
    assert older.returncode == 0, older.stderr
    assert [title for title, _ in saved_chats()] == ["first", "second"]  # the one continued is now the newest

    missing = chat(scripted_q4, "--continue", "999", "--prompt", "x")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "shortchat: There is no chat number 999; `shortchat chats` lists them."
    both = chat(scripted_q4, "--continue", "--no-save")
    assert both.returncode == 2 and len(both.stderr.strip().splitlines()) == 1
