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


def test_a_range_over_both_dst_changes_has_one_point_per_lived_day() -> None:
    amsterdam_summer = timezone(timedelta(hours=2))
    # 00:30 on the first summer-time day, and 00:30 on the day the clocks go back.
    moments = [
        Moment.from_aware(datetime(2026, 3, 29, 0, 30, tzinfo=timezone(timedelta(hours=1)))),
        Moment.from_aware(datetime(2026, 10, 25, 0, 30, tzinfo=amsterdam_summer)),
    ]
    logs = [
        Attempt(n, 1, 50 + n, Felt.GOOD, "", m.utc, m.local_date, m.utc_offset_minutes)
        for n, m in enumerate(moments)
    ]
    got = series.activity_series(WALK, logs, CHANGES, day(28), date(2026, 10, 26))
    assert len(got.days) == (date(2026, 10, 26) - day(28)).days + 1  # no day twice or lost
    logged = {d: v for d, v in zip(got.days, got.done, strict=True) if v is not None}
    assert logged == {day(29): 50, date(2026, 10, 25): 51}


def test_a_late_log_counts_on_the_day_it_was_lived() -> None:
    entered_next_morning = Moment.from_aware(datetime(2026, 3, 4, 9, tzinfo=UTC)).on_day(day(3))
    late = Attempt(
        7, 1, 51, Felt.GOOD, "", entered_next_morning.utc, entered_next_morning.local_date, 0
    )
    got = series.activity_series(WALK, [late], CHANGES, day(3), day(4))
    assert got.done == (51, None)
    assert got.logs == ((late,), ())


def test_each_day_keeps_its_logs_for_the_hover_text() -> None:
    first = Attempt(1, 1, 40, Felt.GOOD, "slow start", NOON, day(2), 60)
    second = Attempt(2, 1, 45, Felt.TIRED, "", NOON + timedelta(hours=3), day(2), 60)
    got = series.activity_series(WALK, [second, first], CHANGES, day(1), day(2))
    assert got.logs == ((), (first, second))  # in the order they were logged


def test_day_marks_a_crash_wins_over_the_days_before_it_and_over_tired_days() -> None:
    logs = [attempt(2, 40, Felt.TIRED), attempt(3, 40, Felt.TIRED), attempt(5, 5, Felt.CRASH)]
    got = series.activity_series(WALK, logs, CHANGES, day(1), day(6))
    marks = series.day_marks(got)
    mark = series.DayMark
    assert marks == (
        mark.NONE,
        mark.BEFORE_CRASH,  # the 2nd was tired and in the 72 hours before the crash
        mark.BEFORE_CRASH,
        mark.BEFORE_CRASH,
        mark.CRASH,
        mark.NONE,
    )


def test_runs_join_consecutive_days() -> None:
    days = [day(n) for n in range(1, 11)]
    assert series.runs(days, [day(2), day(3), day(4), day(7), day(9), day(10), day(30)]) == [
        (day(2), day(4)),
        (day(7), day(7)),
        (day(9), day(10)),
    ]
    assert series.runs(days, []) == []


def test_chart_rows_hold_what_the_chart_shows_in_the_chosen_days() -> None:
    logs = [
        Attempt(1, 1, 50, Felt.GOOD, "sunny", NOON, day(2), 60),
        Attempt(2, 1, 20, Felt.TIRED, "", NOON, day(3), 60),
    ]
    got = series.activity_series(WALK, logs, CHANGES, day(1), day(4))
    calm = series.calm_series([_session(3, 90)], day(1), day(4))
    rows = series.chart_rows(got, calm, day(2), day(3))
    assert [(r.day, r.done, r.target, r.went_well, r.mark, r.felt, r.note) for r in rows] == [
        (day(2), 50, 50, True, series.DayMark.NONE, "good", "sunny"),
        (day(3), 20, 50, False, series.DayMark.TIRED, "tired", ""),
    ]
    assert [(r.calm_minutes, r.pauses) for r in rows] == [(0.0, 0), (1.5, 1)]


def test_calm_breathing_from_the_totals_per_day_is_the_same() -> None:
    sessions = [_session(2, 60), _session(2, 90), _session(4, 30)]
    totals = series.day_totals(sessions)
    assert [(t.day, t.seconds, t.sessions) for t in totals] == [(day(2), 150, 2), (day(4), 30, 1)]
    assert series.calm_series(totals, day(1), day(4)) == series.calm_series(
        sessions, day(1), day(4)
    )


def test_a_big_day_is_marked_and_is_not_a_success() -> None:
    logs = [attempt(2, 50), attempt(3, 66), attempt(4, 65)]  # 132% and 130% of 50
    got = series.activity_series(WALK, logs, CHANGES, day(1), day(4))
    assert got.successes == (day(2), day(4))
    assert got.big_days == (day(3),)
    assert series.day_marks(got)[2] is series.DayMark.BIG_DAY
    calm = series.calm_series([], day(1), day(4))
    rows = series.chart_rows(got, calm, day(3), day(3))
    assert [(r.went_well, r.mark.value) for r in rows] == [(False, "big_day")]


def test_a_big_day_on_another_activity_shows_when_its_changes_are_given() -> None:
    stairs = TargetChange(9, 2, None, 10, ChangeReason.CREATED, NOON, day(1), 60)
    logs = [attempt(2, 50), attempt(3, 30, activity_id=2)]  # 300% of the stairs' 10
    assert series.activity_series(WALK, logs, CHANGES, day(1), day(4)).big_days == ()
    got = series.activity_series(WALK, logs, [*CHANGES, stairs], day(1), day(4))
    assert got.big_days == (day(3),)
    assert got.target_changes == ((day(1), None, 50),)  # only this activity's own line


def test_day_marks_a_crash_wins_over_a_big_day_and_a_big_day_over_the_days_before() -> None:
    logs = [attempt(2, 20, Felt.TIRED), attempt(3, 90), attempt(5, 90, Felt.CRASH)]
    got = series.activity_series(WALK, logs, CHANGES, day(1), day(5))
    mark = series.DayMark
    assert series.day_marks(got) == (
        mark.NONE,
        mark.BEFORE_CRASH,
        mark.BIG_DAY,  # the big day two days before the crash
        mark.BEFORE_CRASH,
        mark.CRASH,  # a big amount, but a crash
    )


def test_mark_sources_name_the_activity_behind_each_mark() -> None:
    stairs = TargetChange(9, 2, None, 10, ChangeReason.CREATED, NOON, day(1), 60)
    logs = [
        attempt(2, 5, Felt.TIRED, activity_id=2),  # another activity's tired day
        attempt(3, 20, Felt.TIRED),
        attempt(3, 5, Felt.TIRED, activity_id=2),  # both were tired that day
        attempt(4, 30, activity_id=2),  # the stairs' big day
        attempt(9, 5, Felt.CRASH, activity_id=2),  # its crash, and the 3 days before it
    ]
    got = series.activity_series(WALK, logs, [*CHANGES, stairs], day(1), day(9))
    assert series.mark_sources(got) == ((), (2,), (1, 2), (2,), (), (2,), (2,), (2,), (2,))
