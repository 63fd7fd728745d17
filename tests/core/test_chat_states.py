"""Saved chat states (issue 19): a reopened chat reads only what is new, with the same reply, and a
state that does not match (another history, model or context) or is damaged is never used."""

from __future__ import annotations

import os
import shutil
import threading

import pytest

from app.core.engine.chat_states import SUFFIX, SavedStates, common_prefix, read_info
from app.core.engine.engine import Engine
from app.core.engine.generation import GenerationOptions, LoadSettings
from app.core.engine.prompt import Turn

GREEDY = GenerationOptions(temperature=0, max_tokens=12)
# Long enough to be saved, short enough to be quick; a random-weight model, so the reply depends on
# every token of the chat and a wrong state would show in it.
HISTORY = [
    Turn("tell me about the sea and the boats on it, please", "the sea is wide and the boats on it are small"),
    Turn("and the harbour where they sleep at night", "the harbour is quiet and the water is calm there"),
]
QUESTION = "what about the fish in the deep water"


@pytest.fixture
def model(family):
    return family["4L F16"]


@pytest.fixture
def states(tmp_path) -> SavedStates:
    return SavedStates(tmp_path / "states", budget_bytes=64 * 1024 * 1024)


def _engine(tmp_path, states, name="logs"):
    return Engine(log_dir=tmp_path / name, saved_states=states)


def _reply(engine, question=QUESTION, history=HISTORY, options=GREEDY):
    stream = engine.chat(question, history, options=options)
    return "".join(stream), stream


def _state_files(states: SavedStates) -> list:
    return sorted(states.folder.glob(f"*{SUFFIX}"))


def test_a_reopened_chat_reads_only_the_new_question_and_replies_as_a_fresh_read(tmp_path, model, states):
    with _engine(tmp_path, states) as engine:
        engine.load(model)
        _, first = _reply(engine)
    assert len(_state_files(states)) == 1  # saved when the reply was over (closing waits for it)

    follow_up = [*HISTORY, Turn(QUESTION, "fish swim in the deep water")]
    with _engine(tmp_path, SavedStates(budget_bytes=0), "fresh") as fresh:
        fresh.load(model)
        fresh_text, fresh_stream = _reply(fresh, "and the birds", follow_up)
    assert fresh_stream.stats.evaluated_tokens == fresh_stream.stats.prompt_tokens

    with _engine(tmp_path, states, "reopened") as reopened:  # a new process: nothing in memory
        reopened.load(model)
        text, stream = _reply(reopened, "and the birds", follow_up)
    new_tokens = len(stream.prompt.tokens) - len(first.prompt.tokens)
    assert stream.prompt.tokens[: len(first.prompt.tokens)] == first.prompt.tokens
    assert 0 < stream.stats.evaluated_tokens <= new_tokens
    assert text == fresh_text


@pytest.mark.parametrize("edited_turn", [0, 1])
def test_an_edited_history_uses_the_state_only_before_the_edit(tmp_path, model, states, edited_turn):
    edited = list(HISTORY)
    edited[edited_turn] = Turn("and the lighthouse that shines over the rocks", "it is tall")
    with _engine(tmp_path, states) as engine:
        engine.load(model)
        _, first = _reply(engine)
        engine.load(model)  # a new process: nothing in memory
        text, stream = _reply(engine, QUESTION, edited)
    with _engine(tmp_path, SavedStates(budget_bytes=0), "fresh") as fresh:
        fresh.load(model)
        fresh_text, _ = _reply(fresh, QUESTION, edited)
    unchanged = common_prefix(first.prompt.tokens, stream.prompt.tokens)  # the instructions, and turns before the edit
    assert stream.stats.evaluated_tokens == len(stream.prompt.tokens) - unchanged
    assert text == fresh_text


def test_another_model_or_context_does_not_use_the_state(tmp_path, family, states):
    with _engine(tmp_path, states) as engine:
        engine.load(family["4L F16"])
        _reply(engine)
        engine.load(family["4L Q8_0"])  # the same vocabulary, so the same tokens
        _, other_model = _reply(engine)
        engine.load(family["4L F16"], LoadSettings(n_ctx=1024))
        _, other_context = _reply(engine)
        engine.load(family["4L F16"])
        _, same_again = _reply(engine)
    assert other_model.stats.evaluated_tokens == other_model.stats.prompt_tokens
    assert other_context.stats.evaluated_tokens == other_context.stats.prompt_tokens
    assert same_again.stats.evaluated_tokens == 1  # the state was kept for when it fits again


