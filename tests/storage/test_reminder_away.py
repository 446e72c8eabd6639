"""A natural break kept as a reminder outcome ``away`` with its length: in the database (its
migration keeps what was there), in export and import, and in a backup."""

from __future__ import annotations

import copy
import csv
import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pause_app.core.model import ReminderOutcome
from pause_app.storage import backups, database, export, importer
from pause_app.storage.database import MIGRATIONS, DatabaseError, open_database
from pause_app.storage.importer import ImportRefused, Refusal
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.history import open_store

NOW = datetime(2026, 3, 15, 9, 30, tzinfo=UTC)


def _kept(store: Store, clock: FakeClock) -> None:
    store.reminders.add(clock(), ReminderOutcome.STARTED)
    clock.advance(minutes=40)
    store.reminders.add(clock(), ReminderOutcome.AWAY, away_seconds=1234.5)


def test_an_away_break_is_kept_with_its_length(store: Store, clock: FakeClock) -> None:
    _kept(store, clock)
    started, away = store.reminders.all()
    assert (started.outcome, started.away_seconds) == (ReminderOutcome.STARTED, None)
    assert (away.outcome, away.away_seconds) == (ReminderOutcome.AWAY, 1234.5)
    assert away.answered_utc == clock().utc  # when the user came back


def test_the_away_breaks_alone_are_read_as_the_weeks_read_them(
    store: Store, clock: FakeClock
) -> None:
    _kept(store, clock)
    store.reminders.add(clock(), ReminderOutcome.MISSED)
    store.reminders.add(clock(), ReminderOutcome.AWAY, away_seconds=60.0)
    kept = store.reminders.all()
    wanted = [(r.local_date, r.away_seconds) for r in kept if r.outcome is ReminderOutcome.AWAY]
    assert store.reminders.away_breaks() == wanted
    assert [seconds for _day, seconds in wanted] == [1234.5, 60.0]


@pytest.mark.parametrize(
    ("outcome", "seconds"),
    [
        (ReminderOutcome.AWAY, None),  # a natural break has a length
        (ReminderOutcome.STARTED, 60.0),  # nothing else has one
        (ReminderOutcome.AWAY, -1.0),
        (ReminderOutcome.AWAY, float("nan")),
        (ReminderOutcome.AWAY, 8 * 24 * 3600.0),  # more than a week: not what an import takes
    ],
)
def test_a_length_that_does_not_fit_is_refused_and_nothing_is_kept(
    store: Store, clock: FakeClock, outcome: ReminderOutcome, seconds: float | None
) -> None:
    with pytest.raises(ValueError, match="natural break"):
        store.reminders.add(clock(), outcome, away_seconds=seconds)
    assert store.reminders.all() == []


def test_the_table_itself_refuses_a_mismatch(store: Store) -> None:
    for outcome, seconds in (("away", None), ("missed", 5.0), ("away", -3.0), ("gone", None)):
        with pytest.raises(DatabaseError, match="constraint"), store.transaction() as db:
            db.execute(
                "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes,"
                " away_seconds) VALUES (?, '2026-03-15T09:00:00Z', '2026-03-15', 60, ?)",
                (outcome, seconds),
            )


