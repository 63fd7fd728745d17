"""`shortchat serve` speed: writing speed through the API vs the engine directly, and the time
to the first token with 1 and with 4 clients at once.

Same model, same engine, same settings: the proxy of cpt_st-vicuna-v1.3-1.5b (random weights,
the published architecture and Q4_K_M size; written once into bench/.cache by
bench/engine_speed.py's proxy_model). The API is `shortchat serve` in a process of its own,
asked with the official `openai` client, streaming, as an editor plug-in would. Prints:

  speed ratio  = API tokens/s / engine tokens/s, both as the caller receives them (goal >= 0.95)
  TTFT p50/p99 = from sending a request to its first text, 1 client, then 4 clients at once
                 (with 4, a request also waits for the replies ahead of it: they are answered in turn)

Usage: python bench/api_speed.py [--tokens 128] [--rounds 3] [--requests 12] [--layers 6] [--model PATH]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import openai  # noqa: E402
from engine_speed import CACHE, proxy_model  # noqa: E402

from app.core.engine.engine import Engine  # noqa: E402
from app.core.engine.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.core.engine.llama_worker import default_threads  # noqa: E402

STORY = "Tell me a long story about a lighthouse keeper."


def rate(first_at: float, last_at: float, tokens: int) -> float:
    """Tokens after the first, per second (as bench/engine_speed.py counts decode speed)."""
    return (tokens - 1) / (last_at - first_at) if tokens > 1 and last_at > first_at else 0.0


def engine_rate(engine: Engine, tokens: int) -> float:
    stream = engine.chat(STORY, options=GenerationOptions(temperature=0, max_tokens=tokens))
    first = last = None
    for _ in stream:
        last = time.perf_counter()
        first = first or last
    return rate(first, last, stream.stats.reply_tokens)


def api_rate(client: openai.OpenAI, tokens: int) -> float:
    stream = client.chat.completions.create(
        model="proxy", messages=[{"role": "user", "content": STORY}], temperature=0, max_tokens=tokens,
        stream=True, stream_options={"include_usage": True},
    )  # fmt: skip
    first = last = None
    written = 0
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            last = time.perf_counter()
            first = first or last
        if chunk.usage is not None:
            written = chunk.usage.completion_tokens
    return rate(first, last, written)


def first_token_time(client: openai.OpenAI, question: str, tokens: int) -> float:
    started = time.perf_counter()
    stream = client.chat.completions.create(
        model="proxy", messages=[{"role": "user", "content": question}], temperature=0, max_tokens=tokens, stream=True
    )
    seen = None
    for chunk in stream:
        if seen is None and chunk.choices and chunk.choices[0].delta.content:
            seen = time.perf_counter() - started
    return seen if seen is not None else float("nan")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def first_token_times(url: str, clients: int, requests: int, tokens: int) -> list[float]:
    """``requests`` questions (each different, so each prompt is read anew) from ``clients`` at once."""
    times: list[float] = []
    lock = threading.Lock()
    questions = iter(range(requests))

    def client_loop():
        client = openai.OpenAI(base_url=url, api_key="-", max_retries=0, timeout=600)
        while True:
            with lock:
                number = next(questions, None)
            if number is None:
                return
            question = f"Question number {number}: what is the weather like in the mountains in spring?"
            seconds = first_token_time(client, question, tokens)
            with lock:
                times.append(seconds)

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", type=int, default=128, help="reply length for the speed ratio")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=12, help="requests per TTFT figure")
    parser.add_argument("--reply", type=int, default=8, help="reply length of the TTFT requests")
    parser.add_argument("--layers", type=int, default=6, help="layers of the proxy model (6: the 1.5b)")
    parser.add_argument("--model", type=Path, help="another GGUF instead of the proxy (a tiny one shows the overhead)")
    parser.add_argument("--threads", type=int, default=default_threads())
    args = parser.parse_args()

    model = args.model or proxy_model(args.layers)
    print(f"model: {model.name} ({model.stat().st_size:,} bytes), threads: {args.threads}", flush=True)
    with served(model, args.threads) as url, Engine(log_dir=CACHE / "logs") as engine:
        engine.load(model, LoadSettings(n_ctx=2048, n_threads=args.threads))
        client = openai.OpenAI(base_url=url, api_key="-", max_retries=0, timeout=600)
        direct, through_api = [], []
        for round_ in range(args.rounds):  # alternate, so drifts in machine speed hit both alike
            direct.append(engine_rate(engine, args.tokens))
            through_api.append(api_rate(client, args.tokens))
            print(f"  round {round_ + 1}: engine {direct[-1]:.2f} tok/s, API {through_api[-1]:.2f} tok/s", flush=True)
        ratio = statistics.median(through_api) / statistics.median(direct)
        print(f"speed ratio (API / engine): {ratio:.3f}  (goal >= 0.95)")
        engine.unload()  # only the server's model in memory while it is timed alone
        for clients in (1, 4):
            times = first_token_times(url, clients, args.requests, args.reply)
            print(f"time to first token, {clients} client(s), {len(times)} requests: "
                  f"p50 {percentile(times, 0.5) * 1000:.0f} ms, p99 {percentile(times, 0.99) * 1000:.0f} ms",
                  flush=True)  # fmt: skip


@contextmanager
def served(model: Path, threads: int):
    """`shortchat serve` in a process of its own, as other programs meet it (clients in the same
    process as the server would only measure their fight for Python's GIL)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "app", "serve", "--model", str(model), "--port", str(port),
               "--ctx", "2048", "--threads", str(threads), "--gpu-layers", "0"]  # fmt: skip
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        if not line.startswith("ShortChat answers at"):
            raise SystemExit(f"shortchat serve did not start: {line}")
        yield line.split()[3]
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
