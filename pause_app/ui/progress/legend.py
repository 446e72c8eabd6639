"""The legend in words, under the plots: each mark's small sample, drawn with the chart's own
pens and brushes, and what it means; only the marks in view (no crash mark without a crash
on screen), in a row that wraps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pause_app.core.model import CheckIn
from pause_app.core.series import ActivitySeries, CalmSeries, DayMark
from pause_app.ui.progress.data import marks_of, own_big_days
from pause_app.ui.progress.look import Look
from pause_app.ui.widgets.flow import FlowLayout
from pause_app.ui.widgets.labels import role_label

translate = QCoreApplication.translate

ENERGY = ("had", "spent")  # shown only with check-ins, as the energy strip
ENERGY_KINDS = (*ENERGY, "severe")
# The entries in the order they are read: what was done, the marked days, calm breathing,
# energy. (The rows are kept from when they were a grid; the legend now wraps as it needs.)
ROWS = (
    ("done", "target", "success"),
    ("big_day", "tired", "crash"),
    ("before", "elsewhere", "pauses"),
    ("calm", "severe"),
    ENERGY,
)
KINDS = tuple(kind for row in ROWS for kind in row)


def in_view(
    shown: Sequence[tuple[ActivitySeries, int]],
    calm: CalmSeries | None,
    checkins: Sequence[CheckIn],
    first: date,
    last: date,
) -> set[str]:
    """The legend's kinds that have a mark on the days ``first..last``: of the activities
    shown (each series with its activity's id), the calm breathing and the check-ins. Only
    the days in view are looked at (it runs as the chart is dragged)."""
    kinds: set[str] = set()
    for data, activity_id in shown:
        marks, sources = marks_of(data)
        big = own_big_days(data, activity_id)
        successes = set(data.successes)
        for index in _indexes(data.days, first, last):
            day, mark = data.days[index], marks[index]
            if data.done[index] is not None:
                kinds |= {"done", "big_day"} if day in big else {"done"}
            if data.target[index] is not None:
                kinds.add("target")
            if day in successes:
                kinds.add("success")
            if mark is DayMark.NONE or (mark is DayMark.BIG_DAY and day in big):
                continue
            if sources[index] and activity_id not in sources[index]:
                kinds.add("elsewhere")
            kinds.add({DayMark.BEFORE_CRASH: "before"}.get(mark, mark.value))
    if calm is not None:
        for index in _indexes(calm.days, first, last):
            kinds |= {"calm"} if calm.minutes[index] > 0 else set()
            kinds |= {"pauses"} if calm.pauses[index] > 0 else set()
    for checkin in checkins:
        if first <= checkin.day <= last:
            kinds |= {"had"} if checkin.energy is not None else set()
            kinds |= {"spent"} if checkin.spent is not None else set()
            kinds |= {"severe"} if checkin.severe else set()
    return kinds & set(KINDS)


def _indexes(days: Sequence[date], first: date, last: date) -> range:
    """The indexes of ``first..last`` in a series of consecutive days."""
    if not days:
        return range(0)
    start = max((first - days[0]).days, 0)
    return range(start, min((last - days[0]).days + 1, len(days)))


class Legend:
    """The entries in a row that wraps (the chart lays it out under its plots), each shown
    only while its mark is in view."""

    def __init__(self) -> None:
        self.entries = {kind: LegendEntry(kind) for kind in KINDS}
        self.grid = FlowLayout(spacing=18, line_spacing=2)  # the name is older than the flow
        for kind in KINDS:
            self.grid.addWidget(self.entries[kind])
        self._energy = False
        self.shown: set[str] = set(KINDS)
        for kind in ENERGY_KINDS:  # (showing waits until the entries are in the chart)
            self.entries[kind].setVisible(False)

    def show_energy(self, shown: bool) -> None:
        """The energy strip is there (only with check-ins)."""
        self._energy = shown
        self.show_only(self.shown)

    def show_only(self, kinds: set[str]) -> None:
        """Only these kinds (``in_view``); energy only with the strip."""
        self.shown = set(kinds)
        for kind, entry in self.entries.items():
            wanted = kind in kinds and (self._energy or kind not in ENERGY_KINDS)
            if entry.isHidden() == wanted:
                entry.setVisible(wanted)

    def retranslate(self) -> None:
        meanings = {
            "done": translate("ProgressChart", "What you did"),
            "target": translate("ProgressChart", "Your target"),
            "success": translate("ProgressChart", "Went well"),
            "big_day": translate("ProgressChart", "A big day"),
            "tired": translate("ProgressChart", "Tired day"),
            "crash": translate("ProgressChart", "Crash"),
            "before": translate("ProgressChart", "3 days before a crash"),
            "elsewhere": translate("ProgressChart", "Lighter: another activity"),
            "calm": translate("ProgressChart", "Minutes of calm breathing"),
            "pauses": translate("ProgressChart", "Pauses taken"),
            "had": translate("ProgressChart", "Energy had"),
            "spent": translate("ProgressChart", "Energy spent"),
            "severe": translate("ProgressChart", "Severe symptoms"),
        }
        for kind, entry in self.entries.items():
            entry.text.setText(meanings[kind])
            entry.setAccessibleName(meanings[kind])

    def draw(self, look: Look) -> None:
        for entry in self.entries.values():
            entry.draw(look)


class LegendEntry(QWidget):
    """A small drawn sample (the same pen, brush or shape as the chart) and its meaning."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.sample = QLabel()
        self.text = role_label("muted", wrap=False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.sample)
        row.addWidget(self.text)
        row.addStretch(1)

    def draw(self, look: Look) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap(int(30 * ratio), int(16 * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(2, 1, 26, 14)
        if self.kind == "done":
            painter.setPen(look.done)
            painter.drawLine(QPointF(2, 11), QPointF(28, 5))
            painter.setPen(look.point_pen)
            painter.setBrush(look.point_brush)
            painter.drawEllipse(QPointF(15, 8), 4, 4)
        elif self.kind == "target":
            painter.setPen(look.target)
            painter.drawPolyline([QPointF(2, 12), QPointF(14, 12), QPointF(14, 5), QPointF(28, 5)])
        elif self.kind == "success":
            painter.setPen(look.point_pen)
            painter.setBrush(look.success_brush)
            painter.drawPolygon(_star(QPointF(15, 8), 8.0))
        elif self.kind == "big_day":  # the chart's upward triangle, as large as a star
            painter.setPen(look.point_pen)
            painter.setBrush(look.big_day_brush)
            painter.drawPolygon([QPointF(15, 1), QPointF(22.5, 15), QPointF(7.5, 15)])
        elif self.kind == "calm":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.calm)
            painter.drawRect(QRectF(5, 5, 6, 10))
            painter.drawRect(QRectF(15, 2, 6, 13))
        elif self.kind == "pauses":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.pause_brush)
            painter.drawPolygon(_diamond(QPointF(15, 8), 5))
        elif self.kind == "had":
            painter.setPen(look.point_pen)
            painter.setBrush(look.had_brush)
            painter.drawEllipse(QPointF(15, 8), 4, 4)
        elif self.kind == "spent":
            painter.setPen(look.spent_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(_diamond(QPointF(15, 8), 5))
        elif self.kind == "severe":
            painter.setPen(QPen(look.severe_brush.color(), 2.0))
            painter.drawLine(QPointF(11, 4), QPointF(19, 12))
            painter.drawLine(QPointF(19, 4), QPointF(11, 12))
        elif self.kind == "elsewhere":  # a tired day and a big day, as another activity's
            painter.setPen(look.axis)
            painter.setBrush(look.band(DayMark.TIRED, elsewhere=True))
            painter.drawRect(QRectF(2, 1, 13, 14))
            painter.setBrush(look.band(DayMark.BIG_DAY, elsewhere=True))
            painter.drawRect(QRectF(15, 1, 13, 14))
        else:
            marks = {"tired": DayMark.TIRED, "crash": DayMark.CRASH, "before": DayMark.BEFORE_CRASH}
            painter.setPen(look.axis)
            painter.setBrush(look.band(marks[self.kind]))
            painter.drawRect(area)
        painter.end()
        self.sample.setPixmap(pixmap)


def _diamond(center: QPointF, half: float) -> list[QPointF]:
    return [center + QPointF(x, y) for x, y in ((0, -half), (half * 0.8, 0), (0, half))] + [
        center + QPointF(-half * 0.8, 0)
    ]


def _star(center: QPointF, radius: float) -> list[QPointF]:
    points = []
    for n in range(10):
        angle = np.pi / 2 + n * np.pi / 5
        r = radius if n % 2 == 0 else radius * 0.45
        points.append(center + QPointF(r * np.cos(angle), -r * np.sin(angle)))
    return points
