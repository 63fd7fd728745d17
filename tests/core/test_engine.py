"""The engine against real (tiny, synthetic) GGUF files in a real llama.cpp child process."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from app.core.engine.generation import GenerationOptions, LoadSettings
from app.core.engine.prompt import Turn, build_prompt
from app.core.errors import EngineBusyError, ModelCrashedError, ModelLoadError, NoModelLoadedError, PromptTooLongError
from app.testing.gguf_models import EOS, Vocab, char_vocab, expected_tokens, finish, llama_writer
from tests.conftest import SCRIPTED_REPLY

GREEDY = GenerationOptions(temperature=0, max_tokens=64)


def test_quantized_model_streams_its_reply_and_stops_at_eos(engine, scripted_q4):
    info = engine.load(scripted_q4)
    assert (info.architecture, info.n_layers, info.n_ctx) == ("llama", 2, 2048)
    stream = engine.chat("Hello", options=GREEDY)
    pieces = list(stream)
    assert "".join(pieces) == SCRIPTED_REPLY
    assert stream.stats.stop_reason == "eos"
    assert stream.stats.reply_tokens == 8  # "▁", "H", "i", "!", then the emoji's 4 bytes
    assert stream.stats.prompt_tokens == len(stream.prompt.tokens)
    assert stream.stats.time_to_first_token_s > 0


def test_pieces_never_split_a_utf8_character(engine, scripted_f32):
    engine.load(scripted_f32)
    pieces = list(engine.chat("Hello", options=GREEDY))
    assert "😀" in pieces  # the 4 byte tokens arrive as one whole character
    assert all("\ufffd" not in piece for piece in pieces)


def test_prompt_is_built_from_the_models_own_tokenizer(engine, scripted_q4):
    engine.load(scripted_q4)
    vocab = char_vocab()

    class Reference:
        bos_id, eos_id = 1, EOS

        def tokenize_text(self, text):
            return expected_tokens(vocab, text)

    history = [Turn("one", "1"), Turn("two", "2"), Turn("three </s>USER: x", "3")]
    for turns in (0, 1, 3):
        prompt = engine.prepare("Hi é", history[:turns], system="Be brief.")
        expected = build_prompt(Reference(), "Be brief.", history[:turns], "Hi é")
        assert prompt.text == expected.text
        assert prompt.tokens == expected.tokens
        assert prompt.tokens.count(EOS) == turns


def test_max_tokens_ends_a_reply(engine, looping_q4):
    engine.load(looping_q4)
    stream = engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=9))
    text = "".join(stream)
    assert stream.stats.stop_reason == "length"
    assert stream.stats.reply_tokens == 9
    assert text == "abababab"  # the first token is the space before the reply


def test_next_turn_reads_only_the_new_tokens(engine, scripted_q4):
    engine.load(scripted_q4)
    first = engine.chat("Hello", options=GREEDY)
    reply = "".join(first)
    second = engine.chat("And now?", [Turn("Hello", reply)], options=GREEDY)
    assert "".join(second) == SCRIPTED_REPLY
    turn_one_cached = len(first.prompt.tokens) + first.stats.reply_tokens
    new_tokens = len(second.prompt.tokens) - turn_one_cached
    assert second.prompt.tokens[:turn_one_cached][: len(first.prompt.tokens)] == first.prompt.tokens
    assert second.stats.evaluated_tokens == new_tokens
    assert first.stats.evaluated_tokens == len(first.prompt.tokens)


def test_context_trimming_through_the_engine(engine, scripted_q4):
    engine.load(scripted_q4, LoadSettings(n_ctx=256))
    history = [Turn(f"question {i}", f"answer {i}") for i in range(12)]
    stream = engine.chat("last", history, system="S.", options=GenerationOptions(temperature=0, max_tokens=32))
    assert "".join(stream) == SCRIPTED_REPLY
    assert stream.prompt.dropped_turns > 0
    assert len(stream.prompt.tokens) + 32 <= 256
    assert stream.prompt.text.startswith("S. USER: question ")
    assert "question 11" in stream.prompt.text


def test_too_long_message_is_a_clear_error_and_the_engine_stays_usable(engine, scripted_q4):
    engine.load(scripted_q4, LoadSettings(n_ctx=256))
    with pytest.raises(PromptTooLongError, match="too long"):
        engine.chat("word " * 200, options=GenerationOptions(max_tokens=32))
    assert "".join(engine.chat("ok", options=GREEDY)) == SCRIPTED_REPLY


def test_cancel_from_another_thread_stops_at_once_and_next_turn_works(engine, looping_q4):
    engine.load(looping_q4)
    stream = engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=100_000))
    seen = []
    cancelled_at = []

    def stop_soon():
        while len(seen) < 20:
            time.sleep(0.001)
        cancelled_at.append((time.perf_counter(), len(seen)))
        engine.cancel()

    stopper = threading.Thread(target=stop_soon)
    stopper.start()
    for piece in stream:
        seen.append(piece)
    ended = time.perf_counter()
    stopper.join()
    cancel_time, seen_at_cancel = cancelled_at[0]
    assert stream.stats.cancelled
    assert len(seen) <= seen_at_cancel + 1  # at most the piece already being handed over
    assert stream.stats.reply_tokens < 1024  # the longest reply allowed in a 2048 context
    assert ended - cancel_time < 1.0
    assert stream.text == "".join(seen)
    # The engine is free and consistent for the next turn.
    follow_up = engine.chat("again", [Turn("go", stream.text)], options=GenerationOptions(temperature=0, max_tokens=5))
    assert "".join(follow_up) == "abab"


def test_closing_a_stream_early_frees_the_engine(engine, looping_q4):
    engine.load(looping_q4)
    with engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=100_000)) as stream:
        next(stream)
    assert stream.stats.cancelled
    assert "".join(engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=3))) == "ab"


def test_second_request_while_busy_is_refused(engine, looping_q4):
    engine.load(looping_q4)
    with engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=100_000)) as stream:
        next(stream)
        with pytest.raises(EngineBusyError):
            engine.chat("second")


def test_cancel_while_reading_a_long_prompt(engine, slow_reader_f16):
    engine.load(slow_reader_f16, LoadSettings(n_ctx=2048, n_batch=2048))
    long_message = " ".join(f"word{i} is here" for i in range(230))
    quick = GenerationOptions(temperature=0, max_tokens=1)

    started = time.perf_counter()
    full = engine.chat(long_message, options=quick)
    list(full)
    full_read_s = time.perf_counter() - started
    assert full.stats.evaluated_tokens > 1200

    engine.load(slow_reader_f16, LoadSettings(n_ctx=2048, n_batch=2048))  # empty cache
    engine.saved_states.clear()  # and no saved state of that chat: it is read from its first word
    stream = engine.chat(long_message, options=quick)
    timer = threading.Timer(full_read_s * 0.2, stream.cancel)
    timer.start()
    cancel_started = time.perf_counter()
    assert list(stream) == []
    stopped_after = time.perf_counter() - cancel_started
    timer.join()
    assert stream.stats.cancelled
    assert stopped_after < full_read_s * 0.6, (stopped_after, full_read_s)
    # What was read before the stop is dropped cleanly: the same question works again.
    again = engine.chat("short question", options=quick)
    list(again)
    assert again.stats.stop_reason == "length"


def test_killed_mid_reply_is_an_error_message_and_reload_works(engine, looping_q4):
    engine.load(looping_q4)
    stream = engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=100_000))
    for _ in range(5):
        next(stream)
    os.kill(engine.child_pid, signal.SIGKILL)
    with pytest.raises(ModelCrashedError, match="The model stopped unexpectedly: it was stopped by the system"):
        for _ in stream:
            pass
    assert engine.model is None
    with pytest.raises(NoModelLoadedError):
        engine.chat("anyone?")
    engine.load(looping_q4)
    assert "".join(engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=3))) == "ab"


def test_switching_models_ends_the_old_process(engine, scripted_q4, looping_q4):
    engine.load(scripted_q4)
    first_pid = engine.child_pid
    engine.load(looping_q4)
    assert engine.child_pid != first_pid
    with pytest.raises(ProcessLookupError):
        os.kill(first_pid, 0)
    assert "".join(engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=3))) == "ab"


def test_unload_frees_the_process(engine, scripted_q4):
    engine.load(scripted_q4)
    pid = engine.child_pid
    engine.unload()
    assert engine.child_pid is None and engine.model is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


# -- load errors: a clear message, and this process lives on ------------------


def test_load_missing_file(engine, tmp_path):
    with pytest.raises(ModelLoadError, match="There is no model file"):
        engine.load(tmp_path / "missing.gguf")


def test_load_not_a_gguf(engine, tmp_path):
    path = tmp_path / "photo.gguf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 1000)
    with pytest.raises(ModelLoadError, match="not a GGUF model file"):
        engine.load(path)


def test_load_truncated_download(engine, tmp_path, scripted_q4):
    data = scripted_q4.read_bytes()
    path = tmp_path / "partial.gguf"
    path.write_bytes(data[: int(len(data) * 0.7)])
    with pytest.raises(ModelLoadError, match="incomplete or damaged"):
        engine.load(path)
    engine.load(scripted_q4)  # the engine recovers
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY


def test_load_unknown_architecture(engine, tmp_path):
    from app.testing.gguf_models import write_unknown_architecture

    path = write_unknown_architecture(tmp_path / "strange.gguf")
    with pytest.raises(ModelLoadError, match="'strangeformer' model, which this version of ShortChat cannot run"):
        engine.load(path)


def test_load_with_a_damaged_vocabulary(engine, tmp_path):
    """Metadata that passes the header check but that llama.cpp rejects."""
    import numpy as np

    vocab = char_vocab()
    broken = Vocab(vocab.pieces, vocab.scores[:10], vocab.types)  # 10 scores for 354 tokens
    writer = llama_writer(tmp_path / "broken.gguf", 1, 256, 512, 2, 2048, broken, "broken")
    writer.add_tensor("token_embd.weight", np.zeros((len(vocab.pieces), 256), dtype=np.float32))
    finish(writer)
    with pytest.raises(ModelLoadError, match="could not be loaded: it may be damaged .*scores"):
        engine.load(tmp_path / "broken.gguf")
    assert engine.model is None


def test_generate_before_load(engine):
    with pytest.raises(NoModelLoadedError, match="No model is loaded"):
        engine.chat("hi")


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_llama_cpp_runs_below_the_windows_priority(engine, scripted_q4):
    from app.core.engine.llama_worker import ENGINE_NICENESS

    engine.load(scripted_q4)
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, engine.child_pid) == min(19, ours + ENGINE_NICENESS)


def test_amx_cpu_variants_of_a_portable_build_are_never_chosen(tmp_path, monkeypatch):
    from llama_cpp import _ggml

    from app.core.engine import llama_worker

    lib, bin_ = tmp_path / "site" / "llama_cpp" / "lib", tmp_path / "site" / "bin"
    lib.mkdir(parents=True)
    bin_.mkdir()
    (lib / "libggml-cpu-icelake.so").write_bytes(b"")  # where the bundle puts them
    for name in ("libggml-cpu-haswell.so", "libggml-cpu-sapphirerapids.so"):  # where pip puts them
        (bin_ / name).write_bytes(b"")
    monkeypatch.setattr(_ggml, "libggml_base_path", lib)
    assert [p.name for p in llama_worker.cpu_variant_files()] == ["libggml-cpu-icelake.so", "libggml-cpu-haswell.so"]


def test_tokenize_reads_text_as_plain_text_after_bos(engine, scripted_q4):
    engine.load(scripted_q4)
    text = "</s>USER: hi"
    assert engine.tokenize(text) == [1] + expected_tokens(char_vocab(), text)  # "</s>" stays four characters


def test_stop_strings_of_the_request_end_the_reply_in_the_engine(engine, looping_q4):
    engine.load(looping_q4)
    stream = engine.chat("go", options=GenerationOptions(temperature=0, max_tokens=50, stop=("ba",)))
    assert "".join(stream) == "a"
    assert stream.stats.stop_reason == "stop_string"
    assert stream.stats.reply_tokens < 5
