"""The progress chart: small steps over time, with rest and calm breathing beside them.

pyqtgraph and numpy are imported by this module only, and ``ui/progress/page.py`` imports it the
first time the Progress page is shown: the app starts, and sits in the tray, without them.

Every plot item is created once; new data, another activity or another range reach the
items through ``setData``/``setOpts`` and the view's range, never by rebuilding them.
"""

from __future__ import annotations

import html
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import MONTH_DAY_ZOOM_LEVEL, YEAR_MONTH_ZOOM_LEVEL
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import series as core_series
from pause_app.core import summary
from pause_app.core.model import Activity, Attempt, DayTotal, Moment, TargetChange
from pause_app.core.pacing import Rules
from pause_app.core.series import ActivitySeries, Aggregate, CalmSeries, DayMark
from pause_app.storage import export
from pause_app.storage.store import Store
from pause_app.text import wording
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.labels import role_label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DAY = 86400.0
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_FAR = 1e12  # a shading band's height before the first range is known


def day_x(day: date) -> float:
    """A day's place on the x axis: noon of that calendar day, as seconds since 1970 (UTC),
    so the date axis (shown in UTC) names the day the user lived, whatever the time zone."""
    return (day.toordinal() - _EPOCH_ORDINAL) * DAY + DAY / 2


