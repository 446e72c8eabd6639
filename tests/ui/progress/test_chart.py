"""The progress chart as a whole: its controls, ranges, summary, language and colours,
and reading the data again only when it changed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication

from pause_app.core.model import Felt, NewActivity
from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.progress.axis import DAY, x_day
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from pause_app.ui.progress.words import day_text
from pause_app.ui.widgets import theme
from tests.helpers.clock import FakeClock


def test_best_of_the_day_or_the_day_total(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    store.attempts.add(history["inside"], 30, Felt.GOOD, "", clock())
    chart.reload()
    assert chart.activity_plots[0].done.getData()[1][-1] == 45
    chart.aggregate_box.setCurrentIndex(1)
    assert chart.activity_plots[0].done.getData()[1][-1] == 75


def test_the_view_opens_on_the_week_with_little_history_and_the_ranges_show_up_to_today(
    chart: ProgressChart, clock: FakeClock
) -> None:
    view = chart.activity_plots[0].plot.getViewBox()

    def shown() -> tuple[date, date, float]:
        low, high = view.viewRange()[0]
        return (*chart.visible_days(), (high - low) / DAY)

    assert chart.range_buttons[ChartRange.WEEK].isChecked()  # ten days: a week, not a month
    assert shown() == (clock.today - timedelta(days=6), clock.today, pytest.approx(7))
    chart.range_buttons[ChartRange.MONTH].click()  # the 31 days, and room right of today
    assert shown()[1] == clock.today and 31 < shown()[2] < 32
    chart.range_buttons[ChartRange.ALL].click()
    assert shown()[0] == clock.today - timedelta(days=10)
    # The calm plot below always shows the same days.
    assert chart.calm_plot.plot.getViewBox().viewRange()[0] == pytest.approx(view.viewRange()[0])


def test_zooming_by_hand_then_back_to_today(chart: ProgressChart, clock: FakeClock) -> None:
    view = chart.activity_plots[0].plot.getViewBox()
    chart.range_buttons[ChartRange.WEEK].click()
    view.translateBy(x=-3 * DAY)  # a drag to the left, as the mouse would
    view.sigRangeChangedManually.emit([True, False])
    assert chart.chart_range is None
    assert not any(button.isChecked() for button in chart.range_buttons.values())
    assert x_day(view.viewRange()[0][1] - 1) == clock.today - timedelta(days=3)
    chart.today_button.click()
    low, high = view.viewRange()[0]
    assert x_day(high - 1) == clock.today and (high - low) / DAY == pytest.approx(7)


def test_inside_and_outside_side_by_side(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    outside = store.activities.add(
        NewActivity("Steps outside", "steps", 40, derived_from=history["inside"]), clock()
    )
    store.attempts.add(outside.id, 41, Felt.GOOD, "", clock())
    chart.reload()
    names = [chart.activity_box.itemText(i) for i in range(chart.activity_box.count())]
    assert "Steps inside and Steps outside" in names
    chart.choose(history["inside"], outside.id)
    first, second = chart.activity_plots
    assert list(second.done.getData()[1]) == [41]
    assert first.plot.titleLabel.text == "Steps inside"
    assert second.plot.getViewBox().viewRange()[0] == pytest.approx(
        first.plot.getViewBox().viewRange()[0]
    )
    chart.choose(history["inside"])
    assert chart.graphics.ci.getItem(0, 1) is None  # back to one plot


def test_the_summary_says_in_words_how_it_is_going(chart: ProgressChart, clock: FakeClock) -> None:
    text = chart.summary.text()
    assert "From 50 to 52 steps since 5 March 2026" in text
    assert "3 days at or above the target" in text
    assert "In the last 7 days: 3 pauses · 5 minutes of calm breathing" in text


def test_colours_follow_the_theme(qapp, chart: ProgressChart) -> None:
    theme.apply(qapp, "dark")
    try:
        QCoreApplication.processEvents()
        assert chart.look.target.color().name() == theme.DARK.chart_target
        assert chart.activity_plots[0].target.opts["pen"].color().name() == theme.DARK.chart_target
    finally:
        theme.apply(qapp, "light")
    QCoreApplication.processEvents()
    assert chart.look.target.color().name() == theme.LIGHT.chart_target


def test_switching_to_dutch_translates_the_buttons_legend_and_dates(
    chart: ProgressChart, translations: i18n.Translations, clock: FakeClock
) -> None:
    translations.install("nl")
    QCoreApplication.processEvents()
    assert chart.range_buttons[ChartRange.WEEK].text() == "Week"
    assert chart.today_button.text() == "Terug naar vandaag"
    assert chart.legend_entries["done"].text.text() == "Wat je deed"
    plot = chart.activity_plots[0]
    index = plot.series.days.index(clock.today - timedelta(days=10))  # type: ignore[union-attr]
    assert day_text(plot.series, plot.activity, index).splitlines()[0] == "donderdag 5 maart 2026"  # type: ignore[arg-type]


def test_showing_the_page_again_reads_nothing_when_nothing_changed(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    reads: list[int] = []
    real = store.attempts.rows  # the chart reads rows (Goals has not kept any logs)
    monkeypatch.setattr(store.attempts, "rows", lambda: reads.append(1) or real())
    chart.reload()
    assert reads == []
    store.attempts.add(history["inside"], 46, Felt.GOOD, "", clock())
    chart.reload()
    assert reads == [1]
    assert chart.activity_plots[0].done.getData()[1][-1] == 46
    clock.advance(days=1)  # a new day: read again, today moved
    chart.reload()
    assert reads == [1, 1]
    assert x_day(chart.activity_plots[0].plot.getViewBox().viewRange()[0][1] - 1) == clock.today


def test_the_summary_follows_the_language(
    chart: ProgressChart, translations: i18n.Translations
) -> None:
    translations.install("nl")
    QCoreApplication.processEvents()
    assert "Van 50 naar 52 steps sinds 5 maart 2026" in chart.summary.text()
    assert "3 pauzes · 5 minuten rustig ademen" in chart.summary.text()


def test_a_redraw_keeps_the_days_zoomed_to_by_hand(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    view = chart.activity_plots[0].plot.getViewBox()
    chart.range_buttons[ChartRange.WEEK].click()
    view.translateBy(x=-3 * DAY)
    view.sigRangeChangedManually.emit([True, False])
    dragged = view.viewRange()[0]
    chart.aggregate_box.setCurrentIndex(1)  # day total
    store.attempts.add(history["inside"], 47, Felt.GOOD, "", clock())  # and a new log
    chart.reload()
    assert view.viewRange()[0] == pytest.approx(dragged)


def test_archived_activities_keep_their_chart(
    chart: ProgressChart, store: Store, history: dict[str, int]
) -> None:
    store.activities.set_archived(history["inside"], True)
    chart.reload()
    names = [chart.activity_box.itemText(i) for i in range(chart.activity_box.count())]
    assert names == ["Minutes reading", "Steps inside (archived)"]  # last, and said so
    chart.choose(history["inside"])
    assert len(chart.activity_plots[0].done.getData()[0]) > 0


def test_an_activity_without_logs_says_what_will_appear(
    chart: ProgressChart, store: Store, clock: FakeClock
) -> None:
    fresh = store.activities.add(NewActivity("Minutes outside", "minutes", 5), clock())
    chart.reload()
    chart.choose(fresh.id)
    assert chart.no_logs_note.isVisible()
    assert "will show here as a point" in chart.no_logs_note.text()
    chart.choose(store.activities.find("Steps inside").id)
    assert not chart.no_logs_note.isVisible()


def test_the_controls_keep_their_rows_whatever_the_names(chart: ProgressChart) -> None:
    """ "Show" has a line of its own and "Each day" starts the next, on every view: a short
    activity's name does not pull "Each day" up beside it while a long one pushes it down."""
    controls = chart.controls
    chart.resize(1400, 900)
    QCoreApplication.processEvents()
    show_y = controls.activity_label.mapTo(chart, controls.activity_label.rect().topLeft()).y()
    each = controls.aggregate_label.mapTo(chart, controls.aggregate_label.rect().topLeft())
    assert each.y() > show_y + controls.activity_label.height()
    box = controls.activity_box
    assert box.width() <= box.sizeHint().width()  # not stretched across the page
