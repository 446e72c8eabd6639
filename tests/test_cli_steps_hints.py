"""``pause-app import-steps``: a missing activity is said with one that would take the whole
file, a file whose days are all left out says so, and Ctrl-C is a cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pause_app import cli
from pause_app.cli import steps_commands
from pause_app.storage.paths import AppPaths
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


def _everything(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file() and p.suffix != ".log"
    }


def test_the_hint_for_a_missing_activity_starts_it_on_the_files_first_day(
    run, tmp_path: Path
) -> None:
    path = fx.garmin_json(tmp_path)
    code, out, err = run("import-steps", str(path), "--into", "Walking")
    assert (code, out) == (2, "") and err.count("\n") == 1
    hint = 'pause-app activity add "Walking" --unit steps --target 2000 --on 2024-03-30.'
    assert hint in err and "Nothing was imported." in err
    args = ["activity", "add", "Walking", "--unit", "steps", "--target", "2000"]
    assert run(*args, "--on", "2024-03-30")[0] == 0  # the hint, as a shell would split it
    code, out, _ = run("import-steps", str(path), "--into", "Walking")
    assert code == 0 and "before" not in out and "5 new days" in plain(out)


def test_a_file_whose_days_are_all_left_out_says_so(run, tmp_path: Path) -> None:
    assert run("activity", "add", "Walking", "--unit", "steps", "--target", "2000")[0] == 0
    path = fx.google_fit_csv(tmp_path)  # steps only, all of them before today
    code, out, _ = run("import-steps", str(path), "--into", "Walking")
    assert code == 0
    assert "Every day in this file is left out" in out
    assert "already here" not in out


def test_ctrl_c_while_reading_is_a_cancel_and_writes_nothing(
    run, pause_home: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add = ["activity", "add", "Walking", "--unit", "steps", "--target", "1", "--on", "2024-03-01"]
    assert run(*add)[0] == 0
    before = _everything(pause_home.data_dir)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(steps_commands, "read_steps", interrupted)
    code, out, err = run("import-steps", str(fx.garmin_json(tmp_path)), "--into", "Walking")
    assert (code, out) == (1, "")
    assert err == "pause-app: Cancelled. Nothing was imported.\n"
    assert _everything(pause_home.data_dir) == before


def test_ctrl_c_while_writing_writes_nothing(
    run, pause_home: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add = ["activity", "add", "Walking", "--unit", "steps", "--target", "1", "--on", "2024-03-01"]
    assert run(*add)[0] == 0
    real = steps_commands.apply_steps

    def interrupted(store, plan, now):  # type: ignore[no-untyped-def]
        with store.transaction() as db:
            db.execute("DELETE FROM activities")
            raise KeyboardInterrupt

    monkeypatch.setattr(steps_commands, "apply_steps", interrupted)
    code, _, err = run("import-steps", str(fx.garmin_json(tmp_path)), "--into", "Walking", "--yes")
    assert code == 1 and err.endswith("Cancelled. Nothing was imported.\n")
    monkeypatch.setattr(steps_commands, "apply_steps", real)
    code, out, _ = run("import-steps", str(fx.garmin_json(tmp_path)), "--into", "Walking")
    assert code == 0 and "5 new days" in plain(out)  # the activity is there, and no day was written
