"""The main window: the model picker, the chat, the downloads, and the status bar.

Every slow thing (probing the hardware, asking the hub, downloading, loading a
model, writing a reply) runs through ``Tasks`` on a pool thread; this class only
starts work and shows results. The conversation lives in a core ``ChatSession``
that outlives model switches.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core import paths
from app.core import settings as user_settings
from app.core.chat.chat_memory import (
    left_out_sentence,
    memory_explained,
    memory_used,
    memory_words,
)
from app.core.chat.markdown_render import warm_up
from app.core.chat.saved_chat import SavedChat
from app.core.chat.store import ASSISTANT, CUT, USER, export_markdown, open_store
from app.core.engine.engine import Engine
from app.core.engine.generation import ReplyStats
from app.core.errors import ShortChatError
from app.core.fit.hardware import Hardware, detect, with_current_free_memory
from app.core.fit.ladder import LoadPlan, plan_load
from app.core.fit.measurements import Measured
from app.core.fit.speed import words_text
from app.core.fit.verdicts import FREE_HEADROOM, FitRow, assess
from app.core.models.catalog import DEFAULT_FAMILY, Catalog, CatalogEntry, display_name
from app.core.models.download import Downloader
from app.core.models.gguf_header import check_chat_model
from app.core.models.library import InstalledModel, Library, newest_usable
from app.core.sizes import format_size
from app.gui import theme as appearance
from app.gui.about_dialog import AboutDialog
from app.gui.chat_list import ChatList
from app.gui.chat_view import NOTICE, ChatView
from app.gui.downloads_panel import DownloadsPanel
from app.gui.example_questions import ExampleQuestions
from app.gui.icons import Iconed, icon
from app.gui.message_input import MessageInput
from app.gui.model_loader import LOADED_FRACTION, MEASURING, STEPPED_DOWN, load_planned, measure_loaded
from app.gui.model_picker import HUB_ANSWERED, HUB_CHECKING, HUB_FIRST_CHECK, HUB_OFFLINE, ModelPicker
from app.gui.reply_worker import ASK, CONTINUE, EDIT, REGENERATE, Reply, SavedIds, file_name, note_of, write_reply
from app.gui.settings_dialog import THEME_NAMES, InstructionsDialog, SettingsDialog
from app.gui.tasks import Tasks

log = logging.getLogger(__name__)
CLOSE_WAIT_S = 1.5  # background work gets this long to stop when the window closes
PICKER_PAGE, CHAT_PAGE = 0, 1
SHOWN_MESSAGES = 100  # a chat opens with its last messages; "Show earlier messages" adds more
UNDO_MS = 10_000
MEASURE_AFTER_IDLE_MS = 3_000  # the first-use measurement waits this long after a reply with nothing sent


SMALLEST_FIRST_SIZE = QSize(1100, 760)
LARGE_SCREEN_WIDTH = 1600  # narrower screens (laptops) get the whole of their room at first
TITLE_BAR_ROOM = 40  # the window manager's title bar and border, outside the window's own height


def fitted_size(available: QSize) -> QSize:
    """The first size of the window: most of a laptop's screen (a 1366x768 one has about 700 px
    under its panel and the title bar), seven tenths of a large one, never past the screen."""
    room = QSize(available.width() - 24, available.height() - TITLE_BAR_ROOM)
    if available.width() < LARGE_SCREEN_WIDTH:
        return room
    share = QSize(max(SMALLEST_FIRST_SIZE.width(), round(available.width() * 0.7)),
                  max(SMALLEST_FIRST_SIZE.height(), round(available.height() * 0.85)))  # fmt: skip
    return share.boundedTo(room)


def sentence_bar(name: str, sentence: str, button_text: str, tip: str) -> tuple[QWidget, QPushButton]:
    """A hidden row above the message box: a sentence that wraps, and one button."""
    bar = QWidget()
    bar.setObjectName(name)
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(0, 0, 0, 0)
    said = QLabel(sentence)
    said.setWordWrap(True)
    button = QPushButton(button_text)
    button.setToolTip(tip)
    layout.addWidget(said, 1)
    layout.addWidget(button)
    bar.hide()
    return bar, button


def settings_store() -> QSettings:
    """Window settings in ShortChat's own config folder (never the platform registry)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine | None = None, library: Library | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.tasks = Tasks(self)
        self.icons = Iconed(self)  # toolbar and button icons, painted again for a new theme
        self.settings, setting_notes = user_settings.load()
        self.store = open_store()  # never fails: a file it cannot use is said in the chat
        try:
            self.store.purge_deleted()  # chats deleted last time: their Undo is over
        except ShortChatError as error:
            log.warning("deleted chats not purged: %s", error)
        self.engine = engine or Engine()
        self._chat: SavedChat | None = None  # the conversation shown (None: a new one, not saved yet)
        self.shown_messages = SHOWN_MESSAGES
        self.editing: int | None = None  # the id of the earlier question being edited
        self._problems_shown = 0  # the store's notes about damaged rows already shown
        self.library = library or Library()
        self.catalog = Catalog()
        self.hardware: Hardware | None = None
        self.known: Measured | None = None  # what was measured on this computer
        self.rows: list[FitRow] = []
        self.model_path: Path | None = None  # chosen model (loaded, loading, or to load again)
        self.loading = False
        self.reply: Reply | None = None
        self._pending_text: tuple | None = None  # (text, action) sent while the model was loading
        self._pending_load: Path | None = None  # chosen while a reply was being written
        self._reply_request: tuple | None = None  # (text, action) of the reply being written
        self._question_saved = False  # the store has the question of the reply being written
        self._left_out_told: set[int] = set()  # chats already told that their oldest messages are left out
        self._closing = False
        self.engine_threads: int | None = None  # None: llama.cpp's default, one per core
        self.compare_dialog = None  # the Compare dialog while it is open (imported when first asked for)
        self._measure_tried: set[Path] = set()
        self._replies_ended = 0
        self._answered: set[Path] = set()  # models that finished a reply this run: measuring waits for one

        self._build_widgets()
        self._build_actions()
        self._restore_geometry()
        self._update_controls()
        self.chat_list.refresh()
        self._reopen_last_chat()
        self.refresh_installed()
        self.downloads.restore_unfinished()
        for note in setting_notes:
            self._notice(note)
        self._show_store_problems()
        self._survey()

    @property
    def chat(self) -> SavedChat | None:
        return self._chat

    @chat.setter
    def chat(self, chat: SavedChat | None) -> None:
        """The chat shown, remembered as soon as it changes: a crash or a kill reopens it too."""
        self._chat = chat
        shown = chat.id if chat is not None else None
        if shown != self.settings.last_conversation:
            self.settings = replace(self.settings, last_conversation=shown)
            user_settings.save(self.settings)

    # -- construction ----------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.picker = ModelPicker()
        self.picker.download_requested.connect(self.download)
        self.picker.use_requested.connect(self.request_load)
        self.picker.delete_requested.connect(self._delete_model)
        self.picker.add_file_requested.connect(self._add_file)
        self.picker.compare_requested.connect(self.open_compare)
        self.picker.back_requested.connect(lambda: self.show_page(CHAT_PAGE))
        self.picker.hub_retry_requested.connect(self._ask_hub)

        self.chat_view = ChatView()
        self.chat_view.setPlaceholderText("Ask anything. Everything stays on this computer.")
        self.chat_view.copied.connect(lambda what: self.statusBar().showMessage(what, 2000))
        self.chat_view.action.connect(self._chat_link)
        self.edit_banner = self._build_edit_banner()
        self.input = MessageInput()
        self.input.submitted.connect(self.send)
        self.send_button = QPushButton("Send")
        self.send_button.setAccessibleName("Send or stop")
        self.send_button.clicked.connect(self._send_or_stop)
        self.regenerate_button = QPushButton("Regenerate")
        self.regenerate_button.setToolTip("Write the last reply again (Ctrl+R)")
        self.regenerate_button.clicked.connect(self.regenerate)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.regenerate_button)
        composer = QHBoxLayout()
        composer.addWidget(self.input, 1)
        composer.addLayout(buttons)
        chat_page = QWidget()
        chat_layout = QVBoxLayout(chat_page)
        chat_layout.setContentsMargins(8, 8, 8, 8)
        chat_layout.addWidget(self.chat_view, 1)
        self.examples = ExampleQuestions()
        self.examples.chosen.connect(self._ask_example)
        chat_layout.addWidget(self.examples)
        chat_layout.addWidget(self.edit_banner)
        chat_layout.addWidget(self._build_continue_bar())
        chat_layout.addLayout(composer)

        self.chat_list = ChatList(self.store)
        self.chat_list.open_requested.connect(self.open_chat)
        self.chat_list.new_requested.connect(self.new_chat)
        self.chat_list.deleted.connect(self._chat_deleted)
        chat_area = QSplitter(Qt.Orientation.Horizontal)
        chat_area.setObjectName("chat-area")
        chat_area.addWidget(self.chat_list)
        chat_area.addWidget(chat_page)
        chat_area.setStretchFactor(1, 1)
        chat_area.setSizes([230, 750])

        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        self.pages.addWidget(chat_area)
        self.setCentralWidget(self.pages)

        self.downloads = DownloadsPanel(self.tasks, Downloader(self.library.models_dir))
        self.downloads.model_ready.connect(self._model_downloaded)
        self.downloads.changed.connect(self._downloads_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.downloads)
        scroll.setMinimumHeight(130)  # one download row in full: name, bar, speed and time left
        self.downloads_dock = QDockWidget("Downloads", self)
        self.downloads_dock.setObjectName("downloads")
        self.downloads_dock.setWidget(scroll)
        self.downloads_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.downloads_dock)
        self.downloads_dock.hide()

        self.model_label = QLabel("No model loaded")
        self.speed_label = QLabel("")
        self.memory_label = QLabel("")  # how full the chat's memory is, after each reply
        self.memory_label.setAccessibleName("Chat memory")
        self.load_bar = QProgressBar()
        self.load_bar.setRange(0, 100)  # llama.cpp's own load progress, in per cent
        self.load_bar.setMaximumWidth(140)
        self.load_bar.setAccessibleName("Loading the model")
        self.load_bar.hide()
        bar = self.statusBar()
        bar.addPermanentWidget(self.load_bar)
        for label in (self.memory_label, self.speed_label, self.model_label):
            label.setContentsMargins(10, 0, 10, 0)  # apart from each other, not one run of words
        bar.addPermanentWidget(self.memory_label)
        bar.addPermanentWidget(self.speed_label)
        bar.addPermanentWidget(self.model_label)
        self.resize(fitted_size(self.screen().availableGeometry().size()))

    def _build_edit_banner(self) -> QWidget:
        """Above the box while an earlier question is edited: what Send will do, and Cancel."""
        banner, self.cancel_edit_button = sentence_bar(
            "edit-banner",
            "Editing an earlier message: Send asks it again as a new version (the old one stays, "
            "‹ › switches between them).",
            "Cancel",
            "Stop editing and keep the message as it was (Esc)",
        )
        self.cancel_edit_button.clicked.connect(self._cancel_edit)
        return banner

    def _build_continue_bar(self) -> QWidget:
        """Under a reply cut off at the length limit: a plain sentence and Continue."""
        self.continue_bar, self.continue_button = sentence_bar(
            "continue-bar",
            "The reply stopped at its length limit.",
            "Continue",
            "Go on writing this reply from where it stopped (Ctrl+Shift+Enter)",
        )
        self.continue_button.clicked.connect(self.continue_reply)
        self._cut_reply: int | None = None  # the last reply, when it stopped at the length limit
        return self.continue_bar

    def _build_actions(self) -> None:
        def focus_search() -> None:
            self.show_page(CHAT_PAGE)
            self.chat_list.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.chat_list.search_box.selectAll()

        # Explicit keys, not QKeySequence.StandardKey: Preferences is empty on Windows and on Linux outside
        # KDE. "Ctrl" is Cmd on macOS. Each shows in its menu, so the menus teach them.
        file_menu = self.menuBar().addMenu("&File")
        self.choose_action = self._action(file_menu, "&Choose a model…", "Ctrl+M", lambda: self.show_page(PICKER_PAGE))
        self._action(file_menu, "&Add a model file…", None, self._add_file)
        self._action(file_menu, "Open the models &folder", None, self._open_models_folder)
        file_menu.addSeparator()
        self._action(file_menu, "&Export this chat…", "Ctrl+E", self._export_chat)
        self.settings_action = self._action(file_menu, "&Settings…", "Ctrl+,", self._open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "&Quit", "Ctrl+Q", self.request_close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        chat_menu = self.menuBar().addMenu("&Chat")
        self.new_chat_action = self._action(chat_menu, "&New chat", "Ctrl+N", self.new_chat)
        self.search_action = self._action(chat_menu, "&Find in all chats…", "Ctrl+F", focus_search)
        self.stop_action = self._action(chat_menu, "&Stop the reply", "Esc", self.stop)
        self.regenerate_action = self._action(chat_menu, "&Regenerate", "Ctrl+R", self.regenerate)
        self.continue_action = self._action(chat_menu, "C&ontinue the reply", "Ctrl+Shift+Return", self.continue_reply)
        self._action(chat_menu, "&Copy the last reply", "Ctrl+Shift+C", self._copy_last_reply)
        self._action(chat_menu, "Copy the &whole chat", None, self._copy_chat)
        self._action(chat_menu, "&Instructions for this chat…", None, self._edit_instructions)
        chat_menu.addSeparator()
        # Wherever the focus is (a text box still takes Delete for itself while you type).
        self.rename_action = self._action(chat_menu, "Re&name this chat…", "F2", self.chat_list.rename_current)
        self.delete_action = self._action(chat_menu, "&Delete this chat", "Delete", self.chat_list.delete_current)
        chat_menu.addSeparator()
        self._action(chat_menu, "Compare &two models…", "Ctrl+Shift+M", self.open_compare)
        view_menu = self.menuBar().addMenu("&View")
        self.bigger_text_action = self._action(
            view_menu, "&Bigger text", "Ctrl+=", lambda: self._set_appearance(text_step=+1)
        )
        self.bigger_text_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])  # + is shifted =
        self.smaller_text_action = self._action(
            view_menu, "&Smaller text", "Ctrl+-", lambda: self._set_appearance(text_step=-1)
        )
        self.normal_text_action = self._action(
            view_menu, "&Normal text size", "Ctrl+0", lambda: self._set_appearance(text_step=0)
        )
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("&Theme")
        self.theme_actions = QActionGroup(self)
        for key, text in THEME_NAMES.items():
            action = self._action(theme_menu, text, None, lambda _=False, key=key: self._set_appearance(theme=key))
            action.setCheckable(True)
            action.setChecked(key == self.settings.theme)
            action.setData(key)
            self.theme_actions.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, f"&About {APP_NAME}", None, self._about)
        self.toolbar = self.addToolBar("Main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.choose_action)
        self.chat_page_action = QAction("Chat", self)
        self.chat_page_action.triggered.connect(lambda: self.show_page(CHAT_PAGE))
        self.toolbar.addAction(self.chat_page_action)
        self.downloads_action = self.downloads_dock.toggleViewAction()
        self.downloads_action.setText("Downloads")
        self.toolbar.addAction(self.downloads_action)
        self.choose_action.setText("Models")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # icon and words
        for target, name in (
            (self.choose_action, "view_grid_outline"),
            (self.chat_page_action, "chat_outline"),
            (self.downloads_action, "download"),
            (self.regenerate_button, "refresh"),
            (self.chat_list.new_button, "message_plus_outline"),
            (self.settings_action, "cog_outline"),
        ):
            self.icons.give(target, name)
        self._size_icons()

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _set_appearance(self, theme: str | None = None, text_step: int | None = None) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0 (text_step +1, -1, 0) and View → Theme: shown at once and remembered."""
        size = self.settings.text_size
        if text_step is not None:
            size = appearance.clamp_text_size(size + text_step * appearance.TEXT_SIZE_STEP) if text_step else 100
        self.settings = replace(self.settings, theme=theme or self.settings.theme, text_size=size)
        appearance.apply(self.settings.theme, self.settings.text_size)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == self.settings.theme)
        if text_step is not None:
            self.statusBar().showMessage(f"Text size {size} %", 2000)
        self._save_settings()

    def _save_settings(self) -> None:
        try:
            user_settings.save(self.settings)
        except ShortChatError as error:
            self._notice(str(error))

    def _restore_geometry(self) -> None:
        settings = settings_store()
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        # A size remembered on a bigger screen (or a larger text) never leaves the window taller
        # or wider than this one.
        room = self.screen().availableGeometry().size() - QSize(0, TITLE_BAR_ROOM)
        if self.width() > room.width() or self.height() > room.height():
            self.resize(self.size().boundedTo(room))

    def _save_geometry(self) -> None:
        settings = settings_store()
        settings.setValue("geometry", self.saveGeometry())
        settings.sync()
        self.settings = replace(
            self.settings,
            last_conversation=self.chat.id if self.chat else None,
            last_model=str(self.model_path) if self.model_path else self.settings.last_model,
        )
        user_settings.save(self.settings)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "icons"):
            self.icons.refresh()  # icons in the new theme's text colour
        if event.type() == event.Type.FontChange and hasattr(self, "toolbar"):
            self._size_icons()

    def _size_icons(self) -> None:
        """Icons as tall as a line of text, at any text size (they stayed small at 16 pt)."""
        side = self.fontMetrics().height()
        self.toolbar.setIconSize(QSize(side + 4, side + 4))
        for button in (self.send_button, self.regenerate_button, self.chat_list.new_button):
            button.setIconSize(QSize(side, side))
        # Send turns into Stop and back at every reply: both drawn now, not on the GUI thread at a
        # reply's start or end (drawing one took up to 15 ms there).
        for name in ("send", "stop"):
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Disabled):
                icon(name, self.palette()).pixmap(QSize(side, side), mode)

    def come_forward(self) -> None:
        """A second start of ShortChat: show this window instead of opening another."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- pages -----------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        # "Back to the chat" only when there is one: a model chosen, or messages.
        self.picker.back_button.setVisible(self.model_path is not None or bool(self.chat_view.messages))
        if page == PICKER_PAGE and self.pages.currentIndex() != PICKER_PAGE and self.hardware is not None:
            self.hardware = with_current_free_memory(self.hardware)  # what fits now, not at start
            self._show_rows()
        self.pages.setCurrentIndex(page)
        if page == CHAT_PAGE:
            self.input.setFocus()

    # -- hardware, catalog, library ----------------------------------------------------

    def _survey(self) -> None:
        """Look at the computer, show what the last visit to the hub knew, then ask the hub again."""

        def surveyed(found: tuple[Hardware, Measured]) -> None:
            self.hardware, self.known = found
            self._ask_hub()
            self._show_rows()
            self._show_installed(self.picker.installed)  # listed at start; now with their figures
            self._measure_loaded_model()  # loaded before the computer was looked at

        def offline_survey() -> tuple[Hardware, Measured]:
            hardware = detect()
            known = Measured(hardware)
            known.ensure_bandwidth()  # for the speed preview; measured once per computer
            known.ensure_cpu_features()  # which weights this llama.cpp build repacks; read once per computer
            self.catalog.load_offline()
            warm_up()  # the first code block of the first reply then shows at once
            return hardware, known

        self.picker.set_hub_status("", HUB_CHECKING)
        self.tasks.run(offline_survey, done=surveyed, failed=self._hub_failed)

    def _ask_hub(self) -> None:
        if self.catalog.hub_seen:  # what the hub said last time is shown meanwhile, quietly
            self.picker.set_hub_status("", HUB_CHECKING)
        else:  # a first start: the bundled list's choice could change, so wait for the answer
            self.picker.set_hub_status("", HUB_FIRST_CHECK)
        self.tasks.run(
            self.catalog.refresh, DEFAULT_FAMILY, done=lambda _: self._hub_answered(), failed=self._hub_failed
        )

    def _hub_answered(self) -> None:
        if not self.catalog.offline:
            self.picker.set_hub_status("", HUB_ANSWERED)
        elif self.picker.installed:
            self.picker.set_hub_status(
                "You are offline: the model hub could not be reached. Your models work as usual; to download "
                "another one, connect to the internet and press Try again.",
                HUB_OFFLINE,
            )
        else:
            self.picker.set_hub_status(
                "You are offline: the model hub could not be reached, and no model is on this computer yet. "
                "Connect to the internet and press Try again, or use “Add a file from disk…” for a model file "
                "you already have.",
                HUB_OFFLINE,
            )
        self._show_rows()

    def _hub_failed(self, message: str) -> None:
        self.picker.set_hub_status(message, HUB_OFFLINE)

    def _show_rows(self) -> None:
        if self.hardware is None:
            return
        self.rows = assess(self.catalog.entries(), self.hardware, known=self.known)
        self.picker.set_rows(self.rows, self.hardware)

    def refresh_installed(self) -> None:
        installed = self.library.list()
        self._show_installed(installed)
        if self.model_path is None and not self.loading:
            last = self.settings.last_model
            newest = newest_usable(installed)
            if last and Path(last).is_file():  # the model of last time, wherever it is
                self.show_page(CHAT_PAGE)
                self.request_load(Path(last))
                return
            if last:  # deleted or moved by hand since: said, not silently replaced
                gone = f"The model you used last time, {self.display_name(Path(last))}, is no longer on this computer"
                if newest is not None:
                    self._notice(f"{gone}. ShortChat is using {self.display_name(newest.path)} instead.")
                else:
                    self.picker.set_notice(f"{gone}. Choose one to download below, or add a model file you have.")
                self.settings = replace(self.settings, last_model=None)
                self._save_settings()
            if newest is not None:  # none chosen yet: the newest one, as the CLI does
                self.show_page(CHAT_PAGE)
                self.request_load(newest.path)
            else:
                self.show_page(PICKER_PAGE)

    def _show_installed(self, installed: list[InstalledModel]) -> None:
        """The models here, with the figures measured for them (new figures need no new listing)."""
        measured = {m.path: self.known.probe_of(m.path) for m in installed} if self.known else {}
        self.picker.set_installed(installed, measured)

    # -- downloads ---------------------------------------------------------------------

    def download(self, entry: CatalogEntry) -> None:
        if not self.settings.model_licence_accepted:
            self._ask_model_licence(entry)
            return
        self.downloads.add(entry.repo, entry.file, entry.file_bytes)
        self.downloads_dock.show()
        meanwhile = " You can keep chatting meanwhile." if self.engine.model is not None else ""
        self.statusBar().showMessage(f"Downloading {display_name(entry.file)}.{meanwhile}", 4000)

    def _ask_model_licence(self, entry: CatalogEntry) -> None:
        """The models' licence, once, before the first download."""
        box = QMessageBox(self)
        box.setObjectName("model-licence")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("The models' licence")
        box.setText("The Shortened LLaMA models are for non-commercial use only.")
        box.setInformativeText(
            "Nota AI made them from Vicuna v1.3, whose licence allows research and personal use, not use in a "
            "business. By downloading one you agree to that. (Help → About ShortChat shows all the licences.)"
        )
        agree = box.addButton("I agree, download", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:
            if button is agree:
                self.settings = replace(self.settings, model_licence_accepted=True)
                try:
                    user_settings.save(self.settings)
                except ShortChatError as error:
                    log.warning("%s", error)  # asked again next time: no harm
                self.download(entry)
            box.deleteLater()

        box.buttonClicked.connect(answered)
        box.open()

    def _about(self) -> None:
        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def _downloads_changed(self) -> None:
        self.downloads_dock.setVisible(bool(self.downloads.jobs))
        self.picker.set_downloading(self.downloads.downloading())

    def _model_downloaded(self, path: Path) -> None:
        self.refresh_installed()
        if not self.loading and self.engine.model is None and self.reply is None:
            self.show_page(CHAT_PAGE)
            self.request_load(path)

    # -- loading -----------------------------------------------------------------------

    def display_name(self, path: Path) -> str:
        """'Vicuna 1.5b · Q4_K_M' for a file of the catalog's models, else the file's name."""
        return display_name(Path(path).name)

    def _plan(self, path: Path) -> LoadPlan | None:
        """The out-of-memory ladder for ``path`` here (None before the computer has been looked at)."""
        if self.hardware is None:
            return None
        self.hardware = with_current_free_memory(self.hardware)
        user = self.settings
        if self.engine_threads is not None:
            user = replace(user, threads=self.engine_threads)
        return plan_load(path, self.hardware, user, [m.path for m in self.library.list()], self.known)

    def request_load(self, path: Path) -> None:
        """Load ``path``, or the nearest thing that fits; ask first if nothing does."""
        try:
            check_chat_model(path)  # a damaged or wrong file is said at once
            plan = self._plan(Path(path))
        except ShortChatError as error:
            self._notice(str(error))
            return
        if plan is not None and not plan.fits:
            self._ask_too_big(plan)
            return
        self.load(Path(path), plan)

    def _ask_too_big(self, plan: LoadPlan) -> None:
        hardware, requested = self.hardware, plan.requested
        best = next((r for r in self.rows if r.recommended), None)
        box = QMessageBox(self)
        box.setObjectName("too-big")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("This model is too big")
        box.setText(
            f"{self.display_name(requested.path)} needs about {format_size(requested.footprint.working_set)} of "
            f"memory, but this computer has {format_size(hardware.ram_total)} in all and "
            f"{format_size(hardware.ram_available)} free, and none of your other models fits either."
        )
        box.setInformativeText(
            "Loading it could make the whole computer very slow until ShortChat is closed."
            + (f" The best one that fits is {display_name(best.entry.file)}." if best else "")
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        use_best = None
        if best is not None:
            use_best = box.addButton(f"Use {display_name(best.entry.file)}", QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton("Load it anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(use_best or box.button(QMessageBox.StandardButton.Cancel))

        def answered(button) -> None:
            if button is anyway:
                self.load(requested.path, plan)
            elif use_best is not None and button is use_best:
                installed = next((m for m in self.library.list() if m.name == best.entry.file), None)
                if installed is not None:
                    self.load(installed.path)
                else:
                    self.download(best.entry)
            box.deleteLater()

        box.buttonClicked.connect(answered)
        box.open()

    def load(self, path: Path, plan: LoadPlan | None = None) -> None:
        """Load ``path`` following ``plan`` (by default, the ladder's plan for it here)."""
        if self.reply is not None:  # switch after the reply in progress stops
            self._pending_load = Path(path)
            self.stop()
            return
        if self.loading:
            self._pending_load = Path(path)
            return
        if plan is None:
            try:
                plan = self._plan(Path(path))
            except ShortChatError as error:
                self._notice(str(error))
                return
        if plan is not None:
            path = plan.chosen.path
            for sentence in (plan.sentence(), plan.chosen.context_warning()):
                if sentence:
                    self._notice(sentence)
        self.model_path = Path(path)
        self.loading = True
        self.picker.set_in_use(self.model_path)
        self.model_label.setText(f"Loading {self.display_name(self.model_path)}…")
        self.load_bar.setRange(0, 100)
        self.load_bar.setValue(0)
        self.load_bar.show()
        self.speed_label.setText("")
        self._update_controls()
        self.show_page(CHAT_PAGE)
        fallback = self.settings.load_settings()  # before the computer was looked at: the settings as they are
        if self.engine_threads is not None:
            fallback = replace(fallback, n_threads=self.engine_threads)
        self.tasks.run(
            load_planned,
            self.engine,
            plan or (self.model_path, fallback),
            done=lambda info: self._loaded((info, False)),
            failed=self._load_failed,
            progress=self._load_progress,
        )

    # -- A/B ---------------------------------------------------------------------------

    def open_compare(self) -> None:
        """Two downloaded models, one question, both answers side by side."""
        models = self.library.list()
        if len(models) < 2:
            self._notice("Comparing needs two downloaded models; “Choose a model” gets another one.")
            return
        if self.reply is not None or self.loading:
            self.statusBar().showMessage("Wait for the reply (or stop it) first.", 4000)
            return
        previous = self.engine.model.path if self.engine.model is not None else None

        def settings_for(path: Path):
            plan = self._plan(path)
            return plan.requested.settings if plan is not None else self.settings.load_settings()

        from app.gui.compare_window import CompareDialog  # not needed for the first frame

        dialog = CompareDialog(
            self.engine,
            models,
            settings_for,
            self._fit_together,
            self.settings.generation_options(),
            self.settings.system_prompt,
            self,
        )
        self.compare_dialog = dialog

        def closed() -> None:
            self.compare_dialog = None
            dialog.deleteLater()
            if previous is not None:  # the chat's own model again
                self.load(previous)
            elif self.engine.model is not None:
                self.model_path = self.engine.model.path
                self.picker.set_in_use(self.model_path)
                self.model_label.setText(self.display_name(self.model_path))
                self._update_controls()

        dialog.finished.connect(closed)
        dialog.open()

    def _measure_if_idle_since(self, replies_ended: int) -> None:
        if replies_ended == self._replies_ended and not self._closing:  # nothing sent since
            self._measure_loaded_model()

    def _measure_loaded_model(self) -> None:
        """Measure the loaded model if it has no figures here yet (once per file and run), after
        its first answer, so the measurement never delays that answer."""
        model = self.engine.model
        if model is None or self.known is None or self.loading or self.reply is not None:
            return
        if model.path not in self._answered:
            return
        if model.path in self._measure_tried or self.known.probe_of(model.path) is not None:
            return
        self._measure_tried.add(model.path)
        self.loading = True  # a message sent meanwhile waits, as during a load
        self.load_bar.setRange(0, 0)  # a measurement has no fraction: a busy bar
        self.load_bar.show()
        self._update_controls()
        self.tasks.run(
            measure_loaded,
            self.engine,
            self.known,
            done=lambda measured: self._loaded((model, measured)),
            failed=self._load_failed,
            progress=self._load_progress,
        )

    def _fit_together(self, a: Path, b: Path) -> bool:
        """Whether two models can stay in memory at once (the window's own model makes way)."""
        try:
            plans = [self._plan(path) for path in (a, b)]
            loaded = self._plan(self.engine.model.path) if self.engine.model is not None else None
        except ShortChatError:
            return False
        if any(plan is None for plan in plans):
            return False
        need = sum(plan.requested.footprint.working_set for plan in plans)
        free = self.hardware.ram_available + (loaded.requested.footprint.working_set if loaded else 0)
        return need <= free * FREE_HEADROOM

    def _load_progress(self, report: tuple[str, object]) -> None:
        kind, text = report
        if kind == LOADED_FRACTION:
            percent = round(100 * float(text))
            self.model_label.setText(f"Loading {self.display_name(self.model_path)}… {percent} %")
            self.load_bar.setValue(percent)
        elif kind == STEPPED_DOWN:
            self._notice(text)
        elif kind == MEASURING:
            self.model_label.setText(text)

    def _loaded(self, result) -> None:
        info, measured = result
        self.model_path = info.path
        self.loading = False
        self.picker.set_in_use(info.path)
        self.load_bar.hide()
        self.model_label.setText(self.display_name(info.path))
        self.model_label.setToolTip(f"{info.path}\nLoaded in {info.load_seconds:.1f} s, {info.n_ctx} tokens of context")
        self.statusBar().showMessage(f"Ready: {self.display_name(info.path)}", 3000)
        if measured:
            self._show_rows()
            self._show_installed(self.picker.installed)
        self._update_controls()
        if self._run_pending_load():
            return
        if self._pending_text is not None:
            (text, action), self._pending_text = self._pending_text, None
            self._start_reply(text, action)
        else:
            self._measure_loaded_model()  # if it loaded before the computer was looked at

    def _load_failed(self, message: str) -> None:
        self.loading = False
        self.picker.set_in_use(None)
        self.load_bar.hide()
        self.model_label.setText("No model loaded")
        self._pending_text = None
        self._notice(message)
        self._update_controls()
        self._run_pending_load()

    def _run_pending_load(self) -> bool:
        if self._pending_load is None:
            return False
        path, self._pending_load = self._pending_load, None
        self.load(path)
        return True

    # -- chatting ------------------------------------------------------------------------

    def _send_or_stop(self) -> None:
        if self.reply is not None:
            self.stop()
        else:
            self.send(self.input.toPlainText().strip())

    def send(self, text: str) -> None:
        self._replies_ended += 1  # a measurement waiting for idle waits longer
        if not text or self.reply is not None or self._pending_text is not None:
            return
        if self.engine.model is None and not self.loading:
            if self.model_path is None:
                self.statusBar().showMessage("Choose a model first.", 4000)
                self.show_page(PICKER_PAGE)
                return
            self.load(self.model_path)  # it stopped (a crash): load it again, then answer
        if self.chat is None:
            try:
                self.chat = SavedChat.new(self.store, self.engine)
            except ShortChatError as error:  # the text stays in the box
                self._notice(f"Your message was not sent. {error}")
                return
            self.chat_list.current_id = self.chat.id
        edit_id, self.editing = self.editing, None
        self.edit_banner.hide()
        self.chat_view.clear_mark()
        if edit_id is not None:  # the edited question and what followed make way for the new version
            index = next((i for i, m in enumerate(self.chat_view.messages) if m.message_id == edit_id), None)
            if index is not None:
                self.chat_view.truncate(index)
        self.input.clear()
        self.chat_view.add_message(USER, text, "You")
        action = (EDIT, edit_id) if edit_id is not None else (ASK, None)
        if self.loading:
            self._pending_text = (text, action)
            self.statusBar().showMessage("The reply will start as soon as the model is loaded.", 4000)
            self._update_controls()
            return
        self._start_reply(text, action)

    def regenerate(self) -> None:
        if self.reply is not None or self.loading or not self._can_regenerate():
            return
        if self.chat_view.messages and self.chat_view.messages[-1].role == ASSISTANT:
            self.chat_view.remove_last()
        self._start_reply(None, (REGENERATE, None))

    def continue_reply(self) -> None:
        """Go on writing a reply that stopped at the length limit, into the same message."""
        if self.reply is not None or self.loading or self._cut_reply is None:
            return
        if self.engine.model is None:
            self.statusBar().showMessage("Choose a model first.", 4000)
            return
        self._start_reply(None, (CONTINUE, self._cut_reply))

    def _can_regenerate(self) -> bool:
        return self.chat is not None and any(m.role == USER and m.message_id for m in self.chat_view.messages)

    def stop(self) -> None:
        """Esc: stop the reply being written, or stop editing an earlier message."""
        reply = self.reply
        if reply is None:
            self._cancel_edit()
            return
        reply.stop_requested = True
        if reply.saved is not None:
            reply.saved.cancel()
        else:
            self.engine.cancel()  # still reading the prompt

    def _start_reply(self, text: str | None, action: tuple[str, int | None]) -> None:
        self._replies_ended += 1  # a measurement waiting for idle waits for this reply too
        reply = self.reply = Reply()
        self._reply_request, self._question_saved = (text, action), False
        model = self.engine.model
        self._cut_reply = None
        if action[0] != CONTINUE or self.chat_view.resume_reply() is None:
            self.chat_view.begin_reply(self.display_name(model.path) if model else "Assistant")
        self._update_controls()
        system = self.chat.system_prompt(self.settings.system_prompt)
        self.tasks.stream(
            write_reply,
            self.chat,
            action,
            text,
            self.settings.generation_options(),
            system,
            reply,
            piece=self._piece,
            done=self._reply_done,
            failed=self._reply_failed,
            cancelled=lambda: self._reply_done(None),
        )
        self._watch_reading()

    # -- while a long chat is read before its reply: how far, in the status bar (issue 19) ---------
    def _watch_reading(self) -> None:
        if not hasattr(self, "_reading_timer"):
            self._reading_timer = QTimer(self, interval=100)
            self._reading_timer.timeout.connect(self._show_reading)
        self._reading_timer.start()

    def _show_reading(self) -> None:
        stream = self.reply.saved.stream if self.reply is not None and self.reply.saved is not None else None
        if stream is not None and stream.reading is not None and not stream.text and stream.stats is None:
            self.statusBar().showMessage(f"Reading the chat… {round(stream.reading * 100)} %", 1000)
        elif self.reply is None or (stream is not None and (stream.text or stream.stats is not None)):
            self._reading_timer.stop()

    def _piece(self, piece) -> None:
        if isinstance(piece, SavedIds):  # the reply was started: the store's ids for the two messages
            self._question_saved = True
            messages = self.chat_view.messages
            if len(messages) >= 2:  # before any notice goes below them
                self.chat_view.set_ids(messages[-2], piece.question_id, piece.question_version)
                messages[-1].message_id, messages[-1].version = piece.reply_id, piece.reply_version
            saved = self.reply.saved if self.reply is not None else None
            if saved is not None:
                self._tell_when_left_out(saved.stream.prompt.dropped_turns)
            self.chat_list.refresh()  # a new chat gets its title, and moves to the top
            return
        self.chat_view.append(piece)

    def _reply_done(self, stats: ReplyStats | None) -> None:
        reply, self.reply = self.reply, None
        if self.engine.model is not None and stats is not None and not stats.cancelled:
            self._answered.add(self.engine.model.path)  # a stopped reply is no answer: Regenerate stays ready
        note = ""
        if stats is not None:
            self.speed_label.setText(words_text(stats.decode_tokens_per_s))
            self.speed_label.setToolTip(f"{stats.decode_tokens_per_s:.1f} tokens/s · {stats.reply_tokens} tokens")
            note = words_text(stats.decode_tokens_per_s)  # the token count is in the status bar's tooltip
            if stats.stop_reason == "length":
                note += " · stopped at the length limit"
                last = self.chat_view.messages[-1] if self.chat_view.messages else None
                self._cut_reply = last.message_id if last is not None and last.role == ASSISTANT else None
            saved = reply.saved if reply is not None else None
            self._show_memory(stats, saved.stream.prompt.dropped_turns if saved is not None else 0)
        if (stats is None or stats.cancelled) and reply is not None and reply.stop_requested:
            note = "stopped" + (f" · {note}" if note else "")
        self.chat_view.end_reply(note)
        self._update_controls()
        self._after_reply()

    def _show_memory(self, stats: ReplyStats, left_out: int = 0) -> None:
        model = self.engine.model
        if model is None:
            return
        budget = min(self.settings.max_tokens, model.n_ctx // 2)  # the room Engine.chat keeps for a reply
        share = memory_used(stats.prompt_tokens, stats.reply_tokens, model.n_ctx, budget, left_out)
        self.memory_label.setText(memory_words(share, left_out))
        self.memory_label.setToolTip(memory_explained(model.n_ctx))

    def _tell_when_left_out(self, dropped_turns: int) -> None:
        """Once per chat: its oldest messages no longer fit in the model's memory."""
        if dropped_turns <= 0 or self.chat is None or self.chat.id in self._left_out_told:
            return
        self._left_out_told.add(self.chat.id)
        model = self.engine.model
        longer_may_fit = model is not None and model.n_ctx < model.n_ctx_train
        self._notice(left_out_sentence(dropped_turns, longer_may_fit))

    def _reply_failed(self, message: str) -> None:
        self.reply = None
        self.chat_view.end_reply("not finished")
        text = self._reply_request[0] if self._reply_request else None
        if not self._question_saved and self.chat is not None:
            # Nothing of this turn reached the store: show what it holds, and give the text back.
            self._show_chat()
            if text and not self.input.toPlainText().strip():
                self.input.setPlainText(text)
            message = f"Your message was not sent. {message}" if text else message
        self._notice(message)
        if self.engine.model is None:
            self.model_label.setText("The model stopped · it loads again when you send")
            self.speed_label.setText("")
        self._update_controls()
        self._after_reply()

    def _after_reply(self) -> None:
        if self._closing:
            return
        if not self._run_pending_load():
            # The first answer is out; the figures once the person has read it a moment (a message
            # sent within that moment is answered first: the measurement waits for idle again).
            self._replies_ended += 1
            ended = self._replies_ended
            QTimer.singleShot(MEASURE_AFTER_IDLE_MS, self, lambda: self._measure_if_idle_since(ended))

    # -- the conversations ------------------------------------------------------------------

    def new_chat(self) -> None:
        if self.reply is not None:
            self.statusBar().showMessage("Stop the reply first (Esc).", 4000)
            return
        self.chat = None
        self._cut_reply = None
        self._cancel_edit()
        self.memory_label.setText("")
        self.chat_view.clear_messages()
        self.chat_list.select(None)
        self._update_controls()
        self.show_page(CHAT_PAGE)

    def open_chat(self, conversation_id: int, message_id: int | None = None) -> None:
        """Show a saved chat (at the branch holding ``message_id``, for a search hit)."""
        if self.reply is not None:
            self.statusBar().showMessage("Stop the reply first (Esc).", 4000)
            return
        try:
            self.chat = SavedChat(self.store, self.store.conversation(conversation_id).id, self.engine)
            if message_id is not None:
                self.chat.show_version(message_id)
        except ShortChatError as error:
            self._notice(str(error))
            return
        self.shown_messages = SHOWN_MESSAGES
        if message_id is not None:  # a search hit further back than the last messages: show down to it
            ids = [m.id for m in self.chat.messages()]
            if message_id in ids:
                self.shown_messages = max(SHOWN_MESSAGES, len(ids) - ids.index(message_id))
        self._cancel_edit()
        self.memory_label.setText("")  # known again after the next reply
        self._show_chat()
        self.chat_list.select(conversation_id)
        self.show_page(CHAT_PAGE)
        if message_id is not None:
            self.chat_view.show_message(message_id)

    def _show_chat(self) -> None:
        """Render the branch shown of the current chat: its last ``shown_messages`` messages."""
        self.chat_view.clear_messages()
        if self.chat is None:
            return
        messages = self.chat.messages(self.shown_messages)
        versions = self.store.versions(messages)  # one query for all, not one per message
        for message in messages:
            self.chat_view.add_message(*self._shown(message, versions[message.id]))
        self.chat_view.show_earlier_link(bool(messages) and messages[0].parent_id is not None)
        last = messages[-1] if messages else None
        self._cut_reply = last.id if last is not None and last.role == ASSISTANT and last.state == CUT else None
        self._show_store_problems()
        self.chat_view.open_at_end()  # a chat always opens at its newest message
        self._update_controls()

    def _shown(self, message, version: tuple[int, int]) -> tuple:
        """What the chat view needs of a saved message: role, text, author, note, id, version."""
        if message.role == USER:
            author, note = "You", ""
        else:
            author = self.display_name(Path(message.model)) if message.model else "Assistant"
            note = note_of(message)
        return message.role, message.text, author, note, message.id, version

    def _show_earlier(self) -> None:
        """The messages before the first one shown, put above it: only they are read and rendered."""
        first = next((m for m in self.chat_view.messages if m.message_id is not None), None)
        if self.chat is None or first is None:
            return
        earlier = self.store.earlier(first.message_id, SHOWN_MESSAGES)
        versions = self.store.versions(earlier)
        self.chat_view.prepend_messages([self._shown(message, versions[message.id]) for message in earlier])
        self.shown_messages += len(earlier)
        self.chat_view.show_earlier_link(bool(earlier) and earlier[0].parent_id is not None)

    def _chat_link(self, link: str) -> None:
        if self.reply is not None:
            self.statusBar().showMessage("Wait for the reply to end, or stop it (Esc).", 4000)
            return
        kind, _, rest = link.partition(":")
        if kind == "earlier":
            self._show_earlier()
            self.chat_view.verticalScrollBar().setValue(0)
        elif kind == "edit":
            message = next((m for m in self.chat_view.messages if m.message_id == int(rest)), None)
            if message is not None:
                self.editing = message.message_id
                self.edit_banner.show()
                self.chat_view.show_message(message.message_id)  # the question being edited, marked
                self.input.setPlainText(message.text)
                self.input.setFocus()
                self._update_controls()
        elif kind == "version" and self.chat is not None:
            message_id, step = (int(x) for x in rest.split(":"))
            versions = self.store.siblings(message_id)
            index = versions.index(message_id) + step
            if 0 <= index < len(versions):
                self.chat.show_version(versions[index])
                self._show_chat()

    def _cancel_edit(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.edit_banner.hide()
            self.chat_view.clear_mark()
            self.input.clear()
            self._update_controls()

    def _chat_deleted(self, conversation_id: int) -> None:
        if self.chat is not None and self.chat.id == conversation_id:
            self.new_chat()
        undo = QPushButton("Undo")
        undo.setObjectName("undo-delete")

        def restore() -> None:
            self.store.undelete(conversation_id)
            self.chat_list.refresh()
            self.statusBar().clearMessage()
            undo.deleteLater()

        undo.clicked.connect(restore)
        self.statusBar().addWidget(undo)
        self.statusBar().showMessage("Chat deleted ·", UNDO_MS)  # then the Undo button
        QTimer.singleShot(UNDO_MS, undo.deleteLater)

    def _reopen_last_chat(self) -> None:
        last = self.settings.last_conversation
        if last is not None and any(c.id == last for c in self.store.conversations()):
            self.open_chat(last)

    def _export_chat(self) -> None:
        if self.chat is None:
            self.statusBar().showMessage("There is no chat to export yet.", 4000)
            return
        conversation = self.chat.conversation
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the chat", str(Path.home() / f"{file_name(conversation.title)}.md"), "Markdown (*.md)"
        )
        if not name:
            return
        try:
            text = export_markdown(conversation, self.store.branch(self.chat.id), display_name)
            Path(name).write_text(text, encoding="utf-8")
        except OSError as error:
            self._notice(f"The chat could not be saved there: {error.strerror or error}.")
            return
        self.statusBar().showMessage(f"Saved {name}", 4000)

    def _copy_chat(self) -> None:
        if self.chat is not None:
            text = export_markdown(self.chat.conversation, self.store.branch(self.chat.id), display_name)
            self.chat_view._copy(text, "The whole chat was copied")

    def _open_settings(self) -> None:
        has_gpu = None if self.hardware is None else bool(self.hardware.gpus) and self.hardware.gpu_offload_supported
        dialog = SettingsDialog(self.settings, self, has_gpu=has_gpu, engine=self.engine)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            old, self.settings = self.settings, dialog.result_settings()
            self._save_settings()
            self._set_appearance()  # keeps View → Theme's check mark in step with the dialog's choice
            if old.models_folder != self.settings.models_folder:
                self.library = Library()
                self.downloads.downloader = Downloader(self.library.models_dir)
                self.refresh_installed()
            if self.engine.model is not None and old.load_settings() != self.settings.load_settings():
                self.statusBar().showMessage("The model will use the new settings the next time it loads.", 6000)

    def _edit_instructions(self) -> None:
        if self.chat is None:
            self.chat = SavedChat.new(self.store, self.engine)
            self.chat_list.refresh()
            self.chat_list.select(self.chat.id)
        own = self.chat.conversation.system_prompt
        dialog = InstructionsDialog(own, self.settings.system_prompt, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.store.set_system_prompt(self.chat.id, dialog.chosen())

    def _show_store_problems(self) -> None:
        """What the store had to set aside since last time, said in the chat."""
        for note in self.store.problems.notes[self._problems_shown :]:
            self._notice(note)
        self._problems_shown = len(self.store.problems.notes)

    def _notice(self, text: str) -> None:
        self.chat_view.add_message(NOTICE, text, "ShortChat")
        self.show_page(CHAT_PAGE)

    def _copy_last_reply(self) -> None:
        last = next((m for m in reversed(self.chat_view.messages) if m.role == ASSISTANT), None)
        if last is not None:
            self.chat_view._copy(last.text, "Reply copied")

    def _ask_example(self, text: str) -> None:
        self.input.setPlainText(text)
        self.send(text)

    def _update_controls(self) -> None:
        writing = self.reply is not None
        self.icons.give(self.send_button, "stop" if writing else "send")
        self.examples.setVisible(not writing and not any(m.role != NOTICE for m in self.chat_view.messages))
        self.send_button.setText("Stop" if writing else "Send")
        self.send_button.setToolTip("Stop the reply (Esc)" if writing else "Send the message (Enter)")
        can_regenerate = not writing and not self.loading and self.editing is None and self._can_regenerate()
        self.regenerate_button.setEnabled(can_regenerate)
        self.regenerate_action.setEnabled(can_regenerate)
        can_continue = not writing and not self.loading and self._cut_reply is not None and self.editing is None
        self.continue_bar.setVisible(can_continue)
        self.continue_action.setEnabled(can_continue)
        self.stop_action.setEnabled(writing or self.editing is not None)

    # -- models on disk ----------------------------------------------------------------------

    def _add_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Add a model file", str(Path.home()), "GGUF models (*.gguf)")
        if not name:
            return
        try:
            model = self.library.add(name, copy=False)
        except ShortChatError as error:
            QMessageBox.warning(self, "This file cannot be used", str(error))
            return
        self.refresh_installed()
        self.request_load(model.path)

    def _delete_model(self, model: InstalledModel) -> None:
        if self.model_path is not None and model.path == self.model_path and (self.loading or self.reply):
            self.statusBar().showMessage("That model is in use; wait for the reply to end.", 4000)
            return
        answer = QMessageBox.question(
            self, "Delete the model?", f"Delete {model.name} ({format_size(model.size)}) from this computer?"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if model.path == self.model_path:
            self.engine.unload()
            self.model_path = None
            self.picker.set_in_use(None)
            self.model_label.setText("No model loaded")
        try:
            self.library.delete(model.name)
        except ShortChatError as error:
            self._notice(str(error))
        self.refresh_installed()

    def _open_models_folder(self) -> None:
        self.library.models_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.library.models_dir)))

    # -- closing -------------------------------------------------------------------------------

    def closing_question(self) -> str | None:
        """What closing now would interrupt, as a question for the person; None when nothing would."""
        doing = []
        if self.reply is not None:
            doing.append("a reply is still being written (what it has written so far is kept)")
        if self.downloads.active:
            doing.append("a download is running (it goes on from where it stopped the next time ShortChat starts)")
        if not doing:
            return None
        said = "; ".join(doing)
        return f"Close ShortChat? {said[0].upper()}{said[1:]}."

    def request_close(self) -> None:
        """Quit (Ctrl+Q) or the window's close button: ask first when something would be interrupted."""
        self._close_confirmed = False
        question = self.closing_question()
        if question is not None:
            answer = QMessageBox.question(
                self, "Close ShortChat?", question,
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Close:
                return
        self._close_confirmed = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        """Stop everything: downloads keep what they have, the reply keeps what it wrote.

        Each step runs whatever failed before it: a settings file that cannot be written
        must not leave a download or llama.cpp running after the window is gone."""
        if event.spontaneous() and not getattr(self, "_close_confirmed", False) and self.closing_question():
            event.ignore()  # the window manager's close button: ask first
            QTimer.singleShot(0, self.request_close)
            return
        self._closing = True
        for step in (
            self.downloads.stop_all,
            self.stop,
            self._stop_sharing,  # other apps' replies end too
            self.engine.close,  # ends llama.cpp at once, even mid-load
            self._wait_for_tasks,
            self._save_geometry,
            self.store.close,
        ):
            try:
                step()
            except Exception:
                log.exception("while closing: %s", getattr(step, "__name__", step))
        event.accept()

    def _stop_sharing(self) -> None:
        from app.gui.api_sharing import sharing_for

        sharing_for(self.engine).stop()

    def _wait_for_tasks(self) -> None:
        if not self.tasks.wait(CLOSE_WAIT_S):
            log.warning("background work still running at close")
        self.tasks.close()  # what still comes back (a slow hub, say) finds no window to update
