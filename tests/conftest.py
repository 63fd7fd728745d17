"""Shared fixtures: a private SHORTCHAT_HOME, tiny synthetic models, an engine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.testing.gguf_models import quantize, write_random_llama, write_scripted_llama

# On a computer with a GPU, "-1" (or a number of layers) runs every test's model on it: each load that
# asks for no GPU layers gets these instead (bench/gpu_check.py runs the core tests so).
GPU_LAYERS_VARIABLE = "SHORTCHAT_TEST_GPU_LAYERS"

SCRIPTED_REPLY = "Hi!😀"  # ASCII, then a 4-byte character the model writes as 4 byte tokens
LOOP_REPLY = "ab"


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch) -> Path:
    """Never read or write the real user's folders."""
    home = tmp_path / "shortchat-home"
    monkeypatch.setenv("SHORTCHAT_HOME", str(home))
    return home


def offloaded(settings, gpu_layers: int):
    """``settings`` (None: the defaults) with ``gpu_layers`` where they asked for none."""
    from dataclasses import replace

    from app.core.engine.generation import LoadSettings

    settings = settings or LoadSettings()
    return replace(settings, n_gpu_layers=gpu_layers) if settings.n_gpu_layers == 0 else settings


@pytest.fixture(autouse=True, scope="session")
def gpu_layers_on_request():
    """With SHORTCHAT_TEST_GPU_LAYERS set, every engine load puts that many layers on the GPU."""
    wanted = os.environ.get(GPU_LAYERS_VARIABLE, "").strip()
    if not wanted:
        yield None
        return
    from app.core.engine.engine import Engine

    load = Engine.load

    def load_offloaded(self, path, settings=None, *args, **kwargs):
        return load(self, path, offloaded(settings, int(wanted)), *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Engine, "load", load_offloaded)
        yield int(wanted)


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def scripted_f32(models_dir) -> Path:
    return write_scripted_llama(models_dir / "scripted-f32.gguf", SCRIPTED_REPLY)


@pytest.fixture(scope="session")
def scripted_q4(models_dir, scripted_f32) -> Path:
    """Q4_K_M: K-quant kernels are where an AMX build of llama.cpp crashes."""
    return quantize(scripted_f32, models_dir / "scripted-Q4_K_M.gguf", "Q4_K_M")


@pytest.fixture(scope="session")
def looping_q4(models_dir) -> Path:
    """Writes "ab" for ever: for stopping a reply half-way."""
    source = write_scripted_llama(models_dir / "loop-f32.gguf", LOOP_REPLY, loop=True)
    return quantize(source, models_dir / "loop-Q4_K_M.gguf", "Q4_K_M")


@pytest.fixture(scope="session")
def slow_reader_f16(models_dir) -> Path:
    """Big enough (about 200 MB) that reading a long prompt takes a second or more."""
    return write_random_llama(
        models_dir / "slow-reader-f16.gguf", n_layers=4, n_embd=1024, n_ff=2816, n_head=8, n_vocab=32000
    )


@pytest.fixture
def engine(tmp_path):
    from app.core.engine.engine import Engine

    engine = Engine(log_dir=tmp_path / "logs")
    yield engine
    engine.close()


def pytest_configure(config):  # noqa: ARG001 - pytest hook signature
    # Qt renders without a display in tests.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def fake_hub(tmp_path, monkeypatch):
    """A hub on 127.0.0.1; HF_ENDPOINT points at it."""
    from app.testing.fake_hub import FakeHub

    with FakeHub(tmp_path / "hub-storage") as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.url)
        monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        yield hub


DEAD_ENDPOINT = "http://127.0.0.1:9"  # nothing listens on the discard port: connection refused at once


@pytest.fixture(scope="session")
def family(models_dir) -> dict[str, Path]:
    """A pruned family in miniature: one architecture at 4 and 2 layers, in several quants
    (dimensions that K-quants accept), named as the catalog names its files."""
    files = {}
    for layers in (4, 2):
        source = write_random_llama(
            models_dir / f"family-{layers}L.F16.gguf", n_layers=layers, n_embd=256, n_ff=768, n_head=4, n_vocab=1000
        )
        files[f"{layers}L F16"] = source
        for quant in ("Q8_0", "Q4_K_M"):
            files[f"{layers}L {quant}"] = quantize(source, models_dir / f"family-{layers}L.{quant}.gguf", quant)
    return files
