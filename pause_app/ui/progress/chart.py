"""The progress chart: small steps over time, with rest and calm breathing beside them.

``ProgressChart`` lays out its parts and wires them: ``controls`` (activity, best or total,
range, back to today, save, the table), ``data`` (what is read from the store), ``plots``,
``stack`` and ``axis`` (the drawing), ``look`` (pens and brushes), ``legend``, ``words`` (the
hover texts), ``keyboard`` (day by day with the arrow keys), ``table`` (the days shown, as a
table), ``period`` (the days shown, in words) and ``saving`` (PNG and CSV). It keeps the
summary and the pause marks' tips itself: they count, and lupdate finds plural forms only in
``self.tr`` strings.

pyqtgraph and numpy are imported by these modules only, and ``ui/progress/page.py`` imports
this one the first time the Progress page is shown: the app starts, and sits in the tray,
without them.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QTextDocumentFragment
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from pause_app.core.model import Moment
from pause_app.core.pacing import Rules
from pause_app.core.series import ActivitySeries, Aggregate, CalmSeries
from pause_app.storage.store import Store
from pause_app.ui.progress import period, saving, stack
from pause_app.ui.progress.axis import DAY, day_x
from pause_app.ui.progress.controls import ChartRange, Controls
from pause_app.ui.progress.data import History, no_collection, own_big_days
from pause_app.ui.progress.energy import EnergyPlot, inside_envelope
from pause_app.ui.progress.heart import HeartPlot, Remembers
from pause_app.ui.progress.keyboard import DayWalk
from pause_app.ui.progress.legend import Legend, in_view
from pause_app.ui.progress.look import Look
from pause_app.ui.progress.plots import ActivityPlot, CalmPlot, ChartView
from pause_app.ui.progress.table import DaysTable
from pause_app.ui.progress.words import long_day
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.labels import role_label

__all__ = ["ChartRange", "ProgressChart"]  # ChartRange too: what ``show_range`` takes

translate = QCoreApplication.translate
LITTLE_DATA_DAYS = 14  # with less history than this, the chart opens on the week
REDRAWING = (date.max, date.min)  # as the days shown while ``redraw`` moves the view


class ProgressChart(QWidget):
    """The chart with its controls (activity, best or total, range, back to today, save)
    and a legend in words."""

    saved = Signal(str)  # a line for the notices: where the file went, or why it did not

    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        rules: Callable[[], Rules] = Rules,
        own_files: Callable[[], set[Path]] = set,
        settings: Remembers | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progress_chart")
        self._store = store
        self._saver = saving.Saver(self, own_files, self.saved.emit)
        self._columns = 1
        self._clock = clock
        self._rules = rules
        self._history = History.nothing_yet(clock().local_date)
        self._cache: dict[tuple[int, Aggregate], ActivitySeries] = {}
        self._summaries: dict[tuple[tuple[int, ...], Aggregate, date, date], str] = {}
        self._revision: object = None
        self._calm: CalmSeries | None = None
        self.chart_range: ChartRange | None = ChartRange.MONTH
        self.look = Look.of(theme.colors_in_use(self.palette()))

        self.controls = Controls(self)
        # What the demo, the benchmark and the tests reach for keeps its name.
        self.activity_box = self.controls.activity_box
        self.aggregate_box = self.controls.aggregate_box
        self.save_image_action = self.controls.save_image_action
        self.save_csv_action = self.controls.save_csv_action
        self.range_buttons = self.controls.range_buttons
        self.today_button = self.controls.today_button
        for chart_range, button in self.range_buttons.items():
            button.clicked.connect(lambda _c=False, r=chart_range: self.show_range(r))

        self.summary = role_label(selectable=True)
        self.summary.setObjectName("chart_summary")
        self.no_logs_note = role_label("muted", hidden=True)
        self.no_logs_note.setObjectName("chart_no_logs")
        self.graphics = ChartView()
        self.graphics.setObjectName("chart_graphics")
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.graphics.ci.setContentsMargins(4, 4, 4, 4)
        self.activity_plots = [ActivityPlot(self.look)]
        self.calm_plot = CalmPlot(self.look, self.calm_day_text)
        self.energy_plot = EnergyPlot(self.look)
        self.energy_shown = False  # only with check-ins: never an empty strip
        self.heart_plot = HeartPlot(self.look, settings)  # resting pulse: off by default
        self.heart_shown = False
        self._layout_plots(1)
        self._syncing = False
        below = (self.calm_plot.plot, self.energy_plot.plot, self.heart_plot.plot)
        for plot in (self.activity_plots[0].plot, *below):
            self._follow(plot)

        self.legend = Legend()
        self.legend_entries = self.legend.entries
        self.table = DaysTable()  # "Show as a table": in place of the plots
        self.table.hide()
        self._days_shown: tuple[date, date] | None = None

        # What "Save the chart as an image" saves: the words, the plots and the legend.
        self.sheet = QWidget()
        self.sheet.setObjectName("chart_sheet")
        sheet = QVBoxLayout(self.sheet)
        sheet.setContentsMargins(0, 0, 0, 0)
        sheet.setSpacing(10)
        sheet.addWidget(self.summary)
        sheet.addWidget(self.no_logs_note)
        sheet.addWidget(self.graphics, 1)
        sheet.addWidget(self.table, 1)
        sheet.addLayout(self.legend.grid)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(self.controls.top)
        column.addLayout(self.controls.ranges)
        column.addWidget(self.sheet, 1)

        self.activity_box.currentIndexChanged.connect(self._on_choice_changed)
        self.aggregate_box.currentIndexChanged.connect(self._on_choice_changed)
        self.today_button.clicked.connect(self.back_to_today)
        self.controls.ranges.addWidget(self.heart_plot.toggle)
        self.heart_plot.toggle.toggled.connect(self._place_heart)
        self.save_image_action.triggered.connect(self.save_image)
        self.save_csv_action.triggered.connect(self.save_csv)
        self.controls.table_button.toggled.connect(self.show_table)
        self.activity_plots[0].plot.getViewBox().sigXRangeChanged.connect(self._on_days_shown)
        self.day_walk = DayWalk(self)  # the arrow keys, day by day
        self.retranslate_ui()
        self._restyle()

    # --- building -------------------------------------------------------------------------

    def _layout_plots(self, count: int) -> None:
        """The plots shown, one above the other on one day axis (``stack``): the activities
        twice as tall as the strips under them."""
        activities = {id(p.plot) for p in self.activity_plots}
        shown = [(plot, 2 if id(plot) in activities else 1) for plot in self.shown_plots(count)]
        below = [self.calm_plot.plot, self.energy_plot.plot, self.heart_plot.plot]
        stack.place(self.graphics, shown, [p.plot for p in self.activity_plots] + below)

    def shown_plots(self, count: int | None = None) -> list[pg.PlotItem]:
        """The plots shown, top to bottom (with ``count`` activities)."""
        count = self._columns if count is None else count
        plots = [p.plot for p in self.activity_plots[:count]] + [self.calm_plot.plot]
        if self.energy_shown:
            plots.append(self.energy_plot.plot)
        if self.heart_shown:
            plots.append(self.heart_plot.plot)
        return plots

    def _follow(self, plot: pg.PlotItem) -> None:
        """All plots show the same days. (pyqtgraph's own x link lines plots up by their
        place on screen, which misleads when the plot below spans two side by side.)"""
        view = plot.getViewBox()
        view.sigRangeChangedManually.connect(self._on_zoomed_by_hand)
        view.sigXRangeChanged.connect(self._on_x_range_changed)

    def _views(self) -> list[pg.ViewBox]:
        return [plot.getViewBox() for plot in self.shown_plots()]

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
        self.controls.retranslate()
        self.legend.retranslate()
        self.calm_plot.retranslate()
        self.energy_plot.retranslate()
        self.heart_plot.retranslate()
        self._layout_plots(self._columns)  # each plot as tall as its label in this language
        if self._history.activities:
            self.controls.fill_choices(self._history.activities)
            self._summaries.clear()
            self._days_shown = None
            self._on_days_shown()
        self.graphics.setToolTip("")
        self.graphics.setAccessibleName(
            translate("ProgressChart", "Chart: the arrow keys go from day to day")
        )
        self.table.retranslate()
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
        self.energy_plot.restyle(self.look)
        self.heart_plot.restyle(self.look)
        self.legend.draw(self.look)
        self.day_walk.restyle()

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the data again (after a log, or when the page is shown) and redraw; when
        nothing changed since the last time (the same revision, day and pacing settings: they
        say what a big day is), nothing is read."""
        revision = (self._store.revision(), self._clock().local_date, self._rules())
        if revision != self._revision:
            with no_collection():  # many values that live on: see storage/rows.py
                self._read_and_draw(revision)

    def _read_and_draw(self, revision: object) -> None:
        self._history = History.read(self._store, self._clock().local_date)
        if self._revision is None and self._history.today - self._history.first < timedelta(
            days=LITTLE_DATA_DAYS
        ):
            self.chart_range = ChartRange.WEEK  # a first day: one mark, not an empty month
        self._cache.clear()
        self._summaries.clear()
        self._calm = None
        self.controls.fill_choices(self._history.activities)
        self.calm_plot.show(self.calm_series())
        self.energy_plot.show(self._history.checkins)
        if bool(self._history.checkins) != self.energy_shown:
            self.energy_shown = not self.energy_shown
            self._layout_plots(self._columns)
            self.legend.show_energy(self.energy_shown)
        self.heart_plot.show(self._store.heart_rates.all())
        self._place_heart()
        self.redraw()
        self._revision = revision  # only once all was read: a failed read tries again

    def choose(self, *ids: int) -> None:
        """Show these activities (one, or two side by side)."""
        self.controls.choose(ids)

    def shown_ids(self) -> tuple[int, ...]:
        return self.controls.shown_ids()

    @property
    def aggregate(self) -> Aggregate:
        return self.controls.aggregate

    def series_for(self, activity_id: int) -> ActivitySeries:
        key = (activity_id, self.aggregate)
        if key not in self._cache:
            self._cache[key] = self._history.activity_series(
                activity_id, self.aggregate, self._rules()
            )
        return self._cache[key]

    def calm_series(self) -> CalmSeries:
        if self._calm is None:
            self._calm = self._history.calm_series()
        return self._calm

    def _on_choice_changed(self, _index: int) -> None:
        self.redraw()

    def _place_heart(self, *_args: object) -> None:
        """The resting pulse strip under the others while it is wanted (heart.py)."""
        if self.heart_plot.wanted != self.heart_shown:
            self.heart_shown = not self.heart_shown
            self._layout_plots(self._columns)
            self.redraw()

    def redraw(self) -> None:
        ids = [i for i in self.shown_ids() if i in self._history.activities]
        count = max(1, len(ids))
        if count != self._columns:
            self._plot_for(count - 1)
            self._layout_plots(count)
            self._columns = count
        names = {i: a.name for i, a in self._history.activities.items()}
        for index, activity_id in enumerate(ids):
            self.activity_plots[index].titled = count > 1
            self.activity_plots[index].show(
                self._history.activities[activity_id], self.series_for(activity_id), names
            )
        first, today = self._history.first, self._history.today
        x_min = day_x(min(first, today - timedelta(days=365))) - DAY
        x_max = period.right_edge(today, day_x(today) - x_min)
        self._days_shown = REDRAWING  # the words follow once, at the end, not per step
        for view in self._views():
            view.setLimits(xMin=x_min, xMax=x_max, minXRange=4 * DAY)
        if self.chart_range is not None:
            self.show_range(self.chart_range)
        else:  # zoomed or dragged by hand: stay there; only "Back to today" moves the view
            low, high = self._views()[0].viewRange()[0]
            for view in self._views():
                view.setXRange(low, high, padding=0)
        logged = any(any(v is not None for v in self.series_for(i).done) for i in ids)
        self.no_logs_note.setVisible(bool(ids) and not logged)
        self._days_shown = None
        self._on_days_shown()

    def _on_days_shown(self, *_args: object) -> None:
        """The summary, the legend and the table follow the days in view."""
        days = self.visible_days()
        if days == self._days_shown or self._days_shown == REDRAWING:
            return
        self._days_shown = first, last = days
        ids = [i for i in self.shown_ids() if i in self._history.activities]
        key = (tuple(ids), self.aggregate, first, last)
        if key not in self._summaries:
            self._summaries[key] = self.summary_text(ids)
        self.summary.setText(self._summaries[key])
        plain = QTextDocumentFragment.fromHtml(self._summaries[key]).toPlainText()
        self.graphics.setAccessibleDescription(plain)
        checkins = self._history.checkins if self.energy_shown else []
        marks = in_view([(self.series_for(i), i) for i in ids], self.calm_series(), checkins, *days)
        self.legend.show_only(set() if self.table.isVisibleTo(self) else marks)
        if self.table.isVisibleTo(self):
            self.table.fill_from(self, first, last)

    def show_table(self, shown: bool) -> None:
        """ "Show as a table": the days shown, in a table in place of the plots and legend."""
        self.graphics.setVisible(not shown)
        self.table.setVisible(shown)
        self._days_shown = None
        self._on_days_shown()

    def summary_text(self, ids: Sequence[int]) -> str:
        """In words, what the chart shows: the five-second answer to "how is it going?"."""
        lines = []
        for activity_id in ids:
            activity = self._history.activities[activity_id]
            growth = self._history.growth(activity_id, self._rules())
            parts = [period.growth_words(growth, activity.unit)]
            if growth.days_met:  # never "0 days": the first days are for starting
                parts.append(self.tr("%n day(s) at or above the target", "", growth.days_met))
            big_days = len(own_big_days(self.series_for(activity_id), activity_id))
            if big_days:  # said in words too, for a screen reader: rule 10's mark
                parts.append(self.tr("%n big day(s)", "", big_days))
            lines.append(f"<b>{html.escape(activity.name)}</b>: " + html.escape(" · ".join(parts)))
        first, last = self._days_shown or self.visible_days()
        pauses, minutes = self._history.calm_between(first, last)
        shown = period.range_words(first, last, self._history.first, self._history.today)
        counts = self.tr("%n pause(s)", "", pauses) + " · "
        counts += self.tr("%n minute(s) of calm breathing", "", round(minutes))
        calm = period.calm_words(shown, counts if pauses else "", last == self._history.today)
        lines.append(html.escape(calm))
        inside, days = inside_envelope(self._history.checkins, self._history.today)
        if days:
            text = self.tr("Inside your energy on {inside} of the last %n day(s)", "", days)
            lines.append(html.escape(text.format(inside=inside)))
        return "<br>".join(lines)

    def calm_day_text(self, data: CalmSeries, index: int) -> str:
        """What hovering a pause mark says."""
        return "\n".join(
            [
                long_day(data.days[index]),
                self.tr("%n pause(s)", "", data.pauses[index]),
                self.tr("%n minute(s) of calm breathing", "", round(data.minutes[index])),
            ]
        )

    # --- range ----------------------------------------------------------------------------

    def show_range(self, chart_range: ChartRange, keep_span: bool = False) -> None:
        """Show the last week, month, ... up to today (``keep_span``: the span zoomed to)."""
        view = self.activity_plots[0].plot.getViewBox()
        if keep_span:
            low, high = view.viewRange()[0]
            span = high - low
        else:
            span = period.span_days(chart_range, self._history.first, self._history.today) * DAY
            self.chart_range = chart_range
        right = period.right_edge(self._history.today, span)
        left = right - span if keep_span else day_x(self._history.today) + DAY / 2 - span
        view.setXRange(left, right, padding=0)  # every day of the range, and room for today
        if not keep_span:
            self.controls.check_range(chart_range)

    def back_to_today(self) -> None:
        self.show_range(self.chart_range or ChartRange.MONTH, keep_span=self.chart_range is None)

    def _on_zoomed_by_hand(self, _mask: object) -> None:
        if self.chart_range is None:
            return
        self.chart_range = None
        self.controls.uncheck_ranges()

    def visible_days(self) -> tuple[date, date]:
        x_range = self.activity_plots[0].plot.getViewBox().viewRange()[0]
        return period.in_view(x_range, self._history.first, self._history.today)

    # --- saving ---------------------------------------------------------------------------

    def image_bytes(self) -> bytes:
        """What "Save the chart as an image" saves: the words, the plots and the legend."""
        return saving.png_bytes(self.sheet)

    def csv_text(self) -> str:
        """The days shown, of the activities shown, as a CSV table."""
        first, last = self.visible_days()
        shown = [(self._history.activities[i], self.series_for(i)) for i in self.shown_ids()]
        return saving.days_csv(shown, self.calm_series(), first, last)

    def save_image(self) -> Path | None:
        return self._saver.save_image(self._history.today, self.image_bytes)

    def save_csv(self) -> Path | None:
        return self._saver.save_table(self._history.today, self.csv_text)
