"""The command line about the data as a whole: backup list/now, restore, import."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pause_app import cli
from pause_app.cli import data_commands
from pause_app.desktop import handover
from pause_app.storage import backups
from pause_app.storage.paths import AppPaths
from tests.helpers.clock import FakeClock
from tests.helpers.plural import plain
from tests.storage.test_importer import content


@pytest.fixture
def run(qapp, clock: FakeClock, capsys: pytest.CaptureFixture[str]):
    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv), now=clock)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def walked(run) -> None:
    """An activity and a log; the activity was the day's first write: the day's backup has it."""
    assert run("activity", "add", "Walk", "--unit", "steps", "--target", "50")[0] == 0
    assert run("log", "Walk", "51", "--felt", "good", "--note", "sunny")[0] == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _everything(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its content's digest (what a refusal must not change)."""
    return {str(p.relative_to(folder)): _digest(p) for p in folder.rglob("*") if p.is_file()}


def test_the_first_write_of_the_day_makes_the_days_backup(
    run, walked, pause_home: AppPaths, clock: FakeClock
) -> None:
    [made] = backups.list_backups(pause_home.backups)
    assert made.name == "pause-2026-03-15-100000.sqlite3"  # the local time, 10:00 in UTC+1
    assert run("log", "Walk", "52", "--felt", "ok")[0] == 0
    assert len(backups.list_backups(pause_home.backups)) == 1  # once a day
    clock.advance(days=1)
    assert run("log", "Walk", "53", "--felt", "ok")[0] == 0
    assert len(backups.list_backups(pause_home.backups)) == 2


def test_reading_commands_make_no_backup(run, pause_home: AppPaths) -> None:
    run("activity", "add", "Walk", "--unit", "steps", "--target", "50")
    for path in pause_home.backups.iterdir():
        path.unlink()
    assert run("activity", "list")[0] == 0
    assert run("export")[0] == 0
    assert backups.list_backups(pause_home.backups) == []


def test_a_backup_that_cannot_be_made_is_one_line_and_the_log_stands(
    run, pause_home: AppPaths
) -> None:
    run("activity", "add", "Walk", "--unit", "steps", "--target", "50")
    for path in pause_home.backups.iterdir():
        path.unlink()
    pause_home.backups.rmdir()
    pause_home.backups.write_text("a file where the folder goes")
    code, out, err = run("log", "Walk", "51", "--felt", "good")
    assert code == 0 and "Logged 51 steps" in out
    assert err.count("\n") == 1 and "could not make a backup" in err
    assert "Traceback" not in err


def test_backup_list_shows_date_size_and_rows(run, walked, pause_home: AppPaths) -> None:
    code, out, err = run("backup", "list")
    assert (code, err) == (0, "")
    heading, line = out.splitlines()
    assert heading == f"Backups in {pause_home.backups}:"
    assert line.startswith("  2026-03-15 10:00  pause-2026-03-15-100000.sqlite3  ")
    # made after the first write: the activity
    assert plain(line).endswith(" kB, 2 things noted: logs, pauses, check-ins")


def test_backup_list_without_backups_makes_nothing(run, pause_home: AppPaths) -> None:
    code, out, _ = run("backup", "list")
    assert code == 0 and "There are no backups yet" in out
    assert not pause_home.data_dir.exists()


def test_backup_now_says_where(run, walked, pause_home: AppPaths, clock: FakeClock) -> None:
    clock.advance(minutes=5)
    code, out, err = run("backup", "now")
    assert (code, err) == (0, "")
    path = pause_home.backups / "pause-2026-03-15-100500.sqlite3"
    assert out == f"A backup of your data is now in {path}.\n"
    assert backups.count_rows(path) == 3


def test_backup_now_without_data_says_so_and_makes_nothing(run, pause_home: AppPaths) -> None:
    code, out, err = run("backup", "now")
    assert code == 1 and out == "" and "nothing to back up" in err
    assert not pause_home.data_dir.exists()