def test_a_changed_model_file_does_not_use_the_state(tmp_path, model, states):
    copy = shutil.copy(model, tmp_path / "model.gguf")
    with _engine(tmp_path, states) as engine:
        engine.load(copy)
        _reply(engine)
        engine.unload()
        stat = os.stat(copy)
        os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # as if written again
        engine.load(copy)
        _, stream = _reply(engine)
    assert stream.stats.evaluated_tokens == stream.stats.prompt_tokens


@pytest.mark.parametrize("damage", ["flipped", "truncated", "no trailer"])
def test_a_damaged_state_is_ignored_and_deleted(tmp_path, model, states, damage):
    with _engine(tmp_path, states) as engine:
        engine.load(model)
        expected, _ = _reply(engine)
        engine.unload()  # waits for the state to be saved
        (path,) = _state_files(states)
        size = path.stat().st_size
        with open(path, "r+b") as file:
            if damage == "flipped":  # the same length, one byte of the KV cache changed
                file.seek(size // 2)
                byte = file.read(1)
                file.seek(size // 2)
                file.write(bytes([byte[0] ^ 0xFF]))
            else:
                file.truncate(size - 10 if damage == "no trailer" else size // 2)
        engine.load(model)
        text, stream = _reply(engine)
    assert stream.stats.evaluated_tokens == stream.stats.prompt_tokens
    assert text == expected
    assert path not in _state_files(states)


def test_states_beyond_the_budget_are_dropped_least_recently_used_first(tmp_path, model):
    probe = SavedStates(tmp_path / "probe", budget_bytes=64 * 1024 * 1024)
    with _engine(tmp_path, probe, "probe") as engine:
        engine.load(model)
        _reply(engine)
    states = SavedStates(tmp_path / "states", budget_bytes=int(probe.used_bytes() * 2.5))
    questions = ["first question about rivers", "second question about hills", "third question about roads"]
    with _engine(tmp_path, states) as engine:
        engine.load(model)
        prompts = [engine.prepare(question, HISTORY).tokens for question in questions]
        for question in questions[:2]:
            _reply(engine, question)
        engine.load(model)
        _reply(engine, questions[0])  # used again: now the most recent
        _reply(engine, questions[2])
        engine.unload()
    kept = [read_info(path).tokens for path in _state_files(states)]
    assert states.used_bytes() <= states.budget_bytes
    assert [any(list(tokens[: len(prompt)]) == prompt for tokens in kept) for prompt in prompts] == [True, False, True]


def test_two_processes_saving_in_one_folder_leave_only_whole_states(tmp_path, model, states):
    """The window and the CLI on one data folder: each writes its own file and renames it whole."""
    import zlib

    errors, shares_read = [], []

    def chat_in_turns(name: str) -> None:
        try:
            with _engine(tmp_path, states, name) as engine:
                engine.load(model)
                history = []
                for turn in range(3):
                    question = f"{name} asks question number {turn} about the sea"
                    text, stream = _reply(engine, question, history)
                    if turn:
                        shares_read.append(stream.stats.evaluated_tokens / stream.stats.prompt_tokens)
                    history.append(Turn(question, text))
                    engine.load(model)  # the next turn restores what this one saved
        except Exception as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    threads = [threading.Thread(target=chat_in_turns, args=(name,)) for name in ("window", "terminal")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert not errors
    assert len(shares_read) == 4 and max(shares_read) < 0.5  # each process found its own chat's state
    files = list(states.folder.iterdir())
    assert files and all(path.suffix == SUFFIX for path in files)  # no temporary file left
    for path in files:
        info = read_info(path)
        assert zlib.crc32(path.read_bytes()[: info.payload_bytes]) == info.crc32


def test_clear_deletes_every_state(tmp_path, model, states):
    with _engine(tmp_path, states) as engine:
        engine.load(model)
        _reply(engine)
    assert states.used_bytes() > 0
    states.clear()
    assert states.used_bytes() == 0 and _state_files(states) == []


def test_a_long_prompt_reports_how_much_is_read_and_stop_still_works(engine, slow_reader_f16):
    engine.load(slow_reader_f16, LoadSettings(n_ctx=2048, n_batch=512))
    long_message = " ".join(f"word{i} is here" for i in range(230))
    seen: list[tuple[float, str]] = []
    stream = engine.chat(long_message, options=GenerationOptions(temperature=0, max_tokens=1))
    stream.on_reading = lambda fraction: seen.append((fraction, threading.current_thread().name))
    list(stream)
    fractions = [fraction for fraction, _ in seen]
    assert len(fractions) >= 4, fractions
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    batch_ends = {min(1.0, n / (stream.stats.prompt_tokens - 1)) for n in (512, 1024, 1536)}
    assert set(fractions) - batch_ends  # it moves within a batch too, not only at their ends
    assert {thread for _, thread in seen} == {threading.current_thread().name}
    assert stream.reading == 1.0
