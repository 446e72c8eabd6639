"""The date axis: day ticks under their points, named in the user's language."""

from __future__ import annotations

import itertools

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


def test_day_ticks_are_evenly_spaced_across_a_months_end(chart: ProgressChart) -> None:
    from datetime import date

    from pause_app.ui.progress.axis import LocalDateAxis

    axis = LocalDateAxis()
    low, high = day_x(date(2026, 2, 14)), day_x(date(2026, 3, 15)) + DAY / 2
    for width in (300, 600, 1200):
        ticks = [v for spacing, values in axis.tickValues(low, high, width) for v in values]
        steps = {round((b - a) / DAY) for a, b in itertools.pairwise(ticks)}
        assert len(ticks) > 2 and len(steps) == 1, (width, [x_day(v) for v in ticks])
        assert all(v == day_x(x_day(v)) for v in ticks)  # at noon
    # Three months: a tick a week or a fortnight, on Mondays.
    low = day_x(date(2025, 12, 14))
    ticks = [v for _s, values in axis.tickValues(low, high, 600) for v in values]
    assert {x_day(v).weekday() for v in ticks} == {0}
    steps = {round((b - a) / DAY) for a, b in itertools.pairwise(ticks)}
    assert steps in ({7}, {14})


def test_day_labels_never_touch_whatever_the_font_and_width(
    qapp, translations: i18n.Translations
) -> None:
    """The room between day ticks is measured on the day labels themselves ("16 Feb") in
    the font the axis draws with, so large text or a narrow chart never runs them together
    ("16 Feb19 Feb22 Feb")."""
    from datetime import date

    from PySide6.QtGui import QFont, QFontMetrics

    from pause_app.ui.progress.axis import LocalDateAxis

    low, high = day_x(date(2026, 2, 14)) - DAY / 2, day_x(date(2026, 3, 15)) + DAY / 2
    for language, points, width in itertools.product(
        ("en", "nl"), (9, 14, 22, 28), range(200, 1300, 50)
    ):
        translations.install(language)
        axis = LocalDateAxis()
        font = QFont()
        font.setPointSizeF(points)
        axis.fontMetrics = QFontMetrics(font)
        for spacing, values in axis.tickValues(low, high, width):
            labels = axis.tickStrings(values, 1, spacing)
            places = [(v - low) / (high - low) * width for v in values]
            for (a, left), (b, right) in itertools.pairwise(zip(places, labels, strict=True)):
                room = (
                    b
                    - a
                    - (
                        axis.fontMetrics.horizontalAdvance(left)
                        + axis.fontMetrics.horizontalAdvance(right)
                    )
                    / 2
                )
                assert room >= axis.fontMetrics.height() / 2, (language, points, width, left, right)


def test_the_days_of_a_series_are_placed_at_once_where_each_day_is() -> None:
    from datetime import date, timedelta

    from pause_app.ui.progress.axis import day_x, days_x

    days = [date(1999, 12, 30) + timedelta(days=n) for n in range(800)]  # a leap day too
    assert days_x(days).tolist() == [day_x(day) for day in days]
    assert days_x([]).tolist() == []
