"""A first start without the internet: a fake hub serving tiny scripted models under
the real 1.5b Q4_K_M and Q2_K names. Each answers every question with the same short
reply (the Q4_K_M one with a code block), so the whole path (picker, download, load,
streamed answer, comparing two models) can be tried, shown in screenshots and tested
on a machine with no network.

    python -m app.testing.demo            # prints the HF_ENDPOINT to start ShortChat with
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

from app.testing.fake_hub import FakeHub

REPO = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-1.5b-ppl-gguf"
NAME = "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf"
REPLY_PIECES = [
    "You▁can▁use▁", "slicing▁", "or▁the▁", "built-in▁", "`reversed()`:\n\n", "```python\n",
    "items▁=▁[1,▁2,▁3]\n", "print(items[::-1])\n", "print(list(reversed(", "items)))\n", "```\n\n",
    "Both▁print▁", "**[3,▁2,▁1]**.▁", "Slicing▁makes▁a▁", "new▁list;▁", "`items.reverse()`", "▁changes▁it▁",
    "in▁place.",
]  # fmt: skip
REPLY = "".join(REPLY_PIECES).replace("▁", " ")
SECOND_NAME = "cpt_st-vicuna-v1.3-1.5b-ppl.Q2_K.gguf"
SECOND_REPLY_PIECES = [
    "Write▁", "`items[::-1]`▁", "for▁a▁reversed▁", "copy,▁or▁", "`items.reverse()`▁", "to▁reverse▁", "the▁list▁",
    "itself.",
]  # fmt: skip
SECOND_REPLY = "".join(SECOND_REPLY_PIECES).replace("▁", " ")


def demo_model(folder: Path, name: str = NAME, pieces: list[str] = REPLY_PIECES, quant: str = "Q4_K_M") -> Path:
    """A scripted reply model, quantized like the real download (needs the ``gguf`` package)."""
    from app.testing.gguf_models import quantize, write_scripted_llama

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        source = write_scripted_llama(folder / f"{quant}-f32.gguf", pieces=pieces)
        with _quiet_stderr():  # llama.cpp's quantizer reports every tensor
            quantize(source, target, quant)
        source.unlink()
    return target


@contextlib.contextmanager
def _quiet_stderr():
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def demo_hub(folder: Path, bytes_per_second: float | None = None) -> FakeHub:
    hub = FakeHub(folder / "hub")
    hub.add_file(REPO, NAME, demo_model(folder / "model"))
    hub.add_file(REPO, SECOND_NAME, demo_model(folder / "model", SECOND_NAME, SECOND_REPLY_PIECES, "Q2_K"))
    hub.faults.bytes_per_second = bytes_per_second
    return hub


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the demo model from a fake hub on 127.0.0.1.")
    parser.add_argument("--speed", type=float, help="bytes per second, to watch the progress bar (default: fast)")
    args = parser.parse_args()
    hub = demo_hub(Path(tempfile.mkdtemp(prefix="shortchat-demo-")), args.speed)
    print(f"Fake hub running. In another terminal:\n\n    HF_ENDPOINT={hub.url} shortchat\n", flush=True)
    print("Ctrl+C stops it.", flush=True)
    hub.serve_until_interrupted()


if __name__ == "__main__":
    main()
