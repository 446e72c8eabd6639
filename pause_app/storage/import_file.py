"""Reading a Pause JSON export as hostile input: the checks before anything is imported.

The file must be a regular file of at most ``MAX_BYTES``, UTF-8 JSON without duplicate keys
or NaN, ``"format": "pause-app-export"`` with a ``format_version`` this Pause knows, and every
row of every table must have the right fields with the right types and values (the same
checks as typed input). Anything else is refused with one reason (``ImportRefused``).
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from pause_app.core import validation
from pause_app.core.model import (
    ChangeReason,
    Felt,
    Rating,
    ReminderOutcome,
    SessionEnd,
    SessionKind,
    Symptoms,
)
from pause_app.core.validation import ValidationError
from pause_app.storage.export import FORMAT_VERSION
from pause_app.storage.heart_rates import HIGHEST_BPM, LOWEST_BPM

MAX_BYTES = 64 * 1024 * 1024  # ten years of a few logs a day is about 8 MB
FORMAT = "pause-app-export"
ROW_TABLES = ("attempts", "target_changes", "sessions", "reminders", "checkins", "heart_rates")
MAX_OFFSET_MINUTES = 24 * 60
MAX_SECONDS = 7 * 24 * 3600.0
MAX_PATTERN_LENGTH = 40
MAX_SOURCE_LENGTH = 200
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", re.ASCII)


class Refusal(StrEnum):
    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_PAUSE = "not_pause"
    NEWER = "newer"
    DAMAGED = "damaged"
    OTHER_UNIT = "other_unit"  # an activity here has the file's name but another unit


class ImportRefused(Exception):
    """The file cannot be imported; nothing was written. ``detail`` says where or why."""

    def __init__(
        self, reason: Refusal, detail: str = "", found: int = 0, unit_here: str = "", unit: str = ""
    ) -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail
        self.found = found
        self.unit_here, self.unit = unit_here, unit  # OTHER_UNIT: here and in the file


class _Bad(ValueError):
    """One value of one row is wrong (the message names it)."""


Row = tuple[Any, ...]


@dataclass(frozen=True)
class Document:
    """A checked export. Rows are in database column order without their ``id``; an
    ``activity_id`` (first in attempts and target changes) is still the file's id."""

    format_version: int
    activities: tuple[tuple[int, Row], ...]  # (the file's id, the row)
    attempts: tuple[Row, ...] = ()
    target_changes: tuple[Row, ...] = ()
    sessions: tuple[Row, ...] = ()
    reminders: tuple[Row, ...] = ()
    checkins: tuple[Row, ...] = ()  # one a day, ``local_date`` first
    heart_rates: tuple[Row, ...] = ()  # resting bpm, one a day, ``local_date`` first


def read(path: Path) -> Document:
    """The checked content of the export at ``path``; raises ImportRefused."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ImportRefused(Refusal.NOT_FOUND) from None
    except IsADirectoryError:
        raise ImportRefused(Refusal.NOT_A_FILE) from None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        raise ImportRefused(Refusal.UNREADABLE, getattr(error, "strerror", "") or "") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # a folder, a FIFO or /dev/zero: never an export
            raise ImportRefused(Refusal.NOT_A_FILE)
        if info.st_size > MAX_BYTES:
            raise ImportRefused(Refusal.TOO_LARGE)
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise ImportRefused(Refusal.UNREADABLE, error.strerror or "") from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise ImportRefused(Refusal.TOO_LARGE)
    return parse(data)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Bad("a key appears twice in one object")
    return result


def _no_constant(name: str) -> Any:
    raise _Bad(f"{name} is not a number")


def parse(data: bytes) -> Document:
    """The checked content of an export's bytes; raises ImportRefused."""
    looks_like_ours = FORMAT.encode() in data[:4096]
    try:
        text = data.decode("utf-8-sig")
        loaded = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:  # _Bad and JSONDecodeError are ValueErrors
        if not looks_like_ours:
            raise ImportRefused(Refusal.NOT_PAUSE) from None
        detail = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        raise ImportRefused(Refusal.DAMAGED, detail[:200]) from None
    if not isinstance(loaded, dict) or loaded.get("format") != FORMAT:
        raise ImportRefused(Refusal.NOT_PAUSE)
    version = loaded.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportRefused(Refusal.DAMAGED, "format_version")
    if version > FORMAT_VERSION:
        raise ImportRefused(Refusal.NEWER, found=version)
    return _read_version_1(loaded, version)


def _text(checker: Callable[[str], str]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str):
            raise _Bad("not text")
        return checker(value)

    return check


