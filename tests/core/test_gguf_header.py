"""Model files are checked before llama.cpp sees them; each problem has a plain message."""

from __future__ import annotations

import struct

import pytest

from app.core.errors import ModelLoadError
from app.core.models.gguf_header import check_chat_model, read_header
from tests.core import gguf_bytes as gb


def test_reads_a_real_header(scripted_q4):
    header = read_header(scripted_q4)
    assert header.architecture == "llama"
    assert header.block_count == 2
    assert header.context_length == 2048
    assert header.embedding_length == 256
    assert header.vocab_size == 354
    assert header.file_type == 15  # Q4_K_M
    assert header.file_bytes == scripted_q4.stat().st_size


def test_missing_file(tmp_path):
    with pytest.raises(ModelLoadError, match="There is no model file at"):
        read_header(tmp_path / "nothing.gguf")


def test_folder(tmp_path):
    with pytest.raises(ModelLoadError, match="is a folder"):
        read_header(tmp_path)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip file", b"hello world, not a model"])
def test_not_a_gguf(tmp_path, content):
    path = tmp_path / "notes.gguf"
    path.write_bytes(content)
    with pytest.raises(ModelLoadError, match="is not a GGUF model file"):
        read_header(path)


def test_old_ggml_format(tmp_path):
    path = tmp_path / "old.bin"
    path.write_bytes(b"tjgg" + b"\0" * 100)
    with pytest.raises(ModelLoadError, match="old GGML format"):
        read_header(path)


def test_future_version(tmp_path):
    path = tmp_path / "v9.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 9, 0, 0))
    with pytest.raises(ModelLoadError, match="version 9"):
        read_header(path)


def test_header_cut_short(tmp_path, scripted_q4):
    path = tmp_path / "cut.gguf"
    path.write_bytes(scripted_q4.read_bytes()[:300])
    with pytest.raises(ModelLoadError, match="damaged or incomplete .*ends too early"):
        read_header(path)


def _kv_file(path, key: bytes, kv_count=1, tensor_count=1, string_length=None):
    value = b"llama"
    length = len(value) if string_length is None else string_length
    body = struct.pack("<Q", len(key)) + key + struct.pack("<I", 8) + struct.pack("<Q", length) + value
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, tensor_count, kv_count) + body)
    return path


def test_empty_key_is_refused_before_llama_cpp_can_abort_on_it(tmp_path):
    with pytest.raises(ModelLoadError, match="a metadata key is empty"):
        read_header(_kv_file(tmp_path / "k.gguf", b""))


def test_impossible_counts(tmp_path):
    with pytest.raises(ModelLoadError, match="impossible"):
        read_header(_kv_file(tmp_path / "c.gguf", b"general.architecture", kv_count=2**60))


def test_impossible_string_length_does_not_allocate(tmp_path):
    with pytest.raises(ModelLoadError, match="impossible length"):
        read_header(_kv_file(tmp_path / "s.gguf", b"general.architecture", string_length=2**62))


def test_no_architecture(tmp_path):
    path = tmp_path / "a.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 1, 0))
    with pytest.raises(ModelLoadError, match="does not say what kind of model"):
        read_header(path)


def test_vision_encoder_is_not_a_chat_model(tmp_path):
    import numpy as np

    path = gb.write_tiny(tmp_path / "mmproj.gguf", "clip", {"v.weight": np.zeros(4, dtype=np.float32)})
    with pytest.raises(ModelLoadError, match="'clip' model .* not a chat model"):
        check_chat_model(path)


# -- every value that is used is checked, in one place ------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("llama.context_length", gb.scalar(gb.F32, float("nan")), "context length"),
        ("llama.context_length", gb.scalar(gb.F32, float("inf")), "context length"),
        ("llama.context_length", gb.scalar(gb.I32, -4096), "context length"),
        ("llama.context_length", gb.scalar(gb.U32, 0), "context length"),
        ("llama.context_length", gb.scalar(gb.U64, 2**40), "context length"),
        ("llama.block_count", gb.scalar(gb.U32, 0), "layer count"),
        ("llama.block_count", gb.scalar(gb.U64, 2**33), "layer count"),
        ("llama.block_count", gb.string("six"), "layer count"),
        ("llama.embedding_length", gb.scalar(gb.F64, 4096.5), "embedding size"),
        ("llama.attention.head_count", gb.scalar(gb.I32, -1), "attention head count"),
        ("llama.attention.head_count_kv", gb.scalar(gb.U32, 2**31), "attention head count"),
        ("llama.feed_forward_length", gb.scalar(gb.F32, float("nan")), "feed-forward size"),
        ("general.file_type", gb.scalar(gb.F32, 15.0), "file type"),
        ("general.architecture", gb.scalar(gb.U32, 7), "what kind of model"),
    ],
)
def test_a_bad_value_is_a_sentence_never_a_crash(tmp_path, scripted_f32, key, value, said):
    path = gb.edit(scripted_f32, tmp_path / "bad.gguf", {key: value})
    with pytest.raises(ModelLoadError, match=rf"bad.gguf is damaged \(.*{said}"):
        read_header(path)


