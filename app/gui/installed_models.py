"""'On this computer': one row per model here with its figures, Use (or the "In use" badge) and Delete."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.fit.measurements import Probe
from app.core.fit.speed import words_text
from app.core.models.catalog import display_name
from app.core.models.library import InstalledModel
from app.core.sizes import format_size
from app.gui.list_rows import WrappedRows
from app.gui.rich_text import nowrap

VISIBLE_ROWS = 3  # the list is as tall as this many rows (it scrolls beyond): the choices below keep their room


def nowrap_figures(details: str) -> str:
    """The figures of an installed model, each piece between " · " on one line."""
    return " · ".join(nowrap(part) for part in details.split(" · "))


def installed_details(model: InstalledModel, probe: Probe | None) -> str:
    """'935 KB · measured here: needs …, writes …' for a model on this computer."""
    origin = "" if model.verified else QCoreApplication.translate("InstalledModels", " · added from disk")
    if probe is not None:
        needs = format_size(probe.footprint_at(probe.n_ctx).working_set)
        figures = QCoreApplication.translate("InstalledModels", "measured here: needs {size}, writes {speed}").format(
            size=needs, speed=words_text(probe.decode_tokens_per_s)
        )
    else:
        figures = QCoreApplication.translate("InstalledModels", "measured the first time it is used")
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
        self.in_use_badge = QLabel(QCoreApplication.translate("InstalledModels", "In use"))
        self.in_use_badge.setObjectName("in-use-badge")
        self.in_use_badge.setToolTip(QCoreApplication.translate("InstalledModels", "The chat uses this model now"))
        self.in_use_badge.setContentsMargins(8, 2, 8, 2)
        self.in_use_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.use_button = QPushButton(QCoreApplication.translate("InstalledModels", "Use"))
        self.use_button.setToolTip(
            QCoreApplication.translate("InstalledModels", "Chat with {model}").format(model=self.name)
        )
        self.use_button.setAccessibleName(
            QCoreApplication.translate("InstalledModels", "Use {model}").format(model=self.name)
        )
        self.delete_button = QPushButton(QCoreApplication.translate("InstalledModels", "Delete…"))
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("InstalledModels", "Delete {model}").format(model=self.name)
        )
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
        self.setAccessibleDescription(QCoreApplication.translate("InstalledModels", "In use") if in_use else "")
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


def titled_rows(frame: QFrame, title_html: str, button: QPushButton, accessible_name: str) -> QListWidget:
    """Lay out ``frame`` as a title (``title_html``: bold) with ``button`` beside it over a list of widget rows.

    Each row has its own Use button (or the "In use" badge): the list has no selection of its own,
    so the picker never shows two chosen models at once."""
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QHBoxLayout()
    heading.addWidget(QLabel(title_html))
    heading.addStretch()
    heading.addWidget(button)
    layout.addLayout(heading)
    rows = QListWidget()
    rows.setAccessibleName(accessible_name)
    rows.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    rows.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its buttons take the focus
    layout.addWidget(rows)
    return rows


class InstalledModels(QFrame):
    """The models here, titled "On this computer", with "Compare two models…"; hidden when there are none."""

    use_requested = Signal(object)  # Path
    delete_requested = Signal(object)  # InstalledModel
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[InstalledModel] = []
        self.rows: list[InstalledRow] = []
        self.compare_button = QPushButton(QCoreApplication.translate("InstalledModels", "Compare two models…"))
        self.compare_button.setToolTip(
            QCoreApplication.translate(
                "InstalledModels", "Ask two of your models the same question and see both answers side by side"
            )
        )
        self.compare_button.clicked.connect(self.compare_requested)
        self.list = titled_rows(
            self,
            QCoreApplication.translate("InstalledModels", "<b>On this computer</b>"),
            self.compare_button,
            QCoreApplication.translate("InstalledModels", "Models on this computer"),
        )
        self.list.itemDoubleClicked.connect(self._use_item)
        self.row_heights = WrappedRows(self.list, self._sized)

    def set_models(self, models: list[InstalledModel], measured: dict[Path, Probe | None], in_use: Path | None) -> None:
        self.models = list(models)
        self.list.clear()
        self.rows = []
        for model in self.models:
            row = InstalledRow(model, installed_details(model, measured.get(model.path)))
            row.use_button.clicked.connect(lambda _=False, path=model.path: self.use_requested.emit(path))
            row.delete_button.clicked.connect(lambda _=False, model=model: self.delete_requested.emit(model))
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(model.path))
            item.setToolTip(str(model.path))
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
            self.rows.append(row)
        self.row_heights.fit()
        self.setVisible(bool(self.models))
        self.compare_button.setEnabled(len(self.models) >= 2)
        self.show_in_use(in_use)

    def show_in_use(self, path: Path | None) -> None:
        """The model the chat uses: its row shows "In use" instead of a Use button."""
        for row in self.rows:
            row.show_in_use(path is not None and row.model.path == path)

    def path_of(self, file_name: str) -> Path | None:
        """Where the model file named ``file_name`` is on this computer, if it is here."""
        return next((model.path for model in self.models if model.name == file_name), None)

    def texts(self) -> list[str]:
        """What each row says, top to bottom."""
        return [row.text() for row in self.rows]

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.row_heights.fit()  # a new text size: rows grow or shrink

    def _sized(self, heights: list[int]) -> None:
        self.list.setFixedHeight(sum(heights[:VISIBLE_ROWS]) + 2 * self.list.frameWidth())

    def _use_item(self, item: QListWidgetItem) -> None:
        self.use_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
