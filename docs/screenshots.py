"""Take the README's screenshots of the real window: the picker, a download, a chat, A/B.

Runs a first start against the demo hub (``app.testing.demo``: the real file
names, a tiny scripted model that answers with a code block), so it needs no network:

    xvfb-run -a -s "-screen 0 1280x1000x24" python docs/screenshots.py
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
    """Two chats from before, so the sidebar looks lived-in."""
    from app.core.store import ASSISTANT, USER, ConversationStore

    store = ConversationStore()
    for question, answer in (
        ("Plan a relaxed weekend in Lisbon", "Day one: Alfama in the morning, a tram ride, then dinner by the river."),
        ("Explain photosynthesis simply", "Plants use sunlight to turn water and air (CO2) into sugar and oxygen."),
    ):
        chat = store.create()
        store.add(chat, store.add(chat, None, USER, question), ASSISTANT, answer, model="demo.Q4_K_M.gguf")
    store.close()


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="shortchat-shots-"))
    os.environ["SHORTCHAT_HOME"] = str(work / "home")
    from app.testing.demo import demo_hub

    earlier_chats()
    from app.core import settings

    settings.save(settings.Settings(model_licence_accepted=True))  # the licence question is not pictured

    # Slow enough to catch the download half-way.
    with demo_hub(work, bytes_per_second=250_000) as hub:
        os.environ["HF_ENDPOINT"] = hub.url
        from PySide6.QtWidgets import QApplication

        import app.gui  # noqa: F401
        from app.gui.main_window import MainWindow

        qt_app = QApplication([])
        window = MainWindow()
        window.resize(1100, 820)
        window.show()
        spin_until(qt_app, lambda: window.hardware is not None and not window.picker.hub_label.isVisible())
        time.sleep(0.3)
        qt_app.processEvents()
        window.grab().save(str(HERE / "picker.png"))
        window.picker.tabs.setCurrentIndex(1)
        qt_app.processEvents()
        window.grab().save(str(HERE / "picker-all.png"))
        window.picker.tabs.setCurrentIndex(0)

        window.picker.primary_button.click()
        job = window.downloads.jobs[0]
        spin_until(qt_app, lambda: job.row.bar.value() >= 450)
        window.grab().save(str(HERE / "download.png"))

        spin_until(qt_app, lambda: not window.loading and window.engine.model is not None)
        window.send(QUESTION)
        spin_until(qt_app, lambda: window.reply is None and not window.chat_view.streaming)
        window.downloads_dock.hide()
        qt_app.processEvents()
        window.grab().save(str(HERE / "chat.png"))

        window.chat_list.search_box.setText("photosynth")
        spin_until(qt_app, lambda: window.chat_list.list.count() == 1)
        window.grab().save(str(HERE / "search.png"))
        window.chat_list.search_box.clear()

        # A second model, then both answer the same question side by side.
        window.show_page(0)
        window.picker.tabs.setCurrentIndex(1)
        second = next(r for r in window.picker.rows if r.entry.quant == "Q2_K" and r.entry.model.key == "1.5b")
        window.picker._picked(second)
        qt_app.processEvents()
        window.grab().save(str(HERE / "picker-measured.png"))
        window.picker.primary_button.click()
        spin_until(qt_app, lambda: len(window.library.list()) == 2 and not window.downloads.active)
        window.open_compare()
        compare = window.compare_dialog
        compare.resize(1000, 560)
        compare.ask(QUESTION)
        spin_until(qt_app, lambda: not compare.running)
        time.sleep(0.3)
        qt_app.processEvents()
        compare.grab().save(str(HERE / "compare.png"))
        compare.reject()
        spin_until(qt_app, lambda: window.compare_dialog is None and not window.loading)
        window.show_page(1)

        from app.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.settings, window)
        dialog.show()
        qt_app.processEvents()
        dialog.grab().save(str(HERE / "settings.png"))
        dialog.close()
        window.close()
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
