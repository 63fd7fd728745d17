"""Measured fit: probes of real (tiny) models, the per-machine cache, and what the estimate learns."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.core.engine.generation import LoadSettings
from app.core.fit.footprint import BUILT_IN, PROCESS_OVERHEAD, Architecture, compute_buffer, footprint
from app.core.fit.hardware import Hardware
from app.core.fit.measurements import MEASURED_FILE, Measured, Probe, llama_version, run_probe
from app.core.fit.verdicts import assess
from app.core.models.catalog import MODELS_BY_KEY, CatalogEntry, estimated_file_bytes
from app.core.sizes import GIB, MIB

KV_BYTES_PER_TOKEN = 2 * 4 * 256 * 2  # K and V x 4 layers x 256 wide x f16, for the 4-layer family model


def hardware(ram_gb: float = 16, name: str = "Test CPU") -> Hardware:
    return Hardware(int(ram_gb * GIB), int(ram_gb * 0.6 * GIB), 2, 4, name)


def test_probe_records_what_llama_cpp_allocated_and_how_fast_it_writes(family):
    path = family["4L Q4_K_M"]
    probe = run_probe(path, LoadSettings(n_ctx=1024), seconds=1)
    assert (probe.file_name, probe.file_bytes, probe.quant) == (path.name, path.stat().st_size, "Q4_K_M")
    assert (probe.n_ctx, probe.layers, probe.gpu_layers, probe.repack) == (1024, 4, 0, True)
    assert probe.llama_version == llama_version() != ""
    # The KV cache is exactly 2 x layers x width x 2 bytes per token, and scales with the context.
    assert probe.buffers["CPU KV"] == KV_BYTES_PER_TOKEN * 1024
    assert probe.footprint_at(2048).kv_cache == KV_BYTES_PER_TOKEN * 2048
    assert probe.footprint_at(512).compute == probe.footprint_at(1024).compute - (
        compute_buffer(1024) - compute_buffer(512)
    )
    measured = probe.footprint_at(1024)
    assert 0 < measured.weights <= probe.file_bytes
    assert measured.repack > 0  # Q4_K is repacked on x86 and ARM
    assert measured.overhead == probe.baseline_bytes > 10 * MIB  # Python and llama.cpp's libraries
    assert probe.peak_bytes > probe.baseline_bytes
    assert probe.decode_tokens_per_s > 0 and probe.prompt_tokens_per_s > 0

    without = run_probe(path, LoadSettings(n_ctx=1024, use_repack=False), seconds=0.5)
    assert "CPU_REPACK model" not in without.buffers and without.footprint_at(1024).repack == 0
    assert without.footprint_at(1024).cpu_bytes < measured.cpu_bytes


def probe_of(entry_file: str, file_bytes: int, **changes) -> Probe:
    """A probe as llama.cpp reports a 1.5b Q4_K_M (FACTS.md figures), for cache and calibration tests."""
    probe = Probe(
        file_name=entry_file,
        file_bytes=file_bytes,
        quant="Q4_K_M",
        layers=6,
        layer_share=Architecture.of(MODELS_BY_KEY["1.5b"]).layer_share,
        n_ctx=2048,
        gpu_layers=0,
        repack=True,
        threads=2,
        buffers={
            "CPU_Mapped model": 871 * MIB,
            "CPU_REPACK model": 585 * MIB,
            "CPU KV": 192 * MIB,
            "CPU compute": 188 * MIB,
            "CPU output": MIB // 8,
        },
        baseline_bytes=46 * MIB,
        peak_bytes=1700 * MIB,
        prompt_tokens_per_s=120.0,
        decode_tokens_per_s=36.0,
        llama_version=llama_version(),
    )
    return replace(probe, **changes)


def catalog_entry(size: str, quant: str) -> CatalogEntry:
    model = MODELS_BY_KEY[size]
    file = f"{model.file_stem}.{quant}.gguf"
    return CatalogEntry(model, quant, model.repos[0], file, estimated_file_bytes(model, quant), "0" * 64,
                        "available", True, "hub")  # fmt: skip


def test_probes_are_kept_per_computer_and_per_file(tmp_path):
    cache = tmp_path / MEASURED_FILE
    model_file = tmp_path / "model.Q4_K_M.gguf"
    model_file.write_bytes(b"x" * 1000)
    here = Measured(hardware(), cache)
    here.bandwidth = 30e9
    here.record(probe_of(model_file.name, 1000))

    again = Measured(hardware(), cache)
    assert again.probe_of(model_file) == here.probes[f"{model_file.name}:1000"]
    assert again.bandwidth == 30e9
    model_file.write_bytes(b"x" * 999)  # another file under the same name
    assert again.probe_of(model_file) is None
    elsewhere = Measured(hardware(name="Another CPU"), cache)  # a data folder copied to another computer
    assert elsewhere.probes == {} and elsewhere.bandwidth == 0
    elsewhere.record(probe_of("other.gguf", 5))
    assert Measured(hardware(), cache).probe_for(model_file.name, 1000) is not None  # both kept
    here.record(probe_of("old.gguf", 7, llama_version="0.0.1"))
    assert Measured(hardware(), cache).probe_for("old.gguf", 7) is None  # another llama.cpp: measured again


def test_a_damaged_cache_is_measured_again_not_a_crash(tmp_path):
    cache = tmp_path / MEASURED_FILE
    cache.write_text("{not json", encoding="utf-8")
    known = Measured(hardware(), cache)
    assert known.probes == {} and known.calibration.overhead == PROCESS_OVERHEAD
    known.record(probe_of("a.gguf", 1))
    assert json.loads(cache.read_text(encoding="utf-8"))["machines"]
    cache.write_text(json.dumps({"machines": {known._machine: {"probes": {"a.gguf:1": {"bogus": 1}}}}}))
    assert Measured(hardware(), cache).probes == {}  # a probe of another version's shape is dropped


def test_bandwidth_is_measured_once(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("app.core.fit.measurements.measure_bandwidth", lambda threads: calls.append(threads) or 25e9)
    known = Measured(hardware(), tmp_path / MEASURED_FILE)
    assert known.ensure_bandwidth() == 25e9 and known.ensure_bandwidth() == 25e9
    assert Measured(hardware(), tmp_path / MEASURED_FILE).ensure_bandwidth() == 25e9
    assert calls == [2]  # one per physical core, once for this computer


AVX2_INFO = "CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | OPENMP = 1 | REPACK = 1 | "


def test_the_builds_cpu_features_are_read_once_per_computer_and_llama_cpp_version(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr("app.core.fit.measurements.read_system_info", lambda: calls.append(1) or AVX2_INFO)
    cache = tmp_path / MEASURED_FILE
    known = Measured(hardware(), cache)
    assert known.cpu_features is None and known.calibration.features.read is False  # assumed until read
    features = known.ensure_cpu_features()
    assert features.has("AVX2") and not features.has("AVX512") and known.ensure_cpu_features() == features
    assert known.calibration.cpu_features == features  # the estimate now follows this build
    assert Measured(hardware(), cache).cpu_features == features and calls == [1]  # remembered
    assert Measured(hardware(name="Another CPU"), cache).cpu_features is None  # a copied data folder
    saved = json.loads(cache.read_text(encoding="utf-8"))
    saved["machines"][known._machine]["cpu_features"]["llama_version"] = "0.0.1"
    cache.write_text(json.dumps(saved), encoding="utf-8")
    assert Measured(hardware(), cache).cpu_features is None  # another llama.cpp build: read again
    monkeypatch.setattr("app.core.fit.measurements.read_system_info", lambda: "")
    assert Measured(hardware(), cache).ensure_cpu_features() is None  # could not be read: still assumed


def test_a_probe_makes_its_row_measured_and_corrects_the_siblings(tmp_path):
    probed = catalog_entry("1.5b", "Q4_K_M")
    sibling = catalog_entry("2.7b", "Q4_K_M")
    other_quant = catalog_entry("2.7b", "Q8_0")
    hw = hardware(8)
    known = Measured(hw, tmp_path / MEASURED_FILE)
    known.bandwidth = 30e9
    before = {r.entry.file: r for r in assess([probed, sibling, other_quant], hw, known=known)}
    assert not any(r.measured for r in before.values())
    assert all(r.tok_s_est > 0 and r.tok_s_measured is None for r in before.values())

    probe = probe_of(probed.file, probed.file_bytes)
    known.record(probe)
    after = {r.entry.file: r for r in assess([probed, sibling, other_quant], hw, known=known)}
    row = after[probed.file]
    assert row.measured and row.tok_s_measured == 36.0 and row.tok_s == 36.0
    assert row.footprint == probe.footprint_at(2048)
    assert row.to_json()["measured"] is True and row.to_json()["tok_s_measured"] == 36.0

    calibration = known.calibration
    assert calibration.overhead == 46 * MIB
    assert calibration.compute_offset == 188 * MIB + MIB // 8 - compute_buffer(2048)
    # The sibling's estimate now uses what was measured: the process and compute buffer sizes.
    arch = Architecture.of(sibling.model)
    expected = footprint(sibling.file_bytes, arch, "Q4_K_M", 2048, calibration=calibration)
    assert after[sibling.file].footprint == expected != before[sibling.file].footprint
    assert not after[sibling.file].measured
    # ... and its speed estimate is scaled by how far off the estimate was for the probed model.
    factor = 36.0 / before[probed.file].tok_s_est
    assert calibration.speed_factor == pytest.approx(factor, rel=0.01)
    assert after[sibling.file].tok_s_est == pytest.approx(before[sibling.file].tok_s_est * factor, rel=0.01)
    assert after[other_quant.file].tok_s_est == pytest.approx(before[other_quant.file].tok_s_est * factor, rel=0.01)


def test_a_probe_with_other_settings_does_not_stand_for_the_default(tmp_path):
    entry = catalog_entry("1.5b", "Q4_K_M")
    known = Measured(hardware(8), tmp_path / MEASURED_FILE)
    known.record(probe_of(entry.file, entry.file_bytes, repack=False, buffers={"CPU_Mapped model": 897 * MIB}))
    (row,) = assess([entry], hardware(8), known=known)
    assert not row.measured  # measured without the repack copy; the row assumes it
    (row,) = assess([entry], hardware(8), repack=False, known=known)
    assert row.measured


def test_no_probes_no_bandwidth_means_the_built_in_figures(tmp_path):
    known = Measured(hardware(), tmp_path / MEASURED_FILE)
    assert known.calibration == BUILT_IN
    (row,) = assess([catalog_entry("1.5b", "Q4_K_M")], hardware(), known=known)
    assert row.tok_s_est == 0 and row.to_json()["tok_s_est"] == 0  # no speed without a measured bandwidth


def test_a_tiny_model_teaches_the_estimate_nothing(tmp_path):
    known = Measured(hardware(8), tmp_path / MEASURED_FILE)
    known.bandwidth = 30e9
    known.record(probe_of("tiny.Q4_K_M.gguf", 2_000_000, decode_tokens_per_s=9000.0, baseline_bytes=1))
    assert known.calibration == BUILT_IN.__class__(bandwidth=30e9)


@pytest.mark.parametrize(
    "shape",
    [
        [],
        {"machines": []},
        {"machines": {"MACHINE": []}},
        {"machines": {"MACHINE": {"probes": [], "bandwidth": "fast"}}},
        {"machines": {"MACHINE": {"probes": {"a.gguf:1": []}, "bandwidth": float("inf")}}},
        {"machines": {"MACHINE": {"probes": {"a.gguf:1": {"file_name": 3, "layers": "many"}}, "bandwidth": -1}}},
        {"machines": {"MACHINE": {"probes": {"a.gguf:1": {"file_name": "a.gguf", "buffers": {"CPU KV": "x"}}}}}},
    ],
)
def test_a_cache_of_the_wrong_shape_is_measured_again_not_a_crash(tmp_path, shape):
    cache = tmp_path / MEASURED_FILE
    machine = Measured(hardware(), tmp_path / "other.json")._machine
    cache.write_text(json.dumps(shape).replace("MACHINE", machine).replace("Infinity", "1e999"), encoding="utf-8")
    known = Measured(hardware(), cache)
    assert known.probes == {} and known.bandwidth == 0
    assert known.calibration.overhead == PROCESS_OVERHEAD
    known.bandwidth = 20e9
    known.record(probe_of("b.gguf", 2))
    again = Measured(hardware(), cache)
    assert again.bandwidth == 20e9 and again.probe_for("b.gguf", 2) is not None


def test_two_processes_saving_keep_each_others_probes(tmp_path):
    cache = tmp_path / MEASURED_FILE
    first, second = Measured(hardware(), cache), Measured(hardware(), cache)  # both read it empty
    first.record(probe_of("first.gguf", 1))
    second.record(probe_of("second.gguf", 2))
    both = Measured(hardware(), cache)
    assert both.probe_for("first.gguf", 1) is not None and both.probe_for("second.gguf", 2) is not None
    assert [p.name for p in tmp_path.iterdir()] == [MEASURED_FILE]  # no temporary files left
