"""The plots hand pyqtgraph only the marks near the days in view (near.py): a hundred years
would otherwise be 36,500 points set up on every open. Nothing in view is ever left out."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pyqtgraph as pg

from pause_app.core.model import Felt, NewActivity
from pause_app.storage.store import Store
from pause_app.ui.progress.axis import DAY, day_x, x_day
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from pause_app.ui.progress.near import NEAR_DAYS, NearView
from tests.helpers.clock import FakeClock


def test_only_the_points_near_the_view_are_handed_over_and_more_as_it_moves(qapp) -> None:  # type: ignore[no-untyped-def]
    plot = pg.PlotItem()
    view = plot.getViewBox()
    points = pg.ScatterPlotItem()
    plot.addItem(points)
    near = NearView(view)
    xs = np.arange(5000, dtype=float) * DAY
    near.scatter(points, xs, xs / DAY, np.arange(5000))
    view.setXRange(4000 * DAY, 4030 * DAY, padding=0)
    near.rest()
    shown = points.getData()[0] / DAY
    assert shown.min() <= 4000 - NEAR_DAYS + 1 and shown.max() >= 4030 + NEAR_DAYS - 1
    assert len(shown) < 2 * NEAR_DAYS + 40  # not the 5,000
    view.setXRange(10 * DAY, 40 * DAY, padding=0)  # far back: handed over as the view goes
    shown = points.getData()[0] / DAY
    assert shown.min() == 0 and 40 in shown and 4000 not in shown
    assert [p.data() for p in points.points() if p.pos().x() == 20 * DAY] == [20]  # its tip
    view.setXRange(0, 5000 * DAY, padding=0)  # everything in view: everything handed over
    assert len(points.getData()[0]) == 5000


def test_a_log_long_ago_shows_when_all_is_shown(
    qapp,
    store: Store,
    clock: FakeClock,  # type: ignore[no-untyped-def]
) -> None:
    long_ago = clock.today - timedelta(days=3000)
    walk = store.activities.add(NewActivity("Walk", "steps", 50, started_on=long_ago), clock())
    store.attempts.add(walk.id, 40, Felt.GOOD, "", clock().on_day(long_ago))
    store.attempts.add(walk.id, 45, Felt.GOOD, "", clock())
    chart = ProgressChart(store, clock)
    chart.resize(900, 600)
    chart.reload()
    plot = chart.activity_plots[0]
    assert chart.chart_range is ChartRange.MONTH
    days = [x_day(x) for x in plot.points.getData()[0]]
    assert days == [clock.today]  # the month: the log long ago is not handed over yet
    chart.show_range(ChartRange.ALL)
    days = [x_day(x) for x in plot.points.getData()[0]]
    assert days == [long_ago, clock.today]
    assert plot.points.getData()[0][0] == day_x(long_ago)
