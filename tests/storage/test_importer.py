"""Import: a Pause export read as hostile input, then added without duplicates in one go."""

from __future__ import annotations

import copy
import json
import os
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pause_app.core.model import (
    ChangeReason,
    Felt,
    NewActivity,
    NewCheckIn,
    NewSession,
    Rating,
    ReminderOutcome,
    SessionEnd,
    SessionKind,
    Symptoms,
)
from pause_app.storage import export, import_file, importer
from pause_app.storage.importer import ImportRefused, Refusal
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.history import open_store


def fill(store: Store, clock: FakeClock) -> None:
    """A little of everything: a new place, archived and maintenance activities, a note with a
    line break and an emoji, a crash, a lowered target, two identical logs, reminders."""
    start = clock()
    walk = store.activities.add(NewActivity("Steps inside", "steps", 50), start)
    store.activities.add(NewActivity("Reading", "minutes", 10, step_percent=5), start)
    outside = store.activities.add(
        NewActivity("Steps outside", "steps", 40, derived_from=walk.id), start
    )
    store.activities.set_maintenance(outside.id, True)
    old = store.activities.add(NewActivity("Stretching", "minutes", 5), start)
    store.activities.set_archived(old.id, True)
    clock.advance(days=1)
    store.attempts.add(walk.id, 51, Felt.GOOD, "zonnig\nop het balkon 🌞", clock())
    store.attempts.add(walk.id, 51, Felt.GOOD, "", clock())
    store.attempts.add(walk.id, 51, Felt.GOOD, "", clock())  # the same log twice: both stay
    store.activities.set_target(walk.id, 52, ChangeReason.OFFER_ACCEPTED, clock())
    clock.advance(days=1)
    store.attempts.add(walk.id, 20, Felt.CRASH, "", clock())
    store.activities.set_target(walk.id, 36, ChangeReason.AFTER_CRASH, clock())
    store.sessions.add(NewSession(SessionKind.PAUSE, "calm", 80, 80, SessionEnd.FINISHED), clock())
    store.sessions.add(
        NewSession(
            SessionKind.BREATHING, "4-7-8", 300, 120.5, SessionEnd.STOPPED_EARLY, Rating.SAME
        ),
        clock(),
    )
    store.reminders.add(clock(), ReminderOutcome.SNOOZED)
    store.reminders.add(clock(), ReminderOutcome.MISSED)
    yesterday = clock.today - timedelta(days=1)
    store.checkins.save(NewCheckIn(yesterday, 3, 7, 2, Symptoms.SEVERE, "slow"), clock())
    store.checkins.save(NewCheckIn(clock.today, energy=5), clock())
    store.heart_rates.add([(yesterday, 58), (clock.today, 61)], "gadgetbridge:Mi Band 6")


def content(document: dict[str, Any]) -> dict[str, list[Any]]:
    """The data without its ids: activities by name, rows by everything else."""
    names = {a["id"]: a["name"] for a in document["activities"]}
    result: dict[str, list[Any]] = {}
    for table in export.TABLES:
        rows = []
        for row in document[table]:
            plain = {k: v for k, v in row.items() if k != "id"}
            for key in ("activity_id", "derived_from"):
                if key in plain:
                    plain[key] = names.get(plain[key])
            rows.append(json.dumps(plain, sort_keys=True))
        result[table] = sorted(rows)
    return result


@pytest.fixture
def exported(store: Store, clock: FakeClock) -> dict[str, Any]:
    fill(store, clock)
    return json.loads(export.to_json(store))


def _other_store(tmp_path: Path, clock: FakeClock, name: str = "other") -> Store:
    return open_store(AppPaths.single(tmp_path / name), clock)


def _bytes(document: object) -> bytes:
    return json.dumps(document).encode()


def test_export_import_export_gives_the_same_data(
    exported: dict[str, Any], tmp_path: Path, clock: FakeClock
) -> None:
    with _other_store(tmp_path, clock) as empty:
        plan = importer.apply(empty, importer.parse(_bytes(exported)))
        assert plan.new_activities == ("Steps inside", "Reading", "Steps outside", "Stretching")
        assert plan.added == {
            "attempts": 4,
            "target_changes": 6,
            "sessions": 2,
            "reminders": 2,
            "checkins": 2,
            "heart_rates": 2,
        }
        again = json.loads(export.to_json(empty))
    assert content(again) == content(exported)


