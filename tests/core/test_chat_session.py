"""The CLI's conversation: turns kept, a stopped reply kept, the conversation outlives a model switch."""

from __future__ import annotations

from app.core.chat.chat_session import ChatSession
from app.core.engine.generation import GenerationOptions
from tests.conftest import SCRIPTED_REPLY

GREEDY = GenerationOptions(temperature=0)


def test_turns_and_switching_model(engine, scripted_q4, looping_q4):
    session = ChatSession(engine=engine)
    session.load(scripted_q4)
    stream = session.ask("hello", GREEDY)
    assert "".join(stream) == SCRIPTED_REPLY
    session.record(stream)
    assert [(t.user, t.assistant) for t in session.history] == [("hello", SCRIPTED_REPLY)]

    session.load(looping_q4)  # another model: the conversation stays
    stream = session.ask("more", GREEDY)
    assert "hello" in stream.prompt.text and SCRIPTED_REPLY in stream.prompt.text
    for count, _ in enumerate(stream):
        if count == 5:
            stream.cancel()
    session.record(stream)
    assert session.history[-1].user == "more" and session.history[-1].assistant.startswith("abab")
