"""CLI one-shot: ``shortchat chat --model tiny.gguf --prompt hi --max-tokens 1`` as a whole
process, against a plain llama-cpp-python script doing the same (load the model, write one
token), each a fresh process.

The model is a tiny scripted GGUF (app/testing/gguf_models.py), so the figures are about
starting: interpreters, imports, planning, the llama.cpp process. The plain script reads the
same prompt tokens (the CLI's, from ``--show-prompt``: the Vicuna template around "hi"),
with the same context length and threads, so both do the same work in llama.cpp. The two
alternate (A B A B ...) after one warm-up each, so a shared machine's noise hits both alike.
Compiled modules are kept (as in an installed app), whatever PYTHONDONTWRITEBYTECODE says.
Prints each pair, the median time of each and the median of the per-pair ratios.
Goal: CLI / plain <= 1.3.

    python bench/cli_oneshot.py [--rounds 7] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONTEXT = 2048  # what the CLI picks for the tiny model (its trained context)

PLAIN = r"""
import json
import sys
from llama_cpp import Llama
llama = Llama(model_path=sys.argv[1], n_ctx={n_ctx}, n_threads={threads}, n_threads_batch={threads}, verbose=False)
print(llama.create_completion(json.loads(sys.argv[2]), max_tokens=1)["choices"][0]["text"])
"""


def cli_command() -> list[str]:
    """The installed ``shortchat`` beside this Python (what a person runs), else ``python -m app.cli``."""
    script = Path(sys.executable).parent / ("shortchat.exe" if os.name == "nt" else "shortchat")
    if script.exists():
        return [str(script)]
    found = shutil.which("shortchat")
    return [found] if found else [sys.executable, "-m", "app.cli"]


def prompt_tokens(cli: list[str], env: dict[str, str]) -> list[int]:
    """The tokens the CLI gives llama.cpp for the question (its ``--show-prompt``)."""
    done = subprocess.run([*cli, "--show-prompt"], env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    if done.returncode != 0:
        raise SystemExit(f"shortchat failed (exit code {done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stderr.splitlines()[0])["tokens"]


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed (exit code {done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="timed pairs after the warm-up pair (at least 5)")
    parser.add_argument(
        "--threads", type=int, help="llama.cpp threads for both (default: the CLI's, one a core; 1: steadier when busy)"
    )
    args = parser.parse_args()
    from app.core.engine.llama_worker import default_threads
    from app.testing.gguf_models import write_scripted_llama

    threads = args.threads or default_threads()

    home = Path(tempfile.mkdtemp(prefix="shortchat-cli-oneshot-"))
    try:
        model = write_scripted_llama(home / "tiny.gguf", "Hi!")
        env = {**os.environ, "SHORTCHAT_HOME": str(home / "home"), "HF_ENDPOINT": "http://127.0.0.1:9"}
        # Python keeps compiled modules, as an installed app has them (pip compiled llama_cpp's at install);
        # with PYTHONDONTWRITEBYTECODE set, ShortChat's own would be compiled again in every run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cli = [*cli_command(), "chat", "--model", str(model), "--prompt", "hi", "--max-tokens", "1"]
        cli += ["--threads", str(args.threads)] if args.threads else []
        tokens = json.dumps(prompt_tokens(cli, env))  # also the warm-up of the CLI: file cache, first-run folders
        plain = [sys.executable, "-c", PLAIN.format(n_ctx=CONTEXT, threads=threads), str(model), tokens]
        timed(plain, env)
        pairs = []
        for _ in range(max(1, args.rounds)):
            pairs.append((timed(cli, env), timed(plain, env)))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"CLI one-shot vs plain llama-cpp-python, whole processes, {len(pairs)} alternating pairs, {threads} threads")
    print(f"  {'pair':>4}  {'CLI ms':>7}  {'plain ms':>8}  {'ratio':>5}")
    for number, (cli_s, plain_s) in enumerate(pairs, 1):
        print(f"  {number:>4}  {cli_s * 1000:>7.0f}  {plain_s * 1000:>8.0f}  {cli_s / plain_s:>5.2f}")
    cli_median = statistics.median(c for c, _ in pairs)
    plain_median = statistics.median(p for _, p in pairs)
    ratio = statistics.median(c / p for c, p in pairs)
    print(f"  median: CLI {cli_median * 1000:.0f} ms, plain {plain_median * 1000:.0f} ms")
    print(f"  median ratio CLI / plain: {ratio:.2f}  (goal <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
