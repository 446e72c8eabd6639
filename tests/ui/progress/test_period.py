"""The days shown in words, and the first day: the summary names the days on screen, and a
first day opens on the week with today's star whole and kind words instead of zeros."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pause_app.core.model import Felt, NewActivity
from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.progress import period
from pause_app.ui.progress.axis import DAY, day_x
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from tests.helpers.clock import FakeClock


def test_the_summary_names_the_days_shown(chart: ProgressChart, clock: FakeClock) -> None:
    assert "In the last 7 days: 3 pauses · 5 minutes of calm breathing" in chart.summary.text()
    chart.range_buttons[ChartRange.ALL].click()
    assert "Since 5 March 2026: 3 pauses" in chart.summary.text()
    view = chart.activity_plots[0].plot.getViewBox()
    first = day_x(clock.today - timedelta(days=10))
    view.setXRange(first - DAY / 2, first + 3.5 * DAY, padding=0)  # dragged to the first days
    view.sigRangeChangedManually.emit([True, False])
    assert "From 5 March 2026 to 8 March 2026: no pauses on these days." in chart.summary.text()
    assert "In the last" not in chart.summary.text()
    chart.today_button.click()  # the same four days' width, up to today
    assert "In the last 4 days: 3 pauses" in chart.summary.text()


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        (date(2026, 3, 15), date(2026, 3, 15), "Today"),
        (date(2026, 3, 9), date(2026, 3, 15), "In the last 7 days"),
        (date(2026, 3, 1), date(2026, 3, 15), "Since 1 March 2026"),
        (date(2026, 3, 2), date(2026, 3, 4), "From 2 March 2026 to 4 March 2026"),
    ],
)
def test_the_days_in_words(first: date, last: date, words: str) -> None:
    assert period.range_words(first, last, since=date(2026, 3, 1), today=date(2026, 3, 15)) == words


@pytest.fixture
def first_day(
    qtbot, store: Store, clock: FakeClock, translations: i18n.Translations
) -> ProgressChart:
    """The day an activity was added: one log, nothing else."""
    translations.install("en")
    steps = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=clock.today), clock()
    )
    store.attempts.add(steps.id, 50, Felt.GOOD, "", clock())
    widget = ProgressChart(store, clock)
    qtbot.addWidget(widget)
    widget.resize(700, 560)
    widget.show()
    widget.reload()
    return widget


def test_a_first_day_opens_on_the_week_with_kind_words(first_day: ProgressChart) -> None:
    assert first_day.chart_range is ChartRange.WEEK
    assert first_day.range_buttons[ChartRange.WEEK].isChecked()
    text = first_day.summary.text()
    assert "Started with 50 steps on 15 March 2026" in text
    assert "From 50 to 50" not in text and " 0 " not in f" {text} "
    assert "Today: no pauses yet. One is here whenever you want it." in text
    shown = {kind for kind, e in first_day.legend_entries.items() if not e.isHidden()}
    assert shown == {"done", "target", "success"}  # no crash, no pauses: none in view


def test_todays_star_is_whole_at_the_right_edge(first_day: ProgressChart, clock) -> None:
    plot = first_day.activity_plots[0]
    star = plot.successes.opts["size"]
    for chart_range in ChartRange:
        first_day.show_range(chart_range)
        view = plot.plot.getViewBox()
        low, high = view.viewRange()[0]
        pixels = (high - day_x(clock.today)) / (high - low) * view.width()
        assert pixels >= star, chart_range  # room for the whole star and its outline


def test_a_month_of_history_still_opens_on_the_month(
    qtbot, store: Store, clock: FakeClock, translations: i18n.Translations
) -> None:
    steps = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=clock.today - timedelta(days=20)),
        clock(),
    )
    store.attempts.add(steps.id, 50, Felt.GOOD, "", clock())
    widget = ProgressChart(store, clock)
    qtbot.addWidget(widget)
    widget.reload()
    assert widget.chart_range is ChartRange.MONTH
