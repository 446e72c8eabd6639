"""The days shown, as a table: the chart's text alternative ("Show as a table"). One row a
day, in the chart's order, the day as the row's header; for each activity shown what was
done, the target, how it went and the notes; then the calm breathing, the check-in's energy
when there are check-ins, and the resting heart rate while its line is on. A screen reader
reads each cell with its row and column.

The cells come from ``table_model.DaysModel``, asked for as they are shown: "All" over a
hundred years is 36,500 rows. A row is as tall as its words need, worked out when it is
about to be drawn or the keyboard moves near it (and again once the columns change width),
never for every row at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableView,
)

from pause_app.core.model import Activity, CheckIn
from pause_app.core.series import ActivitySeries, CalmSeries
from pause_app.ui.progress.table_model import ActivityDays, Column, DaysModel, number

if TYPE_CHECKING:
    from pause_app.ui.progress.chart import ProgressChart

translate = QCoreApplication.translate
ROW_LINES = 1.9  # a row's least height, in lines of text: room to read, not cramped
CELL_PADDING = 8  # around a number or a header's words, in pixels
WIDE_LEAST = 7  # characters a column of words keeps before the table scrolls sideways


def _minutes(value: object) -> str:
    return number(round(value, 1)) if isinstance(value, int | float) and value else ""


def _count(value: object) -> str:
    return str(value) if value else ""


def _maybe(value: object) -> str:
    return "" if value is None else str(value)


class DaysTable(QTableView):
    """Read-only; Tab leaves it (the arrow keys move inside)."""

    WIDE = DaysModel.WIDE  # columns of words (the others hold numbers)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chart_table")
        self.days_model = DaysModel()
        self.setModel(self.days_model)
        self.kinds: list[str] = []  # what each column holds ("done", "how", "calm", ...)
        self._number_widths: dict[int, int] = {}  # a column of numbers: its width
        self._tall: set[int] = set()  # the rows made taller than the least for their words
        self._sizing = False  # while the columns are given their widths
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
        header.sectionResized.connect(self._columns_resized)
        rows = self.verticalHeader()
        # Not ResizeToContents: that measures every row's cells whenever anything moves.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        least = round(self.fontMetrics().lineSpacing() * ROW_LINES)
        rows.setMinimumSectionSize(least)
        rows.setDefaultSectionSize(least)
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
        columns: list[Column] = []
        for activity, data in shown:
            columns += ActivityDays(activity, data, names, days).columns(named=len(shown) > 1)
        calm_by_day = dict(zip(calm.days, zip(calm.minutes, calm.pauses, strict=True), strict=True))
        calm_days = [calm_by_day.get(day, (0.0, 0)) for day in days]
        columns += [  # as the legend says
            Column(
                translate("ProgressChart", "Minutes of calm breathing"),
                "calm",
                [minutes for minutes, _pauses in calm_days],
                _minutes,
            ),
            Column(
                translate("ProgressChart", "Pauses taken"),
                "pauses",
                [pauses for _minutes, pauses in calm_days],
                _count,
            ),
        ]
        by_day = {c.day: c for c in checkins if first <= c.day <= last}
        if by_day:
            had = [by_day[day].energy if day in by_day else None for day in days]
            spent = [by_day[day].spent if day in by_day else None for day in days]
            columns += [
                Column(translate("ProgressChart", "Energy had"), "had", had, number),
                Column(translate("ProgressChart", "Energy spent"), "spent", spent, number),
            ]
        if heart is not None:
            bpm_by_day = dict(heart)
            columns.append(  # as its box says
                Column(
                    translate("ProgressChart", "Resting heart rate"),
                    "heart",
                    [bpm_by_day.get(day) for day in days],
                    _maybe,
                )
            )
        self._show(columns, days)

    def _show(self, columns: list[Column], days: list[date]) -> None:
        self.kinds = [column.kind for column in columns]
        self._tall = set()  # a reset gives every row the least height again
        self.days_model.show(columns, days)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._number_widths = {  # the numbers' width, or the header's longest word if wider
            place: self._number_width(column)
            for place, column in enumerate(columns)
            if column.kind not in self.WIDE
        }
        self._fit_columns()
        self._fit_end()

    def _number_width(self, column: Column) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in column.texts()), default=0)
        word = max((metrics.horizontalAdvance(w) for w in column.head.split()), default=0)
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
        heads = self.header_texts()
        self._sizing = True  # the rows are measured again once, after every column
        try:
            for column in range(self.columnCount()):
                width = self._number_widths.get(column)
                if width is None:  # and never narrower than its header's longest word
                    words = heads[column].split()
                    word = max((metrics.horizontalAdvance(w) for w in words), default=0)
                    width = max(least, word + CELL_PADDING, left // max(1, len(wide)))
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
                    self._forget_heights()
        finally:
            self._sizing = False
        lines = 1
        for place, head in enumerate(heads):
            room = QRect(0, 0, header.sectionSize(place) - CELL_PADDING // 2, 10_000)
            tall = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, head).height()
            lines = max(lines, round(tall / metrics.lineSpacing()))
        header.setFixedHeight(metrics.lineSpacing() * lines + CELL_PADDING // 2)

    def _columns_resized(self, *_args: object) -> None:
        """A column dragged wider or narrower: its words wrap onto other lines."""
        if not self._sizing:
            self._forget_heights()
            self._fit_end()

    def _forget_heights(self) -> None:
        """The rows made taller for their words get the least height again, to be measured
        again as they come into view (the columns' widths changed)."""
        rows = self.verticalHeader()
        least = rows.defaultSectionSize()
        for row in self._tall:
            if row < self.rowCount():
                rows.resizeSection(row, least)
        self._tall = set()

    def _fit_rows(self, rows: range) -> bool:
        """These rows as tall as their words need, at least ROW_LINES lines; whether one
        changed."""
        header = self.verticalHeader()
        least = header.defaultSectionSize()
        changed = False
        for row in rows:
            height = max(least, self.sizeHintForRow(row))
            if height != self.rowHeight(row):
                header.resizeSection(row, height)
                changed = True
                if height == least:
                    self._tall.discard(row)
                else:
                    self._tall.add(row)
        return changed

    def _page(self) -> int:
        """How many rows of the least height fill the view."""
        return self.viewport().height() // self.verticalHeader().defaultSectionSize() + 1

    def _fit_end(self) -> None:
        """The last rows, a view of them: where the scroll bar ends depends on their height."""
        count = self.rowCount()
        if self._fit_rows(range(max(0, count - self._page()), count)):
            self.updateGeometries()  # the scroll bar's end, now

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows about to be drawn are measured first (each only once, until the
        columns change width); a taller row asks for the view to be drawn again."""
        count = self.rowCount()
        bottom = self.viewport().height()
        row = max(0, self.rowAt(0))
        while row < count and self.rowViewportPosition(row) < bottom:
            self._fit_rows(range(row, row + 1))
            row += 1
        super().paintEvent(event)

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """The rows around a cell the keyboard moves to are measured before the view moves
        there, so the cell is wholly in view once its neighbours grew to their words."""
        if index.isValid():
            page = self._page()
            start = max(0, index.row() - page)
            if self._fit_rows(range(start, min(self.rowCount(), index.row() + page + 1))):
                self.updateGeometries()  # the rows above the view grew: the top row stays
        super().scrollTo(index, hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._fit_end()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()
        self._fit_end()

    def rowCount(self) -> int:
        return self.days_model.rowCount()

    def columnCount(self) -> int:
        return self.days_model.columnCount()

    def header_texts(self) -> list[str]:
        """The columns' headers, in order."""
        return [column.head for column in self.days_model.columns]

    def horizontalHeaderItem(self, column: int) -> QStandardItem:
        """A column's header as an item with its text, as a table widget gives it."""
        return QStandardItem(self.days_model.columns[column].head)

    def cell(self, row: int, column: int) -> str:
        """A cell's text, as the table shows it."""
        return self.days_model.columns[column].text(row)

    def row_texts(self, row: int) -> list[str]:
        """A row as the table shows it, its day first (for the tests)."""
        day = self.days_model.headerData(row, Qt.Orientation.Vertical)
        return [str(day or "")] + [self.cell(row, c) for c in range(self.columnCount())]