def test_direct_headers_with_bad_values_read_as_unknown(tmp_path):
    from app.core.models.gguf_header import GGUFHeader

    metadata = {"general.architecture": "llama", "llama.context_length": float("nan"), "llama.block_count": -3}
    header = GGUFHeader(tmp_path / "x.gguf", 3, 1, 100, metadata)
    assert (header.context_length, header.block_count) == (None, None)
    assert "context length" in header.problem()


def test_a_vocabulary_too_large_to_be_real_is_refused(tmp_path, scripted_f32):
    from app.core.models.gguf_header import MAX_VOCAB

    fake = gb.ARRAY, struct.pack("<IQ", gb.U8, MAX_VOCAB + 1) + b"\0" * (MAX_VOCAB + 1)
    path = gb.edit(scripted_f32, tmp_path / "vocab.gguf", {"tokenizer.ggml.tokens": fake})
    with pytest.raises(ModelLoadError, match="vocabulary"):
        read_header(path)


def _string_array(strings: list[bytes], count: int | None = None) -> tuple[int, bytes]:
    body = b"".join(struct.pack("<Q", len(s)) + s for s in strings)
    return gb.ARRAY, struct.pack("<IQ", gb.STRING, len(strings) if count is None else count) + body


def test_a_long_array_of_strings_is_skipped_to_the_byte(tmp_path, scripted_f32):
    """Arrays of strings (a 32,000-token vocabulary) are skipped a block of lengths at a time: strings
    across the blocks' edges, and one longer than a block, leave the reader exactly after the array."""
    strings = [b"x" * (i % 37) for i in range(20_000)] + [b"y" * 200_000] + [b"z" * (i % 5) for i in range(9_000)]
    path = gb.edit(scripted_f32, tmp_path / "merges.gguf", {"tokenizer.ggml.merges": _string_array(strings)})
    header = read_header(path)
    assert header.metadata["tokenizer.ggml.merges"].length == len(strings)
    assert header.block_count == 2 and header.tensor_count == read_header(scripted_f32).tensor_count


@pytest.mark.parametrize(
    ("strings", "count", "said"),
    [
        ([b"ab"] * 10_000 + [b"c"], 10_002, "damaged"),  # more strings claimed than there are
        ([b"ab"] * 10_000, None, None),  # as written: read
    ],
)
def test_an_array_of_strings_that_claims_too_much_is_damaged(tmp_path, scripted_f32, strings, count, said):
    path = gb.edit(scripted_f32, tmp_path / "m.gguf", {"tokenizer.ggml.merges": _string_array(strings, count)})
    if said is None:
        assert read_header(path).metadata["tokenizer.ggml.merges"].length == len(strings)
        return
    with pytest.raises(ModelLoadError, match=said):
        read_header(path)


def test_an_impossible_length_inside_an_array_of_strings(tmp_path, scripted_f32):
    array = _string_array([b"ab"] * 5_000)
    body = bytearray(array[1])
    struct.pack_into("<Q", body, 12 + 10 * 1_000, 2**62)  # the 1,001st string's length
    path = gb.edit(scripted_f32, tmp_path / "m.gguf", {"tokenizer.ggml.merges": (gb.ARRAY, bytes(body))})
    with pytest.raises(ModelLoadError, match="impossible length"):
        read_header(path)


def test_an_array_of_strings_cut_by_the_end_of_the_file(tmp_path):
    path = tmp_path / "cut.gguf"
    kv = struct.pack("<Q", 4) + b"list" + struct.pack("<I", gb.ARRAY) + _string_array([b"abc"] * 3_000)[1]
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + kv[: len(kv) - 5])
    with pytest.raises(ModelLoadError, match="ends too early"):
        read_header(path)


# -- big values are skipped, not read; the header sent to the engine stays small -------------------


