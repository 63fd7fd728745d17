"""How far apart the same model's writing speed measures from one answer to the next here, which is
what the A/B compare's noise rule (``app.core.chat.compare.NOISE_SHARE``) must stay above.

Writes (once, cached in bench/.cache) a random-weight GGUF, asks it the same question ``--rounds``
times in one engine, and prints each answer's decode tokens/s and the spread (fastest / slowest - 1).
Random weights write noise text, so every answer runs the full ``--tokens``.

Usage: python bench/compare_noise.py [--rounds 8] [--tokens 64] [--layers 2] [--embd 1024]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.chat.compare import NOISE_SHARE  # noqa: E402
from app.core.engine.engine import Engine  # noqa: E402
from app.core.engine.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.testing.gguf_models import quantize, write_random_llama  # noqa: E402

CACHE = ROOT / "bench" / ".cache"


def model(layers: int, embd: int) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / f"noise-{layers}L-{embd}-Q4_K_M.gguf"
    if not target.exists():
        source = write_random_llama(CACHE / f"noise-{layers}L-{embd}-F16.gguf", n_layers=layers, n_embd=embd,
                                    n_ff=embd * 11008 // 4096, n_head=max(1, embd // 128))  # fmt: skip
        quantize(source, target, "Q4_K_M")
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--embd", type=int, default=1024)
    args = parser.parse_args()
    options = GenerationOptions(temperature=0, max_tokens=args.tokens, seed=1)
    rates = []
    with Engine() as engine:
        engine.load(model(args.layers, args.embd), LoadSettings())
        for _ in range(args.rounds):
            with engine.chat("Tell me about the sea.", [], "", options) as stream:
                for _piece in stream:
                    pass
            stats = stream.stats
            rates.append(stats.decode_tokens_per_s)
            print(f"{stats.reply_tokens:4d} tokens  {stats.decode_tokens_per_s:8.1f} tokens/s", flush=True)
    spread = max(rates) / min(rates) - 1
    print(f"median {statistics.median(rates):.1f} tokens/s, spread (fastest/slowest - 1) {spread:.1%}, "
          f"noise rule {NOISE_SHARE:.0%}")  # fmt: skip


if __name__ == "__main__":
    main()
