"""Quality against memory, one dot per size x quant, so the trade-off is seen, not read.

x: memory the model needs here; y: how much of the full model's quality the
quant keeps (llama.cpp's perplexity increase, drawn as "loss": lower is better,
so up is better). A line marks this computer's free memory. Painted by hand:
PySide6-Essentials has no QtCharts, and a scatter plot is a few lines of QPainter.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.fit.verdicts import TOO_BIG, FitRow
from app.core.models.quants import QUANTS
from app.gui.theme import readable

GB = 1000**3  # as format_size writes sizes

SIZE_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2")
MINIMUM_HEIGHT = 220
MARGIN_RIGHT = 16  # the other margins follow the text size (labels are never cut at a large font)


class QualityChart(QWidget):
    picked = Signal(object)  # the FitRow whose dot was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FitRow] = []
        self.free_bytes = 0
        self.selected: FitRow | None = None
        self.setMinimumHeight(max(MINIMUM_HEIGHT, 14 * self.fontMetrics().height()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(
            QCoreApplication.translate("QualityChart", "Chart of answer quality against memory needed")
        )
        self.setToolTip(
            QCoreApplication.translate(
                "QualityChart", "Each dot is one download. Higher is better quality; further right needs more memory."
            )
        )

    def set_rows(self, rows: list[FitRow], free_bytes: int) -> None:
        self.rows = [r for r in rows if r.entry.availability != "not_published"]
        self.free_bytes = free_bytes
        self.update()

    def select(self, row: FitRow | None) -> None:
        self.selected = row
        self.update()

    # -- geometry ----------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # room for the rotated axis words at any text size
            self.setMinimumHeight(max(MINIMUM_HEIGHT, 14 * self.fontMetrics().height()))

    def _margins(self) -> tuple[float, float, float]:
        """Left, top and bottom margins: room for the axis words at the current text size."""
        metrics = self.fontMetrics()
        line = metrics.height()
        words = max(metrics.horizontalAdvance("best"), metrics.horizontalAdvance("worse"))
        return 8 + line + 8 + words + 6, line + 10, 2 * line + 12

    def _plot_rect(self) -> QRectF:
        left, top, bottom = self._margins()
        return QRectF(
            left,
            top,
            max(10, self.width() - left - MARGIN_RIGHT),
            max(10, self.height() - top - bottom),
        )

    def _x_max(self) -> float:
        """The axis spans the models (and the free memory when it is near them): models of 1 GB on an
        axis to 25 GB sat in its first 3 %, one dot on the other."""
        largest = max((r.footprint.working_set for r in self.rows), default=GB)
        shown = self.free_bytes if self.free_bytes <= 2 * largest else largest
        return max(largest, shown) * 1.1 / GB

    @staticmethod
    def _loss(row: FitRow) -> float:
        return math.log10(max(QUANTS[row.entry.quant].ppl_increase, 0.001))  # -3 (lossless) .. ~0.6

    def _point(self, row: FitRow) -> QPointF:
        rect = self._plot_rect()
        x = rect.left() + rect.width() * (row.footprint.working_set / GB) / self._x_max()
        y = rect.top() + rect.height() * (self._loss(row) + 3.0) / 3.8
        return QPointF(x, y)

    def _row_at(self, position: QPointF) -> FitRow | None:
        best, distance = None, 12.0
        for row in self.rows:
            point = self._point(row)
            d = math.hypot(point.x() - position.x(), point.y() - position.y())
            if d < distance:
                best, distance = row, d
        return best

    # -- events ----------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's API
        row = self._row_at(event.position())
        if row is not None:
            self.select(row)
            self.picked.emit(row)

    def paintEvent(self, event) -> None:  # noqa: N802, ARG002 - Qt's API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = self._plot_rect()
        painter.setPen(QPen(muted, 1))
        painter.drawRect(rect)

        x_max = self._x_max()
        step = _nice_step(x_max)
        painter.setPen(text)
        metrics = self.fontMetrics()
        line = metrics.height()
        value = 0.0
        while value <= x_max + 1e-9:
            x = rect.left() + rect.width() * value / x_max
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            label = f"{value:g} GB"
            half = metrics.horizontalAdvance(label) / 2 + 2
            painter.drawText(QRectF(x - half, rect.bottom() + 4, 2 * half, line), Qt.AlignmentFlag.AlignHCenter, label)
            value += step
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + 4 + line, rect.width(), line),
            Qt.AlignmentFlag.AlignHCenter,
            "memory needed",
        )
        painter.save()
        painter.translate(8 + line / 2, rect.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-rect.height() / 2, -line / 2, rect.height(), line), Qt.AlignmentFlag.AlignCenter,
                         "answer quality")  # fmt: skip
        painter.restore()
        words = QRectF(8 + line, 0, rect.left() - 8 - line - 6, line)
        painter.drawText(words.translated(0, rect.top()), Qt.AlignmentFlag.AlignRight, "best")
        painter.drawText(words.translated(0, rect.bottom() - line), Qt.AlignmentFlag.AlignRight, "worse")

        if self.free_bytes:
            # Red readable on this theme's background (a dark red was 1.6:1 on the dark theme).
            red = readable(QColor("#c0392b"), palette.color(QPalette.ColorRole.Window))
            beyond = self.free_bytes / GB > x_max  # far right of every model: said at the edge, not drawn
            x = rect.right() if beyond else rect.left() + rect.width() * (self.free_bytes / GB) / x_max
            label = f"free memory now: {self.free_bytes / GB:.0f} GB →" if beyond else "free memory now"
            painter.setPen(QPen(red, 1.5, Qt.PenStyle.DashLine))
            if not beyond:
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(red)
            width = metrics.horizontalAdvance(label) + 4
            painter.drawText(QRectF(x - width - 4, rect.top() - line - 4, width, line), Qt.AlignmentFlag.AlignRight,
                             label)  # fmt: skip

        sizes = sorted({r.entry.model.key for r in self.rows}, key=lambda k: float(k.rstrip("b")))
        colors = {key: QColor(SIZE_COLORS[i % len(SIZE_COLORS)]) for i, key in enumerate(sizes)}
        for size in sizes:  # a line per size through its quants, left to right
            points = sorted((self._point(r) for r in self.rows if r.entry.model.key == size), key=lambda p: p.x())
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                color = QColor(colors[size])
                color.setAlpha(90)
                painter.setPen(QPen(color, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
        for row in self.rows:
            point = self._point(row)
            color = QColor(colors[row.entry.model.key])
            if row.verdict.code == TOO_BIG or not row.entry.published:
                color.setAlpha(70)
            painter.setPen(QPen(color.darker(130), 1))
            painter.setBrush(color)
            radius = 6 if row.recommended else 4
            painter.drawEllipse(point, radius, radius)
            if row.recommended:
                painter.setPen(text)
                label = "★ recommended"
                width = metrics.horizontalAdvance(label)
                left = point.x() + 9 if point.x() + 9 + width <= rect.right() else point.x() - 9 - width  # in view
                painter.drawText(QPointF(left, point.y() + 4), label)
        if self.selected is not None and self.selected in self.rows:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self._point(self.selected), 9, 9)

        x = rect.left() + 8  # legend
        for size in sizes:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors[size])
            painter.drawEllipse(QPointF(x + 4, rect.bottom() - 10), 4, 4)
            painter.setPen(text)
            painter.drawText(QPointF(x + 12, rect.bottom() - 6), size)
            x += 24 + metrics.horizontalAdvance(size)
        painter.end()


def _nice_step(span: float) -> float:
    raw = span / 6
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude
