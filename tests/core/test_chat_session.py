"""A conversation bound to an engine: turns kept, stopped replies kept, regenerate, model switch."""

from __future__ import annotations

import pytest

from app.core.chat_session import ChatSession
from app.core.errors import ShortChatError
from app.core.generation import GenerationOptions
from tests.conftest import SCRIPTED_REPLY

GREEDY = GenerationOptions(temperature=0)


def test_turns_regenerate_and_switching_model(engine, scripted_q4, looping_q4):
    session = ChatSession(engine=engine)
    with pytest.raises(ShortChatError, match="no reply to write again"):
        session.regenerate()
    session.load(scripted_q4)
    stream = session.ask("hello", GREEDY)
    assert "".join(stream) == SCRIPTED_REPLY
    session.record(stream)

    stream = session.regenerate(GREEDY)  # the last exchange is written again, not added
    assert stream.prompt.text.count("USER:") == 1
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
