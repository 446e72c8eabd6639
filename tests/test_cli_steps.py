"""pause-app import-steps: the preview, the write with --yes, and one line for anything bad."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from pause_app import cli
from pause_app.core.model import Felt
from pause_app.storage import backups
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.plural import plain
from tests.storage.steps import make_fixtures as fx


@pytest.fixture
def run(qapp, clock: FakeClock, capsys: pytest.CaptureFixture[str], monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv), now=clock)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def walking(run) -> None:
    code, _, _ = run(
        "activity", "add", "Walking", "--unit", "steps", "--target", "1000", "--on", "2024-03-01"
    )
    assert code == 0


def _everything(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix != ".log"
    }


def _days(pause_home: AppPaths, clock: FakeClock) -> dict:
    with Store.open(pause_home.database, clock().utc) as store:
        return {a.local_date: (a.amount, a.felt, a.source) for a in store.attempts.all()}


def test_the_preview_says_what_would_happen_and_writes_nothing(
    run, walking, pause_home: AppPaths, tmp_path: Path
) -> None:
    path = fx.apple_health_zip(tmp_path)
    before = _everything(pause_home.data_dir)
    code, out, err = run("import-steps", str(path), "--into", "walking")
    assert (code, err) == (0, "")
    assert plain(out).splitlines() == [
        "Format: Apple Health.",
        "5 days with steps, from 30 March 2024 to 3 April 2024.",
        "4,750 steps in all.",
        "Into “Walking”:",
        "  5 new days",
        "2 days with a resting heart rate to add.",
        "Import these steps? Add --yes to import them.",
    ]
    assert _everything(pause_home.data_dir) == before


def test_yes_imports_once_and_the_second_time_changes_nothing(
    run, walking, pause_home: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    path = fx.gadgetbridge(tmp_path)
    code, out, _ = run("import-steps", str(path), "--into", "Walking", "--yes")
    assert code == 0
    assert plain(out).splitlines()[-1] == (
        "Imported into “Walking”: 5 new days, 2 days of resting heart rate."
    )
    days = _days(pause_home, clock)
    assert {day: amount for day, (amount, _, _) in days.items()} == fx.EXPECTED
    assert {felt for _, felt, _ in days.values()} == {None}
    before = _everything(pause_home.data_dir)
    code, out, _ = run("import-steps", str(path), "--into", "Walking", "--yes")
    assert code == 0
    assert out.splitlines()[-1] == (
        "Everything in this file is already here; there is nothing to add."
    )
    assert _everything(pause_home.data_dir) == before


def test_a_typed_day_is_kept_and_the_preview_says_so(
    run, walking, pause_home: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    assert run("log", "Walking", "900", "--felt", "good", "--on", "2024-04-02")[0] == 0
    code, out, _ = run("import-steps", str(fx.garmin_json(tmp_path)), "--into", "Walking", "--yes")
    assert code == 0
    assert "1 day with a log you typed: it stays as you wrote it." in plain(out)
    assert _days(pause_home, clock)[date(2024, 4, 2)][:2] == (900, Felt.GOOD)


def test_since_and_format(run, walking, tmp_path: Path) -> None:
    path = fx.fitbit_folder(tmp_path)
    code, out, _ = run(
        "import-steps",
        str(path),
        "--into",
        "Walking",
        "--format",
        "fitbit",
        "--since",
        "2024-04-01",
    )
    assert code == 0 and "3 days with steps, from 1 April 2024 to 3 April 2024." in plain(out)
    code, _, err = run("import-steps", str(path), "--into", "Walking", "--since", "April")
    assert code == 2 and err.count("\n") == 1 and "--since needs a day like" in err


def test_the_write_keeps_the_days_backup_of_the_data_before_it(
    run, walking, pause_home: AppPaths, tmp_path: Path
) -> None:
    for made in backups.list_backups(pause_home.backups):
        made.path.unlink()
    assert run("import-steps", str(fx.garmin_json(tmp_path)), "--into", "Walking", "--yes")[0] == 0
    [kept] = backups.list_backups(pause_home.backups, count=True)
    assert kept.rows is not None and kept.rows < 10  # the activity, before the steps came in


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (fx.damaged_zip, "This zip file is damaged or incomplete"),
        (fx.truncated_xml, "This export is cut short or damaged"),
        (fx.xml_bomb, "declares entities"),
        (fx.other_sqlite, "not a Gadgetbridge export"),
        (fx.csv_without_steps, "has no “Step count” column"),
        (fx.unknown_file, "It reads steps from: Apple Health, Gadgetbridge, Google Fit, Fitbit"),
        (fx.zip_bomb, "far more than any export holds"),
    ],
)
def test_a_bad_file_is_one_line_and_nothing_is_written(
    run, walking, pause_home: AppPaths, tmp_path: Path, make, words: str
) -> None:
    path = make(tmp_path)
    before = _everything(pause_home.data_dir)
    code, out, err = run("import-steps", str(path), "--into", "Walking", "--yes")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and words in err and "Nothing was imported." in err
    assert _everything(pause_home.data_dir) == before


def test_the_activity_must_be_there_and_counted_in_steps(
    run, walking, pause_home: AppPaths, tmp_path: Path
) -> None:
    path = fx.garmin_json(tmp_path)
    code, _, err = run("import-steps", str(path), "--into", "Swimming")
    assert code == 2 and err.count("\n") == 1 and "no activity called “Swimming”" in err
    assert run("activity", "add", "Reading", "--unit", "minutes", "--target", "10")[0] == 0
    code, _, err = run("import-steps", str(path), "--into", "Reading", "--yes")
    assert code == 2 and "“Reading” is counted in minutes, not in steps" in err


def test_without_any_data_nothing_is_made(run, pause_home: AppPaths, tmp_path: Path) -> None:
    code, _, err = run("import-steps", str(fx.garmin_json(tmp_path)), "--into", "Walking")
    assert code == 2 and "no activity called “Walking”" in err
    assert not pause_home.database.exists()


def test_dutch_words(run, walking, tmp_path: Path) -> None:
    code, _, err = run(
        "import-steps", str(fx.unknown_file(tmp_path)), "--into", "Walking", "--lang", "nl"
    )
    assert code == 2 and err.count("\n") == 1
