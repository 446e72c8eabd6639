"""Apple Health: ``export.zip``, or the ``export.xml`` inside it.

The file can be gigabytes, so it is streamed (``iterparse``), each element cleared once
read: memory stays flat. A real export carries a DTD of element and attribute lists, which
is fine; an entity declaration (the way to a "billion laughs" or to reading other files) or
a reference to anything outside the file is refused, through ``defusedxml``.

Read: ``Record`` elements of type StepCount (``sourceName``, ``startDate`` with its UTC
offset, ``endDate``, ``value``) and RestingHeartRate. A record counts on the local day it
started, in the offset it carries: its date as written. A record whose value is not a
count (``-500``, ``1e30``, ``abc``) or whose day is not a date is left out and counted
(the preview says how many); the rest of the export still counts.
"""

from __future__ import annotations

import io
import math
from datetime import date
from typing import IO
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from pause_app.storage.steps.archive import Member
from pause_app.storage.steps.common import CHECK_EVERY, Reading, StepsRefusal, StepsRefused

STEPS = "HKQuantityTypeIdentifierStepCount"
RESTING = "HKQuantityTypeIdentifierRestingHeartRate"
SOURCE = "apple-health"
NAMES = ("export.xml",)
NOT_THESE = ("export_cda.xml",)  # the clinical document beside it: no steps
MAX_COUNT = 1_000_000  # steps in one record; more is not a count (validation.MAX_AMOUNT)


def looks_like(member: Member, head: bytes) -> bool:
    if member.base.lower() in NOT_THESE:
        return False
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and b"HealthData" in head


def pick(members: list[Member], heads: dict[str, bytes]) -> list[Member]:
    """The export file(s) to read: ``export.xml`` where there is one, else any that look it."""
    found = [m for m in members if looks_like(m, heads.get(m.name, b""))]
    named = [m for m in found if m.base.lower() in NAMES]
    return named or found


class _Progress(io.RawIOBase):
    """The stream, telling how far into it the parser is."""

    def __init__(self, inner: IO[bytes], size: int, reading: Reading, done: int, total: int):
        self._inner = inner
        self._reading = reading
        self._done = done
        self._total = max(total, 1)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        self._done += len(data)
        buffer[: len(data)] = data
        self._reading.check(self._done / self._total)
        return len(data)


def read(members: list[Member], reading: Reading) -> None:
    total = sum(m.size for m in members)
    done = 0
    for member in members:
        with member.open() as stream:
            _read_one(_Progress(stream, member.size, reading, done, total), reading)
        done += member.size


def _read_one(stream: io.RawIOBase, reading: Reading) -> None:
    since = reading.since.isoformat() if reading.since else ""
    steps, heart = reading.steps, reading.heart
    days: dict[str, date] = {}
    count = 0
    depth = 0
    root = None
    try:
        events = safe_xml.iterparse(
            io.BufferedReader(stream, 1024 * 1024),
            events=("start", "end"),
            forbid_dtd=False,  # a real export has one: element lists, no entities
            forbid_entities=True,
            forbid_external=True,
        )
        for event, element in events:
            if event == "start":
                if root is None:
                    root = element
                depth += 1
                continue
            depth -= 1
            if depth != 1:
                continue  # inside a record (its metadata), or the end of the document
            if element.tag == "Record":
                kind = element.get("type")
                if kind in (STEPS, RESTING):
                    start = element.get("startDate") or ""
                    text = start[:10]
                    if text >= since:
                        day = days.get(text) or _day(text)
                        value = _number(element.get("value"))
                        if day is None or value is None or not 0 <= value <= MAX_COUNT:
                            reading.skipped += 1  # not a date, or not a count: left out
                        elif kind == STEPS:
                            days[text] = day
                            steps.add_on(
                                day,
                                f"{SOURCE}:{element.get('sourceName') or '?'}",
                                round(value),
                                (start, element.get("endDate")),
                            )
                        else:
                            days[text] = day
                            heart.add_resting(day, value)
                count += 1
                if count % CHECK_EVERY == 0:
                    reading.check()
            element.clear()
            if root is not None:
                root.clear()  # what was read of the document so far, gone
    except DefusedXmlException as error:
        raise StepsRefused(StepsRefusal.XML_ENTITIES, type(error).__name__) from None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise StepsRefused(StepsRefusal.BROKEN_XML, f"{line}:{column}") from None
    if root is None or root.tag != "HealthData":
        raise StepsRefused(StepsRefusal.NOT_THIS_FORMAT, SOURCE)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _number(text: str | None) -> float | None:
    """The record's value, or None where it is not a finite number."""
    try:
        value = float(text or "")
    except ValueError:
        return None
    return value if math.isfinite(value) else None
