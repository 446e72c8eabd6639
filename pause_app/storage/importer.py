"""Importing a Pause JSON export (``pause-app import FILE``, File ▸ Import…).

The file is read and checked first (``import_file``: hostile until proven otherwise), before
the database is touched. Importing adds, never changes: an activity is matched by its name
(names that look alike are one name, as everywhere in Pause) or created, and keeps its own
target and settings when it is already here; attempts, target changes, sessions and
reminders are added unless the same row is already there (counted: a row the file has twice
is added twice, once). A day's check-in, and a day's resting heart rate, is added only
where the day has none: one already here is kept as it is. All of it in one transaction,
so importing a file twice adds nothing the second time.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pause_app.core import validation
from pause_app.storage.database import DatabaseError
from pause_app.storage.import_file import (
    ROW_TABLES,
    Document,
    ImportRefused,
    Refusal,
    Row,
    parse,
    read,
)
from pause_app.storage.store import Store

__all__ = ["Document", "ImportRefused", "Plan", "Refusal", "apply", "parse", "preview", "read"]


@dataclass(frozen=True)
class Plan:
    """What an import adds: activity names new and already here, rows per table."""

    new_activities: tuple[str, ...]
    matched_activities: tuple[str, ...]
    added: dict[str, int] = field(default_factory=dict)
    already_here: dict[str, int] = field(default_factory=dict)

    @property
    def adds_nothing(self) -> bool:
        return not self.new_activities and not any(self.added.values())


# --- planning and writing --------------------------------------------------------------------

Query = Callable[[str], Sequence[Sequence[Any]]]
_EXISTING_SQL = {
    "attempts": "SELECT activity_id, amount, felt, note, logged_utc, local_date,"
    " utc_offset_minutes, source FROM attempts",
    "target_changes": "SELECT activity_id, old_target, new_target, reason, changed_utc,"
    " local_date, utc_offset_minutes FROM target_changes",
    "sessions": "SELECT kind, pattern, planned_seconds, actual_seconds, ended, rating,"
    " started_utc, local_date, utc_offset_minutes FROM sessions",
    "reminders": "SELECT outcome, answered_utc, local_date, utc_offset_minutes, away_seconds"
    " FROM reminders",
    "checkins": "SELECT local_date FROM checkins",
    "heart_rates": "SELECT local_date FROM heart_rates",
}
_INSERT_SQL = {
    "activities": "INSERT INTO activities (name, unit, target, step_percent, maintenance,"
    " archived, derived_from, started_on, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "attempts": "INSERT INTO attempts (activity_id, amount, felt, note, logged_utc,"
    " local_date, utc_offset_minutes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "target_changes": "INSERT INTO target_changes (activity_id, old_target, new_target,"
    " reason, changed_utc, local_date, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "sessions": "INSERT INTO sessions (kind, pattern, planned_seconds, actual_seconds, ended,"
    " rating, started_utc, local_date, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "reminders": "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes,"
    " away_seconds) VALUES (?, ?, ?, ?, ?)",
    "checkins": "INSERT INTO checkins (local_date, energy, spent, sleep, symptoms, note,"
    " saved_utc, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "heart_rates": "INSERT INTO heart_rates (local_date, bpm, source) VALUES (?, ?, ?)",
}


@dataclass
class _Work:
    plan: Plan
    matched: dict[int, int]  # the file's activity id -> the id already here
    new: list[tuple[int, Row]]  # activities to create, with the file's id
    rows: dict[str, list[Row]]  # rows to add; activity ids still the file's


def _existing_names(query: Query | None) -> dict[str, tuple[int, str, str]]:
    """The activities here by name key: (id, name, unit)."""
    if query is None:
        return {}
    return {
        validation.name_key(str(name)): (int(i), str(name), str(unit))
        for i, name, unit in query("SELECT id, name, unit FROM activities")
    }


def _work(document: Document, query: Query | None) -> _Work:
    """What to add: ``query`` reads the data already here (None: there is none yet)."""
    here = _existing_names(query)
    matched: dict[int, int] = {}
    new: list[tuple[int, Row]] = []
    for file_id, row in document.activities:
        existing = here.get(validation.name_key(row[0]))
        if existing is None:
            new.append((file_id, row))
        elif existing[2] != row[1]:  # 5 minutes must never become 5 steps
            raise ImportRefused(Refusal.OTHER_UNIT, existing[1], unit_here=existing[2], unit=row[1])
        else:
            matched[file_id] = existing[0]
    rows: dict[str, list[Row]] = {}
    added: dict[str, int] = {}
    already: dict[str, int] = {}
    for table in ROW_TABLES:
        present = Counter(tuple(r) for r in query(_EXISTING_SQL[table])) if query else Counter()
        rows[table] = []
        for row in getattr(document, table):
            key = row
            if table in ("attempts", "target_changes"):
                key = (matched.get(row[0], ("new", row[0])), *row[1:])
            if table == "target_changes" and row[0] in matched and row[3] == "created":
                continue  # an activity already here has its own beginning
            if table in ("checkins", "heart_rates") and present[(row[0],)] > 0:
                continue  # one a day: a day that has one here keeps it
            if present[key] > 0:
                present[key] -= 1
            else:
                rows[table].append(row)
        added[table] = len(rows[table])
        already[table] = len(getattr(document, table)) - added[table]
    plan = Plan(
        tuple(row[0] for _, row in new),
        tuple(row[0] for file_id, row in document.activities if file_id in matched),
        added,
        already,
    )
    return _Work(plan, matched, new, rows)


def preview(document: Document, store: Store | None) -> Plan:
    """What ``apply`` would add to the data in ``store`` (None: no data yet). Reads only."""
    if store is None:
        return _work(document, None).plan
    return _work(document, lambda sql: store._query(sql)).plan


def apply(store: Store, document: Document) -> Plan:
    """Add what the file has and the data has not, in one transaction; returns what was added."""
    try:
        return _apply(store, document)
    except sqlite3.Error as error:  # rolled back: nothing was added
        raise DatabaseError(store.path, str(error)) from error


def _apply(store: Store, document: Document) -> Plan:
    with store.transaction() as db:
        work = _work(document, lambda sql: db.execute(sql).fetchall())
        ids = dict(work.matched)
        for file_id, row in work.new:
            cursor = db.execute(_INSERT_SQL["activities"], (*row[:6], None, *row[7:]))
            ids[file_id] = int(cursor.lastrowid or 0)
        for file_id, row in work.new:  # where a new place came from, once all ids are known
            if row[6] is not None:
                db.execute(
                    "UPDATE activities SET derived_from = ? WHERE id = ?",
                    (ids[row[6]], ids[file_id]),
                )
        for table in ROW_TABLES:
            batch = work.rows[table]
            if table in ("attempts", "target_changes"):
                batch = [(ids[row[0]], *row[1:]) for row in batch]
            db.executemany(_INSERT_SQL[table], batch)
    return work.plan
