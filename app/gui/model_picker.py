""" "Choose a model": what fits this computer, the recommended one pre-selected.

Shows what ``fit.assess`` and ``fit.simple_choices`` decided; it decides nothing
itself. A simple view (three choices in words), an "all" view (every size x
quant, with a chart of quality against memory), and the models already here.
"""

from __future__ import annotations

import html
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
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.fit.hardware import Hardware
from app.core.fit.measurements import Probe
from app.core.fit.speed import speed_text, words_text
from app.core.fit.verdicts import TOO_BIG, FitRow, simple_choices
from app.core.models.catalog import CatalogEntry, display_name
from app.core.models.library import InstalledModel
from app.core.models.quants import QUANTS
from app.core.sizes import format_size
from app.gui.list_rows import WrappedRows
from app.gui.quality_chart import QualityChart

# What the picker knows of the model hub: asking it for the first time (nothing to show yet),
# asking again (showing what it said last time), answered, or not reachable.
HUB_FIRST_CHECK, HUB_CHECKING, HUB_ANSWERED, HUB_OFFLINE = "first-check", "checking", "answered", "offline"
LONGEST_CHAT_TIP = "The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)"
# The verdict comes third: it is what a person looks for, and it is never cut off at a large font.
COLUMNS = ("Size", "Quality level", "Verdict", "Memory needed", "Speed", "Download", "Longest chat", "Quality lost")
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
    hub_retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FitRow] = []
        self.hardware: Hardware | None = None
        self.installed: list[InstalledModel] = []
        self.installed_rows: list[InstalledRow] = []
        self.in_use: Path | None = None  # the model loaded (or loading) in the chat
        self.downloading: set[str] = set()  # file names being downloaded (or waiting to)
        self.selected: FitRow | None = None
        self._user_chose = False

        self.title = title = QLabel("Choose a model")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.hardware_label = QLabel("Looking at this computer…")
        self.hardware_label.setWordWrap(True)
        self.notice_label = QLabel("")  # something the person must know first (a model gone from disk)
        self.notice_label.setWordWrap(True)
        self.notice_label.setObjectName("picker-notice")
        self.notice_label.hide()
        self.hub_label = QLabel("")
        self.hub_label.setWordWrap(True)
        self.hub_retry_button = QPushButton("Try again")
        self.hub_retry_button.setToolTip("Ask the model hub again which models are available")
        self.hub_retry_button.clicked.connect(self.hub_retry_requested)
        self.hub_retry_button.hide()
        self.hub_state = HUB_CHECKING

        self.installed_box = QFrame()
        installed_layout = QVBoxLayout(self.installed_box)
        installed_layout.setContentsMargins(0, 0, 0, 0)
        installed_title = QHBoxLayout()
        installed_title.addWidget(QLabel("<b>On this computer</b>"))
        installed_title.addStretch()
        self.compare_button = QPushButton("Compare two models…")
        self.compare_button.setToolTip("Ask two of your models the same question and see both answers side by side")
        self.compare_button.clicked.connect(self.compare_requested)
        installed_title.addWidget(self.compare_button)
        installed_layout.addLayout(installed_title)
        # One row per model with its own Use button (or the "In use" badge) and Delete: no
        # selection of its own, so the picker never shows two chosen models at once.
        self.installed_list = QListWidget()
        self.installed_list.setAccessibleName("Models on this computer")
        self.installed_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.installed_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons take the focus
        self.installed_list.itemDoubleClicked.connect(self._use_item)
        self.installed_fit = WrappedRows(self.installed_list, self._installed_sized)
        installed_layout.addWidget(self.installed_list)

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
        splitter.setChildrenCollapsible(False)
        self._keep_table_usable()
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
        hub_row = QHBoxLayout()
        hub_row.addWidget(self.hub_label, 1)
        hub_row.addWidget(self.hub_retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(hub_row)
        layout.addWidget(self.installed_box)
        layout.addWidget(self.tabs, 1)
        self.set_installed([])

    # -- data in -----------------------------------------------------------------

    def set_hub_status(self, text: str, state: str | None = None) -> None:
        """What the model hub said: ``state`` is HUB_CHECKING, HUB_ANSWERED or HUB_OFFLINE."""
        if state is not None:
            self.hub_state = state
        self.hub_label.setText(text)
        self.hub_label.setVisible(bool(text))
        self.hub_retry_button.setVisible(self.hub_state == HUB_OFFLINE)
        if self.rows:
            self._fill_simple()
            self._select_row(self.selected)

    def set_installed(self, models: list[InstalledModel], measured: dict[Path, Probe | None] | None = None) -> None:
        self.installed = list(models)
        self.installed_list.clear()
        self.installed_rows = []
        measured = measured or {}
        for model in self.installed:
            row = InstalledRow(model, installed_details(model, measured.get(model.path)))
            row.use_button.clicked.connect(lambda _=False, path=model.path: self.use_requested.emit(path))
            row.delete_button.clicked.connect(lambda _=False, model=model: self.delete_requested.emit(model))
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(model.path))
            item.setToolTip(str(model.path))
            self.installed_list.addItem(item)
            self.installed_list.setItemWidget(item, row)
            self.installed_rows.append(row)
        self._fit_installed_list()
        self.installed_box.setVisible(bool(self.installed))
        self.compare_button.setEnabled(len(self.installed) >= 2)
        self.set_in_use(self.in_use)

    def set_notice(self, text: str) -> None:
        font = self.notice_label.font()
        font.setBold(True)
        self.notice_label.setFont(font)
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def set_in_use(self, path: Path | None) -> None:
        """The model the chat uses: its row shows "In use" instead of a Use button."""
        self.in_use = Path(path) if path is not None else None
        for row in self.installed_rows:
            row.show_in_use(self.in_use is not None and row.model.path == self.in_use)
        self._update_primary()

    def set_downloading(self, names: set[str]) -> None:
        """Files being downloaded: their Download button says so instead of starting another."""
        self.downloading = set(names)
        self._update_primary()

    def installed_texts(self) -> list[str]:
        """What each row of "On this computer" says, top to bottom."""
        return [row.text() for row in self.installed_rows]

    def _fit_installed_list(self) -> None:
        self.installed_fit.fit()

    def _installed_sized(self, heights: list[int]) -> None:
        """As tall as its rows, up to three (it scrolls beyond), so the choices below keep their room."""
        self.installed_list.setFixedHeight(sum(heights[:3]) + 2 * self.installed_list.frameWidth())

    def _keep_table_usable(self) -> None:
        """At least eight rows of the table stay visible at any text size; when the window is
        shorter than that, the page scrolls (the main window puts it in a scroll area)."""
        line = self.table.fontMetrics().height() + 6
        self.table.setMinimumHeight(line * 9 + 2 * self.table.frameWidth())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() != event.Type.FontChange:
            return
        self._keep_table_usable()
        self._fit_installed_list()  # a new text size: rows grow or shrink
        font = self.title.font()
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        self.title.setFont(font)

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
                item.widget().hide()  # gone now, not only once the event loop deletes it
                item.widget().deleteLater()
        for button in self.choice_group.buttons():
            self.choice_group.removeButton(button)
        self.choices = simple_choices(self.rows, self.hardware) if self.hub_state != HUB_FIRST_CHECK else []
        if self.hub_state == HUB_FIRST_CHECK:
            # A first start knows only the bundled list: its choice could change when the hub answers.
            waiting = QLabel("Asking the model hub which models are available…")
            waiting.setWordWrap(True)
            self.simple_layout.addWidget(waiting)
        elif not self.choices:
            empty = QLabel(
                "No model fits this computer's memory right now. Close other programs, or look at "
                "“All sizes and quality levels” for the smallest ones."
            )
            empty.setWordWrap(True)
            self.simple_layout.addWidget(empty)
        for index, choice in enumerate(self.choices):
            row = choice.row
            button = QRadioButton(f"{choice.title}: {display_name(row.entry.file)}")
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setAccessibleDescription(choice.explanation)
            self.choice_group.addButton(button, index)
            needs = format_size(row.footprint.working_set)
            needs = f"needs {needs} of memory (measured here)" if row.measured else f"needs about {needs} of memory"
            here = self._installed_path(row) is not None
            size = (
                f"On this computer, {format_size(row.entry.file_bytes)}"
                if here
                else (f"Download {format_size(row.entry.file_bytes)}")
            )
            explanation = QLabel(
                f"{html.escape(choice.explanation)}<br>{size} · {needs} · {nowrap(row_speed(row))} · {row.verdict.text}"
            )
            explanation.setWordWrap(True)
            explanation.setContentsMargins(26, 0, 0, 8)
            explanation.setTextFormat(Qt.TextFormat.RichText)
            self.simple_layout.addWidget(button)
            self.simple_layout.addWidget(explanation)
        for reason in self._unpublished_sizes():
            label = QLabel(reason)
            font = label.font()
            font.setItalic(True)  # said, not offered; in the text colour (greyed text was 3:1, too faint to read)
            label.setFont(font)
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
            elif all(r.entry.availability == "unknown" for r in rows) and self.hub_state == HUB_OFFLINE:
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
            cells = {
                "Size": entry.model.key,
                "Quality level": entry.quant,
                "Verdict": verdict,
                "Memory needed": memory_text(row),
                "Speed": row_speed(row),
                "Download": size,
                "Longest chat": f"{row.max_context:,} tokens" if row.max_context else "—",
                "Quality lost": quality_words(entry.quant),
            }
            item = QTreeWidgetItem([cells[name] for name in COLUMNS])
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
            if entry.availability != "not_published":
                item.setToolTip(COLUMNS.index("Verdict"), verdict)
            how = " (measured on this computer)" if row.measured else ""
            item.setToolTip(COLUMNS.index("Memory needed"), row.verdict.detail + how)
            item.setToolTip(COLUMNS.index("Longest chat"), LONGEST_CHAT_TIP)
            item.setToolTip(COLUMNS.index("Speed"), SPEED_TIP)
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
        if row is None or self.hub_state == HUB_FIRST_CHECK:  # nothing chosen yet: no sentence about it
            self.detail_label.setText("")
        else:
            longest = f"chats up to {row.max_context:,} tokens" if row.max_context else "no room for a chat"
            how = "measured on this computer" if row.measured else "estimated"
            self.detail_label.setText(
                f"<b>{html.escape(display_name(row.entry.file))}</b>: {row.verdict.text}: {row.verdict.detail} "
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
        if installed is not None and installed == self.in_use:
            text, enabled = "In use", False
        elif installed is not None:
            text, enabled = "Use this model", True
        elif row.entry.file in self.downloading:
            text, enabled = "Downloading…", False
        elif not row.entry.sha256:  # only the bundled list knows it: the hub must be asked first
            text, enabled = "Download (needs the internet)" if self.hub_state == HUB_OFFLINE else "Download", False
        else:
            text, enabled = f"Download ({format_size(row.entry.file_bytes)})", True
        self.primary_button.setText(text)
        self.primary_button.setEnabled(enabled)

    def _primary_clicked(self) -> None:
        row = self.selected
        if row is None:
            return
        installed = self._installed_path(row)
        if installed is not None:
            self.use_requested.emit(installed)
        else:
            self.download_requested.emit(row.entry)

    def _use_item(self, item: QListWidgetItem) -> None:
        self.use_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def entry_for(self, model: str, quant: str) -> CatalogEntry | None:
        return next((r.entry for r in self.rows if r.entry.model.key == model and r.entry.quant == quant), None)


def nowrap(text: str) -> str:
    """``text`` escaped, on one line ("22 words/s" never breaks after the slash)."""
    return f'<span style="white-space:nowrap">{html.escape(text)}</span>'


def nowrap_figures(details: str) -> str:
    """The figures of an installed model, each piece between " · " on one line."""
    return " · ".join(nowrap(part) for part in details.split(" · "))


def installed_details(model: InstalledModel, probe: Probe | None) -> str:
    """'935 KB · measured here: needs …, writes …' for a model on this computer."""
    origin = "" if model.verified else " · added from disk"
    if probe is not None:
        needs = format_size(probe.footprint_at(probe.n_ctx).working_set)
        figures = f"measured here: needs {needs}, writes {words_text(probe.decode_tokens_per_s)}"
    else:
        figures = "measured the first time it is used"
    return f"{format_size(model.size)}{origin} · {figures}"


class InstalledRow(QWidget):
    """One model on this computer: its plain name and figures, Use (or "In use"), Delete."""

    def __init__(self, model: InstalledModel, details: str) -> None:
        super().__init__()
        self.model = model
        self.name = display_name(model.name)
        self.details = details
        self.label = QLabel(f"<b>{html.escape(self.name)}</b> · {nowrap_figures(details)}")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.in_use_badge = QLabel("In use")
        self.in_use_badge.setObjectName("in-use-badge")
        self.in_use_badge.setToolTip("The chat uses this model now")
        self.in_use_badge.setContentsMargins(8, 2, 8, 2)
        self.in_use_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.use_button = QPushButton("Use")
        self.use_button.setToolTip(f"Chat with {self.name}")
        self.use_button.setAccessibleName(f"Use {self.name}")
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setAccessibleName(f"Delete {self.name}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.in_use_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.use_button)
        layout.addWidget(self.delete_button)
        self.show_in_use(False)

    def text(self) -> str:
        return f"{self.name}  ({self.details})"

    def show_in_use(self, in_use: bool) -> None:
        self.in_use_badge.setVisible(in_use)
        self.use_button.setVisible(not in_use)
        self.setAccessibleDescription("In use" if in_use else "")
        self._paint_badge()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._paint_badge()

    def _paint_badge(self) -> None:
        palette = self.palette()
        self.in_use_badge.setStyleSheet(
            f"QLabel#in-use-badge {{ background: {palette.color(QPalette.ColorRole.Highlight).name()}; "
            f"color: {palette.color(QPalette.ColorRole.HighlightedText).name()}; border-radius: 4px; "
            "font-weight: bold; }"
        )
