"""The days shown, as a table: the chart's text alternative ("Show as a table"). One row a
day, in the chart's order, the day as the row's header; for each activity shown what was
done, the target, how it went and the notes; then the calm breathing, the check-in's energy
when there are check-ins, and the resting heart rate while its line is on. A screen reader
reads each cell with its row and column."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from pause_app.core.model import Activity, CheckIn, Felt
from pause_app.core.series import ActivitySeries, CalmSeries, DayMark, chart_rows
from pause_app.text import wording
from pause_app.ui.progress.data import marks_of
from pause_app.ui.progress.words import mark_text

if TYPE_CHECKING:
    from pause_app.ui.progress.chart import ProgressChart

translate = QCoreApplication.translate
ROW_LINES = 1.9  # a row's least height, in lines of text: room to read, not cramped
CELL_PADDING = 8  # around a number or a header's words, in pixels
WIDE_LEAST = 7  # characters a column of words keeps before the table scrolls sideways


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


class DaysTable(QTableWidget):
    """Read-only; Tab leaves it (the arrow keys move inside)."""

    WIDE = ("how", "notes")  # columns of words (the others hold numbers)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chart_table")
        self.kinds: list[str] = []  # what each column holds ("done", "how", "calm", ...)
        self._number_widths: dict[int, int] = {}  # a column of numbers: its width
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setMinimumHeight(240)
        # As wide as the page, no sideways scroll: the columns of words take what the
        # numbers leave, and long headers wrap onto a second line.
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(round(self.fontMetrics().lineSpacing() * ROW_LINES))
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ProgressChart", "The days shown"))

    def fill_from(self, chart: ProgressChart, first: date, last: date) -> None:
        """The days ``first..last`` of what the chart shows."""
        plots = chart.shown_plots()
        shown = [
            (p.activity, p.series)
            for p in chart.activity_plots
            if p.plot in plots and p.activity is not None and p.series is not None
        ]
        checkins = chart.energy_plot.checkins if chart.energy_plot.plot in plots else []
        heart = chart.heart_plot.values if chart.heart_shown else None
        names = chart.activity_plots[0].names  # every activity's: a mark says where it came from
        self.fill(shown, names, chart.calm_series(), checkins, first, last, heart)

    def fill(
        self,
        shown: Sequence[tuple[Activity, ActivitySeries]],
        names: Mapping[int, str],
        calm: CalmSeries,
        checkins: Sequence[CheckIn],
        first: date,
        last: date,
        heart: Sequence[tuple[date, int]] | None = None,
    ) -> None:
        """The days ``first..last`` of the activities shown (one or two). ``heart``: the
        resting heart rate by day while its line is on (None: the line is off, no column)."""
        days = [day for day in calm.days if first <= day <= last]
        columns: list[str] = []
        self.kinds = []
        cells: list[list[str]] = [[] for _ in days]
        for activity, data in shown:
            named = len(shown) > 1
            heads = [
                translate("ProgressChart", "Done ({unit})").format(unit=activity.unit),
                translate("ProgressChart", "Target"),
                translate("ProgressChart", "How it went"),
                translate("ProgressChart", "Notes"),
            ]
            columns += [f"{activity.name}: {head}" if named else head for head in heads]
            self.kinds += ["done", "target", "how", "notes"]
            rows = {row.day: row for row in chart_rows(data, calm, first, last)}
            for line, day in zip(cells, days, strict=True):
                row = rows.get(day)
                index = (day - data.days[0]).days if data.days else -1
                if row is None or not 0 <= index < len(data.days):
                    line += ["", "", "", ""]
                    continue
                logs = data.logs[index] if data.logs else ()
                # "Went well" already says "good": only another feeling is added to it.
                felt = [a.felt for a in logs if not (row.went_well and a.felt is Felt.GOOD)]
                went = [wording.felt_name(f) for f in felt]
                if row.went_well:
                    went.insert(0, translate("ProgressChart", "Went well"))
                sources = marks_of(data)[1][index]
                elsewhere = bool(sources) and activity.id not in sources
                if elsewhere or row.mark in (DayMark.BIG_DAY, DayMark.BEFORE_CRASH):
                    went.append(mark_text(data, activity, index, names))  # as the hover says
                line += [_number(row.done), _number(row.target), " · ".join(went), row.note]
        columns += [
            translate("ProgressChart", "Minutes of calm breathing"),  # as the legend says
            translate("ProgressChart", "Pauses taken"),
        ]
        self.kinds += ["calm", "pauses"]
        calm_by_day = dict(zip(calm.days, zip(calm.minutes, calm.pauses, strict=True), strict=True))
        for line, day in zip(cells, days, strict=True):
            minutes, pauses = calm_by_day.get(day, (0.0, 0))
            line += [_number(round(minutes, 1)) if minutes else "", str(pauses) if pauses else ""]
        by_day = {c.day: c for c in checkins if first <= c.day <= last}
        if by_day:
            columns += [
                translate("ProgressChart", "Energy had"),
                translate("ProgressChart", "Energy spent"),
            ]
            self.kinds += ["had", "spent"]
            for line, day in zip(cells, days, strict=True):
                checkin = by_day.get(day)
                line += [
                    _number(checkin.energy) if checkin else "",
                    _number(checkin.spent) if checkin else "",
                ]
        if heart is not None:
            columns.append(translate("ProgressChart", "Resting heart rate"))  # as its box says
            self.kinds.append("heart")
            bpm_by_day = dict(heart)
            for line, day in zip(cells, days, strict=True):
                bpm = bpm_by_day.get(day)
                line.append(str(bpm) if bpm is not None else "")
        self._show(columns, days, cells)

    def _show(self, columns: list[str], days: list[date], cells: list[list[str]]) -> None:
        self.clear()
        self.setColumnCount(len(columns))
        self.setRowCount(len(days))
        self.setHorizontalHeaderLabels(columns)
        # The day as a row header: short, with the year only when the days cross one.
        years = {day.year for day in days}
        shape = "ddd d MMM" if len(years) < 2 else "ddd d MMM yyyy"
        locale = QLocale()
        self.setVerticalHeaderLabels(
            [locale.toString(QDate(day.year, day.month, day.day), shape) for day in days]
        )
        header = self.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._number_widths = {  # the numbers' width, or the header's longest word if wider
            column: self._number_width(columns[column], cells, column)
            for column, kind in enumerate(self.kinds)
            if kind not in self.WIDE
        }
        self._fit_columns()
        for row, line in enumerate(cells):
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # read
                if self.kinds[column] not in self.WIDE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)

    def _number_width(self, head: str, cells: list[list[str]], column: int) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(line[column]) for line in cells), default=0)
        word = max((metrics.horizontalAdvance(w) for w in head.split()), default=0)
        return max(widest, word) + CELL_PADDING

    def _fit_columns(self) -> None:
        """The numbers as wide as they need; the columns of words share what is left, so the
        table fits the page (it scrolls sideways only below WIDE_LEAST characters each);
        the headers wrap, and the header row is as tall as its longest one."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        wide = [c for c, kind in enumerate(self.kinds) if kind in self.WIDE]
        left = self.viewport().width() - sum(self._number_widths.values()) - 1
        least = metrics.averageCharWidth() * WIDE_LEAST
        for column in range(self.columnCount()):
            width = self._number_widths.get(column)
            if width is None:
                width = max(least, left // max(1, len(wide)))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        lines = 1
        for column in range(self.columnCount()):
            head = self.horizontalHeaderItem(column)
            if head is not None:
                room = QRect(0, 0, header.sectionSize(column) - CELL_PADDING // 2, 10_000)
                flags = Qt.TextFlag.TextWordWrap
                tall = metrics.boundingRect(room, flags, head.text()).height()
                lines = max(lines, round(tall / metrics.lineSpacing()))
        header.setFixedHeight(metrics.lineSpacing() * lines + CELL_PADDING // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def row_texts(self, row: int) -> list[str]:
        """A row as the table shows it, its day first (for the tests)."""
        header = self.verticalHeaderItem(row)
        cells = [self.item(row, column) for column in range(self.columnCount())]
        return [header.text() if header else ""] + [c.text() if c else "" for c in cells]
