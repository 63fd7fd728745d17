"""How full a chat's memory (the model's context) is, and what to say when it overflows.

One wording for the window and the CLI: people see "chat memory", not "context" or "tokens".
"""

from __future__ import annotations

NEARLY_FULL = 0.8  # from here on the indicator says so: the oldest messages go soon


def memory_used(prompt_tokens: int, reply_tokens: int, n_ctx: int) -> float:
    """The share of the model's context the last turn used (0..1)."""
    if n_ctx <= 0:
        return 0.0
    return max(0.0, min(1.0, (prompt_tokens + reply_tokens) / n_ctx))


def memory_words(share: float) -> str:
    """'Chat memory 70 % full'."""
    return f"Chat memory {round(share * 100):.0f} % full"


def memory_explained(n_ctx: int) -> str:
    return (
        f"How much of what the model can keep in mind ({n_ctx:,} tokens, about {round(n_ctx * 0.75):,} words) "
        "this chat uses. When it is full, the oldest messages are left out of what the model reads."
    )


def left_out_sentence(dropped_turns: int, longer_may_fit: bool) -> str:
    """Said once in a chat when its oldest messages no longer fit in the model's memory."""
    exchanges = "exchange was" if dropped_turns == 1 else "exchanges were"
    text = (
        f"This chat is now longer than the model can keep in mind: its {dropped_turns} oldest {exchanges} "
        "left out of what the model read for this answer. A new chat (Ctrl+N) starts afresh"
    )
    if longer_may_fit:
        text += "; a longer chat memory (Settings → Memory of the chat) may also fit on this computer"
    return text + "."
