"""Garmin Connect, from its account export: ``UDSFile_*.json`` (in
``DI_CONNECT/DI-Connect-Aggregator``), a list of days with ``calendarDate``,
``totalSteps`` and ``restingHeartRate``. Garmin has already counted each day in the
wearer's local time; a day given twice keeps the larger count. A value that is not a
count is left out and counted, as in every format.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pause_app.storage.steps import fitbit
from pause_app.storage.steps.archive import Member
from pause_app.storage.steps.common import Reading, StepsRefusal, StepsRefused

SOURCE = "garmin"
NAME = re.compile(r"UDSFile.*\.json", re.IGNORECASE | re.ASCII)


def looks_like(member: Member, head: bytes) -> bool:
    """A list of days with ``calendarDate`` and step totals (or in a file named so)."""
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[") or b'"calendarDate"' not in head:
        return False
    return b'"totalSteps"' in head or bool(NAME.fullmatch(member.base))


def _day(value: object, name: str) -> date:
    """``"2024-03-30"``, or older exports' ``{"date": "Mar 30, 2024 12:00:00 AM"}``."""
    if isinstance(value, dict):
        value = value.get("date")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
        try:
            return datetime.strptime(value, "%b %d, %Y %I:%M:%S %p").date()
        except ValueError:
            pass
    raise StepsRefused(StepsRefusal.BROKEN_JSON, name)


def read(members: list[Member], reading: Reading) -> None:
    for index, member in enumerate(members):
        reading.check(index / len(members))
        for entry in fitbit.load_list(member):
            if not isinstance(entry, dict):
                raise StepsRefused(StepsRefusal.BROKEN_JSON, member.base)
            day = _day(entry.get("calendarDate"), member.base)
            if not reading.wanted(day):
                continue
            steps = entry.get("totalSteps")
            if steps is not None and (count := fitbit.number(steps, reading)) is not None:
                reading.steps.add_day(day, round(count), SOURCE)
            resting = entry.get("restingHeartRate")
            if resting is not None and (bpm := fitbit.number(resting, reading)) is not None:
                reading.heart.add_resting(day, bpm)
    reading.check(1.0)
