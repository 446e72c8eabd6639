"""The store: one open database and its repositories, plain dataclasses in and out, one
transaction per write.

All SQL in Pause lives in ``pause_app.storage``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pause_app.core import pacing
from pause_app.core.model import Activity, Attempt
from pause_app.storage.activities import ActivityRepository, TargetChangeRepository
from pause_app.storage.attempts import AttemptRepository
from pause_app.storage.checkins import CheckInRepository
from pause_app.storage.database import TABLES, Opened, classify, open_database, transaction
from pause_app.storage.heart_rates import HeartRateRepository
from pause_app.storage.rows import parse_utc, utc_text
from pause_app.storage.sessions import ReminderRepository, SessionRepository

__all__ = ["Store", "parse_utc", "utc_text"]


class Store:
    """One open database and its repositories."""

    def __init__(self, opened: Opened) -> None:
        self._opened = opened
        self._connection = opened.connection
        self.path = opened.path
        self.kept_corrupt_file = opened.kept_corrupt_file
        self.damaged_log = opened.damaged_log
        """Set when the newest changes in the log could not be read: where both files are kept."""
        self.activities = ActivityRepository(self)
        self.attempts = AttemptRepository(self)
        self.target_changes = TargetChangeRepository(self)
        self.sessions = SessionRepository(self)
        self.reminders = ReminderRepository(self)
        self.checkins = CheckInRepository(self)
        self.heart_rates = HeartRateRepository(self)

    @classmethod
    def open(cls, path: Path, now: datetime) -> Store:
        return cls(open_database(path, now))

    def close(self) -> None:
        self._opened.close()

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
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise classify(error, self.path) from error

    def _tuples(self, sql: str) -> list[tuple[Any, ...]]:
        """Rows as plain tuples, for the few reads of very many rows."""
        try:
            cursor = self._connection.cursor()
            cursor.row_factory = None
            return cursor.execute(sql).fetchall()
        except sqlite3.Error as error:
            raise classify(error, self.path) from error

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
        for several activities at once, to read them only once. Every activity's target
        changes go in too: a big day anywhere is measured against its own target. The
        check-ins of the quiet days before today go in as well (rule 12)."""
        logged = self.attempts.all() if attempts is None else attempts
        changes = self.target_changes.all()
        since = today - timedelta(days=rules.quiet_days_after_tired)
        checkins = self.checkins.between(since, today)
        return pacing.answer(activity, logged, changes, today, rules, checkins)

    def columns(self, table: str) -> list[str]:
        """The column names of one of the tables, in order (what the export must match)."""
        if table not in TABLES:
            raise ValueError(f"no table {table!r}")
        return [row["name"] for row in self._query(f"PRAGMA table_info({table})")]
