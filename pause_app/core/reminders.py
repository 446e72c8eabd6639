"""The reminder schedule: when the next gentle "time for a pause?" is due. Pure.

- The interval counts real elapsed time (UTC) from an anchor: the last reminder, or when
  counting started (the app started, reminders were turned back on).
- Active hours are local wall time per weekday, so 09:00-21:00 stays 09:00-21:00 across a
  daylight-saving change. The first reminder of a range comes one interval after it begins:
  a calm start, not a reminder at 09:00 sharp. A range shorter than the interval gets one
  reminder, in its middle.
- A due moment that has passed (the computer slept through it, maybe through several)
  means one reminder now, if now is inside the active hours: never a burst.
- A clock set back never makes the wait longer than one interval.
- A snooze ends with a reminder; a pause ends by itself and the count starts again.

Every function takes ``now`` (an aware datetime) and the user's zone; nothing reads a clock.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum
from typing import Protocol

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DUTCH_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
_DAY_NAMES = {
    **{n: i for i, n in enumerate(WEEKDAYS)},
    **{n: i for i, n in enumerate(_DUTCH_WEEKDAYS)},
}
SNOOZE_MINUTES = (15, 30, 60)
SNOOZE_FROM_REMINDER = SNOOZE_MINUTES[0]  # a reminder's own "In 15 minutes"
PAUSED_MANUAL = "manual"  # the ``reminders.paused_until`` value for "until I turn them back on"
# A pause that ends is a moment in this window (far from the calendar's ends, so counting on
# from it never overflows); one set by the user ends at most LONGEST_PAUSE from then.
EARLIEST_PAUSE_END = datetime(2000, 1, 1, tzinfo=UTC)
LATEST_PAUSE_END = datetime(2999, 12, 31, tzinfo=UTC)
LONGEST_PAUSE = timedelta(days=366)
MINUTES_PER_DAY = 24 * 60
# ``reminders.adapt_to_energy``: on a day whose check-in energy is this or lower, pauses come
# at two thirds of the interval, never more often than every SHORTEST_ADAPTED.
LOW_ENERGY = 3
SHORTEST_ADAPTED = timedelta(minutes=20)
_LOOK_AHEAD_DAYS = 8
# ``reminders.away_minutes`` (core/attention.py): away this long is a natural break. Here,
# where the settings find it without loading the attention rules, which come with reminders.
AWAY_MINUTES = (1, 60)
DEFAULT_AWAY_MINUTES = 5

Range = tuple[int, int]  # minutes since local midnight: start (0..1439) and end (1..1440)


class PauseLength(Enum):
    ONE_HOUR = "1h"
    TWO_HOURS = "2h"
    UNTIL_TOMORROW = "tomorrow"
    UNTIL_RESUMED = "resumed"


class StatusKind(Enum):
    ACTIVE = "active"  # the next reminder is counted down
    OUTSIDE_HOURS = "outside_hours"  # now is outside the active hours; the next comes later
    SNOOZED = "snoozed"
    PAUSED = "paused"  # until a moment
    PAUSED_UNTIL_RESUMED = "paused_until_resumed"
    OFF = "off"  # turned off, or no active hours on any day


@dataclass(frozen=True)
class Status:
    kind: StatusKind
    moment: datetime | None  # the next reminder, or when a snooze or pause ends (UTC)


@dataclass(frozen=True)
class ActiveHours:
    """Per weekday (Monday first), the ranges in which reminders may come."""

    days: tuple[tuple[Range, ...], ...]

    @classmethod
    def every_day(cls, *ranges: Range) -> ActiveHours:
        return cls(tuple(tuple(ranges) for _ in WEEKDAYS))

    def on(self, day: date) -> tuple[Range, ...]:
        return self.days[day.weekday()]

    def any(self) -> bool:
        return any(self.days)


DEFAULT_HOURS = ActiveHours.every_day((9 * 60, 21 * 60))

_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def _minutes(text: str) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(f"{text.strip()!r} is not a time like 09:00")
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"{text.strip()!r} is not a time of day")
    return hours * 60 + minutes


def _ranges(text: str) -> tuple[Range, ...]:
    found: list[Range] = []
    for part in text.split(","):
        if part.count("-") != 1:
            raise ValueError(f"{part.strip()!r} is not a range like 09:00-21:00")
        start_text, end_text = part.split("-")
        start, end = _minutes(start_text), _minutes(end_text)
        if start >= end:
            raise ValueError(f"{part.strip()!r} ends before it starts")
        found.append((start, end))
    found.sort()
    for (_, end), (start, _) in itertools.pairwise(found):
        if start < end:
            raise ValueError("the ranges overlap")
    return tuple(found)


def _days(text: str) -> list[int]:
    chosen: list[int] = []
    for part in text.split(","):
        names = [name.strip().lower()[:3].rstrip(".") for name in part.split("-")]
        try:
            numbers = [_DAY_NAMES[name if name in _DAY_NAMES else name[:2]] for name in names]
        except KeyError:
            raise ValueError(f"{part.strip()!r} is not a weekday like mon or mon-fri") from None
        if len(numbers) == 1:
            chosen.append(numbers[0])
        elif len(numbers) == 2:
            first, last = numbers
            span = (last - first) % 7
            chosen.extend((first + n) % 7 for n in range(span + 1))
        else:
            raise ValueError(f"{part.strip()!r} is not a weekday like mon or mon-fri")
    return chosen


def parse_active_hours(text: str) -> ActiveHours:
    """``09:00-21:00`` (every day) or ``mon-fri 09:00-12:00,13:30-21:00; sat,sun 10:00-20:00``
    (days not named get no reminders). Dutch day names (ma, di, ...) are understood too."""
    groups = [group.strip() for group in text.split(";") if group.strip()]
    if not groups:
        raise ValueError("no hours given")
    days: list[tuple[Range, ...]] = [()] * 7
    named: set[int] = set()
    for group in groups:
        if group[0].isdigit():
            if len(groups) > 1:
                raise ValueError("name the days of each group, like mon-fri 09:00-17:00")
            return ActiveHours.every_day(*_ranges(group))
        day_text, _, range_text = group.partition(" ")
        if not range_text.strip():
            raise ValueError(f"{group!r} has no hours, like mon-fri 09:00-17:00")
        ranges = _ranges(range_text)
        for day in _days(day_text):
            if day in named:
                raise ValueError(f"{WEEKDAYS[day]} is named twice")
            named.add(day)
            days[day] = ranges
    return ActiveHours(tuple(days))


def past_midnight(text: str) -> bool:
    """Whether hours text has a range that ends before it starts, at most half a day after
    it, like 22:00-02:00: hours past midnight, which are two ranges here
    (22:00-24:00,00:00-02:00). A start moved past its end (22:00-21:00) is not one."""
    for part in re.split(r"[,; ]", text):
        if part.count("-") != 1:
            continue
        try:
            start, end = (_minutes(time) for time in part.split("-"))
        except ValueError:
            continue
        if end < start and end + MINUTES_PER_DAY - start <= MINUTES_PER_DAY // 2:
            return True
    return False


def _time_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_active_hours(hours: ActiveHours) -> str:
    """The canonical text: ``09:00-21:00`` when every day is the same, else day groups."""

    def ranges_text(ranges: tuple[Range, ...]) -> str:
        return ",".join(f"{_time_text(s)}-{_time_text(e)}" for s, e in ranges)

    if all(day == hours.days[0] for day in hours.days) and hours.days[0]:
        return ranges_text(hours.days[0])
    groups: list[str] = []
    index = 0
    while index < 7:
        ranges = hours.days[index]
        last = index
        while last + 1 < 7 and hours.days[last + 1] == ranges:
            last += 1
        if ranges:
            days = WEEKDAYS[index] if last == index else f"{WEEKDAYS[index]}-{WEEKDAYS[last]}"
            groups.append(f"{days} {ranges_text(ranges)}")
        index = last + 1
    return "; ".join(groups)


class _Values(Protocol):
    def __getitem__(self, key: str) -> bool | int | str: ...


@dataclass(frozen=True)
class Schedule:
    enabled: bool = True
    interval: timedelta = timedelta(minutes=90)
    hours: ActiveHours = DEFAULT_HOURS
    adapt_to_energy: bool = False

    @classmethod
    def from_settings(cls, settings: _Values) -> Schedule:
        """From the ``reminders.*`` settings."""
        return cls(
            enabled=bool(settings["reminders.enabled"]),
            interval=timedelta(minutes=int(settings["reminders.interval_minutes"])),
            hours=parse_active_hours(str(settings["reminders.active_hours"])),
            adapt_to_energy=bool(settings["reminders.adapt_to_energy"]),
        )

    def for_energy(self, energy: int | None) -> Schedule:
        """The schedule on a day with this check-in energy (None: no check-in): with
        ``adapt_to_energy`` on, its interval is ``interval_for`` it; otherwise unchanged."""
        if not self.adapt_to_energy:
            return self
        return replace(self, interval=interval_for(self.interval, energy))


def interval_for(interval: timedelta, energy: int | None) -> timedelta:
    """The interval on a day with this check-in energy: on a low-energy day (0-3) two thirds
    of the usual one, never below SHORTEST_ADAPTED and never above the usual; any other
    energy, or no check-in, leaves it as it is."""
    if energy is None or energy > LOW_ENERGY:
        return interval
    return min(interval, max(interval * 2 / 3, SHORTEST_ADAPTED))


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("moments must be timezone-aware")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class ReminderState:
    anchor: datetime  # the interval counts from here (UTC)
    snoozed_until: datetime | None = None
    paused_until: datetime | None = None
    paused_until_resumed: bool = False

    @classmethod
    def started(cls, now: datetime) -> ReminderState:
        return cls(anchor=_utc(now))

    def shown(self, now: datetime) -> ReminderState:
        """A reminder was shown (or counted as shown): the next one is an interval later."""
        return replace(self, anchor=_utc(now), snoozed_until=None)

    def snooze(self, now: datetime, minutes: int) -> ReminderState:
        if minutes not in SNOOZE_MINUTES:
            raise ValueError(f"a snooze is {SNOOZE_MINUTES} minutes")
        return replace(self, snoozed_until=_utc(now) + timedelta(minutes=minutes))

    def pause(self, now: datetime, length: PauseLength, zone: tzinfo) -> ReminderState:
        now = _utc(now)
        if length is PauseLength.UNTIL_RESUMED:
            return replace(self, snoozed_until=None, paused_until=None, paused_until_resumed=True)
        if length is PauseLength.UNTIL_TOMORROW:
            tomorrow = now.astimezone(zone).date() + timedelta(days=1)
            until = _local(tomorrow, 0, zone)
        else:
            until = now + timedelta(hours=1 if length is PauseLength.ONE_HOUR else 2)
        return replace(self, snoozed_until=None, paused_until=until, paused_until_resumed=False)

    def resume(self, now: datetime) -> ReminderState:
        """Reminders back on: the count starts again from now."""
        return ReminderState.started(now)

    def paused_setting(self) -> str:
        """What ``reminders.paused_until`` keeps, so a pause outlives a restart."""
        if self.paused_until_resumed:
            return PAUSED_MANUAL
        if self.paused_until is not None:
            return moment_text(self.paused_until)
        return ""

    def with_paused_setting(self, text: str) -> ReminderState:
        """The pause from the setting: any text at all; one that is not a pause (or ends
        outside the sensible window) means not paused."""
        try:
            until = parse_paused_until(text)
        except (ValueError, OverflowError):
            until = None
        if until == PAUSED_MANUAL:
            return replace(self, paused_until=None, paused_until_resumed=True)
        if isinstance(until, datetime):
            if until == self.paused_until and not self.paused_until_resumed:
                return self
            return replace(self, paused_until=until, paused_until_resumed=False)
        if self.paused_until is None and not self.paused_until_resumed:
            return self
        return replace(self, paused_until=None, paused_until_resumed=False)


def moment_text(moment: datetime) -> str:
    return _utc(moment).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_paused_until(text: str, now: datetime | None = None) -> datetime | str | None:
    """``""`` (not paused) -> None, ``manual`` -> ``PAUSED_MANUAL``, or a UTC moment like
    ``2026-11-25T16:00:00Z`` from 2000 to 2999 (and, given ``now``, at most LONGEST_PAUSE
    after it); anything else raises ValueError."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if cleaned.lower() == PAUSED_MANUAL:
        return PAUSED_MANUAL
    if not cleaned.endswith("Z"):
        raise ValueError("a moment in UTC ends with Z, like 2026-11-25T16:00:00Z")
    until = datetime.fromisoformat(cleaned[:-1] + "+00:00").astimezone(UTC)
    if not EARLIEST_PAUSE_END <= until <= LATEST_PAUSE_END:
        raise ValueError("a pause ends between the years 2000 and 2999")
    if now is not None and until > _utc(now) + LONGEST_PAUSE:
        raise ValueError("a pause ends within a year")
    return until


