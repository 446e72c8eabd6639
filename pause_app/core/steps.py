"""Steps per local day, from what a phone, a watch or a band counted (docs/STEPS.md).

Pure: records in, one total a day out. The rules:

- A record counts on the local day it *started*, in the offset it carries (or the user's
  zone where the format has no offset): a walk from 23:50 to 00:10 belongs to the evening.
- Each source (a phone, a watch) is summed on its own; a day's total is the largest
  source's total, never the sum: two devices on the same walk would count it twice.
- The same record twice (same source, start, end and count) counts once.
- Resting heart rate from samples (a band's per-minute readings): a low percentile of the
  day's readings; 0 and 255 are a band's way of saying "no reading", never a heart rate.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

RESTING_PERCENTILE = 10
"""Resting heart rate from samples: the day's 10th percentile (calm minutes, not sleep's lowest)."""
LOWEST_BPM = 25
HIGHEST_BPM = 250
"""Readings outside these are not a heart rate (0 and 255 mean "no reading")."""
MIN_SAMPLES_FOR_RESTING = 30
"""Fewer readings than this on a day give no resting heart rate: too little to say."""


@dataclass(frozen=True)
class StepRecord:
    """Steps a source counted from ``start`` (aware; its offset decides the day) to ``end``."""

    source: str
    start: datetime
    steps: int
    end: datetime | None = None


STEP_UNITS = frozenset({"steps", "step", "stappen", "stap"})
"""The units that mean an activity is counted in steps, in English and Dutch."""


def is_step_unit(unit: str, also: Iterable[str] = ()) -> bool:
    """An activity counted in steps, and so one that steps from a device can go into: its
    unit is one of ``STEP_UNITS`` or ``also`` (the word in the language in use), whatever
    the case and the spaces around it. The one rule for the command line and the window."""
    known = STEP_UNITS | {word.strip().casefold() for word in also}
    return unit.strip().casefold() in known


@dataclass(frozen=True)
class DayTotal:
    """One local day's steps: the largest source's total, and that source."""

    day: date
    steps: int
    source: str


class _Seen:
    """The records seen so far, as 8-byte hashes in one flat table (open addressing): a
    million records take 16 MiB here, where a set of ints would take about 90."""

    def __init__(self) -> None:
        self._table = array("q", bytes(8 * 1024))
        self._mask = 1023
        self._count = 0

    def add(self, key: int) -> bool:
        """True if ``key`` is new (and now seen)."""
        key = key or 1  # 0 marks an empty slot
        table, mask = self._table, self._mask
        slot = key & mask
        while True:
            found = table[slot]
            if found == 0:
                break
            if found == key:
                return False
            slot = (slot + 1) & mask
        table[slot] = key
        self._count += 1
        if self._count * 2 > mask:
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._table
        self._table = array("q", bytes(16 * len(old)))
        self._mask = 2 * len(old) - 1
        table, mask = self._table, self._mask
        for key in old:
            if key:
                slot = key & mask
                while table[slot]:
                    slot = (slot + 1) & mask
                table[slot] = key


class DailyCounter:
    """Adds records one at a time; memory grows with days times sources (plus one small
    number a record, to notice the same record twice), not with the file."""

    def __init__(self) -> None:
        self._sums: dict[tuple[date, str], int] = defaultdict(int)
        self._daily: dict[tuple[date, str], int] = {}
        self._seen = _Seen()

    def add(self, record: StepRecord) -> None:
        """A record of some minutes; counted on the local day it started."""
        if record.start.utcoffset() is None:
            raise ValueError("a step record's start must carry its offset")
        self.add_on(record.start.date(), record.source, record.steps, (record.start, record.end))

    def add_on(self, day: date, source: str, steps: int, identity: Hashable | None = None) -> None:
        """Steps counted on ``day`` (the local day the record started). ``identity`` (its
        start and end, as the file gave them) notices the same record given twice."""
        if steps <= 0:
            return
        if identity is not None and not self._seen.add(hash((source, identity, steps))):
            return
        self._sums[(day, source)] += steps

    def add_day(self, day: date, steps: int, source: str) -> None:
        """A whole day's total as the source gave it (Google Fit, Garmin); the same day given
        twice keeps the larger count, never the sum."""
        if steps <= 0:
            return
        key = (day, source)
        self._daily[key] = max(self._daily.get(key, 0), steps)

    def totals(self) -> list[DayTotal]:
        """Per day, the largest source's total (ties: the source first by name), by day."""
        per_source: dict[tuple[date, str], int] = dict(self._sums)
        for key, steps in self._daily.items():
            per_source[key] = max(per_source.get(key, 0), steps)
        best: dict[date, tuple[int, str]] = {}
        for (day, source), steps in per_source.items():
            old = best.get(day)
            if old is None or steps > old[0] or (steps == old[0] and source < old[1]):
                best[day] = (steps, source)
        return [DayTotal(day, steps, source) for day, (steps, source) in sorted(best.items())]


def daily_totals(records: Iterable[StepRecord]) -> list[DayTotal]:
    """Per local day the largest source's total (the module's rules), by day."""
    counter = DailyCounter()
    for record in records:
        counter.add(record)
    return counter.totals()


class RestingCounter:
    """Resting heart rate per day: a day's own value where the source gives one (the lowest
    if it gives several), else a low percentile of the day's samples."""

    def __init__(self) -> None:
        self._given: dict[date, int] = {}
        self._samples: dict[date, list[int]] = {}

    def add_resting(self, day: date, bpm: float) -> None:
        value = round(bpm)
        if not LOWEST_BPM <= value <= HIGHEST_BPM:
            return
        old = self._given.get(day)
        self._given[day] = value if old is None else min(old, value)

    def add_sample(self, day: date, bpm: int, count: int = 1) -> None:
        """``count`` readings of ``bpm`` on ``day`` (a band's per-minute heart rate)."""
        if not LOWEST_BPM <= bpm <= HIGHEST_BPM or count <= 0:
            return
        counts = self._samples.get(day)
        if counts is None:
            counts = self._samples[day] = [0] * (HIGHEST_BPM + 1)
        counts[bpm] += count

    def per_day(self) -> list[tuple[date, int]]:
        result = dict(self._given)
        for day, counts in self._samples.items():
            if day in result:
                continue
            total = sum(counts)
            if total < MIN_SAMPLES_FOR_RESTING:
                continue
            wanted = max(1, (total * RESTING_PERCENTILE + 99) // 100)
            seen = 0
            for bpm, count in enumerate(counts):
                seen += count
                if seen >= wanted:
                    result[day] = bpm
                    break
        return sorted(result.items())
