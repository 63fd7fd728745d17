"""The out-of-memory ladder, on a miniature family of real GGUF files and a simulated tight memory."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from app.core.engine.generation import GenerationOptions, LoadSettings
from app.core.errors import ModelLoadError, OutOfMemoryError
from app.core.fit.hardware import Gpu, Hardware
from app.core.fit.ladder import (
    COMPACT_CHAT_MEMORY,
    FEWER_GPU_LAYERS,
    LEANER_ATTENTION,
    NO_GPU,
    NO_REPACK,
    SAME_MODEL,
    SMALLER_MODEL,
    SMALLER_QUANT,
    LoadPlan,
    load_following,
    plan_load,
)
from app.core.fit.verdicts import RAM_USABLE_SHARE
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


def least_needs(path, known=None) -> int:
    """Working set of ``path`` at the shortest context with the lightest chat memory: the least it can need."""
    plan = plan_load(path, with_ram(64 * 2**30), Settings(context=512), known=known)
    return min(rung.footprint.working_set for rung in plan.rungs)


def all_files(family):
    return list(family.values())


def test_enough_memory_loads_the_model_as_asked_with_the_longest_context(family):
    plan = plan_load(family["4L Q8_0"], with_ram(64 * 2**30), AUTO, all_files(family))
    assert plan.fits and plan.chosen.step == SAME_MODEL and plan.chosen.path == family["4L Q8_0"]
    assert plan.chosen.settings.n_ctx == 2048 and plan.chosen.settings.use_repack
    assert plan.sentence() == ""


def test_too_big_steps_down_to_a_smaller_quant_of_the_same_model(family):
    q8, q4 = least_needs(family["4L Q8_0"]), least_needs(family["4L Q4_K_M"])
    plan = plan_load(family["4L Q8_0"], ram_between(q4, q8), Settings(context=512), all_files(family))
    assert plan.fits
    assert (plan.chosen.path, plan.chosen.step) == (family["4L Q4_K_M"], SMALLER_QUANT)
    sentence = plan.sentence()
    assert sentence.startswith("family-4L.Q8_0 needs about") and "loading family-4L.Q4_K_M" in sentence
    assert "instead (a smaller file" in sentence
    assert "a smaller file of the same model" in sentence and sentence.count(".") >= 1 and "\n" not in sentence


def test_after_a_failed_load_a_lighter_chat_memory_then_the_repack_copy_go_before_the_quant(family):
    path = family["4L Q4_K_M"]
    plan = plan_load(path, with_ram(64 * 2**30), Settings(context=512), all_files(family))
    steps = [SAME_MODEL, LEANER_ATTENTION, COMPACT_CHAT_MEMORY, NO_REPACK, SMALLER_MODEL]
    assert [r.step for r in plan.rungs][:5] == steps
    leaner = plan.after_failure()
    assert leaner.chosen.settings.flash_attn and leaner.chosen.settings.kv_cache_type == "f16"
    assert leaner.chosen.footprint.working_set < plan.chosen.footprint.working_set
    assert "working through this chat's memory in a leaner way" in leaner.failure_sentence()
    compact = leaner.after_failure()
    assert compact.chosen.settings.flash_attn and compact.chosen.settings.kv_cache_type == "q8_0"
    assert "with this chat's memory in a compact form" in compact.failure_sentence()
    following = compact.after_failure()
    assert (following.chosen.path, following.chosen.settings.use_repack) == (path, False)
    assert following.chosen.settings.kv_cache_type == "q8_0"  # it keeps the lighter chat memory
    assert following.chosen.footprint.cpu_bytes < compact.chosen.footprint.cpu_bytes  # the peak is lower
    assert "without its speed-up copy of the weights and with this chat's memory in a compact form (about a " \
           "third slower" in following.failure_sentence()  # fmt: skip
    # The working set is not: the copy's source pages are reclaimable, so planning does not pick it for memory.
    assert following.chosen.footprint.working_set == compact.chosen.footprint.working_set


def test_then_a_smaller_model(family):
    smallest_4l = min(least_needs(family["4L Q4_K_M"]), least_needs(family["4L Q8_0"]))
    two_layers = least_needs(family["2L Q8_0"])
    assert two_layers < smallest_4l
    plan = plan_load(family["4L Q8_0"], ram_between(two_layers, smallest_4l - 2**20), Settings(context=512),
                     all_files(family))  # fmt: skip
    assert plan.chosen.step == SMALLER_MODEL and plan.chosen.path.name.startswith("family-2L")
    assert "(a smaller model" in plan.sentence()


def full_chat_needs(path) -> dict[str, int]:
    """Working set of each way of keeping the chat's memory with the whole trained context (2,048)."""
    plan = plan_load(path, with_ram(64 * 2**30), Settings(context=2048))
    return {r.step: r.footprint.working_set for r in plan.rungs if r.step in (SAME_MODEL, LEANER_ATTENTION,
                                                                             COMPACT_CHAT_MEMORY)}  # fmt: skip


def free_for(working_set: int) -> int:
    return int(working_set / 0.8) + 1  # "fits easily" keeps a fifth of the free memory


