"""Fit estimate vs reality: predicted peak memory of the engine's llama.cpp process
against its measured peak (VmHWM), for proxy models with the exact architectures
of the 1.5b and 2.7b models at two quants, and one at a second context length.

Each model is loaded in a fresh engine process, reads a prompt of a full batch
(so the compute buffer is used) and writes a few tokens. Prints a table and the
largest error (goal: within +/-10 %).

Usage: python bench/fit_accuracy.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_speed import CACHE, proxy_model  # noqa: E402

from app.core.catalog import MODELS_BY_KEY  # noqa: E402
from app.core.engine import Engine  # noqa: E402
from app.core.fit import Architecture, footprint  # noqa: E402
from app.core.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.core.sizes import MIB  # noqa: E402

CASES = [  # (size, quant, context)
    ("1.5b", "Q4_K_M", 2048),
    ("1.5b", "Q8_0", 2048),
    ("2.7b", "Q4_K_M", 2048),
    ("2.7b", "Q8_0", 2048),
    ("1.5b", "Q4_K_M", 1024),
]


def peak_rss(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")


def measure(path: Path, n_ctx: int) -> int:
    with Engine(log_dir=CACHE / "logs") as engine:
        engine.load(path, LoadSettings(n_ctx=n_ctx))
        question = " ".join(f"item {i} is red" for i in range(110))  # about 600 tokens: a full batch
        stream = engine.chat(question, options=GenerationOptions(temperature=0, max_tokens=8))
        for _ in stream:
            pass
        return peak_rss(engine.child_pid)


def main() -> None:
    rows = []
    for size, quant, n_ctx in CASES:
        model = MODELS_BY_KEY[size]
        path = proxy_model(model.layers, quant)
        predicted = footprint(path.stat().st_size, Architecture.of(model), quant, n_ctx).cpu_bytes
        measured = measure(path, n_ctx)
        error = predicted / measured - 1
        rows.append((size, quant, n_ctx, path.stat().st_size, predicted, measured, error))
        print(
            f"{size} {quant} ctx {n_ctx}: predicted {predicted / MIB:.0f} MiB, measured {measured / MIB:.0f} MiB, "
            f"error {error:+.1%}",
            flush=True,
        )
    print()
    print(f"{'size':<6}{'quant':<8}{'ctx':>6}{'file MiB':>10}{'predicted':>11}{'measured':>10}{'error':>8}")
    for size, quant, n_ctx, file_bytes, predicted, measured, error in rows:
        print(
            f"{size:<6}{quant:<8}{n_ctx:>6}{file_bytes / MIB:>10.0f}{predicted / MIB:>11.0f}{measured / MIB:>10.0f}"
            f"{error:>+8.1%}"
        )
    worst = max(rows, key=lambda r: abs(r[-1]))
    print(f"largest error: {worst[-1]:+.1%} ({worst[0]} {worst[1]} ctx {worst[2]}); goal within +/-10 %")


if __name__ == "__main__":
    main()