@pytest.mark.parametrize(
    "name", ["../pause.sqlite3", "pause.sqlite3", "/etc/passwd", "backups/../pause.sqlite3", ""]
)
def test_restore_refuses_a_name_that_is_not_a_listed_backup(
    run, walked, pause_home: AppPaths, name: str
) -> None:
    before = _everything(pause_home.data_dir)
    code, out, err = run("restore", name)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "pause-app backup list shows them" in err
    assert _everything(pause_home.data_dir) == before


def test_restore_puts_a_backup_back_and_keeps_the_data_of_now(
    run, walked, pause_home: AppPaths, clock: FakeClock
) -> None:
    [daily] = backups.list_backups(pause_home.backups)
    run("log", "Walk", "70", "--felt", "tired", "--note", "after the backup")
    clock.advance(hours=1)
    code, out, err = run("restore", daily.name)
    assert (code, err) == (0, "")
    assert "Your data is now as it was on Sunday 15 March 2026, 10:00." in out
    kept = pause_home.backups / "pause-2026-03-15-110000-before-restore.sqlite3"
    assert kept.name in out and backups.count_rows(kept) == 4
    restored = json.loads(run("export")[1])
    assert [a["name"] for a in restored["activities"]] == ["Walk"]
    assert restored["attempts"] == []  # both logs came after the day's backup


LISTENER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from pause_app.desktop.single_instance import InstanceServer\n"
    "app = QCoreApplication([])\n"
    "server = InstanceServer(sys.argv[1])\n"
    "print(server.listen(), flush=True)\n"
    "app.exec()\n"
)


@pytest.fixture
def running_pause(pause_home: AppPaths) -> Iterator[None]:
    """A Pause on this data folder, listening in another process."""
    name = handover.server_name(pause_home.data_dir)
    assert name is not None
    process = subprocess.Popen(
        [sys.executable, "-c", LISTENER, name], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "True"
        yield
    finally:
        process.kill()
        process.communicate()


def test_restore_waits_for_a_running_pause_to_quit(
    run, walked, running_pause: None, pause_home: AppPaths
) -> None:
    [daily] = backups.list_backups(pause_home.backups)
    before = _everything(pause_home.data_dir)
    code, out, err = run("restore", daily.name)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Please quit it first" in err
    assert _everything(pause_home.data_dir) == before


def test_import_round_trip_into_an_empty_folder(run, walked, tmp_path: Path) -> None:
    exported = tmp_path / "export.json"
    assert run("export", "-o", str(exported))[0] == 0
    elsewhere = tmp_path / "new-computer"
    code, out, err = run("--data-dir", str(elsewhere), "import", str(exported), "--yes")
    assert (code, err) == (0, "")
    assert "New activities: Walk." in out
    assert "Logs: 1 to add, 0 already here." in out
    assert "Imported: 1 new activities, 1 logs, 1 target changes" in out
    again = json.loads(run("--data-dir", str(elsewhere), "export")[1])
    assert content(again) == content(json.loads(exported.read_text()))
    code, out, _ = run("--data-dir", str(elsewhere), "import", str(exported), "--yes")
    assert code == 0 and "already here; there is nothing to add" in out
    assert json.loads(run("--data-dir", str(elsewhere), "export")[1]) == again


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("not json at all", "is not a Pause export"),
        ('{"format": "pause-app-export", "format_version": 9}', "newer version of Pause"),
        ('{"format": "pause-app-export", "format_version": 1, "activities": [', "damaged"),
    ],
)
def test_import_refuses_a_file_in_one_line_and_writes_nothing(
    run, tmp_path: Path, pause_home: AppPaths, text: str, says: str
) -> None:
    file = tmp_path / "file.json"
    file.write_text(text)
    code, out, err = run("import", str(file), "--yes")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err and "nothing was imported" in err
    assert not pause_home.data_dir.exists()


def test_import_of_a_missing_file(run, tmp_path: Path, pause_home: AppPaths) -> None:
    code, _, err = run("import", str(tmp_path / "nope.json"))
    assert code == 2 and "There is no file" in err
    assert not pause_home.data_dir.exists()


@pytest.fixture
def export_file(run, walked, tmp_path: Path) -> Path:
    file = tmp_path / "export.json"
    run("export", "-o", str(file))
    return file


