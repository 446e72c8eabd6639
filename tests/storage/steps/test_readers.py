"""Every format from its small fixture, the same known days; and every kind of bad file
refused with one reason, nothing written (a read never writes)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from pause_app.storage.steps import (
    StepFormat,
    StepsCancelled,
    StepsRefusal,
    StepsRefused,
    archive,
    read_steps,
)
from tests.storage.steps import make_fixtures as fx

FORMATS = {
    "apple-health.xml": StepFormat.APPLE_HEALTH,
    "apple-health.zip": StepFormat.APPLE_HEALTH,
    "gadgetbridge": StepFormat.GADGETBRIDGE,
    "google-fit.csv": StepFormat.GOOGLE_FIT,
    "google-fit.zip": StepFormat.GOOGLE_FIT,
    "fitbit": StepFormat.FITBIT,
    "garmin.json": StepFormat.GARMIN,
    "garmin.zip": StepFormat.GARMIN,
}
WITH_HEART = {
    StepFormat.APPLE_HEALTH,
    StepFormat.GADGETBRIDGE,
    StepFormat.FITBIT,
    StepFormat.GARMIN,
}


def _everything(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("label", sorted(fx.MAKERS))
def test_each_format_gives_the_known_days_recognised_by_content(label: str, tmp_path: Path) -> None:
    path = fx.MAKERS[label](tmp_path)
    before = _everything(tmp_path)
    read = read_steps(path, zone=fx.ZONE)
    assert read.format is FORMATS[label]
    assert {d.day: d.steps for d in read.days} == fx.EXPECTED
    assert dict(read.heart) == (fx.EXPECTED_HEART if read.format in WITH_HEART else {})
    assert _everything(tmp_path) == before  # read-only: no journal, no -shm, nothing unpacked
    assert read_steps(path, FORMATS[label], zone=fx.ZONE) == read


@pytest.mark.parametrize("label", sorted(set(fx.MAKERS) - {"fitbit"}))  # fitbit: a folder
def test_a_file_is_recognised_by_its_content_not_its_name(label: str, tmp_path: Path) -> None:
    path = fx.MAKERS[label](tmp_path)
    hidden = path.with_name("download (3).bin")
    path.rename(hidden)
    assert read_steps(hidden, zone=fx.ZONE).format is FORMATS[label]


def test_the_largest_source_and_its_name_are_kept(tmp_path: Path) -> None:
    read = read_steps(fx.apple_health_zip(tmp_path), zone=fx.ZONE)
    first = read.days[0]
    assert (first.day, first.steps, first.source) == (
        date(2024, 3, 30),
        1500,
        "apple-health:Apple Watch",
    )
    band = read_steps(fx.gadgetbridge(tmp_path), zone=fx.ZONE)
    assert band.days[0].source == "gadgetbridge:Redmi Watch 3"
    assert band.days[1].source == "gadgetbridge:Mi Band 6"


def test_since_leaves_out_the_earlier_days(tmp_path: Path) -> None:
    for make in (fx.apple_health_xml, fx.gadgetbridge, fx.garmin_json, fx.google_fit_csv):
        place = tmp_path / make.__name__
        place.mkdir()
        read = read_steps(make(place), since=date(2024, 4, 1), zone=fx.ZONE)
        assert [d.day for d in read.days] == [date(2024, 4, 1), date(2024, 4, 2), date(2024, 4, 3)]
        assert read.heart == ()


def test_nothing_left_after_since_is_refused_as_no_steps(tmp_path: Path) -> None:
    with pytest.raises(StepsRefused) as refused:
        read_steps(fx.garmin_json(tmp_path), since=date(2025, 1, 1), zone=fx.ZONE)
    assert refused.value.reason is StepsRefusal.NO_STEPS


BAD: dict[str, tuple[Callable[[Path], Path], StepsRefusal]] = {
    "damaged zip": (fx.damaged_zip, StepsRefusal.DAMAGED_ZIP),
    "zip cut short": (fx.cut_zip, StepsRefusal.DAMAGED_ZIP),
    "zip bomb": (fx.zip_bomb, StepsRefusal.TOO_BIG),
    "truncated XML": (fx.truncated_xml, StepsRefusal.BROKEN_XML),
    "XML bomb": (fx.xml_bomb, StepsRefusal.XML_ENTITIES),
    "external entity": (fx.external_entity_xml, StepsRefusal.XML_ENTITIES),
    "another database": (fx.other_sqlite, StepsRefusal.NOT_GADGETBRIDGE),
    "CSV without steps": (fx.csv_without_steps, StepsRefusal.NO_STEP_COLUMN),
    "unknown file": (fx.unknown_file, StepsRefusal.UNKNOWN_FORMAT),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_each_kind_of_bad_file_is_refused_with_its_reason(kind: str, tmp_path: Path) -> None:
    make, reason = BAD[kind]
    path = make(tmp_path)
    before = _everything(tmp_path)
    with pytest.raises(StepsRefused) as refused:
        read_steps(path, zone=fx.ZONE)
    assert refused.value.reason is reason
    assert _everything(tmp_path) == before


def test_a_missing_file_and_a_format_that_does_not_fit_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StepsRefused) as missing:
        read_steps(tmp_path / "nothing.zip", zone=fx.ZONE)
    assert missing.value.reason is StepsRefusal.UNREADABLE
    with pytest.raises(StepsRefused) as other:
        read_steps(fx.garmin_json(tmp_path), StepFormat.FITBIT, zone=fx.ZONE)
    assert (other.value.reason, other.value.detail) == (StepsRefusal.NOT_THIS_FORMAT, "fitbit")
    with pytest.raises(StepsRefused) as not_band:
        read_steps(fx.other_sqlite(tmp_path), StepFormat.GADGETBRIDGE, zone=fx.ZONE)
    assert not_band.value.reason is StepsRefusal.NOT_GADGETBRIDGE


def test_a_zip_that_promises_little_but_unpacks_to_more_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sizes a zip declares are checked first; what comes out is counted too."""
    path = fx.apple_health_zip(tmp_path)
    monkeypatch.setattr(archive, "MAX_RATIO", 1)
    monkeypatch.setattr(archive, "RATIO_ALLOWANCE", 0)
    with pytest.raises(StepsRefused) as refused:
        read_steps(path, zone=fx.ZONE)
    assert refused.value.reason is StepsRefusal.TOO_BIG


