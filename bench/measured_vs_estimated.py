"""Speed preview and measured fit against reality, on proxy models of the 1.5b and 2.7b models.

For each proxy (exact architecture, random weights: bench/engine_speed.py), from one run:

* speed: the estimate from this computer's measured memory bandwidth (before any probe),
  the estimate after probing only the 1.5b Q4_K_M (what a sibling learns), the probe's
  own figure, and the real writing speed of a first chat reply (64 tokens after a short
  question, the engine as the window uses it);
* memory: the estimated peak before any probe, after the 1.5b probe, the probe's measured
  footprint, against the real peak (VmHWM) of that chat after a ~600-token second question
  (a full batch, so the compute buffer is all used).

Prints a table and the largest errors before and after probing. Linux only (VmHWM).

Usage: python bench/measured_vs_estimated.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_speed import CACHE, proxy_model  # noqa: E402
from fit_accuracy import peak_rss  # noqa: E402

from app.core.engine.engine import Engine  # noqa: E402
from app.core.engine.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.core.fit.footprint import Architecture, Calibration, ModelLoad  # noqa: E402
from app.core.fit.hardware import detect as detect_hardware  # noqa: E402
from app.core.fit.measurements import Measured, run_probe  # noqa: E402
from app.core.fit.verdicts import estimated_speed  # noqa: E402
from app.core.models.catalog import MODELS_BY_KEY  # noqa: E402
from app.core.sizes import MIB  # noqa: E402

CASES = [("1.5b", "Q4_K_M"), ("2.7b", "Q4_K_M"), ("2.7b", "Q8_0")]
CALIBRATE_ON = ("1.5b", "Q4_K_M")
N_CTX = 2048


def estimate(size: str, quant: str, path: Path, calibration: Calibration) -> tuple[float, int]:
    """(tokens/s, peak bytes) the estimate gives for ``path`` as the catalog's ``size``."""
    arch = Architecture.of(MODELS_BY_KEY[size])
    load = ModelLoad(path.stat().st_size, arch, quant, calibration=calibration)
    fp = load.footprint(N_CTX)
    return estimated_speed(load, fp), fp.cpu_bytes


def real_chat(path: Path) -> tuple[float, int]:
    """(writing tokens/s of a first reply, peak resident bytes), as the window's engine does it."""
    options = GenerationOptions(temperature=0, max_tokens=64)
    with Engine(log_dir=CACHE / "logs") as engine:
        engine.load(path, LoadSettings(n_ctx=N_CTX))
        first = engine.chat("What should I pack for a weekend of walking in the hills?", options=options)
        for _ in first:
            pass
        long_question = " ".join(f"item {i} is red" for i in range(110))  # about 600 tokens: a full batch
        for _ in engine.chat(long_question, options=options):
            pass
        return first.stats.decode_tokens_per_s, peak_rss(engine.child_pid)


def error(value: float, truth: float) -> float:
    return value / truth - 1


def main() -> None:
    paths = {case: proxy_model(MODELS_BY_KEY[case[0]].layers, case[1]) for case in CASES}
    known = Measured(detect_hardware(), CACHE / "measured-bench.json")
    known.probes.clear()
    known.bandwidth = 0.0
    bandwidth = known.ensure_bandwidth()
    print(f"memory bandwidth here: {bandwidth / 1e9:.1f} GB/s", flush=True)
    before = {case: estimate(*case, paths[case], known.calibration) for case in CASES}

    probes = {}
    for case in CASES:
        probes[case] = run_probe(paths[case], LoadSettings(n_ctx=N_CTX))
        print(f"probed {paths[case].name}: {probes[case].decode_tokens_per_s:.1f} tok/s", flush=True)
    known.record(probes[CALIBRATE_ON])
    after = {case: estimate(*case, paths[case], known.calibration) for case in CASES}
    real = {}
    for case in CASES:
        real[case] = real_chat(paths[case])
        speed, peak = real[case]
        print(f"chat with {paths[case].name}: {speed:.1f} tok/s, peak {peak / MIB:.0f} MiB", flush=True)

    print_table(
        "writing speed, tokens/s (error against the real chat)",
        ("estimate", "after 1.5b probe", "own probe", "real chat"),
        {case: (before[case][0], after[case][0], probes[case].decode_tokens_per_s, real[case][0]) for case in CASES},
        unit=1,
    )
    print_table(
        "peak memory, MiB (error against the real chat's peak)",
        ("estimate", "after 1.5b probe", "measured fit", "real peak"),
        {
            case: (before[case][1], after[case][1], probes[case].footprint_at(N_CTX).cpu_bytes, real[case][1])
            for case in CASES
        },
        unit=MIB,
    )


def print_table(title: str, columns: tuple[str, ...], figures: dict, unit: float) -> None:
    """One row per model: three predictions with their error against the last column, the truth."""
    print()
    print(title)
    print(f"{'model':<14}" + "".join(f"{name:>20}" for name in columns))
    worst = [0.0] * (len(columns) - 1)
    for case, values in figures.items():
        *predictions, truth = values
        cells = []
        for index, value in enumerate(predictions):
            e = error(value, truth)
            if not (case == CALIBRATE_ON and index == 1):  # "after" the probe of itself is its own probe
                worst[index] = max(worst[index], abs(e))
            cells.append(f"{value / unit:7.1f} ({e:+6.1%})")
        print(f"{case[0] + ' ' + case[1]:<14}" + "".join(f"{cell:>20}" for cell in cells) + f"{truth / unit:>20.1f}")
    largest = ", ".join(f"{name} {w:.1%}" for name, w in zip(columns, worst))
    print(f"largest error: {largest} (after 1.5b probe: the other models only)")


if __name__ == "__main__":
    main()
