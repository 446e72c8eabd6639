"""What every step reader shares: the formats, the refusals, what a read gives back, and
the small context a reader reports progress and cancelling through."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, tzinfo
from enum import StrEnum

from pause_app.core.steps import DailyCounter, DayTotal, RestingCounter


class StepFormat(StrEnum):
    AUTO = "auto"
    APPLE_HEALTH = "apple-health"
    GADGETBRIDGE = "gadgetbridge"
    GOOGLE_FIT = "google-fit"
    FITBIT = "fitbit"
    GARMIN = "garmin"


class StepsRefusal(StrEnum):
    """Why a file was not read. Nothing was written in any case."""

    UNREADABLE = "unreadable"  # missing, a folder, no permission; detail: the OS's words
    UNKNOWN_FORMAT = "unknown-format"  # none of the formats Pause reads
    NOT_THIS_FORMAT = "not-this-format"  # --format named one the file is not; detail: format
    DAMAGED_ZIP = "damaged-zip"
    TOO_BIG = "too-big"  # a zip that unpacks to more than Pause will read (a zip bomb)
    BROKEN_XML = "broken-xml"  # truncated or malformed; detail: the parser's line
    XML_ENTITIES = "xml-entities"  # a DTD or entity declarations: refused, never expanded
    NOT_GADGETBRIDGE = "not-gadgetbridge"  # a database without step sample tables
    DAMAGED_DATABASE = "damaged-database"
    NO_STEP_COLUMN = "no-step-column"  # a CSV without "Step count"; detail: the file's name
    BROKEN_JSON = "broken-json"  # detail: the file's name
    JSON_TOO_BIG = "json-too-big"  # a JSON file above MAX_JSON_BYTES; detail: its name
    NO_STEPS = "no-steps"  # no steps (after --since); detail: records not a count, if any


class StepsRefused(Exception):
    """The file cannot be read as steps; ``reason`` and ``detail`` say why in words
    (text/steps_words.refusal)."""

    def __init__(self, reason: StepsRefusal, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


class StepsCancelled(Exception):
    """The user cancelled while the file was read; nothing was written."""


@dataclass(frozen=True)
class StepsRead:
    """What a file holds: per local day the largest source's steps, and resting bpm per day."""

    format: StepFormat
    days: tuple[DayTotal, ...]
    heart: tuple[tuple[date, int], ...] = ()
    skipped: int = 0
    """Records left out because their value is not a step count (-500, "abc", 10**30)."""

    @property
    def first(self) -> date | None:
        return self.days[0].day if self.days else None

    @property
    def last(self) -> date | None:
        return self.days[-1].day if self.days else None

    @property
    def total_steps(self) -> int:
        return sum(day.steps for day in self.days)


MAX_SOURCE = 120
"""A source's name as stored (``apple-health:Anna's iPhone``): printable, and short."""


def clean_source(name: str) -> str:
    """A device's name from the file, fit to store and to export again: control characters
    become spaces, and it is cut to ``MAX_SOURCE`` characters."""
    printable = "".join(ch if ch.isprintable() else " " for ch in name)
    return " ".join(printable.split())[:MAX_SOURCE] or "?"


CHECK_EVERY = 4096
"""Records between two looks at progress and Cancel: often enough to feel instant."""


class Reading:
    """One read under way: where it is, whether it was cancelled, and what it has counted."""

    def __init__(
        self,
        zone: tzinfo,
        since: date | None,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.zone = zone
        self.since = since
        self._progress = progress
        self._cancelled = cancelled
        self.steps = DailyCounter()
        self.heart = RestingCounter()
        self._last = -1.0
        self.skipped = 0
        """Records whose value is not a count: left out, and said in the preview."""

    def wanted(self, day: date) -> bool:
        return self.since is None or day >= self.since

    def check(self, fraction: float | None = None) -> None:
        """Report progress (0..1, only forwards) and raise StepsCancelled if asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise StepsCancelled()
        if fraction is not None and self._progress is not None:
            fraction = min(1.0, max(0.0, fraction))
            if fraction >= self._last + 0.005 or (fraction == 1.0 and self._last < 1.0):
                self._last = fraction
                self._progress(fraction)

    def result(self, fmt: StepFormat) -> StepsRead:
        days = tuple(
            DayTotal(d.day, d.steps, clean_source(d.source))
            for d in self.steps.totals()
            if self.wanted(d.day)
        )
        heart = tuple((day, bpm) for day, bpm in self.heart.per_day() if self.wanted(day))
        if not days and not heart:
            raise StepsRefused(StepsRefusal.NO_STEPS, str(self.skipped) if self.skipped else "")
        return StepsRead(fmt, days, heart, self.skipped)
