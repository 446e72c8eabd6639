"""Small summaries of the history for the main window's overview pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from pause_app.core.model import Activity, Attempt, Felt, Session, TargetChange

MET_FEELINGS = (Felt.GOOD, Felt.OK)


@dataclass(frozen=True)
class CalmSummary:
    pauses: int
    breathing_minutes: float


def calm_summary(sessions: Iterable[Session], first: date, last: date) -> CalmSummary:
    """Every pause and breathing session in ``first..last`` counts, stopped early or not."""
    chosen = [s for s in sessions if first <= s.local_date <= last]
    return CalmSummary(
        pauses=len(chosen),
        breathing_minutes=sum(s.actual_seconds for s in chosen) / 60.0,
    )


def target_on(changes: Sequence[TargetChange], day: date) -> int | None:
    """The target in force at the end of ``day``; None before the activity began."""
    target: int | None = None
    for change in sorted(changes, key=lambda c: (c.local_date, c.id)):
        if change.local_date > day:
            break
        target = change.new_target
    return target


@dataclass(frozen=True)
class GrowthSummary:
    first_target: int
    current_target: int
    since: date
    days_logged: int
    days_met: int


def growth_summary(
    activity: Activity, attempts: Sequence[Attempt], changes: Sequence[TargetChange]
) -> GrowthSummary:
    """From the first target to today's, with how many days were logged and met."""
    ordered = sorted(changes, key=lambda c: (c.local_date, c.id))
    first_target = ordered[0].new_target if ordered else activity.target
    met_days = set()
    for attempt in attempts:
        target = target_on(ordered, attempt.local_date)
        if attempt.felt in MET_FEELINGS and target is not None and attempt.amount >= target:
            met_days.add(attempt.local_date)
    return GrowthSummary(
        first_target=first_target,
        current_target=activity.target,
        since=activity.started_on,
        days_logged=len({a.local_date for a in attempts}),
        days_met=len(met_days),
    )
