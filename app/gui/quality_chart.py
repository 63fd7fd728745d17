"""Quality against memory, one dot per size x quant, so the trade-off is seen, not read.

x: memory the model needs here; y: how much of the full model's quality the
quant keeps (llama.cpp's perplexity increase, drawn as "loss": lower is better,
so up is better). A line marks this computer's free memory. Painted by hand:
PySide6-Essentials has no QtCharts, and a scatter plot is a few lines of QPainter.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.fit import TOO_BIG, FitRow
from app.core.quants import QUANTS

GB = 1000**3  # as format_size writes sizes

SIZE_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 16, 28, 40


class QualityChart(QWidget):
    picked = Signal(object)  # the FitRow whose dot was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FitRow] = []
        self.free_bytes = 0
        self.selected: FitRow | None = None
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Chart of answer quality against memory needed")
        self.setToolTip("Each dot is one download. Higher is better quality; further right needs more memory.")

    def set_rows(self, rows: list[FitRow], free_bytes: int) -> None:
        self.rows = [r for r in rows if r.entry.availability != "not_published"]
        self.free_bytes = free_bytes
        self.update()

    def select(self, row: FitRow | None) -> None:
        self.selected = row
        self.update()

    # -- geometry ----------------------------------------------------------------

    def _plot_rect(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(10, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(10, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def _x_max(self) -> float:
        largest = max((r.footprint.working_set for r in self.rows), default=GB)
        return max(largest, self.free_bytes) * 1.05 / GB

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
        value = 0.0
        while value <= x_max + 1e-9:
            x = rect.left() + rect.width() * value / x_max
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            painter.drawText(QRectF(x - 30, rect.bottom() + 4, 60, 16), Qt.AlignmentFlag.AlignHCenter, f"{value:g} GB")
            value += step
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + 20, rect.width(), 18),
            Qt.AlignmentFlag.AlignHCenter,
            "memory needed",
        )
        painter.save()
        painter.translate(14, rect.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-80, -10, 160, 20), Qt.AlignmentFlag.AlignCenter, "answer quality")
        painter.restore()
        painter.drawText(QRectF(20, rect.top() - 2, MARGIN_LEFT - 24, 16), Qt.AlignmentFlag.AlignRight, "best")
        painter.drawText(QRectF(20, rect.bottom() - 14, MARGIN_LEFT - 24, 16), Qt.AlignmentFlag.AlignRight, "worse")

        if self.free_bytes:
            x = rect.left() + rect.width() * (self.free_bytes / GB) / x_max
            painter.setPen(QPen(QColor("#c0392b"), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.drawText(QRectF(x - 150, rect.top() - 20, 146, 16), Qt.AlignmentFlag.AlignRight, "free memory now")

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
                painter.drawText(point + QPointF(9, 4), "★ recommended")
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
            x += 58
        painter.end()


def _nice_step(span: float) -> float:
    raw = span / 6
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude
