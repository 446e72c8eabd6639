"""The date axis: day ticks under their points, named in the user's language."""

from __future__ import annotations

from pause_app.text import i18n
from pause_app.ui.progress.axis import DAY, day_x, x_day
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from tests.helpers.clock import FakeClock


def test_day_ticks_sit_under_their_points_in_the_users_language(
    chart: ProgressChart, clock: FakeClock, translations: i18n.Translations
) -> None:
    axis = chart.activity_plots[0].plot.getAxis("bottom")
    chart.range_buttons[ChartRange.WEEK].click()
    low, high = chart.activity_plots[0].plot.getViewBox().viewRange()[0]
    ticks = axis.tickValues(low, high, 600)
    day_ticks = [v for spacing, values in ticks if spacing < 27 * DAY for v in values]
    assert day_ticks and all(v == day_x(x_day(v)) for v in day_ticks)  # at noon, like points
    translations.install("nl")
    assert axis.tickStrings([day_x(clock.today)], 1, DAY) == ["15 mrt"]


def test_amounts_are_ticked_in_whole_numbers_only(chart: ProgressChart) -> None:
    axis = chart.activity_plots[0].plot.getAxis("left")
    values = [v for _spacing, level in axis.tickValues(3.2, 6.8, 200) for v in level]
    assert values and all(float(v).is_integer() for v in values)  # no 3.5, 4.5, ...
    assert {4.0, 5.0, 6.0} <= set(values)
