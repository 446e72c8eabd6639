"""The chart from the keyboard: its canvas is one stop in the tab order; the arrow keys walk
it day by day (Home and End: the first and last day shown; Page Up and Page Down: a week),
a mark outlines the day in every plot, a label beside it shows the day in the same words as
hovering it says, and a screen reader hears them. Walking past the edge moves the days shown,
as dragging does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QWidget

if TYPE_CHECKING:
    from pause_app.ui.progress.chart import ProgressChart

from pause_app.core.series import CalmSeries, DayMark
from pause_app.ui.progress.axis import DAY, day_x, x_day
from pause_app.ui.progress.data import marks_of
from pause_app.ui.progress.energy import EnergyPlot, checkin_text
from pause_app.ui.progress.heart import heart_text
from pause_app.ui.progress.plots import ActivityPlot, CalmPlot
from pause_app.ui.progress.words import band_text, day_text, long_day
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.announce import announce

translate = QCoreApplication.translate
TIP_GAP = 6  # pixels between the marked day and its label
MARK_ALPHA = 170  # the mark's outline: the text colour, softened

STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageUp: -7,
    Qt.Key.Key_PageDown: 7,
}


def day_words(
    day: date,
    activity_plots: Sequence[ActivityPlot],
    calm: CalmPlot,
    energy: EnergyPlot | None,
    calm_text: Callable[[CalmSeries, int], str],
) -> str:
    """What a day says: the date, then each activity as hovering its point (or its shaded
    band) says it, the calm breathing as hovering a pause mark says, and the check-in."""
    lines = [long_day(day)]
    for plot in activity_plots:
        data, activity = plot.series, plot.activity
        if data is None or activity is None or not data.days:
            continue
        index = (day - data.days[0]).days
        if not 0 <= index < len(data.days):
            continue
        if data.done[index] is not None:
            body = day_text(data, activity, index, plot.names).split("\n")[1:]
        elif marks_of(data)[0][index] is not DayMark.NONE:
            body = band_text(data, activity, index, plot.names).split("\n")[1:]
        else:
            body = [translate("ProgressChart", "Nothing logged")]
        if len(activity_plots) > 1:
            lines.append(activity.name + ":")
        lines += body
    if calm.series is not None and calm.series.days:
        index = (day - calm.series.days[0]).days
        if 0 <= index < len(calm.series.days) and calm.series.pauses[index]:
            lines += calm_text(calm.series, index).split("\n")[1:]
    if energy is not None:
        for checkin in energy.checkins:
            if checkin.day == day:
                lines += checkin_text(checkin).split("\n")[1:]
    return "\n".join(lines)


def chart_day_words(chart: ProgressChart, day: date) -> str:
    """``day_words`` of the plots the chart shows."""
    shown = chart.shown_plots()
    activities = [p for p in chart.activity_plots if p.plot in shown]
    energy = chart.energy_plot if chart.energy_plot.plot in shown else None
    text = day_words(day, activities, chart.calm_plot, energy, chart.calm_day_text)
    if chart.heart_plot.plot in shown:  # the resting pulse, as hovering its dot says
        pulse = [
            heart_text(d, bpm).split("\n")[1] for d, bpm in chart.heart_plot.values if d == day
        ]
        text = "\n".join([text, *pulse])
    return text


class DayWalk(QObject):
    """Watches the chart's canvas for keys and focus."""

    def __init__(self, chart: ProgressChart) -> None:
        super().__init__(chart)
        self.setObjectName("chart_day_walk")
        self._chart = chart
        self._view: QWidget = chart.graphics
        self.day: date | None = None
        self.said = ""
        self._marks: dict[int, pg.LinearRegionItem] = {}
        self.tip = _tip_label(self._view)  # the day in words, as hovering it shows them
        self._view.installEventFilter(self)

    def _plots(self) -> list[pg.PlotItem]:
        return self._chart.shown_plots()

    def _days(self) -> tuple[date, date]:
        """The first and last day there are (the calm series runs over all of them)."""
        days = self._chart.calm_series().days
        return (days[0], days[-1]) if days else self._chart.visible_days()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(event)
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click is for dragging
                self.go(self._current())
        elif event.type() == QEvent.Type.FocusOut:
            self._show_marks(False)
        elif event.type() == QEvent.Type.Resize and self.tip.isVisible():
            self._place_tip()
        return False

    def _on_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        first_shown, last_shown = self.shown()
        if key in STEPS:
            wanted = self._current() + timedelta(days=STEPS[key])
        elif key == Qt.Key.Key_Home:
            wanted = first_shown
        elif key == Qt.Key.Key_End:
            wanted = last_shown
        else:
            return False
        self.go(wanted)
        return True

    def _current(self) -> date:
        """The day with the mark, or the last day shown when it is out of view."""
        return self.day if self.day is not None and self._in_view(self.day) else self.shown()[1]

    def shown(self) -> tuple[date, date]:
        """The days in view (``days`` clipped to the view)."""
        first, last = self._days()
        low, high = self._x_range()
        return max(first, x_day(low + DAY / 2)), min(last, x_day(high - DAY / 2))

    def _x_range(self) -> tuple[float, float]:
        plots = self._plots()
        low, high = plots[0].getViewBox().viewRange()[0]
        return float(low), float(high)

    def _in_view(self, day: date | None) -> bool:
        if day is None:
            return False
        first, last = self.shown()
        return first <= day <= last

    def go(self, day: date) -> None:
        """Put the focus mark on ``day`` (within the days there are), bring it into view,
        and say it."""
        first, last = self._days()
        day = min(max(day, first), last)
        self.day = day
        low, high = self._x_range()
        x = day_x(day)
        if not low <= x - DAY / 2 or not x + DAY / 2 <= high:
            shift = (x - DAY / 2 - low) if x - DAY / 2 < low else (x + DAY - high)
            view = self._plots()[0].getViewBox()
            view.setXRange(low + shift, high + shift, padding=0)
            view.sigRangeChangedManually.emit([True, False])  # as a drag: no range is right
        self._show_marks(True)
        self.said = chart_day_words(self._chart, day)
        self.tip.setText(self.said)
        self.tip.adjustSize()
        self._place_tip()
        self.tip.show()
        self.tip.raise_()
        announce(self._view, self.said, describe=False)

    def _place_tip(self) -> None:
        """Beside the marked day near the top of the first plot: to its right where there
        is room, else to its left; always inside the canvas."""
        if self.day is None:
            return
        plot = self._plots()[0]
        view = plot.getViewBox()
        top = view.viewRange()[1][1]
        x = day_x(self.day)
        canvas = self._chart.graphics  # a QGraphicsView: scene to widget
        right = canvas.mapFromScene(view.mapViewToScene(QPointF(x + DAY / 2, top)))
        left = canvas.mapFromScene(view.mapViewToScene(QPointF(x - DAY / 2, top)))
        gap = TIP_GAP
        width, height = self.tip.width(), self.tip.height()
        room = self._view.width()
        at = right.x() + gap if right.x() + gap + width <= room else left.x() - gap - width
        at = min(max(0, at), max(0, room - width))
        y = min(max(0, right.y() + gap), max(0, self._view.height() - height))
        self.tip.move(QPoint(at, y))

    def _show_marks(self, shown: bool) -> None:
        plots = self._plots()
        wanted = {id(plot) for plot in plots}
        for key, mark in self._marks.items():
            if key not in wanted or not shown:
                mark.setVisible(False)
        if not shown or self.day is None:
            self.tip.hide()
            return
        x = day_x(self.day)
        for plot in plots:
            mark = self._marks.get(id(plot))
            if mark is None:
                mark = self._marks[id(plot)] = _mark(self._view)
                plot.addItem(mark, ignoreBounds=True)
            mark.setRegion((x - DAY / 2, x + DAY / 2))
            mark.setVisible(True)

    def restyle(self) -> None:
        for mark in self._marks.values():
            _style(mark, self._view)
        self.tip.setPalette(self._view.palette())

    @property
    def marks(self) -> list[pg.LinearRegionItem]:
        """The marks on screen (for the tests)."""
        return [mark for mark in self._marks.values() if mark.isVisible()]


