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


@pytest.mark.parametrize(
    ("logs", "target", "status"),
    [
        ([(65, Felt.GOOD)], 50, DayStatus.MET),  # 130%: above the target, not a big day
        ([(66, Felt.GOOD)], 50, DayStatus.BIG_DAY),  # 132%: a big day, not a success
        ([(50, Felt.GOOD), (500, Felt.OK)], 50, DayStatus.BIG_DAY),  # the day as a whole
        ([(500, Felt.TIRED)], 50, DayStatus.TIRED),  # tired says more
        ([(500, Felt.GOOD)], None, DayStatus.LOGGED),  # no target: no big day
    ],
)
def test_day_status_of_a_big_day(logs, target, status) -> None:
    assert summary.day_status([_attempt(D, a, f) for a, f in logs], target) is status


def test_the_big_day_threshold_can_be_chosen_or_left_out() -> None:
    logs = [_attempt(D, 80, Felt.GOOD)]  # 160% of 50
    assert summary.day_status(logs, 50, 150) is DayStatus.BIG_DAY
    assert summary.day_status(logs, 50, 170) is DayStatus.MET
    assert summary.day_status(logs, 50, None) is DayStatus.MET
    assert summary.is_big_day(14, 10, 130) and not summary.is_big_day(13, 10, 130)
    assert not summary.is_big_day(5, 0) and not summary.is_big_day(5, None)


def test_big_day_logs_are_measured_against_their_own_activitys_target_that_day() -> None:
    other = TargetChange(9, 2, None, 10, ChangeReason.CREATED, UTC_NOON, date(2026, 3, 1), 0)
    changes = [_change(date(2026, 3, 1), None, 50, 1), _change(date(2026, 3, 5), 50, 70, 2), other]
    walk_big = _attempt(date(2026, 3, 2), 70, Felt.GOOD)  # 140% of 50
    walk_fine = _attempt(date(2026, 3, 6), 70, Felt.GOOD)  # 100% of that day's 70
    stairs = Attempt(1, 2, 14, Felt.OK, "", UTC_NOON, date(2026, 3, 2), 0)  # 140% of 10
    unknown = Attempt(2, 3, 900, Felt.OK, "", UTC_NOON, date(2026, 3, 2), 0)  # no target known
    got = summary.big_day_logs([walk_big, walk_fine, stairs, unknown], changes)
    assert got == [walk_big, stairs]


def test_growth_does_not_count_a_big_day_as_met() -> None:
    activity = Activity(
        1, "Steps inside", "steps", 50, 2.0, False, False, None, date(2026, 3, 1), UTC_NOON
    )
    changes = [_change(date(2026, 3, 1), None, 50, 1)]
    attempts = [_attempt(date(2026, 3, 2), 50, Felt.GOOD), _attempt(date(2026, 3, 3), 90, Felt.OK)]
    growth = summary.growth_summary(activity, attempts, changes)
    assert (growth.days_logged, growth.days_met) == (2, 1)
