"""Streaming into the window: does a token cost the same at message 500 as at message 1?

The real window (offscreen), the real engine and a tiny scripted model that
writes markdown (text, a code fence, code) for ever, as fast as llama.cpp can:
far faster than a real model, so the GUI is under more pressure than in use.
Each reply runs to the 512-token limit.

Figures, each the median of ``--rounds`` replies:

* per-token UI cost: CPU time of the GUI thread from the reply's first text until
  it is shown in full / its tokens, with
  an empty chat (the reply is message 2) and after ``--history`` messages
  (the reply is message history + 2); goal: ratio <= 1.5;
* longest GUI-thread stall: the largest gap between ticks of a 1 ms timer
  during a reply, less the 1 ms (a separate pass, so the timer's own cost does
  not enter the figures above); goal <= 16 ms (one frame at 60 Hz);
* "Show earlier messages" on a 2,000-message chat: wall time of each click until
  the whole chat is shown (median and slowest; goal: the same at the last click as
  at the first, well under a second);
* 1,500 "[" streamed into the view, one a millisecond (markdown is quadratic on
  them): the longest GUI-thread stall until the reply is shown; goal <= 16 ms.

    python bench/gui_streaming.py [--rounds 3] [--history 498]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from app.testing.qt_wait import spin_until  # noqa: E402 - after the path is set

PIECES = [
    "Here▁is▁", "**one**▁", "way:\n\n", "```python\n", "def▁f(x):\n", "▁▁▁▁return▁x\n", "```\n",
    "Then▁", "`f(2)`▁", "gives▁2.\n\n",
]  # fmt: skip
HISTORY_USER = "Can you show me how to write a small function, and explain it?"
HISTORY_REPLY = (
    "Sure. Here is a **small** function:\n\n```python\ndef add(a, b):\n    return a + b\n```\n\n"
    "It takes two numbers and returns their sum. Call it as `add(2, 3)`."
)


def scripted_markdown_model() -> Path:
    from app.testing.gguf_models import write_scripted_llama

    cache = HERE / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / "markdown-loop-f32.gguf"
    if not path.exists():
        write_scripted_llama(path, pieces=PIECES, loop=True)
    return path


def long_chat(window, messages: int) -> int:
    """A saved chat of ``messages`` messages, made once."""
    from app.core.chat.store import ASSISTANT, USER

    chat, parent = window.store.create(), None
    for _ in range(messages // 2):
        parent = window.store.add(chat, parent, USER, HISTORY_USER)
        parent = window.store.add(chat, parent, ASSISTANT, HISTORY_REPLY)
    return chat


def one_reply(app, window, long_chat_id: int | None, watch_stalls: bool) -> dict:
    if long_chat_id is None:
        window.conversation.new_chat()
    else:
        window.conversation.open_chat(long_chat_id)
        window.conversation.shown_messages = 10_000  # every message in the view, not only the last 100
        window.conversation.show_chat()
    app.processEvents()

    seen = {"text": False, "tokens": 0}
    talk = window.conversation
    original_piece, original_done = type(talk)._piece, type(talk)._reply_done

    def first_text(piece) -> None:
        if isinstance(piece, str):
            seen["text"] = True
        original_piece(talk, piece)

    def done(stats) -> None:
        seen["tokens"] = stats.reply_tokens if stats else 0
        original_done(talk, stats)

    talk._piece, talk._reply_done = first_text, done
    gaps: list[float] = []
    timer = stall_timer(gaps) if watch_stalls else None

    window.conversation.send("Show me")
    spin_until(app, lambda: seen["text"])  # past the prompt reading
    cpu_start, wall_start = time.thread_time(), time.perf_counter()
    gaps.clear()
    spin_until(app, lambda: window.conversation.reply is None and not window.chat_view.streaming)
    cpu, wall = time.thread_time() - cpu_start, time.perf_counter() - wall_start
    if timer is not None:
        timer.stop()
    del talk._piece, talk._reply_done
    counted = seen["tokens"]
    return {
        "tokens": counted,
        "ui_ms_per_token": 1000 * cpu / max(1, counted),
        "tokens_per_s": counted / wall,
        "max_stall_ms": 1000 * (max(gaps) - 0.001) if gaps else float("nan"),
        "message_number": len(window.chat_view.messages),
    }


def stall_timer(gaps: list[float]):
    """A 1 ms timer that notes the gaps between its ticks (a gap is a stall of the GUI thread)."""
    from PySide6.QtCore import Qt, QTimer

    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(1)
    return timer


def earlier_clicks(app, window, messages: int) -> list[float]:
    """Seconds per "Show earlier messages" click until a ``messages``-message chat is shown whole."""
    window.conversation.open_chat(long_chat(window, messages))
    app.processEvents()
    seconds = []
    while "Show earlier messages" in window.chat_view.toPlainText() and len(seconds) < messages:
        started = time.perf_counter()
        window.chat_view.earlier_requested.emit()  # what the link's click asks for
        app.processEvents()
        seconds.append(time.perf_counter() - started)
    return seconds


def streamed_brackets(app, window, count: int) -> float:
    """The longest GUI stall (ms) while ``count`` "[" stream into the view, one a millisecond."""
    window.conversation.new_chat()
    view, gaps = window.chat_view, []
    view.begin_reply("Brackets")
    timer = stall_timer(gaps)
    for _ in range(count):
        view.append("[")
        app.processEvents()
        time.sleep(0.001)
    view.end_reply("")
    spin_until(app, lambda: not view.streaming)
    timer.stop()
    return 1000 * (max(gaps) - 0.001) if gaps else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--history", type=int, default=498, help="messages already in the chat")
    parser.add_argument("--engine-threads", type=int, help="llama.cpp threads (default: one per core)")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SHORTCHAT_HOME"] = tempfile.mkdtemp(prefix="shortchat-bench-")
    os.environ["HF_ENDPOINT"] = "http://127.0.0.1:9"  # never the real hub
    from PySide6.QtWidgets import QApplication

    import app.gui  # noqa: F401
    from app.gui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1000, 800)
    window.show()
    window.engine_threads = args.engine_threads
    gc.freeze()  # as app.gui.app.run does once the window is up
    window.session.request_load(scripted_markdown_model())
    spin_until(qt_app, lambda: not window.session.busy and window.engine.model is not None)

    chat_id = long_chat(window, args.history)
    results: dict[tuple[int, bool], list[dict]] = {}
    for _ in range(args.rounds):  # interleaved, so drift in the machine's speed hits both alike
        for history in (0, args.history):
            for watch in (False, True):
                target = chat_id if history else None
                results.setdefault((history, watch), []).append(one_reply(qt_app, window, target, watch))
    clicks = earlier_clicks(qt_app, window, 2000)
    bracket_stall = streamed_brackets(qt_app, window, 1500)
    window.close()

    def median(history: int, watch: bool, key: str) -> float:
        return statistics.median(r[key] for r in results[(history, watch)])

    threads = args.engine_threads or "one per core"
    print(f"GUI streaming, {args.rounds} rounds, medians; engine writing as fast as it can ({threads} threads)")
    for history in (0, args.history):
        number = results[(history, False)][0]["message_number"]  # of the first round
        print(
            f"  reply is message {number:>3}: {median(history, False, 'tokens'):.0f} tokens at "
            f"{median(history, False, 'tokens_per_s'):6.0f} tokens/s, UI cost "
            f"{median(history, False, 'ui_ms_per_token'):.3f} ms/token; longest GUI stall "
            f"{median(history, True, 'max_stall_ms'):.1f} ms (worst round "
            f"{max(r['max_stall_ms'] for r in results[(history, True)]):.1f} ms)"
        )
    ratio = median(args.history, False, "ui_ms_per_token") / median(0, False, "ui_ms_per_token")
    worst_stall = max(r["max_stall_ms"] for rs in (results[(h, True)] for h in (0, args.history)) for r in rs)
    print(f"  per-token UI cost, message {args.history + 2} / message 2: {ratio:.2f}  (goal <= 1.5)")
    print(f"  longest GUI-thread stall in any round: {worst_stall:.1f} ms  (goal <= 16)")
    print(
        f"  Show earlier messages, 2,000-message chat: {len(clicks)} clicks, {sum(clicks):.1f} s in all, "
        f"median {1000 * statistics.median(clicks):.0f} ms, slowest {1000 * max(clicks):.0f} ms, "
        f"last {1000 * clicks[-1]:.0f} ms"
    )
    print(f"  1,500 '[' streamed: longest GUI-thread stall {bracket_stall:.1f} ms  (goal <= 16)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
