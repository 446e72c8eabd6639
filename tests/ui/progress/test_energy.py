"""The energy strip: energy had and spent per day, severe symptoms marked, the days shared
with the plots above; only there when there are check-ins; and the summary's envelope line."""

from __future__ import annotations

from datetime import timedelta

from pause_app.core.model import CheckIn, NewCheckIn, Symptoms
from pause_app.storage.store import Store
from pause_app.ui.progress.axis import x_day
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from pause_app.ui.progress.energy import inside_envelope
from tests.helpers.clock import FakeClock


def _check_in(store: Store, clock: FakeClock, days_ago: int, **parts: object) -> None:
    store.checkins.save(NewCheckIn(clock.today - timedelta(days=days_ago), **parts), clock())  # type: ignore[arg-type]


def _fill(store: Store, clock: FakeClock) -> None:
    _check_in(store, clock, 3, energy=6, spent=5, sleep=4)
    _check_in(store, clock, 2, energy=4, spent=7, symptoms=Symptoms.SEVERE, note="too much")
    _check_in(store, clock, 1, energy=3, spent=3)
    _check_in(store, clock, 0, energy=5)  # the morning: spent comes later


def test_no_strip_and_no_legend_entries_without_check_ins(chart: ProgressChart) -> None:
    assert not chart.energy_shown
    assert chart.energy_plot.plot not in chart.graphics.ci.items
    assert all(chart.legend_entries[kind].isHidden() for kind in ("had", "spent", "severe"))
    assert "Inside your energy" not in chart.summary.text()


def test_energy_had_and_spent_and_severe_days(
    chart: ProgressChart, store: Store, clock: FakeClock
) -> None:
    items = (chart.energy_plot.had, chart.energy_plot.spent, chart.energy_plot.severe)
    _fill(store, clock)
    chart.reload()
    assert chart.energy_shown and chart.energy_plot.plot in chart.graphics.ci.items
    assert not chart.legend_entries["spent"].isHidden()
    strip = chart.energy_plot
    had_x, had_y = strip.had.getData()
    assert [(clock.today - x_day(x)).days for x in had_x] == [3, 2, 1, 0]
    assert list(had_y) == [6, 4, 3, 5]
    spent_x, spent_y = strip.spent.getData()
    assert [(clock.today - x_day(x)).days for x in spent_x] == [3, 2, 1]
    assert list(spent_y) == [5, 7, 3]
    severe_x, _ = strip.severe.getData()
    assert [(clock.today - x_day(x)).days for x in severe_x] == [2]
    # Told apart by shape as well as colour: filled circles, hollow diamonds, crosses.
    assert strip.had.opts["symbol"] == "o" and strip.spent.opts["symbol"] == "d"
    assert strip.spent.opts["brush"].style().name == "NoBrush"
    assert strip.severe.opts["symbol"] == "x"
    # Made once: new check-ins reach the same items.
    _check_in(store, clock, 0, energy=5, spent=4)
    chart.reload()
    assert (strip.had, strip.spent, strip.severe) == items
    assert len(strip.spent.getData()[0]) == 4


def test_the_strip_shares_the_days_of_the_plots_above(
    chart: ProgressChart, store: Store, clock: FakeClock
) -> None:
    _fill(store, clock)
    chart.reload()
    chart.show_range(ChartRange.WEEK)
    above = chart.activity_plots[0].plot.getViewBox().viewRange()[0]
    assert chart.energy_plot.plot.getViewBox().viewRange()[0] == above
    chart.energy_plot.plot.getViewBox().setXRange(above[0] - 3e5, above[1] - 3e5, padding=0)
    assert (
        chart.activity_plots[0].plot.getViewBox().viewRange()[0]
        == (chart.energy_plot.plot.getViewBox().viewRange()[0])
    )
    assert (
        chart.calm_plot.plot.getViewBox().viewRange()[0]
        == (chart.energy_plot.plot.getViewBox().viewRange()[0])
    )


def test_hovering_a_day_gives_its_check_in_in_words(
    chart: ProgressChart, store: Store, clock: FakeClock
) -> None:
    _fill(store, clock)
    chart.reload()
    tip = chart.energy_plot.severe.opts["tip"](x=0, y=0, data=1).splitlines()
    assert tip[1:] == [
        "Energy had: 4 of 10",
        "Energy spent: 7 of 10",
        "The day took more than you had",
        "Severe symptoms",
        "too much",
    ]
    assert "Sleep: 4 of 5" in chart.energy_plot.had.opts["tip"](x=0, y=0, data=0)


def test_the_summary_says_how_many_recent_days_stayed_inside_the_energy(
    chart: ProgressChart, store: Store, clock: FakeClock
) -> None:
    _fill(store, clock)
    chart.reload()
    assert "Inside your energy on 2 of the last 3 days" in chart.summary.text()


def _day(clock: FakeClock, days_ago: int, energy: int | None, spent: int | None) -> CheckIn:
    return CheckIn(clock.today - timedelta(days=days_ago), energy=energy, spent=spent)


def test_inside_the_envelope_counts_the_last_seven_days_with_both(clock: FakeClock) -> None:
    checkins = [_day(clock, n, 5, 6 if n in (1, 9) else 5) for n in range(10, -1, -1)]
    checkins.append(_day(clock, 0, 5, None))  # only one of the two: not counted
    assert inside_envelope(checkins, clock.today) == (6, 7)
    assert inside_envelope([_day(clock, 30, 5, 4)], clock.today) == (0, 0)  # long ago
    assert inside_envelope([], clock.today) == (0, 0)


def test_the_legend_with_energy_fits_beside_the_sidebar_in_each_language(
    chart: ProgressChart, store: Store, clock: FakeClock, translations
) -> None:
    from pause_app.text import i18n

    _fill(store, clock)
    chart.reload()
    for language in i18n.LANGUAGES:
        translations.install(language)
        chart.retranslate_ui()
        assert chart.legend.grid.minimumSize().width() <= 666, language
