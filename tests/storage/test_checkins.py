"""The daily check-in's table: one a day, saving again edits it, bad values store nothing."""

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pause_app.core.model import NewCheckIn, Symptoms
from pause_app.core.validation import ValidationError
from pause_app.storage import backups, export, importer
from pause_app.storage.database import SCHEMA_VERSION, DatabaseError
from pause_app.storage.importer import ImportRefused, Refusal
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock


def test_a_check_in_is_stored_with_its_day_and_time(store: Store, clock: FakeClock) -> None:
    saved = store.checkins.save(
        NewCheckIn(clock.today, energy=4, sleep=3, symptoms=Symptoms.MILD, note=" slow "), clock()
    )
    assert (saved.day, saved.energy, saved.spent, saved.sleep) == (clock.today, 4, None, 3)
    assert (saved.symptoms, saved.note, saved.utc_offset_minutes) == (Symptoms.MILD, "slow", 60)
    assert saved.saved_utc == clock().utc
    assert store.checkins.on(clock.today) == saved
    assert store.checkins.all() == [saved]


def test_saving_the_same_day_again_edits_its_one_check_in(store: Store, clock: FakeClock) -> None:
    first = store.checkins.save(NewCheckIn(clock.today, energy=6), clock())
    clock.advance(hours=8)
    second = store.checkins.save(NewCheckIn(clock.today, energy=6, spent=8), clock())
    assert second.id == first.id and second.spent == 8 and second.outside_envelope
    assert second.saved_utc > first.saved_utc
    assert len(store.checkins.all()) == 1


def test_earlier_days_can_be_filled_in_and_read_by_range(store: Store, clock: FakeClock) -> None:
    for back in (5, 3, 1):
        store.checkins.save(NewCheckIn(clock.today - timedelta(days=back), energy=back), clock())
    days = [c.day for c in store.checkins.between(clock.today - timedelta(days=4), clock.today)]
    assert days == [clock.today - timedelta(days=3), clock.today - timedelta(days=1)]
    assert store.checkins.on(clock.today) is None


@pytest.mark.parametrize(
    "bad",
    [
        {"energy": 11},
        {"energy": -1},
        {"spent": 11},
        {"sleep": 0},
        {"sleep": 6},
        {"energy": True},
        {"note": "a\u202eb"},
        {"note": "x" * 1001},
        {"day": date(2026, 3, 16)},
        {"day": date(1899, 12, 31)},
    ],
)
def test_bad_values_store_nothing(store: Store, clock: FakeClock, bad: dict[str, object]) -> None:
    store.checkins.save(NewCheckIn(clock.today, energy=5, note="kept"), clock())
    values: dict[str, object] = {"day": clock.today, **bad}
    with pytest.raises(ValidationError):
        store.checkins.save(NewCheckIn(**values), clock())  # type: ignore[arg-type]
    [kept] = store.checkins.all()
    assert (kept.energy, kept.note) == (5, "kept")


def test_the_table_refuses_values_outside_the_ranges(store: Store) -> None:
    assert SCHEMA_VERSION >= 3  # the check-ins arrived in version 3
    assert store.columns("checkins") == [
        "id",
        "local_date",
        "energy",
        "spent",
        "sleep",
        "symptoms",
        "note",
        "saved_utc",
        "utc_offset_minutes",
    ]
    for column, value in (("energy", 11), ("spent", -1), ("sleep", 0), ("symptoms", "bad")):
        with pytest.raises(DatabaseError, match="CHECK"), store.transaction() as db:
            db.execute(
                f"INSERT INTO checkins (local_date, {column}, saved_utc, utc_offset_minutes)"
                " VALUES ('2026-01-01', ?, '2026-01-01T00:00:00Z', 0)",
                (value,),
            )
    assert store.checkins.all() == []


def _exported(store: Store) -> dict[str, Any]:
    return json.loads(export.to_json(store))


def test_check_ins_are_in_the_json_and_csv_export(store: Store, clock: FakeClock) -> None:
    store.checkins.save(NewCheckIn(clock.today, 4, 6, 2, Symptoms.VERY_SEVERE, "=cmd|x"), clock())
    [row] = _exported(store)["checkins"]
    assert row == {
        "id": 1,
        "local_date": "2026-03-15",
        "energy": 4,
        "spent": 6,
        "sleep": 2,
        "symptoms": "very-severe",
        "note": "=cmd|x",
        "saved_utc": "2026-03-15T09:00:00Z",
        "utc_offset_minutes": 60,
    }
    [line] = list(csv.DictReader(io.StringIO(export.to_csv(store)["checkins.csv"])))
    assert line["note"] == "'=cmd|x" and line["local_date"] == "2026-03-15"


def test_an_older_export_without_check_ins_is_still_read(store: Store) -> None:
    document = _exported(store)
    del document["checkins"]
    assert importer.parse(json.dumps(document).encode()).checkins == ()


def test_import_adds_a_day_without_a_check_in_and_keeps_the_one_here(
    store: Store, clock: FakeClock
) -> None:
    yesterday = clock.today - timedelta(days=1)
    store.checkins.save(NewCheckIn(yesterday, energy=2, note="from the file"), clock())
    store.checkins.save(NewCheckIn(clock.today, energy=7, note="from the file"), clock())
    document = importer.parse(export.to_json(store).encode())
    store.checkins.save(NewCheckIn(clock.today, energy=3, note="here"), clock())
    with store.transaction() as db:
        db.execute("DELETE FROM checkins WHERE local_date = ?", (yesterday.isoformat(),))
    plan = importer.apply(store, document)
    assert (plan.added["checkins"], plan.already_here["checkins"]) == (1, 1)
    assert [(c.energy, c.note) for c in store.checkins.all()] == [(2, "from the file"), (3, "here")]
    again = importer.apply(store, document)
    assert again.adds_nothing


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"energy": 11}, "checkins, row 1, energy"),
        ({"sleep": 0}, "checkins, row 1, sleep"),
        ({"spent": "7"}, "checkins, row 1, spent"),
        ({"symptoms": "awful"}, "checkins, row 1, symptoms"),
        ({"local_date": "2026-02-30"}, "checkins, row 1, local_date"),
    ],
)
def test_a_bad_check_in_in_a_file_is_refused(
    store: Store, clock: FakeClock, change: dict[str, object], detail: str
) -> None:
    store.checkins.save(NewCheckIn(clock.today, energy=5), clock())
    document = _exported(store)
    document["checkins"][0].update(change)
    with pytest.raises(ImportRefused) as refused:
        importer.parse(json.dumps(document).encode())
    assert refused.value.reason is Refusal.DAMAGED and refused.value.detail.startswith(detail)


def test_a_file_with_one_day_twice_is_refused(store: Store, clock: FakeClock) -> None:
    store.checkins.save(NewCheckIn(clock.today, energy=5), clock())
    document = _exported(store)
    document["checkins"].append(dict(document["checkins"][0]))
    with pytest.raises(ImportRefused, match="a day appears twice"):
        importer.parse(json.dumps(document).encode())


def test_a_backup_copies_the_check_ins(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    store.checkins.save(NewCheckIn(clock.today, energy=5), clock())
    made = backups.back_up(store.path, tmp_path / "backups", clock().utc)
    with Store.open(made.path, clock().utc) as copy:
        assert [c.energy for c in copy.checkins.all()] == [5]
