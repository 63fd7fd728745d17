"""Model files are checked before llama.cpp sees them; each problem has a plain message."""

from __future__ import annotations

import struct

import pytest

from app.core.errors import ModelLoadError
from app.core.gguf_header import check_chat_model, read_header


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
    import gguf
    import numpy as np

    path = tmp_path / "mmproj.gguf"
    writer = gguf.GGUFWriter(str(path), "clip")
    writer.add_tensor("v.weight", np.zeros(4, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(ModelLoadError, match="'clip' model .* not a chat model"):
        check_chat_model(path)
