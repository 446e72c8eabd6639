"""Opening the SQLite file: permissions, version checks, migrations, recovery.

- The schema version lives in ``PRAGMA user_version``; each migration runs in one
  transaction together with the version bump.
- A file from a newer version of Pause is refused before anything is opened for writing:
  its version is read from the bytes of the file and its log (``wal.py``), so the file, its
  ``-wal`` and its ``-shm`` stay as they were, byte for byte.
- A file or folder Pause may not write to is refused before anything is created.
- A corrupt file is never overwritten: it is kept aside, once, under a name that says so,
  and a fresh database starts beside it. A log (``-wal``) holding changes SQLite cannot
  read is kept, with the database, before SQLite opens them (``recovery.py``).
- Every change is one ``BEGIN IMMEDIATE`` transaction; ``synchronous = FULL``: a change
  reported as stored survives a power cut (docs/ARCHITECTURE.md, "Where files live").
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pause_app.storage import recovery, wal
from pause_app.storage.paths import create_private

BUSY_TIMEOUT_SECONDS = 5.0
SYNCHRONOUS = "FULL"

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
    # 3: the daily check-in: energy had and spent (the energy envelope), sleep, symptoms
    """
    CREATE TABLE checkins (
        id                 INTEGER PRIMARY KEY,
        local_date         TEXT    NOT NULL UNIQUE,
        energy             INTEGER CHECK (energy IS NULL OR energy BETWEEN 0 AND 10),
        spent              INTEGER CHECK (spent IS NULL OR spent BETWEEN 0 AND 10),
        sleep              INTEGER CHECK (sleep IS NULL OR sleep BETWEEN 1 AND 5),
        symptoms           TEXT    CHECK (symptoms IS NULL OR symptoms IN
                               ('none', 'mild', 'moderate', 'severe', 'very-severe')),
        note               TEXT    NOT NULL DEFAULT '',
        saved_utc          TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL
    );
    """,
    # steps from a phone or a watch: an imported log has no feeling yet ("not said") and
    # names its source ('' for a log the user typed); resting heart rate, one row a day
    """
    CREATE TABLE attempts_with_source (
        id                 INTEGER PRIMARY KEY,
        activity_id        INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        amount             INTEGER NOT NULL CHECK (amount >= 0),
        felt               TEXT
                           CHECK (felt IS NULL OR felt IN ('good', 'ok', 'tired', 'crash')),
        note               TEXT    NOT NULL DEFAULT '',
        logged_utc         TEXT    NOT NULL,
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        source             TEXT    NOT NULL DEFAULT '',
        CHECK (felt IS NOT NULL OR source != '')
    );
    INSERT INTO attempts_with_source (id, activity_id, amount, felt, note, logged_utc,
        local_date, utc_offset_minutes)
        SELECT id, activity_id, amount, felt, note, logged_utc, local_date, utc_offset_minutes
        FROM attempts;
    DROP TABLE attempts;
    ALTER TABLE attempts_with_source RENAME TO attempts;
    CREATE INDEX attempts_by_activity_and_day ON attempts (activity_id, local_date);
    CREATE INDEX attempts_by_day ON attempts (local_date);
    CREATE TABLE heart_rates (
        local_date         TEXT    NOT NULL PRIMARY KEY,
        bpm                INTEGER NOT NULL CHECK (bpm BETWEEN 20 AND 250),
        source             TEXT    NOT NULL
    );
    """,
    # a natural break is kept too: 'away', with its length in seconds (core/attention.py)
    """
    CREATE TABLE reminders_with_away (
        id                 INTEGER PRIMARY KEY,
        outcome            TEXT    NOT NULL
                           CHECK (outcome IN ('started', 'snoozed', 'dismissed', 'missed', 'away')),
        answered_utc       TEXT    NOT NULL,
        local_date         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        away_seconds       REAL,
        CHECK ((outcome = 'away') = (away_seconds IS NOT NULL)),
        CHECK (away_seconds IS NULL OR away_seconds >= 0)
    );
    INSERT INTO reminders_with_away (id, outcome, answered_utc, local_date, utc_offset_minutes)
        SELECT id, outcome, answered_utc, local_date, utc_offset_minutes FROM reminders;
    DROP TABLE reminders;
    ALTER TABLE reminders_with_away RENAME TO reminders;
    CREATE INDEX reminders_by_day ON reminders (local_date);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
TABLES = (
    "activities",
    "attempts",
    "target_changes",
    "sessions",
    "reminders",
    "checkins",
    "heart_rates",
)
"""Every table the migrations make, in the order a copy or an export goes through them."""


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


class DatabaseReadOnly(DatabaseError):
    """Pause may not write the database file or its folder (permissions, a read-only disk)."""


class DatabaseDamagedInUse(DatabaseError):
    """The file is damaged while another Pause has it open: it cannot be kept aside now."""


@dataclass(frozen=True)
class DamagedLog:
    """The log (``-wal``) held changes SQLite could not read; both files were kept as they were."""

    kept: Path
    """The copy of the database; its log is beside it, as ``<kept>-wal``."""
    unread_changes: int
    """Transactions written in full in the log after its damaged part."""


@dataclass(frozen=True)
class Opened:
    connection: sqlite3.Connection
    path: Path
    kept_corrupt_file: Path | None = None
    """Set when the file was corrupt: where it was kept. A fresh database is at ``path``."""
    damaged_log: DamagedLog | None = None
    """Set when the log was damaged: what could be read is open, the rest was kept."""
    gate: recovery.Gate | None = field(default=None, repr=False)

    def close(self) -> None:
        """Close the database, then let others check its files (closing folds the log in)."""
        self.connection.close()
        if self.gate is not None:
            self.gate.close()


