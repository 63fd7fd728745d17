"""The chat memory indicator: 100 % is where the oldest messages start to be left out."""

from app.core.chat.chat_memory import memory_used, memory_words


def test_full_means_the_next_question_leaves_old_messages_out():
    # 2,048 tokens of context, 512 kept for the reply: a chat of 1,536 tokens fills the room a prompt has.
    assert memory_used(1_000, 536, 2048, reply_budget=512) == 1.0
    assert memory_used(500, 268, 2048, reply_budget=512) == 0.5
    assert memory_used(500, 268, 2048) == 0.375  # against the whole context, as before the reply budget
    assert memory_used(900, 100, 2048, reply_budget=512, left_out=3) == 1.0  # turns were left out: it is full
    assert memory_used(10, 10, 100, reply_budget=100) == 0.0  # no room at all: nothing to show


def test_the_words_say_what_happens_next():
    assert memory_words(0.42) == "Chat memory 42 % full"
    assert memory_words(0.85) == "Chat memory 85 % full · the oldest go soon"
    assert memory_words(1.0, left_out=2) == "Chat memory 100 % full · the oldest are left out"
