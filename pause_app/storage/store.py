"""The repositories: plain dataclasses in and out, one transaction per write.

All SQL in Pause lives in ``pause_app.storage``.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pause_app.core import pacing, validation
from pause_app.core.model import (
    Activity,
    Attempt,
    ChangeReason,
    DayTotal,
    Felt,
    Moment,
    NewActivity,
    NewSession,
    Rating,
    Reminder,
    ReminderOutcome,
    Session,
    SessionEnd,
    SessionKind,
    TargetChange,
)
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage.database import Opened, open_database, transaction


def utc_text(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``: ``2026-11-24T23:08:45Z``."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# Reading ten years of rows (the chart does) is mostly turning text into values: the same
# days and the few enum values come back again and again, so each is parsed once.
_day = functools.lru_cache(maxsize=8192)(date.fromisoformat)
_FELT = {felt.value: felt for felt in Felt}


class Store:
    """One open database and its repositories."""

    def __init__(self, opened: Opened) -> None:
        self._connection = opened.connection
        self.path = opened.path
        self.kept_corrupt_file = opened.kept_corrupt_file
        self.activities = ActivityRepository(self)
        self.attempts = AttemptRepository(self)
        self.target_changes = TargetChangeRepository(self)
        self.sessions = SessionRepository(self)
        self.reminders = ReminderRepository(self)

    @classmethod
    def open(cls, path: Path, now: datetime) -> Store:
        return cls(open_database(path, now))

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with transaction(self._connection, self.path) as connection:
            yield connection

    def _query(self, sql: str, parameters: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        """For the repositories in this module only: no SQL outside storage/."""
        return self._connection.execute(sql, parameters).fetchall()

    def revision(self) -> tuple[int, int]:
        """Changes to the data so far: another process's commits (``PRAGMA data_version``)
        and this connection's own row changes. Equal revisions mean nothing changed, so a
        view can skip reading everything again."""
        other = int(self._query("PRAGMA data_version")[0][0])
        return other, self._connection.total_changes

    def goal_answer(
        self,
        activity: Activity,
        today: date,
        rules: pacing.Rules,
        attempts: Sequence[Attempt] | None = None,
    ) -> pacing.Answer:
        """The pacing engine's answer for one activity, from what is stored. ``attempts``
        (every activity's: a tired day anywhere counts) may be passed in when a caller asks
        for several activities at once, to read them only once."""
        logged = self.attempts.all() if attempts is None else attempts
        changes = self.target_changes.for_activity(activity.id)
        return pacing.answer(activity, logged, changes, today, rules)

    def columns(self, table: str) -> list[str]:
        """The column names of one of the tables, in order (what the export must match)."""
        if table not in ("activities", "attempts", "target_changes", "sessions", "reminders"):
            raise ValueError(f"no table {table!r}")
        return [row["name"] for row in self._query(f"PRAGMA table_info({table})")]


def _activity(row: sqlite3.Row) -> Activity:
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


def _attempt(row: sqlite3.Row) -> Attempt:
    return Attempt(
        id=row["id"],
        activity_id=row["activity_id"],
        amount=row["amount"],
        felt=_FELT[row["felt"]],
        note=row["note"],
        logged_utc=parse_utc(row["logged_utc"]),
        local_date=_day(row["local_date"]),
        utc_offset_minutes=row["utc_offset_minutes"],
    )


def _target_change(row: sqlite3.Row) -> TargetChange:
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


def _session(row: sqlite3.Row) -> Session:
    return Session(
        id=row["id"],
        kind=SessionKind(row["kind"]),
        pattern=row["pattern"],
        planned_seconds=row["planned_seconds"],
        actual_seconds=row["actual_seconds"],
        ended=SessionEnd(row["ended"]),
        rating=None if row["rating"] is None else Rating(row["rating"]),
        started_utc=parse_utc(row["started_utc"]),
        local_date=_day(row["local_date"]),
        utc_offset_minutes=row["utc_offset_minutes"],
    )


class ActivityRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, new: NewActivity, at: Moment) -> Activity:
        """Store a new activity and its first target. On ValidationError nothing is stored."""
        name = validation.clean_name(new.name)
        unit = validation.clean_unit(new.unit)
        target = validation.check_amount(new.target, Field.TARGET)
        step = validation.check_step_percent(new.step_percent)
        started_on = validation.check_day(new.started_on or at.local_date, at.local_date)
        with self._store.transaction() as db:
            if db.execute("SELECT 1 FROM activities WHERE name = ?", (name,)).fetchone():
                raise ValidationError(Field.NAME, Problem.ALREADY_EXISTS, name)
            cursor = db.execute(
                "INSERT INTO activities (name, unit, target, step_percent, derived_from,"
                " started_on, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    unit,
                    target,
                    step,
                    new.derived_from,
                    started_on.isoformat(),
                    utc_text(at.utc),
                ),
            )
            activity_id = int(cursor.lastrowid or 0)
            _insert_target_change(
                db, activity_id, None, target, ChangeReason.CREATED, at.on_day(started_on)
            )
        return self.get(activity_id)

    def get(self, activity_id: int) -> Activity:
        rows = self._store._query("SELECT * FROM activities WHERE id = ?", (activity_id,))
        if not rows:
            raise ValidationError(Field.NAME, Problem.NOT_FOUND, str(activity_id))
        return _activity(rows[0])

    def find(self, name: str) -> Activity:
        """The activity with this name (case does not matter). Raises ValidationError if none."""
        rows = self._store._query("SELECT * FROM activities WHERE name = ?", (name.strip(),))
        if not rows:
            raise ValidationError(Field.NAME, Problem.NOT_FOUND, name.strip())
        return _activity(rows[0])

    def list(self, include_archived: bool = False) -> list[Activity]:
        sql = "SELECT * FROM activities"
        if not include_archived:
            sql += " WHERE archived = 0"
        return [_activity(row) for row in self._store._query(sql + " ORDER BY id")]

    def rename(self, activity_id: int, name: str) -> Activity:
        cleaned = validation.clean_name(name)
        self.get(activity_id)
        with self._store.transaction() as db:
            clash = db.execute(
                "SELECT 1 FROM activities WHERE name = ? AND id != ?", (cleaned, activity_id)
            ).fetchone()
            if clash:
                raise ValidationError(Field.NAME, Problem.ALREADY_EXISTS, cleaned)
            db.execute("UPDATE activities SET name = ? WHERE id = ?", (cleaned, activity_id))
        return self.get(activity_id)

    def set_step_percent(self, activity_id: int, percent: float) -> Activity:
        step = validation.check_step_percent(percent)
        self.get(activity_id)
        with self._store.transaction() as db:
            db.execute("UPDATE activities SET step_percent = ? WHERE id = ?", (step, activity_id))
        return self.get(activity_id)

    def set_archived(self, activity_id: int, archived: bool) -> Activity:
        """Archived activities leave the lists; their history stays, and they can come back."""
        self.get(activity_id)
        with self._store.transaction() as db:
            db.execute(
                "UPDATE activities SET archived = ? WHERE id = ?", (int(archived), activity_id)
            )
        return self.get(activity_id)

    def set_maintenance(self, activity_id: int, on: bool) -> Activity:
        """Rule 9: maintenance mode turns all offers off for this activity."""
        self.get(activity_id)
        with self._store.transaction() as db:
            db.execute("UPDATE activities SET maintenance = ? WHERE id = ?", (int(on), activity_id))
        return self.get(activity_id)

    def set_target(
        self, activity_id: int, new_target: int, reason: ChangeReason, at: Moment
    ) -> Activity:
        """Change the current target and record why, in one transaction."""
        target = validation.check_amount(new_target, Field.TARGET)
        activity = self.get(activity_id)
        if target == activity.target:
            raise ValidationError(Field.TARGET, Problem.UNCHANGED, str(target))
        if at.local_date < activity.started_on:
            raise ValidationError(Field.DATE, Problem.BEFORE_START, activity.started_on.isoformat())
        last = self._store._query(
            "SELECT MAX(local_date) FROM target_changes WHERE activity_id = ?", (activity_id,)
        )[0][0]
        if last is not None and at.local_date.isoformat() < last:
            # The history of targets is a sequence: a change cannot slip in before the last one.
            raise ValidationError(Field.DATE, Problem.BEFORE_LAST_CHANGE, last)
        with self._store.transaction() as db:
            old = activity.target
            db.execute("UPDATE activities SET target = ? WHERE id = ?", (target, activity_id))
            _insert_target_change(db, activity_id, old, target, reason, at)
        return self.get(activity_id)


def _insert_target_change(
    db: sqlite3.Connection,
    activity_id: int,
    old: int | None,
    new: int,
    reason: ChangeReason,
    at: Moment,
) -> None:
    db.execute(
        "INSERT INTO target_changes (activity_id, old_target, new_target, reason, changed_utc,"
        " local_date, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            activity_id,
            old,
            new,
            reason.value,
            utc_text(at.utc),
            at.local_date.isoformat(),
            at.utc_offset_minutes,
        ),
    )


class AttemptRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, activity_id: int, amount: int, felt: Felt, note: str, at: Moment) -> Attempt:
        """Log an attempt. ``at.local_date`` is the day it counts on (may be earlier than today)."""
        amount = validation.check_amount(amount)
        note = validation.clean_note(note)
        felt = Felt(felt)
        activity = self._store.activities.get(activity_id)
        entered_on = (at.utc + timedelta(minutes=at.utc_offset_minutes)).date()
        validation.check_day(at.local_date, entered_on)
        if at.local_date < activity.started_on:
            raise ValidationError(Field.DATE, Problem.BEFORE_START, activity.started_on.isoformat())
        with self._store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO attempts (activity_id, amount, felt, note, logged_utc, local_date,"
                " utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    activity_id,
                    amount,
                    felt.value,
                    note,
                    utc_text(at.utc),
                    at.local_date.isoformat(),
                    at.utc_offset_minutes,
                ),
            )
            attempt_id = cursor.lastrowid
        return _attempt(self._store._query("SELECT * FROM attempts WHERE id = ?", (attempt_id,))[0])

    def for_activity(self, activity_id: int) -> list[Attempt]:
        rows = self._store._query(
            "SELECT * FROM attempts WHERE activity_id = ? ORDER BY local_date, logged_utc, id",
            (activity_id,),
        )
        return [_attempt(row) for row in rows]

    def get(self, attempt_id: int) -> Attempt:
        rows = self._store._query("SELECT * FROM attempts WHERE id = ?", (attempt_id,))
        if not rows:
            raise ValidationError(Field.AMOUNT, Problem.NOT_FOUND, str(attempt_id))
        return _attempt(rows[0])

    def update(
        self, attempt_id: int, amount: int, felt: Felt, note: str, day: date, today: date
    ) -> Attempt:
        """Correct a log: what was done, how it felt, the note, the day it counts on."""
        old = self.get(attempt_id)
        amount = validation.check_amount(amount)
        note = validation.clean_note(note)
        felt = Felt(felt)
        activity = self._store.activities.get(old.activity_id)
        validation.check_day(day, today)
        if day < activity.started_on:
            raise ValidationError(Field.DATE, Problem.BEFORE_START, activity.started_on.isoformat())
        with self._store.transaction() as db:
            db.execute(
                "UPDATE attempts SET amount = ?, felt = ?, note = ?, local_date = ? WHERE id = ?",
                (amount, felt.value, note, day.isoformat(), attempt_id),
            )
        return self.get(attempt_id)

    def delete(self, attempt_id: int) -> Attempt:
        """Remove a log; returns it, so that it can be restored (undo)."""
        old = self.get(attempt_id)
        with self._store.transaction() as db:
            db.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))
        return old

    def restore(self, attempt: Attempt) -> Attempt:
        """Undo a delete: the same log again, with its times (under a new id: the old one
        may have been taken by a log made meanwhile)."""
        with self._store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO attempts (activity_id, amount, felt, note, logged_utc,"
                " local_date, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt.activity_id,
                    attempt.amount,
                    attempt.felt.value,
                    attempt.note,
                    utc_text(attempt.logged_utc),
                    attempt.local_date.isoformat(),
                    attempt.utc_offset_minutes,
                ),
            )
            restored_id = int(cursor.lastrowid or 0)
        return self.get(restored_id)

    def on_day(self, activity_id: int, day: date) -> list[Attempt]:
        """What was logged for one local day, in the order it was entered."""
        rows = self._store._query(
            "SELECT * FROM attempts WHERE activity_id = ? AND local_date = ?"
            " ORDER BY logged_utc, id",
            (activity_id, day.isoformat()),
        )
        return [_attempt(row) for row in rows]

    def all(self) -> list[Attempt]:
        return [_attempt(r) for r in self._store._query("SELECT * FROM attempts ORDER BY id")]


class TargetChangeRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_activity(self, activity_id: int) -> list[TargetChange]:
        rows = self._store._query(
            "SELECT * FROM target_changes WHERE activity_id = ? ORDER BY local_date, id",
            (activity_id,),
        )
        return [_target_change(row) for row in rows]

    def all(self) -> list[TargetChange]:
        rows = self._store._query("SELECT * FROM target_changes ORDER BY id")
        return [_target_change(row) for row in rows]


class SessionRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, new: NewSession, started: Moment) -> Session:
        if new.planned_seconds < 0 or new.actual_seconds < 0:
            raise ValidationError(Field.AMOUNT, Problem.NEGATIVE)
        with self._store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (kind, pattern, planned_seconds, actual_seconds, ended,"
                " rating, started_utc, local_date, utc_offset_minutes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    SessionKind(new.kind).value,
                    new.pattern,
                    float(new.planned_seconds),
                    float(new.actual_seconds),
                    SessionEnd(new.ended).value,
                    None if new.rating is None else Rating(new.rating).value,
                    utc_text(started.utc),
                    started.local_date.isoformat(),
                    started.utc_offset_minutes,
                ),
            )
            session_id = cursor.lastrowid
        return _session(self._store._query("SELECT * FROM sessions WHERE id = ?", (session_id,))[0])

    def between(self, first: date, last: date) -> list[Session]:
        """Sessions whose local date lies in ``first..last`` (both included)."""
        rows = self._store._query(
            "SELECT * FROM sessions WHERE local_date BETWEEN ? AND ? ORDER BY started_utc, id",
            (first.isoformat(), last.isoformat()),
        )
        return [_session(row) for row in rows]

    def all(self) -> list[Session]:
        return [_session(r) for r in self._store._query("SELECT * FROM sessions ORDER BY id")]

    def day_totals(self) -> list[DayTotal]:
        """Per local day: the seconds of calm breathing and the number of sessions. The chart
        needs only these, and summing in SQLite is far cheaper than reading every row."""
        rows = self._store._query(
            "SELECT local_date, SUM(actual_seconds), COUNT(*) FROM sessions"
            " GROUP BY local_date ORDER BY local_date"
        )
        return [DayTotal(_day(row[0]), float(row[1]), int(row[2])) for row in rows]


def _reminder(row: sqlite3.Row) -> Reminder:
    return Reminder(
        id=row["id"],
        outcome=ReminderOutcome(row["outcome"]),
        answered_utc=parse_utc(row["answered_utc"]),
        local_date=_day(row["local_date"]),
        utc_offset_minutes=row["utc_offset_minutes"],
    )


class ReminderRepository:
    """What became of each reminder: history, so patterns can be seen (never a reproach)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, at: Moment, outcome: ReminderOutcome) -> Reminder:
        outcome = ReminderOutcome(outcome)
        with self._store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes)"
                " VALUES (?, ?, ?, ?)",
                (outcome.value, utc_text(at.utc), at.local_date.isoformat(), at.utc_offset_minutes),
            )
            reminder_id = cursor.lastrowid
        rows = self._store._query("SELECT * FROM reminders WHERE id = ?", (reminder_id,))
        return _reminder(rows[0])

    def all(self) -> list[Reminder]:
        return [_reminder(r) for r in self._store._query("SELECT * FROM reminders ORDER BY id")]
