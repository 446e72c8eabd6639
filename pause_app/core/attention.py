"""Reminders that respect attention: away, back, do-not-disturb and the grace after it. Pure.

The desktop tells what it sees (``desktop/attention.py``): the user went away (with how long
they were already idle), came back, or something holds reminders (a full-screen window,
notifications paused, a call or a video). This decides what that means for the reminders:

- No reminder to an empty desk: while the user is away nothing shows. A reminder that came
  due while they were away is not shown when they come back: the interval starts again.
- Away for at least ``reminders.away_minutes`` is a natural break: when the user comes back
  the interval starts again, and the break (with its length) is worth keeping. Time without
  input while a full-screen window or a call or video held is no break (watching a film is
  not resting): only what came after the last such hold ended counts, and a return with
  no break behind it changes nothing (the due reminder waits for the hold, then the grace).
- While something holds reminders (and ``reminders.respect_dnd`` is on), a due reminder
  waits. When the hold ends, one reminder comes after a grace of a minute: never a burst,
  never one the moment a call ends.

Every function takes ``now`` (an aware datetime); nothing reads a clock (docs/STYLE.md 3, 4).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from itertools import pairwise

from pause_app.core.reminders import (
    AWAY_MINUTES,
    DEFAULT_AWAY_MINUTES,
    ActiveHours,
    ReminderState,
    _ranges_near,
)

GRACE = timedelta(minutes=1)  # after a hold ends, before a waiting reminder shows
LONGEST_BREAK = timedelta(days=7)  # the longest natural break kept (as an import allows)


class Disturbance(StrEnum):
    """What holds reminders now, as the desktop says it."""

    FULLSCREEN = "fullscreen"  # a window is full screen on the user's screen
    NOTIFICATIONS_OFF = "notifications_off"  # the desktop's do-not-disturb
    INHIBITED = "inhibited"  # another app inhibits idle: a call or a video


# When several hold at once, the tray names the first of these.
NAMED_FIRST = (Disturbance.FULLSCREEN, Disturbance.INHIBITED, Disturbance.NOTIFICATIONS_OFF)
# Holds that mean the user is looking or listening, not resting, while no input comes.
WATCHING = frozenset({Disturbance.FULLSCREEN, Disturbance.INHIBITED})


class Note(StrEnum):
    """What the tray says besides the schedule: why a reminder waits, or that the user
    was away and the interval started again."""

    AWAY = "away"  # waiting until the user is back
    FULLSCREEN = "fullscreen"
    INHIBITED = "inhibited"
    NOTIFICATIONS_OFF = "notifications_off"
    WAS_AWAY = "was_away"  # back from a natural break: the next pause is an interval away


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("moments must be timezone-aware")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Rules:
    """The ``reminders.away_minutes`` and ``reminders.respect_dnd`` settings."""

    away_after: timedelta = timedelta(minutes=DEFAULT_AWAY_MINUTES)
    respect_dnd: bool = True

    @classmethod
    def from_minutes(cls, away_minutes: int, respect_dnd: bool) -> Rules:
        low, high = AWAY_MINUTES
        minutes = min(max(int(away_minutes), low), high)
        return cls(timedelta(minutes=minutes), bool(respect_dnd))


@dataclass(frozen=True)
class Decision:
    """When the reminder shows, or why it waits.

    ``show_at``: aim the timer here (at or before now: show it now); None: nothing to aim
    at, either nothing is due or it waits for the user (``note`` says which)."""

    show_at: datetime | None
    note: Note | None = None


@dataclass(frozen=True)
class Back:
    """What coming back means: the reminder state to go on with, and the natural break's
    length when it was one (None: a short absence)."""

    state: ReminderState
    restarted: bool  # the interval starts again from now
    natural_break: timedelta | None


@dataclass(frozen=True)
class Attention:
    """What the desktop said last."""

    away_since: datetime | None = None  # when the user's idle began (UTC); None: present
    disturbances: frozenset[Disturbance] = frozenset()
    grace_until: datetime | None = None  # a hold ended: a waiting reminder waits until here
    watched_until: datetime | None = None  # a full-screen window or a call held until here

    @property
    def away(self) -> bool:
        return self.away_since is not None

    def went_away(self, now: datetime, idle: timedelta) -> Attention:
        """The desktop says the user is away, ``idle`` already behind them (a locked screen
        may say 0). Said twice, the earlier beginning counts."""
        since = _utc(now) - max(idle, timedelta(0))
        if self.away_since is not None:
            since = min(since, self.away_since)
        return replace(self, away_since=since)

    def came_back(
        self, now: datetime, state: ReminderState, due: datetime | None, rules: Rules
    ) -> tuple[Attention, Back]:
        """Input again (or unlocked). ``due``: when the reminder is due by the schedule now
        (``core.reminders.next_due`` with ``state``). Away for ``rules.away_after`` or more,
        or a reminder came due meanwhile: the interval starts again from now.

        A full-screen window or a call or video that held during the absence was watched,
        not rested from: only the time after it ended is a break; while one still holds
        there is none. Then the interval does not start again either: the reminder due
        meanwhile comes when the hold has ended and its grace passed."""
        now = _utc(now)
        present = replace(self, away_since=None)
        if self.away_since is None:
            return present, Back(state, False, None)
        since = self.away_since
        watched = bool(self.disturbances & WATCHING) or (
            self.watched_until is not None and self.watched_until > since
        )
        if self.disturbances & WATCHING:
            since = now
        elif watched and self.watched_until is not None:
            since = self.watched_until
        length = max(now - since, timedelta(0))
        natural = length >= rules.away_after
        came_due = due is not None and due <= now and not watched
        if not (natural or came_due):
            return present, Back(state, False, None)
        restarted = replace(state, anchor=now, snoozed_until=None)
        return present, Back(restarted, True, length if natural else None)

    def disturbed(self, now: datetime, disturbances: frozenset[Disturbance]) -> Attention:
        """What holds reminders now (empty: nothing). When the last hold ends, the grace
        begins."""
        ended = bool(self.disturbances) and not disturbances
        grace = _utc(now) + GRACE if ended else self.grace_until
        watched = _utc(now) if self.disturbances & WATCHING else self.watched_until
        return replace(
            self,
            disturbances=frozenset(disturbances),
            grace_until=grace,
            watched_until=watched,
        )

    def holding(self, rules: Rules) -> Note | None:
        """Why a reminder would wait now: away, or the first hold the tray names."""
        if self.away:
            return Note.AWAY
        if rules.respect_dnd:
            for disturbance in NAMED_FIRST:
                if disturbance in self.disturbances:
                    return Note(disturbance.value)
        return None


def time_in_hours(hours: ActiveHours, since: datetime, until: datetime, zone: tzinfo) -> timedelta:
    """What is kept of a natural break: the part of ``since``..``until`` inside the one
    stretch of active hours it lies in. An absence that spans a whole gap between two
    stretches (a night, or a lunch between two ranges) is no rest at all: leaving at the end
    of one day and coming back the next morning is a night, not an evening and a morning
    (at most a week is looked at: a break is kept for at most that long)."""
    since, until = _utc(since), _utc(until)
    since = max(since, until - LONGEST_BREAK)
    # The ranges from the day before ``since`` to eight days after it: the whole week.
    ranges = _ranges_near(hours, since, zone)
    for (_start, end), (start, _end) in pairwise(ranges):
        if since <= end and start <= until:  # the gap between them lies inside the absence
            return timedelta(0)
    return sum(
        (max(timedelta(0), min(end, until) - max(start, since)) for start, end in ranges),
        timedelta(0),
    )


def decide(attention: Attention, due: datetime | None, rules: Rules) -> Decision:
    """When the reminder that the schedule has due at ``due`` shows: not while the user is
    away or something holds it (then it waits for the desktop to say otherwise), and not
    within the grace after a hold ended."""
    if due is None:
        return Decision(None)
    held = attention.holding(rules)
    if held is not None:
        return Decision(None, held)
    due = _utc(due)
    grace = attention.grace_until
    if rules.respect_dnd and grace is not None and due < grace:
        return Decision(grace)
    return Decision(due)
