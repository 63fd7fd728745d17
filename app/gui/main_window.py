"""The main window: the model picker, the chat, the downloads, and the status bar.

Every slow thing (probing the hardware, asking the hub, downloading, loading a
model, writing a reply) runs through ``Tasks`` on a pool thread; this class only
starts work and shows results. The conversation lives in a core ``ChatSession``
that outlives model switches.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core import paths
from app.core.catalog import DEFAULT_FAMILY, Catalog, CatalogEntry
from app.core.chat_session import ChatSession
from app.core.download import Downloader
from app.core.engine import Engine, ReplyStream
from app.core.errors import ShortChatError
from app.core.fit import TOO_BIG, FitRow, Footprint, assess, assess_file
from app.core.generation import LoadSettings, ReplyStats
from app.core.gguf_header import read_header
from app.core.hardware import Hardware, probe
from app.core.library import InstalledModel, Library
from app.core.markdown_render import warm_up
from app.core.sizes import format_size
from app.gui.chat_view import ASSISTANT, NOTICE, USER, ChatView
from app.gui.downloads_panel import DownloadsPanel
from app.gui.message_input import MessageInput
from app.gui.model_picker import ModelPicker
from app.gui.tasks import Tasks

log = logging.getLogger(__name__)
CLOSE_WAIT_S = 1.5  # background work gets this long to stop when the window closes
PICKER_PAGE, CHAT_PAGE = 0, 1
BATCH_S = 0.015  # reply text reaches the GUI thread at most about 60 times a second


@dataclass
class _Reply:
    """The reply being written: its stream once the engine has started it."""

    stream: ReplyStream | None = None
    stop_requested: bool = False
    first_piece_at: float | None = None


def settings_store() -> QSettings:
    """Window settings in ShortChat's own config folder (never the platform registry)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine | None = None, library: Library | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.tasks = Tasks(self)
        self.session = ChatSession(engine=engine or Engine())
        self.library = library or Library()
        self.catalog = Catalog()
        self.hardware: Hardware | None = None
        self.rows: list[FitRow] = []
        self.model_path: Path | None = None  # chosen model (loaded, loading, or to load again)
        self.loading = False
        self.reply: _Reply | None = None
        self._pending_text: str | None = None  # sent while the model was loading
        self._pending_load: Path | None = None  # chosen while a reply was being written
        self._closing = False
        self.engine_threads: int | None = None  # None: llama.cpp's default, one per core

        self._build_widgets()
        self._build_actions()
        self._restore_geometry()
        self._update_controls()
        self.refresh_installed()
        self.downloads.restore_unfinished()
        self._survey()

    # -- construction ----------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.picker = ModelPicker()
        self.picker.download_requested.connect(self.download)
        self.picker.use_requested.connect(self.request_load)
        self.picker.delete_requested.connect(self._delete_model)
        self.picker.add_file_requested.connect(self._add_file)
        self.picker.back_requested.connect(lambda: self.show_page(CHAT_PAGE))

        self.chat_view = ChatView()
        self.chat_view.setPlaceholderText("Ask anything. Everything stays on this computer.")
        self.chat_view.copied.connect(lambda what: self.statusBar().showMessage(what, 2000))
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
        chat_layout.addLayout(composer)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        self.pages.addWidget(chat_page)
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
        self.load_bar = QProgressBar()
        self.load_bar.setRange(0, 0)  # llama.cpp does not say how far it is: a busy bar
        self.load_bar.setMaximumWidth(140)
        self.load_bar.setAccessibleName("Loading the model")
        self.load_bar.hide()
        bar = self.statusBar()
        bar.addPermanentWidget(self.load_bar)
        bar.addPermanentWidget(self.speed_label)
        bar.addPermanentWidget(self.model_label)
        self.resize(980, 760)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.choose_action = self._action(file_menu, "&Choose a model…", "Ctrl+M", lambda: self.show_page(PICKER_PAGE))
        self._action(file_menu, "&Add a model file…", None, self._add_file)
        self._action(file_menu, "Open the models &folder", None, self._open_models_folder)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        chat_menu = self.menuBar().addMenu("&Chat")
        self._action(chat_menu, "&New chat", QKeySequence.StandardKey.New, self.new_chat)
        self.stop_action = self._action(chat_menu, "&Stop the reply", "Esc", self.stop)
        self.regenerate_action = self._action(chat_menu, "&Regenerate", "Ctrl+R", self.regenerate)
        self._action(chat_menu, "&Copy the last reply", "Ctrl+Shift+C", self._copy_last_reply)
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

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _restore_geometry(self) -> None:
        settings = settings_store()
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _save_geometry(self) -> None:
        settings = settings_store()
        settings.setValue("geometry", self.saveGeometry())
        if self.model_path is not None:
            settings.setValue("last_model", str(self.model_path))
        settings.sync()

    # -- pages -----------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        # "Back to the chat" only when there is one: a model chosen, or messages.
        self.picker.back_button.setVisible(self.model_path is not None or bool(self.chat_view.messages))
        self.pages.setCurrentIndex(page)
        if page == CHAT_PAGE:
            self.input.setFocus()

    # -- hardware, catalog, library ----------------------------------------------------

    def _survey(self) -> None:
        """Look at the computer, show what the last visit to the hub knew, then ask the hub again."""
        self.picker.set_hub_status("Checking the model hub for the latest files…")

        def surveyed(hardware: Hardware) -> None:
            self.hardware = hardware
            self._show_rows()
            self.tasks.run(
                self.catalog.refresh, DEFAULT_FAMILY, done=lambda _: self._hub_answered(), failed=self._hub_failed
            )

        def offline_survey() -> Hardware:
            hardware = probe()
            self.catalog.load_offline()
            warm_up()  # the first code block of the first reply then shows at once
            return hardware

        self.tasks.run(offline_survey, done=surveyed, failed=self._hub_failed)

    def _hub_answered(self) -> None:
        if self.catalog.offline:
            self.picker.set_hub_status(
                "You are offline: the model hub could not be reached. Showing what ShortChat saw last time; "
                "the models you have still work."
            )
        else:
            self.picker.set_hub_status("")
        self._show_rows()

    def _hub_failed(self, message: str) -> None:
        self.picker.set_hub_status(message)

    def _show_rows(self) -> None:
        if self.hardware is None:
            return
        self.rows = assess(self.catalog.entries(), self.hardware)
        self.picker.set_rows(self.rows, self.hardware)

    def refresh_installed(self) -> None:
        installed = self.library.list()
        self.picker.set_installed(installed)
        if self.model_path is None and not self.loading:
            last = settings_store().value("last_model")
            chosen = next((m for m in installed if str(m.path) == last), None)
            if chosen is not None:
                self.show_page(CHAT_PAGE)
                self.request_load(chosen.path)
            elif installed:
                self.show_page(CHAT_PAGE)
                self.statusBar().showMessage("Choose a model to start: Models, or Ctrl+M.")
            else:
                self.show_page(PICKER_PAGE)

    # -- downloads ---------------------------------------------------------------------

    def download(self, entry: CatalogEntry) -> None:
        self.downloads.add(entry.repo, entry.file, entry.file_bytes)
        self.downloads_dock.show()
        self.statusBar().showMessage(f"Downloading {entry.file}. You can keep chatting meanwhile.", 4000)

    def _downloads_changed(self) -> None:
        self.downloads_dock.setVisible(bool(self.downloads.jobs))

    def _model_downloaded(self, path: Path) -> None:
        self.refresh_installed()
        if not self.loading and self.session.engine.model is None and self.reply is None:
            self.show_page(CHAT_PAGE)
            self.request_load(path)

    # -- loading -----------------------------------------------------------------------

    def display_name(self, path: Path) -> str:
        """'Vicuna 1.5b · Q4_K_M' for a catalog download, else the file's name."""
        entry = next((r.entry for r in self.rows if r.entry.file == Path(path).name), None)
        if entry is None:
            return Path(path).stem
        return f"Vicuna {entry.model.key} · {entry.quant}"

    def request_load(self, path: Path) -> None:
        """Load ``path``, first asking if the estimate says it is too big for this computer."""
        path = Path(path)
        try:
            header = read_header(path)
        except ShortChatError as error:
            self._notice(str(error))
            return
        footprint = None
        if self.hardware is not None:
            footprint, verdict = assess_file(header, self.hardware)
            if verdict.code == TOO_BIG:
                self._ask_too_big(path, footprint)
                return
        self.load(path, footprint)

    def _ask_too_big(self, path: Path, footprint: Footprint) -> None:
        hardware = self.hardware
        best = next((r for r in self.rows if r.recommended), None)
        box = QMessageBox(self)
        box.setObjectName("too-big")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("This model is too big")
        box.setText(
            f"{path.name} needs about {format_size(footprint.working_set)} of memory, but this computer has "
            f"{format_size(hardware.ram_total)} in all and {format_size(hardware.ram_available)} free."
        )
        box.setInformativeText(
            "Loading it could make the whole computer very slow until ShortChat is closed."
            + (f" The best one that fits is {best.entry.model.key} {best.entry.quant}." if best else "")
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        use_best = None
        if best is not None:
            use_best = box.addButton(
                f"Use {best.entry.model.key} {best.entry.quant}", QMessageBox.ButtonRole.AcceptRole
            )
        anyway = box.addButton("Load it anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(use_best or box.button(QMessageBox.StandardButton.Cancel))

        def answered(button) -> None:
            if button is anyway:
                self.load(path, footprint)
            elif use_best is not None and button is use_best:
                installed = next((m for m in self.library.list() if m.name == best.entry.file), None)
                if installed is not None:
                    self.load(installed.path)
                else:
                    self.download(best.entry)
            box.deleteLater()

        box.buttonClicked.connect(answered)
        box.open()

    def load(self, path: Path, footprint: Footprint | None = None) -> None:
        if self.reply is not None:  # switch after the reply in progress stops
            self._pending_load = Path(path)
            self.stop()
            return
        if self.loading:
            self._pending_load = Path(path)
            return
        self.model_path = Path(path)
        self.loading = True
        self.model_label.setText(f"Loading {self.display_name(self.model_path)}…")
        self.load_bar.show()
        self.speed_label.setText("")
        self._update_controls()
        self.show_page(CHAT_PAGE)
        settings = LoadSettings(n_threads=self.engine_threads, n_gpu_layers=footprint.gpu_layers if footprint else 0)
        self.tasks.run(self.session.load, self.model_path, settings, done=self._loaded, failed=self._load_failed)

    def _loaded(self, info) -> None:
        self.loading = False
        self.load_bar.hide()
        self.model_label.setText(self.display_name(info.path))
        self.model_label.setToolTip(f"{info.path}\nLoaded in {info.load_seconds:.1f} s, {info.n_ctx} tokens of context")
        self.statusBar().showMessage(f"Ready: {self.display_name(info.path)}", 3000)
        self._update_controls()
        if self._run_pending_load():
            return
        if self._pending_text is not None:
            text, self._pending_text = self._pending_text, None
            self._start_reply(text)

    def _load_failed(self, message: str) -> None:
        self.loading = False
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
        if not text or self.reply is not None or self._pending_text is not None:
            return
        if self.session.engine.model is None and not self.loading:
            if self.model_path is None:
                self.statusBar().showMessage("Choose a model first.", 4000)
                self.show_page(PICKER_PAGE)
                return
            self.load(self.model_path)  # it stopped (a crash): load it again, then answer
        self.input.clear()
        self.chat_view.add_message(USER, text, "You")
        if self.loading:
            self._pending_text = text
            self.statusBar().showMessage("The reply will start as soon as the model is loaded.", 4000)
            self._update_controls()
            return
        self._start_reply(text)

    def regenerate(self) -> None:
        if self.reply is not None or self.loading or not self.session.history:
            return
        if self.chat_view.messages and self.chat_view.messages[-1].role == ASSISTANT:
            self.chat_view.remove_last()
        self._start_reply(None)

    def stop(self) -> None:
        reply = self.reply
        if reply is None:
            return
        reply.stop_requested = True
        if reply.stream is not None:
            reply.stream.cancel()
        else:
            self.session.engine.cancel()  # still reading the prompt

    def _start_reply(self, text: str | None) -> None:
        reply = self.reply = _Reply()
        model = self.session.engine.model
        self.chat_view.begin_reply(self.display_name(model.path) if model else "Assistant")
        self._update_controls()
        self.tasks.stream(
            _write_reply,
            self.session,
            text,
            reply,
            piece=self._piece,
            done=self._reply_done,
            failed=self._reply_failed,
            cancelled=lambda: self._reply_done(None),
        )

    def _piece(self, piece: str) -> None:
        if self.reply is not None and self.reply.first_piece_at is None:
            self.reply.first_piece_at = time.monotonic()
        self.chat_view.append(piece)

    def _reply_done(self, stats: ReplyStats | None) -> None:
        reply, self.reply = self.reply, None
        note = ""
        if stats is not None:
            self.speed_label.setText(f"{stats.decode_tokens_per_s:.1f} tokens/s")
            note = f"{stats.reply_tokens} tokens · {stats.decode_tokens_per_s:.1f} tokens/s"
            if stats.stop_reason == "length":
                note += " · stopped at the length limit"
        if (stats is None or stats.cancelled) and reply is not None and reply.stop_requested:
            note = "stopped" + (f" · {note}" if note else "")
        self.chat_view.end_reply(note)
        self._update_controls()
        self._after_reply()

    def _reply_failed(self, message: str) -> None:
        self.reply = None
        self.chat_view.end_reply("not finished")
        self._notice(message)
        if self.session.engine.model is None:
            self.model_label.setText("The model stopped · it loads again when you send")
            self.speed_label.setText("")
        self._update_controls()
        self._after_reply()

    def _after_reply(self) -> None:
        if self._closing:
            return
        self._run_pending_load()

    def new_chat(self) -> None:
        if self.reply is not None:
            self.stop()
            QTimer.singleShot(100, self.new_chat)
            return
        self.session.history.clear()
        self.chat_view.clear_messages()
        self._update_controls()
        self.input.setFocus()

    def _notice(self, text: str) -> None:
        self.chat_view.add_message(NOTICE, text, "ShortChat")
        self.show_page(CHAT_PAGE)

    def _copy_last_reply(self) -> None:
        last = next((m for m in reversed(self.chat_view.messages) if m.role == ASSISTANT), None)
        if last is not None:
            self.chat_view._copy(last.text, "Reply copied")

    def _update_controls(self) -> None:
        writing = self.reply is not None
        self.send_button.setText("Stop" if writing else "Send")
        self.send_button.setToolTip("Stop the reply (Esc)" if writing else "Send the message (Enter)")
        can_regenerate = not writing and not self.loading and bool(self.session.history)
        self.regenerate_button.setEnabled(can_regenerate)
        self.regenerate_action.setEnabled(can_regenerate)
        self.stop_action.setEnabled(writing)

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
            self.session.engine.unload()
            self.model_path = None
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

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        """Stop everything: downloads keep what they have, the reply keeps what it wrote."""
        self._closing = True
        self._save_geometry()
        self.downloads.stop_all()
        self.stop()
        self.session.engine.close()  # ends llama.cpp at once, even mid-load
        if not self.tasks.wait(CLOSE_WAIT_S):
            log.warning("background work still running at close")
        event.accept()


def _write_reply(session: ChatSession, text: str | None, reply: _Reply):
    """On a pool thread: start the reply (or write the last one again) and yield its text.

    Pieces that arrive within ``BATCH_S`` of the last hand-over travel together, so a
    fast engine sends the window a few dozen updates a second, not a thousand.
    """
    stream = session.regenerate() if text is None else session.ask(text)
    reply.stream = stream
    if reply.stop_requested:  # Stop was pressed while the prompt was being read
        stream.cancel()
    waiting: list[str] = []
    handed_over = 0.0
    try:
        for piece in stream:
            waiting.append(piece)
            now = time.monotonic()
            if now - handed_over >= BATCH_S:
                yield "".join(waiting)
                waiting.clear()
                handed_over = now
        if waiting:
            yield "".join(waiting)
    finally:
        session.record(stream)
    return stream.stats
