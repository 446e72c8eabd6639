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
from itertools import repeat
from operator import attrgetter

from pause_app.core import pacing
from pause_app.core.model import Activity, Attempt, DayTotal, Felt, Session, TargetChange
from pause_app.core.summary import DayStatus, TargetHistory, big_day_logs, day_status

BEFORE_CRASH_DAYS = 3  # docs/PACING.md rule 7: the chart marks the 72 hours before a crash


class Aggregate(Enum):
    BEST = "best"  # the day's best attempt
    TOTAL = "total"  # everything done that day added up


class DayMark(Enum):
    """How a day is marked on the chart (and in its CSV's ``mark`` column)."""

    NONE = ""
    TIRED = "tired"
    BEFORE_CRASH = "before_crash"
    CRASH = "crash"
    BIG_DAY = "big_day"  # rule 10: far above the target


NO_MARK, CRASH, BEFORE_CRASH = DayMark.NONE, DayMark.CRASH, DayMark.BEFORE_CRASH


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
    # Per day, the day's logs in the order logged (the chart's are made when asked for).
    logs: Sequence[tuple[Attempt, ...]] = ()
    big_days: tuple[date, ...] = ()  # rule 10: far above the target, on any activity
    # Which activity each tired, crash and big-day log came from: (day, mark, activity id).
    marked_by: tuple[tuple[date, DayMark, int], ...] = ()


@dataclass(frozen=True)
class CalmSeries:
    days: tuple[date, ...]
    minutes: tuple[float, ...]  # calm breathing per day (0: none that day)
    pauses: tuple[int, ...]  # pauses and breathing sessions per day, stopped early or not


def day_range(first: date, last: date) -> tuple[date, ...]:
    # By ordinal, in C: a hundred years are 36,500 days, asked for by every series.
    return tuple(map(date.fromordinal, range(first.toordinal(), last.toordinal() + 1)))


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
    crash on any of them starts a recovery period (rule 7), so those are shown too.
    ``changes`` are this activity's target changes and may hold every activity's: then a
    big day on another activity is shown too (it holds this one's offers, rule 10)."""
    rules = rules or pacing.Rules()
    days = day_range(first, last)
    own_changes = [c for c in changes if c.activity_id == activity.id]
    history = TargetHistory(own_changes)
    own_by_day: dict[date, list[Attempt]] = defaultdict(list)
    # In the order they were logged: each day's list is then in order as it is built.
    own = sorted(
        (a for a in attempts if a.activity_id == activity.id), key=attrgetter("logged_utc", "id")
    )
    for attempt in own:
        own_by_day[attempt.local_date].append(attempt)

    def done_on(day: date) -> int | None:
        logs = own_by_day.get(day)
        if not logs:
            return None
        amounts = [a.amount for a in logs]
        return max(amounts) if aggregate is Aggregate.BEST else sum(amounts)

    targets = history.on_each(days)  # one walk: linear in the days, not a search each
    # A day without logs is never met: only the logged days are asked.
    successes = tuple(
        day
        for day, target in zip(days, targets, strict=True)
        if day in own_by_day
        and day_status(own_by_day[day], target, rules.big_day_percent) is DayStatus.MET
    )
    in_range = [a for a in attempts if first <= a.local_date <= last]
    bad = [a for a in in_range if a.felt in pacing.BAD_FEELINGS]  # few: looked at again below
    big = big_day_logs(in_range, changes, rules.big_day_percent)
    marks = {(a.local_date, DayMark.BIG_DAY, a.activity_id) for a in big} | {
        (a.local_date, DayMark.CRASH if a.felt is Felt.CRASH else DayMark.TIRED, a.activity_id)
        for a in bad
    }
    # Sorted by (day, mark's value, activity) as plain tuples: no key called for each.
    marked_by = [
        (day, mark, source)
        for day, _value, source, mark in sorted((d, m.value, i, m) for d, m, i in marks)
    ]
    crash_days = sorted({a.local_date for a in bad if a.felt is Felt.CRASH})
    tired_days = sorted({a.local_date for a in bad if a.felt is Felt.TIRED} - set(crash_days))
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
        target=tuple(targets),
        successes=successes,
        tired_days=tuple(tired_days),
        crash_days=tuple(crash_days),
        before_crash=tuple(before),
        recovery=tuple(recovery),
        target_changes=tuple(
            (c.local_date, c.old_target, c.new_target)
            for c in sorted(own_changes, key=lambda c: (c.local_date, c.id))
            if first <= c.local_date <= last
        ),
        logs=tuple(tuple(own_by_day.get(day, ())) for day in days),
        big_days=tuple(sorted({a.local_date for a in big})),
        marked_by=tuple(marked_by),
    )


def day_totals(sessions: Iterable[Session]) -> list[DayTotal]:
    """Sessions summed per local day (what ``calm_series`` needs), in day order."""
    seconds: dict[date, float] = defaultdict(float)
    counts: dict[date, int] = defaultdict(int)
    for session in sessions:
        seconds[session.local_date] += session.actual_seconds
        counts[session.local_date] += 1
    return [DayTotal(day, seconds[day], counts[day]) for day in sorted(seconds)]


