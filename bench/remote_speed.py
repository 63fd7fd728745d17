"""Writing speed and time to first token of a model on "another computer" (a server on 127.0.0.1).

Prints medians of: ShortChat's measured writing speed ÷ the server's own timings (goal ≥ 0.97), and
the time to first token ShortChat adds over a bare HTTP request for the same tokens (goal ≤ 30 ms).
The server is the labelled llama-server protocol stand-in (app/testing/stand_in_server.py, real
llama.cpp underneath), as no registry ships llama-server prebuilt; pass --url for a real one.

    python bench/remote_speed.py [--runs 7] [--url http://host:port]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import httpx2

from app.core.engine.generation import GenerationOptions
from app.core.remote.remote_engine import RemoteEngine
from app.core.remote.servers import detect
from app.testing.gguf_models import write_random_llama
from app.testing.model_servers import StandInServer

OPTIONS = GenerationOptions(temperature=0.0, max_tokens=64, seed=1)


def bare_first_token_s(url: str, tokens: list[int]) -> float:
    """The time to the first piece for a plain streamed /completion request, nothing of ShortChat."""
    body = {"prompt": tokens, "n_predict": 4, "stream": True, "cache_prompt": True, "temperature": 0.0}
    started = time.perf_counter()
    with httpx2.stream("POST", f"{url}/completion", json=body, timeout=60) as response:
        for line in response.iter_lines():
            if line.startswith("data:") and json.loads(line[5:]).get("content"):
                return time.perf_counter() - started
    return time.perf_counter() - started


def measure(url: str, runs: int) -> None:
    engine = RemoteEngine(detect(url))
    engine.load()
    ratios, added_ms, server_rates, ours = [], [], [], []
    question = "Tell me about the sea."
    for run in range(runs):
        with engine.chat(question, options=OPTIONS) as stream:
            for _ in stream:
                pass
        figures = stream.server_figures
        if figures.decode_tokens_per_s:
            ratios.append(stream.stats.decode_tokens_per_s / figures.decode_tokens_per_s)
            server_rates.append(figures.decode_tokens_per_s)
            ours.append(stream.stats.decode_tokens_per_s)
        # Same prompt, already cached on the server either way: the difference is ShortChat's own work
        # (tokenizing through /tokenize, building the prompt, the reading thread).
        bare = bare_first_token_s(url, stream.prompt.tokens)
        asked = time.perf_counter()  # before the prompt is built and tokenized: all of ShortChat's part
        with engine.chat(question, options=OPTIONS) as again:
            next(iter(again))
            first_s = time.perf_counter() - asked
        added_ms.append((first_s - bare) * 1000)
        if run == 0:
            added_ms.pop()  # the first run fills ShortChat's tokenizer cache
    engine.close()
    print(f"writing speed, server's own timings: median {statistics.median(server_rates):.1f} tokens/s")
    print(f"writing speed, measured by ShortChat: median {statistics.median(ours):.1f} tokens/s")
    print(f"ratio ShortChat ÷ server: median {statistics.median(ratios):.3f} (goal >= 0.97), runs {len(ratios)}")
    print(f"added time to first token on loopback: median {statistics.median(added_ms):.1f} ms (goal <= 30 ms)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--url", help="a running llama-server (default: start the stand-in)")
    args = parser.parse_args()
    if args.url:
        measure(args.url, args.runs)
        return
    with tempfile.TemporaryDirectory() as folder:
        model = write_random_llama(
            Path(folder) / "bench-f16.gguf", n_layers=4, n_embd=1024, n_ff=2816, n_head=8, n_vocab=32000
        )
        with StandInServer("llama-server", model, Path(folder)) as server:
            print("server: llama-server protocol stand-in (real llama.cpp), 127.0.0.1")
            measure(server.url, args.runs)


if __name__ == "__main__":
    main()