def test_import_without_a_terminal_asks_for_yes(
    run, export_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data_commands, "interactive", lambda: False)
    elsewhere = tmp_path / "elsewhere"
    code, out, err = run("--data-dir", str(elsewhere), "import", str(export_file))
    assert code == 2 and "New activities: Walk." in out and "add --yes" in err
    assert not elsewhere.exists()


@pytest.mark.parametrize(
    ("answer", "imported"), [("y", True), ("yes", True), ("n", False), ("", False)]
)
def test_import_asks_and_a_no_writes_nothing(
    run,
    export_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    imported: bool,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(data_commands, "interactive", lambda: True)
    monkeypatch.setattr(data_commands, "ask", lambda question: asked.append(question) or answer)
    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run("--data-dir", str(elsewhere), "import", str(export_file))
    assert code == 0 and asked == ["Import this? [y/N] "]
    assert ("Imported:" in out) is imported
    assert elsewhere.exists() is imported


def test_import_into_data_that_has_it_adds_nothing_and_asks_nothing(
    run, export_file: Path, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data_commands, "interactive", lambda: pytest.fail("asked"))
    before = _digest(pause_home.database)
    code, out, _ = run("import", str(export_file))
    assert code == 0 and "nothing to add" in out
    assert _digest(pause_home.database) == before


def test_import_keeps_the_days_backup_of_the_data_before_it(
    run, export_file: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    run("--data-dir", str(elsewhere), "activity", "add", "Read", "--unit", "pages", "--target", "5")
    folder = AppPaths.single(elsewhere).backups
    for path in folder.iterdir():
        path.unlink()
    assert run("--data-dir", str(elsewhere), "import", str(export_file), "--yes")[0] == 0
    [daily] = backups.list_backups(folder, count=True)
    assert daily.rows == 2  # Read and its first target: the walk came after


def test_restore_refuses_a_damaged_backup_and_touches_nothing(
    run, walked, pause_home: AppPaths
) -> None:
    [daily] = backups.list_backups(pause_home.backups)
    daily.path.write_bytes(daily.path.read_bytes()[:2048])  # cut short
    before = _everything(pause_home.data_dir)
    code, out, err = run("restore", daily.name)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "cannot be read" in err and "Nothing was changed" in err
    assert _everything(pause_home.data_dir) == before


def test_an_activity_here_with_another_unit_is_never_merged(
    run, pause_home: AppPaths, tmp_path: Path
) -> None:
    """5 minutes of a walk must never become 5 steps of another walk: refused, nothing added."""
    other = tmp_path / "other"
    assert (
        run(
            "--data-dir",
            str(other),
            "activity",
            "add",
            "Walk",
            "--unit",
            "minutes",
            "--target",
            "10",
        )[0]
        == 0
    )
    assert run("--data-dir", str(other), "log", "Walk", "5", "--felt", "ok")[0] == 0
    exported = tmp_path / "walk.json"
    assert run("--data-dir", str(other), "export", "-o", str(exported))[0] == 0
    assert run("activity", "add", "WALK", "--unit", "steps", "--target", "400")[0] == 0
    before = run("export")[1]
    code, _, err = run("import", "--yes", str(exported))
    assert code == 2 and len(err.splitlines()) == 1
    assert "counted in steps here and in minutes" in err and "Nothing was imported" in err
    assert run("export")[1] == before


def test_an_activity_already_here_keeps_its_own_beginning(
    run, pause_home: AppPaths, tmp_path: Path
) -> None:
    """Merging a same-unit activity adds its logs, not a second 'created' target change."""
    other = tmp_path / "other"
    assert (
        run(
            "--data-dir", str(other), "activity", "add", "Walk", "--unit", "steps", "--target", "50"
        )[0]
        == 0
    )
    assert run("--data-dir", str(other), "log", "Walk", "40", "--felt", "ok")[0] == 0
    exported = tmp_path / "walk.json"
    assert run("--data-dir", str(other), "export", "-o", str(exported))[0] == 0
    assert run("activity", "add", "Walk", "--unit", "steps", "--target", "60")[0] == 0
    assert run("import", "--yes", str(exported))[0] == 0
    data = json.loads(run("export")[1])
    assert [c["reason"] for c in data["target_changes"]] == ["created"]
    assert [a["amount"] for a in data["attempts"]] == [40]
