"""Domain records shared by the core, the storage layer and the UI.

Plain frozen dataclasses and string Enums whose values are what the database
and the export files hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum


class Felt(StrEnum):
    """How an attempt felt (docs/PACING.md)."""

    GOOD = "good"
    OK = "ok"
    TIRED = "tired"
    CRASH = "crash"


class SessionKind(StrEnum):
    PAUSE = "pause"
    BREATHING = "breathing"


class SessionEnd(StrEnum):
    FINISHED = "finished"
    STOPPED_EARLY = "stopped_early"
    INTERRUPTED = "interrupted"


class Rating(StrEnum):
    BETTER = "better"
    SAME = "same"
    TOO_MUCH = "too_much"


class ReminderOutcome(StrEnum):
    """What became of a reminder. Missed is kept without reproach: only to see patterns."""

    STARTED = "started"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    MISSED = "missed"
    AWAY = "away"  # no reminder: the user was away long enough, a natural break


class ChangeReason(StrEnum):
    """Why a target changed."""

    CREATED = "created"
    MANUAL = "manual"
    OFFER_ACCEPTED = "offer_accepted"
    AFTER_CRASH = "after_crash"


@dataclass(frozen=True)
class Moment:
    """A moment as it is stored: UTC, plus the local date and offset the user lived it in."""

    utc: datetime
    local_date: date
    utc_offset_minutes: int

    @classmethod
    def from_aware(cls, moment: datetime) -> Moment:
        """Build from a timezone-aware datetime in the user's local zone."""
        offset = moment.utcoffset()
        if offset is None:
            raise ValueError("moment must be timezone-aware")
        return cls(
            utc=moment.astimezone(UTC),
            local_date=moment.date(),
            utc_offset_minutes=int(offset / timedelta(minutes=1)),
        )

    def on_day(self, day: date) -> Moment:
        """The same moment of entry, counted on another (earlier) local day."""
        return Moment(self.utc, day, self.utc_offset_minutes)


@dataclass(frozen=True)
class NewActivity:
    name: str
    unit: str
    target: int
    step_percent: float = 2.0
    started_on: date | None = None
    derived_from: int | None = None


@dataclass(frozen=True)
class Activity:
    id: int
    name: str
    unit: str
    target: int
    step_percent: float
    maintenance: bool
    archived: bool
    derived_from: int | None
    started_on: date
    created_utc: datetime


@dataclass(frozen=True)
class Attempt:
    id: int
    activity_id: int
    amount: int
    felt: Felt | None
    """None: not said (a log imported from a phone or a watch, until the user says)."""
    note: str
    logged_utc: datetime
    local_date: date
    utc_offset_minutes: int
    source: str = ""
    """Where an imported log came from, e.g. ``apple-health:iPhone``; '' for a typed log."""

    @property
    def imported(self) -> bool:
        return bool(self.source)


@dataclass(frozen=True)
class HeartRate:
    """Resting heart rate on one local day, as a phone or a watch measured it."""

    local_date: date
    bpm: int
    source: str


@dataclass(frozen=True)
class TargetChange:
    id: int
    activity_id: int
    old_target: int | None
    new_target: int
    reason: ChangeReason
    changed_utc: datetime
    local_date: date
    utc_offset_minutes: int


@dataclass(frozen=True)
class NewSession:
    kind: SessionKind
    pattern: str
    planned_seconds: float
    actual_seconds: float
    ended: SessionEnd
    rating: Rating | None = None


@dataclass(frozen=True)
class Session:
    id: int
    kind: SessionKind
    pattern: str
    planned_seconds: float
    actual_seconds: float
    ended: SessionEnd
    rating: Rating | None
    started_utc: datetime
    local_date: date
    utc_offset_minutes: int


@dataclass(frozen=True)
class DayTotal:
    """Calm breathing on one local day: its seconds and the number of sessions."""

    day: date
    seconds: float
    sessions: int


@dataclass(frozen=True)
class Reminder:
    id: int
    outcome: ReminderOutcome
    answered_utc: datetime  # for ``away``: when the user came back
    local_date: date
    utc_offset_minutes: int
    away_seconds: float | None = None  # ``away`` only: how long the natural break lasted


class Symptoms(StrEnum):
    """How bad the symptoms are today (the daily check-in, docs/PACING.md)."""

    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    VERY_SEVERE = "very-severe"


@dataclass(frozen=True)
class NewCheckIn:
    """One day's check-in as the user gave it; every part but the day is optional.

    ``energy`` is the energy the user has today and ``spent`` what the day took, both 0-10
    (the energy envelope); ``sleep`` is last night, 1-5."""

    day: date
    energy: int | None = None
    spent: int | None = None
    sleep: int | None = None
    symptoms: Symptoms | None = None
    note: str = ""


@dataclass(frozen=True)
class CheckIn(NewCheckIn):
    """A stored check-in: at most one a day; saving again edits it."""

    id: int = 0
    saved_utc: datetime = datetime.min
    utc_offset_minutes: int = 0

    @property
    def outside_envelope(self) -> bool:
        """The day took more than the user had."""
        return self.energy is not None and self.spent is not None and self.spent > self.energy

    @property
    def severe(self) -> bool:
        return self.symptoms in (Symptoms.SEVERE, Symptoms.VERY_SEVERE)
