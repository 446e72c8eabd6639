"""Resting heart rate per day, as a phone or a watch measured it (imported with steps).
No advice is drawn from it: it is there to be seen beside the steps."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pause_app.storage.store import Store

LOWEST_BPM = 20
HIGHEST_BPM = 250


class HeartRateRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, values: Iterable[tuple[date, int]], source: str) -> int:
        """Store resting bpm per day (one row a day: a day given again is replaced), in one
        transaction; returns how many days were new or changed."""
        changed = 0
        with self._store.transaction() as db:
            changed = put(db, values, source)
        return changed

    def between(self, first: date, last: date) -> list[tuple[date, int]]:
        rows = self._store._query(
            "SELECT local_date, bpm FROM heart_rates WHERE local_date BETWEEN ? AND ?"
            " ORDER BY local_date",
            (first.isoformat(), last.isoformat()),
        )
        return [(date.fromisoformat(row["local_date"]), int(row["bpm"])) for row in rows]

    def all(self) -> list[tuple[date, int]]:
        rows = self._store._query("SELECT local_date, bpm FROM heart_rates ORDER BY local_date")
        return [(date.fromisoformat(row["local_date"]), int(row["bpm"])) for row in rows]

    def sources(self) -> dict[date, str]:
        rows = self._store._query("SELECT local_date, source FROM heart_rates")
        return {date.fromisoformat(row["local_date"]): row["source"] for row in rows}


def put(db: object, values: Iterable[tuple[date, int]], source: str) -> int:
    """Inside an open transaction (``db``: its connection): insert or replace, counting the
    days that were new or changed."""
    changed = 0
    for day, bpm in values:
        if not LOWEST_BPM <= int(bpm) <= HIGHEST_BPM:
            raise ValueError(f"resting heart rate out of range: {bpm}")
        cursor = db.execute(  # type: ignore[attr-defined]
            "INSERT INTO heart_rates (local_date, bpm, source) VALUES (?, ?, ?)"
            " ON CONFLICT (local_date) DO UPDATE SET bpm = excluded.bpm, source = excluded.source"
            " WHERE heart_rates.bpm != excluded.bpm",
            (day.isoformat(), int(bpm), source),
        )
        changed += cursor.rowcount
    return changed
