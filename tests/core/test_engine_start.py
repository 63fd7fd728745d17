"""Starting llama.cpp's process before the load (issue 21): the CLI starts it at once and plans
the load while it starts, so the load must use that process, and nothing is done twice."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.engine import llama_process
from app.core.engine.generation import GenerationOptions
from app.core.errors import ModelLoadError
from app.core.models.gguf_header import read_header
from tests.conftest import SCRIPTED_REPLY

GREEDY = GenerationOptions(temperature=0, max_tokens=64)
ROOT = Path(__file__).resolve().parents[2]


def test_the_load_uses_the_process_started_before_it(engine, scripted_q4):
    engine.start()
    started_pid = engine.child_pid
    assert started_pid is not None and engine.model is None
    engine.load(scripted_q4)
    assert engine.child_pid == started_pid
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY


def test_a_second_load_still_gets_a_fresh_process(engine, scripted_q4):
    engine.start()
    engine.load(scripted_q4)
    first = engine.child_pid
    engine.start()  # a process is running: nothing new starts
    assert engine.child_pid == first
    engine.load(scripted_q4)
    assert engine.child_pid not in (None, first)
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY


def test_a_started_process_that_died_is_replaced_at_the_load(engine, scripted_q4):
    engine.start()
    engine._child.process.kill()
    engine._child.process.join(5)
    engine.load(scripted_q4)
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY


def test_a_process_started_before_the_engine_existed_is_taken(tmp_path, scripted_q4):
    from app.core.engine.engine import Engine

    started = llama_process.start(tmp_path / "logs")
    with Engine(log_dir=tmp_path / "logs") as engine:
        engine.start(started)
        assert engine.child_pid == started.process.pid
        engine.load(scripted_q4)
        assert engine.child_pid == started.process.pid
        assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY
    assert not started.process.is_alive()


def test_whether_llama_cpp_can_use_a_gpu_is_asked_of_its_process(engine, scripted_q4):
    import llama_cpp

    assert engine.gpu_offload_supported() is bool(llama_cpp.llama_supports_gpu_offload())
    asked_pid = engine.child_pid
    engine.load(scripted_q4)  # that process had no model yet: the load uses it
    assert engine.child_pid == asked_pid


def test_a_header_read_for_the_plan_is_used_unless_the_file_changed(engine, scripted_q4, tmp_path):
    model = shutil.copyfile(scripted_q4, tmp_path / "model.gguf")
    header = read_header(model)
    assert engine.load(model, header=header).n_layers == 2
    with open(model, "r+b") as file:  # cut since the plan read it: read again, and refused
        file.truncate(header.file_bytes // 2)
    with pytest.raises(ModelLoadError, match="incomplete or damaged"):
        engine.load(model, header=header)


def test_starting_the_process_needs_nothing_but_the_standard_library():
    """So the CLI can start it before importing the rest of ShortChat."""
    code = (
        "import sys\n"
        "from app.core.engine import llama_process\n"
        "print(sorted(m for m in sys.modules if m.startswith('app.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "['app.core', 'app.core.engine', 'app.core.engine.llama_process']", result.stderr


def test_the_worker_module_imports_only_what_the_process_needs():
    """llama.cpp's process imports it first: no hub client, no GUI, no file catalog, no psutil."""
    code = (
        "import sys\n"
        "import app.core.engine.llama_worker\n"
        "heavy = ('huggingface_hub', 'PySide6', 'markdown', 'psutil', 'platformdirs', 'app.core.models.catalog')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX niceness; Windows gets the below-normal class")
def test_llama_cpp_runs_below_the_window_every_thread_of_it(engine, scripted_q4):
    """While llama.cpp writes, its threads keep every core busy: they run at a lower priority than
    ShortChat's own process, so the window never waits for a time slice in the middle of a frame."""
    import os

    import psutil

    from app.core.engine.llama_worker import ENGINE_NICENESS

    engine.load(scripted_q4)
    assert "".join(engine.chat("Hello", options=GREEDY)) == SCRIPTED_REPLY  # its threads have started
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    child = psutil.Process(engine.child_pid)
    assert child.nice() == min(19, ours + ENGINE_NICENESS)
    threads = [thread.id for thread in child.threads()]
    assert len(threads) > 1
    for thread in threads:  # Linux keeps a niceness per thread; each one started after the lowering
        assert os.getpriority(os.PRIO_PROCESS, thread) == min(19, ours + ENGINE_NICENESS)