def _whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad("not a whole number")
    return value


def _amount(value: object) -> int:
    return validation.check_amount(_whole(value))


def _optional_amount(value: object) -> int | None:
    return None if value is None else _amount(value)


def _flag(value: object) -> int:
    if not isinstance(value, bool):
        raise _Bad("not true or false")
    return int(value)


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad("not a number")
    number = float(value)
    if not math.isfinite(number):
        raise _Bad("not a number")
    return number


def _step(value: object) -> float:
    return validation.check_step_percent(_number(value))


def _seconds(value: object) -> float:
    seconds = _number(value)
    if not 0 <= seconds <= MAX_SECONDS:
        raise _Bad("out of range")
    return seconds


def _optional_seconds(value: object) -> float | None:
    return None if value is None else _seconds(value)


def _offset(value: object) -> int:
    minutes = _whole(value)
    if abs(minutes) > MAX_OFFSET_MINUTES:
        raise _Bad("out of range")
    return minutes


def _day(value: object) -> str:
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise _Bad("not a date like 2026-03-15")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise _Bad("not a date like 2026-03-15") from None
    if day < validation.OLDEST_DATE:
        raise _Bad("too long ago")
    return value


def _utc(value: object) -> str:
    if not isinstance(value, str) or not _UTC.fullmatch(value):
        raise _Bad("not a time like 2026-03-15T09:00:00Z")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _Bad("not a time like 2026-03-15T09:00:00Z") from None
    if moment.date() < validation.OLDEST_DATE:
        raise _Bad("too long ago")
    return value


def _pattern(value: object) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_PATTERN_LENGTH:
        raise _Bad("not a breathing pattern")
    if not value.isascii() or not value.isprintable():
        raise _Bad("not a breathing pattern")
    return value


