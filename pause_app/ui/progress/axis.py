"""The days along the x axis: where a day sits (noon of that day) and how the axis names it,
in the user's language; and the axes' shared width and colours."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import MONTH_DAY_ZOOM_LEVEL, YEAR_MONTH_ZOOM_LEVEL
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFont, QFontMetrics

from pause_app.ui.progress.look import Look

DAY = 86400.0
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

AXIS_WIDTH = 52  # the same for every plot, so the days line up above each other
# Days between two day ticks: the fewest that leave room for the labels. Counted from one
# fixed Monday, never from the first of a month, so the ticks stay evenly spaced across a
# month's end (not 26 Feb, 1 Mar, 3 Mar); a week or two falls on Mondays.
DAY_STEPS = (1, 2, 3, 7, 14)
ROOM = 1.25  # between day labels: a quarter of a label more than pyqtgraph's least
GAP_EMS = 1.0  # and at least this much space between two day labels, in the font's em


def day_x(day: date) -> float:
    """A day's place on the x axis: noon of that calendar day, as seconds since 1970 (UTC),
    so the date axis (shown in UTC) names the day the user lived, whatever the time zone."""
    return (day.toordinal() - _EPOCH_ORDINAL) * DAY + DAY / 2


def days_x(days: Sequence[date]) -> np.ndarray[Any, Any]:
    """``day_x`` of each of ``days``, which follow one another (a series' days), at once."""
    if not days:
        return np.empty(0, dtype=float)
    return day_x(days[0]) + np.arange(len(days), dtype=float) * DAY


def x_day(x: float) -> date:
    return date.fromordinal(int(x // DAY) + _EPOCH_ORDINAL)


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """Dates in the user's language ("3 mrt", "maart 2026"), not the C library's English."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        # pyqtgraph learns the font when it first paints; ticks can be asked for before (or
        # on an axis stacked away under another plot).
        self.fontMetrics = QFontMetrics(QFont())
        self._day_label_width: tuple[object, int] = (None, 0)  # (language and font, pixels)
        self.zoomLevel: object = YEAR_MONTH_ZOOM_LEVEL  # set again for each range of ticks
        # Days and months only: the chart never shows hours (4 days is its closest zoom);
        # days up to a tick every two weeks (``DAY_STEPS``), then months.
        self.zoomLevels = OrderedDict(
            [(np.inf, YEAR_MONTH_ZOOM_LEVEL), (DAY_STEPS[-1] * DAY, MONTH_DAY_ZOOM_LEVEL)]
        )

    def tickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
    ) -> list[tuple[float, list[float]]]:
        """Day ticks at noon, under the points they name, evenly spaced (``DAY_STEPS``);
        months and years when even two weeks a tick would crowd the labels."""
        ticks = super().tickValues(minVal, maxVal, size)
        if self.zoomLevel is not MONTH_DAY_ZOOM_LEVEL:
            return [(spacing, list(values)) for spacing, values in ticks]
        # pyqtgraph measures "MMM" for a day label; ours is "16 Feb" in the font in use, so
        # the room a label needs is measured on the widest day label of the language.
        density = (maxVal - minVal) / size if size > 0 else np.inf
        label = self.day_label_width() + GAP_EMS * self.fontMetrics.height()
        least = max(ROOM * self.minSpacing, label * density)
        step = next((n for n in DAY_STEPS if n * DAY >= least), None)
        if step is None:
            self.zoomLevel = YEAR_MONTH_ZOOM_LEVEL
            months = YEAR_MONTH_ZOOM_LEVEL.tickValues(minVal, maxVal, self.minSpacing)
            return [(spacing, list(values)) for spacing, values in months]
        return [(step * DAY, even_days(minVal, maxVal, step))]

    def day_label_width(self) -> int:
        """The widest day label ("28 Feb", "28 sep.") in the user's language and the font
        the axis draws with (pyqtgraph keeps it in ``fontMetrics`` when it paints)."""
        locale = QLocale()
        key = (locale.name(), self.fontMetrics.height(), self.fontMetrics.averageCharWidth())
        if self._day_label_width[0] != key:
            labels = (locale.toString(QDate(2024, month, 28), "d MMM") for month in range(1, 13))
            widest = max(self.fontMetrics.horizontalAdvance(text) for text in labels)
            self._day_label_width = (key, widest)
        return self._day_label_width[1]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        labels = []
        for value in values:
            try:
                day = x_day(value)
            except (OverflowError, ValueError):
                labels.append("")
                continue
            shown = QDate(day.year, day.month, day.day)
            if spacing >= 300 * DAY:
                labels.append(str(day.year))
            elif spacing >= 27 * DAY:
                if self.zoomLevel is not YEAR_MONTH_ZOOM_LEVEL:
                    fmt = "d MMM"  # among day labels, the first of a month is a day too
                else:
                    fmt = "MMM yyyy" if day.month == 1 else "MMM"
                labels.append(locale.toString(shown, fmt))
            else:
                labels.append(locale.toString(shown, "d MMM"))
        return labels


class WholeNumberAxis(pg.AxisItem):  # type: ignore[misc]
    """Amounts are whole numbers: a small target (5 minutes) gets no tick at 4.5 or 5.5."""

    def __init__(self) -> None:
        super().__init__(orientation="left")

    def tickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
    ) -> list[tuple[float, list[float]]]:
        ticks = super().tickValues(minVal, maxVal, size)
        return [(step, [v for v in values if float(v).is_integer()]) for step, values in ticks]


def even_days(low: float, high: float, step: int) -> list[float]:
    """The noons from ``low`` to ``high`` of every ``step``-th day, counted from a Monday."""
    first = int(low // DAY) + _EPOCH_ORDINAL
    last = int(high // DAY) + _EPOCH_ORDINAL
    monday = date(2024, 1, 1).toordinal()  # a Monday: weekly ticks fall on Mondays
    first += (monday - first) % step
    return [
        (ordinal - _EPOCH_ORDINAL) * DAY + DAY / 2
        for ordinal in range(first, last + 1, step)
        if low <= (ordinal - _EPOCH_ORDINAL) * DAY + DAY / 2 <= high
    ]


def axis_width() -> int:
    """The left axis's width: room for the amounts and the label beside them in the font in
    use (large text too), the same for every plot so the days line up above each other."""
    metrics = QFontMetrics(QFont())
    return max(AXIS_WIDTH, metrics.horizontalAdvance("0000") + metrics.height() + 12)


def style_axes(plot: pg.PlotItem, look: Look) -> None:
    plot.getAxis("left").setWidth(axis_width())
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(look.axis)
        axis.setTextPen(look.text)
