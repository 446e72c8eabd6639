"""Pauses and rests, week by week, on the Progress page: counted gently, only what was done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pause_app.core.model import NewSession, ReminderOutcome, SessionEnd, SessionKind
from pause_app.storage.store import Store
from pause_app.ui.progress import ProgressPage
from pause_app.ui.progress.weeks import WeeklyRests, away_breaks, read_weeks, week_name
from tests.helpers.clock import FakeClock

TODAY = date(2026, 3, 15)  # the fake clock's day, a Sunday


def _pause(store: Store, clock: FakeClock, days_ago: int, kind: SessionKind) -> None:
    store.sessions.add(
        NewSession(kind, "calm", 60.0, 60.0, SessionEnd.FINISHED),
        clock().on_day(clock.today - timedelta(days=days_ago)),
    )


def test_the_page_shows_each_week_s_pauses_and_no_reminder_that_went_by(
    qtbot, store: Store, clock: FakeClock, translations
) -> None:
    translations.install("en")
    for days_ago in (0, 1, 6):  # this week (Monday 9 to today)
        _pause(store, clock, days_ago, SessionKind.PAUSE)
    _pause(store, clock, 8, SessionKind.BREATHING)  # last week: a longer calm breathing
    for outcome in (ReminderOutcome.MISSED, ReminderOutcome.DISMISSED, ReminderOutcome.SNOOZED):
        store.reminders.add(clock(), outcome)
    page = ProgressPage(store, clock)
    qtbot.addWidget(page)
    page.resize(800, 600)  # room for every week (a narrow page shows the newest only)
    page.show()
    weeks = page.weeks
    assert [(w.start, w.pauses, w.rests) for w in weeks.weeks] == [
        (date(2026, 3, 9), 3, 0),
        (date(2026, 3, 2), 1, 0),
    ]
    shown = [label.text() for label in weeks.findChildren(QLabel) if label.isVisible()]
    assert shown[:3] == ["Week by week", "Pauses", "Rests"]
    assert {"This week", "Last week", "3", "1"} <= set(shown)
    words = " ".join([*shown, weeks.accessibleName(), weeks.accessibleDescription()])
    words += " ".join(label.toolTip() for label in weeks.findChildren(QLabel))
    assert "miss" not in words.lower()
    assert weeks.accessibleDescription() == (
        "This week: pauses 3, rests 0; Last week: pauses 1, rests 0"
    )
    # Each cell says itself, not its whole row again.
    _name, pauses, rests = weeks.cells[0]
    assert (pauses.accessibleName(), rests.accessibleName()) == (
        "This week, pauses: 3",
        "This week, rests: 0",
    )


def test_four_weeks_at_most_and_older_weeks_are_named_by_their_days(
    store: Store, clock: FakeClock, translations
) -> None:
    translations.install("en")
    _pause(store, clock, 60, SessionKind.PAUSE)
    weeks = read_weeks(store, TODAY)
    assert len(weeks) == 4 and sum(w.pauses for w in weeks) == 0
    assert [week_name(w, TODAY) for w in weeks] == [
        "This week",
        "Last week",
        "23 Feb – 1 Mar",
        "16 – 22 Feb",
    ]


@dataclass(frozen=True)
class _Away:
    outcome: str
    local_date: date
    away_seconds: float | None


def test_a_natural_break_is_a_rest_once_it_lasted_the_shortest_pause(qtbot) -> None:
    stored = [
        _Away("away", TODAY, 300.0),
        _Away("away", TODAY, 59.0),
        _Away("missed", TODAY, None),
        _Away("away", TODAY - timedelta(days=7), 3600.0),
    ]
    breaks = away_breaks(stored)  # type: ignore[arg-type]
    assert breaks == [(TODAY, 300.0), (TODAY, 59.0), (TODAY - timedelta(days=7), 3600.0)]
    widget = WeeklyRests()
    qtbot.addWidget(widget)
    from pause_app.core.weeks import weekly_rests

    widget.show_weeks(weekly_rests([], breaks, TODAY, weeks=2), TODAY)
    assert [(w.pauses, w.rests) for w in widget.weeks] == [(0, 1), (0, 1)]


def test_a_stored_away_outcome_counts_as_a_rest(store: Store, clock: FakeClock) -> None:
    """The reminders' own "away" outcome (issue 14), stored with its length, read back."""
    store.reminders.add(clock(), ReminderOutcome.AWAY, away_seconds=600.0)
    store.reminders.add(clock(), ReminderOutcome.AWAY, away_seconds=30.0)  # too short a rest
    last_week = clock().on_day(clock.today - timedelta(days=7))
    store.reminders.add(last_week, ReminderOutcome.AWAY, away_seconds=60.0)
    assert [(w.pauses, w.rests) for w in read_weeks(store, clock.today)] == [(0, 1), (0, 1)]


def test_nothing_to_show_shows_nothing(qtbot, store: Store, clock: FakeClock) -> None:
    page = ProgressPage(store, clock)
    qtbot.addWidget(page)
    page.show()
    assert not page.weeks.isVisible()
    _pause(store, clock, 20, SessionKind.PAUSE)  # Monday 23 February: the first ever
    page.refresh()
    assert page.weeks.isVisible()
    assert [w.pauses for w in page.weeks.weeks] == [0, 0, 1]  # no week before the first


def test_with_large_text_the_older_weeks_step_aside_rather_than_widen_the_page(
    qtbot, store: Store, clock: FakeClock, translations
) -> None:
    """At 18 points four weeks took 800 pixels; now the widget asks for the names and this
    week only, and shows as many of the newest weeks as fit, every week still said."""
    translations.install("en")
    _pause(store, clock, 60, SessionKind.PAUSE)
    page = QWidget()  # the page around it: its column is as wide as the window allows
    qtbot.addWidget(page)
    widget = WeeklyRests()
    QVBoxLayout(page).addWidget(widget)
    page.layout().setContentsMargins(0, 0, 0, 0)
    font = widget.font()
    font.setPointSizeF(18)
    widget.setFont(font)
    widget.show_weeks(read_weeks(store, TODAY), TODAY)
    page.show()
    least = widget.minimumSizeHint().width()
    assert least < 400 < widget.sizeHint().width()
    page.resize(least, 200)
    qtbot.waitUntil(lambda: widget.width() == least)
    assert widget.shown_weeks() == 1
    visible = [label for label in widget.findChildren(QLabel) if label.isVisible()]
    assert "This week" in {label.text() for label in visible}
    assert all(label.geometry().right() <= least for label in visible)
    page.resize(widget.sizeHint().width(), 200)
    qtbot.waitUntil(lambda: widget.shown_weeks() == 4)
    assert widget.accessibleDescription().count("pauses") == 4  # every week, shown or not
