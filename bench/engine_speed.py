"""Engine speed: streaming through the child process vs plain llama-cpp-python, and
time to first token late in a conversation vs at its start.

Writes (once, cached in bench/.cache) a random-weight GGUF with the exact
architecture of cpt_st-vicuna-v1.3-1.5b (6 layers x 4096, FFN 11008, vocab 32000),
quantized to Q4_K_M like the published file. Prints, from one run:

  decode ratio   = engine tok/s / plain llama-cpp-python tok/s   (goal >= 0.97)
  latency ratio  = time to first token at turn 20 / at turn 1    (goal <= 1.3)

Usage: python bench/engine_speed.py [--tokens 128] [--rounds 3] [--threads N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.engine.engine import Engine  # noqa: E402
from app.core.engine.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.core.engine.llama_worker import default_threads  # noqa: E402
from app.core.engine.prompt import VICUNA_SYSTEM, Turn  # noqa: E402
from app.testing.gguf_models import quantize, write_random_llama  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
SAMPLING = {"temp": 0.0, "top_p": 0.95, "top_k": 40, "min_p": 0.05, "repeat_penalty": 1.1}


def proxy_model(layers: int = 6, quant: str = "Q4_K_M") -> Path:
    """The cached proxy of the published model with ``layers`` layers (the F16
    source is kept beside it, so other quants of it are quick to make)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / f"proxy-{layers}L-{quant}.gguf"
    if not target.exists():
        source = CACHE / f"proxy-{layers}L-F16.gguf"
        if not source.exists():
            print(f"writing {source.name} (random f16 weights)...", flush=True)
            write_random_llama(source.with_suffix(".part"), n_layers=layers)
            source.with_suffix(".part").rename(source)
        print(f"quantizing {source.name} to {quant}...", flush=True)
        quantize(source, target.with_suffix(".part"), quant)
        target.with_suffix(".part").rename(target)
    return target


def plain_decode_rate(llm, tokens: list[int], n: int) -> float:
    """Tokens/s after the first, through llama-cpp-python's own generate loop."""
    first = None
    for count, token in enumerate(llm.generate(tokens, **SAMPLING), start=1):
        llm.detokenize([token])
        if first is None:
            first = time.perf_counter()
        if count == n:
            break
    return (n - 1) / (time.perf_counter() - first)


def engine_decode_rate(engine: Engine, text: str, n: int) -> float:
    """Tokens/s after the first, as the caller of the engine receives them."""
    options = GenerationOptions(temperature=0, max_tokens=n)
    stream = engine.chat(text, options=options)
    for _ in stream:
        pass
    if stream.stats.reply_tokens != n:
        raise SystemExit(f"the engine stopped after {stream.stats.reply_tokens} tokens ({stream.stats.stop_reason})")
    return stream.stats.decode_tokens_per_s


def first_piece_after(engine: Engine, question: str, history: list[Turn], options: GenerationOptions):
    """Wall time from asking to the first piece of the reply (read to its end), and the reply's stream."""
    started = time.perf_counter()
    stream = engine.chat(question, history, options=options)
    first = None
    for _ in stream:
        if first is None:
            first = time.perf_counter() - started
    return (first if first is not None else stream.stats.time_to_first_token_s), stream


def conversation_latencies(engine: Engine, turns: int) -> list[float]:
    """Wall time from asking to the first piece of the reply, turn after turn."""
    history: list[Turn] = []
    latencies = []
    options = GenerationOptions(temperature=0, max_tokens=16)
    for turn in range(1, turns + 1):
        question = f"Question number {turn}: tell me something about the weather in the mountains in spring."
        first, stream = first_piece_after(engine, question, history, options)
        latencies.append(first)
        history.append(Turn(question, stream.text))
        print(
            f"  turn {turn:2d}: prompt {stream.stats.prompt_tokens:4d} tokens, read {stream.stats.evaluated_tokens:3d},"
            f" first token after {latencies[-1] * 1000:6.1f} ms",
            flush=True,
        )
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args()

    from llama_cpp import Llama

    model = proxy_model()
    print(f"model: {model.name} ({model.stat().st_size:,} bytes), threads: {args.threads}")
    settings = LoadSettings(n_ctx=2048, n_threads=args.threads)
    with Engine(log_dir=CACHE / "logs") as engine:
        engine.load(model, settings)
        llm = Llama(str(model), n_ctx=2048, n_threads=args.threads, n_threads_batch=args.threads, verbose=False)
        prompt_text = "Tell me a long story about a lighthouse keeper."
        prompt_tokens = engine.prepare(prompt_text, [], VICUNA_SYSTEM, args.tokens).tokens

        plain, ours = [], []
        for round_ in range(args.rounds):  # alternate, so drifts in machine speed hit both alike
            llm.reset()
            plain.append(plain_decode_rate(llm, prompt_tokens, args.tokens))
            engine.load(model, settings)  # a fresh context, as the plain run gets
            ours.append(engine_decode_rate(engine, prompt_text, args.tokens))
            print(f"round {round_ + 1}: plain {plain[-1]:.2f} tok/s, engine {ours[-1]:.2f} tok/s", flush=True)
        del llm

        print(f"conversation of {args.turns} turns:")
        engine.load(model, settings)
        # One throwaway reply with another system text, so turn 1 is not also the
        # first computation after loading (which is slower), yet shares no prefix.
        list(engine.chat("Warm up.", system="", options=GenerationOptions(temperature=0, max_tokens=2)))
        latencies = conversation_latencies(engine, args.turns)

    plain_median, ours_median = statistics.median(plain), statistics.median(ours)
    print()
    print(f"decode, plain llama-cpp-python: median {plain_median:.2f} tok/s over {args.rounds} rounds")
    print(f"decode, engine (child process): median {ours_median:.2f} tok/s over {args.rounds} rounds")
    print(f"decode ratio engine/plain: {ours_median / plain_median:.3f} (goal >= 0.97)")
    print(f"time to first token: turn 1 {latencies[0] * 1000:.1f} ms, turn {args.turns} {latencies[-1] * 1000:.1f} ms")
    print(f"latency ratio turn {args.turns}/turn 1: {latencies[-1] / latencies[0]:.3f} (goal <= 1.3)")


if __name__ == "__main__":
    main()
