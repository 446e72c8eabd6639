"""Pauses and rests, week by week: what the Progress page says gently about the reminders.

A pause is a breathing session (a pause or a longer calm breathing, stopped early or not). A
rest is a natural break the reminders noticed: the user was away from the computer (the
reminder outcome "away", with its length) for at least the shortest pause. Only what was
done is counted; a reminder that went by is not a number here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from pause_app.core.breathing import PAUSE_BREATHING_MINUTES

SHORTEST_REST_SECONDS = 60.0 * min(PAUSE_BREATHING_MINUTES)
WEEKS_SHOWN = 4


@dataclass(frozen=True)
class WeekRests:
    """One week (Monday to Sunday): the pauses taken and the rests noticed."""

    start: date  # the Monday
    pauses: int
    rests: int

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)


def week_start(day: date) -> date:
    """The Monday of the week ``day`` is in."""
    return day - timedelta(days=day.weekday())


def weekly_rests(
    pauses: Iterable[tuple[date, int]],
    away: Iterable[tuple[date, float | None]],
    today: date,
    weeks: int = WEEKS_SHOWN,
    first: date | None = None,
    shortest_seconds: float = SHORTEST_REST_SECONDS,
) -> list[WeekRests]:
    """The last ``weeks`` weeks up to today's, newest first.

    ``pauses``: (local day, number of breathing sessions); ``away``: (local day, seconds
    away) for each natural break (an unknown length is not counted: it cannot be shown to
    be a rest). Weeks before ``first`` (the first day anything happened) are left out, so a
    new user sees one week, not three empty ones; today's week is always there."""
    newest = week_start(today)
    starts = [newest - timedelta(weeks=n) for n in range(max(weeks, 1))]
    if first is not None:
        starts = [s for s in starts if s >= week_start(first)] or [newest]
    counted = {start: [0, 0] for start in starts}
    for day, count in pauses:
        if day <= today and (week := week_start(day)) in counted:
            counted[week][0] += count
    for day, seconds in away:
        if seconds is None or seconds < shortest_seconds or day > today:
            continue
        if (week := week_start(day)) in counted:
            counted[week][1] += 1
    return [WeekRests(start, *counted[start]) for start in starts]
