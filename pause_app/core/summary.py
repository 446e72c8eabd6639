"""Small summaries of the history for the main window's overview pages."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from pause_app.core.model import Activity, Attempt, Felt, Session, TargetChange

MET_FEELINGS = (Felt.GOOD, Felt.OK)
RESTING_FEELINGS = (Felt.TIRED, Felt.CRASH)
# docs/PACING.md rule 10: a log above this share of the day's target is a big day. The
# default of the pacing.big_day_percent setting (core/pacing.py's Rules use this one).
BIG_DAY_PERCENT = 130


class DayStatus(Enum):
    """How one day of one activity went, as the goal panel says it."""

    NOTHING = "nothing"  # nothing logged: a rest day, which counts too
    MET = "met"  # the target was reached on a good or ok day: "I did it!"
    LOGGED = "logged"  # something was done, below the target
    TIRED = "tired"  # a tired or crash log: the target holds, the day does not count as met
    BIG_DAY = "big_day"  # far above the target: a kind word of caution, not a success


def is_big_day(amount: int, target: int | None, big_day_percent: int = BIG_DAY_PERCENT) -> bool:
    """Rule 10: more than ``big_day_percent`` of the target (130%: 66 of 50 is, 65 is not).
    Without a target there is no big day."""
    return target is not None and target > 0 and amount * 100 > target * big_day_percent


def day_status(
    attempts: Iterable[Attempt],
    target: int | None,
    big_day_percent: int | None = BIG_DAY_PERCENT,
) -> DayStatus:
    """A tired day holds the target and does not count as met, whatever the amount; nor
    does a big day (docs/PACING.md rules 6 and 10). ``big_day_percent=None`` leaves big days
    out of it (the engine measures them against each day's own target)."""
    day = list(attempts)
    if not day:
        return DayStatus.NOTHING
    if any(a.felt in RESTING_FEELINGS for a in day):
        return DayStatus.TIRED
    if big_day_percent is not None and any(
        is_big_day(a.amount, target, big_day_percent) for a in day
    ):
        return DayStatus.BIG_DAY
    # An imported log (no feeling said) counts as met: only the user's words say tired.
    if target is not None and any(
        (a.felt is None or a.felt in MET_FEELINGS) and a.amount >= target for a in day
    ):
        return DayStatus.MET
    return DayStatus.LOGGED


@dataclass(frozen=True)
class CalmSummary:
    pauses: int
    breathing_minutes: float


def calm_summary(sessions: Iterable[Session]) -> CalmSummary:
    """Every session given counts, stopped early or not."""
    chosen = list(sessions)
    return CalmSummary(
        pauses=len(chosen),
        breathing_minutes=sum(s.actual_seconds for s in chosen) / 60.0,
    )


_UNKNOWN = object()


class TargetHistory:
    """The target in force on any day, from the recorded target changes."""

    def __init__(self, changes: Iterable[TargetChange]) -> None:
        ordered = sorted(changes, key=lambda c: (c.local_date, c.id))
        self._days = [c.local_date for c in ordered]
        self._targets = [c.new_target for c in ordered]
        self._known: dict[date, int | None] = {}  # asked before: a long history asks often

    def on(self, day: date) -> int | None:
        """The target at the end of ``day``; None before the activity began."""
        known = self._known.get(day, _UNKNOWN)
        if known is not _UNKNOWN:
            return known  # type: ignore[return-value]
        index = bisect.bisect_right(self._days, day)
        target = self._targets[index - 1] if index else None
        self._known[day] = target
        return target

    def on_each(self, days: Sequence[date]) -> list[int | None]:
        """``on`` for each of ``days`` (in order, oldest first), in one walk."""
        targets: list[int | None] = []
        index, count = 0, len(self._days)
        for day in days:
            while index < count and self._days[index] <= day:
                index += 1
            targets.append(self._targets[index - 1] if index else None)
        return targets

    @property
    def first(self) -> int | None:
        return self._targets[0] if self._targets else None


def big_day_logs(
    attempts: Iterable[Attempt],
    changes: Iterable[TargetChange],
    big_day_percent: int = BIG_DAY_PERCENT,
) -> list[Attempt]:
    """Every log that made a big day, on any activity, measured against the target its own
    activity had that day (``changes`` holds the target changes of every activity wanted;
    logs of an activity without any are left out)."""
    by_activity: dict[int, list[TargetChange]] = defaultdict(list)
    for change in changes:
        by_activity[change.activity_id].append(change)
    histories = {activity_id: TargetHistory(own) for activity_id, own in by_activity.items()}
    return [
        a
        for a in attempts
        if a.activity_id in histories
        and is_big_day(a.amount, histories[a.activity_id].on(a.local_date), big_day_percent)
    ]


@dataclass(frozen=True)
class GrowthSummary:
    first_target: int
    current_target: int
    since: date
    days_logged: int
    days_met: int


def growth_summary(
    activity: Activity,
    attempts: Sequence[Attempt],
    changes: Sequence[TargetChange],
    big_day_percent: int = BIG_DAY_PERCENT,
) -> GrowthSummary:
    """From the first target to today's, with how many days were logged and met (a big day
    is not met)."""
    history = TargetHistory(changes)
    by_day: dict[date, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        by_day[attempt.local_date].append(attempt)
    met = [
        day
        for day, logs in by_day.items()
        if day_status(logs, history.on(day), big_day_percent) is DayStatus.MET
    ]
    first = history.first
    return GrowthSummary(
        first_target=activity.target if first is None else first,
        current_target=activity.target,
        since=activity.started_on,
        days_logged=len(by_day),
        days_met=len(met),
    )