def test_the_migration_keeps_every_reminder_and_then_takes_away(tmp_path: Path) -> None:
    path = tmp_path / "pause.sqlite3"
    before = MIGRATIONS.index(next(m for m in MIGRATIONS if "reminders_with_away" in m))
    old = sqlite3.connect(path)
    for migration in MIGRATIONS[:before]:
        old.executescript(migration)
    old.execute(f"PRAGMA user_version = {before}")
    old.executemany(
        "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes)"
        " VALUES (?, ?, '2026-03-14', 60)",
        [("started", "2026-03-14T09:00:00Z"), ("missed", "2026-03-14T10:30:00Z")],
    )
    old.commit()
    with pytest.raises(sqlite3.IntegrityError):  # the old table knows no 'away'
        old.execute(
            "INSERT INTO reminders (outcome, answered_utc, local_date, utc_offset_minutes)"
            " VALUES ('away', '2026-03-14T11:00:00Z', '2026-03-14', 60)"
        )
    old.close()
    opened = open_database(path, NOW)
    db = opened.connection
    assert db.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    rows = db.execute("SELECT id, outcome, away_seconds FROM reminders ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [(1, "started", None), (2, "missed", None)]
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "reminders_by_day" in indexes
    opened.close()
    store = Store.open(path, NOW)
    try:
        store.reminders.add(FakeClock()(), ReminderOutcome.AWAY, away_seconds=600.0)
        assert [r.away_seconds for r in store.reminders.all()] == [None, None, 600.0]
    finally:
        store.close()


# --- export, import, backups ----------------------------------------------------------------


def test_the_export_carries_the_length_in_json_and_csv(store: Store, clock: FakeClock) -> None:
    _kept(store, clock)
    document = json.loads(export.to_json(store))
    assert [(r["outcome"], r["away_seconds"]) for r in document["reminders"]] == [
        ("started", None),
        ("away", 1234.5),
    ]
    table = list(csv.DictReader(io.StringIO(export.to_csv(store)["reminders.csv"])))
    assert list(table[0]) == [
        "id",
        "outcome",
        "answered_utc",
        "local_date",
        "utc_offset_minutes",
        "away_seconds",
    ]
    assert [(r["outcome"], r["away_seconds"]) for r in table] == [
        ("started", ""),
        ("away", "1234.5"),
    ]


def _bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def test_an_export_with_away_imports_into_other_data_once(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    _kept(store, clock)
    data = export.to_json(store).encode()
    other = open_store(AppPaths.single(tmp_path / "other"), clock)
    try:
        plan = importer.apply(other, importer.parse(data))
        assert plan.added["reminders"] == 2
        assert [(r.outcome, r.away_seconds) for r in other.reminders.all()] == [
            (ReminderOutcome.STARTED, None),
            (ReminderOutcome.AWAY, 1234.5),
        ]
        assert importer.apply(other, importer.parse(data)).added["reminders"] == 0
        assert json.loads(export.to_json(other))["reminders"] == json.loads(data)["reminders"]
    finally:
        other.close()


def test_an_older_export_without_lengths_still_reads(store: Store, clock: FakeClock) -> None:
    store.reminders.add(clock(), ReminderOutcome.SNOOZED)
    document = json.loads(export.to_json(store))
    for row in document["reminders"]:
        del row["away_seconds"]
    assert importer.parse(_bytes(document)).reminders[0][-1] is None


@pytest.mark.parametrize(
    ("outcome", "seconds", "detail"),
    [
        ("away", None, "away_seconds: only a natural break has a length"),
        ("started", 30.0, "away_seconds: only a natural break has a length"),
        ("away", -1, "away_seconds: out of range"),
        ("away", "600", "away_seconds: not a number"),
        ("away", True, "away_seconds: not a number"),
        ("away", 10**9, "away_seconds: out of range"),
    ],
)
def test_a_length_that_does_not_fit_is_refused_on_import(
    store: Store, clock: FakeClock, outcome: str, seconds: object, detail: str
) -> None:
    _kept(store, clock)
    document = copy.deepcopy(json.loads(export.to_json(store)))
    document["reminders"][1].update(outcome=outcome, away_seconds=seconds)
    with pytest.raises(ImportRefused) as refused:
        importer.parse(_bytes(document))
    assert refused.value.reason is Refusal.DAMAGED
    assert refused.value.detail == f"reminders, row 2, {detail}"


def test_a_backup_keeps_the_natural_breaks(
    store: Store, clock: FakeClock, pause_home: AppPaths
) -> None:
    _kept(store, clock)
    made = backups.back_up(store.path, pause_home.backups, NOW)
    copy_of = sqlite3.connect(made.path)
    try:
        rows = copy_of.execute("SELECT outcome, away_seconds FROM reminders ORDER BY id")
        assert rows.fetchall() == [("started", None), ("away", 1234.5)]
    finally:
        copy_of.close()
