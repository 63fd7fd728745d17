"""The window in the user's language: every translatable sentence is translated in every language,
Qt's own words come along, Korean and Arabic menus are translated, Arabic mirrors the window, and
long German words still fit."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel

from app.gui import languages

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


@pytest.fixture
def language(qapp):
    """Install a language for one test; English and the computer's locale again afterwards."""
    yield lambda code: languages.install(code, qapp)
    languages.install("en", qapp)
    QLocale.setDefault(QLocale.system())


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
    return bool(forms) and all((form.text or "").strip() for form in forms)


def test_every_sentence_in_the_code_is_translated_in_every_language(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(languages.qt_tool("lupdate")), "-silent", "-locations", "none", *SOURCES, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
    )
    wanted = _messages(fresh)
    assert len(wanted) > 150  # the menus, the chat page, the picker, the settings…
    for code in languages.TRANSLATED:
        have = _messages(languages.translations_dir() / f"shortchat_{code}.ts")
        missing = [key for key in wanted if key not in have or not _finished(have[key])]
        assert not missing, f"{code}: {len(missing)} not translated, e.g. {missing[:3]}"
        for (_, source), message in have.items():
            translated = "".join(message.find("translation").itertext())
            for placeholder in re.findall(r"\{\w+\}", source):
                assert placeholder in translated, f"{code}: {placeholder} lost in {source!r}"


def test_sentences_are_translated_as_written_not_after_filling_in():
    """A translate(context, text) call whose text is filled in first (an f-string, a join, a call) can never
    match a translation. (A name is allowed: a text marked with QT_TRANSLATE_NOOP where it is written.)"""
    wrong = []
    for name in SOURCES:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            called = getattr(node, "func", None)
            if not (isinstance(node, ast.Call) and getattr(called, "attr", getattr(called, "id", "")) == "translate"):
                continue
            # lupdate reads positional arguments only, and drops a call whose count is an expression
            assert not node.keywords, f"{name}:{node.lineno}: n= and disambiguation= are not read by lupdate"
            count = node.args[3] if len(node.args) > 3 else None
            assert count is None or isinstance(count, (ast.Name, ast.Constant)), f"{name}:{node.lineno}"
            context, text = (node.args + [None, None])[:2]
            literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)  # not painter's
            if literal_context and not isinstance(text, (ast.Constant, ast.Name)):
                wrong.append(f"{name}:{node.lineno}")
    assert not wrong


def test_the_language_follows_the_computer_and_the_setting():
    assert languages.chosen_language("", QLocale("ko_KR")) == "ko"
    assert languages.chosen_language("", QLocale("pt_BR")) == "pt_BR"
    assert languages.chosen_language("", QLocale("de_AT")) == "de"
    assert languages.chosen_language("", QLocale("it_IT")) == "en"  # not translated: English
    assert languages.chosen_language("ar", QLocale("ko_KR")) == "ar"


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_korean_menus_and_qt_own_buttons_are_translated(language, make_window):
    assert language("ko") == "ko"
    window = make_window()
    assert _menu_titles(window) == ["파일(&F)", "대화(&C)", "보기(&V)", "도움말(&H)"]
    assert window.send_button.text() == "보내기"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"  # Qt's own qtbase_ko
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not window.examples.english_note.isHidden()  # said in Korean: ask in English
    from app.core import words
    from app.core.fit.verdicts import NOT_PUBLISHED_TEXT

    assert words.translate("Fit", NOT_PUBLISHED_TEXT) == "아직 모델 허브에 공개되지 않음"  # the core, through the hook
    from app.core.chat.chat_memory import left_out_sentence

    assert "질문과 답변 3쌍" in left_out_sentence(3, False)  # a count (%n) filled in by Qt's translation
    assert "질문과 답변 한 쌍" in left_out_sentence(1, False)


