"""What the plots draw, read back through their items' data (STYLE.md 13), not pixels."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from pause_app.core.model import NewActivity
from pause_app.storage.store import Store
from pause_app.ui.progress.axis import DAY, day_x, x_day
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from pause_app.ui.progress.words import day_text
from tests.helpers.clock import FakeClock


def _days(xs: np.ndarray, clock: FakeClock) -> list[int]:
    """x positions as 'days ago' (NaN gaps dropped)."""
    return [(clock.today - x_day(x)).days for x in xs if not np.isnan(x)]


def test_done_amounts_are_points_and_a_line_with_gaps_not_zeros(
    chart: ProgressChart, clock: FakeClock
) -> None:
    plot = chart.activity_plots[0]
    xs, ys = plot.done.getData()
    assert _days(xs, clock) == [10, 9, 7, 6, 2, 0]  # the days without logs are simply absent
    # The line joins days logged one after another and breaks at each day without a log.
    assert [None if np.isnan(y) else int(y) for y in ys] == [
        50, 51, None, 40, 52, None, 20, None, 45,
    ]  # fmt: skip
    assert all(x == day_x(x_day(x)) for x in xs if not np.isnan(x))  # at its day's noon
    # The successes are stars; the other logged days plain points; together every log.
    star_x, _ = plot.successes.getData()
    point_x, _ = plot.points.getData()
    assert sorted(_days(star_x, clock) + _days(point_x, clock), reverse=True) == [
        10, 9, 7, 6, 2, 0,
    ]  # fmt: skip
    assert _days(star_x, clock) == [10, 9, 6]  # the tired, crash and low days are not stars


def test_the_target_is_a_step_line(chart: ProgressChart, clock: FakeClock) -> None:
    xs, ys = chart.activity_plots[0].target.getData()
    levels = [(x_day(x + 1), y) for x, y in zip(xs, ys, strict=True)]
    raised = clock.today - timedelta(days=6)
    assert levels[0] == (clock.today - timedelta(days=10), 50)
    assert (raised, 50) in levels and (raised, 52) in levels  # a vertical step on that day
    assert ys[-1] == 52 and xs[-1] == day_x(clock.today) + DAY / 2


def test_tired_crash_and_the_days_before_a_crash_are_shaded(
    chart: ProgressChart, clock: FakeClock
) -> None:
    from pause_app.core.series import DayMark

    def bands(mark: DayMark) -> list[tuple[int, int]]:
        opts = chart.activity_plots[0].shading[mark].opts
        return [
            ((clock.today - x_day(x0 + 1)).days, round(width / DAY))
            for x0, width in zip(opts["x0"], opts["width"], strict=True)
        ]

    assert bands(DayMark.CRASH) == [(2, 1)]
    assert bands(DayMark.BEFORE_CRASH) == [(5, 3)]  # the 72 hours before the crash
    assert bands(DayMark.TIRED) == [(7, 1)]
    # The bands reach over the whole height shown, whatever it is.
    low, high = chart.activity_plots[0].plot.getViewBox().viewRange()[1]
    opts = chart.activity_plots[0].shading[DayMark.CRASH].opts
    assert (opts["y0"], opts["height"]) == pytest.approx((low, high - low))


def test_calm_breathing_bars_and_pause_marks_below(chart: ProgressChart, clock: FakeClock) -> None:
    bars = chart.calm_plot.bars.opts
    assert [(clock.today - x_day(x)).days for x in bars["x"]] == [3, 1]
    assert list(bars["height"]) == [4.0, 1.0]  # minutes per day
    xs, ys = chart.calm_plot.pauses.getData()
    assert _days(xs, clock) == [3, 1] and list(ys) == [2, 1]


def test_wheel_and_drag_move_only_the_days(chart: ProgressChart) -> None:
    for plot in (chart.activity_plots[0].plot, chart.calm_plot.plot):
        assert plot.getViewBox().state["mouseEnabled"] == [True, False]


def test_the_amounts_axis_fits_what_is_shown_without_making_cliffs(
    chart: ProgressChart, clock: FakeClock
) -> None:
    chart.range_buttons[ChartRange.WEEK].click()  # 45..52 shown (the crash day's 20 too)
    low, high = chart.activity_plots[0].plot.getViewBox().viewRange()[1]
    assert low <= 20 and high >= 52
    chart.range_buttons[ChartRange.ALL].click()
    assert chart.activity_plots[0].plot.getViewBox().viewRange()[1][0] >= 0


def test_items_are_made_once_and_updated(
    chart: ProgressChart, history: dict[str, int], clock: FakeClock
) -> None:
    plot = chart.activity_plots[0]
    before = (list(plot.plot.items), plot.done, plot.points, list(chart.calm_plot.plot.items))
    chart.choose(history["reading"])
    chart.range_buttons[ChartRange.YEAR].click()
    chart.reload()
    assert (
        list(plot.plot.items),
        plot.done,
        plot.points,
        list(chart.calm_plot.plot.items),
    ) == before
    assert list(plot.done.getData()[1]) == [12]  # but showing the other activity


def test_hovering_a_point_tells_the_day_amount_feeling_and_note(
    chart: ProgressChart, clock: FakeClock
) -> None:
    plot = chart.activity_plots[0]
    index = plot.series.days.index(clock.today - timedelta(days=10))  # type: ignore[union-attr]
    text = day_text(plot.series, plot.activity, index)  # type: ignore[arg-type]
    assert text.splitlines() == [
        "Thursday 5 March 2026",
        "50 steps · target 50",
        "Went well",
        "50 · good: first day",
    ]
    assert plot.successes.opts["hoverable"] and plot.points.opts["hoverable"]
    star = plot.successes.points()[0]
    assert "first day" in plot.successes.opts["tip"](x=0, y=0, data=star.data())


def test_hovering_a_pause_mark_tells_pauses_and_minutes(
    chart: ProgressChart, clock: FakeClock
) -> None:
    calm = chart.calm_plot
    mark = calm.pauses.points()[0]
    assert calm.pauses.opts["tip"](x=0, y=0, data=mark.data()).splitlines() == [
        "Thursday 12 March 2026",
        "2 pauses",
        "4 minutes of calm breathing",
    ]


def test_names_are_shown_as_text_not_markup(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    outside = store.activities.add(
        NewActivity("Steps <b>out</b> & about", "steps", 40, derived_from=history["inside"]),
        clock(),
    )
    chart.reload()
    chart.choose(history["inside"], outside.id)
    assert (
        chart.activity_plots[1].plot.titleLabel.text == "Steps &lt;b&gt;out&lt;/b&gt; &amp; about"
    )
