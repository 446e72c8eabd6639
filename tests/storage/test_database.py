import hashlib
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pause_app.storage import database
from pause_app.storage.database import DatabaseBusy, DatabaseError, DatabaseTooNew, open_database

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
    db.close()


def test_opening_again_does_not_migrate_twice(tmp_path: Path) -> None:
    open_database(tmp_path / "p.sqlite3", NOW).connection.close()
    again = open_database(tmp_path / "p.sqlite3", NOW)
    assert again.connection.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    again.connection.close()


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
    opened.connection.close()
    # A second corrupt file the same second gets its own name.
    path.write_bytes(garbage)
    second = open_database(path, NOW)
    assert second.kept_corrupt_file == tmp_path / "pause.corrupt-20260315-093000-2.sqlite3"
    second.connection.close()


def test_a_damaged_page_inside_a_real_database_is_found(tmp_path: Path) -> None:
    path = tmp_path / "pause.sqlite3"
    opened = open_database(path, NOW)
    opened.connection.execute("PRAGMA journal_mode = DELETE")
    opened.connection.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size : page_size * 2] = b"\xa5" * page_size  # scribble over page 2
    path.write_bytes(bytes(data))
    again = open_database(path, NOW)
    assert again.kept_corrupt_file is not None
    again.connection.close()


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
    first.connection.close()
    second.connection.close()


def test_a_folder_where_the_file_should_be_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "p.sqlite3").mkdir()
    with pytest.raises(DatabaseError):
        open_database(tmp_path / "p.sqlite3", NOW)