def test_a_huge_text_value_is_skipped_not_read(tmp_path, scripted_f32):
    import pickle
    import tracemalloc

    template = "{{ x }}" * (30 * 1024 * 1024 // 7)  # 30 MiB
    path = gb.edit(scripted_f32, tmp_path / "big.gguf", {"tokenizer.chat_template": gb.string(template)})
    tracemalloc.start()
    header = read_header(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 4 * 1024 * 1024, f"reading the header took {peak:,} bytes"
    assert len(pickle.dumps(header)) < 64 * 1024
    assert header.block_count == 2  # the rest was read as before


def test_the_header_sent_to_the_engine_carries_only_what_it_uses(tmp_path, scripted_f32):
    import pickle

    many = {f"general.note.{i}": gb.string("x" * 1000) for i in range(2000)}  # 2 MB of small strings
    header = read_header(gb.edit(scripted_f32, tmp_path / "many.gguf", many))
    again = pickle.loads(pickle.dumps(header))
    assert len(pickle.dumps(header)) < 64 * 1024
    assert (again.name, again.context_length, again.block_count, again.path) == (
        header.name, 2048, 2, header.path,
    )  # fmt: skip


# -- only regular files are opened ---------------------------------------------------------------


def _without_hanging(function, *args):
    """Run ``function``; if it blocks on a FIFO, unblock it and fail."""
    import os
    import threading

    outcome = {}

    def call():
        try:
            outcome["value"] = function(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        for path in args:
            try:  # a writer lets a blocked reader go on
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            except (OSError, TypeError):
                pass
        thread.join(5)
        pytest.fail(f"{function.__name__} blocked on {args}")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.gguf"
    os.mkfifo(fifo)
    with pytest.raises(ModelLoadError, match="pipe.gguf is not a regular file"):
        _without_hanging(read_header, fifo)


def test_a_symlink_loop_is_a_sentence(tmp_path):
    loop = tmp_path / "loop.gguf"
    loop.symlink_to(tmp_path / "loop.gguf")
    with pytest.raises(ModelLoadError, match="loop.gguf is a link that leads nowhere"):
        read_header(loop)


# -- a file cut after its header is incomplete ---------------------------------------------------


@pytest.mark.parametrize("keep", ["header", "most"])
def test_a_file_cut_short_is_incomplete(tmp_path, scripted_q4, keep):
    data = scripted_q4.read_bytes()
    cut = gb.tensor_data_start(scripted_q4) if keep == "header" else len(data) - 1
    path = tmp_path / "cut.gguf"
    path.write_bytes(data[:cut])
    with pytest.raises(ModelLoadError, match="cut.gguf is incomplete"):
        read_header(path)


def test_a_whole_file_is_not_incomplete(scripted_q4, scripted_f32):
    for path in (scripted_q4, scripted_f32):
        assert read_header(path).file_bytes == path.stat().st_size


def test_a_tensor_with_a_zero_dimension_is_refused(tmp_path):
    import numpy as np

    path = gb.write_tiny(tmp_path / "zero.gguf", "llama", {"token_embd.weight": np.zeros((0, 4), dtype=np.float32)})
    with pytest.raises(ModelLoadError, match="zero.gguf is damaged"):
        read_header(path)


# -- text from a file is made printable ----------------------------------------------------------


def test_control_characters_in_the_name_are_not_passed_on(tmp_path, scripted_f32):
    from app.core.models.gguf_header import printable

    evil = "\x1b[31mred\x1b]0;owned\x07 model\r\n\u202e"
    path = gb.edit(scripted_f32, tmp_path / "evil.gguf", {"general.name": gb.string(evil)})
    name = read_header(path).name
    assert name.startswith("?[31mred?]0;owned? model")
    assert all(c.isprintable() for c in name)
    assert printable("caf\u00e9 \U0001f600\ttab") == "caf\u00e9 \U0001f600?tab"


def test_an_unchanged_file_is_parsed_once_and_a_changed_one_again(tmp_path, monkeypatch, scripted_q4, scripted_f32):
    """Listing the library, planning a load and loading it each ask for a file's header: it is
    read from the file once, until the file changes."""
    import shutil

    from app.core.models import gguf_header

    parsed = []
    parse = gguf_header._parse_header
    monkeypatch.setattr(gguf_header, "_parse_header", lambda path: parsed.append(path) or parse(path))
    model = tmp_path / "model.gguf"
    shutil.copy(scripted_q4, model)
    first = read_header(model)
    assert read_header(model) is first and read_header(str(model)) is first
    assert len(parsed) == 1
    shutil.copy(scripted_f32, model)  # a new version of the file
    changed = read_header(model)
    assert len(parsed) == 2 and changed.file_bytes == scripted_f32.stat().st_size != first.file_bytes
    with pytest.raises(ModelLoadError):
        read_header(tmp_path / "missing.gguf")
