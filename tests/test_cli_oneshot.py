"""`shortchat chat --prompt` is quick (issue 21): llama.cpp's process starts before the load is
planned, this process never loads llama.cpp or other heavy libraries itself, and the model's
header is read once. Each test runs the CLI in a fresh Python, as a person's command does."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import SCRIPTED_REPLY

ROOT = Path(__file__).resolve().parent.parent

# Runs main() in a fresh interpreter with a few of the CLI's steps watched, then prints what it saw.
WATCHED = r"""
import json, multiprocessing, sys
import app.core.models.gguf_header as gguf_header
import app.core.fit.hardware as hardware

model = sys.argv[1]
seen = {"header_reads": 0, "llama_process_running_at_probe": None}
read_file = gguf_header._open_regular

def counted(path, name):
    if path.name == model.rsplit("/", 1)[-1]:
        seen["header_reads"] += 1
    return read_file(path, name)

probe = hardware.detect

def watched_probe(*args, **kwargs):
    seen["llama_process_running_at_probe"] = any(p.name == "shortchat-llama" for p in multiprocessing.active_children())
    return probe(*args, **kwargs)

gguf_header._open_regular = counted
hardware.detect = watched_probe
from app.cli import main

if __name__ == "__main__":
    seen["exit_code"] = main(["chat", "--model", model, "--prompt", "hi", "--temperature", "0"])
    heavy = ("llama_cpp", "numpy", "jinja2", "huggingface_hub", "markdown", "PySide6")
    seen["heavy_modules"] = [m for m in heavy if m in sys.modules]
    print(json.dumps(seen), file=sys.stderr)
"""


def run_watched(model: str) -> tuple[subprocess.CompletedProcess, dict]:
    result = subprocess.run(
        [sys.executable, "-c", WATCHED, model], cwd=ROOT, capture_output=True, text=True, timeout=120, encoding="utf-8"
    )
    assert result.returncode == 0, result.stderr
    return result, json.loads(result.stderr.strip().splitlines()[-1])


def test_llama_cpp_starts_before_the_plan_and_this_process_never_loads_it(scripted_q4):
    result, seen = run_watched(str(scripted_q4))
    assert result.stdout == SCRIPTED_REPLY + "\n" and seen["exit_code"] == 0
    assert seen["llama_process_running_at_probe"] is True
    assert seen["heavy_modules"] == []


def test_the_models_header_is_read_once(scripted_q4):
    _, seen = run_watched(str(scripted_q4))
    assert seen["header_reads"] == 1


def test_a_model_of_the_library_chosen_by_name_is_read_once(scripted_q4):
    from app.core import paths

    folder = paths.models_dir()
    folder.mkdir(parents=True)
    shutil.copyfile(scripted_q4, folder / "mine.gguf")
    result, seen = run_watched("mine.gguf")
    assert result.stdout == SCRIPTED_REPLY + "\n"
    assert seen["header_reads"] == 1


def test_version_is_printed_on_demand():
    result = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("shortchat ") and len(result.stdout.split()) == 2
