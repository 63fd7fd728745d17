"""A/B chat: two models answer the same question in turn, in one engine."""

from __future__ import annotations

import threading

from app.core.chat.compare import (
    DONE,
    FAILED,
    LOADING,
    MIN_VERDICT_TOKENS,
    PIECE,
    Comparison,
    speed_details,
    speed_line,
    verdict_line,
)
from app.core.engine.generation import GenerationOptions, LoadSettings, ReplyStats
from tests.conftest import LOOP_REPLY, SCRIPTED_REPLY

GREEDY = GenerationOptions(temperature=0, max_tokens=12)


def answers(events) -> dict[int, str]:
    texts = {}
    for event in events:
        if event.kind == PIECE:
            texts[event.side] = texts.get(event.side, "") + event.text
    return texts


def test_both_models_answer_in_turn_with_their_speeds(engine, scripted_q4, looping_q4):
    comparison = Comparison(engine, (scripted_q4, LoadSettings()), (looping_q4, LoadSettings()), GREEDY)
    events = list(comparison.ask("Hello"))
    assert [(e.side, e.kind) for e in events if e.kind != PIECE] == [(0, LOADING), (0, DONE), (1, LOADING), (1, DONE)]
    texts = answers(events)
    assert texts[0] == SCRIPTED_REPLY
    assert texts[1].startswith(LOOP_REPLY * 3)
    done = [e for e in events if e.kind == DONE]
    assert done[0].stats.stop_reason == "eos" and done[1].stats.reply_tokens == 12
    assert all(e.seconds > 0 and e.stats.decode_tokens_per_s > 0 for e in done)
    assert "words/s" in speed_line(done[1].stats, done[1].seconds)
    assert engine.model.path == looping_q4  # one model in memory at a time: the last one


def test_follow_up_questions_continue_each_side_starting_with_the_loaded_model(engine, scripted_q4, looping_q4):
    comparison = Comparison(engine, (scripted_q4, LoadSettings()), (looping_q4, LoadSettings()), GREEDY)
    list(comparison.ask("Hello"))
    events = list(comparison.ask("And then?"))
    assert [e.side for e in events if e.kind == LOADING] == [1, 0]  # B is still loaded: it goes first
    a, b = comparison.contenders
    assert [t.user for t in a.history] == [t.user for t in b.history] == ["Hello", "And then?"]
    assert a.history[0].assistant == SCRIPTED_REPLY


def test_a_model_that_fails_is_reported_and_the_other_still_answers(engine, scripted_q4, tmp_path):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(scripted_q4.read_bytes()[:4096])
    comparison = Comparison(engine, (broken, LoadSettings()), (scripted_q4, LoadSettings()), GREEDY)
    events = list(comparison.ask("Hello"))
    failed = [e for e in events if e.kind == FAILED]
    assert len(failed) == 1 and failed[0].side == 0 and "broken.gguf" in failed[0].text
    assert answers(events)[1] == SCRIPTED_REPLY


def test_cancel_stops_the_answer_being_written_and_skips_the_other(engine, looping_q4, scripted_q4):
    long = GenerationOptions(temperature=0, max_tokens=100_000)
    comparison = Comparison(engine, (looping_q4, LoadSettings(n_ctx=8192)), (scripted_q4, LoadSettings()), long)
    events = []
    for event in comparison.ask("Hello"):
        events.append(event)
        if event.kind == PIECE and len(events) == 20:
            threading.Thread(target=comparison.cancel).start()
    done = [e for e in events if e.kind == DONE]
    assert len(done) == 1 and done[0].stats.cancelled
    assert all(e.side == 0 for e in events)  # B never started
    assert "stopped" in speed_line(done[0].stats, done[0].seconds)


def reply(tokens_per_s: float, tokens: int = 200, first_token_s: float = 0.1) -> ReplyStats:
    return ReplyStats(
        prompt_tokens=40, evaluated_tokens=40, reply_tokens=tokens, time_to_first_token_s=first_token_s,
        decode_tokens_per_s=tokens_per_s, stop_reason="eos",
    )  # fmt: skip


def test_the_verdict_says_which_wrote_faster_in_words_per_second():
    verdict = verdict_line(("A model", "B model"), (reply(10.0), reply(16.0)))
    assert verdict.startswith("B model wrote faster: 12 words/s against 7.5 words/s")
    assert "1.6 times as fast" in verdict and "tokens/s" not in verdict  # tokens/s only in the details
    assert verdict_line(("A model", "B model"), (reply(10.0), None)) == ""  # one did not answer


def test_the_verdict_compares_writing_speed_only_never_loading_or_prompt_reading():
    # A took 30 s to load and read the prompt, B 0.1 s: that is not writing speed and must not tip the verdict
    slow_start = reply(10.0, first_token_s=30.0)
    assert "about as fast" in verdict_line(("A model", "B model"), (slow_start, reply(10.9)))
    assert verdict_line(("A model", "B model"), (slow_start, reply(20.0))).startswith("B model wrote faster")


def test_under_an_answer_words_per_second_lead_and_tokens_per_second_are_in_the_details():
    stats = reply(12.4, tokens=96, first_token_s=2.5)
    line = speed_line(stats, 10.2)
    assert line.startswith("9.3 words/s") and "tokens/s" not in line  # one speed unit for people
    assert "loading included" in line  # the time in all is not the writing speed
    details = speed_details(stats)
    assert "12.4 tokens/s" in details and "after 2.5 s" in details


def test_a_difference_within_noise_is_said_as_about_as_fast():
    for a, b in ((10.0, 11.4), (11.4, 10.0), (10.0, 10.0)):
        assert verdict_line(("A model", "B model"), (reply(a), reply(b))) == (
            "They wrote about as fast as each other (the difference is within measuring noise)."
        )
    assert verdict_line(("A model", "B model"), (reply(10.0), reply(12.0))).startswith("B model wrote faster")


def test_replies_too_short_to_measure_give_no_verdict():
    # a 3-token reply's rate rests on two intervals: one hiccup makes it '7.6 times as fast'
    for a, b in ((reply(10.0, tokens=3), reply(76.0)), (reply(10.0), reply(76.0, tokens=MIN_VERDICT_TOKENS - 1))):
        verdict = verdict_line(("A model", "B model"), (a, b))
        assert "too short to tell" in verdict and "times as fast" not in verdict
    assert "times as fast" in verdict_line(
        ("A model", "B model"), (reply(10.0), reply(76.0, tokens=MIN_VERDICT_TOKENS))
    )


def test_with_an_engine_each_both_stay_loaded_and_never_reload(engine, tmp_path, scripted_q4, looping_q4):
    from app.core.engine.engine import Engine

    with Engine(log_dir=tmp_path / "second") as second:
        comparison = Comparison(
            engine, (scripted_q4, LoadSettings()), (looping_q4, LoadSettings()), GREEDY, second_engine=second
        )
        list(comparison.ask("Hello"))
        pids = (engine.child_pid, second.child_pid)
        events = list(comparison.ask("And then?"))
        assert [e.side for e in events if e.kind == LOADING] == [0, 1]  # A first again: nothing to save
        assert (engine.child_pid, second.child_pid) == pids and None not in pids  # no reload, no new process
        assert (engine.model.path, second.model.path) == (scripted_q4, looping_q4)
        assert answers(events)[0] == SCRIPTED_REPLY