def test_importing_the_same_file_twice_changes_nothing(
    exported: dict[str, Any], tmp_path: Path, clock: FakeClock
) -> None:
    document = importer.parse(_bytes(exported))
    with _other_store(tmp_path, clock) as other:
        importer.apply(other, document)
        first = export.to_json(other)
        second_plan = importer.apply(other, document)
        assert second_plan.adds_nothing
        assert second_plan.already_here == {
            "attempts": 4,
            "target_changes": 6,
            "sessions": 2,
            "reminders": 2,
            "checkins": 2,
            "heart_rates": 2,
        }
        assert export.to_json(other) == first


def test_into_its_own_data_an_export_adds_nothing(store: Store, exported: dict[str, Any]) -> None:
    before = export.to_json(store)
    plan = importer.preview(importer.parse(_bytes(exported)), store)
    assert plan.adds_nothing and plan.new_activities == ()
    assert importer.apply(store, importer.parse(_bytes(exported))).adds_nothing
    assert export.to_json(store) == before


def test_activities_are_matched_by_name_and_keep_their_own_settings(
    exported: dict[str, Any], tmp_path: Path, clock: FakeClock
) -> None:
    with _other_store(tmp_path, clock) as other:
        mine = other.activities.add(NewActivity("STEPS INSIDE", "steps", 70), clock())
        plan = importer.apply(other, importer.parse(_bytes(exported)))
        assert plan.matched_activities == ("Steps inside",)
        assert "Steps inside" not in plan.new_activities
        assert other.activities.get(mine.id).target == 70  # the user's own target stays
        assert len(other.attempts.for_activity(mine.id)) == 4


def test_a_later_export_adds_only_what_is_new(
    store: Store, exported: dict[str, Any], tmp_path: Path, clock: FakeClock
) -> None:
    with _other_store(tmp_path, clock) as other:
        importer.apply(other, importer.parse(_bytes(exported)))
        walk = store.activities.find("Steps inside")
        clock.advance(days=1)
        store.attempts.add(walk.id, 37, Felt.OK, "", clock())
        plan = importer.apply(other, importer.parse(export.to_json(store).encode()))
        assert plan.added == {
            "attempts": 1,
            "target_changes": 0,
            "sessions": 0,
            "reminders": 0,
            "checkins": 0,
            "heart_rates": 0,
        }


def test_the_preview_without_data_yet_says_everything_is_new(exported: dict[str, Any]) -> None:
    plan = importer.preview(importer.parse(_bytes(exported)), None)
    assert len(plan.new_activities) == 4 and plan.added["attempts"] == 4


def test_an_earlier_version_1_file_without_reminders_is_read(exported: dict[str, Any]) -> None:
    del exported["reminders"]
    assert importer.parse(_bytes(exported)).reminders == ()


def test_a_failure_half_way_writes_nothing(
    store: Store, exported: dict[str, Any], tmp_path: Path, clock: FakeClock, monkeypatch
) -> None:
    monkeypatch.setitem(importer._INSERT_SQL, "sessions", "INSERT INTO nowhere VALUES (?)")
    with _other_store(tmp_path, clock) as other:
        with pytest.raises(Exception, match="nowhere"):
            importer.apply(other, importer.parse(_bytes(exported)))
        assert other.activities.list(include_archived=True) == []
        assert other.attempts.all() == []


def _damaged(exported: dict[str, Any], path: tuple[Any, ...], value: Any) -> bytes:
    document = copy.deepcopy(exported)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return _bytes(document)


BAD_VALUES = [
    (("attempts", 0, "amount"), True),
    (("attempts", 0, "amount"), "51"),
    (("attempts", 0, "amount"), -1),
    (("attempts", 0, "amount"), 10**30),
    (("attempts", 0, "felt"), "great"),
    (("attempts", 0, "note"), "\ud800"),  # not UTF-8
    (("attempts", 0, "note"), "x" * 5000),
    (("attempts", 0, "logged_utc"), "yesterday"),
    (("attempts", 0, "logged_utc"), "2026-02-30T10:00:00Z"),
    (("attempts", 0, "local_date"), "0001-01-01"),
    (("attempts", 0, "utc_offset_minutes"), 100000),
    (("attempts", 0, "activity_id"), 999),
    (("attempts", 0, "id"), "one"),
    (("activities", 0, "name"), "Walk\u202e"),  # a direction override
    (("activities", 0, "name"), ""),
    (("activities", 0, "step_percent"), 50),
    (("activities", 0, "archived"), 0),
    (("activities", 0, "derived_from"), 77),
    (("activities", 1, "name"), "steps INSIDE"),  # two activities with one name
    (("activities", 1, "id"), 1),  # an id twice
    (("sessions", 0, "planned_seconds"), 1e300),
    (("sessions", 0, "kind"), None),
    (("sessions", 0, "pattern"), "calm\x1b[2J"),
    (("reminders", 0, "outcome"), "ignored"),
    (("attempts",), {"not": "a list"}),
    (("attempts", 0), ["a", "list"]),
    (("format_version",), "1"),
    (("format_version",), 0),
]


