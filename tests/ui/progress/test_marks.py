"""Big days and marks from other activities on the chart (docs/PACING.md rules 3 and 10):
a big day has its own shape, another activity's tired day or big day is shaded lighter and
says which activity it was; the summary and the CSV say it in words."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from pause_app.core.model import Felt
from pause_app.core.pacing import Rules
from pause_app.core.series import DayMark
from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.progress.axis import DAY, day_x, x_day
from pause_app.ui.progress.chart import ProgressChart
from pause_app.ui.progress.look import BIG_DAY_SYMBOL, SUCCESS_SYMBOL
from pause_app.ui.progress.words import day_text
from tests.helpers.clock import FakeClock


def _at(clock: FakeClock, days_ago: int):  # type: ignore[no-untyped-def]
    return clock().on_day(clock.today - timedelta(days=days_ago))


@pytest.fixture
def marked(store: Store, clock: FakeClock, history: dict[str, int]) -> dict[str, int]:
    """On top of the ten days: a big day of "Steps inside" 9 days ago (80 of 50), a tired
    day of "Minutes reading" 8 days ago and a big day of it today (20 of 10)."""
    store.attempts.add(history["inside"], 80, Felt.GOOD, "visitors", _at(clock, 9))
    store.attempts.add(history["reading"], 5, Felt.TIRED, "", _at(clock, 8))
    store.attempts.add(history["reading"], 20, Felt.GOOD, "", _at(clock, 0))
    return history


@pytest.fixture
def shown(
    qtbot, store: Store, clock: FakeClock, marked: dict[str, int], translations: i18n.Translations
) -> ProgressChart:
    translations.install("en")
    widget = ProgressChart(store, clock)
    qtbot.addWidget(widget)
    widget.resize(800, 560)
    widget.show()
    widget.reload()
    widget.choose(marked["inside"])
    return widget


def _days_ago(xs: np.ndarray, clock: FakeClock) -> list[int]:
    return [(clock.today - x_day(x)).days for x in xs if not np.isnan(x)]


def _bands(item, clock: FakeClock) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [
        ((clock.today - x_day(x0 + 1)).days, round(width / DAY))
        for x0, width in zip(item.opts["x0"], item.opts["width"], strict=True)
    ]


def test_a_big_day_has_its_own_shape_and_is_no_star(shown: ProgressChart, clock) -> None:
    plot = shown.activity_plots[0]
    assert _days_ago(plot.big_days.getData()[0], clock) == [9]
    assert 9 not in _days_ago(plot.successes.getData()[0], clock)  # not a success
    assert 9 not in _days_ago(plot.points.getData()[0], clock)
    assert plot.big_days.opts["symbol"] == BIG_DAY_SYMBOL != SUCCESS_SYMBOL
    assert plot.big_days.opts["brush"].color() != plot.successes.opts["brush"].color()
    assert plot.big_days.opts["hoverable"]
    index = plot.series.days.index(clock.today - timedelta(days=9))  # type: ignore[union-attr]
    assert "A big day: a lot more than the target" in plot._tip(0, 0, index)
    # Its own big day is the triangle; no band for it.
    assert all(9 not in dict(_bands(item, clock)) for item in plot._bands())


def test_the_legend_names_the_big_day_and_the_lighter_bands(shown: ProgressChart) -> None:
    entries = shown.legend_entries
    assert entries["big_day"].text.text() == "A big day"
    assert entries["elsewhere"].text.text() == "Lighter: another activity"
    assert not entries["big_day"].sample.pixmap().isNull()


def test_another_activitys_marks_are_lighter_bands(shown: ProgressChart, clock) -> None:
    plot = shown.activity_plots[0]
    assert _bands(plot.shading_elsewhere[DayMark.TIRED], clock) == [(8, 1)]
    assert _bands(plot.shading_elsewhere[DayMark.BIG_DAY], clock) == [(0, 1)]
    assert _bands(plot.shading[DayMark.TIRED], clock) == [(7, 1)]  # its own, as before
    for mark in (DayMark.TIRED, DayMark.CRASH, DayMark.BEFORE_CRASH):
        own = plot.shading[mark].opts["brush"].color().alpha()
        assert plot.shading_elsewhere[mark].opts["brush"].color().alpha() < own


def test_hovering_a_band_names_the_activity_and_the_day(shown: ProgressChart, clock) -> None:
    plot = shown.activity_plots[0]
    view = plot.plot.getViewBox()
    x = day_x(clock.today - timedelta(days=8))
    band = plot.shading_elsewhere[DayMark.TIRED]
    band.hoverEvent(SimpleNamespace(exit=False, pos=lambda: QPointF(x, -500.0)))
    assert view.toolTip() == "Saturday 7 March 2026\nTired after “Minutes reading”"
    band.hoverEvent(SimpleNamespace(exit=True, pos=lambda: QPointF(x, -500.0)))
    assert view.toolTip() == ""
    assert plot.band_tip(day_x(clock.today)) == (
        "Sunday 15 March 2026\nA big day with “Minutes reading”: a lot more than its target"
    )
    assert plot.band_tip(day_x(clock.today - timedelta(days=7))).endswith("\nA tired day")
    # A point there says the other activity's mark as well.
    index = plot.series.days.index(clock.today)  # type: ignore[union-attr]
    text = day_text(plot.series, plot.activity, index, plot.names)  # type: ignore[arg-type]
    assert text.endswith("A big day with “Minutes reading”: a lot more than its target")


def test_hovering_a_point_on_a_band_leaves_the_points_own_words(
    shown: ProgressChart, clock
) -> None:
    plot = shown.activity_plots[0]
    view = plot.plot.getViewBox()
    view.setToolTip("the point's words")
    x, y = day_x(clock.today), 45.0  # today's point, on the other activity's big-day band
    plot.shading_elsewhere[DayMark.BIG_DAY].hoverEvent(
        SimpleNamespace(exit=False, pos=lambda: QPointF(x, y))
    )
    assert view.toolTip() == "the point's words"


def test_the_summary_says_the_big_days_and_uses_the_users_threshold(
    qtbot, store: Store, clock: FakeClock, marked: dict[str, int], translations
) -> None:
    translations.install("en")
    rules = {"now": Rules()}
    widget = ProgressChart(store, clock, lambda: rules["now"])
    qtbot.addWidget(widget)
    widget.reload()
    widget.choose(marked["inside"])
    first = widget.summary.text().split("<br>")[0]
    assert "1 big day" in first and "2 days at or above the target" in first
    rules["now"] = Rules(big_day_percent=200)  # 80 of 50 is no big day for this user
    widget.reload()  # the same data, other settings: worked out again
    first = widget.summary.text().split("<br>")[0]
    assert "big day" not in first and "3 days at or above the target" in first
    assert _days_ago(widget.activity_plots[0].big_days.getData()[0], clock) == []


def test_the_csv_marks_the_big_days(shown: ProgressChart, clock: FakeClock) -> None:
    from pause_app.ui.progress.chart import ChartRange

    shown.show_range(ChartRange.MONTH)
    marks = {row["day"]: row["mark"] for row in csv.DictReader(io.StringIO(shown.csv_text()))}
    assert marks[(clock.today - timedelta(days=9)).isoformat()] == "big_day"
    assert marks[clock.today.isoformat()] == "big_day"  # reading's, today: it holds this one too
    assert marks[(clock.today - timedelta(days=8)).isoformat()] == "tired"  # reading's


def test_the_new_items_are_made_once(shown: ProgressChart, marked: dict[str, int]) -> None:
    plot = shown.activity_plots[0]
    before = (list(plot.plot.items), plot.big_days, dict(plot.shading_elsewhere))
    shown.choose(marked["reading"])
    shown.reload()
    assert (list(plot.plot.items), plot.big_days, dict(plot.shading_elsewhere)) == before
    assert len(plot.big_days.getData()[0]) == 1  # reading's own big day, today