def calm_series(
    sessions: Iterable[Session] | Iterable[DayTotal], first: date, last: date
) -> CalmSeries:
    """Minutes of calm breathing and the number of pauses, per local day, from the sessions
    or from their totals per day (``SessionRepository.day_totals``)."""
    days = day_range(first, last)
    seconds: dict[date, float] = defaultdict(float)
    counts: dict[date, int] = defaultdict(int)
    for item in sessions:
        total = (
            item
            if isinstance(item, DayTotal)
            else DayTotal(item.local_date, item.actual_seconds, 1)
        )
        if first <= total.day <= last:
            seconds[total.day] += total.seconds
            counts[total.day] += total.sessions
    return CalmSeries(
        days=days,
        minutes=tuple(seconds[day] / 60 for day in days),
        pauses=tuple(counts[day] for day in days),
    )


def day_marks(series: ActivitySeries) -> tuple[DayMark, ...]:
    """One mark per day of ``series``; a crash day wins over a big day, a big day over the
    days before a crash (it is what the user did, and what may have led to it), and those
    win over a tired day."""
    marks = dict.fromkeys(series.tired_days, DayMark.TIRED)
    for first, last in series.before_crash:
        for day in day_range(first, last):
            marks[day] = DayMark.BEFORE_CRASH
    marks.update(dict.fromkeys(series.big_days, DayMark.BIG_DAY))
    marks.update(dict.fromkeys(series.crash_days, DayMark.CRASH))
    return tuple(map(marks.get, series.days, repeat(DayMark.NONE, len(series.days))))


def mark_sources(series: ActivitySeries) -> tuple[tuple[int, ...], ...]:
    """Per day, the activities whose logs made that day's mark (``day_marks``): for the days
    before a crash, the crashed ones. A mark without this activity's id among them came from
    another activity (the chart draws it lighter and names it)."""
    # Keyed by day alone, each day's few marks told apart by identity: a hundred years
    # are 60,000 marks, and an Enum in a key is hashed by Python code.
    found: dict[date, list[tuple[DayMark, list[int]]]] = {}
    for day, mark, activity_id in series.marked_by:
        entries = found.get(day)
        if entries is None:
            found[day] = [(mark, [activity_id])]
            continue
        for kept, sources in entries:
            if kept is mark:
                sources.append(activity_id)
                break
        else:
            entries.append((mark, [activity_id]))
    before: dict[date, set[int]] = {}
    for first, last in series.before_crash:
        crashed = next((s for m, s in found.get(last + timedelta(days=1), ()) if m is CRASH), ())
        for day in day_range(first, last):
            before.setdefault(day, set()).update(crashed)
    made: list[tuple[int, ...]] = []
    for day, mark in zip(series.days, day_marks(series), strict=True):
        chosen: Iterable[int] = ()
        if mark is BEFORE_CRASH:
            chosen = before.get(day, ())
        elif mark is not NO_MARK:
            chosen = next((s for m, s in found.get(day, ()) if m is mark), ())
        made.append(tuple(sorted(set(chosen))) if chosen else ())
    return tuple(made)


def runs(days: Sequence[date], wanted: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days of ``wanted`` (within ``days``) joined into (first, last) runs."""
    chosen = set(wanted)
    found: list[tuple[date, date]] = []
    for day in days:
        if day not in chosen:
            continue
        if found and found[-1][1] + timedelta(days=1) == day:
            found[-1] = (found[-1][0], day)
        else:
            found.append((day, day))
    return found


@dataclass(frozen=True)
class ChartRow:
    """One day of what the chart shows, for a CSV file."""

    day: date
    done: int | None
    target: int | None
    went_well: bool
    mark: DayMark
    felt: str  # the feelings logged that day, in order, e.g. "good,tired"
    note: str
    calm_minutes: float
    pauses: int


def chart_rows(series: ActivitySeries, calm: CalmSeries, first: date, last: date) -> list[ChartRow]:
    """The days ``first..last`` of an activity's series and the calm series, as rows."""
    calm_by_day = {
        day: (minutes, pauses)
        for day, minutes, pauses in zip(calm.days, calm.minutes, calm.pauses, strict=True)
    }
    marks = day_marks(series)
    successes = set(series.successes)
    logs = series.logs or tuple(() for _ in series.days)
    rows = []
    for index, day in enumerate(series.days):
        if not first <= day <= last:
            continue
        minutes, pauses = calm_by_day.get(day, (0.0, 0))
        rows.append(
            ChartRow(
                day=day,
                done=series.done[index],
                target=series.target[index],
                went_well=day in successes,
                mark=marks[index],
                felt=",".join(a.felt.value if a.felt else "" for a in logs[index]),
                note=" / ".join(a.note for a in logs[index] if a.note),
                calm_minutes=round(minutes, 1),
                pauses=pauses,
            )
        )
    return rows
