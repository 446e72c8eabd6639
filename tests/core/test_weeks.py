"""Pauses and rests, week by week (core/weeks.py)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pause_app.core.weeks import SHORTEST_REST_SECONDS, WeekRests, week_start, weekly_rests

TODAY = date(2026, 3, 15)  # a Sunday: its week began on Monday 9 March


def test_a_week_starts_on_monday() -> None:
    assert week_start(date(2026, 3, 9)) == date(2026, 3, 9)
    assert week_start(TODAY) == date(2026, 3, 9)
    assert week_start(date(2026, 3, 16)) == date(2026, 3, 16)
    assert WeekRests(date(2026, 3, 9), 0, 0).end == TODAY


def test_pauses_and_rests_are_counted_in_their_week_newest_first() -> None:
    pauses = [(TODAY, 2), (date(2026, 3, 9), 1), (date(2026, 3, 8), 4), (date(2026, 2, 20), 9)]
    away = [(TODAY, 600.0), (date(2026, 3, 2), 61.0), (date(2026, 3, 3), 3600.0)]
    weeks = weekly_rests(pauses, away, TODAY)
    assert weeks == [
        WeekRests(date(2026, 3, 9), 3, 1),
        WeekRests(date(2026, 3, 2), 4, 2),
        WeekRests(date(2026, 2, 23), 0, 0),
        WeekRests(date(2026, 2, 16), 9, 0),
    ]


def test_a_short_time_away_is_not_a_rest() -> None:
    away = [(TODAY, SHORTEST_REST_SECONDS - 1), (TODAY, SHORTEST_REST_SECONDS), (TODAY, None)]
    assert weekly_rests([], away, TODAY, weeks=1) == [WeekRests(date(2026, 3, 9), 0, 1)]


def test_nothing_after_today_and_nothing_older_than_the_weeks_shown() -> None:
    later = TODAY + timedelta(days=1)
    old = TODAY - timedelta(weeks=10)
    weeks = weekly_rests([(later, 5), (old, 5)], [(later, 900.0), (old, 900.0)], TODAY)
    assert [(w.pauses, w.rests) for w in weeks] == [(0, 0)] * 4


def test_weeks_before_the_first_day_are_left_out() -> None:
    weeks = weekly_rests([(TODAY, 1)], [], TODAY, first=date(2026, 3, 4))
    assert [w.start for w in weeks] == [date(2026, 3, 9), date(2026, 3, 2)]
    assert [w.start for w in weekly_rests([], [], TODAY, first=TODAY)] == [date(2026, 3, 9)]


@given(
    st.lists(st.tuples(st.dates(date(2026, 1, 1), date(2026, 4, 1)), st.integers(0, 20))),
    st.lists(
        st.tuples(
            st.dates(date(2026, 1, 1), date(2026, 4, 1)),
            st.one_of(st.none(), st.floats(0, 10_000)),
        )
    ),
    st.integers(1, 8),
)
def test_every_pause_and_rest_in_the_weeks_shown_is_counted_once(
    pauses: list[tuple[date, int]], away: list[tuple[date, float | None]], weeks: int
) -> None:
    shown = weekly_rests(pauses, away, TODAY, weeks=weeks)
    oldest = shown[-1].start
    assert len(shown) == weeks
    assert [w.start for w in shown] == sorted({w.start for w in shown}, reverse=True)
    assert sum(w.pauses for w in shown) == sum(n for d, n in pauses if oldest <= d <= TODAY)
    expected_rests = sum(1 for d, s in away if oldest <= d <= TODAY and s is not None and s >= 60.0)
    assert sum(w.rests for w in shown) == expected_rests