def x_day(x: float) -> date:
    return date.fromordinal(int(x // DAY) + _EPOCH_ORDINAL)


class ChartRange(Enum):
    WEEK = 7
    MONTH = 31
    THREE_MONTHS = 92
    YEAR = 365
    ALL = 0


def _choice(ids: Sequence[int]) -> str:
    """What the chart shows, as the activity list keeps it: one id, or two side by side."""
    return ",".join(str(i) for i in ids)


class SaveLocation:
    """The seam for the save dialogs (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget, caption: str, suggested: Path, name_filter: str) -> Path | None:
        name, _chosen = QFileDialog.getSaveFileName(parent, caption, str(suggested), name_filter)
        return Path(name) if name else None


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """Dates in the user's language ("3 mrt", "maart 2026"), not the C library's English."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        # Days and months only: the chart never shows hours (4 days is its closest zoom).
        self.zoomLevels = OrderedDict(
            [(np.inf, YEAR_MONTH_ZOOM_LEVEL), (5 * DAY, MONTH_DAY_ZOOM_LEVEL)]
        )

    def tickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
    ) -> list[tuple[float, list[float]]]:
        """Day ticks at noon, under the points they name (pyqtgraph puts them at midnight)."""
        ticks = super().tickValues(minVal, maxVal, size)
        return [
            (spacing, [v + DAY / 2 for v in values] if spacing < 27 * DAY else values)
            for spacing, values in ticks
        ]

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


def _pen(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setStyle(style)
    pen.setCosmetic(True)
    return pen


def _alpha(color: str, alpha: int) -> QColor:
    shade = QColor(color)
    shade.setAlpha(alpha)
    return shade


@dataclass(frozen=True)
class Look:
    """Pens, brushes and shapes for one palette: colour and shape tell each thing apart."""

    done: QPen
    point_brush: QBrush
    point_pen: QPen
    success_brush: QBrush
    target: QPen
    tired: QBrush
    crash: QBrush
    before_crash: QBrush
    calm: QBrush
    pause_brush: QBrush
    text: QColor
    axis: QPen

    @classmethod
    def of(cls, colors: theme.Colors) -> Look:
        crash = QBrush(_alpha(colors.chart_crash, 150), Qt.BrushStyle.BDiagPattern)
        before = QBrush(_alpha(colors.chart_crash, 140), Qt.BrushStyle.Dense6Pattern)
        return cls(
            done=_pen(colors.accent, 2.0),
            point_brush=QBrush(QColor(colors.accent)),
            point_pen=_pen(colors.surface, 1.0),
            success_brush=QBrush(QColor(colors.accent)),
            target=_pen(colors.chart_target, 1.6, Qt.PenStyle.DashLine),
            tired=QBrush(QColor(colors.chart_tired)),
            crash=crash,
            before_crash=before,
            calm=QBrush(_alpha(colors.chart_calm, 170)),
            pause_brush=QBrush(_alpha(colors.text, 190)),
            text=QColor(colors.muted_text),
            axis=_pen(colors.border),
        )


POINT_SYMBOL = "o"
SUCCESS_SYMBOL = "star"
PAUSE_SYMBOL = "d"


AXIS_WIDTH = 52  # the same for every plot, so the days line up above each other


def _style_axes(plot: pg.PlotItem, look: Look) -> None:
    plot.getAxis("left").setWidth(AXIS_WIDTH)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(look.axis)
        axis.setTextPen(look.text)


def _empty() -> np.ndarray[Any, np.dtype[np.float64]]:
    return np.zeros(0, dtype=float)


class ActivityPlot:
    """One activity: done amounts (points and a line), the target (a dashed step line),
    successes (stars) and the shaded tired days, crash days and the days before a crash."""

    GAP_DAYS = 1  # a day without a log breaks the line: a gap, never a made-up value

    def __init__(self, look: Look) -> None:
        self.plot = pg.PlotItem(axisItems={"bottom": LocalDateAxis()})
        self.plot.setObjectName("activity_plot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.12)
        view = self.plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.disableAutoRange()
        self.series: ActivitySeries | None = None
        self.activity: Activity | None = None
        self.titled = False  # side by side, each plot names its activity
        self._xs = self._values = _empty()
        self.shading = {
            mark: pg.BarGraphItem(x0=_empty(), width=_empty(), y0=0.0, height=_FAR, pen=None)
            for mark in (DayMark.TIRED, DayMark.BEFORE_CRASH, DayMark.CRASH)
        }
        for item in self.shading.values():
            self.plot.addItem(item, ignoreBounds=True)  # bands never stretch the y range
        self.target = pg.PlotDataItem(connect="finite")
        self.done = pg.PlotDataItem(connect="finite")
        self.points = pg.ScatterPlotItem(symbol=POINT_SYMBOL, size=8, hoverable=True)
        self.successes = pg.ScatterPlotItem(symbol=SUCCESS_SYMBOL, size=15, hoverable=True)
        for item in (self.target, self.done, self.points, self.successes):
            self.plot.addItem(item)
        for scatter in (self.points, self.successes):
            scatter.opts["tip"] = self._tip
        view.sigYRangeChanged.connect(self._on_y_range_changed)
        view.sigXRangeChanged.connect(self._fit_y)
        self.restyle(look)

    def restyle(self, look: Look) -> None:
        self.target.setPen(look.target)
        self.done.setPen(look.done)
        self.points.setBrush(look.point_brush)
        self.points.setPen(look.point_pen)
        self.successes.setBrush(look.success_brush)
        self.successes.setPen(look.point_pen)
        brushes = {
            DayMark.TIRED: look.tired,
            DayMark.BEFORE_CRASH: look.before_crash,
            DayMark.CRASH: look.crash,
        }
        for mark, item in self.shading.items():
            item.setOpts(brush=brushes[mark])
        _style_axes(self.plot, look)

    def show(self, activity: Activity, data: ActivitySeries) -> None:
        self.activity = activity
        self.series = data
        self.plot.setLabel("left", html.escape(activity.unit))  # pyqtgraph labels are HTML
        self.plot.setTitle(html.escape(activity.name) if self.titled else None)
        xs = np.array([day_x(day) for day in data.days], dtype=float)
        done = np.array([np.nan if v is None else v for v in data.done], dtype=float)
        logged = ~np.isnan(done)
        self.done.setData(*self._line(xs[logged], done[logged]))
        self.target.setData(*self._steps(data.days, data.target))
        success = np.zeros(len(data.days), dtype=bool)
        wanted = set(data.successes)
        success[[i for i, day in enumerate(data.days) if day in wanted]] = True
        indexes = np.arange(len(data.days))
        plain = logged & ~success
        self.points.setData(x=xs[plain], y=done[plain], data=indexes[plain])
        self.successes.setData(x=xs[success], y=done[success], data=indexes[success])
        marks = core_series.day_marks(data)
        for mark, item in self.shading.items():
            runs = core_series.runs(
                data.days, [d for d, m in zip(data.days, marks, strict=True) if m is mark]
            )
            x0 = np.array([day_x(first) - DAY / 2 for first, _last in runs], dtype=float)
            width = np.array([((last - first).days + 1) * DAY for first, last in runs])
            item.setOpts(x0=x0, width=width.astype(float))
        target = np.array([np.nan if v is None else v for v in data.target], dtype=float)
        self._xs = np.concatenate([xs, xs])
        self._values = np.concatenate([done, target])
        self._fit_y()

    SYMBOL_SIZES = ((45, 8, 15), (120, 6, 11), (float("inf"), 4, 8))  # (days up to, point, star)

    def _size_symbols(self, days: float) -> None:
        """Smaller marks when many days are shown, so they do not pile up into a blur."""
        point, star = next((p, s) for most, p, s in self.SYMBOL_SIZES if days <= most)
        if self.points.opts["size"] != point:
            self.points.setSize(point)
            self.successes.setSize(star)

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
        xs: list[float] = []
        ys: list[float] = []
        previous: int | None = None
        for day, target in zip(days, targets, strict=True):
            start = day_x(day) - DAY / 2
            if target != previous:
                if previous is not None:
                    xs.append(start)
                    ys.append(previous)
                if target is None:
                    xs.append(start)
                    ys.append(np.nan)
                else:
                    xs.append(start)
                    ys.append(target)
                previous = target
        if previous is not None and days:
            xs.append(day_x(days[-1]) + DAY / 2)
            ys.append(previous)
        return np.array(xs, dtype=float), np.array(ys, dtype=float)

    def _on_y_range_changed(self, _view: object, y_range: Sequence[float]) -> None:
        low, high = y_range
        for item in self.shading.values():
            item.setOpts(y0=low, height=high - low)

    def _tip(self, x: float, y: float, data: int) -> str:
        if self.series is None or self.activity is None:
            return ""
        return day_text(self.series, self.activity, int(data))


def day_text(data: ActivitySeries, activity: Activity, index: int) -> str:
    """What hovering a point says: the date, the amount, how it felt, the note."""
    day = data.days[index]
    lines = [_long_day(day)]
    done = data.done[index]
    target = data.target[index]
    if done is not None:
        line = translate("ProgressChart", "{amount} {unit}").format(amount=done, unit=activity.unit)
        if target is not None:
            line += " · " + translate("ProgressChart", "target {target}").format(target=target)
        lines.append(line)
    if day in data.successes:
        lines.append(translate("ProgressChart", "Went well"))
    logs: Sequence[Attempt] = data.logs[index] if data.logs else ()
    for attempt in logs:
        text = translate("ProgressChart", "{amount} · {felt}").format(
            amount=attempt.amount, felt=wording.felt_name(attempt.felt)
        )
        if attempt.note:
            text += f": {attempt.note}"
        lines.append(text)
    return "\n".join(lines)


def _long_day(day: date, with_weekday: bool = True) -> str:
    shown = QDate(day.year, day.month, day.day)
    return QLocale().toString(shown, "dddd d MMMM yyyy" if with_weekday else "d MMMM yyyy")


class CalmPlot:
    """Below the activity: minutes of calm breathing per day (bars), pauses (diamonds)."""

    def __init__(self, look: Look) -> None:
        self.plot = pg.PlotItem(axisItems={"bottom": LocalDateAxis()})
        self.plot.setObjectName("calm_plot")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.12)
        view = self.plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.disableAutoRange()
        view.sigXRangeChanged.connect(self._fit_y)
        self._xs = self._values = _empty()
        self.series: CalmSeries | None = None
        self.bars = pg.BarGraphItem(x=_empty(), height=_empty(), width=0.7 * DAY, pen=None)
        self.pauses = pg.ScatterPlotItem(symbol=PAUSE_SYMBOL, size=7, hoverable=True)
        self.pauses.opts["tip"] = self._tip
        self.plot.addItem(self.bars)
        self.plot.addItem(self.pauses)
        self.restyle(look)

    def restyle(self, look: Look) -> None:
        self.bars.setOpts(brush=look.calm)
        self.pauses.setBrush(look.pause_brush)
        self.pauses.setPen(None)
        _style_axes(self.plot, look)

    def retranslate(self) -> None:
        self.plot.setLabel("left", translate("ProgressChart", "minutes · pauses"))

    def show(self, data: CalmSeries) -> None:
        self.series = data
        xs = np.array([day_x(day) for day in data.days], dtype=float)
        minutes = np.array(data.minutes, dtype=float)
        pauses = np.array(data.pauses, dtype=float)
        breathed = minutes > 0
        self.bars.setOpts(x=xs[breathed], height=minutes[breathed])
        paused = pauses > 0
        self.pauses.setData(x=xs[paused], y=pauses[paused], data=np.nonzero(paused)[0])
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
        return self.describe(self.series, int(data))

    @staticmethod
    def describe(data: CalmSeries, index: int) -> str:
        return _long_day(data.days[index])  # the chart sets a fuller text in the user's language


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
        elif self.kind == "calm":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.calm)
            painter.drawRect(QRectF(5, 5, 6, 10))
            painter.drawRect(QRectF(15, 2, 6, 13))
        elif self.kind == "pauses":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.pause_brush)
            center = QPointF(15, 8)
            painter.drawPolygon(
                [
                    center + QPointF(0, -5),
                    center + QPointF(4, 0),
                    center + QPointF(0, 5),
                    center + QPointF(-4, 0),
                ]
            )
        else:
            brush = {"tired": look.tired, "crash": look.crash, "before": look.before_crash}
            painter.setPen(look.axis)
            painter.setBrush(brush[self.kind])
            painter.drawRect(area)
        painter.end()
        self.sample.setPixmap(pixmap)


