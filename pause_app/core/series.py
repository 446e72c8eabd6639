"""Chart series from the stored rows: pure functions, so the chart only draws.

Every series runs over the local calendar days ``first..last``. A day without a log is a
gap (None), never a zero: "nothing logged" is not "did nothing" (and rest counts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from pause_app.core import pacing
from pause_app.core.model import Activity, Attempt, Felt, Session, TargetChange
from pause_app.core.summary import DayStatus, TargetHistory, day_status

BEFORE_CRASH_DAYS = 3  # PACING.md rule 7: the chart marks the 72 hours before a crash


class Aggregate(Enum):
    BEST = "best"  # the day's best attempt
    TOTAL = "total"  # everything done that day added up


@dataclass(frozen=True)
class ActivitySeries:
    days: tuple[date, ...]
    done: tuple[int | None, ...]  # per day; None: nothing logged (a gap)
    target: tuple[int | None, ...]  # the target in force at the end of each day (a step line)
    successes: tuple[date, ...]  # days the target went well
    tired_days: tuple[date, ...]
    crash_days: tuple[date, ...]
    before_crash: tuple[tuple[date, date], ...]  # the 3 days before each crash (first, last)
    recovery: tuple[tuple[date, date], ...]  # recovery periods (first, last day), clipped
    target_changes: tuple[tuple[date, int | None, int], ...]  # (day, old, new)


@dataclass(frozen=True)
class CalmSeries:
    days: tuple[date, ...]
    minutes: tuple[float, ...]  # calm breathing per day (0: none that day)
    pauses: tuple[int, ...]  # pauses and breathing sessions per day, stopped early or not


def day_range(first: date, last: date) -> tuple[date, ...]:
    if last < first:
        return ()
    return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))


def activity_series(
    activity: Activity,
    attempts: Sequence[Attempt],
    changes: Sequence[TargetChange],
    first: date,
    last: date,
    aggregate: Aggregate = Aggregate.BEST,
    rules: pacing.Rules | None = None,
) -> ActivitySeries:
    """One activity over ``first..last``. ``attempts`` may hold every activity's logs: a
    crash on any of them starts a recovery period (rule 7), so those are shown too."""
    rules = rules or pacing.Rules()
    days = day_range(first, last)
    history = TargetHistory(changes)
    own_by_day: dict[date, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        if attempt.activity_id == activity.id:
            own_by_day[attempt.local_date].append(attempt)

    def done_on(day: date) -> int | None:
        logs = own_by_day.get(day)
        if not logs:
            return None
        amounts = [a.amount for a in logs]
        return max(amounts) if aggregate is Aggregate.BEST else sum(amounts)

    statuses = {day: day_status(own_by_day.get(day, []), history.on(day)) for day in days}
    crash_days = sorted(
        {a.local_date for a in attempts if a.felt is Felt.CRASH and first <= a.local_date <= last}
    )
    tired_days = sorted(
        {a.local_date for a in attempts if a.felt is Felt.TIRED and first <= a.local_date <= last}
        - set(crash_days)
    )
    before = [
        (crash - timedelta(days=BEFORE_CRASH_DAYS), crash - timedelta(days=1))
        for crash in crash_days
    ]
    recovery = [
        (max(start, first), min(until - timedelta(days=1), last))
        for start, until in pacing.recovery_periods(attempts, last, rules)
        if until - timedelta(days=1) >= first and start <= last
    ]
    return ActivitySeries(
        days=days,
        done=tuple(done_on(day) for day in days),
        target=tuple(history.on(day) for day in days),
        successes=tuple(day for day in days if statuses[day] is DayStatus.MET),
        tired_days=tuple(tired_days),
        crash_days=tuple(crash_days),
        before_crash=tuple(before),
        recovery=tuple(recovery),
        target_changes=tuple(
            (c.local_date, c.old_target, c.new_target)
            for c in sorted(changes, key=lambda c: (c.local_date, c.id))
            if first <= c.local_date <= last
        ),
    )


def calm_series(sessions: Iterable[Session], first: date, last: date) -> CalmSeries:
    """Minutes of calm breathing and the number of pauses, per local day."""
    days = day_range(first, last)
    seconds: dict[date, float] = defaultdict(float)
    counts: dict[date, int] = defaultdict(int)
    for session in sessions:
        if first <= session.local_date <= last:
            seconds[session.local_date] += session.actual_seconds
            counts[session.local_date] += 1
    return CalmSeries(
        days=days,
        minutes=tuple(seconds[day] / 60 for day in days),
        pauses=tuple(counts[day] for day in days),
    )
