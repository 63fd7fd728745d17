"""Reopening a long chat: time to the first token with its saved llama.cpp state vs a fresh short chat.

For the 1.5b and 2.7b proxies (random weights, exact architectures, Q4_K_M; cached in bench/.cache),
and chats of about 500 / 1,000 / 1,500 tokens of history: each chat is first answered once (which
saves its state), then reopened in a new llama.cpp process (as after a restart) with a new question,
``--rounds`` times (each round a different question). Each round also times a fresh short chat (the
first question of a new chat, in a new process), so a change in the machine's load hits both alike.
Times are wall time from asking to the first piece, as a caller of the engine sees it; the state
file is in the page cache (written just before). Also printed: one reopen without saved states (the
whole chat read again) and how long after the reply's end the state was saved.

Prints medians and, per size and length, the ratio reopened / fresh short chat (goal <= 1.5).

Usage: python bench/reopen_speed.py [--rounds 3] [--sizes 6,12] [--lengths 500,1000,1500]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_speed import CACHE, first_piece_after, proxy_model  # noqa: E402

from app.core.engine.chat_states import SUFFIX, SavedStates  # noqa: E402
from app.core.engine.engine import Engine  # noqa: E402
from app.core.engine.generation import GenerationOptions, LoadSettings  # noqa: E402
from app.core.engine.prompt import Turn  # noqa: E402

REPLY = GenerationOptions(temperature=0, max_tokens=8)
SETTINGS = LoadSettings(n_ctx=2048)
SENTENCE = "the keeper of the lighthouse walked down to the harbour every morning to count the boats"
WORDS = SENTENCE.split(" ")
SIZES = {6: "1.5b", 12: "2.7b"}


def history_of(engine: Engine, tokens: int) -> list[Turn]:
    """Turns of plain sentences, until the chat's prompt holds about ``tokens`` tokens."""
    history: list[Turn] = []
    turn = 0
    while len(engine.prepare("x", history).tokens) < tokens:
        turn += 1
        question = " ".join(WORDS[(turn + i) % len(WORDS)] for i in range(18))
        answer = " ".join(WORDS[(turn * 3 + i) % len(WORDS)] for i in range(60))
        history.append(Turn(question, answer))
    return history


def first_piece_s(engine: Engine, question: str, history: list[Turn]) -> tuple[float, int, int]:
    """Seconds from asking to the first piece; the prompt's tokens and how many were read."""
    first, stream = first_piece_after(engine, question, history, REPLY)
    return first, stream.stats.prompt_tokens, stream.stats.evaluated_tokens


def wait_for_new_state(folder: Path, before: set[str], started: float, limit_s: float = 60.0) -> float:
    """Seconds from ``started`` until a new state file appears (it is renamed into place when whole)."""
    while time.perf_counter() - started < limit_s:
        if {p.name for p in folder.glob(f"*{SUFFIX}")} - before:
            return time.perf_counter() - started
        time.sleep(0.005)
    return float("nan")


OPENINGS = ["Tell me", "Remind me", "Say again", "Explain", "Describe", "Recall", "Repeat", "List"]


def question(round_: int) -> str:
    """A new question each round, different from its first word (so no round reuses another's)."""
    return f"{OPENINGS[round_ % len(OPENINGS)]}: what did the keeper count in the harbour each morning?"


def measure(model: Path, lengths: list[int], rounds: int, workdir: Path) -> dict:
    """Per history length: the reopened chat's and a fresh short chat's times, in alternate rounds
    (so a change in the machine's load hits both alike), each the first question after a load."""
    states = SavedStates(workdir / f"states-{model.stem}", budget_bytes=8 * 1024**3)
    results: dict = {}
    with (
        Engine(log_dir=workdir / "logs", saved_states=states) as engine,
        Engine(log_dir=workdir / "logs-off", saved_states=SavedStates(budget_bytes=0)) as without,
    ):
        for length in lengths:
            engine.load(model, SETTINGS)
            history = history_of(engine, length)
            before = {p.name for p in states.folder.glob(f"*{SUFFIX}")}
            stream = engine.chat("What did the keeper see?", history, options=REPLY)
            list(stream)
            save_s = wait_for_new_state(states.folder, before, time.perf_counter())
            history = [*history, Turn("What did the keeper see?", stream.text)]
            row = results[length] = {"fresh": [], "reopened": [], "save_s": save_s}
            print(f"  chat of {stream.stats.prompt_tokens} tokens answered; state saved {save_s * 1000:.0f} ms "
                  f"after the reply's end", flush=True)  # fmt: skip
            for round_ in range(rounds):
                without.load(model, SETTINGS)
                seconds, prompt, _ = first_piece_s(without, question(round_), [])
                row["fresh"].append(seconds)
                print(f"  fresh short chat ({prompt} tokens): {seconds * 1000:7.0f} ms", flush=True)
                engine.load(model, SETTINGS)  # a new process: nothing in memory, as after a restart
                seconds, prompt, read = first_piece_s(engine, question(round_), history)
                row["reopened"].append(seconds)
                print(f"  reopened, {prompt} tokens, {read} read: {seconds * 1000:7.0f} ms", flush=True)
            without.load(model, SETTINGS)
            seconds, prompt, read = first_piece_s(without, question(rounds), history)
            row["read_again"], row["prompt_tokens"] = seconds, prompt
            print(f"  without a saved state, {prompt} tokens, {read} read: {seconds * 1000:7.0f} ms", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", default="6,12", help="proxy layer counts (6: 1.5b, 12: 2.7b)")
    parser.add_argument("--lengths", default="500,1000,1500", help="tokens of history")
    args = parser.parse_args()
    lengths = [int(n) for n in args.lengths.split(",")]
    summary = []
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as work:  # states of hundreds of MB: on this disk, never in git
        for layers in (int(n) for n in args.sizes.split(",")):
            model = proxy_model(layers)
            name = SIZES.get(layers, f"{layers}L")
            print(f"{name} proxy: {model.name}", flush=True)
            for length, row in measure(model, lengths, args.rounds, Path(work)).items():
                fresh, reopened = statistics.median(row["fresh"]), statistics.median(row["reopened"])
                summary.append((name, length, row["prompt_tokens"], fresh, reopened, row["read_again"], row["save_s"]))
    print()
    print(f"medians of {args.rounds} rounds; wall time from asking to the first piece")
    print(f"{'model':<6}{'history':>8}{'prompt':>8}{'fresh short':>13}{'reopened':>10}{'ratio':>7}"
          f"{'read again':>12}{'save':>8}")  # fmt: skip
    for name, length, prompt, fresh, reopened, again, save in summary:
        print(
            f"{name:<6}{length:>8}{prompt:>8}{fresh * 1000:>10.0f} ms{reopened * 1000:>7.0f} ms"
            f"{reopened / fresh:>7.2f}{again * 1000:>9.0f} ms{save * 1000:>5.0f} ms"
        )
    print("ratio = reopened / fresh short chat (goal <= 1.5)")


if __name__ == "__main__":
    main()