def _mark(view: QWidget) -> pg.LinearRegionItem:
    mark = pg.LinearRegionItem(movable=False)
    mark.setObjectName("chart_day_mark")
    mark.setZValue(-5)  # under the points, over the bands
    _style(mark, view)
    return mark


def _tip_label(view: QWidget) -> QLabel:
    """A label like a tooltip, over the canvas, hidden until a day is chosen by keyboard.
    A screen reader hears the day already: the label is for the eyes."""
    tip = QLabel(view)
    tip.setObjectName("chart_day_tip")
    tip.setTextFormat(Qt.TextFormat.PlainText)
    tip.setFrameShape(QFrame.Shape.Box)
    tip.setMargin(6)
    tip.setAutoFillBackground(True)
    tip.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    tip.setForegroundRole(QPalette.ColorRole.ToolTipText)
    tip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    tip.hide()
    return tip


def _style(mark: pg.LinearRegionItem, view: QWidget) -> None:
    """The focus mark: the day outlined in the text colour, softened (still above 3:1 on the
    chart's background), lightly filled."""
    color = QColor(theme.colors_in_use(view.palette()).text)
    color.setAlpha(MARK_ALPHA)
    pen = QPen(color, 1.0)
    pen.setCosmetic(True)
    for line in mark.lines:
        line.setPen(pen)
        line.setHoverPen(pen)
    fill = QColor(color)
    fill.setAlpha(20)
    mark.setBrush(fill)
    mark.setHoverBrush(fill)
