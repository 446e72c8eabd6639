"""Reading a database's log without SQLite gives what SQLite itself makes of it."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from pause_app.storage import wal


def _hot_copy(tmp_path: Path, rng: random.Random, commits: int, spill: bool) -> Path:
    """A database whose last ``commits`` transactions (one row each) are only in its log,
    copied while its connection is open: the copy's log is hot, as after a crash."""
    live = tmp_path / "live"
    live.mkdir()
    db = sqlite3.connect(live / "p.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute("CREATE TABLE t (x)")
    db.execute("PRAGMA user_version = 7")
    for _ in range(rng.randint(0, 4)):
        db.execute("INSERT INTO t VALUES (?)", (rng.randbytes(600),))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(commits):  # each commit adds one row; one of them changes the version
        db.execute("BEGIN")
        db.execute("INSERT INTO t VALUES (?)", (rng.randbytes(300),))
        if n == commits // 2:
            db.execute("PRAGMA user_version = 8")
        db.execute("COMMIT")
    if spill:  # a transaction too big for the cache, not committed: frames without a commit
        db.execute("PRAGMA cache_size = 2")
        db.execute("BEGIN")
        for _ in range(60):
            db.execute("INSERT INTO t VALUES (?)", (rng.randbytes(900),))
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("p.sqlite3", "p.sqlite3-wal"):
        shutil.copyfile(live / name, copy / name)
    db.close()
    return copy / "p.sqlite3"


def _sqlite_sees(database: Path) -> tuple[int, int]:
    """(rows, user_version) as SQLite reads them, from a copy of the copy."""
    look = database.parent.parent / "look"
    look.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{database}{suffix}", look / f"p.sqlite3{suffix}")
    db = sqlite3.connect(look / "p.sqlite3")
    try:
        return (
            db.execute("SELECT COUNT(*) FROM t").fetchone()[0],
            db.execute("PRAGMA user_version").fetchone()[0],
        )
    finally:
        db.close()


@pytest.mark.parametrize("seed", range(16))
def test_the_log_is_read_as_sqlite_reads_it(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    commits = rng.randint(1, 20)
    database = _hot_copy(tmp_path, rng, commits, spill=seed % 3 == 0)
    log = database.with_name("p.sqlite3-wal")
    data = bytearray(log.read_bytes())
    sound = seed % 4 == 0
    if not sound:  # one flipped bit anywhere, also in the log's header
        position = rng.randrange(len(data))
        data[position] ^= 1 << rng.randrange(8)
        log.write_bytes(bytes(data))
    rows_in_file = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    try:
        in_file = rows_in_file.execute("SELECT COUNT(*) FROM t").fetchone()[0]
    finally:
        rows_in_file.close()

    report = wal.read_file(database, log)

    rows, version = _sqlite_sees(database)
    assert in_file + report.commits == rows  # every commit here adds one row
    assert wal.schema_version(database, log) == version
    if sound:
        assert (report.commits, report.unread_commits) == (commits, 0)
        assert wal.schema_version(database, log, verify=False) == version  # a glance will do
    else:
        assert report.commits + report.unread_commits <= commits
        assert report.commits == commits or report.unread_commits > 0 or not report.header_sound


@pytest.mark.parametrize(
    "position",
    [0, 5, 17, 22, 26, 32 + 9],
    ids=["magic", "format", "salt", "salt-2", "header-sum", "first-frame-salt"],
)
def test_a_damaged_log_header_leaves_every_change_in_it_unread(
    tmp_path: Path, position: int
) -> None:
    database = _hot_copy(tmp_path, random.Random(position), 6, spill=False)
    log = database.with_name("p.sqlite3-wal")
    data = bytearray(log.read_bytes())
    data[position] ^= 0x10
    log.write_bytes(bytes(data))

    report = wal.read_file(database, log)

    assert report.commits == 0
    # every commit after the damage; a damaged salt hides its own frame's
    assert report.unread_commits == (5 if position == 32 + 9 else 6)
    assert report.header_sound == (position >= 32)
    assert wal.schema_version(database, log) == 7  # the file's own, the log's is not read
    if position != 5:  # SQLite refuses a log of another format outright: not compared
        assert _sqlite_sees(database)[1] == 7


def test_no_log_and_a_short_log_read_as_empty(tmp_path: Path) -> None:
    database = tmp_path / "p.sqlite3"
    assert wal.read_file(database, tmp_path / "missing") == wal.LogReport()
    assert wal.read(b"\x37\x7f\x06\x82") == wal.LogReport()
    assert wal.schema_version(database, tmp_path / "missing") is None


@pytest.mark.parametrize(
    "header",
    [b"", b"SQLite format 3\x00" + b"\xff" * 84, b"not a database" * 10],
    ids=["empty", "garbage-after-the-magic", "text"],
)
def test_a_file_that_is_not_a_database_has_no_version(tmp_path: Path, header: bytes) -> None:
    database = tmp_path / "p.sqlite3"
    database.write_bytes(header)
    assert wal.schema_version(database, tmp_path / "p.sqlite3-wal") is None
