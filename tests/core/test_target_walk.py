"""The target on each day, in one walk, is the target ``on`` gives for each day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from pause_app.core.model import ChangeReason, TargetChange
from pause_app.core.summary import TargetHistory

START = date(2026, 1, 1)


def _change(key: int, offset: int, target: int) -> TargetChange:
    return TargetChange(
        id=key,
        activity_id=1,
        old_target=target - 1,
        new_target=target,
        reason=ChangeReason.MANUAL,
        changed_utc=datetime(2026, 1, 1, tzinfo=UTC),
        local_date=START + timedelta(days=offset),
        utc_offset_minutes=0,
    )


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 500)), max_size=12),
    st.integers(-5, 10),
    st.integers(0, 80),
)
def test_on_each_is_on_for_every_day(changes: list[tuple[int, int]], first: int, span: int) -> None:
    history = TargetHistory(_change(i, offset, t) for i, (offset, t) in enumerate(changes))
    days = [START + timedelta(days=first + n) for n in range(span)]
    assert history.on_each(days) == [history.on(day) for day in days]
    assert history.on_each(days) == [history.on(day) for day in days]  # remembered: the same
