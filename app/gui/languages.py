"""The window's language: Qt translators for ShortChat's words and Qt's own, chosen at start-up.

Sources are Qt Linguist files (``resources/translations/shortchat_<code>.ts``); the ``.qm`` files Qt
loads are compiled from them with ``lrelease`` when missing or older than their source (a clean
clone, an edited translation), and by ``packaging/build.py`` before a bundle is made. Qt's own
``qtbase_<code>.qm`` (standard buttons and dialogs) comes with PySide6.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.core import paths, words
from app.core.settings import LANGUAGES

log = logging.getLogger(__name__)

# Each language by its own name, as a person looking for it would read it.
NATIVE_NAMES = {
    "en": "English",
    "ko": "한국어",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "ar": "العربية",
}
TRANSLATED = tuple(code for code in LANGUAGES if code not in ("", "en"))
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def qt_tool(name: str) -> Path:
    """Qt's ``lrelease`` or ``lupdate`` as PySide6 ships them."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (name, f"{name}.exe", f"Qt/libexec/{name}"):
        if (folder / candidate).exists():
            return folder / candidate
    raise FileNotFoundError(f"{name} is not in this PySide6")


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` are: Qt's configured folder, else beside PySide6 (a bundle)."""
    import PySide6

    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [configured, Path(PySide6.__file__).parent / "Qt" / "translations"]


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile each ``.ts`` whose ``.qm`` is missing or older; the ``.qm`` files compiled."""
    folder = folder or translations_dir()
    stale = [ts for ts in sorted(folder.glob("*.ts")) if _stale(ts)]
    if stale:
        program = qt_tool("lrelease")
        for ts in stale:
            subprocess.run(
                [str(program), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True
            )
    return [ts.with_suffix(".qm") for ts in stale]


def _stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The language code to show: the setting, else the computer's language when ShortChat has it."""
    if setting:
        return setting
    system = system or QLocale.system()
    for name in system.uiLanguages():  # "pt-BR", "zh-Hans-CN", "ko-KR", …
        locale = QLocale(name.replace("-", "_"))
        code = locale.name()  # "pt_BR", "zh_CN", "ko_KR"
        for candidate in (code, code.split("_")[0]):
            if candidate in TRANSLATED:
                return candidate
        if code.startswith("en"):
            return "en"
    return "en"


def install(setting: str, app: QApplication | None = None) -> str:
    """Load the translations for ``setting`` (or the computer's language) into the app; the code used.

    Also sends the core's sentences through Qt's translators and mirrors the window for a
    right-to-left language. Called again, it replaces what an earlier call installed."""
    app = app or QApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = chosen_language(setting)
    if code in TRANSLATED:
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError) as error:  # a read-only install ships its .qm files
            log.info("translations not compiled: %s", error)
        for name, folders in ((f"shortchat_{code}", [translations_dir()]), (f"qtbase_{code}", qt_translations_dirs())):
            translator = QTranslator(app)
            if any(translator.load(name, str(folder)) for folder in folders):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no translation %s in %s", name, folders)
    QLocale.setDefault(QLocale(code))
    words.install(QCoreApplication.translate)
    right_to_left = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    return code
