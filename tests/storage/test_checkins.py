"""The daily check-in's table: one a day, saving again edits it, bad values store nothing."""

from datetime import date, timedelta

import pytest

from pause_app.core.model import NewCheckIn, Symptoms
from pause_app.core.validation import ValidationError
from pause_app.storage.database import SCHEMA_VERSION, DatabaseError
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
    assert SCHEMA_VERSION == 3
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
