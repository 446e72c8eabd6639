import errno
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pause_app.storage import database, recovery
from pause_app.storage.database import (
    DatabaseBusy,
    DatabaseDamagedInUse,
    DatabaseError,
    DatabaseTooNew,
    open_database,
)
from pause_app.storage.store import Store

NOW = datetime(2026, 3, 15, 9, 30, tzinfo=UTC)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_private_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "pause.sqlite3", NOW)
    db = opened.connection
    assert db.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"activities", "attempts", "target_changes", "sessions"} <= tables
    db.execute("BEGIN")
    db.execute(
        "INSERT INTO sessions (kind, pattern, planned_seconds, actual_seconds, ended,"
        " started_utc, local_date, utc_offset_minutes) VALUES"
        " ('pause', 'calm', 60, 60, 'finished', 'x', '2026-03-15', 0)"
    )
    db.execute("COMMIT")
    for name in ("pause.sqlite3", "pause.sqlite3-wal"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    assert opened.kept_corrupt_file is None
    opened.close()


def test_opening_again_does_not_migrate_twice(tmp_path: Path) -> None:
    open_database(tmp_path / "p.sqlite3", NOW).connection.close()
    again = open_database(tmp_path / "p.sqlite3", NOW)
    assert again.connection.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    again.close()


def test_a_failing_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.sqlite3"
    open_database(path, NOW).connection.close()
    broken = (*database.MIGRATIONS, "CREATE TABLE half_done (x); THIS IS NOT SQL")
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    monkeypatch.setattr(database, "SCHEMA_VERSION", len(broken))
    with pytest.raises(DatabaseError, match="syntax error"):
        open_database(path, NOW)
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == len(broken) - 1
    assert (
        check.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    )
    check.close()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    newer = sqlite3.connect(path)
    newer.execute("CREATE TABLE future (x)")
    newer.execute(f"PRAGMA user_version = {database.SCHEMA_VERSION + 1}")
    newer.commit()
    newer.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(path, NOW)
    assert caught.value.found == database.SCHEMA_VERSION + 1
    assert _digest(path) == before
    assert not (tmp_path / "p.sqlite3-wal").exists()


def _left_hot(path: Path, statements: str) -> None:
    """Run ``statements`` in a process that dies without closing the database, as a crash
    does: the committed changes stay in its log (``-wal``), not yet in the file."""
    code = (
        "import os, sqlite3\n"
        f"db = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "db.execute('PRAGMA journal_mode = WAL')\n"
        f"db.executescript({statements!r})\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "statements",
    [
        # a newer Pause made the file and logged a row; all of it still in the log
        "CREATE TABLE future (x); PRAGMA user_version = 999; INSERT INTO future VALUES (1);",
        # the newer version is in the file, a row committed since is in the log
        "CREATE TABLE future (x); PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);"
        " INSERT INTO future VALUES (1);",
    ],
    ids=["version-in-the-log", "row-in-the-log"],
)
def test_a_newer_database_with_a_hot_log_is_refused_byte_for_byte(
    tmp_path: Path, statements: str
) -> None:
    path = tmp_path / "pause.sqlite3"
    _left_hot(path, statements)
    files = [path, path.with_name("pause.sqlite3-wal"), path.with_name("pause.sqlite3-shm")]
    before = {f.name: _digest(f) for f in files}
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(path, NOW)
    assert caught.value.found == 999
    with pytest.raises(DatabaseTooNew):
        Store.open(path, NOW)
    assert {f.name: _digest(f) for f in files} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before)  # nothing new either


def test_the_command_line_refuses_a_newer_database_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "pause.sqlite3"
    _left_hot(path, "CREATE TABLE future (x); PRAGMA user_version = 999;")
    files = [path, path.with_name("pause.sqlite3-wal"), path.with_name("pause.sqlite3-shm")]
    before = {f.name: _digest(f) for f in files}
    for command in (["activity", "list"], ["export"]):
        child = subprocess.run(
            [sys.executable, "-m", "pause_app", "--data-dir", str(tmp_path), *command],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"},
        )
        assert child.returncode == 1
        assert "newer version of Pause" in child.stderr and "Traceback" not in child.stderr
        assert {f.name: _digest(f) for f in files} == before


@pytest.mark.parametrize(
    "garbage",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_corrupt_database_is_kept_and_a_fresh_one_started(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "pause.sqlite3"
    path.write_bytes(garbage)
    opened = open_database(path, NOW)
    assert opened.kept_corrupt_file == tmp_path / "pause.corrupt-20260315-093000.sqlite3"
    assert opened.kept_corrupt_file.read_bytes() == garbage
    assert opened.connection.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 0
    opened.close()
    # A second corrupt file the same second gets its own name.
    path.write_bytes(garbage)
    second = open_database(path, NOW)
    assert second.kept_corrupt_file == tmp_path / "pause.corrupt-20260315-093000-2.sqlite3"
    second.close()


def test_a_damaged_page_inside_a_real_database_is_found(tmp_path: Path) -> None:
    path = tmp_path / "pause.sqlite3"
    opened = open_database(path, NOW)
    opened.connection.execute("PRAGMA journal_mode = DELETE")
    opened.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size : page_size * 2] = b"\xa5" * page_size  # scribble over page 2
    path.write_bytes(bytes(data))
    again = open_database(path, NOW)
    assert again.kept_corrupt_file is not None
    again.close()


def test_a_busy_database_gives_up_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.sqlite3"
    open_database(path, NOW).connection.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.05)
    try:
        with pytest.raises(DatabaseBusy):
            opened = open_database(path, NOW)
            with database.transaction(opened.connection, path):
                pass
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_two_connections_write_in_turn(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    first = open_database(path, NOW)
    second = open_database(path, NOW)
    for opened in (first, second, first):
        with database.transaction(opened.connection, path) as db:
            db.execute(
                "INSERT INTO activities (name, unit, target, started_on, created_utc)"
                " VALUES (?, 'steps', 50, '2026-03-15', 'x')",
                (f"a{id(opened)}{db.total_changes}",),
            )
    assert second.connection.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 3
    first.close()
    second.close()


def test_a_folder_where_the_file_should_be_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "p.sqlite3").mkdir()
    with pytest.raises(DatabaseError):
        open_database(tmp_path / "p.sqlite3", NOW)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most open umask there is: everything Pause makes is owner-only all the same."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("open_umask")