def test_too_big_for_its_whole_chat_it_keeps_the_chat_in_a_leaner_memory(family):
    """Issue 19: a model that does not fit with its full context still chats with all of it, in a lighter
    chat memory, rather than with a shorter one; and the sentence says so in plain words."""
    path = family["4L Q8_0"]
    need = full_chat_needs(path)
    assert need[SAME_MODEL] > need[LEANER_ATTENTION] > need[COMPACT_CHAT_MEMORY]
    plan = plan_load(path, with_ram(64 * 2**30, free_for(need[LEANER_ATTENTION])), AUTO, all_files(family))
    assert plan.fits and plan.chosen.step == LEANER_ATTENTION and plan.chosen.settings.n_ctx == 2048
    assert plan.chosen.settings.flash_attn and plan.chosen.settings.kv_cache_type == "f16"
    assert plan.requested.settings.n_ctx < 2048  # as asked, the chat would have been shorter
    sentence = plan.sentence()
    assert sentence.startswith("family-4L.Q8_0 needs about") and "to keep 2,048 tokens of chat" in sentence
    assert "ShortChat works through this chat's memory in a leaner way so it fits" in sentence

    plan = plan_load(path, with_ram(64 * 2**30, free_for(need[COMPACT_CHAT_MEMORY])), AUTO, all_files(family))
    assert plan.chosen.step == COMPACT_CHAT_MEMORY and plan.chosen.settings.n_ctx == 2048
    assert plan.chosen.settings.kv_cache_type == "q8_0" and plan.chosen.settings.flash_attn
    assert "ShortChat keeps this chat's memory in a compact form so it fits" in plan.sentence()
    assert "replies come slower late in a long chat" in plan.sentence()  # what it costs (bench/light_kv.py)
    assert "\n" not in plan.sentence()


def test_a_fixed_context_too_big_as_asked_fits_with_a_compact_chat_memory(family):
    path = family["4L Q8_0"]
    need = full_chat_needs(path)
    between = int((need[SAME_MODEL] + need[COMPACT_CHAT_MEMORY]) / 2 / RAM_USABLE_SHARE)
    plan = plan_load(path, with_ram(between), Settings(context=2048), all_files(family))
    assert plan.requested.verdict.code == "too_big" and plan.fits
    assert plan.chosen.path == path and plan.chosen.step in (LEANER_ATTENTION, COMPACT_CHAT_MEMORY)


def test_automatic_context_shrinks_when_no_chat_memory_keeps_all_of_it(family):
    path = family["4L Q8_0"]
    least, compact_2048 = least_needs(path), full_chat_needs(path)[COMPACT_CHAT_MEMORY]
    free = int((least + compact_2048) / 2 / 0.8)
    plan = plan_load(path, with_ram(64 * 2**30, free), AUTO, all_files(family))
    assert plan.chosen.path == path and 512 <= plan.chosen.settings.n_ctx < 2048
    # The lighter memory is used only when it keeps a longer chat than the default one affords here.
    as_asked = plan_load(path, with_ram(64 * 2**30, free), AUTO).requested.settings.n_ctx
    assert plan.chosen.step == SAME_MODEL or plan.chosen.settings.n_ctx > as_asked


def test_a_compact_chat_memory_reaches_llama_cpp(engine, family):
    """The rung's settings go through the engine to Llama(...): llama.cpp allocates a q8_0 KV cache
    (34 bytes per 32 values instead of 64) and, with flash attention, a smaller compute buffer."""
    path = family["4L Q4_K_M"]
    rungs = {r.step: r for r in plan_load(path, with_ram(64 * 2**30), Settings(context=1024)).rungs}
    buffers = {}
    for step in (SAME_MODEL, COMPACT_CHAT_MEMORY):
        info = engine.load(path, rungs[step].settings)
        assert (info.flash_attn, info.kv_cache_type) == (step != SAME_MODEL, "q8_0" if step != SAME_MODEL else "f16")
        buffers[step] = engine.measure(prompt_tokens=16, decode_tokens=4, seconds=1).buffers
        assert list(engine.chat("Hi", options=GenerationOptions(max_tokens=4)))  # it answers
    kv_f16 = 2 * 4 * 256 * 2 * 1024  # K and V x 4 layers x 256 wide x 2 bytes x 1,024 tokens
    assert buffers[SAME_MODEL]["CPU KV"] == kv_f16
    assert buffers[COMPACT_CHAT_MEMORY]["CPU KV"] == pytest.approx(kv_f16 * 34 / 64, abs=2**20 / 100)  # MiB, 2 places
    assert buffers[COMPACT_CHAT_MEMORY]["CPU compute"] < buffers[SAME_MODEL]["CPU compute"]


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
        from app.core.engine import engine as engine_module

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
    assert told[0].startswith("family-4L.Q8_0 did not fit when loading. ShortChat is loading")
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


def test_a_load_planned_from_the_library_reads_each_header_once(engine, scripted_q4, scripted_f32, monkeypatch):
    """The window and the CLI list the library, plan with it and load: each file's header is
    parsed once in all (it was 3 + 2N reads)."""
    import shutil

    from app.core.fit.hardware import detect
    from app.core.fit.ladder import load_following, plan_with_library
    from app.core.models import gguf_header
    from app.core.models.library import Library
    from app.core.settings import Settings

    library = Library()
    library.models_dir.mkdir(parents=True, exist_ok=True)
    for source in (scripted_q4, scripted_f32):
        shutil.copy(source, library.models_dir / source.name)
    parsed = []
    parse = gguf_header._parse_header
    monkeypatch.setattr(gguf_header, "_parse_header", lambda path: parsed.append(path.name) or parse(path))
    installed = library.list()
    plan = plan_with_library(library.models_dir / scripted_q4.name, detect(), Settings(), installed)
    load_following(engine, plan)
    assert engine.model is not None
    assert sorted(parsed) == sorted([scripted_q4.name, scripted_f32.name])
