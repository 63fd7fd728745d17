"""Several ShortChat processes on one data folder at once, some killed at random moments.

Windows (offscreen), chat writers (the store as the window and the CLI use it, one of them
with a real llama.cpp reply), and downloads of one model file, all started together. After
each round: SQLite's integrity check passes, every message a process reported saved is
there (killed or not), nothing was set aside, and the installed model's sha256 is right.
More rounds: SHORTCHAT_STRESS_ROUNDS=10.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import SCRIPTED_REPLY

ROOT = Path(__file__).resolve().parents[1]
REPO = "RichardErkhov/nota-ai_-_cpt_st-vicuna-v1.3-1.5b-ppl-gguf"
NAME = "cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf"
ROUNDS = int(os.environ.get("SHORTCHAT_STRESS_ROUNDS", "2"))
MESSAGES_PER_WRITER = 40

WRITER = textwrap.dedent("""
    import sys, time
    from app.core.chat.store import ASSISTANT, USER, WRITING, FINISHED, open_store
    name, count = sys.argv[1], int(sys.argv[2])
    store = open_store()
    if store.not_saved or store.problems.notes:
        print("PROBLEM", store.problems.notes, flush=True)
    chat = store.create()
    parent = None
    for n in range(count):
        role = USER if n % 2 == 0 else ASSISTANT
        text = f"{name} message {n}"
        if role == USER:
            parent = store.add(chat, parent, USER, text)
        else:  # a reply grows in a few saves, as the window saves it
            parent = store.add(chat, parent, ASSISTANT, "", WRITING)
            store.update_reply(parent, text[: len(text) // 2], WRITING)
            store.update_reply(parent, text, FINISHED)
        print("SAVED", parent, text, flush=True)
        time.sleep(0.01)
    print("DONE", flush=True)
""")

REPLIER = textwrap.dedent("""
    import sys
    from app.core.engine.engine import Engine
    from app.core.engine.generation import GenerationOptions
    from app.core.chat.saved_chat import SavedChat
    from app.core.chat.store import open_store
    store = open_store()
    with Engine() as engine:
        engine.load(sys.argv[1])
        chat = SavedChat.new(store, engine)
        for n in range(3):
            reply = chat.ask(f"replier question {n}", GenerationOptions(temperature=0, max_tokens=16))
            for _ in reply:
                pass
            print("SAVED", reply.question_id, f"replier question {n}", flush=True)
            print("SAVED", reply.reply_id, reply.text, flush=True)
    print("DONE", flush=True)
""")


def _start(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.slow
def test_many_processes_on_one_data_folder_lose_nothing(tmp_path, fake_hub, scripted_q4):
    content = scripted_q4.read_bytes()
    fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = len(content) / 2.0  # a download takes about two seconds
    expected_sha = hashlib.sha256(content).hexdigest()
    rng = random.Random(1234)
    totals = {"processes": 0, "killed": 0, "messages": 0, "lost": 0, "wrong_files": 0}
    began = time.monotonic()
    for round_number in range(ROUNDS):
        home = tmp_path / f"round-{round_number}"
        env = {**os.environ, "SHORTCHAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        processes: dict[str, subprocess.Popen] = {}
        for n in range(3):
            processes[f"writer-{n}"] = _start(["-c", WRITER, f"writer-{n}", str(MESSAGES_PER_WRITER)], env)
        processes["replier"] = _start(["-c", REPLIER, str(scripted_q4)], env)
        for n in range(2):
            processes[f"window-{n}"] = _start(["-m", "app"], env)
        for n in range(3):
            processes[f"download-{n}"] = _start(["-m", "app", "download", "1.5b", "Q4_K_M"], env)
        totals["processes"] += len(processes)

        victims = rng.sample(["writer-0", "writer-1", "download-0", "download-1", "window-0"], 2)
        for victim in victims:
            time.sleep(rng.uniform(0.3, 2.5))
            processes[victim].send_signal(signal.SIGKILL)
        totals["killed"] += len(victims)

        outputs = {}
        for name, process in processes.items():
            if name.startswith("window") and process.poll() is None:
                try:
                    process.wait(timeout=4)  # the one window that runs: it stays until closed
                except subprocess.TimeoutExpired:
                    process.kill()
            outputs[name] = process.communicate(timeout=120)
        for name, process in processes.items():
            if name in victims or name.startswith("window"):
                continue
            out, err = outputs[name]
            if name.startswith("download"):
                continue  # one may be told another ShortChat is fetching the file; checked below
            assert process.returncode == 0 and "DONE" in out, (name, out, err)
            assert "PROBLEM" not in out, (name, out)

        final = subprocess.run(
            [sys.executable, "-m", "app", "download", "1.5b", "Q4_K_M"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert final.returncode == 0, final.stderr
        models = home / "data" / "models"
        installed = sorted(p.name for p in models.glob("*.gguf"))
        if installed != [NAME] or hashlib.sha256((models / NAME).read_bytes()).hexdigest() != expected_sha:
            totals["wrong_files"] += 1

        db = sqlite3.connect(home / "data" / "chats.db")
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dict(db.execute("SELECT id, text FROM messages"))
        db.close()
        for out, _ in outputs.values():
            for line in out.splitlines():
                if line.startswith("SAVED "):
                    _, message_id, text = line.split(" ", 2)
                    totals["messages"] += 1
                    if rows.get(int(message_id)) != text:
                        totals["lost"] += 1
        assert list((home / "data").glob("*.damaged-*")) == []
        assert SCRIPTED_REPLY in rows.values()
    seconds = time.monotonic() - began
    print(f"\nstress: {ROUNDS} rounds, {totals} in {seconds:.1f} s")
    assert totals["lost"] == 0 and totals["wrong_files"] == 0, totals