def _choice(values: Iterable[str], optional: bool = False) -> Callable[[object], str | None]:
    allowed = frozenset(values)

    def check(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or value not in allowed:
            raise _Bad(f"not one of {', '.join(sorted(allowed))}")
        return value

    return check


def _level(low: int, high: int) -> Callable[[object], int | None]:
    """An optional check-in level (energy and spent 0-10, sleep 1-5)."""

    def check(value: object) -> int | None:
        if value is None:
            return None
        number = _whole(value)
        if not low <= number <= high:
            raise _Bad("out of range")
        return number

    return check


def _source(value: object) -> str:
    """Where an imported log came from ('' for a typed one): short, printable text."""
    if not isinstance(value, str) or len(value) > MAX_SOURCE_LENGTH or not value.isprintable():
        raise _Bad("not a source name")
    return value


def _bpm(value: object) -> int:
    number = _whole(value)
    if not LOWEST_BPM <= number <= HIGHEST_BPM:
        raise _Bad("out of range")
    return number


def _optional_id(value: object) -> int | None:
    return None if value is None else _whole(value)


Checker = Callable[[object], Any]
# Each table of format version 1: its fields in database column order, each with its check.
VERSION_1: dict[str, tuple[tuple[str, Checker], ...]] = {
    "activities": (
        ("id", _whole),
        ("name", _text(validation.clean_name)),
        ("unit", _text(validation.clean_unit)),
        ("target", _amount),
        ("step_percent", _step),
        ("maintenance", _flag),
        ("archived", _flag),
        ("derived_from", _optional_id),
        ("started_on", _day),
        ("created_utc", _utc),
    ),
    "attempts": (
        ("activity_id", _whole),
        ("amount", _amount),
        ("felt", _choice((f.value for f in Felt), optional=True)),  # None: imported, not said
        ("note", _text(validation.clean_note)),
        ("logged_utc", _utc),
        ("local_date", _day),
        ("utc_offset_minutes", _offset),
        ("source", _source),
    ),
    "target_changes": (
        ("activity_id", _whole),
        ("old_target", _optional_amount),
        ("new_target", _amount),
        ("reason", _choice(r.value for r in ChangeReason)),
        ("changed_utc", _utc),
        ("local_date", _day),
        ("utc_offset_minutes", _offset),
    ),
    "sessions": (
        ("kind", _choice(k.value for k in SessionKind)),
        ("pattern", _pattern),
        ("planned_seconds", _seconds),
        ("actual_seconds", _seconds),
        ("ended", _choice(e.value for e in SessionEnd)),
        ("rating", _choice((r.value for r in Rating), optional=True)),
        ("started_utc", _utc),
        ("local_date", _day),
        ("utc_offset_minutes", _offset),
    ),
    "reminders": (
        ("outcome", _choice(o.value for o in ReminderOutcome)),
        ("answered_utc", _utc),
        ("local_date", _day),
        ("utc_offset_minutes", _offset),
        ("away_seconds", _optional_seconds),  # a natural break's length (schema version 5)
    ),
    "checkins": (
        ("local_date", _day),
        ("energy", _level(0, 10)),
        ("spent", _level(0, 10)),
        ("sleep", _level(1, 5)),
        ("symptoms", _choice((s.value for s in Symptoms), optional=True)),
        ("note", _text(validation.clean_note)),
        ("saved_utc", _utc),
        ("utc_offset_minutes", _offset),
    ),
    "heart_rates": (
        ("local_date", _day),
        ("bpm", _bpm),
        ("source", _source),
    ),
}
# Fields a version 1 file may lack (older exports), with the value they then have.
OPTIONAL_FIELDS = {("attempts", "source"): "", ("reminders", "away_seconds"): None}
# Tables a version 1 file may lack: reminders (schema version 2), check-ins (schema version 3),
# resting heart rates (schema version 4, steps from a phone or a watch).
OPTIONAL_IN_VERSION_1 = ("reminders", "checkins", "heart_rates")


def _rows(document: dict[str, Any], table: str, optional: bool) -> list[Row]:
    items = document.get(table)
    if items is None and optional:
        return []
    if not isinstance(items, list):
        raise ImportRefused(Refusal.DAMAGED, f"{table}: not a list")
    checked: list[Row] = []
    fields = VERSION_1[table]
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ImportRefused(Refusal.DAMAGED, f"{table}, row {number}: not an object")
        values = []
        for name, check in fields:
            if name not in item and (table, name) in OPTIONAL_FIELDS:
                values.append(OPTIONAL_FIELDS[(table, name)])
                continue
            if name not in item:
                raise ImportRefused(Refusal.DAMAGED, f"{table}, row {number}: no {name}")
            try:
                values.append(check(item[name]))
            except (_Bad, ValidationError) as error:
                detail = error.problem.value if isinstance(error, ValidationError) else error
                raise ImportRefused(
                    Refusal.DAMAGED, f"{table}, row {number}, {name}: {detail}"
                ) from None
        if table == "attempts" and values[2] is None and not values[-1]:
            detail = f"{table}, row {number}, felt: only an imported log may leave it unsaid"
            raise ImportRefused(Refusal.DAMAGED, detail)
        if table == "reminders" and (values[0] == "away") != (values[-1] is not None):
            detail = f"{table}, row {number}, away_seconds: only a natural break has a length"
            raise ImportRefused(Refusal.DAMAGED, detail)
        if table != "activities" and "id" in item:
            _whole_or_refuse(item["id"], table, number)
        checked.append(tuple(values))
    return checked


def _whole_or_refuse(value: object, table: str, number: int) -> None:
    try:
        _whole(value)
    except _Bad:
        detail = f"{table}, row {number}, id: not a whole number"
        raise ImportRefused(Refusal.DAMAGED, detail) from None


def _read_version_1(document: dict[str, Any], version: int) -> Document:
    activities = _rows(document, "activities", optional=False)
    ids = [row[0] for row in activities]
    if len(set(ids)) != len(ids):
        raise ImportRefused(Refusal.DAMAGED, "activities: an id appears twice")
    known = set(ids)
    names = [validation.name_key(row[1]) for row in activities]
    if len(set(names)) != len(names):
        raise ImportRefused(Refusal.DAMAGED, "activities: a name appears twice")
    for number, row in enumerate(activities, start=1):
        if row[7] is not None and row[7] not in known:
            raise ImportRefused(Refusal.DAMAGED, f"activities, row {number}: unknown derived_from")
    tables = {
        table: _rows(document, table, optional=table in OPTIONAL_IN_VERSION_1)
        for table in ROW_TABLES
    }
    for table in ("checkins", "heart_rates"):
        days = [row[0] for row in tables[table]]
        if len(set(days)) != len(days):
            raise ImportRefused(Refusal.DAMAGED, f"{table}: a day appears twice")
    for table in ("attempts", "target_changes"):
        for number, row in enumerate(tables[table], start=1):
            if row[0] not in known:
                raise ImportRefused(Refusal.DAMAGED, f"{table}, row {number}: unknown activity")
    return Document(
        version,
        tuple((row[0], row[1:]) for row in activities),
        *(tuple(tables[table]) for table in ROW_TABLES),
    )
