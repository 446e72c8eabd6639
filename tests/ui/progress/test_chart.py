"""The progress chart, read back through its plot items' data (STYLE.md 13), not pixels."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from pause_app.core.model import (
    ChangeReason,
    Felt,
    NewActivity,
    NewSession,
    SessionEnd,
    SessionKind,
)
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.main_window import MainWindow
from pause_app.ui.progress.chart import (
    DAY,
    ChartRange,
    ProgressChart,
    SaveLocation,
    day_text,
    day_x,
    x_day,
)
from pause_app.ui.widgets import theme
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window


def _at(clock: FakeClock, days_ago: int):  # type: ignore[no-untyped-def]
    return clock().on_day(clock.today - timedelta(days=days_ago))


@pytest.fixture
def history(store: Store, clock: FakeClock) -> dict[str, int]:
    """Ten days of "Steps inside": a gap, a tired day, a crash, a raised target; pauses."""
    start = clock.today - timedelta(days=10)
    inside = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=start), _at(clock, 10)
    )
    reading = store.activities.add(
        NewActivity("Minutes reading", "minutes", 10, started_on=start), _at(clock, 10)
    )
    logs = {10: (50, Felt.GOOD, "first day"), 9: (51, Felt.GOOD, ""), 7: (40, Felt.TIRED, "")}
    logs |= {6: (52, Felt.OK, ""), 2: (20, Felt.CRASH, "too much"), 0: (45, Felt.GOOD, "")}
    for days_ago, (amount, felt, note) in logs.items():
        store.attempts.add(inside.id, amount, felt, note, _at(clock, days_ago))
    store.activities.set_target(inside.id, 52, ChangeReason.OFFER_ACCEPTED, _at(clock, 6))
    store.attempts.add(reading.id, 12, Felt.GOOD, "", _at(clock, 1))
    for days_ago, seconds in ((3, 90.0), (3, 150.0), (1, 60.0)):
        store.sessions.add(
            NewSession(SessionKind.PAUSE, "calm", 80.0, seconds, SessionEnd.FINISHED),
            _at(clock, days_ago),
        )
    return {"inside": inside.id, "reading": reading.id}


@pytest.fixture
def chart(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int], translations: i18n.Translations
) -> ProgressChart:
    translations.install("en")  # English plurals ("1 pause", "3 days") come from a catalogue
    widget = ProgressChart(store, clock)
    qtbot.addWidget(widget)
    widget.resize(800, 560)
    widget.show()
    widget.reload()
    widget.choose(history["inside"])
    return widget


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


def test_best_of_the_day_or_the_day_total(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    store.attempts.add(history["inside"], 30, Felt.GOOD, "", clock())
    chart.reload()
    assert chart.activity_plots[0].done.getData()[1][-1] == 45
    chart.aggregate_box.setCurrentIndex(1)
    assert chart.activity_plots[0].done.getData()[1][-1] == 75


def test_the_view_opens_on_the_last_month_and_the_ranges_show_up_to_today(
    chart: ProgressChart, clock: FakeClock
) -> None:
    view = chart.activity_plots[0].plot.getViewBox()

    def shown() -> tuple[date, date, float]:
        low, high = view.viewRange()[0]
        return x_day(low + 1), x_day(high - 1), (high - low) / DAY

    assert chart.range_buttons[ChartRange.MONTH].isChecked()
    assert shown()[1:] == (clock.today, pytest.approx(31))
    chart.range_buttons[ChartRange.WEEK].click()
    assert shown() == (clock.today - timedelta(days=6), clock.today, pytest.approx(7))
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


def test_the_summary_says_in_words_how_it_is_going(chart: ProgressChart, clock: FakeClock) -> None:
    text = chart.summary.text()
    assert "From 50 to 52 steps since 5 March 2026" in text
    assert "3 days at or above the target" in text
    assert "In the last 30 days: 3 pauses · 5 minutes of calm breathing" in text


def test_the_legend_says_what_each_mark_means(chart: ProgressChart) -> None:
    texts = [entry.text.text() for entry in chart.legend_entries.values()]
    assert "Crash" in texts and "3 days before a crash" in texts and "Went well" in texts
    assert all(not entry.sample.pixmap().isNull() for entry in chart.legend_entries.values())


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


def test_save_the_chart_as_an_image(
    chart: ProgressChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "chart"
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: target))
    said: list[str] = []
    chart.saved.connect(said.append)
    chart.save_image_action.trigger()
    saved = target.with_name("chart.png")
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert said == [f"Saved {saved}."]


def test_save_the_days_shown_as_csv(
    chart: ProgressChart, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "days.csv"
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: target))
    chart.range_buttons[ChartRange.WEEK].click()
    chart.save_csv_action.trigger()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["day"] for r in rows] == [
        (clock.today - timedelta(days=n)).isoformat() for n in range(6, -1, -1)
    ]
    crash = rows[4]
    assert (crash["done"], crash["mark"], crash["felt"], crash["note"]) == (
        "20",
        "crash",
        "crash",
        "too much",
    )
    assert rows[3]["pauses"] == "2" and rows[3]["done"] == ""  # a gap stays empty, not 0


def test_saving_never_replaces_pauses_own_files(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    kept = tmp_path / "kept.csv"
    kept.write_text("Pause's own")
    widget = ProgressChart(store, clock, own_files=lambda: {kept.resolve()})
    qtbot.addWidget(widget)
    widget.reload()
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: kept))
    said: list[str] = []
    widget.saved.connect(said.append)
    assert widget.save_csv() is None
    assert kept.read_text() == "Pause's own"
    assert said == [f"Pause keeps its own data in {kept}; choose another name."]


def test_the_own_files_are_the_database_settings_and_log(pause_home: AppPaths) -> None:
    own = pause_home.own_files()
    assert pause_home.database.resolve() in own and pause_home.settings.resolve() in own


def test_a_refused_write_says_why_and_changes_nothing(
    chart: ProgressChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: blocked / "chart.csv"))
    said: list[str] = []
    chart.saved.connect(said.append)
    assert chart.save_csv() is None
    assert said and said[0].startswith("Could not save")
    assert blocked.read_text() == "x"


def test_the_page_has_no_chart_until_there_is_something_to_draw(
    qtbot, store: Store, pause_home: AppPaths, clock: FakeClock
) -> None:
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.PROGRESS)
    assert window.progress_page.chart is None
    texts = [label.text() for label in window.progress_page.widget().findChildren(QLabel)]
    assert "Your small steps will show here" in texts
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    window.progress_page.refresh()
    assert window.progress_page.chart is not None and window.progress_page.chart.isVisible()
    assert "Your small steps will show here" not in [
        label.text() for label in window.progress_page.widget().findChildren(QLabel)
        if label.isVisible()
    ]  # fmt: skip


def test_dutch(chart: ProgressChart, translations: i18n.Translations, clock: FakeClock) -> None:
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
    real = store.attempts.all
    monkeypatch.setattr(store.attempts, "all", lambda: reads.append(1) or real())
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
    assert "De afgelopen 30 dagen: 3 pauzes" in chart.summary.text()


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


def test_the_image_is_the_chart_not_its_buttons(chart: ProgressChart) -> None:
    from PySide6.QtGui import QImage

    image = QImage.fromData(chart.image_bytes())
    assert image.height() == chart.sheet.height() < chart.height()


def test_a_name_that_would_replace_another_file_is_refused(
    chart: ProgressChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "chart.csv"
    existing.write_text("keep me")
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: tmp_path / "chart"))
    said: list[str] = []
    chart.saved.connect(said.append)
    assert chart.save_csv() is None
    assert existing.read_text() == "keep me"
    assert said == [f"{existing} already exists; choose another name."]


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