def test_arabic_is_translated_and_right_to_left(language, make_window):
    language("ar")
    window = make_window()
    assert _menu_titles(window) == ["&ملف", "م&حادثة", "&عرض", "م&ساعدة"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.chat_view.isRightToLeft()
    # Mirrored: the chat list, first in the splitter, is on the right.
    window.show_page(1)
    assert window.chat_list.mapTo(window, window.chat_list.rect().center()).x() > window.width() // 2


def test_english_says_nothing_about_english(language, make_window):
    language("en")
    window = make_window()
    assert window.examples.english_note.isHidden()
    assert _menu_titles(window) == ["&File", "&Chat", "&View", "&Help"]


@pytest.mark.parametrize("page", [0, 1])
def test_german_fits_at_the_smallest_window(language, make_window, qtbot, page):
    """Long German words: at the window's minimum size no button or one-line label is cut."""
    language("de")
    window = make_window()
    window.show_page(page)
    window.resize(window.minimumSizeHint())
    qtbot.wait(50)
    cut = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisibleTo(window) or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        if widget.width() < widget.minimumSizeHint().width():
            cut.append((type(widget).__name__, widget.text(), widget.width(), widget.minimumSizeHint().width()))
    assert not cut


SHOWN = {  # Qt calls and constructors whose text argument a person sees
    "setText", "setToolTip", "setAccessibleName", "setAccessibleDescription", "setWindowTitle", "setPlaceholderText",
    "setStatusTip", "setWhatsThis", "setTitle", "setLabelText", "setInformativeText", "setSuffix", "setPrefix",
    "setSpecialValueText", "showMessage", "addItem", "addTab", "setTabText", "addRow", "addAction", "addMenu",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
}  # fmt: skip


def _words_in(node: ast.AST) -> str:
    """The letters written in a literal (an f-string's fixed parts, either side of a condition or a +),
    HTML tags, entities and addresses left out; what a translate() call gives is not looked into."""
    if isinstance(node, ast.IfExp):
        return f"{_words_in(node.body)} {_words_in(node.orelse)}".strip()
    if isinstance(node, ast.BinOp):
        return f"{_words_in(node.left)} {_words_in(node.right)}".strip()
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        written = node.value
    elif isinstance(node, ast.JoinedStr):
        written = " ".join(part.value for part in node.values if isinstance(part, ast.Constant))
    else:
        return ""
    return " ".join(re.findall(r"[^\W\d_]{2,}", re.sub(r"<[^>]*>|&\w+;|\w+://\S*", " ", written)))


def test_no_words_reach_the_window_without_translation():
    """A sentence written straight into a label, button, tooltip or accessible name is never translated:
    each must come through translate() (data such as model names and figures may be filled in)."""
    written = []
    for name in SOURCES:
        if not name.startswith("app/gui/"):
            continue
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            called = getattr(node, "func", None)
            if isinstance(node, ast.Call) and getattr(called, "attr", getattr(called, "id", "")) in SHOWN:
                for argument in node.args:
                    if _words_in(argument):
                        written.append(f"{name}:{node.lineno}: {_words_in(argument)!r}")
    assert not written


def _accelerator(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("code", ["en", *languages.TRANSLATED])
def test_each_menus_keys_are_unique_in_every_language(language, make_window, code):
    """Alt and a letter opens a menu, and a letter in an open menu picks its entry: two with the same letter
    in one menu make the key do nothing useful (German had three such pairs)."""
    language(code)
    window = make_window()
    menus = [action.menu() for action in window.menuBar().actions()]
    clashes = []
    for title, actions in [("menu bar", window.menuBar().actions())] + [(m.title(), m.actions()) for m in menus]:
        seen: dict[str, str] = {}
        for action in actions:
            key = _accelerator(action.text()) if action.isVisible() and not action.isSeparator() else None
            if key and key in seen:
                clashes.append(f"{title}: {seen[key]!r} and {action.text()!r} both use {key!r}")
            seen.setdefault(key, action.text())
    assert not clashes, "\n".join(clashes)
