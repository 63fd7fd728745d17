""" "Choose a model": what fits this computer, the recommended one pre-selected.

Shows what ``fit.assess`` and ``fit.simple_choices`` decided; it decides nothing
itself. It composes a simple view (three choices in words, ``SimpleChoicesPage``),
an "all" view (every size x quant in ``FitTable``, with a chart of quality against
memory), the models already here (``InstalledModels``) and the hub's state
(``HubStatusBar``); below them, the chosen one's sentence and its Download or Use.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.fit.hardware import Hardware
from app.core.fit.measurements import Probe
from app.core.fit.verdicts import FitRow
from app.core.models.catalog import CatalogEntry, display_name
from app.core.models.library import InstalledModel
from app.core.sizes import format_size
from app.gui.fit_table import FitTable, row_speed
from app.gui.hub_status import HUB_FIRST_CHECK, HUB_OFFLINE, HubState, HubStatusBar
from app.gui.installed_models import InstalledModels, InstalledRow
from app.gui.quality_chart import QualityChart
from app.gui.remote_model_rows import RemoteModelsBox
from app.gui.simple_choices_page import SimpleChoicesPage, same_file


def hardware_sentence(hardware: Hardware) -> str:
    memory = {"total": format_size(hardware.ram_total), "free": format_size(hardware.ram_available)}
    gpu = hardware.best_gpu
    if gpu is not None and hardware.usable_vram:
        return QCoreApplication.translate(
            "ModelPicker", "This computer: {total} of memory ({free} free), {gpu} with {gpu_free} free."
        ).format(**memory, gpu=gpu.name, gpu_free=format_size(gpu.vram_free))
    if gpu is not None:
        return QCoreApplication.translate(
            "ModelPicker",
            "This computer: {total} of memory ({free} free), {gpu} (not used by this version of ShortChat).",
        ).format(**memory, gpu=gpu.name)
    return QCoreApplication.translate(
        "ModelPicker", "This computer: {total} of memory ({free} free), no graphics card ShortChat can use."
    ).format(**memory)


class ModelPicker(QWidget):
    download_requested = Signal(object)  # CatalogEntry
    use_requested = Signal(object)  # Path
    delete_requested = Signal(object)  # InstalledModel
    add_file_requested = Signal()
    compare_requested = Signal()
    back_requested = Signal()
    hub_retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FitRow] = []
        self.hardware: Hardware | None = None
        self.in_use: Path | None = None  # the model loaded (or loading) in the chat
        self.downloading: set[str] = set()  # file names being downloaded (or waiting to)
        self.selected: FitRow | None = None
        self._user_chose = False

        self.title = title = QLabel(QCoreApplication.translate("ModelPicker", "Choose a model"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.hardware_label = QLabel(QCoreApplication.translate("ModelPicker", "Looking at this computer…"))
        self.hardware_label.setWordWrap(True)
        self.notice_label = QLabel("")  # something the person must know first (a model gone from disk)
        self.notice_label.setWordWrap(True)
        self.notice_label.setObjectName("picker-notice")
        self.notice_label.hide()
        self.hub = HubStatusBar()
        self.hub.retry_requested.connect(self.hub_retry_requested)
        self.hub_label, self.hub_retry_button = self.hub.label, self.hub.retry_button

        self.installed_box = InstalledModels()
        self.installed_box.use_requested.connect(self.use_requested)
        self.installed_box.delete_requested.connect(self.delete_requested)
        self.installed_box.compare_requested.connect(self.compare_requested)
        self.installed_list, self.compare_button = self.installed_box.list, self.installed_box.compare_button
        self.remote_box = RemoteModelsBox()  # models on other computers (``RemoteModelChoice`` fills it)

        self.tabs = QTabWidget()
        self.simple_page = SimpleChoicesPage()
        self.simple_page.picked.connect(self._picked)
        self.choice_group = self.simple_page.choice_group
        self.tabs.addTab(self.simple_page, QCoreApplication.translate("ModelPicker", "Simple"))
        self.chart = QualityChart()
        self.chart.picked.connect(self._picked)
        self.table = FitTable()
        self.table.picked.connect(self._picked)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([240, 300])
        splitter.setChildrenCollapsible(False)
        self.tabs.addTab(splitter, QCoreApplication.translate("ModelPicker", "All sizes and quality levels"))

        self.detail_label = QLabel("")
        self.detail_label.setWordWrap(True)
        self.add_file_button = QPushButton(QCoreApplication.translate("ModelPicker", "Add a file from disk…"))
        self.add_file_button.clicked.connect(self.add_file_requested)
        self.back_button = QPushButton(QCoreApplication.translate("ModelPicker", "Back to the chat"))
        self.back_button.clicked.connect(self.back_requested)
        self.primary_button = QPushButton(QCoreApplication.translate("ModelPicker", "Download"))
        self.primary_button.setDefault(True)
        self.primary_button.setEnabled(False)
        self.primary_button.clicked.connect(self._primary_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.primary_button)

        # Everything scrolls when the window is short (a 768 px laptop with the downloads open, a
        # large font): the table keeps a usable height, and the window never grows past the screen.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # words wrap; the table scrolls
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        # The choice's sentence and its buttons stay in view below the scrolling part: Download is never
        # scrolled out of sight (it was, on a 768 px screen at a large font).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(9, 0, 9, 6)
        bottom.addWidget(self.detail_label)
        bottom.addLayout(buttons)
        outer.addLayout(bottom)
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.hardware_label)
        layout.addWidget(self.hub)
        layout.addWidget(self.installed_box)
        layout.addWidget(self.remote_box)
        layout.addWidget(self.tabs, 1)
        self.set_installed([])

    @property
    def hub_state(self) -> HubState:
        return self.hub.state

    @property
    def installed(self) -> list[InstalledModel]:
        return self.installed_box.models

    @property
    def installed_rows(self) -> list[InstalledRow]:
        return self.installed_box.rows

    # -- data in -----------------------------------------------------------------

    def set_hub_status(self, text: str, state: HubState | None = None) -> None:
        """What the model hub said: ``state`` is HUB_CHECKING, HUB_ANSWERED or HUB_OFFLINE."""
        self.hub.show_status(text, state)
        if self.rows:
            self._show_choices()
            self._select_row(self.selected)

    def set_installed(self, models: list[InstalledModel], measured: dict[Path, Probe | None] | None = None) -> None:
        self.installed_box.set_models(models, measured or {}, self.in_use)
        self._update_primary()

    def set_notice(self, text: str) -> None:
        font = self.notice_label.font()
        font.setBold(True)
        self.notice_label.setFont(font)
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def set_in_use(self, path: Path | None) -> None:
        """The model the chat uses: its row shows "In use" instead of a Use button."""
        self.in_use = Path(path) if path is not None else None
        self.installed_box.show_in_use(self.in_use)
        self._update_primary()

    def set_downloading(self, names: set[str]) -> None:
        """Files being downloaded: their Download button says so instead of starting another."""
        self.downloading = set(names)
        self._update_primary()

    def installed_texts(self) -> list[str]:
        """What each row of "On this computer" says, top to bottom."""
        return self.installed_box.texts()

    def set_rows(self, rows: list[FitRow], hardware: Hardware) -> None:
        previous = self.selected
        self.rows, self.hardware = list(rows), hardware
        self.hardware_label.setText(hardware_sentence(hardware))
        self.chart.set_rows(self.rows, hardware.ram_available)
        self._show_choices()
        self.table.set_rows(self.rows)
        keep = None
        if self._user_chose and previous is not None:  # keep the user's own choice across a refresh, if still there
            keep = next((r for r in self.rows if same_file(r, previous) and r.entry.published), None)
        recommended = next((r for r in self.rows if r.recommended), None)
        self._select_row(keep or recommended or self.simple_page.first_row())

    def entry_for(self, model: str, quant: str) -> CatalogEntry | None:
        return next((r.entry for r in self.rows if r.entry.model.key == model and r.entry.quant == quant), None)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            font = self.title.font()
            font.setPointSizeF(self.font().pointSizeF() * 1.5)
            self.title.setFont(font)

    # -- selection -------------------------------------------------------------

    def _show_choices(self) -> None:
        installed_files = {model.name for model in self.installed}
        self.simple_page.show_choices(self.rows, self.hardware, self.hub_state, installed_files)

    def _picked(self, row: FitRow) -> None:
        self._user_chose = True
        self._select_row(row)

    def _select_row(self, row: FitRow | None) -> None:
        self.selected = row
        self.chart.select(row)
        self.simple_page.select(row)
        self.table.select(row)
        if row is None or self.hub_state == HUB_FIRST_CHECK:  # nothing chosen yet: no sentence about it
            self.detail_label.setText("")
        else:
            longest = (
                QCoreApplication.translate("ModelPicker", "chats up to {count} tokens").format(
                    count=QLocale().toString(row.max_context)
                )
                if row.max_context
                else QCoreApplication.translate("ModelPicker", "no room for a chat")
            )
            how = (
                QCoreApplication.translate("ModelPicker", "measured on this computer")
                if row.measured
                else QCoreApplication.translate("ModelPicker", "estimated")
            )
            self.detail_label.setText(
                f"<b>{html.escape(display_name(row.entry.file))}</b>: {row.verdict.text}: {row.verdict.detail} "
                f"({how}) · {longest} · {row_speed(row)}."
            )
        self._update_primary()

    def _update_primary(self) -> None:
        row = self.selected
        if row is None or not row.entry.published:
            self.primary_button.setText(QCoreApplication.translate("ModelPicker", "Download"))
            self.primary_button.setEnabled(False)
            return
        installed = self.installed_box.path_of(row.entry.file)
        if installed is not None and installed == self.in_use:
            text, enabled = QCoreApplication.translate("ModelPicker", "In use"), False
        elif installed is not None:
            text, enabled = QCoreApplication.translate("ModelPicker", "Use this model"), True
        elif row.entry.file in self.downloading:
            text, enabled = QCoreApplication.translate("ModelPicker", "Downloading…"), False
        elif not row.entry.sha256:  # only the bundled list knows it: the hub must be asked first
            offline = self.hub_state == HUB_OFFLINE
            text = (
                QCoreApplication.translate("ModelPicker", "Download (needs the internet)")
                if offline
                else QCoreApplication.translate("ModelPicker", "Download")
            )
            enabled = False
        else:
            text = QCoreApplication.translate("ModelPicker", "Download ({size})").format(
                size=format_size(row.entry.file_bytes)
            )
            enabled = True
        self.primary_button.setText(text)
        self.primary_button.setEnabled(enabled)

    def _primary_clicked(self) -> None:
        row = self.selected
        if row is None:
            return
        installed = self.installed_box.path_of(row.entry.file)
        if installed is not None:
            self.use_requested.emit(installed)
        else:
            self.download_requested.emit(row.entry)
