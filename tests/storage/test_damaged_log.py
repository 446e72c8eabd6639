"""A damaged log (``-wal``) never drops logs silently: Pause says so and keeps both files
as they were (issue 12, hole 9); a sound log leaves nothing behind."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from pause_app.core.model import Felt, NewActivity
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock

LOGS = 20


def _left_by_a_crash(tmp_path: Path) -> tuple[Path, list[int]]:
    """A database with LOGS attempts logged one transaction each, all still in its log:
    the files copied while the store is open, as a crash leaves them."""
    clock = FakeClock()
    live = tmp_path / "live"
    with Store.open(live / "pause.sqlite3", clock().utc) as store:
        walk = store.activities.add(NewActivity("Walk", "min", 5), clock())
        ids = [store.attempts.add(walk.id, n, Felt.OK, f"log {n}", clock()).id for n in range(LOGS)]
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for name in ("pause.sqlite3", "pause.sqlite3-wal"):
            shutil.copyfile(live / name, crashed / name)
    return crashed / "pause.sqlite3", ids


HEADER, FRAME_HEADER = 32, 24  # the log's header, each frame's header (then one page)


def _frame_offset(log: bytes, frame: int) -> int:
    page_size = int.from_bytes(log[8:12], "big")
    return HEADER + frame * (FRAME_HEADER + page_size)


def _frames(log: bytes) -> int:
    page_size = int.from_bytes(log[8:12], "big")
    return (len(log) - HEADER) // (FRAME_HEADER + page_size)


@pytest.mark.parametrize("where", ["log-header", "early-frame", "middle-frame", "last-frame"])
def test_a_damaged_log_is_said_and_kept_with_the_database(tmp_path: Path, where: str) -> None:
    database, ids = _left_by_a_crash(tmp_path)
    log = database.with_name("pause.sqlite3-wal")
    data = bytearray(log.read_bytes())
    frames = _frames(bytes(data))
    frame = {"early-frame": 2, "middle-frame": frames // 2, "last-frame": frames - 1}.get(where)
    position = 26 if frame is None else _frame_offset(bytes(data), frame) + FRAME_HEADER + 99
    data[position] ^= 0x40  # one flipped bit
    log.write_bytes(bytes(data))
    database_before = database.read_bytes()

    with Store.open(database, FakeClock()().utc) as store:
        assert len(list(database.parent.glob("pause.damaged-log-*.sqlite3"))) == 1
        damaged = store.damaged_log
        assert damaged is not None
        assert damaged.unread_changes >= 1
        kept_log = damaged.kept.with_name(damaged.kept.name + "-wal")
        assert damaged.kept.name.startswith("pause.damaged-log-")
        assert damaged.kept.read_bytes() == database_before
        assert kept_log.read_bytes() == bytes(data)
        for kept in (damaged.kept, kept_log):
            assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        stored = [attempt.id for attempt in store.attempts.all()]
        assert stored == ids[: len(stored)] and len(stored) < LOGS  # what could be read
        store.activities.add(NewActivity("Rest", "min", 5), FakeClock()())  # writes go on

    assert not database.with_name("pause.sqlite3-wal.before-open").exists()
    with Store.open(database, FakeClock()().utc) as again:  # said once
        assert again.damaged_log is None
    pair = sqlite3.connect(damaged.kept)  # the kept pair reads as SQLite read it
    tables = {row[0] for row in pair.execute("SELECT name FROM sqlite_master")}
    seen = (
        pair.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] if "attempts" in tables else 0
    )
    pair.close()
    assert seen == len(stored)


def test_a_sound_log_is_read_in_full_and_leaves_no_copy(tmp_path: Path) -> None:
    database, ids = _left_by_a_crash(tmp_path)

    with Store.open(database, FakeClock()().utc) as store:
        assert store.damaged_log is None
        assert [attempt.id for attempt in store.attempts.all()] == ids

    assert sorted(p.name for p in database.parent.iterdir()) == [
        "pause.sqlite3",
        "pause.sqlite3.door",
        "pause.sqlite3.lock",
    ]


def test_an_unfinished_transaction_in_the_log_is_no_damage(tmp_path: Path) -> None:
    """A crash in the middle of a big change leaves frames with no commit: nothing that was
    acknowledged is missing, so nothing is said."""
    database, ids = _left_by_a_crash(tmp_path)
    spilling = sqlite3.connect(database, isolation_level=None)
    spilling.execute("PRAGMA cache_size = 2")
    spilling.execute("BEGIN")
    for _ in range(80):
        spilling.execute(
            "INSERT INTO sessions (kind, pattern, planned_seconds, actual_seconds,"
            " ended, started_utc, local_date, utc_offset_minutes) VALUES"
            " ('pause', ?, 60, 60, 'finished', 'x', '2026-03-15', 0)",
            ("x" * 900,),
        )
    crashed = tmp_path / "unfinished"
    crashed.mkdir()
    for name in ("pause.sqlite3", "pause.sqlite3-wal"):
        shutil.copyfile(database.with_name(name), crashed / name)
    spilling.execute("ROLLBACK")
    spilling.close()

    with Store.open(crashed / "pause.sqlite3", FakeClock()().utc) as store:
        assert store.damaged_log is None
        assert [attempt.id for attempt in store.attempts.all()] == ids
        assert store.sessions.all() == []


def test_the_command_line_says_a_damaged_log_in_one_line(qapp, tmp_path: Path) -> None:
    """The notice reaches the user: `activity list` on such a folder says it on stderr.
    (``qapp`` first: the command line would make a QCoreApplication of its own, which
    stays, and a later test in this process could not have its QApplication.)"""
    import contextlib
    import io

    from pause_app import cli

    database, _ids = _left_by_a_crash(tmp_path)
    log = database.with_name("pause.sqlite3-wal")
    data = bytearray(log.read_bytes())
    data[_frame_offset(bytes(data), 2) + FRAME_HEADER + 99] ^= 0x40
    log.write_bytes(bytes(data))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(database.parent), "activity", "list"])
    assert code == 0
    said = [line for line in err.getvalue().splitlines() if line]
    assert len(said) == 1 and "could not be read" in said[0] and "Traceback" not in said[0]
