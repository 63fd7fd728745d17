"""Fit estimate vs reality: predicted peak memory of the engine's llama.cpp process against its
measured peak (VmHWM), for proxy models with the exact architectures of the family's sizes, at
each quant and context length.

The estimate is the picker's, for a file not yet downloaded (``Architecture.of`` the catalog
model: its tensor types rebuilt by ``quant_mix.py``), with the CPU features read from the llama.cpp
build that is loaded (``repack.read_cpu_features``, in a process of its own, as the app does).
Each row also checks the repack rule alone: the repack copy predicted from the file's own tensors
against the ``CPU_REPACK`` buffer llama.cpp logged.

Each model is loaded in a fresh engine process, reads a prompt that fills its context (so the KV
cache and the compute buffer are all written, as in a long chat) and writes a few tokens. Prints a
table and the largest error (goal: within +/-10 %). Every row loads a proxy (and writes it first,
once: bench/.cache, up to ~11 GB for the 5.5b's f16 source), so ``--quick`` measures a handful of
rows that cover each kind of repack.

``--llama-lib DIR`` runs another build of llama.cpp's libraries (LLAMA_CPP_LIB_PATH), e.g. one
built without AVX-512 to see an AVX2-only processor's rules on this one.

Usage: python bench/fit_accuracy.py [--quick | --cached] [--sizes 1.5b,3.7b] [--quants Q2_K,Q4_K_M]
       [--contexts 512,2048] [--llama-lib DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_speed import CACHE, proxy_model  # noqa: E402

from app.core.engine.engine import Engine  # noqa: E402
from app.core.engine.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.core.engine.repack import read_cpu_features, repacked_bytes  # noqa: E402
from app.core.errors import PromptTooLongError  # noqa: E402
from app.core.fit.footprint import Architecture, Calibration, footprint  # noqa: E402
from app.core.models.catalog import MODELS_BY_KEY  # noqa: E402
from app.core.models.gguf_header import read_header  # noqa: E402
from app.core.sizes import MIB  # noqa: E402

SIZES = ("1.5b", "2.7b", "3.7b", "5.5b")
# Every quant of the published files that llama.cpp makes without an importance matrix (IQ3_XS needs one).
QUANTS = (
    "Q2_K", "Q3_K_S", "Q3_K_M", "Q3_K_L", "Q4_0", "Q4_1", "Q4_K_S", "Q4_K_M", "Q5_0", "Q5_1", "Q5_K_S",
    "Q5_K_M", "Q6_K", "Q8_0", "IQ4_NL", "IQ4_XS", "IQ3_S", "IQ3_M",
)  # fmt: skip
CONTEXTS = (512, 2048)
QUICK = (  # (size, quant, context): Q4_K repacked, Q2_K (repacked with AVX-512 only), nothing repacked
    ("1.5b", "Q4_K_M", 2048),
    ("1.5b", "Q2_K", 512),
    ("1.5b", "Q8_0", 2048),
    ("1.5b", "Q3_K_M", 1024),
    ("2.7b", "Q2_K", 2048),
    ("3.7b", "Q2_K", 512),
)


def peak_rss(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")


def filling_prompt(engine: Engine, tokens: int):
    """The longest chat prompt of at most ``tokens`` tokens: a long chat fills the KV cache, and its
    batches fill the compute buffer, which is what the estimate is for."""

    def prompt(items: int):
        try:
            found = engine.prepare(" ".join(f"item {i} is red" for i in range(items)), reply_tokens=0)
        except PromptTooLongError:
            return None
        return found if len(found.tokens) <= tokens else None

    low, high = 1, 2  # the prompt with ``low`` items fits, with ``high`` it does not
    while prompt(high) is not None:
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if prompt(middle) is not None else (low, middle)
    return prompt(low)


def measure(path: Path, n_ctx: int) -> tuple[int, int]:
    """Peak resident memory and the logged repack buffer of a load that reads a full batch."""
    with Engine(log_dir=CACHE / "logs") as engine:
        engine.load(path, LoadSettings(n_ctx=n_ctx))
        repack = engine.measure(prompt_tokens=8, decode_tokens=1, seconds=1).buffers.get("CPU_REPACK model", 0)
        stream = engine.generate(filling_prompt(engine, n_ctx - 8), GenerationOptions(temperature=0, max_tokens=8))
        for _ in stream:
            pass
        return peak_rss(engine.child_pid), repack


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a handful of rows (each row loads a proxy)")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--quants", default=",".join(QUANTS))
    parser.add_argument("--contexts", default=",".join(map(str, CONTEXTS)))
    parser.add_argument("--cached", action="store_true", help="the sizes and quants whose proxy is already written")
    parser.add_argument("--llama-lib", help="a folder with another build of llama.cpp's libraries")
    args = parser.parse_args()
    if args.llama_lib:
        os.environ["LLAMA_CPP_LIB_PATH"] = str(Path(args.llama_lib).resolve())  # the engine's processes inherit it
    contexts = [int(c) for c in args.contexts.split(",")]
    sizes, quants = args.sizes.split(","), args.quants.split(",")
    if args.quick:
        cases = list(QUICK)
    elif args.cached:
        written = {path.name for path in CACHE.glob("proxy-*.gguf")}
        cases = [
            (s, q, c) for s in sizes for q in quants for c in contexts
            if f"proxy-{MODELS_BY_KEY[s].layers}L-{q}.gguf" in written
        ]  # fmt: skip
    else:
        cases = [(s, q, c) for s in sizes for q in quants for c in contexts]
    features = read_cpu_features()
    if features is None:
        raise SystemExit("could not read the CPU features of the llama.cpp build")
    calibration = Calibration(cpu_features=features)
    print(f"llama.cpp build: CPU features {' '.join(sorted(features.names))}", flush=True)
    rows = []
    for size, quant, n_ctx in cases:
        model = MODELS_BY_KEY[size]
        path = proxy_model(model.layers, quant)
        file_bytes = path.stat().st_size
        predicted = footprint(file_bytes, Architecture.of(model), quant, n_ctx, calibration=calibration)
        measured, logged_repack = measure(path, n_ctx)
        rule = repacked_bytes(read_header(path).weights, features)
        error = predicted.cpu_bytes / measured - 1
        row = (size, quant, n_ctx, file_bytes, predicted.repack, rule.in_layers + rule.outside, logged_repack,
               predicted.cpu_bytes, measured, error)  # fmt: skip
        rows.append(row)
        print(
            f"{size} {quant} ctx {n_ctx}: predicted {predicted.cpu_bytes / MIB:.0f} MiB, measured {measured / MIB:.0f}"
            f" MiB, error {error:+.1%}; repack predicted {predicted.repack / MIB:.0f} MiB, logged "
            f"{logged_repack / MIB:.0f}",
            flush=True,
        )
    print()
    print(f"CPU features of the build: {features.describe()}")
    print(
        f"{'size':<6}{'quant':<8}{'ctx':>6}{'file MiB':>10}{'repack est':>11}{'by file':>9}{'logged':>8}"
        f"{'predicted':>11}{'measured':>10}{'error':>8}"
    )
    for size, quant, n_ctx, file_bytes, repack_est, repack_rule, repack_logged, predicted, measured, error in rows:
        print(
            f"{size:<6}{quant:<8}{n_ctx:>6}{file_bytes / MIB:>10.0f}{repack_est / MIB:>11.0f}{repack_rule / MIB:>9.0f}"
            f"{repack_logged / MIB:>8.0f}{predicted / MIB:>11.0f}{measured / MIB:>10.0f}{error:>+8.1%}"
        )
    worst = max(rows, key=lambda r: abs(r[-1]))
    rule_off = max(abs(r[5] - r[6]) for r in rows)
    print(f"largest error: {worst[-1]:+.1%} ({worst[0]} {worst[1]} ctx {worst[2]}); goal within +/-10 %")
    print(f"repack rule from the file's tensors vs llama.cpp's log: largest difference {rule_off / MIB:.2f} MiB")


if __name__ == "__main__":
    main()