def test_a_locked_zip_member_is_refused(tmp_path: Path) -> None:
    path = fx.apple_health_zip(tmp_path)
    data = bytearray(path.read_bytes())
    offset = data.find(b"PK\x01\x02")  # set the "encrypted" bit in the central directory
    while offset != -1:
        data[offset + 8] |= 1
        offset = data.find(b"PK\x01\x02", offset + 4)
    locked = tmp_path / "locked.zip"
    locked.write_bytes(bytes(data))
    with pytest.raises(StepsRefused) as refused:
        read_steps(locked, zone=fx.ZONE)
    assert refused.value.reason is StepsRefusal.DAMAGED_ZIP


def test_progress_goes_forward_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    fx.apple_health_big(path, 20_000)
    heard: list[float] = []
    read_steps(path, zone=fx.ZONE, progress=heard.append)
    assert heard == sorted(heard) and heard[0] == 0.0 and heard[-1] == 1.0
    assert len(heard) >= 5 and heard.count(1.0) == 1  # something to see on the way


@pytest.mark.parametrize("label", sorted(fx.MAKERS))
def test_cancel_stops_the_read(label: str, tmp_path: Path) -> None:
    path = fx.MAKERS[label](tmp_path)
    with pytest.raises(StepsCancelled):
        read_steps(path, zone=fx.ZONE, cancelled=lambda: True)


def test_cancel_in_the_middle_of_a_big_file(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    fx.apple_health_big(path, 20_000)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(StepsCancelled):
        read_steps(path, zone=fx.ZONE, cancelled=cancelled)


def test_gadgetbridge_days_follow_the_users_zone(tmp_path: Path) -> None:
    """Unix seconds have no offset: the day is the user's. 23:00 in Amsterdam on 3 April is
    22:00 in London, but 00:00 on the 4th in Helsinki."""
    from zoneinfo import ZoneInfo

    path = fx.gadgetbridge(tmp_path)
    helsinki = read_steps(path, zone=ZoneInfo("Europe/Helsinki"))
    assert {d.day for d in helsinki.days} >= {date(2024, 4, 4)}
    assert date(2024, 4, 3) not in {d.day for d in helsinki.days}


def test_gadgetbridge_inside_its_export_zip_is_read_from_a_private_copy(tmp_path: Path) -> None:
    database = fx.gadgetbridge(tmp_path)
    path = tmp_path / "Gadgetbridge_2024-04-05.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.write(database, "database/Gadgetbridge")
        packed.writestr("files/preferences.xml", "<map/>")
    database.unlink()
    read = read_steps(path, zone=fx.ZONE)
    assert {d.day: d.steps for d in read.days} == fx.EXPECTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Gadgetbridge_2024-04-05.zip"]


def test_fitbit_steps_are_the_files_named_so_and_a_lone_file_whatever_its_name(
    tmp_path: Path,
) -> None:
    """Distance and calories have the very shape of steps: in a folder only steps-*.json
    are steps; a single file given on its own is taken as steps."""
    folder = fx.fitbit_folder(tmp_path)
    lone = next(folder.rglob("steps-2024-04-01.json"))
    renamed = tmp_path / "download.json"
    renamed.write_bytes(lone.read_bytes())
    read = read_steps(renamed, zone=fx.ZONE)
    assert read.format is StepFormat.FITBIT
    assert {d.day: d.steps for d in read.days} == {
        date(2024, 3, 31): 900,
        date(2024, 4, 1): 1000,
        date(2024, 4, 2): 250,
        date(2024, 4, 3): 800,
    }
    for name in ("steps-2024-03-01.json", "steps-2024-04-01.json"):
        next(folder.rglob(name)).unlink()
    with pytest.raises(StepsRefused) as refused:
        read_steps(folder, zone=fx.ZONE)  # distance alone is not steps
    assert refused.value.reason is StepsRefusal.UNKNOWN_FORMAT


def test_a_disk_that_fails_halfway_is_one_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.storage.steps import apple_health

    def failing(stream: object, reading: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(apple_health, "_read_one", failing)
    with pytest.raises(StepsRefused) as refused:
        read_steps(fx.apple_health_xml(tmp_path), zone=fx.ZONE)
    assert (refused.value.reason, refused.value.detail) == (
        StepsRefusal.UNREADABLE,
        "Input/output error",
    )


def test_a_device_name_is_stored_printable_and_short(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    morning = "2024-03-30 09:00:00 +0100"
    name = "Anna&#10;s\u200b iPhone" + "x" * 300
    path.write_text(
        fx.APPLE_HEAD + fx.apple_record(fx.STEP_TYPE, name, morning, morning, "5") + fx.APPLE_TAIL,
        encoding="utf-8",
    )
    [day] = read_steps(path, zone=fx.ZONE).days
    assert day.source.startswith("apple-health:Anna s iPhonexxx") and len(day.source) == 120
    assert day.source.isprintable()
