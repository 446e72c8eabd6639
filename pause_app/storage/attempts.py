"""Attempts: what was done each day, and how it felt."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from pause_app.core import validation
from pause_app.core.model import (
    Attempt,
    Felt,
    Moment,
)
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage import rows as values

if TYPE_CHECKING:
    from pause_app.storage.store import Store


class AttemptRepository:
    def __init__(self, store: Store) -> None:
        self._store = store
        # Every log, as read last, and the store's revision then: read again only after a
        # write (here, or by another process); a log added here joins what is kept.
        self._kept: tuple[tuple[int, int], list[Attempt]] | None = None

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
        before = self._store.revision()
        with self._store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO attempts (activity_id, amount, felt, note, logged_utc, local_date,"
                " utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    activity_id,
                    amount,
                    felt.value,
                    note,
                    values.utc_text(at.utc),
                    at.local_date.isoformat(),
                    at.utc_offset_minutes,
                ),
            )
            attempt_id = cursor.lastrowid
        added = values.attempt(
            self._store._query("SELECT * FROM attempts WHERE id = ?", (attempt_id,))[0]
        )
        if self._kept is not None and self._kept[0] == before:  # nothing else came between
            self._kept = (self._store.revision(), [*self._kept[1], added])
        return added

    def for_activity(self, activity_id: int) -> list[Attempt]:
        rows = self._store._query(
            "SELECT * FROM attempts WHERE activity_id = ? ORDER BY local_date, logged_utc, id",
            (activity_id,),
        )
        return [values.attempt(row) for row in rows]

    def get(self, attempt_id: int) -> Attempt:
        rows = self._store._query("SELECT * FROM attempts WHERE id = ?", (attempt_id,))
        if not rows:
            raise ValidationError(Field.AMOUNT, Problem.NOT_FOUND, str(attempt_id))
        return values.attempt(rows[0])

    def update(
        self,
        attempt_id: int,
        amount: int,
        felt: Felt | None,
        note: str,
        day: date,
        today: date,
        source: str | None = None,
    ) -> Attempt:
        """Correct a log: what was done, how it felt, the note, the day it counts on.
        ``source`` (an undo puts an imported log back as it was): None decides by itself."""
        old = self.get(attempt_id)
        amount = validation.check_amount(amount)
        note = validation.clean_note(note)
        felt = None if felt is None else Felt(felt)
        activity = self._store.activities.get(old.activity_id)
        validation.check_day(day, today)
        if day < activity.started_on:
            raise ValidationError(Field.DATE, Problem.BEFORE_START, activity.started_on.isoformat())
        # An imported log stays imported while its count is the device's; a count the user
        # typed makes it theirs (a later import keeps it).
        if source is None:
            source = old.source if amount == old.amount and day == old.local_date else ""
        if felt is None and not source:
            source = old.source  # no feeling said: still the device's count
        with self._store.transaction() as db:
            db.execute(
                "UPDATE attempts SET amount = ?, felt = ?, note = ?, local_date = ?, source = ?"
                " WHERE id = ?",
                (amount, felt.value if felt else None, note, day.isoformat(), source, attempt_id),
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
                " local_date, utc_offset_minutes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt.activity_id,
                    attempt.amount,
                    attempt.felt.value if attempt.felt else None,
                    attempt.note,
                    values.utc_text(attempt.logged_utc),
                    attempt.local_date.isoformat(),
                    attempt.utc_offset_minutes,
                    attempt.source,
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
        return [values.attempt(row) for row in rows]

    def kept(self) -> list[Attempt] | None:
        """Every log as ``all`` gives them, if they are kept and nothing was written since;
        else None (nothing is read)."""
        if self._kept is None or self._kept[0] != self._store.revision():
            return None
        return list(self._kept[1])

    def rows(self) -> list[tuple[Any, ...]]:
        """Every log as a plain row of ``rows.ATTEMPT_COLUMNS``, by id, read now and not
        kept: for the chart, which makes columns of their numbers and ``Attempt``s
        (``rows.attempts``) of the few days it shows. Making 200,000 of them (a hundred
        years) took longer than reading them."""
        with values.no_collection():
            return self._store._tuples(f"SELECT {values.ATTEMPT_COLUMNS} FROM attempts ORDER BY id")

    def all(self) -> list[Attempt]:
        """Every log, in the order they were entered (by id). Ten years are about 20,000
        logs: they are read once and kept while nothing is written."""
        revision = self._store.revision()
        if self._kept is None or self._kept[0] != revision:
            with values.no_collection():
                rows = self._store._tuples(
                    f"SELECT {values.ATTEMPT_COLUMNS} FROM attempts ORDER BY id"
                )
                self._kept = (revision, values.attempts(rows))
        return list(self._kept[1])
