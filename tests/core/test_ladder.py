"""The out-of-memory ladder, on a miniature family of real GGUF files and a simulated tight memory."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from app.core.errors import ModelLoadError, OutOfMemoryError
from app.core.fit import RAM_USABLE_SHARE
from app.core.generation import GenerationOptions, LoadSettings
from app.core.hardware import Gpu, Hardware
from app.core.ladder import (
    FEWER_GPU_LAYERS,
    NO_GPU,
    NO_REPACK,
    SAME_MODEL,
    SMALLER_MODEL,
    SMALLER_QUANT,
    LoadPlan,
    load_following,
    plan_load,
)
from app.core.settings import Settings

AUTO = Settings()  # context, threads and GPU layers on automatic


def with_ram(total: int, free: int | None = None, vram: int = 0) -> Hardware:
    gpus = (Gpu("GPU", "nvidia", vram, vram),) if vram else ()
    return Hardware(total, total if free is None else free, 2, 2, "CPU", gpus, gpu_offload_supported=bool(vram))


def ram_between(low_need: int, high_need: int) -> Hardware:
    """A computer on which a working set of ``low_need`` is not too big, but ``high_need`` is."""
    total = int((low_need + high_need) / 2 / RAM_USABLE_SHARE)
    return with_ram(total)


def needs(path, known=None) -> int:
    """Working set of the first rung for ``path`` with plenty of memory, at the shortest context."""
    return plan_load(path, with_ram(64 * 2**30), Settings(context=512), known=known).chosen.footprint.working_set


def all_files(family):
    return list(family.values())


def test_enough_memory_loads_the_model_as_asked_with_the_longest_context(family):
    plan = plan_load(family["4L Q8_0"], with_ram(64 * 2**30), AUTO, all_files(family))
    assert plan.fits and plan.chosen.step == SAME_MODEL and plan.chosen.path == family["4L Q8_0"]
    assert plan.chosen.settings.n_ctx == 2048 and plan.chosen.settings.use_repack
    assert plan.sentence() == ""


def test_too_big_steps_down_to_a_smaller_quant_of_the_same_model(family):
    q8, q4 = needs(family["4L Q8_0"]), needs(family["4L Q4_K_M"])
    plan = plan_load(family["4L Q8_0"], ram_between(q4, q8), Settings(context=512), all_files(family))
    assert plan.fits
    assert (plan.chosen.path, plan.chosen.step) == (family["4L Q4_K_M"], SMALLER_QUANT)
    sentence = plan.sentence()
    assert sentence.startswith("family-4L.Q8_0 needs about") and "family-4L.Q4_K_M instead" in sentence
    assert "a smaller file of the same model" in sentence and sentence.count(".") >= 1 and "\n" not in sentence


def test_after_a_failed_load_the_repack_copy_goes_before_the_quant(family):
    path = family["4L Q4_K_M"]
    plan = plan_load(path, with_ram(64 * 2**30), Settings(context=512), all_files(family))
    assert [r.step for r in plan.rungs][:3] == [SAME_MODEL, NO_REPACK, SMALLER_MODEL]
    following = plan.after_failure()
    assert (following.chosen.path, following.chosen.settings.use_repack) == (path, False)
    assert following.chosen.footprint.cpu_bytes < plan.chosen.footprint.cpu_bytes  # the peak is lower
    assert "without its speed-up copy of the weights (about a third slower" in following.failure_sentence()
    # The working set is not: the copy's source pages are reclaimable, so planning does not pick it for memory.
    assert following.chosen.footprint.working_set == plan.chosen.footprint.working_set


def test_then_a_smaller_model(family):
    smallest_4l = min(needs(family["4L Q4_K_M"]), needs(family["4L Q8_0"]))
    two_layers = needs(family["2L Q8_0"])
    assert two_layers < smallest_4l
    plan = plan_load(family["4L Q8_0"], ram_between(two_layers, smallest_4l - 2**20), Settings(context=512),
                     all_files(family))  # fmt: skip
    assert plan.chosen.step == SMALLER_MODEL and plan.chosen.path.name.startswith("family-2L")
    assert "(a smaller model" in plan.sentence()


def test_automatic_context_shrinks_before_anything_else(family):
    path = family["4L Q8_0"]
    at_512, at_2048 = needs(path), plan_load(path, with_ram(64 * 2**30), AUTO).chosen.footprint.working_set
    free = int((at_512 + at_2048) / 2 / 0.8)  # "fits easily" keeps a fifth of the free memory
    plan = plan_load(path, with_ram(64 * 2**30, free), AUTO, all_files(family))
    assert plan.chosen.step == SAME_MODEL and 512 <= plan.chosen.settings.n_ctx < 2048
    assert plan.sentence() == ""  # a shorter memory of the chat is not a change of model


def test_nothing_fits_leaves_the_decision_to_the_user(family):
    plan = plan_load(family["4L Q8_0"], with_ram(64 * 2**20), AUTO, all_files(family))
    assert not plan.fits and plan.chosen.step == SAME_MODEL
    assert [r.step for r in plan.rungs][-1] in (SMALLER_MODEL, NO_REPACK)  # every rung kept for the ladder


def test_gpu_layers_step_down_before_the_processor_only(family):
    plan = plan_load(family["4L Q4_K_M"], with_ram(64 * 2**30, vram=2**30), AUTO)
    steps = [(r.step, r.settings.n_gpu_layers) for r in plan.rungs]
    assert steps[0] == (SAME_MODEL, 4) and (FEWER_GPU_LAYERS, 2) in steps and (NO_GPU, 0) in steps
    assert steps.index((FEWER_GPU_LAYERS, 2)) < steps.index((NO_GPU, 0))


def test_a_fixed_context_is_kept(family):
    plan = plan_load(family["4L Q8_0"], with_ram(64 * 2**30), Settings(context=1024))
    assert {r.settings.n_ctx for r in plan.rungs} == {1024}


class _KillFirstLoad:
    """Ends the engine's first llama.cpp process as soon as it starts, as the OOM killer does:
    the kernel counts the kill (in the cgroup's memory.events, here a file the engine is
    pointed at), then the process gets SIGKILL. A kill without that count is not for memory."""

    def __init__(self, engine, monkeypatch, tmp_path) -> None:
        from app.core import engine as engine_module

        self.engine = engine
        self.events = tmp_path / "memory.events"
        self.events.write_text("low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n")
        monkeypatch.setattr(engine_module, "_oom_counter_sources", lambda: [(self.events, "oom_kill")])
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pid = self.engine.child_pid
            if pid:
                self.events.write_text("low 0\nhigh 0\nmax 1\noom 1\noom_kill 1\n")
                os.kill(pid, signal.SIGKILL)
                return
            time.sleep(0.001)


def test_a_load_stopped_for_memory_steps_down_and_says_why(engine, family, monkeypatch, tmp_path):
    plan = plan_load(family["4L Q8_0"], with_ram(64 * 2**30), AUTO, all_files(family))
    told = []
    _KillFirstLoad(engine, monkeypatch, tmp_path)
    info, final = load_following(engine, plan, told.append)
    assert final.chosen is plan.rungs[1] and info.path == plan.rungs[1].path
    assert told == [final.failure_sentence()]
    assert told[0].startswith("family-4L.Q8_0 did not fit when loading, so ShortChat is loading")
    assert list(engine.chat("Hi", options=GenerationOptions(max_tokens=4)))  # the model that loaded answers


def test_the_engine_calls_a_killed_load_out_of_memory(engine, family, monkeypatch, tmp_path):
    _KillFirstLoad(engine, monkeypatch, tmp_path)
    with pytest.raises(OutOfMemoryError, match="did not fit in this computer's memory"):
        engine.load(family["4L Q4_K_M"], LoadSettings(n_ctx=512))


def test_no_rung_left_is_the_last_error_and_a_damaged_file_is_not_stepped_around(engine, family, monkeypatch, tmp_path):
    plan = plan_load(family["4L Q8_0"], with_ram(64 * 2**30), AUTO)
    last = LoadPlan(plan.requested, plan.rungs[:1], True)
    _KillFirstLoad(engine, monkeypatch, tmp_path)
    with pytest.raises(OutOfMemoryError):
        load_following(engine, last)
    damaged = tmp_path / "family-4L.Q4_K_M.gguf"
    damaged.write_bytes(family["4L Q4_K_M"].read_bytes()[:300_000])
    told = []
    with pytest.raises(ModelLoadError, match="incomplete or damaged") as raised:  # said before anything loads
        load_following(engine, plan_load(damaged, with_ram(64 * 2**30), AUTO, all_files(family)), told.append)
    assert not isinstance(raised.value, OutOfMemoryError) and told == []


def test_a_context_beyond_training_is_allowed_with_a_warning(family):
    plan = plan_load(family["4L Q8_0"], with_ram(64 * 2**30), Settings(context=4096))
    assert plan.chosen.settings.n_ctx == 4096
    warning = plan.chosen.context_warning()
    assert "4,096 tokens, more than the 2,048 this model was trained on" in warning
    assert plan_load(family["4L Q8_0"], with_ram(64 * 2**30), AUTO).chosen.context_warning() == ""


def test_threads_are_the_cores_the_probe_counted_unless_the_user_set_them(family):
    """The hardware is probed once: llama.cpp's process does not count the cores again."""
    hardware = with_ram(64 * 2**30)
    assert plan_load(family["4L Q8_0"], hardware, AUTO).chosen.settings.n_threads == hardware.cpu_cores
    assert plan_load(family["4L Q8_0"], hardware, Settings(threads=3)).chosen.settings.n_threads == 3
