from datetime import UTC, date, datetime, timedelta, timezone

from pause_app.core import series
from pause_app.core.model import (
    Activity,
    Attempt,
    ChangeReason,
    Felt,
    Moment,
    Session,
    SessionEnd,
    SessionKind,
    TargetChange,
)
from pause_app.core.series import Aggregate

NOON = datetime(2026, 3, 1, 12, tzinfo=UTC)
WALK = Activity(1, "Steps inside", "steps", 52, 2.0, False, False, None, date(2026, 3, 1), NOON)


def day(n: int) -> date:
    return date(2026, 3, n)


def attempt(n: int, amount: int, felt: Felt = Felt.GOOD, activity_id: int = 1) -> Attempt:
    return Attempt(n * 10 + amount, activity_id, amount, felt, "", NOON, day(n), 60)


def change(n: int, old: int | None, new: int) -> TargetChange:
    return TargetChange(n, 1, old, new, ChangeReason.OFFER_ACCEPTED, NOON, day(n), 60)


CHANGES = [change(1, None, 50), change(5, 50, 52)]


def test_days_without_logs_are_gaps_not_zeros() -> None:
    got = series.activity_series(WALK, [attempt(2, 50), attempt(4, 0)], CHANGES, day(1), day(5))
    assert got.days == tuple(day(n) for n in range(1, 6))
    assert got.done == (None, 50, None, 0, None)  # a logged 0 is a 0; nothing is a gap


def test_best_or_total_per_day() -> None:
    logs = [attempt(2, 30), attempt(2, 40)]
    assert series.activity_series(WALK, logs, CHANGES, day(2), day(2)).done == (40,)
    total = series.activity_series(WALK, logs, CHANGES, day(2), day(2), Aggregate.TOTAL)
    assert total.done == (70,)


def test_the_target_is_a_step_line_and_its_changes_are_listed() -> None:
    got = series.activity_series(WALK, [], CHANGES, day(1), day(6))
    assert got.target == (50, 50, 50, 50, 52, 52)
    assert got.target_changes == ((day(1), None, 50), (day(5), 50, 52))


def test_successes_tired_and_crash_days() -> None:
    logs = [attempt(2, 50), attempt(3, 60, Felt.TIRED), attempt(4, 49), attempt(6, 5, Felt.CRASH)]
    got = series.activity_series(WALK, logs, CHANGES, day(1), day(20))
    assert got.successes == (day(2),)  # the tired day is not a success, however far it went
    assert got.tired_days == (day(3),)
    assert got.crash_days == (day(6),)
    assert got.before_crash == ((day(3), day(5)),)  # the 72 hours before the crash
    assert got.recovery == ((day(6), day(13)),)  # 7 calm days before offers come back


def test_a_crash_on_another_activity_shows_too_and_periods_are_clipped() -> None:
    logs = [attempt(6, 5, Felt.CRASH, activity_id=2)]
    got = series.activity_series(WALK, logs, CHANGES, day(8), day(10))
    assert got.crash_days == ()  # outside the range
    assert got.recovery == ((day(8), day(10)),)  # but its recovery reaches into it


def test_a_log_after_midnight_belongs_to_the_day_it_was_lived() -> None:
    half_past_midnight = Moment.from_aware(
        datetime(2026, 3, 29, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    )
    late = Attempt(
        1, 1, 50, Felt.GOOD, "", half_past_midnight.utc, half_past_midnight.local_date, 60
    )
    got = series.activity_series(WALK, [late], CHANGES, day(28), day(29))
    assert got.done == (None, 50)  # the 29th, although it was still the 28th in UTC


def _session(n: int, seconds: float) -> Session:
    return Session(
        0, SessionKind.PAUSE, "calm", 80, seconds, SessionEnd.FINISHED, None, NOON, day(n), 60
    )


def test_calm_breathing_per_day() -> None:
    got = series.calm_series([_session(2, 60), _session(2, 90), _session(4, 30)], day(1), day(4))
    assert got.minutes == (0.0, 2.5, 0.0, 0.5)
    assert got.pauses == (0, 2, 0, 1)


def test_an_empty_range() -> None:
    assert series.day_range(day(5), day(4)) == ()
