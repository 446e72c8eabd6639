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
from pause_app.core.model import Activity, Attempt, ChangeReason, Felt, TargetChange
from pause_app.core.pacing import Rules
from pause_app.core.series import Aggregate
from pause_app.ui.progress.columns import Columns, activity_series

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
    columns = Columns(attempts, FIRST, last)
    for _twice in range(2):  # and again from what the columns keep
        got = activity_series(columns, activity, changes, aggregate, rules)
        want = series.activity_series(activity, attempts, changes, FIRST, last, aggregate, rules)
        for field in fields(want):
            assert getattr(got, field.name) == getattr(want, field.name), field.name
        assert all(type(value) is int for value in got.done if value is not None)
    own = [c for c in changes if c.activity_id == activity_id]
    assert columns.growth(activity, own, big_day_percent) == summary.growth_summary(
        activity, [a for a in attempts if a.activity_id == activity_id], own, big_day_percent
    )


def test_a_day_s_logs_keep_the_order_they_were_logged_in() -> None:
    later, earlier = (
        Attempt(key, 1, 50, Felt.GOOD, "", NOON + timedelta(hours=hours), FIRST, 60)
        for key, hours in ((1, 3), (2, 1))
    )
    got = activity_series(
        Columns([later, earlier], FIRST, FIRST), _activity(1), [], Aggregate.BEST, Rules()
    )
    assert got.logs == ((earlier, later),)