@pytest.mark.parametrize(("path", "value"), BAD_VALUES)
def test_a_damaged_export_is_refused(exported: dict[str, Any], path: tuple, value: Any) -> None:
    with pytest.raises(ImportRefused) as refused:
        importer.parse(_damaged(exported, path, value))
    assert refused.value.reason is Refusal.DAMAGED


def test_a_missing_field_is_named(exported: dict[str, Any]) -> None:
    del exported["attempts"][1]["felt"]
    with pytest.raises(ImportRefused) as refused:
        importer.parse(_bytes(exported))
    assert refused.value.detail == "attempts, row 2: no felt"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", Refusal.NOT_PAUSE),
        (b"\xff\xfe not text", Refusal.NOT_PAUSE),
        (b"name,amount\nwalk,5\n", Refusal.NOT_PAUSE),
        (b"[1, 2, 3]", Refusal.NOT_PAUSE),
        (b'{"format": "something-else", "format_version": 1}', Refusal.NOT_PAUSE),
        (b'{"format": "pause-app-export", "format_version": 2}', Refusal.NEWER),
        (b'{"format": "pause-app-export", "format_version": 1, "activities": [', Refusal.DAMAGED),
        (b'{"format": "pause-app-export", "format_version": NaN}', Refusal.DAMAGED),
        (
            b'{"format": "pause-app-export", "format": "pause-app-export", "format_version": 1}',
            Refusal.DAMAGED,
        ),
        (
            b'{"format": "pause-app-export", "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
            Refusal.DAMAGED,
        ),
    ],
)
def test_what_is_not_a_readable_pause_export_is_refused(data: bytes, reason: Refusal) -> None:
    with pytest.raises(ImportRefused) as refused:
        importer.parse(data)
    assert refused.value.reason is reason


def test_a_newer_format_says_which(exported: dict[str, Any]) -> None:
    exported["format_version"] = 7
    with pytest.raises(ImportRefused) as refused:
        importer.parse(_bytes(exported))
    assert (refused.value.reason, refused.value.found) == (Refusal.NEWER, 7)


def test_files_that_are_not_regular_files_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for path, reason in (
        (fifo, Refusal.NOT_A_FILE),
        (Path("/dev/zero"), Refusal.NOT_A_FILE),
        (tmp_path, Refusal.NOT_A_FILE),
        (tmp_path / "nothing.json", Refusal.NOT_FOUND),
    ):
        with pytest.raises(ImportRefused) as refused:
            importer.read(path)
        assert refused.value.reason is reason, path


def test_a_file_larger_than_any_export_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_file, "MAX_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1001)
    with pytest.raises(ImportRefused) as refused:
        importer.read(big)
    assert refused.value.reason is Refusal.TOO_LARGE


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=400)
@given(
    table=st.sampled_from(list(export.TABLES)),
    row=st.integers(min_value=0, max_value=3),
    key=st.sampled_from(
        ["id", "name", "amount", "felt", "note", "activity_id", "local_date", "kind", "outcome"]
    ),
    value=JSON_VALUES,
)
def test_any_changed_value_is_imported_or_refused_never_an_error(
    table: str, row: int, key: str, value: Any
) -> None:
    """Several hundred generated changes to a real export: each is read, or refused cleanly."""
    document = _sample_export()
    rows = document[table]
    rows[row % len(rows)][key] = value
    try:
        importer.parse(_bytes(document))
    except ImportRefused as refused:
        assert refused.reason is Refusal.DAMAGED


_cache: dict[str, str] = {}


def _sample_export() -> dict[str, Any]:
    """The ``exported`` fixture once for the generated test (hypothesis runs it many times)."""
    if "text" not in _cache:
        with tempfile.TemporaryDirectory() as folder:
            clock = FakeClock()
            with open_store(AppPaths.single(Path(folder)), clock) as store:
                fill(store, clock)
                _cache["text"] = export.to_json(store)
    return json.loads(_cache["text"])
