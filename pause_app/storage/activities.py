"""Activities and the history of their targets."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from pause_app.core import validation
from pause_app.core.model import (
    Activity,
    ChangeReason,
    Moment,
    NewActivity,
    TargetChange,
)
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage import rows as values

if TYPE_CHECKING:
    from pause_app.storage.store import Store


class ActivityRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, new: NewActivity, at: Moment) -> Activity:
        """Store a new activity and its first target. On ValidationError nothing is stored."""
        with self._store.transaction() as db:
            activity_id = insert_activity(db, new, at)
        return self.get(activity_id)

    def get(self, activity_id: int) -> Activity:
        rows = self._store._query("SELECT * FROM activities WHERE id = ?", (activity_id,))
        if not rows:
            raise ValidationError(Field.NAME, Problem.NOT_FOUND, str(activity_id))
        return values.activity(rows[0])

    def find(self, name: str) -> Activity:
        """The activity with this name (case does not matter). Raises ValidationError if none."""
        rows = self._store._query("SELECT * FROM activities WHERE name = ?", (name.strip(),))
        if not rows:
            raise ValidationError(Field.NAME, Problem.NOT_FOUND, name.strip())
        return values.activity(rows[0])

    def list(self, include_archived: bool = False) -> list[Activity]:
        sql = "SELECT * FROM activities"
        if not include_archived:
            sql += " WHERE archived = 0"
        return [values.activity(row) for row in self._store._query(sql + " ORDER BY id")]

    def rename(self, activity_id: int, name: str) -> Activity:
        cleaned = validation.clean_name(name)
        self.get(activity_id)
        with self._store.transaction() as db:
            _refuse_a_look_alike(db, cleaned, activity_id)
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


def _refuse_a_look_alike(db: sqlite3.Connection, name: str, activity_id: int | None) -> None:
    """Two activities never look alike ("Walk", "walk", "Ｗalk"): the error names the one
    already there."""
    key = validation.name_key(name)
    for other_id, other in db.execute("SELECT id, name FROM activities"):
        if other_id != activity_id and validation.name_key(other) == key:
            raise ValidationError(Field.NAME, Problem.ALREADY_EXISTS, other)


def insert_activity(db: sqlite3.Connection, new: NewActivity, at: Moment) -> int:
    """A new activity and its first target, inside the caller's transaction (so a write that
    goes with it, such as imported steps, stands or falls with it); its id. Raises
    ValidationError for a bad name, unit, target or first day, or a name already taken."""
    name = validation.clean_name(new.name)
    unit = validation.clean_unit(new.unit)
    target = validation.check_amount(new.target, Field.TARGET)
    step = validation.check_step_percent(new.step_percent)
    started_on = validation.check_day(new.started_on or at.local_date, at.local_date)
    _refuse_a_look_alike(db, name, None)
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
            values.utc_text(at.utc),
        ),
    )
    activity_id = int(cursor.lastrowid or 0)
    _insert_target_change(
        db, activity_id, None, target, ChangeReason.CREATED, at.on_day(started_on)
    )
    return activity_id


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
            values.utc_text(at.utc),
            at.local_date.isoformat(),
            at.utc_offset_minutes,
        ),
    )


class TargetChangeRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def for_activity(self, activity_id: int) -> list[TargetChange]:
        rows = self._store._query(
            "SELECT * FROM target_changes WHERE activity_id = ? ORDER BY local_date, id",
            (activity_id,),
        )
        return [values.target_change(row) for row in rows]

    def all(self) -> list[TargetChange]:
        rows = self._store._query("SELECT * FROM target_changes ORDER BY id")
        return [values.target_change(row) for row in rows]
