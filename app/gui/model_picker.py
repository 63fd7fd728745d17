""" "Choose a model": what fits this computer, the recommended one pre-selected.

Shows what ``fit.assess`` and ``fit.simple_choices`` decided; it decides nothing
itself. A simple view (three choices in words), an "all" view (every size x
quant, with a chart of quality against memory), and the models already here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.catalog import CatalogEntry, display_name
from app.core.fit import TOO_BIG, FitRow, simple_choices
from app.core.hardware import Hardware
from app.core.library import InstalledModel
from app.core.measurements import Probe
from app.core.quants import QUANTS
from app.core.sizes import format_size
from app.core.speed import speed_text, words_text
from app.gui.quality_chart import QualityChart

LONGEST_CHAT_TIP = "The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)"
COLUMNS = ("Size", "Quality level", "Download", "Memory needed", "Longest chat", "Speed", "Quality lost", "Verdict")
HEADER_TIPS = {
    "Size": "How many billion parameters the model has: bigger models know more and need more memory.",
    "Quality level": "Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. "
    "Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.",
    "Quality lost": "How much worse than the original the answers get at this quality level (lower is better).",
}
SPEED_TIP = (
    "How fast it writes here: estimated from this computer's memory speed, or measured once the model "
    "has been used (a word is about 1.3 tokens)"
)


def memory_text(row: FitRow) -> str:
    size = format_size(row.footprint.working_set)
    return f"{size}, measured" if row.measured else f"about {size}"


def row_speed(row: FitRow) -> str:
    return speed_text(row.tok_s, row.tok_s_measured is not None)


def quality_words(quant: str) -> str:
    loss = QUANTS[quant].ppl_increase
    if loss <= 0.02:
        return "almost none"
    if loss <= 0.2:
        return "very little"
    if loss <= 0.6:
        return "a little"
    if loss <= 1.7:
        return "noticeable"
    return "a lot"


def hardware_sentence(hardware: Hardware) -> str:
    text = f"This computer: {format_size(hardware.ram_total)} of memory ({format_size(hardware.ram_available)} free)"
    gpu = hardware.best_gpu
    if gpu is not None and hardware.usable_vram:
        text += f", {gpu.name} with {format_size(gpu.vram_free)} free"
    elif gpu is not None:
        text += f", {gpu.name} (not used by this version of ShortChat)"
    else:
        text += ", no graphics card ShortChat can use"
    return text + "."


class ModelPicker(QWidget):
    download_requested = Signal(object)  # CatalogEntry
    use_requested = Signal(object)  # Path
    delete_requested = Signal(object)  # InstalledModel
    add_file_requested = Signal()
    compare_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FitRow] = []
        self.hardware: Hardware | None = None
        self.installed: list[InstalledModel] = []
        self.selected: FitRow | None = None
        self._user_chose = False

        title = QLabel("Choose a model")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.hardware_label = QLabel("Looking at this computer…")
        self.hub_label = QLabel("")
        self.hub_label.setWordWrap(True)

        self.installed_box = QFrame()
        installed_layout = QVBoxLayout(self.installed_box)
        installed_layout.setContentsMargins(0, 0, 0, 0)
        installed_layout.addWidget(QLabel("<b>On this computer</b>"))
        self.installed_list = QListWidget()
        self.installed_list.setAccessibleName("Models on this computer")
        self.installed_list.setMaximumHeight(110)
        self.installed_list.itemDoubleClicked.connect(self._use_installed)
        installed_layout.addWidget(self.installed_list)
        installed_buttons = QHBoxLayout()
        self.use_installed_button = QPushButton("Use this model")
        self.use_installed_button.clicked.connect(self._use_installed)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.clicked.connect(self._delete_installed)
        self.compare_button = QPushButton("Compare two models…")
        self.compare_button.setToolTip("Ask two of your models the same question and see both answers side by side")
        self.compare_button.clicked.connect(self.compare_requested)
        installed_buttons.addWidget(self.use_installed_button)
        installed_buttons.addWidget(self.delete_button)
        installed_buttons.addWidget(self.compare_button)
        installed_buttons.addStretch()
        installed_layout.addLayout(installed_buttons)

        self.tabs = QTabWidget()
        self.simple_page = QWidget()
        self.simple_layout = QVBoxLayout(self.simple_page)
        self.choice_group = QButtonGroup(self)
        self.choice_group.idClicked.connect(self._choice_clicked)
        self.tabs.addTab(self.simple_page, "Simple")

        self.chart = QualityChart()
        self.chart.picked.connect(self._picked)
        self.table = QTreeWidget()
        self.table.setAccessibleName("Every size and quality level")
        self.table.setHeaderLabels(COLUMNS)
        for name, tip in HEADER_TIPS.items():
            self.table.headerItem().setToolTip(COLUMNS.index(name), tip)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.currentItemChanged.connect(self._table_selected)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([240, 300])
        self.tabs.addTab(splitter, "All sizes and quality levels")

        self.detail_label = QLabel("")
        self.detail_label.setWordWrap(True)
        self.add_file_button = QPushButton("Add a file from disk…")
        self.add_file_button.clicked.connect(self.add_file_requested)
        self.back_button = QPushButton("Back to the chat")
        self.back_button.clicked.connect(self.back_requested)
        self.primary_button = QPushButton("Download")
        self.primary_button.setDefault(True)
        self.primary_button.setEnabled(False)
        self.primary_button.clicked.connect(self._primary_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.primary_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hardware_label)
        layout.addWidget(self.hub_label)
        layout.addWidget(self.installed_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)
        self.set_installed([])

    # -- data in -----------------------------------------------------------------

    def set_hub_status(self, text: str) -> None:
        self.hub_label.setText(text)
        self.hub_label.setVisible(bool(text))

    def set_installed(self, models: list[InstalledModel], measured: dict[Path, Probe | None] | None = None) -> None:
        self.installed = list(models)
        self.installed_list.clear()
        measured = measured or {}
        for model in self.installed:
            origin = "" if model.verified else " · added from disk"
            probe = measured.get(model.path)
            if probe is not None:
                needs = format_size(probe.footprint_at(probe.n_ctx).working_set)
                figures = f" · measured here: needs {needs}, writes {words_text(probe.decode_tokens_per_s)}"
            else:
                figures = " · measured the first time it is used"
            item = QListWidgetItem(f"{display_name(model.name)}  ({format_size(model.size)}{origin}{figures})")
            item.setToolTip(str(model.path))
            item.setData(Qt.ItemDataRole.UserRole, str(model.path))
            self.installed_list.addItem(item)
        if self.installed:
            self.installed_list.setCurrentRow(0)
        self.installed_box.setVisible(bool(self.installed))
        self.compare_button.setEnabled(len(self.installed) >= 2)
        self._update_primary()

    def set_rows(self, rows: list[FitRow], hardware: Hardware) -> None:
        previous = self._key(self.selected) if self.selected else None
        self.rows, self.hardware = list(rows), hardware
        self.hardware_label.setText(hardware_sentence(hardware))
        self.chart.set_rows(self.rows, hardware.ram_available)
        self._fill_simple()
        self._fill_table()
        keep = None
        if self._user_chose:  # keep the user's own choice across a refresh, if it is still there
            keep = next((r for r in self.rows if self._key(r) == previous and r.entry.published), None)
        recommended = next((r for r in self.rows if r.recommended), None)
        self._select_row(keep or recommended or self._first_choice())

    # -- views -----------------------------------------------------------------

    def _fill_simple(self) -> None:
        while self.simple_layout.count():
            item = self.simple_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for button in self.choice_group.buttons():
            self.choice_group.removeButton(button)
        self.choices = simple_choices(self.rows, self.hardware)
        if not self.choices:
            empty = QLabel(
                "No model fits this computer's memory right now. Close other programs, or look at "
                "“All sizes and quality levels” for the smallest ones."
            )
            empty.setWordWrap(True)
            self.simple_layout.addWidget(empty)
        for index, choice in enumerate(self.choices):
            row = choice.row
            button = QRadioButton(f"{choice.title}: {row.entry.model.key} {row.entry.quant}")
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setAccessibleDescription(choice.explanation)
            self.choice_group.addButton(button, index)
            needs = format_size(row.footprint.working_set)
            needs = f"needs {needs} of memory (measured here)" if row.measured else f"needs about {needs} of memory"
            explanation = QLabel(
                f"{choice.explanation}<br>Download {format_size(row.entry.file_bytes)} · {needs} · "
                f"{row_speed(row)} · {row.verdict.text}"
                + (" · already on this computer" if self._installed_path(row) else "")
            )
            explanation.setWordWrap(True)
            explanation.setContentsMargins(26, 0, 0, 8)
            explanation.setTextFormat(Qt.TextFormat.RichText)
            self.simple_layout.addWidget(button)
            self.simple_layout.addWidget(explanation)
        for reason in self._unpublished_sizes():
            label = QLabel(reason)
            label.setEnabled(False)  # greyed: it cannot be chosen
            label.setWordWrap(True)
            self.simple_layout.addWidget(label)
        self.simple_layout.addStretch()

    def _unpublished_sizes(self) -> list[str]:
        sizes: dict[str, list[FitRow]] = {}
        for row in self.rows:
            sizes.setdefault(row.entry.model.key, []).append(row)
        lines = []
        for key, rows in sizes.items():
            if all(r.entry.availability == "not_published" for r in rows):
                lines.append(f"{key}: not published on the model hub yet, so it cannot be downloaded.")
            elif all(r.entry.availability == "unknown" for r in rows):
                lines.append(f"{key}: not known yet (the model hub could not be reached).")
        return lines

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row in self.rows:
            entry = row.entry
            size = format_size(entry.file_bytes) if entry.size_known else "~" + format_size(entry.file_bytes)
            if entry.availability == "not_published":
                verdict = "Not published on the model hub yet"
            else:
                verdict = ("★ Recommended · " if row.recommended else "") + row.verdict.text
                if entry.availability == "unknown":
                    verdict += " (not checked with the hub)"
            item = QTreeWidgetItem(
                [
                    entry.model.key,
                    entry.quant,
                    size,
                    memory_text(row),
                    f"{row.max_context:,} tokens" if row.max_context else "—",
                    row_speed(row),
                    quality_words(entry.quant),
                    verdict,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, self.rows.index(row))
            if entry.availability == "not_published":
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed and not selectable
                item.setToolTip(COLUMNS.index("Verdict"), "The model's makers have not published this one on the hub.")
            elif row.verdict.code == TOO_BIG:
                for column in range(len(COLUMNS)):
                    item.setForeground(column, QBrush(muted))
            if row.recommended:
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(len(COLUMNS)):
                    item.setFont(column, font)
            item.setToolTip(3, row.verdict.detail + (" (measured on this computer)" if row.measured else ""))
            item.setToolTip(4, LONGEST_CHAT_TIP)
            item.setToolTip(5, SPEED_TIP)
            self.table.addTopLevelItem(item)
        self.table.blockSignals(False)

    # -- selection -------------------------------------------------------------

    @staticmethod
    def _key(row: FitRow) -> tuple[str, str]:
        return (row.entry.model.key, row.entry.quant)

    def _first_choice(self) -> FitRow | None:
        return self.choices[0].row if getattr(self, "choices", None) else None

    def _picked(self, row: FitRow) -> None:
        self._user_chose = True
        self._select_row(row)

    def _choice_clicked(self, index: int) -> None:
        self._picked(self.choices[index].row)

    def _table_selected(self, current: QTreeWidgetItem | None) -> None:
        if current is not None:
            self._picked(self.rows[current.data(0, Qt.ItemDataRole.UserRole)])

    def _select_row(self, row: FitRow | None) -> None:
        self.selected = row
        self.chart.select(row)
        for index, choice in enumerate(getattr(self, "choices", [])):
            button = self.choice_group.button(index)
            if button is not None:
                button.setChecked(row is not None and self._key(choice.row) == self._key(row))
        self.table.blockSignals(True)
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if row is not None and self.rows[item.data(0, Qt.ItemDataRole.UserRole)] is row:
                self.table.setCurrentItem(item)
        self.table.blockSignals(False)
        if row is None:
            self.detail_label.setText("")
        else:
            longest = f"chats up to {row.max_context:,} tokens" if row.max_context else "no room for a chat"
            how = "measured on this computer" if row.measured else "estimated"
            self.detail_label.setText(
                f"<b>{row.entry.model.key} {row.entry.quant}</b>: {row.verdict.text}: {row.verdict.detail} "
                f"({how}) · {longest} · {row_speed(row)}."
            )
        self._update_primary()

    def _installed_path(self, row: FitRow) -> Path | None:
        return next((m.path for m in self.installed if m.name == row.entry.file), None)

    def _update_primary(self) -> None:
        row = self.selected
        if row is None or not row.entry.published:
            self.primary_button.setText("Download")
            self.primary_button.setEnabled(False)
            return
        installed = self._installed_path(row)
        self.primary_button.setText(
            "Use this model" if installed else f"Download ({format_size(row.entry.file_bytes)})"
        )
        self.primary_button.setEnabled(True)

    def _primary_clicked(self) -> None:
        row = self.selected
        if row is None:
            return
        installed = self._installed_path(row)
        if installed is not None:
            self.use_requested.emit(installed)
        else:
            self.download_requested.emit(row.entry)

    def _current_installed(self) -> InstalledModel | None:
        item = self.installed_list.currentItem()
        if item is None:
            return None
        path = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.installed if str(m.path) == path), None)

    def _use_installed(self) -> None:
        model = self._current_installed()
        if model is not None:
            self.use_requested.emit(model.path)

    def _delete_installed(self) -> None:
        model = self._current_installed()
        if model is not None:
            self.delete_requested.emit(model)

    def entry_for(self, model: str, quant: str) -> CatalogEntry | None:
        return next((r.entry for r in self.rows if r.entry.model.key == model and r.entry.quant == quant), None)
