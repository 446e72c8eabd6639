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
