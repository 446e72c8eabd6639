import csv
import json
from dataclasses import fields
from pathlib import Path

import pytest

from pause_app.core.model import (
    Felt,
    NewActivity,
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