def _star(center: QPointF, radius: float) -> list[QPointF]:
    points = []
    for n in range(10):
        angle = np.pi / 2 + n * np.pi / 5
        r = radius if n % 2 == 0 else radius * 0.45
        points.append(center + QPointF(r * np.cos(angle), -r * np.sin(angle)))
    return points


class ChartView(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """The plots' canvas. It asks for little height: a page that wraps text sizes itself by
    its parts' size hints, and the canvas should grow into the room the window has, not
    push the legend below the fold."""

    def sizeHint(self) -> QSize:
        return QSize(600, self.minimumHeight())


class ProgressChart(QWidget):
    """The chart with its controls (activity, best or total, range, back to today, save)
    and a legend in words."""

    range_changed = Signal(object)  # ChartRange, or None after zooming by hand
    saved = Signal(str)  # a line for the notices: where the file went, or why it did not

    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        rules: Callable[[], Rules] = Rules,
        own_files: Callable[[], set[Path]] = set,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progress_chart")
        self._store = store
        self._own_files = own_files
        self._columns = 1
        self._clock = clock
        self._rules = rules
        self._activities: dict[int, Activity] = {}
        self._attempts: list[Attempt] = []
        self._changes: dict[int, list[TargetChange]] = {}
        self._calm_days: list[DayTotal] = []
        self._cache: dict[tuple[int, Aggregate], ActivitySeries] = {}
        self._summaries: dict[tuple[tuple[int, ...], Aggregate], str] = {}
        self._revision: object = None
        self._calm: CalmSeries | None = None
        self._first = self._today = clock().local_date
        self.chart_range: ChartRange | None = ChartRange.MONTH
        self.look = Look.of(theme.colors_in_use(self.palette()))

        self.activity_box = QComboBox()
        self.activity_box.setObjectName("chart_activity")
        self.activity_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity_box.setMinimumContentsLength(12)
        self.activity_label = QLabel()
        self.activity_label.setBuddy(self.activity_box)
        self.aggregate_box = QComboBox()
        self.aggregate_box.setObjectName("chart_aggregate")
        self.save_button = QToolButton()
        self.save_button.setObjectName("chart_save")
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_menu = QMenu(self.save_button)
        self.save_image_action = self.save_menu.addAction("")
        self.save_csv_action = self.save_menu.addAction("")
        self.save_button.setMenu(self.save_menu)
        self.range_buttons: dict[ChartRange, QPushButton] = {}
        self.range_group = QButtonGroup(self)
        for chart_range in ChartRange:
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("role", "choice")
            button.setObjectName(f"range_{chart_range.name.lower()}")
            self.range_group.addButton(button)
            self.range_buttons[chart_range] = button
            button.clicked.connect(lambda _c=False, r=chart_range: self.show_range(r))
        self.today_button = QPushButton()
        self.today_button.setObjectName("back_to_today")

        self.summary = role_label(selectable=True)
        self.summary.setObjectName("chart_summary")
        self.no_logs_note = role_label("muted", hidden=True)
        self.no_logs_note.setObjectName("chart_no_logs")
        self.graphics = ChartView()
        self.graphics.setObjectName("chart_graphics")
        self.graphics.setMinimumHeight(280)
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.graphics.ci.setContentsMargins(4, 4, 4, 4)
        self.activity_plots = [ActivityPlot(self.look)]
        self.calm_plot = CalmPlot(self.look)
        self.calm_plot.describe = self.calm_day_text  # type: ignore[method-assign]
        self._layout_plots(1)
        self._syncing = False
        for plot in (self.activity_plots[0].plot, self.calm_plot.plot):
            self._follow(plot)

        self.legend_entries = {
            kind: LegendEntry(kind)
            for kind in ("done", "target", "success", "tired", "crash", "before", "calm", "pauses")
        }
        legend = QGridLayout()
        legend.setHorizontalSpacing(18)
        legend.setVerticalSpacing(4)
        for index, entry in enumerate(self.legend_entries.values()):
            legend.addWidget(entry, index // 3, index % 3)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.activity_label)
        top.addWidget(self.activity_box, 1)
        top.addWidget(self.aggregate_box)
        top.addWidget(self.save_button)
        ranges = QHBoxLayout()
        ranges.setSpacing(6)
        for button in self.range_buttons.values():
            ranges.addWidget(button)
        ranges.addStretch(1)
        ranges.addWidget(self.today_button)
        # What "Save the chart as an image" saves: the words, the plots and the legend.
        self.sheet = QWidget()
        self.sheet.setObjectName("chart_sheet")
        sheet = QVBoxLayout(self.sheet)
        sheet.setContentsMargins(0, 0, 0, 0)
        sheet.setSpacing(10)
        sheet.addWidget(self.summary)
        sheet.addWidget(self.no_logs_note)
        sheet.addWidget(self.graphics, 1)
        sheet.addLayout(legend)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(top)
        column.addLayout(ranges)
        column.addWidget(self.sheet, 1)

        self.activity_box.currentIndexChanged.connect(self._on_choice_changed)
        self.aggregate_box.currentIndexChanged.connect(self._on_choice_changed)
        self.today_button.clicked.connect(self.back_to_today)
        self.save_image_action.triggered.connect(self.save_image)
        self.save_csv_action.triggered.connect(self.save_csv)
        self.retranslate_ui()
        self._restyle()

    # --- building -------------------------------------------------------------------------

    def _layout_plots(self, count: int) -> None:
        layout = self.graphics.ci
        for item in [p.plot for p in self.activity_plots] + [self.calm_plot.plot]:
            if item in layout.items:
                layout.removeItem(item)
        for column, activity_plot in enumerate(self.activity_plots[:count]):
            layout.addItem(activity_plot.plot, row=0, col=column)
        layout.addItem(self.calm_plot.plot, row=1, col=0, colspan=count)
        grid = layout.layout
        grid.setRowStretchFactor(0, 3)
        grid.setRowStretchFactor(1, 1)

    def _follow(self, plot: pg.PlotItem) -> None:
        """All plots show the same days. (pyqtgraph's own x link lines plots up by their
        place on screen, which misleads when the plot below spans two side by side.)"""
        view = plot.getViewBox()
        view.sigRangeChangedManually.connect(self._on_zoomed_by_hand)
        view.sigXRangeChanged.connect(self._on_x_range_changed)

    def _views(self) -> list[pg.ViewBox]:
        plots = [p.plot for p in self.activity_plots[: self._columns]] + [self.calm_plot.plot]
        return [plot.getViewBox() for plot in plots]

    def _on_x_range_changed(self, source: pg.ViewBox, x_range: Sequence[float]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            for view in self._views():
                if view is not source:
                    view.setXRange(*x_range, padding=0)
        finally:
            self._syncing = False

    def _plot_for(self, index: int) -> ActivityPlot:
        while len(self.activity_plots) <= index:  # the second plot: made once, when first needed
            extra = ActivityPlot(self.look)
            self._follow(extra.plot)
            self.activity_plots.append(extra)
        return self.activity_plots[index]

    # --- words and colours ----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.activity_label.setText(translate("ProgressChart", "&Show:"))
        self.aggregate_box.blockSignals(True)
        current = self.aggregate_box.currentIndex()
        self.aggregate_box.clear()
        self.aggregate_box.addItem(translate("ProgressChart", "Best of the day"), Aggregate.BEST)
        self.aggregate_box.addItem(translate("ProgressChart", "Day total"), Aggregate.TOTAL)
        self.aggregate_box.setCurrentIndex(max(current, 0))
        self.aggregate_box.blockSignals(False)
        self.save_button.setText(translate("ProgressChart", "Save…"))
        self.save_image_action.setText(translate("ProgressChart", "Save the chart as an image…"))
        self.save_csv_action.setText(
            translate("ProgressChart", "Save the days shown as a table (CSV)…")
        )
        names = {
            ChartRange.WEEK: translate("ProgressChart", "Week"),
            ChartRange.MONTH: translate("ProgressChart", "Month"),
            ChartRange.THREE_MONTHS: translate("ProgressChart", "3 months"),
            ChartRange.YEAR: translate("ProgressChart", "Year"),
            ChartRange.ALL: translate("ProgressChart", "All"),
        }
        for chart_range, button in self.range_buttons.items():
            button.setText(names[chart_range])
        self.today_button.setText(translate("ProgressChart", "Back to today"))
        self.today_button.setToolTip(
            translate("ProgressChart", "Scroll or drag the chart to look back; this returns.")
        )
        legend = {
            "done": translate("ProgressChart", "What you did"),
            "target": translate("ProgressChart", "Your target"),
            "success": translate("ProgressChart", "Went well"),
            "tired": translate("ProgressChart", "Tired day"),
            "crash": translate("ProgressChart", "Crash"),
            "before": translate("ProgressChart", "3 days before a crash"),
            "calm": translate("ProgressChart", "Minutes of calm breathing"),
            "pauses": translate("ProgressChart", "Pauses taken"),
        }
        for kind, entry in self.legend_entries.items():
            entry.text.setText(legend[kind])
        self.calm_plot.retranslate()
        if self._activities:
            self._fill_choices()
            self._summaries.clear()
            self.summary.setText(self.summary_text(self.shown_ids()))
        self.graphics.setToolTip("")
        self.no_logs_note.setText(
            translate(
                "ProgressChart",
                "Nothing logged yet. Each day you log will show here as a point; the dashed "
                "line is your target.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        colors = theme.colors_in_use(self.palette())
        self.look = Look.of(colors)
        self.graphics.setBackground(QColor(colors.surface))
        for activity_plot in self.activity_plots:
            activity_plot.restyle(self.look)
        self.calm_plot.restyle(self.look)
        for entry in self.legend_entries.values():
            entry.draw(self.look)

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the data again (after a log, or when the page is shown) and redraw; when
        nothing changed since the last time (the same revision and day), nothing is read."""
        revision = (self._store.revision(), self._clock().local_date)
        if revision == self._revision:
            return
        self._today = self._clock().local_date
        # Archived activities keep their history, and it can still be looked at (last).
        activities = sorted(
            self._store.activities.list(include_archived=True), key=lambda a: a.archived
        )
        self._activities = {a.id: a for a in activities}
        self._attempts = self._store.attempts.all()
        self._changes = {}
        for change in self._store.target_changes.all():
            self._changes.setdefault(change.activity_id, []).append(change)
        self._calm_days = self._store.sessions.day_totals()
        self._first = min(
            [a.started_on for a in activities]
            + [a.local_date for a in self._attempts]
            + [total.day for total in self._calm_days[:1]]
            + [self._today]
        )
        self._cache.clear()
        self._summaries.clear()
        self._calm = None
        self._fill_choices()
        self.calm_plot.show(self.calm_series())
        self.redraw()
        self._revision = revision  # only once all was read: a failed read tries again

    def _fill_choices(self) -> None:
        chosen = self.activity_box.currentData()
        self.activity_box.blockSignals(True)
        self.activity_box.clear()
        for activity in self._activities.values():
            name = activity.name
            if activity.archived:
                name = translate("ProgressChart", "{name} (archived)").format(name=name)
            self.activity_box.addItem(name, _choice([activity.id]))
        for activity in self._activities.values():
            parent = self._activities.get(activity.derived_from or -1)
            if parent is not None:
                self.activity_box.addItem(
                    translate("ProgressChart", "{first} and {second}").format(
                        first=parent.name, second=activity.name
                    ),
                    _choice([parent.id, activity.id]),
                )
        index = self.activity_box.findData(chosen) if chosen is not None else -1
        self.activity_box.setCurrentIndex(max(index, 0))
        self.activity_box.blockSignals(False)

    def choose(self, *ids: int) -> None:
        """Show these activities (one, or two side by side)."""
        index = self.activity_box.findData(_choice(ids))
        if index < 0:
            raise KeyError(ids)
        self.activity_box.setCurrentIndex(index)

    @property
    def aggregate(self) -> Aggregate:
        value = self.aggregate_box.currentData()
        return value if isinstance(value, Aggregate) else Aggregate.BEST

    def series_for(self, activity_id: int) -> ActivitySeries:
        key = (activity_id, self.aggregate)
        if key not in self._cache:
            self._cache[key] = core_series.activity_series(
                self._activities[activity_id],
                self._attempts,
                self._changes.get(activity_id, []),
                self._first,
                self._today,
                self.aggregate,
                self._rules(),
            )
        return self._cache[key]

    def calm_series(self) -> CalmSeries:
        if self._calm is None:
            self._calm = core_series.calm_series(self._calm_days, self._first, self._today)
        return self._calm

    def shown_ids(self) -> tuple[int, ...]:
        choice = self.activity_box.currentData()
        return tuple(int(part) for part in choice.split(",")) if isinstance(choice, str) else ()

    def _on_choice_changed(self, _index: int) -> None:
        self.redraw()

    def redraw(self) -> None:
        ids = [i for i in self.shown_ids() if i in self._activities]
        count = max(1, len(ids))
        if count != self._columns:
            self._plot_for(count - 1)
            self._layout_plots(count)
            self._columns = count
        for index, activity_id in enumerate(ids):
            self.activity_plots[index].titled = count > 1
            self.activity_plots[index].show(
                self._activities[activity_id], self.series_for(activity_id)
            )
        key = (tuple(ids), self.aggregate)
        if key not in self._summaries:
            self._summaries[key] = self.summary_text(ids)
        self.summary.setText(self._summaries[key])
        for view in self._views():
            view.setLimits(
                xMin=day_x(min(self._first, self._today - timedelta(days=365))) - DAY,
                xMax=day_x(self._today) + DAY / 2,
                minXRange=4 * DAY,
            )
        if self.chart_range is not None:
            self.show_range(self.chart_range)
        else:  # zoomed or dragged by hand: stay there; only "Back to today" moves the view
            low, high = self._views()[0].viewRange()[0]
            for view in self._views():
                view.setXRange(low, high, padding=0)
        logged = any(any(self.series_for(i).logs) for i in ids)
        self.no_logs_note.setVisible(bool(ids) and not logged)

    def summary_text(self, ids: Sequence[int]) -> str:
        """In words, what the chart shows: the five-second answer to "how is it going?"."""
        lines = []
        for activity_id in ids:
            activity = self._activities[activity_id]
            growth = summary.growth_summary(
                activity,
                [a for a in self._attempts if a.activity_id == activity_id],
                self._changes.get(activity_id, []),
            )
            line = self.tr("From {first} to {current} {unit} since {since}")
            lines.append(
                f"<b>{html.escape(activity.name)}</b>: "
                + html.escape(
                    line.format(
                        first=growth.first_target,
                        current=growth.current_target,
                        unit=activity.unit,
                        since=_long_day(growth.since, with_weekday=False),
                    )
                    + " · "
                    + self.tr("%n day(s) at or above the target", "", growth.days_met)
                )
            )
        month = [total for total in self._calm_days if (self._today - total.day).days < 30]
        pauses = sum(total.sessions for total in month)
        minutes = sum(total.seconds for total in month) / 60
        lines.append(
            html.escape(
                self.tr("In the last 30 days: %n pause(s)", "", pauses)
                + " · "
                + self.tr("%n minute(s) of calm breathing", "", round(minutes))
            )
        )
        return "<br>".join(lines)

    def calm_day_text(self, data: CalmSeries, index: int) -> str:
        """What hovering a pause mark says."""
        return "\n".join(
            [
                _long_day(data.days[index]),
                self.tr("%n pause(s)", "", data.pauses[index]),
                self.tr("%n minute(s) of calm breathing", "", round(data.minutes[index])),
            ]
        )

    # --- range ----------------------------------------------------------------------------

    def span_days(self, chart_range: ChartRange) -> int:
        if chart_range is ChartRange.ALL:
            return max((self._today - self._first).days + 1, 7)
        return int(chart_range.value)

    def show_range(self, chart_range: ChartRange, keep_span: bool = False) -> None:
        """Show the last week, month, ... up to today (``keep_span``: the span zoomed to)."""
        view = self.activity_plots[0].plot.getViewBox()
        if keep_span:
            low, high = view.viewRange()[0]
            span = high - low
        else:
            span = self.span_days(chart_range) * DAY
            self.chart_range = chart_range
        right = day_x(self._today) + DAY / 2
        view.setXRange(right - span, right, padding=0)
        if not keep_span:
            self.range_buttons[chart_range].setChecked(True)
        self.range_changed.emit(self.chart_range)

    def back_to_today(self) -> None:
        self.show_range(self.chart_range or ChartRange.MONTH, keep_span=self.chart_range is None)

    def _on_zoomed_by_hand(self, _mask: object) -> None:
        if self.chart_range is None:
            return
        self.chart_range = None  # zoomed or dragged by hand: no range button is right any more
        self.range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)
        self.range_changed.emit(None)

    def visible_days(self) -> tuple[date, date]:
        low, high = self.activity_plots[0].plot.getViewBox().viewRange()[0]
        first = max(x_day(low + DAY / 2), self._first)
        last = min(x_day(high - DAY / 2), self._today)
        return first, max(first, last)

    # --- saving ---------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return Path(folder) / f"pause-progress-{self._today.isoformat()}.{suffix}"

    def image_bytes(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.sheet.grab().save(buffer, "PNG")
        return bytes(buffer.data().data())

    def save_image(self) -> Path | None:
        target = SaveLocation.ask(
            self,
            translate("ProgressChart", "Save the chart as an image"),
            self._suggested("png"),
            translate("ProgressChart", "PNG images (*.png)"),
        )
        if target is None:
            return None
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
            if target.exists():  # the dialog asked about the name without ".png"
                self.saved.emit(self._exists(target))
                return None
        return self._write(target, lambda: export.write_image(self.image_bytes(), target))

    def csv_text(self) -> str:
        first, last = self.visible_days()
        texts: list[str] = []
        for activity_id in self.shown_ids():
            rows = core_series.chart_rows(
                self.series_for(activity_id), self.calm_series(), first, last
            )
            text = export.chart_csv(rows, self._activities[activity_id])
            texts.append(text if not texts else text.split("\n", 1)[1])  # one header
        return "".join(texts)

    def save_csv(self) -> Path | None:
        target = SaveLocation.ask(
            self,
            translate("ProgressChart", "Save the days shown as a table"),
            self._suggested("csv"),
            translate("ProgressChart", "CSV tables (*.csv)"),
        )
        if target is None:
            return None
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
            if target.exists():
                self.saved.emit(self._exists(target))
                return None
        text = self.csv_text()
        return self._write(target, lambda: export.write_table(text, target))

    @staticmethod
    def _exists(target: Path) -> str:
        return translate("ProgressChart", "{path} already exists; choose another name.").format(
            path=target
        )

    def _write(self, target: Path, write: Callable[[], None]) -> Path | None:
        if target.resolve() in self._own_files():
            self.saved.emit(
                translate(
                    "ProgressChart", "Pause keeps its own data in {path}; choose another name."
                ).format(path=target)
            )
            return None
        try:
            write()
        except OSError as error:
            log.warning("could not save %s: %s", target, error)
            self.saved.emit(
                translate("ProgressChart", "Could not save {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                )
            )
            return None
        self.saved.emit(translate("ProgressChart", "Saved {path}.").format(path=target))
        return target