def test_every_file_made_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    opened = open_database(folder / "pause.sqlite3", NOW)
    with database.transaction(opened.connection, opened.path) as db:
        db.execute(
            "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes)"
            " VALUES ('started', 'x', '2026-03-15', 0)"
        )
    made = sorted(p.name for p in folder.iterdir())
    assert made == [
        "pause.sqlite3",
        "pause.sqlite3-shm",
        "pause.sqlite3-wal",
        "pause.sqlite3.door",
        "pause.sqlite3.lock",
    ]
    for path in (tmp_path / "a", folder, *folder.iterdir()):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    opened.close()
    # a damaged file found readable by all is kept for the owner only
    (folder / "pause.sqlite3").write_bytes(b"garbage" * 600)
    (folder / "pause.sqlite3").chmod(0o644)
    again = open_database(folder / "pause.sqlite3", NOW)
    assert again.kept_corrupt_file is not None
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    again.close()


def test_a_second_opener_leaves_the_log_to_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one Pause has the database open, its log is in use: another Pause opens the
    database without copying or checking the log."""
    path = tmp_path / "pause.sqlite3"
    first = open_database(path, NOW)
    with database.transaction(first.connection, path) as db:  # the log has something in it
        db.execute(
            "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes)"
            " VALUES ('started', 'x', '2026-03-15', 0)"
        )
    copied: list[Path] = []

    def copy_log(database: Path) -> None:
        if recovery.companion(database, "-wal").exists():
            copied.append(database)

    monkeypatch.setattr(recovery, "copy_log", copy_log)
    second = open_database(path, NOW)
    assert copied == []
    second.close()
    first.close()
    open_database(path, NOW).close()  # alone again: its log is checked
    assert copied == []  # closing the last connection folded the log in: nothing to copy
    _left_hot(path, "INSERT INTO reminders VALUES (2, 'started', 'x', '2026-03-15', 0, NULL);")
    open_database(path, NOW).close()
    assert copied == [path]


def test_a_damaged_file_another_pause_has_open_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "pause.sqlite3"
    path.write_bytes(b"garbage" * 600)
    holder = recovery.Gate.enter(path.with_name("pause.sqlite3.lock"), 1.0)
    holder.share()  # another Pause, with the file open
    try:
        with pytest.raises(DatabaseDamagedInUse):
            open_database(path, NOW)
        assert path.read_bytes() == b"garbage" * 600
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "pause.sqlite3",
            "pause.sqlite3.door",
            "pause.sqlite3.lock",
        ]
    finally:
        holder.close()
    open_database(path, NOW).close()  # once it has closed, the file is kept and replaced
    assert len(list(tmp_path.glob("pause.corrupt-*.sqlite3"))) == 1


def test_a_file_system_without_locks_opens_without_the_gate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_locks(fd: int, exclusive: bool) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(recovery, "_try_lock", no_locks)
    path = tmp_path / "pause.sqlite3"
    path.write_bytes(b"garbage" * 600)
    opened = open_database(path, NOW)  # opens, checking its files as when alone
    assert opened.kept_corrupt_file is not None
    opened.close()


def test_nobody_slips_in_while_the_first_opener_shares_the_gate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """flock turns an exclusive lock into a shared one by dropping it first (as the kernel
    may). Another opener trying at that moment waits: it would otherwise enter exclusively
    and move aside files the first one has open (seen as "read-only" in twelve at once)."""
    lock = tmp_path / "pause.sqlite3.lock"
    first = recovery.Gate.enter(lock, 1.0)
    assert first.exclusive
    real_flock = recovery.fcntl.flock
    tried: list[object] = []

    def flock(fd: int, operation: int) -> None:
        if operation == recovery.fcntl.LOCK_SH and not tried:
            real_flock(fd, recovery.fcntl.LOCK_UN)  # the moment between the two locks
            try:
                slipped = recovery.Gate.enter(lock, 0.05)
                tried.append(slipped.exclusive)
                slipped.close()  # else the first one would wait for it for good
            except recovery.GateBusy as busy:
                tried.append(busy)
        real_flock(fd, operation)

    monkeypatch.setattr(recovery.fcntl, "flock", flock)
    first.share()
    monkeypatch.undo()
    assert len(tried) == 1 and isinstance(tried[0], recovery.GateBusy)
    second = recovery.Gate.enter(lock, 1.0)  # and once shared, others come in, shared
    assert not second.exclusive
    second.close()
    first.close()
    alone = recovery.Gate.enter(lock, 1.0)
    assert alone.exclusive
    alone.close()
