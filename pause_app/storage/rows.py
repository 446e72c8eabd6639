"""Rows to values: the one place that turns what SQLite returns into the core's dataclasses,
and moments into the text the database keeps."""

from __future__ import annotations

import contextlib
import functools
import gc
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from pause_app.core.model import (
    Activity,
    Attempt,
    ChangeReason,
    CheckIn,
    Felt,
    Rating,
    Reminder,
    ReminderOutcome,
    Session,
    SessionEnd,
    SessionKind,
    Symptoms,
    TargetChange,
)


def utc_text(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``: ``2026-11-24T23:08:45Z``."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# Reading ten years of rows (the chart does) is mostly turning text into values: the same
# days and the few enum values come back again and again, so each is parsed once.
day = functools.lru_cache(maxsize=8192)(date.fromisoformat)
FELTS = {felt.value: felt for felt in Felt}
SYMPTOMS = {kind.value: kind for kind in Symptoms}


def activity(row: sqlite3.Row) -> Activity:
    return Activity(
        id=row["id"],
        name=row["name"],
        unit=row["unit"],
        target=row["target"],
        step_percent=row["step_percent"],
        maintenance=bool(row["maintenance"]),
        archived=bool(row["archived"]),
        derived_from=row["derived_from"],
        started_on=date.fromisoformat(row["started_on"]),
        created_utc=parse_utc(row["created_utc"]),
    )


ATTEMPT_COLUMNS = (
    "id, activity_id, amount, felt, note, logged_utc, local_date, utc_offset_minutes, source"
)


def attempts(rows: Iterable[tuple[Any, ...]]) -> list[Attempt]:
    """Rows of ATTEMPT_COLUMNS, as plain tuples: a hundred years are 200,000 logs, and
    reading them by position, with Python's own ISO 8601 reading (it takes the ``Z``),
    takes half the time of ``attempt`` for each."""
    felts, parse_day, parse_moment = FELTS, day, datetime.fromisoformat
    return [
        Attempt(
            key,
            activity_id,
            amount,
            None if felt is None else felts[felt],
            note,
            parse_moment(logged),
            parse_day(local),
            offset,
            source,
        )
        for key, activity_id, amount, felt, note, logged, local, offset, source in rows
    ]


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """While many values that live on are made (a long history read or drawn), the cyclic
    garbage collector would look through all of them again and again, and reading ten times
    the data would take far more than ten times as long. None of them forms a cycle."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def attempt(row: sqlite3.Row) -> Attempt:
    return Attempt(
        id=row["id"],
        activity_id=row["activity_id"],
        amount=row["amount"],
        felt=None if row["felt"] is None else FELTS[row["felt"]],
        note=row["note"],
        logged_utc=parse_utc(row["logged_utc"]),
        local_date=day(row["local_date"]),
        utc_offset_minutes=row["utc_offset_minutes"],
        source=row["source"],
    )


def target_change(row: sqlite3.Row) -> TargetChange:
    return TargetChange(
        id=row["id"],
        activity_id=row["activity_id"],
        old_target=row["old_target"],
        new_target=row["new_target"],
        reason=ChangeReason(row["reason"]),
        changed_utc=parse_utc(row["changed_utc"]),
        local_date=date.fromisoformat(row["local_date"]),
        utc_offset_minutes=row["utc_offset_minutes"],
    )


def session(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"],
        kind=SessionKind(row["kind"]),
        pattern=row["pattern"],
        planned_seconds=row["planned_seconds"],
        actual_seconds=row["actual_seconds"],
        ended=SessionEnd(row["ended"]),
        rating=None if row["rating"] is None else Rating(row["rating"]),
        started_utc=parse_utc(row["started_utc"]),
        local_date=day(row["local_date"]),
        utc_offset_minutes=row["utc_offset_minutes"],
    )


def reminder(row: sqlite3.Row) -> Reminder:
    return Reminder(
        id=row["id"],
        outcome=ReminderOutcome(row["outcome"]),
        answered_utc=parse_utc(row["answered_utc"]),
        local_date=day(row["local_date"]),
        utc_offset_minutes=row["utc_offset_minutes"],
        away_seconds=row["away_seconds"],
    )


CHECKIN_COLUMNS = (
    "id, local_date, energy, spent, sleep, symptoms, note, saved_utc, utc_offset_minutes"
)


def checkins(rows: Iterable[tuple[Any, ...]]) -> list[CheckIn]:
    """Rows of CHECKIN_COLUMNS as plain tuples: one a day, a hundred years are 36,500 (each
    day once, so read as it comes; the few symptoms looked up, not made)."""
    parse_day, kinds = date.fromisoformat, SYMPTOMS
    return [
        CheckIn(
            id=key,
            day=parse_day(local),
            energy=energy,
            spent=spent,
            sleep=sleep,
            symptoms=None if symptoms is None else kinds[symptoms],
            note=note,
            saved_utc=datetime.fromisoformat(saved),
            utc_offset_minutes=offset,
        )
        for key, local, energy, spent, sleep, symptoms, note, saved, offset in rows
    ]


def checkin(row: sqlite3.Row) -> CheckIn:
    return CheckIn(
        id=row["id"],
        day=day(row["local_date"]),
        energy=row["energy"],
        spent=row["spent"],
        sleep=row["sleep"],
        symptoms=None if row["symptoms"] is None else Symptoms(row["symptoms"]),
        note=row["note"],
        saved_utc=parse_utc(row["saved_utc"]),
        utc_offset_minutes=row["utc_offset_minutes"],
    )
