"""Every size x quality level in one table: its verdict, memory, speed, download and longest chat.

A row that is not published is greyed and cannot be chosen; one that is too big is muted; the
recommended one is bold. Choosing a row says so with ``picked``; the table decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.core.fit.speed import speed_text
from app.core.fit.verdicts import TOO_BIG, FitRow, listed_verdict
from app.core.models.quants import QUANTS
from app.core.sizes import format_size

# The verdict comes third: it is what a person looks for, and it is never cut off at a large font.
COLUMNS = ("Size", "Quality level", "Verdict", "Memory needed", "Speed", "Download", "Longest chat", "Quality lost")
HEADERS = (
    QT_TRANSLATE_NOOP("FitTable", "Size"), QT_TRANSLATE_NOOP("FitTable", "Quality level"),
    QT_TRANSLATE_NOOP("FitTable", "Verdict"), QT_TRANSLATE_NOOP("FitTable", "Memory needed"),
    QT_TRANSLATE_NOOP("FitTable", "Speed"), QT_TRANSLATE_NOOP("FitTable", "Download"),
    QT_TRANSLATE_NOOP("FitTable", "Longest chat"), QT_TRANSLATE_NOOP("FitTable", "Quality lost"),
)  # fmt: skip
HEADER_TIPS = {
    "Size": QT_TRANSLATE_NOOP(
        "FitTable", "How many billion parameters the model has: bigger models know more and need more memory."
    ),
    "Quality level": QT_TRANSLATE_NOOP(
        "FitTable",
        "Called the “quant” (e.g. Q4_K_M): how finely the model's numbers are stored. "
        "Higher levels (Q8_0) are closer to the original and need more memory; Q4_K_M is a good balance.",
    ),
    "Quality lost": QT_TRANSLATE_NOOP(
        "FitTable", "How much worse than the original the answers get at this quality level (lower is better)."
    ),
}
LONGEST_CHAT_TIP = QT_TRANSLATE_NOOP(
    "FitTable", "The longest chat the model can see at once and still fit easily (a token is about ¾ of a word)"
)
SPEED_TIP = QT_TRANSLATE_NOOP(
    "FitTable",
    "How fast it writes here: estimated from this computer's memory speed, or measured once the model "
    "has been used (a word is about 1.3 tokens)",
)
VISIBLE_ROWS = 8  # at any text size; when the window is shorter, the page scrolls


def memory_text(row: FitRow) -> str:
    size = format_size(row.footprint.working_set)
    if row.measured:
        return QCoreApplication.translate("FitTable", "{size}, measured").format(size=size)
    return QCoreApplication.translate("FitTable", "about {size}").format(size=size)


def row_speed(row: FitRow) -> str:
    return speed_text(row.tok_s, row.tok_s_measured is not None)


def quality_words(quant: str) -> str:
    loss = QUANTS[quant].ppl_increase
    if loss <= 0.02:
        return QCoreApplication.translate("FitTable", "almost none")
    if loss <= 0.2:
        return QCoreApplication.translate("FitTable", "very little")
    if loss <= 0.6:
        return QCoreApplication.translate("FitTable", "a little")
    if loss <= 1.7:
        return QCoreApplication.translate("FitTable", "noticeable")
    return QCoreApplication.translate("FitTable", "a lot")


class FitTable(QTreeWidget):
    picked = Signal(object)  # FitRow, chosen by the person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FitRow] = []
        self.setAccessibleName(QCoreApplication.translate("FitTable", "Every size and quality level"))
        self.setHeaderLabels([QCoreApplication.translate("FitTable", header) for header in HEADERS])
        for name, tip in HEADER_TIPS.items():
            self.headerItem().setToolTip(COLUMNS.index(name), QCoreApplication.translate("FitTable", tip))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.currentItemChanged.connect(self._current_changed)
        self._keep_usable()

    def set_rows(self, rows: list[FitRow]) -> None:
        self.rows = list(rows)
        self.blockSignals(True)
        self.clear()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for index, row in enumerate(self.rows):
            self.addTopLevelItem(self._item(row, index, muted))
        self.blockSignals(False)

    def select(self, row: FitRow | None) -> None:
        """Shows ``row`` as the current one, without saying it was picked."""
        self.blockSignals(True)
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if row is not None and self.rows[item.data(0, Qt.ItemDataRole.UserRole)] is row:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._keep_usable()

    def _item(self, row: FitRow, index: int, muted) -> QTreeWidgetItem:
        entry = row.entry
        verdict = listed_verdict(row)
        if row.recommended:
            verdict = QCoreApplication.translate("FitTable", "★ Recommended · {verdict}").format(verdict=verdict)
        cells = {
            "Size": entry.model.key,
            "Quality level": entry.quant,
            "Verdict": verdict,
            "Memory needed": memory_text(row),
            "Speed": row_speed(row),
            "Download": (
                format_size(entry.file_bytes)
                if entry.size_known
                else QCoreApplication.translate("FitTable", "~{size}").format(size=format_size(entry.file_bytes))
            ),
            "Longest chat": (
                QCoreApplication.translate("FitTable", "{count} tokens").format(count=f"{row.max_context:,}")
                if row.max_context
                else "—"
            ),
            "Quality lost": quality_words(entry.quant),
        }
        item = QTreeWidgetItem([cells[name] for name in COLUMNS])
        item.setData(0, Qt.ItemDataRole.UserRole, index)
        if entry.availability == "not_published":
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed and not selectable
            item.setToolTip(
                COLUMNS.index("Verdict"),
                QCoreApplication.translate("FitTable", "The model's makers have not published this one on the hub."),
            )
        else:
            item.setToolTip(COLUMNS.index("Verdict"), verdict)
            if row.verdict.code == TOO_BIG:
                for column in range(len(COLUMNS)):
                    item.setForeground(column, QBrush(muted))
        if row.recommended:
            font = QFont(item.font(0))
            font.setBold(True)
            for column in range(len(COLUMNS)):
                item.setFont(column, font)
        how = " " + QCoreApplication.translate("FitTable", "(measured on this computer)") if row.measured else ""
        item.setToolTip(COLUMNS.index("Memory needed"), row.verdict.detail + how)
        item.setToolTip(COLUMNS.index("Longest chat"), QCoreApplication.translate("FitTable", LONGEST_CHAT_TIP))
        item.setToolTip(COLUMNS.index("Speed"), QCoreApplication.translate("FitTable", SPEED_TIP))
        return item

    def _keep_usable(self) -> None:
        """At least ``VISIBLE_ROWS`` rows (and the header) stay visible at any text size."""
        line = self.fontMetrics().height() + 6
        self.setMinimumHeight(line * (VISIBLE_ROWS + 1) + 2 * self.frameWidth())

    def _current_changed(self, current: QTreeWidgetItem | None) -> None:
        if current is not None:
            self.picked.emit(self.rows[current.data(0, Qt.ItemDataRole.UserRole)])
