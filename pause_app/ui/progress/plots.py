"""The plots: one activity over the days (or two side by side), the calm breathing below,
and the canvas that holds them.

Every plot item is created once; new data, another activity or another range reach the
items through ``setData``/``setOpts`` and the view's range, never by rebuilding them.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize

from pause_app.core.model import Activity
from pause_app.core.series import ActivitySeries, CalmSeries, DayMark
from pause_app.ui.progress.axis import (
    DAY,
    LocalDateAxis,
    WholeNumberAxis,
    day_x,
    days_x,
    style_axes,
    x_day,
)
from pause_app.ui.progress.data import marks_of, own_big_days
from pause_app.ui.progress.look import (
    BIG_DAY_SYMBOL,
    PAUSE_SYMBOL,
    POINT_SYMBOL,
    SUCCESS_SYMBOL,
    Look,
)
from pause_app.ui.progress.near import NearView
from pause_app.ui.progress.words import band_text, day_text

translate = QCoreApplication.translate

_FAR = 1e12  # a shading band's height before the first range is known


def _empty() -> np.ndarray[Any, np.dtype[np.float64]]:
    return np.zeros(0, dtype=float)


def _day_plot(name: str) -> pg.PlotItem:
    """A plot over the days: days move with the wheel and dragging, amounts stay put."""
    plot = pg.PlotItem(axisItems={"bottom": LocalDateAxis(), "left": WholeNumberAxis()})
    plot.setObjectName(name)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(y=True, alpha=0.12)
    view = plot.getViewBox()
    view.setMouseEnabled(x=True, y=False)
    view.disableAutoRange()
    return plot


class Bands(pg.BarGraphItem):  # type: ignore[misc]
    """Shaded days, from floor to ceiling. Hovering one says what it is (``describe``: the
    x under the mouse to words), unless a point there says it already."""

    def __init__(self, describe: Callable[[float], str], points: Sequence[pg.ScatterPlotItem]):
        super().__init__(x0=_empty(), width=_empty(), y0=0.0, height=_FAR, pen=None)
        self._describe = describe
        self._points = points
        self._said = ""

    def hoverEvent(self, event: Any) -> None:
        view = self.getViewBox()
        if view is None:
            return
        if event.exit:
            if self._said and view.toolTip() == self._said:
                view.setToolTip("")
            self._said = ""
            return
        position = event.pos()
        if any(len(scatter.pointsAt(position)) for scatter in self._points):
            return  # the point's own tip, which names the mark too
        self._said = self._describe(position.x())
        view.setToolTip(self._said)


class ActivityPlot:
    """One activity: done amounts (points and a line), the target (a dashed step line),
    successes (stars), big days (upward triangles) and the shaded tired days, crash days and
    the days before a crash; lighter where they come from another activity's log, whose
    big days are shaded too (they hold this activity's offers as well)."""

    GAP_DAYS = 1  # a day without a log breaks the line: a gap, never a made-up value
    MARKS = (DayMark.TIRED, DayMark.BEFORE_CRASH, DayMark.CRASH)
    MARKS_ELSEWHERE = (DayMark.BIG_DAY, *MARKS)

    def __init__(self, look: Look) -> None:
        self.plot = _day_plot("activity_plot")
        self.series: ActivitySeries | None = None
        self.activity: Activity | None = None
        self.names: Mapping[int, str] = {}  # every activity's name: bands from others say it
        self.titled = False  # side by side, each plot names its activity
        self._xs = self._values = _empty()
        self.points = pg.ScatterPlotItem(symbol=POINT_SYMBOL, size=8, hoverable=True)
        self.successes = pg.ScatterPlotItem(symbol=SUCCESS_SYMBOL, size=15, hoverable=True)
        self.big_days = pg.ScatterPlotItem(symbol=BIG_DAY_SYMBOL, size=15, hoverable=True)
        scatters = (self.points, self.successes, self.big_days)
        self.shading = {mark: Bands(self.band_tip, scatters) for mark in self.MARKS}
        self.shading_elsewhere = {
            mark: Bands(self.band_tip, scatters) for mark in self.MARKS_ELSEWHERE
        }
        for item in self._bands():
            self.plot.addItem(item, ignoreBounds=True)  # bands never stretch the y range
        self.target = pg.PlotDataItem(connect="finite")
        self.done = pg.PlotDataItem(connect="finite")
        for item in (self.target, self.done, *scatters):
            self.plot.addItem(item)
        for scatter in scatters:
            scatter.opts["tip"] = self._tip
        view = self.plot.getViewBox()
        view.sigYRangeChanged.connect(self._on_y_range_changed)
        view.sigXRangeChanged.connect(self._fit_y)
        self.near = NearView(view)  # the points near the days in view (near.py)
        self.restyle(look)

    def restyle(self, look: Look) -> None:
        self.target.setPen(look.target)
        self.done.setPen(look.done)
        self.points.setBrush(look.point_brush)
        self.points.setPen(look.point_pen)
        self.successes.setBrush(look.success_brush)
        self.successes.setPen(look.point_pen)
        self.big_days.setBrush(look.big_day_brush)
        self.big_days.setPen(look.point_pen)
        for mark, item in self.shading.items():
            item.setOpts(brush=look.band(mark), pen=look.band_pen(mark))
        for mark, item in self.shading_elsewhere.items():
            item.setOpts(brush=look.band(mark, elsewhere=True))
        style_axes(self.plot, look)

    def _bands(self) -> list[Bands]:
        return [*self.shading.values(), *self.shading_elsewhere.values()]

    def show(
        self, activity: Activity, data: ActivitySeries, names: Mapping[int, str] | None = None
    ) -> None:
        self.activity = activity
        self.series = data
        self.names = names or {activity.id: activity.name}
        self.plot.setLabel("left", html.escape(activity.unit))  # pyqtgraph labels are HTML
        self.plot.setTitle(html.escape(activity.name) if self.titled else None)
        xs = days_x(data.days)
        done = np.array(data.done, dtype=float)  # None: nan, a gap
        logged = ~np.isnan(done)
        self.done.setData(*self._line(xs[logged], done[logged]))
        self.target.setData(*self._steps(data.days, data.target))
        success = self._on_days(data.days, data.successes)
        big = logged & self._on_days(data.days, own_big_days(data, activity.id))
        indexes = np.arange(len(data.days))
        plain = logged & ~success & ~big
        self.near.scatter(self.points, xs[plain], done[plain], indexes[plain])
        self.near.scatter(self.successes, xs[success], done[success], indexes[success])
        self.near.scatter(self.big_days, xs[big], done[big], indexes[big])
        self.near.rest()
        marks, sources = marks_of(data)
        for item, days in self._banded(data.days, marks, sources, activity.id):
            item.setOpts(**self._runs(days))
        target = np.array(data.target, dtype=float)
        self._xs = np.concatenate([xs, xs])
        self._values = np.concatenate([done, target])
        self._fit_y()

    @staticmethod
    def _on_days(days: Sequence[date], wanted: Iterable[date]) -> np.ndarray[Any, Any]:
        """Flags over ``days`` (which follow one another): True on the ``wanted`` days."""
        flags = np.zeros(len(days), dtype=bool)
        if days:
            index = np.fromiter(map(date.toordinal, wanted), dtype=np.int64)
            index -= days[0].toordinal()
            flags[index[(index >= 0) & (index < len(days))]] = True
        return flags

    @staticmethod
    def _runs(days: Sequence[date]) -> dict[str, np.ndarray[Any, Any]]:
        """Days (in order, each once) joined into runs of days that follow one another, as
        the bands' left edges and widths."""
        ordinals = np.fromiter(map(date.toordinal, days), dtype=np.int64, count=len(days))
        if not len(ordinals):
            return {"x0": _empty(), "width": _empty()}
        breaks = np.flatnonzero(np.diff(ordinals) != 1) + 1
        firsts = ordinals[np.concatenate([[0], breaks])]
        lasts = ordinals[np.concatenate([breaks - 1, [len(ordinals) - 1]])]
        x0 = day_x(days[0]) - DAY / 2 + (firsts - ordinals[0]) * DAY  # from the day's start
        return {"x0": x0.astype(float), "width": ((lasts - firsts + 1) * DAY).astype(float)}

    def _banded(
        self,
        days: Sequence[date],
        marks: Sequence[DayMark],
        sources: Sequence[tuple[int, ...]],
        own: int,
    ) -> list[tuple[Bands, list[date]]]:
        """Each band item with its days: this activity's marks, and the lighter ones that came
        from other activities only. This activity's own big days are triangles, not bands."""
        wanted: dict[int, list[date]] = {id(item): [] for item in self._bands()}
        nothing = DayMark.NONE
        for day, mark, source in zip(days, marks, sources, strict=True):
            if mark is nothing:
                continue
            elsewhere = bool(source) and own not in source
            item = (self.shading_elsewhere if elsewhere else self.shading).get(mark)
            if item is not None:
                wanted[id(item)].append(day)
        return [(item, wanted[id(item)]) for item in self._bands()]

    # (days up to, point, star and triangle)
    SYMBOL_SIZES = ((45, 8, 15), (120, 6, 11), (float("inf"), 4, 8))

    def _size_symbols(self, days: float) -> None:
        """Smaller marks when many days are shown, so they do not pile up into a blur."""
        point, star = next((p, s) for most, p, s in self.SYMBOL_SIZES if days <= most)
        if self.points.opts["size"] != point:
            self.points.setSize(point)
            self.successes.setSize(star)
            self.big_days.setSize(star)

    def _fit_y(self, *_args: object) -> None:
        """Fit the amounts shown: from a little below the lowest to a little above the
        highest, and never so close that a step of one looks like a cliff."""
        low, high = self.plot.getViewBox().viewRange()[0]
        self._size_symbols((high - low) / DAY)
        visible = (self._xs >= low - DAY) & (self._xs <= high + DAY) & ~np.isnan(self._values)
        if not visible.any():
            return
        least, most = float(self._values[visible].min()), float(self._values[visible].max())
        pad = max((most - least) * 0.15, most * 0.1, 1.0)
        self.plot.getViewBox().setYRange(max(0.0, least - pad), most + pad, padding=0)

    def _line(
        self, xs: np.ndarray[Any, Any], ys: np.ndarray[Any, Any]
    ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The logged days joined by a line, broken where nothing was logged for long."""
        if len(xs) < 2:
            return xs, ys
        breaks = np.nonzero(np.diff(xs) > self.GAP_DAYS * DAY + 1)[0] + 1
        return np.insert(xs, breaks, np.nan), np.insert(ys, breaks, np.nan)

    @staticmethod
    def _steps(
        days: Sequence[date], targets: Sequence[int | None]
    ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """A step line: level across each day, rising or falling at the day's start."""
        if not days:
            return _empty(), _empty()
        values = np.array(targets, dtype=float)  # None: nan, no target yet
        starts = days_x(days) - DAY / 2
        before = np.concatenate([[np.nan], values[:-1]])
        same = (values == before) | (np.isnan(values) & np.isnan(before))
        xs: list[float] = []
        ys: list[float] = []
        for index in np.flatnonzero(~same).tolist():  # only where the target changes
            if not np.isnan(before[index]):
                xs.append(starts[index])
                ys.append(before[index])
            xs.append(starts[index])
            ys.append(values[index])
        if not np.isnan(values[-1]):
            xs.append(day_x(days[-1]) + DAY / 2)
            ys.append(values[-1])
        return np.array(xs, dtype=float), np.array(ys, dtype=float)

    def _on_y_range_changed(self, _view: object, y_range: Sequence[float]) -> None:
        low, high = y_range
        for item in self._bands():
            item.setOpts(y0=low, height=high - low)

    def _tip(self, x: float, y: float, data: int) -> str:
        if self.series is None or self.activity is None:
            return ""
        return day_text(self.series, self.activity, int(data), self.names)

    def band_tip(self, x: float) -> str:
        """What hovering a shaded band at ``x`` says: the day, and whose mark it is."""
        if self.series is None or self.activity is None or not self.series.days:
            return ""
        index = (x_day(x) - self.series.days[0]).days
        if not 0 <= index < len(self.series.days):
            return ""
        return band_text(self.series, self.activity, index, self.names)


class CalmPlot:
    """Below the activity: minutes of calm breathing per day (bars), pauses (diamonds).
    ``describe`` is what hovering a pause mark says (the chart's words: they count)."""

    def __init__(self, look: Look, describe: Callable[[CalmSeries, int], str]) -> None:
        self._describe = describe
        self.plot = _day_plot("calm_plot")
        view = self.plot.getViewBox()
        view.sigXRangeChanged.connect(self._fit_y)
        self._xs = self._values = _empty()
        self.series: CalmSeries | None = None
        self.bars = pg.BarGraphItem(x=_empty(), height=_empty(), width=0.7 * DAY, pen=None)
        self.pauses = pg.ScatterPlotItem(symbol=PAUSE_SYMBOL, size=7, hoverable=True)
        self.pauses.opts["tip"] = self._tip
        self.near = NearView(view)
        self.plot.addItem(self.bars)
        self.plot.addItem(self.pauses)
        self.restyle(look)

    def restyle(self, look: Look) -> None:
        self.bars.setOpts(brush=look.calm)
        self.pauses.setBrush(look.pause_brush)
        self.pauses.setPen(None)
        style_axes(self.plot, look)

    def retranslate(self) -> None:
        self.plot.setLabel("left", translate("ProgressChart", "minutes · pauses"))

    def show(self, data: CalmSeries) -> None:
        self.series = data
        xs = days_x(data.days)
        minutes = np.array(data.minutes, dtype=float)
        pauses = np.array(data.pauses, dtype=float)
        breathed = minutes > 0
        bar_xs, heights = xs[breathed], minutes[breathed]
        self.near.put(
            self.bars, bar_xs, lambda n: self.bars.setOpts(x=bar_xs[n], height=heights[n])
        )
        paused = pauses > 0
        self.near.scatter(self.pauses, xs[paused], pauses[paused], np.nonzero(paused)[0])
        self.near.rest()
        self._xs = xs
        self._values = np.maximum(minutes, pauses)
        self._fit_y()

    def _fit_y(self, *_args: object) -> None:
        low, high = self.plot.getViewBox().viewRange()[0]
        visible = (self._xs >= low - DAY) & (self._xs <= high + DAY)
        most = float(self._values[visible].max()) if visible.any() else 0.0
        self.plot.getViewBox().setYRange(0.0, max(most * 1.15, 3.0), padding=0)

    def _tip(self, x: float, y: float, data: int) -> str:
        if self.series is None:
            return ""
        return self._describe(self.series, int(data))


class ChartView(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """The plots' canvas. It asks for little height: a page that wraps text sizes itself by
    its parts' size hints, and the canvas should grow into the room the window has, not
    push the legend below the fold."""

    def sizeHint(self) -> QSize:
        return QSize(600, self.minimumHeight())
