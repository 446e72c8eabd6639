"""Opening the SQLite file: permissions, version checks, migrations, recovery.

- The schema version lives in ``PRAGMA user_version``; each migration runs in one
  transaction together with the version bump.
- A file from a newer version of Pause is refused before anything is written.
- A corrupt file is never overwritten: it is moved aside under a name that says
  so, and a fresh database starts beside it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 5.0

MIGRATIONS: tuple[str, ...] = (
    # 1: activities, attempts, target changes, sessions
    """
    CREATE TABLE activities (
        id            INTEGER PRIMARY KEY,
        name          TEXT    NOT NULL UNIQUE COLLATE NOCASE,
        unit          TEXT    NOT NULL,
        target        INTEGER NOT NULL CHECK (target >= 0),
        step_percent  REAL    NOT NULL DEFAULT 2.0 CHECK (step_percent BETWEEN 0 AND 5),
        maintenance   INTEGER NOT NULL DEFAULT 0 CHECK (maintenance IN (0, 1)),
        archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        derived_from  INTEGER REFERENCES activities (id),
        started_on    TEXT    NOT NULL,
        created_utc   TEXT    NOT NULL
    );
    CREATE TABLE attempts (
        id                 INTEGER PRIMARY KEY,
        activity_id        INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        amount             INTEGER NOT NULL CHECK (amount >= 0),
        felt               TEXT    NOT NULL CHECK (felt IN ('good', 'ok', 'tired', 'crash')),
        note               TEXT    NOT NULL DEFAULT '',
        logged_utc         TEXT    NOT NULL,
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL
    );
    CREATE INDEX attempts_by_activity_and_day ON attempts (activity_id, local_date);
    CREATE INDEX attempts_by_day ON attempts (local_date);
    CREATE TABLE target_changes (
        id                 INTEGER PRIMARY KEY,
        activity_id        INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        old_target         INTEGER CHECK (old_target >= 0),
        new_target         INTEGER NOT NULL CHECK (new_target >= 0),
        reason             TEXT    NOT NULL
                           CHECK (reason IN ('created', 'manual', 'offer_accepted', 'after_crash')),
        changed_utc        TEXT    NOT NULL,
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL
    );
    CREATE INDEX target_changes_by_activity ON target_changes (activity_id, local_date);
    CREATE TABLE sessions (
        id                 INTEGER PRIMARY KEY,
        kind               TEXT    NOT NULL CHECK (kind IN ('pause', 'breathing')),
        pattern            TEXT    NOT NULL,
        planned_seconds    REAL    NOT NULL CHECK (planned_seconds >= 0),
        actual_seconds     REAL    NOT NULL CHECK (actual_seconds >= 0),
        ended              TEXT    NOT NULL
                           CHECK (ended IN ('finished', 'stopped_early', 'interrupted')),
        rating             TEXT
                           CHECK (rating IS NULL OR rating IN ('better', 'same', 'too_much')),
        started_utc        TEXT    NOT NULL,
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL
    );
    CREATE INDEX sessions_by_day ON sessions (local_date);
    """,
    # 2: what became of each reminder (started, snoozed, dismissed, missed)
    """
    CREATE TABLE reminders (
        id                 INTEGER PRIMARY KEY,
        outcome            TEXT    NOT NULL
                           CHECK (outcome IN ('started', 'snoozed', 'dismissed', 'missed')),
        answered_utc       TEXT    NOT NULL,
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL
    );
    CREATE INDEX reminders_by_day ON reminders (local_date);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseError(Exception):
    """The database cannot be used; the message says why. Nothing was changed."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class DatabaseTooNew(DatabaseError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            path, f"schema version {found}, this version of Pause knows up to {supported}"
        )
        self.found = found
        self.supported = supported


class DatabaseBusy(DatabaseError):
    """Another process held the database for longer than the busy timeout."""


@dataclass(frozen=True)
class Opened:
    connection: sqlite3.Connection
    path: Path
    kept_corrupt_file: Path | None = None
    """Set when the file was corrupt: where it was kept. A fresh database is at ``path``."""


def _create_private(path: Path) -> None:
    """Create an empty owner-only file (SQLite gives its -wal and -shm the same mode)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=True
    )
    connection.row_factory = sqlite3.Row
    return connection


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any exception."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise _busy_or(error, path) from error
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    else:
        connection.execute("COMMIT")


def _busy_or(error: sqlite3.Error, path: Path) -> DatabaseError:
    """What went wrong, as the one error type callers handle."""
    if "locked" in str(error) or "busy" in str(error):
        return DatabaseBusy(path, "another program kept the database busy")
    return DatabaseError(path, str(error))


def _check_readable(connection: sqlite3.Connection) -> int:
    """The schema version; raises sqlite3.DatabaseError when the file is not a sound database."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    result = connection.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(f"quick_check: {result}")
    return version


def _keep_aside(path: Path, now: datetime) -> Path:
    """Move a corrupt database (and its -wal/-shm) to a name that says what it is."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = path.with_name(f"{path.stem}.corrupt-{stamp}-{counter}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    os.replace(path, kept)
    return kept


def _migrate(connection: sqlite3.Connection, path: Path, version: int) -> None:
    while version < SCHEMA_VERSION:
        with transaction(connection, path):
            # Read again inside the transaction: another process may have migrated meanwhile.
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version >= SCHEMA_VERSION:
                break
            for statement in MIGRATIONS[version].split(";"):
                if statement.strip():
                    connection.execute(statement)
            version += 1
            connection.execute(f"PRAGMA user_version = {version:d}")


def open_database(path: Path, now: datetime) -> Opened:
    """Open (creating or migrating as needed) the database at ``path``.

    ``now`` names a kept corrupt file. Raises DatabaseTooNew for a file written by a
    newer Pause, and DatabaseBusy when another process holds it too long.
    """
    kept: Path | None = None
    try:
        existed = path.is_file() and path.stat().st_size > 0
        _create_private(path)
        connection = _connect(path)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(path, str(error)) from error
    try:
        version = _check_readable(connection)
    except sqlite3.OperationalError as error:
        connection.close()
        raise _busy_or(error, path) from error
    except sqlite3.DatabaseError as error:
        connection.close()
        if not existed:
            raise DatabaseError(path, str(error)) from error
        kept = _keep_aside(path, now)
        _create_private(path)
        connection = _connect(path)
        version = _check_readable(connection)
    if version > SCHEMA_VERSION:
        connection.close()
        raise DatabaseTooNew(path, version, SCHEMA_VERSION)
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = NORMAL")
        _migrate(connection, path, version)
    except sqlite3.Error as error:
        connection.close()
        raise _busy_or(error, path) from error
    except BaseException:
        connection.close()
        raise
    return Opened(connection, path, kept)
