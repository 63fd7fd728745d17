"""Fit arithmetic on synthetic hardware: measured constants, GPU split, verdicts, recommendation."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from app.core.fit.footprint import (
    COMPACT_MEMORY,
    DEFAULT_MEMORY,
    FLASH_ATTN,
    Architecture,
    compute_buffer,
    footprint,
    gpu_layers_for,
    kv_cache_bytes,
)
from app.core.fit.hardware import Gpu, Hardware
from app.core.fit.verdicts import FITS, TOO_BIG, VERDICT_TEXT, affordable_context, assess, listed_verdict, quality_key
from app.core.models.catalog import DEFAULT_FAMILY, MODELS_BY_KEY, CatalogEntry, estimated_file_bytes
from app.core.models.quants import QUANTS
from app.core.sizes import GIB, MIB

RAM_SIZES = (4, 8, 16, 32)
MEMORIES = (DEFAULT_MEMORY, FLASH_ATTN, COMPACT_MEMORY)
VRAM_SIZES = (0, 4, 8, 24)


def machine(ram_gb: float, vram_gb: float = 0, apple: bool = False) -> Hardware:
    ram = int(ram_gb * GIB)
    if apple:
        share = int(ram * 2 / 3)
        gpus = (Gpu("Apple GPU", "apple", share, share),)
        return Hardware(ram, int(ram * 0.6), 8, 8, "M2", gpus, unified_memory=True, gpu_offload_supported=True)
    gpus = (Gpu("GPU", "nvidia", int(vram_gb * GIB), int(vram_gb * GIB)),) if vram_gb else ()
    return Hardware(ram, int(ram * 0.6), 4, 8, "CPU", gpus, gpu_offload_supported=bool(vram_gb))


def all_published() -> list[CatalogEntry]:
    return [
        CatalogEntry(
            m,
            q.name,
            m.repos[0],
            f"{m.file_stem}.{q.name}.gguf",
            estimated_file_bytes(m, q.name),
            "0" * 64,
            "available",
            True,
            "hub",
        )  # fmt: skip
        for m in DEFAULT_FAMILY
        for q in QUANTS.values()
        if not q.alias_of
    ]


def test_measured_constants():
    assert compute_buffer(512) == int(105.5 * MIB)
    assert compute_buffer(2048) == 188 * MIB
    assert compute_buffer(4096) == 320 * MIB
    assert 188 * MIB < compute_buffer(3000) < 320 * MIB
    assert kv_cache_bytes(Architecture.of(MODELS_BY_KEY["1.5b"]), 2048) == 192 * MIB
    assert kv_cache_bytes(Architecture.of(MODELS_BY_KEY["5.5b"]), 2048) == 832 * MIB


def test_a_lighter_chat_memory_is_what_llama_cpp_allocated_with_it():
    """Measured on the 1.5b proxy at n_ctx 2048 (bench/light_kv.py): flash attention cuts the compute
    buffer from 188 to 98.5 MiB; a q8_0 KV cache is 102 MiB instead of 192."""
    arch = Architecture.of(MODELS_BY_KEY["1.5b"])
    assert compute_buffer(2048, flash_attn=True) == int(98.5 * MIB)
    assert all(compute_buffer(n, flash_attn=True) < compute_buffer(n) for n in (512, 1024, 2048, 4096, 8192))
    assert kv_cache_bytes(arch, 2048, kv_cache_type="q8_0") == 102 * MIB
    size = estimated_file_bytes(MODELS_BY_KEY["1.5b"], "Q4_K_M")
    default, leaner, compact = (footprint(size, arch, "Q4_K_M", 2048, memory=m) for m in MEMORIES)
    assert (default.weights, default.repack) == (leaner.weights, leaner.repack) == (compact.weights, compact.repack)
    assert default.working_set - leaner.working_set == int(188 * MIB) - int(98.5 * MIB)
    assert leaner.working_set - compact.working_set == 90 * MIB
    # On the GPU too: its share of the KV cache and its compute buffer.
    on_gpu = footprint(size, arch, "Q4_K_M", 2048, gpu_layers=6, memory=COMPACT_MEMORY)
    assert on_gpu.gpu_bytes < footprint(size, arch, "Q4_K_M", 2048, gpu_layers=6).gpu_bytes - 150 * MIB


def test_a_lighter_chat_memory_affords_a_longer_chat():
    model = MODELS_BY_KEY["5.5b"]
    arch, size = Architecture.of(model), estimated_file_bytes(model, "Q4_K_M")
    hw = machine(8)
    contexts = [affordable_context(size, arch, "Q4_K_M", hw, 4096, memory=m) for m in MEMORIES]
    assert 0 < contexts[0] < contexts[1] < contexts[2]


def test_offloading_moves_memory_to_the_gpu():
    arch = Architecture.of(MODELS_BY_KEY["3.7b"])
    cpu_only = footprint(2_300_000_000, arch, "Q4_K_M", 2048)
    half = footprint(2_300_000_000, arch, "Q4_K_M", 2048, gpu_layers=8)
    assert half.cpu_bytes < cpu_only.cpu_bytes
    assert half.gpu_bytes > 0 and half.gpu_layers == 8
    assert footprint(2_300_000_000, arch, "Q4_K_M", 2048, gpu_layers=99).gpu_layers == 17


def test_gpu_layers_respect_vram():
    arch = Architecture.of(MODELS_BY_KEY["5.5b"])
    size = estimated_file_bytes(MODELS_BY_KEY["5.5b"], "Q4_K_M")
    for vram in (1, 2, 4, 24):
        hw = machine(16, vram)
        layers = gpu_layers_for(size, arch, "Q4_K_M", 2048, hw)
        assert footprint(size, arch, "Q4_K_M", 2048, layers).gpu_bytes <= hw.usable_vram
        if layers < arch.layers:  # one more layer would not have fitted
            assert footprint(size, arch, "Q4_K_M", 2048, layers + 1).gpu_bytes > hw.usable_vram * 0.92
    assert gpu_layers_for(size, arch, "Q4_K_M", 2048, machine(16, 24)) == 26
    assert gpu_layers_for(size, arch, "Q4_K_M", 2048, machine(16, 0)) == 0


def recommended(hw: Hardware):
    return next((r for r in assess(all_published(), hw) if r.recommended), None)


@pytest.mark.parametrize("vram", VRAM_SIZES)
def test_recommendation_improves_with_ram_and_stays_in_budget(vram):
    previous = None
    for ram in RAM_SIZES:
        hw = machine(ram, vram)
        best = recommended(hw)
        assert best is not None, (ram, vram)
        assert best.verdict.code == FITS
        assert best.footprint.working_set <= hw.ram_available
        assert best.footprint.gpu_bytes <= hw.usable_vram
        if previous is not None:
            assert quality_key(best) <= quality_key(previous), (ram, vram, best.entry, previous.entry)
        previous = best


@pytest.mark.parametrize("ram", RAM_SIZES)
def test_recommendation_improves_with_vram(ram):
    keys = [quality_key(recommended(machine(ram, vram))) for vram in VRAM_SIZES]
    assert keys == sorted(keys, reverse=True)


def test_apple_unified_memory_recommendation_is_monotone_and_in_budget():
    previous = None
    for ram in (8, 16, 24, 32):
        hw = machine(ram, apple=True)
        best = recommended(hw)
        assert best.footprint.working_set + best.footprint.gpu_bytes <= hw.ram_available
        if previous is not None:
            assert quality_key(best) <= quality_key(previous)
        previous = best


def test_eight_gigabytes_without_gpu_gets_a_small_or_middle_model():
    best = recommended(machine(8, 0))
    assert best.entry.model.key in ("1.5b", "2.7b", "3.7b")
    assert QUANTS[best.entry.quant].ppl_increase <= QUANTS["Q4_K_M"].ppl_increase


def test_four_gigabytes_still_gets_something():
    assert recommended(machine(4, 0)).entry.model.key in ("1.5b", "2.7b")


def test_unpublished_files_are_never_recommended():
    entries = [replace(e, availability="not_published") if e.model.key != "1.5b" else e for e in all_published()]
    best = next(r for r in assess(entries, machine(32, 24)) if r.recommended)
    assert best.entry.model.key == "1.5b"


def test_verdicts_in_plain_words():
    rows = assess(all_published(), machine(4, 0))
    texts = {r.verdict.text for r in rows}
    assert texts <= {"Fits easily", "Fits, but close the other programs", "Too big for this computer"}
    big = next(r for r in rows if r.entry.model.key == "5.5b" and r.entry.quant == "Q8_0")
    assert big.verdict.text == "Too big for this computer"
    assert "needs about" in big.verdict.detail and "free" in big.verdict.detail


def test_a_listed_verdict_says_what_the_hub_said_of_the_file():
    entry = next(e for e in all_published() if e.model.key == "1.5b" and e.quant == "Q4_K_M")
    said = {
        availability: listed_verdict(assess([replace(entry, availability=availability)], machine(16))[0])
        for availability in ("available", "unknown", "not_published")
    }
    assert said == {
        "available": VERDICT_TEXT[FITS],
        "unknown": f"{VERDICT_TEXT[FITS]} (not checked with the hub)",
        "not_published": "Not published on the model hub yet",
    }


def test_monotone_over_the_whole_grid():
    grid = {(r, v): quality_key(recommended(machine(r, v))) for r, v in itertools.product(RAM_SIZES, VRAM_SIZES)}
    for (r, v), key in grid.items():
        for (r2, v2), key2 in grid.items():
            if r2 >= r and v2 >= v:
                assert key2 <= key


def test_simple_choices_are_few_different_and_fit():
    from app.core.fit.verdicts import simple_choices

    for ram in RAM_SIZES:
        hw = machine(ram)
        rows = assess(all_published(), hw)
        choices = simple_choices(rows, hw)
        keys = [(c.row.entry.model.key, c.row.entry.quant) for c in choices]
        assert 1 <= len(choices) <= 3 and len(set(keys)) == len(keys)
        assert choices[0].title == "Best quality that fits" and choices[0].row.recommended
        assert all(c.row.verdict.code != TOO_BIG for c in choices)
        smallest = min(choices, key=lambda c: c.row.entry.file_bytes)
        assert smallest.row.entry.file_bytes <= choices[0].row.entry.file_bytes


def test_a_file_on_disk_is_judged_like_its_catalog_entry(tmp_path):
    from pathlib import Path

    from app.core.fit.verdicts import assess_file
    from app.core.models.gguf_header import GGUFHeader

    spec = MODELS_BY_KEY["1.5b"]
    entry = next(e for e in all_published() if e.model is spec and e.quant == "Q4_K_M")
    metadata = {
        "general.architecture": "llama",
        "llama.block_count": spec.layers,
        "llama.embedding_length": spec.hidden,
        "llama.feed_forward_length": 11008,
        "llama.attention.head_count": spec.heads,
        "llama.attention.head_count_kv": spec.kv_heads,
        "llama.context_length": 2048,
        "tokenizer.ggml.tokens": ["x"] * 32000,
    }
    header = GGUFHeader(Path(tmp_path / entry.file), 3, 0, entry.file_bytes, metadata)
    from_file, from_catalog = Architecture.of_header(header), Architecture.of(spec)
    assert (from_file.layers, from_file.hidden, from_file.kv_dim) == (from_catalog.layers, spec.hidden, spec.hidden)
    assert abs(from_file.layer_share - from_catalog.layer_share) < 0.01
    for ram in (2, 16):
        row = next(r for r in assess([entry], machine(ram)))
        footprint, verdict = assess_file(header, machine(ram))
        assert verdict.code == row.verdict.code
        assert abs(footprint.working_set - row.footprint.working_set) < 0.01 * row.footprint.working_set


def test_affordable_context_is_the_longest_that_fits_easily():
    from app.core.fit.verdicts import CONTEXT_STEP, affordable_context, judge

    entry = next(e for e in all_published() if e.model.key == "2.7b" and e.quant == "Q4_K_M")
    arch = Architecture.of(entry.model)
    previous = 0
    for ram in (2, 3, 4, 5, 6, 8, 16):
        hw = machine(ram)
        longest = affordable_context(entry.file_bytes, arch, entry.quant, hw)
        assert previous <= longest <= 2048 and longest % CONTEXT_STEP == 0  # more memory, never a shorter chat
        previous = longest
        if longest:
            assert judge(footprint(entry.file_bytes, arch, entry.quant, longest), hw).code == FITS
        if longest < 2048:
            beyond = footprint(entry.file_bytes, arch, entry.quant, longest + CONTEXT_STEP)
            assert judge(beyond, hw).code != FITS
    assert previous == 2048
    for ram in (4, 8):
        row = next(r for r in assess([entry], machine(ram)))
        if row.verdict.code == FITS:  # (a "close the other programs" row offers more: see below)
            assert row.max_context == affordable_context(entry.file_bytes, arch, entry.quant, machine(ram))
        assert row.to_json()["max_ctx"] == row.max_context


def test_automatic_context_of_a_file_fits_and_stays_usable(tmp_path):
    from pathlib import Path

    from app.core.fit.footprint import footprint_here
    from app.core.fit.verdicts import automatic_context
    from app.core.models.gguf_header import GGUFHeader

    spec = MODELS_BY_KEY["2.7b"]
    entry = next(e for e in all_published() if e.model is spec and e.quant == "Q4_K_M")
    metadata = {
        "general.architecture": "llama", "llama.block_count": spec.layers, "llama.embedding_length": spec.hidden,
        "llama.feed_forward_length": 11008, "llama.attention.head_count": spec.heads,
        "llama.attention.head_count_kv": spec.kv_heads, "llama.context_length": 2048,
    }  # fmt: skip
    header = GGUFHeader(Path(tmp_path / entry.file), 3, 0, entry.file_bytes, metadata)
    arch = Architecture.of_header(header)

    def affordable_context_of_file(header, hw):
        estimate = lambda n_ctx: footprint_here(header.file_bytes, arch, "Q4_K_M", n_ctx, hw)  # noqa: E731
        return automatic_context(estimate, hw, header.context_length)

    assert affordable_context_of_file(header, machine(16)) == 2048  # plenty of memory: the model's own length
    tight = affordable_context_of_file(header, machine(4))
    assert 512 <= tight < 2048  # less memory: shorter, but never too short to chat
    assert affordable_context_of_file(header, machine(1)) == 512


# -- the automatic context is never more than the model was trained on, nor absurd ----------------------


def test_a_header_claiming_a_huge_context_gets_a_sane_automatic_one(tmp_path, scripted_q4):
    from app.core.fit.ladder import plan_load
    from app.core.fit.verdicts import MAX_AUTOMATIC_CONTEXT
    from app.core.settings import Settings
    from tests.core import gguf_bytes as gb

    for claimed in (2**31, 2**32 - 1):
        path = gb.edit(
            scripted_q4, tmp_path / f"huge-{claimed}.gguf", {"llama.context_length": gb.scalar(gb.U32, claimed)}
        )
        plan = plan_load(path, machine(1024), Settings())
        assert 512 <= plan.chosen.settings.n_ctx <= MAX_AUTOMATIC_CONTEXT
    trained = gb.edit(scripted_q4, tmp_path / "short.gguf", {"llama.context_length": gb.scalar(gb.U32, 1024)})
    assert plan_load(trained, machine(1024), Settings()).chosen.settings.n_ctx == 1024  # never beyond training


@pytest.mark.parametrize("trained", [None, 0, -5, 2**40])
def test_a_missing_or_impossible_trained_context_falls_back_to_the_default(trained):
    from app.core.engine.generation import DEFAULT_CONTEXT
    from app.core.fit.verdicts import automatic_context

    entry = next(e for e in all_published() if e.model.key == "1.5b" and e.quant == "Q4_K_M")
    arch = Architecture.of(entry.model)
    estimate = lambda n_ctx: footprint(entry.file_bytes, arch, entry.quant, n_ctx)  # noqa: E731
    chosen = automatic_context(estimate, machine(1024), trained)
    assert chosen <= (DEFAULT_CONTEXT if trained in (None, 0, -5) else 8192)
    assert chosen >= 512


# -- a model that fits offers a chat ------------------------------------------------------------------


def test_a_model_that_fits_only_with_other_programs_closed_still_offers_a_chat():
    from app.core.fit.verdicts import TIGHT

    entries = all_published()
    tight_rows = []
    for ram in (2, 3, 4, 5, 6, 8, 12, 16, 24, 32):
        tight_rows += [row for row in assess(entries, machine(ram)) if row.verdict.code == TIGHT]
    assert tight_rows, "the grid should hold rows that fit only with other programs closed"
    for row in tight_rows:
        assert row.max_context >= 2048, (row.entry.model.key, row.entry.quant, row.max_context)
        assert row.to_json()["max_ctx"] == row.max_context
    for row in assess(entries, machine(1)):
        if row.verdict.code == "too_big":
            assert row.max_context < 2048
