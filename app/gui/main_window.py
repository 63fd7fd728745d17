"""The main window: the model picker, the chat, the downloads, and the status bar.

It only shows and forwards: the ``ModelSession`` loads and measures the model, the ``Conversation``
writes replies into the chat shown, ``ModelChoice`` finds and lists models. Every slow thing runs
through ``Tasks`` on a pool thread.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
)

from app import APP_NAME
from app.core import settings as user_settings
from app.core.chat.saved_chat import SavedChat
from app.core.chat.store import open_store
from app.core.engine.engine import Engine
from app.core.errors import ShortChatError
from app.core.models.catalog import CatalogEntry
from app.core.models.download import Downloader
from app.core.models.library import InstalledModel, Library
from app.gui import message_boxes, model_files
from app.gui import theme as appearance
from app.gui.about_dialog import AboutDialog
from app.gui.chat_list import ChatList
from app.gui.chat_page import ChatPage
from app.gui.chat_view import NOTICE
from app.gui.conversation import Conversation
from app.gui.downloads_panel import DownloadsPanel
from app.gui.icons import Iconed
from app.gui.model_choice import ModelChoice
from app.gui.model_picker import ModelPicker
from app.gui.model_session import ModelSession, SessionState
from app.gui.remote_choice import RemoteModelChoice
from app.gui.settings_dialog import SettingsDialog
from app.gui.status_line import StatusLine
from app.gui.tasks import Tasks
from app.gui.window_geometry import fitted_size, restore_geometry, save_geometry
from app.gui.window_menus import CHAT_PAGE, PICKER_PAGE, build_menus, size_icons

__all__ = ["CHAT_PAGE", "PICKER_PAGE", "MainWindow", "fitted_size"]

log = logging.getLogger(__name__)
CLOSE_WAIT_S = 1.5  # background work gets this long to stop when the window closes


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
        self.library = library or Library()
        self.compare_dialog = None  # the Compare dialog while it is open (imported when first asked for)
        self._closing = False
        self.session = ModelSession(self.engine, lambda: self.library, lambda: self.settings, self.tasks, self)
        self._build_widgets()
        self.conversation = Conversation(
            self.store, self.session, lambda: self.settings, self.tasks, self.chat_view, self.input, self
        )
        self.models = ModelChoice(
            self.session, self.picker, self.downloads, self.tasks, lambda: self.library, lambda: self.settings, self
        )
        self.remote_models = RemoteModelChoice(  # models on other computers, in the picker
            self.session, self.picker, self.tasks, lambda: self.settings, self._change_settings,
            self.models.refresh_installed, parent=self,
        )  # fmt: skip
        self._connect()
        build_menus(self)
        restore_geometry(self)
        self._update_controls()
        self.chat_list.refresh()
        self._reopen_last_chat()
        self.remote_models.reconnect_last()  # a model on another computer used last time: no local one loads
        self.models.refresh_installed()
        self.remote_models.ask_servers()
        self.downloads.restore_unfinished()
        for note in setting_notes:
            self._notice(note)
        self.conversation.show_store_problems()
        self.models.survey()

    @property
    def chat(self) -> SavedChat | None:
        return self.conversation.chat

    # -- construction ----------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.picker = ModelPicker()
        page = ChatPage()
        self.chat_view, self.input, self.examples = page.view, page.input, page.examples
        self.send_button, self.regenerate_button = page.send_button, page.regenerate_button
        self.edit_banner, self.cancel_edit_button = page.edit_banner, page.cancel_edit_button
        self.continue_bar, self.continue_button = page.continue_bar, page.continue_button
        self.chat_list = ChatList(self.store)
        chat_area = QSplitter(Qt.Orientation.Horizontal)
        chat_area.setObjectName("chat-area")
        chat_area.addWidget(self.chat_list)
        chat_area.addWidget(page)
        chat_area.setStretchFactor(1, 1)
        chat_area.setSizes([230, 750])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.picker)
        self.pages.addWidget(chat_area)
        self.setCentralWidget(self.pages)

        self.downloads = DownloadsPanel(self.tasks, Downloader(self.library.models_dir))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.downloads)
        scroll.setMinimumHeight(130)  # one download row in full: name, bar, speed and time left
        self.downloads_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Downloads"), self)
        self.downloads_dock.setObjectName("downloads")
        self.downloads_dock.setWidget(scroll)
        self.downloads_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.downloads_dock)
        self.downloads_dock.hide()

        self.status_line = StatusLine(self.statusBar())
        line = self.status_line
        self.model_label, self.speed_label, self.memory_label = line.model_label, line.speed_label, line.memory_label
        self.load_bar = line.load_bar
        self.resize(fitted_size(self.screen().availableGeometry().size()))

    def _connect(self) -> None:
        """Intent from the widgets to who decides; what they decided back to the widgets."""
        status = self.statusBar().showMessage
        picker, talk, session, models = self.picker, self.conversation, self.session, self.models
        picker.download_requested.connect(models.download)
        picker.use_requested.connect(session.request_load)
        picker.delete_requested.connect(self._delete_model)
        picker.add_file_requested.connect(self.add_file)
        picker.compare_requested.connect(self.open_compare)
        picker.back_requested.connect(lambda: self.show_page(CHAT_PAGE))
        picker.hub_retry_requested.connect(models.ask_hub)
        self.chat_view.copied.connect(lambda what: status(what, 2000))
        self.chat_view.edit_requested.connect(talk.edit)
        self.chat_view.version_requested.connect(talk.show_version)
        self.chat_view.earlier_requested.connect(talk.show_earlier)
        self.input.submitted.connect(talk.send)
        self.send_button.clicked.connect(self._send_or_stop)
        self.regenerate_button.clicked.connect(talk.regenerate)
        self.cancel_edit_button.clicked.connect(talk.cancel_edit)
        self.continue_button.clicked.connect(talk.continue_reply)
        self.examples.chosen.connect(self._ask_example)
        self.chat_list.open_requested.connect(talk.open_chat)
        self.chat_list.new_requested.connect(talk.new_chat)
        self.chat_list.deleted.connect(self._chat_deleted)
        self.downloads.model_ready.connect(models.downloaded)
        self.downloads.changed.connect(self._downloads_changed)

        self.status_line.follow(session, talk)
        session.state_changed.connect(self._session_state)
        session.in_use.connect(picker.set_in_use)
        session.too_big.connect(self._ask_too_big)
        session.measured.connect(lambda: (models.show_rows(), models.show_installed(picker.installed)))
        for source in (session, talk, models):
            source.notice.connect(self._notice)
            source.status_message.connect(status)
        talk.changed.connect(self._update_controls)
        talk.chat_changed.connect(self._chat_changed)
        talk.chats_changed.connect(self.chat_list.refresh)
        talk.choose_model.connect(self._choose_model_first)
        talk.shown.connect(lambda: self.show_page(CHAT_PAGE))
        models.show_chat.connect(lambda: self.show_page(CHAT_PAGE))
        models.show_picker.connect(lambda: self.show_page(PICKER_PAGE))
        models.last_model_gone.connect(lambda: self._change_settings(last_model=None))
        models.licence_needed.connect(self._ask_model_licence)

    # -- appearance and size -----------------------------------------------------------

    def set_appearance(self, theme: str | None = None, text_step: int | None = None) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0 (text_step +1, -1, 0) and View → Theme: shown at once and remembered."""
        size = self.settings.text_size
        if text_step is not None:
            size = appearance.clamp_text_size(size + text_step * appearance.TEXT_SIZE_STEP) if text_step else 100
        self.settings = replace(self.settings, theme=theme or self.settings.theme, text_size=size)
        appearance.apply(self.settings.theme, self.settings.text_size)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == self.settings.theme)
        if text_step is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Text size {size} %").format(size=size), 2000
            )
        self._save_settings()

    def _save_settings(self) -> None:
        try:
            user_settings.save(self.settings)
        except ShortChatError as error:
            self._notice(str(error))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "icons"):
            self.icons.refresh()  # icons in the new theme's text colour
        if event.type() == event.Type.FontChange and hasattr(self, "toolbar"):
            size_icons(self)

    def come_forward(self) -> None:
        """A second start of ShortChat: show this window instead of opening another."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_page(self, page: int) -> None:
        # "Back to the chat" only when there is one: a model chosen, or messages.
        chosen = self.session.model_path is not None or self.session.remote is not None
        self.picker.back_button.setVisible(chosen or bool(self.chat_view.messages))
        if page == PICKER_PAGE and self.pages.currentIndex() != PICKER_PAGE:
            self.models.show_rows(now=True)  # what fits now, not at start
        self.pages.setCurrentIndex(page)
        if page == CHAT_PAGE:
            self.input.setFocus()

    # -- what the model session and the conversation tell ------------------------------------

    def _session_state(self, state: str) -> None:
        if state == SessionState.LOADING:
            self.show_page(CHAT_PAGE)
        self._update_controls()

    def _choose_model_first(self) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Choose a model first."), 4000)
        self.show_page(PICKER_PAGE)

    def _chat_changed(self, conversation_id: int | None) -> None:
        """The chat shown, remembered as soon as it changes: a crash or a kill reopens it too."""
        self.chat_list.select(conversation_id)
        if conversation_id != self.settings.last_conversation:
            self._change_settings(last_conversation=conversation_id)

    def _change_settings(self, **changes) -> None:
        self.settings = replace(self.settings, **changes)
        self._save_settings()

    def _notice(self, text: str) -> None:
        self.conversation.say(text)
        self.show_page(CHAT_PAGE)

    def _update_controls(self) -> None:
        talk = self.conversation
        writing, busy, editing = talk.reply is not None, self.session.busy, talk.editing is not None
        self.icons.give(self.send_button, "stop" if writing else "send")
        self.examples.setVisible(not writing and not any(m.role != NOTICE for m in self.chat_view.messages))
        self.send_button.setText(
            QCoreApplication.translate("ChatPage", "Stop")
            if writing
            else QCoreApplication.translate("ChatPage", "Send")
        )
        self.send_button.setToolTip(
            QCoreApplication.translate("ChatPage", "Stop the reply (Esc)")
            if writing
            else QCoreApplication.translate("ChatPage", "Send the message (Enter)")
        )
        can_regenerate = not writing and not busy and not editing and talk.can_regenerate()
        self.regenerate_button.setEnabled(can_regenerate)
        self.regenerate_action.setEnabled(can_regenerate)
        can_continue = not writing and not busy and talk.cut_reply is not None and not editing
        self.continue_bar.setVisible(can_continue)
        self.continue_action.setEnabled(can_continue)
        self.stop_action.setEnabled(writing or editing)
        self.edit_banner.setVisible(editing)

    # -- what the person asks for --------------------------------------------------------------

    def _send_or_stop(self) -> None:
        if self.conversation.reply is not None:
            self.conversation.stop()
        else:
            self.conversation.send(self.input.toPlainText().strip())

    def _ask_example(self, text: str) -> None:
        self.input.setPlainText(text)
        self.conversation.send(text)

    def _reopen_last_chat(self) -> None:
        last = self.settings.last_conversation
        if last is not None and any(c.id == last for c in self.store.conversations()):
            self.conversation.open_chat(last)

    def _chat_deleted(self, conversation_id: int) -> None:
        self.conversation.chat_deleted(conversation_id)

        def restore() -> None:
            self.store.undelete(conversation_id)
            self.chat_list.refresh()

        self.status_line.offer_undo(
            self.statusBar(), QCoreApplication.translate("MainWindow", "Chat deleted ·"), restore
        )

    def open_settings(self) -> None:
        hardware = self.session.hardware
        has_gpu = None if hardware is None else bool(hardware.gpus) and hardware.gpu_offload_supported
        dialog = SettingsDialog(self.settings, self, has_gpu=has_gpu, engine=self.engine)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.remote_models.ask_servers()  # servers added or removed there
        if accepted:
            old, self.settings = self.settings, dialog.result_settings()
            self._save_settings()
            self.set_appearance()  # keeps View → Theme's check mark in step with the dialog's choice
            if old.models_folder != self.settings.models_folder:
                self.library = Library()
                self.downloads.downloader = Downloader(self.library.models_dir)
                self.models.refresh_installed()
            if self.engine.model is not None and old.load_settings() != self.settings.load_settings():
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "The model will use the new settings the next time it loads."
                    ),
                    6000,
                )

    def about(self) -> None:
        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    # -- models ---------------------------------------------------------------------------------

    def _ask_model_licence(self, entry: CatalogEntry) -> None:
        def agreed() -> None:
            self.settings = replace(self.settings, model_licence_accepted=True)
            try:
                user_settings.save(self.settings)
            except ShortChatError as error:
                log.warning("%s", error)  # asked again next time: no harm
            self.models.download(entry)

        message_boxes.ask_model_licence(self, agreed)

    def _ask_too_big(self, plan) -> None:
        message_boxes.ask_too_big(
            self, plan, self.session.hardware, self.models.best(),
            lambda: self.session.load(plan.requested.path, plan), self.models.use_best_instead,
        )  # fmt: skip

    def _downloads_changed(self) -> None:
        self.downloads_dock.setVisible(bool(self.downloads.jobs))
        self.picker.set_downloading(self.downloads.downloading())

    def add_file(self) -> None:
        model_files.add_file(self, self.models)

    def _delete_model(self, model: InstalledModel) -> None:
        model_files.delete_model(self, self.models, model)

    def open_models_folder(self) -> None:
        model_files.open_folder(self.library.models_dir)

    def open_compare(self) -> None:
        """Two downloaded models, one question, both answers side by side."""
        models = self.library.list()
        if len(models) + (self.session.remote is not None) < 2:  # (a model on another computer counts)
            self._notice(
                QCoreApplication.translate(
                    "MainWindow", "Comparing needs two downloaded models; “Choose a model” gets another one."
                )
            )
            return
        if self.conversation.reply is not None or self.session.busy:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Wait for the reply (or stop it) first."), 4000
            )
            return
        from app.gui.compare_window import compare_dialog_for  # not needed for the first frame

        self.compare_dialog = compare_dialog_for(self, self.session, models, self.settings)
        self.compare_dialog.finished.connect(lambda: setattr(self, "compare_dialog", None))
        self.compare_dialog.open()

    # -- closing -------------------------------------------------------------------------------

    def closing_question(self) -> str | None:
        return message_boxes.closing_question(self.conversation.reply is not None, bool(self.downloads.active))

    def request_close(self) -> None:
        """Quit (Ctrl+Q) or the window's close button: ask first when something would be interrupted."""
        self._close_confirmed = False
        question = self.closing_question()
        if question is not None and not message_boxes.confirm_close(self, question):
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
        self._closing = self.session.closing = True
        for step in (
            self.downloads.stop_all,
            self.conversation.stop,
            self.conversation.close,
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

    def _save_geometry(self) -> None:
        save_geometry(self)
        chosen = self.session.model_path
        self.settings = replace(
            self.settings,
            last_conversation=self.chat.id if self.chat else None,
            last_model=str(chosen) if chosen else self.settings.last_model,
        )
        user_settings.save(self.settings)

    def _stop_sharing(self) -> None:
        from app.gui.api_sharing import sharing_for

        sharing_for(self.engine).stop()

    def _wait_for_tasks(self) -> None:
        if not self.tasks.wait(CLOSE_WAIT_S):
            log.warning("background work still running at close")
        self.tasks.close()  # what still comes back (a slow hub, say) finds no window to update
