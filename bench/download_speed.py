"""Download throughput through ShortChat's downloader vs plain ``hf_hub_download``,
same file (600 MB), same local fake hub (in a process of its own), alternating
runs. The app's time includes asking for the metadata and the sha256 check.
Prints the medians and their ratio (goal >= 0.95).

Usage: python bench/download_speed.py [--mb 600] [--rounds 3]
"""

from __future__ import annotations

import argparse
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

REPO = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-1.5b-ppl-gguf"
NAME = "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="download-bench-"))
    source = work / NAME
    block = os.urandom(16 << 20)
    with open(source, "wb") as out:
        for _ in range(args.mb // 16):
            out.write(block)
    size = source.stat().st_size
    server = subprocess.Popen(
        [sys.executable, "-m", "app.testing.fake_hub", REPO, f"{NAME}={source}"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        url = server.stdout.readline().strip()
        os.environ.update(HF_ENDPOINT=url, HF_HUB_DISABLE_PROGRESS_BARS="1", HF_HUB_DISABLE_XET="1")
        from huggingface_hub import hf_hub_download

        from app.core.models.download import Downloader

        plain, ours = [], []
        for round_ in range(args.rounds):
            cache = work / "hf-cache"
            started = time.perf_counter()
            hf_hub_download(REPO, NAME, cache_dir=cache)
            plain.append(size / (time.perf_counter() - started))
            shutil.rmtree(cache)

            models = work / "models"
            started = time.perf_counter()
            downloader = Downloader(models_dir=models, endpoint=url)
            downloader.download(downloader.describe(REPO, NAME))
            ours.append(size / (time.perf_counter() - started))
            shutil.rmtree(models)
            print(f"round {round_ + 1}: hf_hub_download {plain[-1] / 1e6:.0f} MB/s, ", end="")
            print(f"ShortChat {ours[-1] / 1e6:.0f} MB/s", flush=True)
    finally:
        server.terminate()
        shutil.rmtree(work, ignore_errors=True)
    p, o = statistics.median(plain), statistics.median(ours)
    print(f"\nfile: {size / 1e6:.0f} MB; medians over {args.rounds} rounds")
    print(f"plain hf_hub_download: {p / 1e6:.0f} MB/s")
    print(f"ShortChat (resumable, verified): {o / 1e6:.0f} MB/s")
    print(f"throughput ratio ShortChat/plain: {o / p:.3f} (goal >= 0.95)")


if __name__ == "__main__":
    main()
