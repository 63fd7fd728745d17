"""A reply being written, on a pool thread: save the question, start the reply, hand its text over.

What runs off the GUI thread for one reply (``write_reply``), the plain data it
hands the window first (``SavedIds``), and the words for a saved reply's footer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.core.chat.saved_chat import SavedChat, SavedReply
from app.core.chat.store import CUT, FAILED, STOPPED, WRITING
from app.core.fit.speed import words_text

BATCH_S = 0.015  # reply text reaches the GUI thread at most about 60 times a second
ASK, EDIT, REGENERATE, CONTINUE = "ask", "edit", "regenerate", "continue"


@dataclass
class Reply:
    """The reply being written: its stream once the engine has started it."""

    saved: SavedReply | None = None
    stop_requested: bool = False


@dataclass(frozen=True)
class SavedIds:
    """First item of a reply's stream: where its question and reply are in the store."""

    question_id: int
    question_version: tuple[int, int]
    reply_id: int
    reply_version: tuple[int, int]


def write_reply(chat: SavedChat, action, text: str | None, options, system: str, reply: Reply):
    """On a pool thread: save the question, start the reply, and yield its text as it is written.

    Pieces that arrive within ``BATCH_S`` of the last hand-over travel together, so a
    fast engine sends the window a few dozen updates a second, not a thousand.
    """
    kind, edit_id = action
    if kind == REGENERATE:
        saved = chat.regenerate(options, system)
    elif kind == CONTINUE:
        saved = chat.continue_reply(options, system)
    elif kind == EDIT:
        saved = chat.edit(edit_id, text, options, system)
    else:
        saved = chat.ask(text, options, system)
    reply.saved = saved
    try:
        if reply.stop_requested:  # Stop was pressed while the prompt was being read
            saved.cancel()
        store = chat.store
        yield SavedIds(
            saved.question_id, store.version(saved.question_id), saved.reply_id, store.version(saved.reply_id)
        )
        waiting: list[str] = []
        handed_over = 0.0
        for piece in saved:
            waiting.append(piece)
            now = time.monotonic()
            if now - handed_over >= BATCH_S:
                yield "".join(waiting)
                waiting.clear()
                handed_over = now
        if waiting:
            yield "".join(waiting)
    finally:
        saved.close(FAILED)  # whatever ended this (an error, the worker given up), the engine is freed
    return saved.stats


def note_of(message) -> str:
    """The footer of a saved reply: its figures, and whether it was stopped or cut off."""
    parts = []
    if message.tokens and message.tokens_per_s:
        parts.append(words_text(message.tokens_per_s))  # people's unit, as under a reply being written
    if message.state == STOPPED:
        parts.insert(0, "stopped")
    elif message.state == CUT:
        parts.append("stopped at the length limit")
    elif message.state in (WRITING, FAILED):
        parts.insert(0, "not finished")
    return " · ".join(parts)


def file_name(title: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return safe[:60] or "chat"
