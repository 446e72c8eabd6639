"""Google Fit, from Google Takeout: the ``Daily activity metrics`` CSV files, or the
Takeout zip that holds them.

The summary file has a row a day (``Date``, ..., ``Step count``); the files named after a
day (``2024-04-01.csv``) have a row per quarter hour (``Start time``, ..., ``Step count``)
and are that day's. Both are Google Fit's own count of the same day, so a day found in
both keeps the larger, never the sum. The columns are recognised by their header, whatever
the file is called; a CSV without a ``Step count`` column is refused by name. A row whose
step count is not a count (``abc``, ``-5``, ``1e30``) is left out and counted (the preview
says how many).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date

from pause_app.storage.steps.archive import Member
from pause_app.storage.steps.common import Reading, StepsRefusal, StepsRefused

SOURCE = "google-fit"
STEP_COLUMN = "step count"
DATE_COLUMN = "date"
MAX_FIELD = 4096
MAX_ROWS = 2_000_000
MAX_COUNT = 1_000_000  # steps in one row; more is not a count (validation.MAX_AMOUNT)
_DAY_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})\.csv", re.IGNORECASE | re.ASCII)


def _header(head: bytes) -> list[str] | None:
    """The first line's column names, lowercased, if it reads as a CSV header."""
    text = head.decode("utf-8-sig", errors="replace").splitlines()
    if not text or "," not in text[0] or "<" in text[0] or "{" in text[0]:
        return None
    return [name.strip().strip('"').casefold() for name in text[0].split(",")]


def looks_like(member: Member, head: bytes) -> bool:
    columns = _header(head)
    if columns is None or STEP_COLUMN not in columns:
        return False
    return DATE_COLUMN in columns or _day_of_file(member) is not None


def is_csv_without_steps(member: Member, head: bytes) -> bool:
    """A CSV of days (a Date column, or a day's file) that has no step column."""
    columns = _header(head)
    if columns is None or STEP_COLUMN in columns:
        return False
    return member.base.lower().endswith(".csv")


def _rows(member: Member, reading: Reading) -> Iterator[dict[str, str]]:
    with member.open() as stream:
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
        reader = csv.DictReader(line[: MAX_FIELD * 8] for line in text)
        try:
            names = reader.fieldnames
            if names is None or STEP_COLUMN not in [(n or "").strip().casefold() for n in names]:
                raise StepsRefused(StepsRefusal.NO_STEP_COLUMN, member.base)
            for number, row in enumerate(reader):
                if number > MAX_ROWS:
                    raise StepsRefused(StepsRefusal.TOO_BIG)
                if number % 4096 == 0:
                    reading.check()
                yield {(k or "").strip().casefold(): (v or "").strip() for k, v in row.items()}
        except csv.Error as error:
            raise StepsRefused(StepsRefusal.NO_STEP_COLUMN, f"{member.base}: {error}") from None


def _count(text: str, reading: Reading) -> int:
    """The row's steps; 0 for an empty cell, and 0 (counted as left out) for a value that is
    not a count."""
    if not text:
        return 0
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_COUNT:  # also NaN
        reading.skipped += 1
        return 0
    return round(value)


def _day_of_file(member: Member) -> date | None:
    named = _DAY_NAME.fullmatch(member.base)
    try:
        return date.fromisoformat(named.group(1)) if named else None
    except ValueError:
        return None


def read(members: list[Member], reading: Reading) -> None:
    for index, member in enumerate(members):
        reading.check(index / len(members))
        day = _day_of_file(member)
        if day is not None:
            rows = _rows(member, reading)
            total = sum(_count(row.get(STEP_COLUMN, ""), reading) for row in rows)
            if reading.wanted(day):
                reading.steps.add_day(day, total, SOURCE)
            continue
        for row in _rows(member, reading):
            text = row.get(DATE_COLUMN, "")
            try:
                day = date.fromisoformat(text)
            except ValueError:
                continue  # a summary line, or a day Google left empty
            if reading.wanted(day):
                reading.steps.add_day(day, _count(row.get(STEP_COLUMN, ""), reading), SOURCE)
    reading.check(1.0)
