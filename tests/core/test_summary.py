from datetime import UTC, date, datetime

import pytest

from pause_app.core import summary
from pause_app.core.model import (
    Activity,
    Attempt,
    ChangeReason,
    Felt,
    Session,
    SessionEnd,
    SessionKind,
    TargetChange,
)
from pause_app.core.summary import DayStatus

UTC_NOON = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _session(day: date, seconds: float, ended: SessionEnd) -> Session:
    return Session(0, SessionKind.PAUSE, "calm", 80, seconds, ended, None, UTC_NOON, day, 0)


def test_stopping_early_counts_as_a_pause() -> None:
    sessions = [
        _session(date(2026, 3, 1), 80, SessionEnd.FINISHED),
        _session(date(2026, 3, 2), 40, SessionEnd.STOPPED_EARLY),
    ]
    calm = summary.calm_summary(sessions)
    assert calm.pauses == 2
    assert calm.breathing_minutes == 2.0


def _change(day: date, old: int | None, new: int, change_id: int) -> TargetChange:
    return TargetChange(change_id, 1, old, new, ChangeReason.MANUAL, UTC_NOON, day, 0)


def _attempt(day: date, amount: int, felt: Felt) -> Attempt:
    return Attempt(0, 1, amount, felt, "", UTC_NOON, day, 0)


def test_the_target_history_gives_the_target_in_force_that_day() -> None:
    # Given out of order: the history sorts once.
    history = summary.TargetHistory(
        [_change(date(2026, 3, 5), 50, 51, 2), _change(date(2026, 3, 1), None, 50, 1)]
    )
    assert history.on(date(2026, 2, 28)) is None
    assert history.on(date(2026, 3, 4)) == 50
    assert history.on(date(2026, 3, 5)) == 51
    assert history.first == 50


D = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("logs", "target", "status"),
    [
        ([], 50, DayStatus.NOTHING),
        ([(50, Felt.GOOD)], 50, DayStatus.MET),
        ([(49, Felt.GOOD), (52, Felt.OK)], 50, DayStatus.MET),
        ([(49, Felt.GOOD)], 50, DayStatus.LOGGED),
        ([(60, Felt.TIRED)], 50, DayStatus.TIRED),  # tired days never count as met
        ([(55, Felt.GOOD), (10, Felt.CRASH)], 50, DayStatus.TIRED),
        ([(55, Felt.GOOD)], None, DayStatus.LOGGED),
    ],
)
def test_day_status(logs, target, status) -> None:
    assert summary.day_status([_attempt(D, a, f) for a, f in logs], target) is status


def test_growth_counts_met_days_against_that_days_target_and_not_tired_days() -> None:
    activity = Activity(
        1, "Steps inside", "steps", 51, 2.0, False, False, None, date(2026, 3, 1), UTC_NOON
    )
    changes = [_change(date(2026, 3, 1), None, 50, 1), _change(date(2026, 3, 5), 50, 51, 2)]
    attempts = [
        _attempt(date(2026, 3, 2), 50, Felt.GOOD),  # met (target 50)
        _attempt(date(2026, 3, 2), 52, Felt.OK),  # same day: one day
        _attempt(date(2026, 3, 3), 60, Felt.TIRED),  # tired days do not count as met
        _attempt(date(2026, 3, 6), 50, Felt.GOOD),  # below that day's 51
    ]
    growth = summary.growth_summary(activity, attempts, changes)
    assert (growth.first_target, growth.current_target) == (50, 51)
    assert growth.days_logged == 3
    assert growth.days_met == 1
