"""Take the README's screenshots of the real window: the picker, a download, a chat, A/B.

Runs a first start against the demo hub (``app.testing.demo``: the real file
names, a tiny scripted model that answers with a code block), so it needs no network:

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots.py

With a language code (``ko``, ``ar``, …) it takes only the chat, in that language, as
``chat-<code>.png`` (the question stays English: these models answer best in it).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from app.testing.qt_wait import spin_until  # noqa: E402 - after the path is set

QUESTION = "How do I reverse a list in Python?"


def earlier_chats() -> None:
    """Chats from before, so the sidebar looks lived-in, and one long enough to fill the model's memory."""
    from app.core.chat.store import ASSISTANT, USER, ConversationStore

    store = ConversationStore()
    for question, answer in (
        ("Plan a relaxed weekend in Lisbon", "Day one: Alfama in the morning, a tram ride, then dinner by the river."),
        ("Explain photosynthesis simply", "Plants use sunlight to turn water and air (CO2) into sugar and oxygen."),
    ):
        chat = store.create()
        store.add(chat, store.add(chat, None, USER, question), ASSISTANT, answer, model="demo.Q4_K_M.gguf")
    long_chat = store.create()
    parent = None
    for n in range(14):
        parent = store.add(long_chat, parent, USER, f"Tell me more about the history of the city, part {n + 1}.")
        parent = store.add(long_chat, parent, ASSISTANT, LONG_ANSWER, model="cpt_st-vicuna-v1.3-1.5b-ppl.Q4_K_M.gguf")
    store.rename(long_chat, "The history of Lisbon")
    store.close()


LONG_ANSWER = (
    "Lisbon is one of the oldest cities in Western Europe. Phoenicians traded there, Romans built a town "
    "on the hill, and after the great earthquake of 1755 the lower town was rebuilt on a grid of wide "
    "streets that still stands today, with squares that open onto the river."
)


def grab(qt_app, widget, name: str) -> None:
    for _ in range(3):
        qt_app.processEvents()
        time.sleep(0.1)
    widget.grab().save(str(HERE / name))


def main(language: str = "") -> int:
    work = Path(tempfile.mkdtemp(prefix="shortchat-shots-"))
    os.environ["SHORTCHAT_HOME"] = str(work / "home")
    from app.testing.demo import demo_hub

    earlier_chats()
    from app.core import settings

    settings.save(settings.Settings(model_licence_accepted=True))  # the licence question is not pictured

    # Slow enough to catch the download half-way.
    with demo_hub(work, bytes_per_second=250_000) as hub:
        os.environ["HF_ENDPOINT"] = hub.url
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication

        import app.gui  # noqa: F401
        from app.gui import theme
        from app.gui.hub_status import HUB_ANSWERED
        from app.gui.main_window import MainWindow

        qt_app = QApplication([])
        if language:
            from app.gui import languages

            languages.install(language, qt_app)
        window = MainWindow()
        window.resize(1100, 700)  # a 1366x768 laptop's room
        window.show()
        spin_until(qt_app, lambda: window.session.hardware is not None and window.picker.hub_state == HUB_ANSWERED)
        if not language:
            grab(qt_app, window, "picker.png")  # the first start
            window.picker.tabs.setCurrentIndex(1)
            grab(qt_app, window, "picker-all.png")
            window.picker.tabs.setCurrentIndex(0)

        window.picker.primary_button.click()
        job = window.downloads.jobs[0]
        spin_until(qt_app, lambda: job.row.bar.value() >= 450)
        if not language:
            grab(qt_app, window, "download.png")

        spin_until(qt_app, lambda: not window.session.busy and window.engine.model is not None)
        window.downloads_dock.hide()
        window.conversation.send(QUESTION)
        spin_until(qt_app, lambda: window.conversation.reply is None and not window.chat_view.streaming)
        if language:
            grab(qt_app, window, f"chat-{language}.png")
            return 0
        grab(qt_app, window, "chat.png")
        theme.apply("dark", 100, qt_app)
        grab(qt_app, window, "chat-dark.png")
        theme.apply("light", 100, qt_app)

        window.chat_list.search_box.setText("photosynth")
        spin_until(qt_app, lambda: window.chat_list.list.count() == 1)
        grab(qt_app, window, "search.png")
        window.chat_list.search_box.clear()

        # A long chat: its oldest messages no longer fit in the model's memory, and the window says so.
        long_chat = next(c for c in window.store.conversations() if c.title == "The history of Lisbon")
        window.conversation.open_chat(long_chat.id)
        window.conversation.send("And what should I see there first?")
        spin_until(qt_app, lambda: window.conversation.reply is None and not window.chat_view.streaming)
        grab(qt_app, window, "memory.png")

        # A second model, then both answer the same question side by side.
        window.show_page(0)
        window.picker.tabs.setCurrentIndex(1)
        second = next(r for r in window.picker.rows if r.entry.quant == "Q2_K" and r.entry.model.key == "1.5b")
        window.picker._picked(second)
        grab(qt_app, window, "picker-measured.png")
        window.picker.primary_button.click()
        spin_until(qt_app, lambda: len(window.library.list()) == 2 and not window.downloads.active)
        spin_until(
            qt_app, lambda: not window.session.busy and window.conversation.reply is None
        )  # the first-use measurement
        window.open_compare()
        compare = window.compare_dialog
        compare.resize(1000, 560)
        compare.ask(QUESTION)
        spin_until(qt_app, lambda: not compare.running)
        grab(qt_app, compare, "compare.png")
        compare.reject()
        spin_until(qt_app, lambda: window.compare_dialog is None and not window.session.busy)
        window.show_page(1)

        from app.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.settings, window)
        dialog.show()
        grab(qt_app, dialog, "settings.png")
        dialog.close()
        normal = qt_app.font()
        qt_app.setFont(QFont(normal.family(), 16))  # a 16 pt system font
        dialog = SettingsDialog(window.settings, window)
        dialog.resize(dialog.width(), 680)
        dialog.show()
        grab(qt_app, dialog, "settings-large-font.png")
        dialog.close()
        qt_app.setFont(normal)
        window.close()
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
