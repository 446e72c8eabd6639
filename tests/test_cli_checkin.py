"""``pause-app checkin``: save and edit a day's check-in, show it, refuse bad input."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from pause_app import cli
from pause_app.storage.paths import AppPaths
from tests.helpers.clock import FakeClock


@pytest.fixture
def run(qapp, clock: FakeClock, capsys: pytest.CaptureFixture[str]):
    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv), now=clock)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith((".log", "-shm", "-wal"))
    }


def test_a_check_in_is_saved_and_edited_later_in_the_day(run, clock: FakeClock) -> None:
    code, out, err = run("checkin", "--energy", "6", "--sleep", "3", "--symptoms", "licht")
    assert (code, err) == (0, "")
    assert out == "Check-in saved for 2026-03-15: energy 6 of 10, sleep 3 of 5, symptoms mild\n"
    clock.advance(hours=9)
    code, out, _ = run("checkin", "--spent", "8", "--note", "a long walk")
    assert code == 0 and "energy 6 of 10, spent 8 of 10" in out and "a long walk" in out
    code, out, _ = run("checkin", "show", "--json")
    assert json.loads(out) == {
        "day": "2026-03-15",
        "energy": 6,
        "spent": 8,
        "sleep": 3,
        "symptoms": "mild",
        "note": "a long walk",
        "outside_envelope": True,
    }


def test_an_earlier_day_can_be_filled_in_and_shown(run) -> None:
    assert run("checkin", "--on", "2026-03-10", "--symptoms", "zeer-ernstig")[0] == 0
    code, out, _ = run("checkin", "show", "--on", "2026-03-10")
    assert (code, out) == (0, "2026-03-10: symptoms very severe\n")
    assert run("checkin", "show")[1] == "No check-in for 2026-03-15.\n"
    assert run("checkin", "show", "--on", "2026-03-14", "--json")[1] == "null\n"


def test_a_heavy_day_holds_the_offer_in_words(run, clock: FakeClock) -> None:
    run("activity", "add", "Steps inside", "--unit", "steps", "--target", "52")
    run("checkin", "--energy", "4", "--spent", "7")
    clock.advance(days=1)
    out = run("offer", "Steps inside", "--json")[1]
    answer = json.loads(out)
    assert (answer["reason"], answer["earliest"], answer["offer"]) == (
        "outside_envelope",
        "2026-03-19",
        None,
    )
    out = run("offer", "Steps inside")[1]
    assert "took more than you had, so your target stays at 52 steps until" in out


def test_showing_without_data_creates_nothing(run, pause_home: AppPaths) -> None:
    assert run("checkin", "show") == (0, "No check-in for 2026-03-15.\n", "")
    assert not pause_home.database.exists()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("--energy", "11"), "--energy takes a whole number from 0 to 10"),
        (("--energy", "-1"), "--energy takes a whole number from 0 to 10"),
        (("--energy", "veel"), "--energy takes a whole number from 0 to 10"),
        (("--energy", "٣"), "--energy takes a whole number from 0 to 10"),
        (("--spent", "4.5"), "--spent takes a whole number from 0 to 10"),
        (("--sleep", "0"), "--sleep takes a whole number from 1 to 5"),
        (("--symptoms", "awful"), "--symptoms takes none, mild, moderate"),
        (("--energy", "4", "--on", "2026-03-16"), "has not happened yet"),
        (("--energy", "4", "--on", "15-03-2026"), "YYYY-MM-DD"),
        (("--note", "a\u202eb"), ""),
        ((), "Give at least one of --energy"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    run, pause_home: AppPaths, argv: tuple[str, ...], says: str
) -> None:
    assert run("checkin", "--energy", "5")[0] == 0
    before = _files(pause_home.data_dir)
    code, out, err = run("checkin", *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and says in err
    assert "Traceback" not in err
    assert _files(pause_home.data_dir) == before
    assert json.loads(run("checkin", "show", "--json")[1])["energy"] == 5


def test_bad_input_creates_nothing_when_there_is_no_data_yet(run, pause_home: AppPaths) -> None:
    assert run("checkin", "--energy", "11")[0] == 2
    assert not pause_home.data_dir.exists() or os.listdir(pause_home.data_dir) == []


def test_offer_says_yesterday_for_yesterdays_check_in(run, clock) -> None:
    """The engine's hold is told from today's point of view: "Yesterday took more…"."""
    assert run("activity", "add", "Walk", "--unit", "steps", "--target", "50")[0] == 0
    yesterday = (clock.today - timedelta(days=1)).isoformat()
    assert run("checkin", "--energy", "3", "--spent", "6", "--on", yesterday)[0] == 0
    code, out, _ = run("offer", "Walk")
    assert code == 0 and out.startswith("Yesterday took more than you had")


def test_the_import_preview_names_the_check_ins(run, tmp_path) -> None:
    other = tmp_path / "other"
    assert run("--data-dir", str(other), "checkin", "--energy", "5")[0] == 0
    exported = tmp_path / "checkins.json"
    assert run("--data-dir", str(other), "export", "-o", str(exported))[0] == 0
    code, out, _ = run("import", "--yes", str(exported))
    assert code == 0 and "Daily check-ins: 1 to add, 0 already here." in out
