"""Pauses and breathing sessions, and what became of each reminder."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pause_app.core.model import (
    DayTotal,
    Moment,
    NewSession,
    Rating,
    Reminder,
    ReminderOutcome,
    Session,
    SessionEnd,
    SessionKind,
)
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage import rows as values

if TYPE_CHECKING:
    from pause_app.storage.store import Store

LONGEST_AWAY_SECONDS = 7 * 24 * 3600.0  # as an import allows (import_file.MAX_SECONDS)


class SessionRepository:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._day_totals: tuple[object, list[DayTotal]] | None = None  # (revision, totals)

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
                    values.utc_text(started.utc),
                    started.local_date.isoformat(),
                    started.utc_offset_minutes,
                ),
            )
            session_id = cursor.lastrowid
        return values.session(
            self._store._query("SELECT * FROM sessions WHERE id = ?", (session_id,))[0]
        )

    def between(self, first: date, last: date) -> list[Session]:
        """Sessions whose local date lies in ``first..last`` (both included)."""
        rows = self._store._query(
            "SELECT * FROM sessions WHERE local_date BETWEEN ? AND ? ORDER BY started_utc, id",
            (first.isoformat(), last.isoformat()),
        )
        return [values.session(row) for row in rows]

    def all(self) -> list[Session]:
        return [values.session(r) for r in self._store._query("SELECT * FROM sessions ORDER BY id")]

    def day_totals(self) -> list[DayTotal]:
        """Per local day: the seconds of calm breathing and the number of sessions. The chart
        needs only these, and summing in SQLite is far cheaper than reading every row. The
        chart and the weeks under it both ask: they are read once while nothing is written."""
        revision = self._store.revision()
        if self._day_totals is None or self._day_totals[0] != revision:
            with values.no_collection():  # one a day: a hundred years are 36,500
                rows = self._store._tuples(
                    "SELECT local_date, SUM(actual_seconds), COUNT(*) FROM sessions"
                    " GROUP BY local_date ORDER BY local_date"
                )
                day = date.fromisoformat  # each day once: nothing to keep
                totals = [
                    DayTotal(day(local), float(seconds), int(n)) for local, seconds, n in rows
                ]
            self._day_totals = (revision, totals)
        return list(self._day_totals[1])


class ReminderRepository:
    """What became of each reminder: history, so patterns can be seen (never a reproach)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self, at: Moment, outcome: ReminderOutcome, away_seconds: float | None = None
    ) -> Reminder:
        """``away``: a natural break that ended ``at``, ``away_seconds`` long (at most
        LONGEST_AWAY_SECONDS); every other outcome has no length."""
        outcome = ReminderOutcome(outcome)
        if (outcome is ReminderOutcome.AWAY) != (away_seconds is not None):
            raise ValueError("only a natural break (away) has a length")
        if away_seconds is not None and not 0 <= away_seconds <= LONGEST_AWAY_SECONDS:
            raise ValueError("a natural break lasts from 0 seconds to a week")
        with self._store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes,"
                " away_seconds) VALUES (?, ?, ?, ?, ?)",
                (
                    outcome.value,
                    values.utc_text(at.utc),
                    at.local_date.isoformat(),
                    at.utc_offset_minutes,
                    away_seconds,
                ),
            )
            reminder_id = cursor.lastrowid
        rows = self._store._query("SELECT * FROM reminders WHERE id = ?", (reminder_id,))
        return values.reminder(rows[0])

    def all(self) -> list[Reminder]:
        ordered = self._store._query("SELECT * FROM reminders ORDER BY id")
        return [values.reminder(r) for r in ordered]

    def away_breaks(self) -> list[tuple[date, float | None]]:
        """Each natural break (``away``): its local day and its length in seconds, in the
        order they were kept. The weeks under the chart need only these, not every answer."""
        rows = self._store._query(
            "SELECT local_date, away_seconds FROM reminders WHERE outcome = ? ORDER BY id",
            (ReminderOutcome.AWAY.value,),
        )
        return [(values.day(row[0]), row[1]) for row in rows]
