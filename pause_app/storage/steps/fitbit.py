"""Fitbit, from Google Takeout (or Fitbit's own account export): ``steps-YYYY-MM-DD.json``,
a list of ``{"dateTime": "MM/DD/YY HH:MM:SS", "value": "12"}``, one a minute, in the local
time the tracker kept: the date as written is the day. ``resting_heart_rate-*.json`` gives
a value a day (``{"value": {"value": 58.2, ...}}``; 0 means not measured). Each file is one
month, small enough to read whole; a minute found twice (files that overlap) counts once.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from pause_app.storage.steps.archive import Member
from pause_app.storage.steps.common import Reading, StepsRefusal, StepsRefused

SOURCE = "fitbit"
MAX_COUNT = 1_000_000  # in one entry; more is not a count (validation.MAX_AMOUNT)
MAX_FILE_BYTES = 32 * 1024 * 1024
"""A file is read whole: a real one is a month (Fitbit) or about 100 days (Garmin), a few
MiB; anything above this is refused by name, so memory stays small."""
STEPS_NAME = re.compile(r"steps-\d{4}-\d{2}-\d{2}\.json", re.IGNORECASE | re.ASCII)
RESTING_NAME = re.compile(r"resting_heart_rate-.*\.json", re.IGNORECASE | re.ASCII)
_TIME = re.compile(rb'^\s*\[\s*\{\s*"dateTime"\s*:\s*"\d{2}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}"')
_PLAIN_VALUE = re.compile(_TIME.pattern + rb'\s*,\s*"value"\s*:\s*"?\d')


def looks_like(member: Member, head: bytes) -> bool:
    """A list of entries with a Fitbit ``dateTime`` (steps, resting heart rate, but also
    distance, calories, heart rate...: ``pick`` chooses)."""
    return bool(_TIME.match(head))


def looks_like_resting(member: Member, head: bytes) -> bool:
    return bool(_TIME.match(head)) and (
        bool(RESTING_NAME.fullmatch(member.base)) or b'"error"' in head
    )


def pick(found: list[Member], heads: dict[str, bytes]) -> tuple[list[Member], list[Member]]:
    """(steps, resting heart rate). Distance and calories have the very shape of steps, so
    in a Fitbit folder the steps are the files named so; a single such file given on its
    own is taken as steps whatever its name."""
    shaped = [m for m in found if looks_like(m, heads.get(m.name, b""))]
    resting = [m for m in shaped if looks_like_resting(m, heads[m.name])]
    others = [m for m in shaped if m not in resting and _PLAIN_VALUE.match(heads[m.name])]
    steps = [m for m in others if STEPS_NAME.fullmatch(m.base)]
    if not steps and len(found) == 1 and others:
        steps = others
    return steps, resting


def load_list(member: Member) -> list[Any]:
    if member.size > MAX_FILE_BYTES:
        raise StepsRefused(StepsRefusal.JSON_TOO_BIG, member.base)
    with member.open() as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise StepsRefused(StepsRefusal.JSON_TOO_BIG, member.base)
    try:
        loaded = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        raise StepsRefused(StepsRefusal.BROKEN_JSON, member.base) from None
    if not isinstance(loaded, list):
        raise StepsRefused(StepsRefusal.BROKEN_JSON, member.base)
    return loaded


def _day(text: object, name: str) -> date:
    if not isinstance(text, str) or len(text) < 8:
        raise StepsRefused(StepsRefusal.BROKEN_JSON, name)
    try:
        month, day, year = int(text[0:2]), int(text[3:5]), int(text[6:8])
        return date(2000 + year, month, day)
    except ValueError:
        raise StepsRefused(StepsRefusal.BROKEN_JSON, name) from None


def number(value: object, reading: Reading) -> float | None:
    """An entry's value (a count, a heart rate), or None, counted as left out, where it is
    not one (``-5``, ``"x"``, ``1e308``): the rest of the file still counts. No value at all
    (a heart rate not measured) is simply nothing."""
    if value is None:
        return None
    try:
        found = None if isinstance(value, bool) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        found = None
    if found is None or not 0 <= found <= MAX_COUNT:  # also NaN
        reading.skipped += 1
        return None
    return found


def read(steps: list[Member], resting: list[Member], reading: Reading) -> None:
    everything = [*steps, *resting]
    for index, member in enumerate(everything):
        reading.check(index / len(everything))
        entries = load_list(member)
        for entry in entries:
            if not isinstance(entry, dict):
                raise StepsRefused(StepsRefusal.BROKEN_JSON, member.base)
            stamp = entry.get("dateTime")
            day = _day(stamp, member.base)
            if not reading.wanted(day):
                continue
            value = entry.get("value")
            if member in resting and isinstance(value, dict):
                value = value.get("value")
            found = number(value, reading)
            if found is None:
                continue
            if member in resting:
                reading.heart.add_resting(day, found)
            else:
                reading.steps.add_on(day, SOURCE, round(found), stamp)
    reading.check(1.0)
