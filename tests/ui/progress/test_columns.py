"""The chart's series worked out over numpy columns (columns.py) are exactly those of
``core.series.activity_series``, and its growth that of ``summary.growth_summary``, over
any history hypothesis can think of: a few activities, logs on any day (some ahead of the
days shown, some logged out of order), every feeling or none, target changes, crashes."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pause_app.core import series, summary
from pause_app.core.model import Activity, Attempt, ChangeReason, DayTotal, Felt, TargetChange
from pause_app.core.pacing import Rules
from pause_app.core.series import Aggregate
from pause_app.storage.rows import attempts as read_rows
from pause_app.storage.rows import utc_text
from pause_app.ui.progress.columns import Columns, DayLogs, activity_series, calm_series

FIRST = date(2026, 1, 1)
SPAN = 40  # days shown: FIRST and the 39 after it
NOON = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _activity(activity_id: int) -> Activity:
    return Activity(
        activity_id, f"a{activity_id}", "steps", 50, 10.0, False, False, None, FIRST, NOON
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Attempt], list[TargetChange]]:
    count = draw(st.integers(0, 60))
    attempts = []
    for key in range(1, count + 1):
        day = draw(st.integers(0, SPAN + 2))  # a few ahead of the days shown
        minutes = draw(st.integers(0, 3 * 24 * 60))  # not in the order of their ids
        attempts.append(
            Attempt(
                key,
                draw(st.integers(1, 3)),
                draw(st.integers(0, 120)),
                draw(st.sampled_from([None, *Felt])),
                "",
                NOON + timedelta(days=day, minutes=minutes - 24 * 60),
                FIRST + timedelta(days=day),
                60,
            )
        )
    changes = []
    for key in range(1, draw(st.integers(0, 6)) + 1):
        changes.append(
            TargetChange(
                key,
                draw(st.integers(1, 3)),
                None,
                draw(st.integers(0, 80)),  # 0: no target yet (rule 2)
                ChangeReason.OFFER_ACCEPTED,
                NOON,
                FIRST + timedelta(days=draw(st.integers(0, SPAN))),
                60,
            )
        )
    return attempts, changes


@settings(max_examples=300, deadline=None)
@given(
    histories(),
    st.integers(1, 3),
    st.sampled_from(list(Aggregate)),
    st.integers(110, 200),
    st.integers(7, 28),
)
def test_the_columns_give_the_series_the_core_gives(
    history: tuple[list[Attempt], list[TargetChange]],
    activity_id: int,
    aggregate: Aggregate,
    big_day_percent: int,
    recovery_days: int,
) -> None:
    attempts, changes = history
    rules = Rules(big_day_percent=big_day_percent, recovery_days=recovery_days)
    last = FIRST + timedelta(days=SPAN - 1)
    activity = _activity(activity_id)
    want = series.activity_series(activity, attempts, changes, FIRST, last, aggregate, rules)
    own = [c for c in changes if c.activity_id == activity_id]
    growth = summary.growth_summary(
        activity, [a for a in attempts if a.activity_id == activity_id], own, big_day_percent
    )
    for logs in (attempts, [_row(a) for a in attempts]):  # as Goals keeps them, or rows
        columns = Columns(logs)
        columns.show(FIRST, last)
        for _twice in range(2):  # and again from what the columns keep
            got = activity_series(columns, activity, changes, aggregate, rules)
            for field in fields(want):
                assert getattr(got, field.name) == getattr(want, field.name), field.name
            assert all(type(value) is int for value in got.done if value is not None)
            marks = columns.day_marks(changes, big_day_percent)
            assert marks == (series.day_marks(want), series.mark_sources(want))
        assert columns.growth(activity, own, big_day_percent) == growth


def _row(attempt: Attempt) -> tuple[object, ...]:
    """A log as the store reads it (rows.ATTEMPT_COLUMNS)."""
    felt = None if attempt.felt is None else attempt.felt.value
    return (
        attempt.id,
        attempt.activity_id,
        attempt.amount,
        felt,
        attempt.note,
        utc_text(attempt.logged_utc),
        attempt.local_date.isoformat(),
        attempt.utc_offset_minutes,
        attempt.source,
    )


def test_a_day_s_logs_keep_the_order_they_were_logged_in() -> None:
    later, earlier = (
        Attempt(key, 1, 50, Felt.GOOD, "", NOON + timedelta(hours=hours), FIRST, 60)
        for key, hours in ((1, 3), (2, 1))
    )
    columns = Columns([_row(later), _row(earlier)])
    columns.show(FIRST, FIRST + timedelta(days=1))
    got = activity_series(columns, _activity(1), [], Aggregate.BEST, Rules())
    assert got.logs[0] == (earlier, later) and got.logs[-1] == () and got.logs[1:] == ((),)


def test_only_the_days_asked_for_become_attempts() -> None:
    """A hundred years of rows stay rows until a day is hovered, tabled or saved: then
    that day and the days around it (a block) become Attempts, once."""
    span = 3 * DayLogs.BLOCK
    rows = [
        _row(Attempt(key, 1, 50 + key % 7, Felt.GOOD, "", NOON, FIRST + timedelta(days=k), 60))
        for key, k in enumerate(day for day in range(span) for _twice in (1, 2) if day % 5)
    ]
    columns = Columns(rows)
    columns.show(FIRST, FIRST + timedelta(days=span - 1))
    logs = activity_series(columns, _activity(1), [], Aggregate.BEST, Rules()).logs
    assert isinstance(logs, DayLogs) and not logs._made
    asked = DayLogs.BLOCK + 3
    assert [a.id for a in logs[asked]] == [
        r[0] for r in rows if r[6] == (FIRST + timedelta(days=asked)).isoformat()
    ]
    assert set(logs._made) == set(range(DayLogs.BLOCK, 2 * DayLogs.BLOCK))
    assert logs[asked] is logs[asked]  # made once, and kept
    assert logs[DayLogs.BLOCK - 1] != () and logs[5] == ()  # a day without logs: none
    want = series.activity_series(
        _activity(1), read_rows(rows), [], FIRST, FIRST + timedelta(days=span - 1)
    ).logs
    assert logs == want


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(-3, SPAN + 3),
            st.floats(0, 5000, allow_nan=False),
            st.integers(1, 9),
        ),
        max_size=30,
    )
)
def test_the_columns_give_the_calm_breathing_the_core_gives(
    made: list[tuple[int, float, int]],
) -> None:
    totals = [DayTotal(FIRST + timedelta(days=day), seconds, count) for day, seconds, count in made]
    columns = Columns([])
    columns.show(FIRST, FIRST + timedelta(days=SPAN - 1))
    want = series.calm_series(totals, FIRST, FIRST + timedelta(days=SPAN - 1))
    assert calm_series(columns, totals) == want
