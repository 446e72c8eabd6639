"""Backups: made with the online backup API, checked, owner-only, thinned, listed, put back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pause_app.core.model import Felt, NewActivity, NewCheckIn
from pause_app.storage import backups
from pause_app.storage.database import MIGRATIONS
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock

NOW = datetime(2026, 3, 15, 10, 0, 0)  # a Sunday


@pytest.fixture
def data(store: Store, clock: FakeClock) -> Store:
    walk = store.activities.add(NewActivity("Walk", "steps", 50), clock())
    store.attempts.add(walk.id, 51, Felt.GOOD, "sunny", clock())
    return store


def _rows(path: Path) -> int:
    count = backups.count_rows(path)
    assert count is not None
    return count


def test_a_daily_copy_is_made_once_a_day_beside_the_database(
    data: Store, pause_home: AppPaths
) -> None:
    made = backups.daily(data.path, pause_home.backups, NOW)
    assert made is not None
    assert made.path.parent == pause_home.data_dir / "backups"
    assert made.name == "pause-2026-03-15-100000.sqlite3"
    assert _rows(made.path) == 3  # an activity, its first target, a log
    assert backups.daily(data.path, pause_home.backups, NOW + timedelta(hours=5)) is None
    assert backups.daily(data.path, pause_home.backups, NOW + timedelta(days=1)) is not None
    assert len(backups.list_backups(pause_home.backups)) == 2


def test_a_copy_is_one_checked_file_with_what_was_committed(
    data: Store, pause_home: AppPaths, clock: FakeClock
) -> None:
    # The last log is still in the -wal only: the copy has it anyway.
    data.attempts.add(data.activities.find("Walk").id, 52, Felt.OK, "", clock())
    made = backups.back_up(data.path, pause_home.backups, NOW)
    assert _rows(made.path) == 4
    assert backups.check(made.path) is None
    leftovers = sorted(p.name for p in pause_home.backups.iterdir())
    assert leftovers == [".lock", made.name]  # no -wal, -shm or temporary file beside it
    header = made.path.read_bytes()[:20]
    assert header[18:20] == b"\x01\x01"  # a rollback-journal file, not a WAL one


def test_folder_and_copies_are_owner_only_whatever_the_umask(
    data: Store, pause_home: AppPaths
) -> None:
    old = os.umask(0o277)  # what a umask does to a folder, a copy and the lock, undone
    try:
        backups.back_up(data.path, pause_home.backups, NOW - timedelta(days=1))
        made = backups.back_up(data.path, pause_home.backups, NOW)
    finally:
        os.umask(old)
    assert pause_home.backups.stat().st_mode & 0o777 == 0o700
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert (pause_home.backups / ".lock").stat().st_mode & 0o777 == 0o600


def test_a_folder_left_open_to_others_is_closed_again(data: Store, pause_home: AppPaths) -> None:
    pause_home.backups.mkdir()
    pause_home.backups.chmod(0o755)
    backups.back_up(data.path, pause_home.backups, NOW)
    assert pause_home.backups.stat().st_mode & 0o777 == 0o700


def test_a_copy_that_does_not_pass_the_check_is_removed_and_said(
    data: Store, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "check", lambda path: "quick_check: page 2 is never used")
    with pytest.raises(backups.BackupError, match="page 2"):
        backups.daily(data.path, pause_home.backups, NOW)
    assert [p.name for p in pause_home.backups.iterdir()] == [".lock"]


def test_no_database_yet_means_no_copy(pause_home: AppPaths) -> None:
    assert backups.daily(pause_home.database, pause_home.backups, NOW) is None
    assert not pause_home.backups.exists()


def test_a_copy_that_cannot_be_written_is_an_error_and_leaves_nothing(
    data: Store, pause_home: AppPaths
) -> None:
    pause_home.backups.write_text("a file where the folder goes")
    with pytest.raises(backups.BackupError):
        backups.daily(data.path, pause_home.backups, NOW)
    assert pause_home.backups.read_text() == "a file where the folder goes"


def test_another_pause_making_the_copy_is_left_to_it(data: Store, pause_home: AppPaths) -> None:
    backups.make_folder(pause_home.backups)
    with backups._lock(pause_home.backups, wait=True):
        assert backups.daily(data.path, pause_home.backups, NOW) is None
    assert backups.list_backups(pause_home.backups) == []


def test_pauses_starting_together_make_one_copy(data: Store, pause_home: AppPaths) -> None:
    code = (
        "import sys; from datetime import datetime; from pathlib import Path\n"
        "from pause_app.storage import backups\n"
        "made = backups.daily(Path(sys.argv[1]), Path(sys.argv[2]), datetime(2026, 3, 15, 10))\n"
        "print(made is not None)\n"
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(data.path), str(pause_home.backups)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    answers = [p.communicate(timeout=60)[0].strip() for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert answers.count("True") == 1
    assert len(backups.list_backups(pause_home.backups)) == 1


def _fake(names: list[str], before_restore: tuple[str, ...] = ()) -> list[backups.Backup]:
    made = []
    for name in names + list(before_restore):
        parsed = backups.parse_name(name)
        assert parsed is not None
        made.append(backups.Backup(name, Path(name), parsed[0], 1, parsed[1]))
    return made


def _name(day: datetime, suffix: str = "") -> str:
    return f"pause-{day:%Y-%m-%d-%H%M%S}{suffix}.sqlite3"


def test_seven_dailies_and_four_weeklies_are_kept() -> None:
    days = [NOW - timedelta(days=n) for n in range(60)]  # one copy a day for 60 days
    kept = backups.kept(_fake([_name(d) for d in days]))
    dailies = {_name(NOW - timedelta(days=n)) for n in range(7)}  # 9 to 15 March: week 11
    # The newest copy of each of the 4 ISO weeks before week 11: the Sundays.
    weeklies = {_name(NOW - timedelta(days=7 * n)) for n in range(1, 5)}
    assert kept == dailies | weeklies


def test_the_newest_copy_of_a_day_is_its_daily() -> None:
    morning, evening = NOW, NOW + timedelta(hours=8)
    kept = backups.kept(_fake([_name(morning), _name(evening)]))
    assert kept == {_name(evening)}


def test_days_without_pause_do_not_cost_old_copies() -> None:
    # Away for a month: the 7 dailies are the 7 most recent days that have a copy.
    days = [NOW - timedelta(days=n) for n in (0, 30, 31, 32, 33, 34, 35, 36, 37)]
    kept = backups.kept(_fake([_name(d) for d in days]))
    assert {_name(d) for d in days[:7]} <= kept


def test_copies_kept_before_a_restore_stay_three_deep() -> None:
    befores = tuple(_name(NOW - timedelta(days=n), "-before-restore") for n in range(5))
    kept = backups.kept(_fake([_name(NOW)], befores))
    assert kept == {_name(NOW), *befores[:3]}


def test_thinning_removes_what_is_not_kept(data: Store, pause_home: AppPaths) -> None:
    for n in range(40):
        backups.back_up(data.path, pause_home.backups, NOW + timedelta(days=n))
    names = {b.name for b in backups.list_backups(pause_home.backups)}
    assert len(names) == 7 + 4
    assert _name(NOW + timedelta(days=39)) in names


def test_other_files_in_the_folder_are_left_alone(data: Store, pause_home: AppPaths) -> None:
    backups.make_folder(pause_home.backups)
    mine = pause_home.backups / "my-notes.txt"
    mine.write_text("keep me")
    backups.back_up(data.path, pause_home.backups, NOW)
    assert mine.read_text() == "keep me"


def test_the_list_is_newest_first_with_sizes_and_rows(data: Store, pause_home: AppPaths) -> None:
    backups.back_up(data.path, pause_home.backups, NOW)
    backups.back_up(data.path, pause_home.backups, NOW + timedelta(days=1))
    listed = backups.list_backups(pause_home.backups, count=True)
    assert [b.taken for b in listed] == [NOW + timedelta(days=1), NOW]
    assert all(b.rows == 3 and b.size > 0 for b in listed)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "name",
    ["../pause.sqlite3", "/etc/passwd", "pause-2026-03-15-100000.sqlite3/..", "", "nope", ".lock"],
)
def test_restore_takes_only_a_listed_name(
    data: Store, pause_home: AppPaths, clock: FakeClock, name: str
) -> None:
    backups.back_up(data.path, pause_home.backups, NOW)
    data.close()
    before = _digest(pause_home.database)
    with pytest.raises(backups.UnknownBackup):
        backups.restore(pause_home.database, pause_home.backups, name, NOW)
    assert _digest(pause_home.database) == before
    assert len(backups.list_backups(pause_home.backups)) == 1


def test_restore_keeps_the_current_data_first_then_puts_the_copy_back(
    data: Store, pause_home: AppPaths, clock: FakeClock
) -> None:
    made = backups.back_up(data.path, pause_home.backups, NOW)
    walk = data.activities.find("Walk")
    data.attempts.add(walk.id, 60, Felt.TIRED, "after the copy", clock())
    data.close()
    result = backups.restore(pause_home.database, pause_home.backups, made.name, NOW)
    assert result.restored.name == made.name
    assert result.kept is not None and result.kept.name.endswith("-before-restore.sqlite3")
    assert _rows(result.kept.path) == 4  # the log made after the copy is kept
    assert not Path(f"{pause_home.database}-wal").exists()
    assert pause_home.database.stat().st_mode & 0o777 == 0o600
    with Store.open(pause_home.database, clock().utc) as reopened:
        assert [a.note for a in reopened.attempts.all()] == ["sunny"]


def test_a_damaged_copy_is_not_put_back(data: Store, pause_home: AppPaths) -> None:
    made = backups.back_up(data.path, pause_home.backups, NOW)
    made.path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    data.close()
    before = _digest(pause_home.database)
    with pytest.raises(backups.UnusableBackup):
        backups.restore(pause_home.database, pause_home.backups, made.name, NOW)
    assert _digest(pause_home.database) == before


def test_a_damaged_current_file_is_kept_byte_for_byte_before_a_restore(
    data: Store, pause_home: AppPaths
) -> None:
    made = backups.back_up(data.path, pause_home.backups, NOW)
    data.close()
    garbage = os.urandom(8192)
    pause_home.database.write_bytes(garbage)
    result = backups.restore(pause_home.database, pause_home.backups, made.name, NOW)
    assert result.kept is not None and result.kept.path.read_bytes() == garbage
    assert backups.check(pause_home.database) is None


def test_restore_into_a_folder_without_data_yet(data: Store, pause_home: AppPaths) -> None:
    made = backups.back_up(data.path, pause_home.backups, NOW)
    data.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{pause_home.database}{suffix}").unlink(missing_ok=True)
    result = backups.restore(pause_home.database, pause_home.backups, made.name, NOW)
    assert result.kept is None
    assert _rows(pause_home.database) == 3


def test_a_copy_from_a_newer_pause_is_not_put_back(data: Store, pause_home: AppPaths) -> None:
    made = backups.back_up(data.path, pause_home.backups, NOW)
    with sqlite3.connect(made.path) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    assert "schema version 99" in (backups.check(made.path) or "")


def test_check_ins_are_counted_in_a_copy(
    data: Store, clock: FakeClock, pause_home: AppPaths
) -> None:
    data.checkins.save(NewCheckIn(clock().local_date, energy=5), clock())
    made = backups.back_up(data.path, pause_home.backups, NOW)
    assert _rows(made.path) == 4  # an activity, its first target, a log, a check-in


def test_a_copy_from_before_check_ins_is_still_counted(tmp_path: Path) -> None:
    old = tmp_path / "pause-2026-03-15-100000.sqlite3"
    connection = sqlite3.connect(old)
    connection.executescript(MIGRATIONS[0] + ";" + MIGRATIONS[1])  # no checkins table yet
    connection.execute(
        "INSERT INTO activities (name, unit, target, started_on, created_utc)"
        " VALUES ('Walk', 'steps', 50, '2026-03-15', '2026-03-15T10:00:00Z')"
    )
    connection.commit()
    connection.close()
    assert backups.count_rows(old) == 1
