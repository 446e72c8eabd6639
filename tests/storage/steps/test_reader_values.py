"""Values in a file that are not a count: left out and counted, never a refusal of the whole
export, never an overflow; copies of a database counted once; JSON files kept small."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pause_app.storage.steps import StepsRefusal, StepsRefused, fitbit, read_steps
from tests.storage.steps import make_fixtures as fx


def _apple(tmp_path: Path, *values: str) -> Path:
    records = [
        fx.apple_record(fx.STEP_TYPE, "iPhone", f"2024-04-05 1{n}:00:00 +0200", "", value)
        for n, value in enumerate(values)
    ]
    path = tmp_path / "export.xml"
    text = fx.apple_xml_text().replace(fx.APPLE_TAIL, "".join(records) + fx.APPLE_TAIL)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["-500", "99999999999999999999", "abc", "nan", "1e400"])
def test_an_apple_health_record_that_is_not_a_count_is_left_out(tmp_path: Path, value: str) -> None:
    read = read_steps(_apple(tmp_path, value, "40"), zone=fx.ZONE)
    assert read.skipped == 1
    days = {d.day: d.steps for d in read.days}
    assert days == {**fx.EXPECTED, date(2024, 4, 5): 40}


def test_a_google_fit_row_that_is_not_a_count_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "Daily activity metrics.csv"
    path.write_text(
        "Date,Step count\n2024-04-01,abc\n2024-04-02,-5\n2024-04-03,1e30\n2024-04-04,1200\n",
        encoding="utf-8",
    )
    read = read_steps(path, zone=fx.ZONE)
    assert read.skipped == 3
    assert [(d.day, d.steps) for d in read.days] == [(date(2024, 4, 4), 1200)]


def _stamp(day: date, hour: int) -> int:
    return int(datetime(day.year, day.month, day.day, hour, tzinfo=UTC).timestamp())


def test_gadgetbridge_samples_that_are_not_a_count_never_overflow(tmp_path: Path) -> None:
    path = fx.gadgetbridge(tmp_path)
    day = date(2024, 4, 10)
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO MI_BAND_ACTIVITY_SAMPLE (TIMESTAMP, DEVICE_ID, STEPS) VALUES (?, 1, ?)",
            [(_stamp(day, 9), 2**63 - 1), (_stamp(day, 10), 10**12), (_stamp(day, 11), 70)],
        )
    db.close()
    read = read_steps(path, zone=fx.ZONE)
    assert read.skipped == 2
    assert {d.day: d.steps for d in read.days}[day] == 70


def test_two_copies_of_a_gadgetbridge_database_count_once(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(fx.gadgetbridge(tmp_path), folder / "Gadgetbridge")
    shutil.copy(folder / "Gadgetbridge", folder / "Gadgetbridge (1)")
    read = read_steps(folder, zone=fx.ZONE)
    assert {d.day: d.steps for d in read.days} == fx.EXPECTED


def test_one_device_in_two_sample_tables_counts_once(tmp_path: Path) -> None:
    path = fx.gadgetbridge(tmp_path)
    with sqlite3.connect(path) as db:  # the band's samples once more, in the other table
        db.execute(
            "INSERT INTO XIAOMI_ACTIVITY_SAMPLE (TIMESTAMP, DEVICE_ID, STEPS, HEART_RATE)"
            " SELECT TIMESTAMP, DEVICE_ID, STEPS, 0 FROM MI_BAND_ACTIVITY_SAMPLE"
            " WHERE DEVICE_ID = 1"
        )
    db.close()
    read = read_steps(path, zone=fx.ZONE)
    assert {d.day: d.steps for d in read.days} == fx.EXPECTED


def test_a_json_file_above_32_mib_is_refused_by_name_without_reading_it(tmp_path: Path) -> None:
    assert fitbit.MAX_FILE_BYTES == 32 * 1024 * 1024
    path = tmp_path / "steps-2024-04-01.json"
    path.write_text('[{"dateTime":"04/01/24 00:00:00","value":"5"}', encoding="utf-8")
    with path.open("r+b") as file:
        file.truncate(fitbit.MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(StepsRefused) as refused:
        read_steps(path, zone=fx.ZONE)
    assert refused.value.reason is StepsRefusal.JSON_TOO_BIG
    assert refused.value.detail == path.name


def test_a_garmin_or_fitbit_value_that_is_not_a_count_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "UDSFile_bad.json"
    path.write_text(
        '[{"calendarDate": "2024-04-01", "totalSteps": -5},'
        ' {"calendarDate": "2024-04-02", "totalSteps": 1e308, "restingHeartRate": null},'
        ' {"calendarDate": "2024-04-03", "totalSteps": "x"},'
        ' {"calendarDate": "2024-04-04", "totalSteps": 900}]',
        encoding="utf-8",
    )
    read = read_steps(path, zone=fx.ZONE)
    assert read.skipped == 3
    assert [(d.day, d.steps) for d in read.days] == [(date(2024, 4, 4), 900)]
    path = tmp_path / "steps-2024-04-01.json"
    path.write_text(
        '[{"dateTime": "04/01/24 10:00:00", "value": "12"},'
        ' {"dateTime": "04/01/24 10:01:00", "value": "-3"}]',
        encoding="utf-8",
    )
    read = read_steps(path, zone=fx.ZONE)
    assert (read.skipped, [d.steps for d in read.days]) == (1, [12])


def test_a_file_of_only_values_that_are_not_a_count_says_how_many(tmp_path: Path) -> None:
    path = tmp_path / "Daily activity metrics.csv"
    path.write_text("Date,Step count\n2024-04-01,abc\n2024-04-02,-5\n", encoding="utf-8")
    with pytest.raises(StepsRefused) as refused:
        read_steps(path, zone=fx.ZONE)
    assert (refused.value.reason, refused.value.detail) == (StepsRefusal.NO_STEPS, "2")
