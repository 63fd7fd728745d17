"""How full a chat's memory (the model's context) is, and what to say when it overflows.

One wording for the window and the CLI: people see "chat memory", not "context" or "tokens".
"""

from __future__ import annotations

from app.core.words import translate

NEARLY_FULL = 0.8  # from here on the indicator says so: the oldest messages go soon


def memory_used(prompt_tokens: int, reply_tokens: int, n_ctx: int, reply_budget: int = 0, left_out: int = 0) -> float:
    """How full the chat's memory is after the last turn (0..1): the chat so far against the room a
    prompt has (the context less the room kept for a reply), so 100 % is where the oldest messages
    start to be left out, and it is 100 % once they are."""
    room = n_ctx - reply_budget
    if room <= 0:
        return 0.0
    if left_out > 0:
        return 1.0
    return max(0.0, min(1.0, (prompt_tokens + reply_tokens) / room))


def memory_words(share: float, left_out: int = 0) -> str:
    """'Chat memory 70 % full', and when the oldest messages go soon or are left out already."""
    words = translate("ChatMemory", "Chat memory {percent} % full").format(percent=f"{round(share * 100):.0f}")
    if left_out:
        return words + translate("ChatMemory", " · the oldest are left out")
    return words + (translate("ChatMemory", " · the oldest go soon") if share >= NEARLY_FULL else "")


def memory_explained(n_ctx: int) -> str:
    return translate(
        "ChatMemory",
        "How much of what the model can keep in mind ({tokens} tokens, about {words} words) this chat uses. "
        "When it is full, the oldest messages are left out of what the model reads.",
    ).format(tokens=f"{n_ctx:,}", words=f"{round(n_ctx * 0.75):,}")


def left_out_sentence(dropped_turns: int, longer_may_fit: bool) -> str:
    """Said once in a chat when its oldest messages no longer fit in the model's memory."""
    if dropped_turns == 1:  # English has no plural of its own here: the one case written out
        text = translate(
            "ChatMemory",
            "This chat is now longer than the model can keep in mind: its oldest exchange was left out of "
            "what the model read for this answer. A new chat (Ctrl+N) starts afresh.",
        )
    else:
        text = translate(
            "ChatMemory",
            "This chat is now longer than the model can keep in mind: its %n oldest exchanges were left out of "
            "what the model read for this answer. A new chat (Ctrl+N) starts afresh.",
            None,
            dropped_turns,
        )
    if longer_may_fit:
        text += " " + translate(
            "ChatMemory", "A longer chat memory (Settings → Chat memory) may also fit on this computer."
        )
    return text
