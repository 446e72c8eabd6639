"""The daily check-in: at most one a day; saving again edits that day's."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from pause_app.core import validation
from pause_app.core.model import CheckIn, Moment, NewCheckIn, Symptoms
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage import rows as values

if TYPE_CHECKING:
    from pause_app.storage.store import Store

ENERGY_RANGE = (0, 10)  # energy had and spent: the energy envelope's 0-10
SLEEP_RANGE = (1, 5)


def check_level(value: int | None, low: int, high: int) -> int | None:
    """One optional level of a check-in (energy, spent, sleep) within ``low..high``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(Field.AMOUNT, Problem.NOT_A_WHOLE_NUMBER)
    if not low <= value <= high:  # core has no "too small": the limit names the range
        problem = Problem.NEGATIVE if value < 0 else Problem.TOO_LARGE
        raise ValidationError(Field.AMOUNT, problem, f"{low}-{high}")
    return value


class CheckInRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, new: NewCheckIn, at: Moment) -> CheckIn:
        """Store ``new`` as its day's check-in (editing the one already there), in one
        transaction. ``at`` is when it was saved; the day may be earlier, never later."""
        energy = check_level(new.energy, *ENERGY_RANGE)
        spent = check_level(new.spent, *ENERGY_RANGE)
        sleep = check_level(new.sleep, *SLEEP_RANGE)
        symptoms = None if new.symptoms is None else Symptoms(new.symptoms)
        note = validation.clean_note(new.note)
        entered_on = (at.utc + timedelta(minutes=at.utc_offset_minutes)).date()
        validation.check_day(new.day, entered_on)
        with self._store.transaction() as db:
            db.execute(
                "INSERT INTO checkins (local_date, energy, spent, sleep, symptoms, note,"
                " saved_utc, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (local_date) DO UPDATE SET energy = excluded.energy,"
                " spent = excluded.spent, sleep = excluded.sleep, symptoms = excluded.symptoms,"
                " note = excluded.note, saved_utc = excluded.saved_utc,"
                " utc_offset_minutes = excluded.utc_offset_minutes",
                (
                    new.day.isoformat(),
                    energy,
                    spent,
                    sleep,
                    None if symptoms is None else symptoms.value,
                    note,
                    values.utc_text(at.utc),
                    at.utc_offset_minutes,
                ),
            )
        saved = self.on(new.day)
        assert saved is not None
        return saved

    def on(self, day: date) -> CheckIn | None:
        rows = self._store._query("SELECT * FROM checkins WHERE local_date = ?", (day.isoformat(),))
        return values.checkin(rows[0]) if rows else None

    def between(self, first: date, last: date) -> list[CheckIn]:
        """Check-ins whose day lies in ``first..last`` (both included), by day."""
        rows = self._store._query(
            "SELECT * FROM checkins WHERE local_date BETWEEN ? AND ? ORDER BY local_date",
            (first.isoformat(), last.isoformat()),
        )
        return [values.checkin(row) for row in rows]

    def all(self) -> list[CheckIn]:
        with values.no_collection():
            sql = f"SELECT {values.CHECKIN_COLUMNS} FROM checkins ORDER BY local_date"
            return values.checkins(self._store._tuples(sql))
