"""The goal engine: small steps that never push (docs/PACING.md).

Pure: an activity, its history, the rules and today's local date in; the current
target, an offer or none, the reason as an Enum, and the day an offer could come,
out. Nothing here changes a target: rule 1, the user decides.

A log imported from a phone or a watch has no feeling (None, "not said"): it counts for
the amount like any log, and never as tired or crash (``BAD_FEELINGS`` holds only the
user's own words; summary.day_status counts it as met).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from pause_app.core.model import Activity, Attempt, CheckIn, Felt, TargetChange
from pause_app.core.summary import (
    BIG_DAY_PERCENT,
    DayStatus,
    TargetHistory,
    big_day_logs,
    day_status,
)

BAD_FEELINGS = (Felt.TIRED, Felt.CRASH)  # never None: an imported log is not a tired day
NO_TARGET_YET = 0  # rule 2: an activity may start from 7 logged days instead of a number
# How far ahead to look for the day the weekly ceiling lifts.
CEILING_LOOKAHEAD_DAYS = 7
# Rule 11: below this, 10% is less than one unit; such targets grow one unit a week.
SMALL_TARGET = 10
SMALL_TARGET_SPACING_DAYS = 7
# Rule 12: a morning with this much energy or less (of 10) holds that day's offer.
LOW_ENERGY = 3


class Reason(Enum):
    """Why there is, or is not, an offer today. Checked in this order."""

    BASELINE = "baseline"  # rule 2: no target yet; 7 logged days first
    MAINTENANCE = "maintenance"  # rule 9
    RECOVERING = "recovering"  # rule 7: after a crash, 7 calm days first
    RECENT_TIRED = "recent_tired"  # rule 3: a tired or crash day in the last 3 days or today
    OUTSIDE_ENVELOPE = "outside_envelope"  # rule 12: a check-in day that took more than it had
    SEVERE_SYMPTOMS = "severe_symptoms"  # rule 12: a check-in day with severe symptoms
    BIG_DAY = "big_day"  # rule 10: a big day in the last 3 days or today
    TOO_SOON = "too_soon"  # rule 3: 3 days since the last increase (7 below 10 units)
    NOT_STABLE_YET = "not_stable_yet"  # rule 3: met on 3 of the last 5 logged days
    LOW_ENERGY = "low_energy"  # rule 12: today's check-in has little energy (0-3)
    WEEKLY_CEILING = "weekly_ceiling"  # rule 4: never above 110% of a week ago
    OFFER = "offer"


@dataclass(frozen=True)
class Rules:
    """The thresholds: conventions, not trial results, so each has a safe range."""

    days_between_increases: int = 3
    quiet_days_after_tired: int = 3
    stable_days_needed: int = 3
    stable_days_looked_at: int = 5
    weekly_ceiling_percent: int = 110
    recovery_days: int = 7
    lower_after_crash_percent: int = 70
    large_jump_percent: int = 10
    baseline_percent: int = 80
    baseline_days: int = 7
    big_day_percent: int = BIG_DAY_PERCENT

    # (field, lowest, highest): never less careful than docs/PACING.md's defaults.
    RANGES = (
        ("days_between_increases", 3, 14),
        ("quiet_days_after_tired", 3, 14),
        ("stable_days_needed", 3, 10),
        ("stable_days_looked_at", 3, 14),
        ("weekly_ceiling_percent", 100, 110),
        ("recovery_days", 7, 28),
        ("lower_after_crash_percent", 50, 90),
        ("large_jump_percent", 5, 25),
        ("baseline_percent", 50, 100),
        ("baseline_days", 7, 14),
        ("big_day_percent", 110, 200),
    )

    def __post_init__(self) -> None:
        for name, low, high in self.RANGES:
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValueError(f"{name} must be {low} to {high}, not {value}")
        if self.stable_days_needed > self.stable_days_looked_at:
            raise ValueError("stable_days_needed cannot exceed stable_days_looked_at")


@dataclass(frozen=True)
class Answer:
    target: int
    offer: int | None  # the proposed new target, or None
    reason: Reason
    earliest: date | None  # from when an offer could come, where that can be known
    # Where a hold came from (RECOVERING, RECENT_TIRED, BIG_DAY): the activity whose log it
    # was (maybe another one: rule 3 counts any) and its day. The caller names the activity.
    source_activity_id: int | None = None
    source_day: date | None = None


@dataclass(frozen=True)
class _Hold:
    reason: Reason
    until: date  # the first day an offer may come again
    source: Attempt | None = None
    day: date | None = None  # a check-in's day, where the hold came from one


def step_size(target: int, step_percent: float) -> int:
    """Rule 4: the step, rounded to whole units, never less than one (50 -> 1, 400 -> 8)."""
    return max(1, math.floor(target * step_percent / 100 + 0.5))


def is_large_jump(old: int, new: int, rules: Rules = Rules()) -> bool:
    """Rule 5: a hand-set target more than 10% up gets one calm sentence (never a block)."""
    return new > old * (100 + rules.large_jump_percent) / 100


def lowered_after_crash(target: int, rules: Rules = Rules()) -> int:
    """Rule 7: the target offered after a crash, about 70% of the current one."""
    return max(1 if target else 0, math.floor(target * rules.lower_after_crash_percent / 100 + 0.5))


def first_target_from_logs(daily_amounts: Sequence[int], rules: Rules = Rules()) -> int | None:
    """Rule 2: from 7 logged days, a first target a little below the baseline (about 80%)."""
    if len(daily_amounts) < rules.baseline_days:
        return None
    return max(1, math.floor(_median(daily_amounts) * rules.baseline_percent / 100))


def _median(values: Sequence[int]) -> float:
    """The middle value, or the mean of the two middle ones (as ``statistics.median``,
    whose import brings fractions and decimal to every start)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def lighter_day(target: int) -> int:
    """Rule 12: the lighter day suggested on a low-energy morning: half the target, rounded
    down, at least one unit. Only words: the target itself stays (rule 1)."""
    return max(1, target // 2)


def new_place(inside_target: int, step_percent: float) -> tuple[int, int]:
    """Rule 8: outside starts at the inside level; at most one step above it."""
    return inside_target, inside_target + step_size(inside_target, step_percent)


def _bad_days(attempts: Iterable[Attempt], today: date) -> list[date]:
    return sorted(
        {a.local_date for a in attempts if a.felt in BAD_FEELINGS and a.local_date <= today}
    )


def recovery_periods(
    attempts: Iterable[Attempt], up_to: date, rules: Rules
) -> list[tuple[date, date]]:
    """Rule 7's recovery periods as (first day, first day offers may come again): a crash
    starts one; a tired or crash day inside it starts its 7 calm days again. The engine
    and the chart share this one reading."""
    logged = list(attempts)
    crashes = {a.local_date for a in logged if a.felt is Felt.CRASH and a.local_date <= up_to}
    wait = timedelta(days=rules.recovery_days + 1)
    periods: list[tuple[date, date]] = []
    for day in _bad_days(logged, up_to):
        if periods and day < periods[-1][1]:
            periods[-1] = (periods[-1][0], day + wait)  # during recovery: the 7 days restart
        elif day in crashes:
            periods.append((day, day + wait))  # a crash starts one (a tired day alone does not)
    return periods


def _pick(logs: Iterable[Attempt], activity_id: int) -> Attempt | None:
    """The log a hold is told by: this activity's own if it has one, else the first one."""
    chosen = sorted(logs, key=lambda a: (a.activity_id != activity_id, a.activity_id, a.id))
    return chosen[0] if chosen else None


def _recovery(
    attempts: Sequence[Attempt], activity_id: int, today: date, rules: Rules
) -> _Hold | None:
    """Rule 7: after the last crash, until the first day offers may come back (if that is
    after today); told by the crash that started the period."""
    periods = recovery_periods(attempts, today, rules)
    if not periods or today >= periods[-1][1]:
        return None
    start, until = periods[-1]
    crashes = [a for a in attempts if a.felt is Felt.CRASH and a.local_date == start]
    return _Hold(Reason.RECOVERING, until, _pick(crashes, activity_id))


def _quiet_after(
    reason: Reason, marked: Iterable[Attempt], activity_id: int, today: date, rules: Rules
) -> _Hold | None:
    """Rules 3 and 10: the quiet days after the latest marked log (tired, crash or a big
    day, on any activity) in the last few days or today."""
    window_start = today - timedelta(days=rules.quiet_days_after_tired)
    recent = [a for a in marked if window_start <= a.local_date <= today]
    if not recent:
        return None
    latest = max(a.local_date for a in recent)
    until = latest + timedelta(days=rules.quiet_days_after_tired + 1)
    return _Hold(reason, until, _pick([a for a in recent if a.local_date == latest], activity_id))


def _heavy_check_in(checkins: Iterable[CheckIn], today: date, rules: Rules) -> _Hold | None:
    """Rule 12: a check-in day outside the energy envelope (spent more than it had) or with
    severe symptoms counts like a tired day: the quiet days after the latest one."""
    window_start = today - timedelta(days=rules.quiet_days_after_tired)
    heavy = [
        c for c in checkins if window_start <= c.day <= today and (c.outside_envelope or c.severe)
    ]
    if not heavy:
        return None
    latest = max(heavy, key=lambda c: c.day)
    reason = Reason.OUTSIDE_ENVELOPE if latest.outside_envelope else Reason.SEVERE_SYMPTOMS
    return _Hold(
        reason, latest.day + timedelta(days=rules.quiet_days_after_tired + 1), day=latest.day
    )


def _low_energy(checkins: Iterable[CheckIn], today: date) -> _Hold | None:
    """Rule 12: today's check-in has little energy (0-3): no step today."""
    for checkin in checkins:
        if checkin.day == today and checkin.energy is not None and checkin.energy <= LOW_ENERGY:
            return _Hold(Reason.LOW_ENERGY, today + timedelta(days=1), day=today)
    return None


def _waits(
    activity: Activity,
    attempts: Sequence[Attempt],
    changes: Sequence[TargetChange],
    today: date,
    rules: Rules,
    checkins: Sequence[CheckIn] = (),
) -> list[_Hold]:
    """Every hold that applies today, the most serious first: a recovery, a tired day, a
    heavy check-in day, a big day (anywhere), a low-energy morning, then a recent increase
    of this activity."""
    own_changes = [c for c in changes if c.activity_id == activity.id]
    tired = [a for a in attempts if a.felt in BAD_FEELINGS]
    # Only a big day in the quiet window can hold (rule 10): whether a log made one depends
    # on that log alone, so the window is chosen first, not after ten years were measured.
    window_start = today - timedelta(days=rules.quiet_days_after_tired)
    recent = [a for a in attempts if window_start <= a.local_date <= today]
    big = big_day_logs(recent, changes, rules.big_day_percent)
    holds = (
        _recovery(attempts, activity.id, today, rules),
        _quiet_after(Reason.RECENT_TIRED, tired, activity.id, today, rules),
        _heavy_check_in(checkins, today, rules),
        _quiet_after(Reason.BIG_DAY, big, activity.id, today, rules),
        _low_energy(checkins, today),
        _too_soon(own_changes, today, rules),
    )
    return [hold for hold in holds if hold is not None]


def _held(target: int, holds: Sequence[_Hold]) -> Answer:
    """No offer, until the latest of the holds' end days, told by the hold that sets that day
    (the most serious one where several end on it): the sentence and its date agree."""
    until = max(hold.until for hold in holds)
    named = next(hold for hold in holds if hold.until == until)  # most serious first
    source = named.source
    return Answer(
        target,
        None,
        named.reason,
        until,
        None if source is None else source.activity_id,
        named.day if source is None else source.local_date,
    )


def _too_soon(changes: Sequence[TargetChange], today: date, rules: Rules) -> _Hold | None:
    """Rule 3: days since the last increase; rule 11: a week after a step below 10 units."""
    increases = [
        c
        for c in changes
        if c.old_target is not None and c.new_target > c.old_target and c.local_date <= today
    ]
    if not increases:
        return None
    last = max(increases, key=lambda c: (c.local_date, c.id))
    spacing = rules.days_between_increases
    if last.old_target is not None and NO_TARGET_YET < last.old_target < SMALL_TARGET:
        spacing = max(spacing, SMALL_TARGET_SPACING_DAYS)
    allowed = last.local_date + timedelta(days=spacing)
    return _Hold(Reason.TOO_SOON, allowed) if today < allowed else None


def _is_stable(
    attempts: Sequence[Attempt], history: TargetHistory, target: int, today: date, rules: Rules
) -> bool:
    """Rule 3: the *current* target went well on 3 of the last 5 logged days (a raised
    target that has not been done yet is not stable, however well the old one went). A big
    day, measured against that day's own target, did not go well (rule 10)."""
    by_day: dict[date, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        if attempt.local_date <= today:
            by_day[attempt.local_date].append(attempt)
    recent_days = sorted(by_day)[-rules.stable_days_looked_at :]
    met = sum(
        1
        for day in recent_days
        if day_status(by_day[day], target, None) is DayStatus.MET
        and day_status(by_day[day], history.on(day), rules.big_day_percent) is not DayStatus.BIG_DAY
    )
    return met >= rules.stable_days_needed


def weekly_ceiling(history: TargetHistory, day: date, rules: Rules) -> int | None:
    """Rule 4: the highest target allowed on ``day``: 110% of the lowest target of the 7 days
    before (measured from a week ago only, lowering and raising again could beat it). Rule 11:
    below 10 units, where 10% is less than one, the lowest target plus one unit."""
    targets = [history.on(day - timedelta(days=back)) for back in range(0, 8)]
    known = [t for t in targets if t is not None]
    if history.first is not None and len(known) < len(targets):
        known.append(history.first)  # younger than a week: its first target counts too
    if not known:
        return None
    lowest = min(known)
    ceiling = math.floor(lowest * rules.weekly_ceiling_percent / 100)
    if NO_TARGET_YET < lowest < SMALL_TARGET and rules.weekly_ceiling_percent > 100:
        ceiling = max(ceiling, lowest + 1)  # at 100% the user asked for no growth at all
    return ceiling


def answer(
    activity: Activity,
    attempts: Sequence[Attempt],
    changes: Sequence[TargetChange],
    today: date,
    rules: Rules = Rules(),
    checkins: Sequence[CheckIn] = (),
) -> Answer:
    """May a next step be offered today, how large, and if not, why and from when.

    ``attempts`` are the user's attempts for *every* activity (a tired day anywhere
    counts); ``changes`` are this activity's target changes, and may hold every activity's
    (then a big day on another activity counts too, measured against its own target). Only
    what is logged on or before ``today`` (local days) counts, however late it was entered.
    ``checkins`` are the daily check-ins (rule 12); a hold from one has no
    ``source_activity_id`` and the check-in's day as ``source_day``.
    """
    target = activity.target
    if target == NO_TARGET_YET:
        return _baseline(activity, attempts, changes, today, rules, checkins)
    if activity.maintenance:
        return Answer(target, None, Reason.MAINTENANCE, None)

    holds = _waits(activity, attempts, changes, today, rules, checkins)
    if holds:
        return _held(target, holds)

    own = [a for a in attempts if a.activity_id == activity.id]
    history = TargetHistory(c for c in changes if c.activity_id == activity.id)
    if not _is_stable(own, history, target, today, rules):
        return Answer(target, None, Reason.NOT_STABLE_YET, None)

    step = step_size(target, activity.step_percent)
    ceiling = weekly_ceiling(history, today, rules)
    offer = target + step if ceiling is None else min(target + step, ceiling)
    if offer < target + 1:
        return Answer(target, None, Reason.WEEKLY_CEILING, _ceiling_lifts(history, today, rules))
    return Answer(target, offer, Reason.OFFER, today)


def _baseline(
    activity: Activity,
    attempts: Sequence[Attempt],
    changes: Sequence[TargetChange],
    today: date,
    rules: Rules,
    checkins: Sequence[CheckIn] = (),
) -> Answer:
    """Rule 2: without a target, the first one comes from 7 logged days (about 80% of what
    was done); it is offered like any step, and only on a day when offers may come."""
    best: dict[date, int] = {}
    for attempt in attempts:
        if attempt.activity_id == activity.id and attempt.local_date <= today:
            best[attempt.local_date] = max(best.get(attempt.local_date, 0), attempt.amount)
    first = first_target_from_logs([best[day] for day in sorted(best)], rules)
    if first is None:
        return Answer(NO_TARGET_YET, None, Reason.BASELINE, None)
    holds = [
        hold
        for hold in _waits(activity, attempts, changes, today, rules, checkins)
        if hold.reason is not Reason.TOO_SOON
    ]
    if holds:
        return _held(NO_TARGET_YET, holds)
    return Answer(NO_TARGET_YET, first, Reason.OFFER, today)


def _ceiling_lifts(history: TargetHistory, today: date, rules: Rules) -> date | None:
    """The first day the weekly ceiling leaves room for one unit, or None if it never will
    (only where the ceiling is set to 100%: no growth by offers at all)."""
    current = history.on(today)
    if current is None:
        return None
    for ahead in range(1, CEILING_LOOKAHEAD_DAYS + 1):
        day = today + timedelta(days=ahead)
        ceiling = weekly_ceiling(history, day, rules)
        if ceiling is not None and ceiling >= current + 1:
            return day
    return None
