"""Pseudo-localisation: a translator that wraps every text it is asked for in ⟦…⟧ is installed before
the window is built; then every page and dialog a person meets is shown, and every word on screen
must have come through it. A word outside the marks was never translated: it would stay English in
Korean or Arabic. Only data that is not a sentence (model and file names, chat titles, what the person
and the model wrote, numbers) may stand outside; that list is explicit, value by value."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app import APP_NAME, __version__
from app.core import words
from app.core.models.catalog import display_name
from tests.conftest import SCRIPTED_REPLY
from tests.gui.conftest import wait_loaded, wait_reply_done
from tests.gui.test_compare import install
from tests.test_cli_download import NAME, REPO

OPEN, CLOSE = "⟦", "⟧"
QUESTION = "Hello there"  # what the person types: theirs, not ours to translate


class Marking(QTranslator):
    """Every text marked, placeholders and %n kept (Qt fills %n in after translating)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return OPEN + source + CLOSE

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's API
        return False


@pytest.fixture
def marked(qapp):
    marking = Marking(qapp)
    qapp.installTranslator(marking)
    words.install(QCoreApplication.translate)  # as languages.install does: the core's sentences too
    yield
    qapp.removeTranslator(marking)
    words.install(None)


def unmarked(text: str, data: set[str]) -> str:
    """What of ``text`` a person would read that no translation gave: '' when nothing is."""
    if re.search(r"<\w+[^>]*>", text):  # rich text: what it shows
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    while True:  # innermost first: a translated sentence may hold translated words
        shorter = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if shorter == text:
            break
        text = shorter
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return text.strip() if any(c.isalpha() for c in text) else ""


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip()]
    if widget.isWindow() or isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QAbstractSpinBox):
        texts += [getattr(widget, "suffix", str)(), getattr(widget, "prefix", str)(), widget.specialValueText()]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            texts += [widget.tabText(i), widget.tabToolTip(i)]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        rows = next(r for r in range(10_000) if not model.hasIndex(r, 0))  # (a list's counts are private)
        columns = next(c for c in range(100) if not model.hasIndex(0, c)) if rows else 0
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
        for row in range(rows):
            for column in range(columns):
                texts += [str(model.index(row, column).data(role) or "") for role in roles]
        for column in range(columns):
            texts += [str(model.headerData(column, Qt.Orientation.Horizontal, role) or "") for role in roles]
    for action in widget.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    """Every text shown in ``root`` (what is visible now) and in its actions that was not translated."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}:{widget.objectName() or widget.accessibleName()[:20]}"
        found += [f"{where}: {text!r}" for text in widget_texts(widget) if unmarked(text, data)]
    for action in root.findChildren(QAction):
        found += [f"QAction: {t!r}" for t in (action.text(), action.toolTip(), action.statusTip()) if unmarked(t, data)]
    return found


def chat_words(view, data: set[str]) -> list[str]:
    """The fixed words in a chat view's document (Copy, Edit, notices), the messages' own text taken out."""
    data = data | {m.text for m in view.messages if m.role != "notice"}
    lines = view.toPlainText().splitlines()
    return [f"chat: {line!r}" for line in lines if unmarked(line, data)]


def names_of(*paths) -> set[str]:
    return {n for p in paths for n in (p.name, p.stem, display_name(p.name))}


def base_data(window) -> set[str]:
    """Names, not sentences: the app's, the catalog's sizes and quality levels (Q4_K_M), each language's own
    name, the models folder, and the example questions (in English on purpose: the models answer best in it)."""
    from app.gui.example_questions import EXAMPLES
    from app.gui.languages import NATIVE_NAMES

    catalog = {value for row in window.picker.table.rows for value in (row.entry.model.key, row.entry.quant)}
    folder = str(window.library.models_dir)
    return {APP_NAME, __version__, *catalog, *NATIVE_NAMES.values(), *EXAMPLES, folder}


def test_the_picker_the_downloads_and_the_chat_are_all_translated(marked, fake_hub, scripted_q4, make_window, qtbot):
    hosted = fake_hub.add_file(REPO, NAME, scripted_q4)
    fake_hub.faults.bytes_per_second = hosted.size / 20  # a download that lasts while the panel is read
    window = make_window()
    qtbot.waitUntil(lambda: window.session.hardware is not None and window.picker.hub_state == "answered",
                    timeout=30_000)  # fmt: skip
    data = base_data(window) | names_of(scripted_q4) | {NAME, display_name(NAME), REPO}
    found = untranslated(window, data)  # the picker's Simple tab, the menus, the status line

    window.picker.tabs.setCurrentIndex(1)  # all sizes and quality levels: the table and its chart
    qtbot.wait(50)
    found += untranslated(window, data)

    window.models.download(window.picker.selected.entry)
    job = window.downloads.jobs[0]
    qtbot.waitUntil(lambda: job.row.bar.value() > 0 and window.downloads_dock.isVisible(), timeout=30_000)
    qtbot.wait(1200)  # a speed and a time left
    found += untranslated(window, data)
    qtbot.waitUntil(lambda: job.state == "done", timeout=60_000)
    fake_hub.faults.bytes_per_second = None
    found += untranslated(window, data)

    wait_loaded(qtbot, window)
    window.show_page(1)
    qtbot.keyClicks(window.input, QUESTION)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    wait_reply_done(qtbot, window)
    data |= {QUESTION, SCRIPTED_REPLY, "Hello", "there"}  # the chat's title is the question
    found += untranslated(window, data)
    found += chat_words(window.chat_view, data)

    window.about()
    found += untranslated(window.about_dialog, data)  # (the licences' own texts stay as their authors wrote them)
    window.about_dialog.close()

    from app.gui.instructions_dialog import InstructionsDialog

    instructions = InstructionsDialog(None, window.settings.system_prompt, window)
    instructions.show()
    found += untranslated(instructions, data)
    instructions.close()
    assert not found, "\n".join(found)


def test_settings_and_models_on_other_computers_are_translated(marked, scripted_q4, make_window, qtbot, tmp_path,
                                                               monkeypatch):  # fmt: skip
    import keyring
    from keyring.backends import fail

    from app.core.remote.computers import Computers
    from app.gui.settings_dialog import SettingsDialog
    from app.testing.model_servers import OpenAICompatibleServer

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())  # no keychain: a sentence says so
    with OpenAICompatibleServer(scripted_q4, tmp_path) as server:
        Computers().add(server.url, None)
        window = make_window()
        address = server.url.split("//")[1]
        example = "http://192.168.1.20:8080"  # the address field's example
        data = base_data(window) | names_of(scripted_q4) | {server.url, address, example}
        qtbot.waitUntil(lambda: bool(window.remote_models.offers), timeout=30_000)
        window.show_page(0)
        qtbot.wait(50)
        found = untranslated(window, data)  # "On other computers" in the picker

        dialog = SettingsDialog(window.settings, window, has_gpu=True, engine=window.engine)
        qtbot.addWidget(dialog)
        dialog.show()
        section = dialog.remote_models
        section.servers.setCurrentRow(0)
        section.test_button.click()
        qtbot.waitUntil(lambda: address in section.status.text(), timeout=20_000)
        found += untranslated(dialog, data)
        section.remove_button.click()
        found += untranslated(dialog, data)
        dialog.reject()
    assert not found, "\n".join(found)


def test_the_compare_window_is_translated(marked, scripted_q4, looping_q4, make_window, qtbot):
    models = install(scripted_q4, looping_q4)
    window = make_window()
    window.settings = window.settings.__class__(max_tokens=16, temperature=0, model_licence_accepted=True)
    window.session.load(models / scripted_q4.name)
    wait_loaded(qtbot, window)
    window.open_compare()
    dialog = window.compare_dialog
    data = base_data(window) | names_of(scripted_q4, looping_q4) | {QUESTION, SCRIPTED_REPLY}
    found = untranslated(dialog, data)
    qtbot.keyClicks(dialog.input, QUESTION)
    qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=20_000)
    found += untranslated(dialog, data)
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    answers = {m.text for side in dialog.sides for m in side.view.messages}
    found += untranslated(dialog, data | answers)
    for side in dialog.sides:
        found += chat_words(side.view, data | answers)
    dialog.reject()
    qtbot.waitUntil(lambda: window.compare_dialog is None, timeout=10_000)
    assert not found, "\n".join(found)


def test_the_marks_are_seen_only_where_a_translation_was_asked_for(marked, qtbot):
    """The check itself: a word given to Qt untranslated is caught, one translated is not."""
    label = QLabel(QCoreApplication.translate("Test", "Translated") + " · plain")
    qtbot.addWidget(label)
    label.show()
    assert untranslated(label, set()) == ["QLabel:: '⟦Translated⟧ · plain'"]
    label.setText(QCoreApplication.translate("Test", "%n file(s)", None, 3))
    assert untranslated(label, set()) == [] and label.text() == "⟦3 file(s)⟧"
    assert words.translate("Test", "A sentence") == "⟦A sentence⟧"


def test_the_cores_sentences_come_through_the_translation_with_their_plurals(marked):
    from app.core.chat.chat_memory import left_out_sentence, memory_explained
    from app.core.models.download import offline_sentence
    from app.core.sizes import format_duration, format_size

    sentences = [left_out_sentence(1, True), left_out_sentence(3, False), memory_explained(2048)]
    sentences += [offline_sentence(True), offline_sentence(False), format_size(2.5e9), format_duration(30)]
    for sentence in sentences:
        assert not unmarked(sentence, set()), sentence
    assert "its 3 oldest exchanges were" in left_out_sentence(3, False)  # %n filled in after translating


def test_english_stays_as_it_was_written():
    from app.core.chat.chat_memory import left_out_sentence

    assert left_out_sentence(1, False) == (
        "This chat is now longer than the model can keep in mind: its oldest exchange was left out of what the "
        "model read for this answer. A new chat (Ctrl+N) starts afresh."
    )
    assert left_out_sentence(2, True).endswith(
        "its 2 oldest exchanges were left out of what the model read for this answer. A new chat (Ctrl+N) starts "
        "afresh. A longer chat memory (Settings → Chat memory) may also fit on this computer."
    )


def test_the_cores_errors_reach_the_window_translated_even_from_llama_cpps_process(marked, engine, tmp_path):
    """A sentence made in llama.cpp's process (which has no translator) is translated by the process that shows it;
    one made in this process is translated where it is raised; the values go in after translating."""
    from app.core.errors import ModelLoadError
    from app.core.models.gguf_header import read_header
    from app.testing.gguf_models import write_unknown_architecture

    path = write_unknown_architecture(tmp_path / "strange.gguf")  # only llama.cpp itself refuses it
    with pytest.raises(ModelLoadError) as refused:
        engine.load(path)
    said = "strange.gguf is a 'strangeformer' model, which this version of ShortChat cannot run."
    assert str(refused.value) == OPEN + said + CLOSE
    with pytest.raises(ModelLoadError) as missing:
        read_header(tmp_path / "nowhere.gguf")
    assert not unmarked(str(missing.value), {str(tmp_path / "nowhere.gguf")}), str(missing.value)
