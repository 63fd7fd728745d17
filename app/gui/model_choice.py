"""Choosing a model: this computer looked at, the hub asked, what fits shown in the picker, the
models here listed, downloads started, files added and deleted. The picker and the downloads
panel only show; this decides, and the ``ModelSession`` loads what was chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.chat.markdown_render import warm_up
from app.core.errors import ShortChatError
from app.core.fit.hardware import Hardware, detect, with_current_free_memory
from app.core.fit.measurements import Measured
from app.core.fit.verdicts import FitRow, assess
from app.core.models.catalog import DEFAULT_FAMILY, Catalog, CatalogEntry, display_name
from app.core.models.download import offline_sentence
from app.core.models.library import InstalledModel, Library, newest_usable
from app.core.settings import Settings
from app.gui.downloads_panel import DownloadsPanel
from app.gui.hub_status import HUB_ANSWERED, HUB_CHECKING, HUB_FIRST_CHECK, HUB_OFFLINE
from app.gui.model_picker import ModelPicker
from app.gui.model_session import ModelSession, SessionState
from app.gui.tasks import Tasks


class ModelChoice(QObject):
    notice = Signal(str)
    status_message = Signal(str, int)
    show_chat = Signal()  # a model was chosen for the person: the chat page comes to the front
    show_picker = Signal()  # nothing to chat with: the picker comes to the front
    last_model_gone = Signal()  # the model of last time is no longer here: it is forgotten
    licence_needed = Signal(object)  # a CatalogEntry to download once the licence is agreed

    def __init__(self, session: ModelSession, picker: ModelPicker, downloads: DownloadsPanel, tasks: Tasks,
                 library: Callable[[], Library], settings: Callable[[], Settings],
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.picker, self.downloads, self.tasks = session, picker, downloads, tasks
        self._library, self._settings = library, settings
        self.catalog = Catalog()
        self.rows: list[FitRow] = []

    # -- this computer and the hub ----------------------------------------------------------

    def survey(self) -> None:
        """Look at the computer, show what the last visit to the hub knew, then ask the hub again."""

        def surveyed(found: tuple[Hardware, Measured]) -> None:
            self.session.surveyed(*found)
            self.ask_hub()
            self.show_rows()
            self.show_installed(self.picker.installed)  # listed at start; now with their figures

        def offline_survey() -> tuple[Hardware, Measured]:
            hardware = detect()
            measurements = Measured(hardware)
            measurements.ensure_bandwidth()  # for the speed preview; measured once per computer
            measurements.ensure_cpu_features()  # which weights this llama.cpp build repacks; read once per computer
            self.catalog.load_offline()
            warm_up()  # the first code block of the first reply then shows at once
            return hardware, measurements

        self.picker.set_hub_status("", HUB_CHECKING)
        self.tasks.run(offline_survey, done=surveyed, failed=self._hub_failed)

    def ask_hub(self) -> None:
        if self.catalog.hub_seen:  # what the hub said last time is shown meanwhile, quietly
            self.picker.set_hub_status("", HUB_CHECKING)
        else:  # a first start: the bundled list's choice could change, so wait for the answer
            self.picker.set_hub_status("", HUB_FIRST_CHECK)
        self.tasks.run(
            self.catalog.refresh, DEFAULT_FAMILY, done=lambda _: self._hub_answered(), failed=self._hub_failed
        )

    def _hub_answered(self) -> None:
        if self.catalog.offline:
            self.picker.set_hub_status(offline_sentence(bool(self.picker.installed)), HUB_OFFLINE)
        else:
            self.picker.set_hub_status("", HUB_ANSWERED)
        self.show_rows()

    def _hub_failed(self, message: str) -> None:
        self.picker.set_hub_status(message, HUB_OFFLINE)

    def show_rows(self, now: bool = False) -> None:
        """What fits (``now``: with the memory free at this moment, as the picker comes to the front).
        Judging every size and quality level takes 20-30 ms on a slow laptop: while the picker is out
        of sight (a model measured after a reply, the hub's answer during a chat) it waits until the
        picker is shown, which asks again with ``now``."""
        session = self.session
        if session.hardware is None:
            return
        if not now and self.rows and not self.picker.isVisible():
            return
        if now:
            session.hardware = with_current_free_memory(session.hardware)
        self.rows = assess(self.catalog.entries(), session.hardware, known=session.measurements)
        self.picker.set_rows(self.rows, session.hardware)

    # -- the models here ----------------------------------------------------------------------

    def refresh_installed(self) -> None:
        installed = self._library().list()
        self.show_installed(installed)
        session = self.session
        if session.model_path is not None or session.busy or session.remote is not None:
            return
        last = self._settings().last_model
        newest = newest_usable(installed)
        if last and Path(last).is_file():  # the model of last time, wherever it is
            self.show_chat.emit()
            session.request_load(Path(last))
            return
        if last:  # deleted or moved by hand since: said, not silently replaced
            gone = display_name(Path(last).name)
            if newest is not None:
                self.notice.emit(
                    QCoreApplication.translate(
                        "ModelChoice",
                        "The model you used last time, {model}, is no longer on this computer. "
                        "ShortChat is using {other} instead.",
                    ).format(model=gone, other=display_name(newest.path.name))
                )
            else:
                self.picker.set_notice(
                    QCoreApplication.translate(
                        "ModelChoice",
                        "The model you used last time, {model}, is no longer on this computer. "
                        "Choose one to download below, or add a model file you have.",
                    ).format(model=gone)
                )
            self.last_model_gone.emit()
        if newest is not None:  # none chosen yet: the newest one, as the CLI does
            self.show_chat.emit()
            session.request_load(newest.path)
        else:
            self.show_picker.emit()

    def show_installed(self, installed: list[InstalledModel]) -> None:
        """The models here, with the figures measured for them (new figures need no new listing)."""
        measurements = self.session.measurements
        measured = {m.path: measurements.probe_of(m.path) for m in installed} if measurements else {}
        self.picker.set_installed(installed, measured)

    def download(self, entry: CatalogEntry) -> None:
        if not self._settings().model_licence_accepted:
            self.licence_needed.emit(entry)
            return
        self.downloads.add(entry.repo, entry.file, entry.file_bytes)
        if self.session.engine.model is not None:
            text = QCoreApplication.translate("ModelChoice", "Downloading {model}. You can keep chatting meanwhile.")
        else:
            text = QCoreApplication.translate("ModelChoice", "Downloading {model}.")
        self.status_message.emit(text.format(model=display_name(entry.file)), 4000)

    def downloaded(self, path: Path) -> None:
        self.refresh_installed()
        if self.session.state == SessionState.NO_MODEL and self.session.engine.model is None:
            self.show_chat.emit()
            self.session.request_load(path)

    def use_best_instead(self) -> None:
        """The too-big question's "Use ...": the recommended model, downloaded first if it is not here."""
        best = self.best()
        if best is None:
            return
        installed = next((m for m in self._library().list() if m.name == best.entry.file), None)
        if installed is not None:
            self.session.load(installed.path)
        else:
            self.download(best.entry)

    def best(self) -> FitRow | None:
        return next((r for r in self.rows if r.recommended), None)

    def add_file(self, name: str) -> None:
        """Use a model file from disk where it is (raises ShortChatError for a file that cannot be used)."""
        model = self._library().add(name, copy=False)
        self.refresh_installed()
        self.session.request_load(model.path)

    def in_use(self, model: InstalledModel) -> bool:
        """Whether deleting ``model`` must wait: it is loading or writing a reply."""
        session = self.session
        return model.path == session.model_path and (session.busy or session.state == SessionState.WRITING)

    def delete(self, model: InstalledModel) -> None:
        if model.path == self.session.model_path:
            self.session.unload()
        try:
            self._library().delete(model.name)
        except ShortChatError as error:
            self.notice.emit(str(error))
        self.refresh_installed()