def _local(day: date, minutes: int, zone: tzinfo) -> datetime:
    """Local wall time on ``day`` (24:00 is the next midnight), as UTC. A time that does not
    exist (the hour skipped in spring) lands just after the jump."""
    extra, minutes = divmod(minutes, MINUTES_PER_DAY)
    wall = datetime.combine(day + timedelta(days=extra), time(minutes // 60, minutes % 60))
    return wall.replace(tzinfo=zone).astimezone(UTC)


def _ranges_near(
    hours: ActiveHours, moment: datetime, zone: tzinfo
) -> list[tuple[datetime, datetime]]:
    """The active ranges as UTC moments, from the day before ``moment`` to a week after."""
    first = moment.astimezone(zone).date() - timedelta(days=1)
    found: list[tuple[datetime, datetime]] = []
    for offset in range(_LOOK_AHEAD_DAYS + 1):
        day = first + timedelta(days=offset)
        for start, end in hours.on(day):
            begin, finish = _local(day, start, zone), _local(day, end, zone)
            if found and begin <= found[-1][1]:  # 22:00-24:00 then 00:00-02:00: one evening
                found[-1] = (found[-1][0], max(finish, found[-1][1]))
            else:
                found.append((begin, finish))
    return found


def in_active_hours(hours: ActiveHours, moment: datetime, zone: tzinfo) -> bool:
    moment = _utc(moment)
    return any(start <= moment < end for start, end in _ranges_near(hours, moment, zone))


def _first_in(start: datetime, end: datetime, interval: timedelta) -> datetime:
    """The first reminder of a range: an interval after it begins, or its middle if short."""
    first = start + interval
    return first if first < end else start + (end - start) / 2


def _fit(
    hours: ActiveHours, anchor: datetime, candidate: datetime, interval: timedelta, zone: tzinfo
) -> datetime | None:
    """``candidate`` if it is inside the active hours and the count began inside them too;
    else the first reminder of the range the count (re)starts in."""
    ranges = _ranges_near(hours, candidate, zone)
    for start, end in ranges:
        if start <= candidate < end:
            return candidate if anchor >= start else _first_in(start, end, interval)
    for start, end in ranges:
        if start > candidate:
            return _first_in(start, end, interval)
    return None


def next_due(
    schedule: Schedule, state: ReminderState, now: datetime, zone: tzinfo
) -> datetime | None:
    """When the next reminder should show (UTC): at or before ``now`` means show one now.
    None: no reminder will come (turned off, paused until resumed, no active hours)."""
    now = _utc(now)
    if not schedule.enabled or state.paused_until_resumed or not schedule.hours.any():
        return None
    anchor = min(state.anchor, now)  # a clock set back never stretches the wait
    if state.paused_until is not None:
        anchor = max(anchor, state.paused_until)  # after a pause the count starts again
    candidate = anchor + schedule.interval
    if state.snoozed_until is not None:
        # A snooze that ended means: now. One still running ends when it said, but never
        # later than the longest snooze from now (the clock may have been set back).
        longest = now + timedelta(minutes=max(SNOOZE_MINUTES))
        candidate = (
            min(candidate, state.snoozed_until)
            if state.snoozed_until <= now
            else min(state.snoozed_until, longest)
        )
    candidate = max(candidate, now)  # passed, maybe several times while asleep: one, now
    return _fit(schedule.hours, anchor, candidate, schedule.interval, zone)


def status(schedule: Schedule, state: ReminderState, now: datetime, zone: tzinfo) -> Status:
    """What the tray says: the next reminder, or why none comes and until when."""
    now = _utc(now)
    if not schedule.enabled:
        return Status(StatusKind.OFF, None)
    if state.paused_until_resumed:
        return Status(StatusKind.PAUSED_UNTIL_RESUMED, None)
    if state.paused_until is not None and state.paused_until > now:
        return Status(StatusKind.PAUSED, state.paused_until)
    if state.snoozed_until is not None and state.snoozed_until > now:
        return Status(StatusKind.SNOOZED, state.snoozed_until)
    due = next_due(schedule, state, now, zone)
    if due is None:
        return Status(StatusKind.OFF, None)
    if not in_active_hours(schedule.hours, now, zone):
        return Status(StatusKind.OUTSIDE_HOURS, due)
    return Status(StatusKind.ACTIVE, due)