def _create_private(path: Path) -> None:
    """Create an empty owner-only file (SQLite gives its -wal and -shm the same mode)."""
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # whatever the umask
        finally:
            os.close(fd)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=True
    )
    connection.row_factory = sqlite3.Row
    return connection


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any exception. SQLite's errors
    come out as DatabaseError (busy, read-only, ...), never as sqlite3's own."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise classify(error, path) from error
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException as error:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise classify(error, path) from error
        raise


_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def classify(error: BaseException, path: Path) -> DatabaseError:
    """What went wrong, as the one error type callers handle."""
    if isinstance(error, DatabaseError):
        return error
    if isinstance(error, recovery.GateBusy):
        return DatabaseBusy(path, "another program kept the database busy")
    if isinstance(error, OSError):
        if error.errno in _READ_ONLY_ERRNOS:
            return DatabaseReadOnly(path, error.strerror or str(error))
        return DatabaseError(path, error.strerror or str(error))
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error):
        return DatabaseBusy(path, "another program kept the database busy")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return DatabaseReadOnly(path, str(error))
    return DatabaseError(path, str(error))


def _check_readable(connection: sqlite3.Connection) -> int:
    """The schema version; raises sqlite3.DatabaseError when the file is not a sound database."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    result = connection.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise sqlite3.DatabaseError(f"quick_check: {result}")
    return version


def _refuse_newer(path: Path, report: wal.LogReport | None = None) -> None:
    """Refuse a file from a newer Pause, reading its bytes and its log's: no SQLite open,
    which would write the ``-shm`` and, on closing, fold the log into the file. Without the
    log's ``report``, a glance at the log first, checked in full only if it looks newer."""
    log = recovery.companion(path, "-wal")
    if report is not None:
        found = wal.version_in(report, path)
    else:
        found = wal.schema_version(path, log, verify=False)
        if found is not None and found > SCHEMA_VERSION:
            found = wal.schema_version(path, log)
    if found is not None and found > SCHEMA_VERSION:
        raise DatabaseTooNew(path, found, SCHEMA_VERSION)


def _refuse_unwritable(path: Path) -> None:
    """Refuse, before creating anything, a file or folder Pause may not write to."""
    for name in (path, recovery.companion(path, "-wal"), recovery.companion(path, "-shm")):
        if _unwritable_file(name):
            raise DatabaseReadOnly(name, "the file is read-only")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folder that would hold the new ones
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseReadOnly(folder, "the folder is read-only")


def _unwritable_file(name: Path) -> bool:
    """A file at ``name`` that this user may not read and write. Asked before the gate, so
    another Pause may be keeping a damaged file aside meanwhile: ``os.access`` says no to a
    file gone by the time it looks, so a no is asked again, while a file is there."""
    for _ in range(3):
        if not name.is_file():
            return False
        if os.access(name, os.R_OK | os.W_OK):
            return False
    return True


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

    ``now`` names a kept file. Raises DatabaseTooNew for a file written by a newer Pause,
    DatabaseReadOnly for one Pause may not write, DatabaseBusy when another process holds
    it too long: each before anything is changed.
    """
    try:
        _refuse_newer(path)  # first, and reading only: a refusal changes nothing
        _refuse_unwritable(path)
        create_private(path.parent)
        gate = recovery.Gate.enter(recovery.companion(path, ".lock"), BUSY_TIMEOUT_SECONDS)
    except (OSError, sqlite3.Error, recovery.GateBusy) as error:
        raise classify(error, path) from error
    try:
        opened = _open_at_the_gate(path, now, gate)
    except BaseException as error:
        gate.close()
        if isinstance(error, (OSError, sqlite3.Error)):
            raise classify(error, path) from error
        raise
    gate.share()
    return opened


def _open_at_the_gate(path: Path, now: datetime, gate: recovery.Gate) -> Opened:
    log_copy: Path | None = None
    damaged: DamagedLog | None = None
    kept: Path | None = None
    if gate.exclusive:  # nobody else has it open: its files hold still, and may be kept
        report = wal.read_file(path, recovery.companion(path, "-wal"))
        _refuse_newer(path, report)  # in full, now that nobody writes
        log_copy = recovery.copy_log(path)
        if log_copy is not None and report.unread_commits:
            damaged = DamagedLog(
                recovery.keep_damaged_log(path, now, log_copy), report.unread_commits
            )
            log_copy = None
            if not report.header_sound:  # SQLite would not use it (or not open at all): kept
                recovery.remove_log(path)
    existed = path.is_file() and path.stat().st_size > 0
    _create_private(path)
    connection = _connect(path)
    try:
        version = _check_readable(connection)
    except sqlite3.OperationalError as error:
        connection.close()
        raise classify(error, path) from error
    except sqlite3.DatabaseError as error:
        connection.close()
        if not existed:
            raise DatabaseError(path, str(error)) from error
        if not gate.exclusive:
            raise DatabaseDamagedInUse(path, str(error)) from error
        kept = recovery.keep_corrupt(path, now, log_copy)
        log_copy = None
        _create_private(path)
        connection = _connect(path)
        version = _check_readable(connection)
    finally:
        if log_copy is not None:  # read in full and sound: the copy is not needed
            log_copy.unlink()
    if version > SCHEMA_VERSION:
        connection.close()
        raise DatabaseTooNew(path, version, SCHEMA_VERSION)
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        _migrate(connection, path, version)
    except BaseException:
        connection.close()
        raise
    return Opened(connection, path, kept, damaged, gate)
