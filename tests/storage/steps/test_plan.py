"""Importing steps into an activity: what the plan says, and that the write does just that,
in one go; the same file twice changes nothing; a newer export updates; a typed day stays."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from pause_app.core import pacing, summary
from pause_app.core.model import Felt, NewActivity
from pause_app.core.steps import DayTotal
from pause_app.storage import export, importer
from pause_app.storage.database import DatabaseError
from pause_app.storage.steps import (
    StepFormat,
    StepsPlan,
    StepsRead,
    apply_steps,
    plan_steps,
    read_steps,
)
from pause_app.storage.store import Store
from tests.helpers.clock import CET, FakeClock
from tests.storage.steps import make_fixtures as fx

NOW = datetime(2024, 4, 5, 10, 0, tzinfo=CET)


@pytest.fixture
def walking(store: Store, clock: FakeClock) -> int:
    activity = store.activities.add(
        NewActivity("Walking", "steps", 1000, started_on=date(2024, 3, 1)), clock()
    )
    return activity.id


def _read(tmp_path: Path) -> StepsRead:
    return read_steps(fx.apple_health_zip(tmp_path), zone=fx.ZONE)


def _days(store: Store, activity_id: int) -> dict[date, int]:
    return {a.local_date: a.amount for a in store.attempts.for_activity(activity_id)}


def test_a_first_import_adds_every_day_without_a_feeling(
    store: Store, walking: int, tmp_path: Path
) -> None:
    read = _read(tmp_path)
    plan = plan_steps(store, walking, read, today=NOW.date())
    assert (plan.new_days, plan.updated_days, plan.unchanged_days, plan.kept_days) == (5, 0, 0, 0)
    assert (plan.first, plan.last, plan.total_steps) == (date(2024, 3, 30), date(2024, 4, 3), 4750)
    assert plan.heart_days == 2
    done = apply_steps(store, plan, NOW)
    assert done == plan
    assert _days(store, walking) == fx.EXPECTED
    logs = store.attempts.for_activity(walking)
    assert {log.felt for log in logs} == {None}
    assert logs[0].source == "apple-health:Apple Watch" and logs[1].source == "apple-health:iPhone"
    assert dict(store.heart_rates.all()) == fx.EXPECTED_HEART


def test_the_same_file_again_changes_nothing(store: Store, walking: int, tmp_path: Path) -> None:
    read = _read(tmp_path)
    apply_steps(store, plan_steps(store, walking, read), NOW)
    before = export.to_json(store)
    again = plan_steps(store, walking, read)
    assert (again.new_days, again.updated_days, again.unchanged_days) == (0, 0, 5)
    assert again.heart_days == 0 and not again.changes
    apply_steps(store, again, NOW + timedelta(days=1))
    assert export.to_json(store) == before


def test_a_newer_export_updates_the_days_it_changed(
    store: Store, walking: int, tmp_path: Path
) -> None:
    read = _read(tmp_path)
    apply_steps(store, plan_steps(store, walking, read), NOW)
    newer = replace(
        read,
        days=(
            *read.days[:-1],
            DayTotal(date(2024, 4, 3), 950, "apple-health:iPhone"),
            DayTotal(date(2024, 4, 4), 300, "apple-health:iPhone"),
        ),
        heart=((date(2024, 3, 30), 57), (date(2024, 3, 31), 60)),
    )
    plan = plan_steps(store, walking, newer)
    assert (plan.new_days, plan.updated_days, plan.unchanged_days, plan.heart_days) == (1, 1, 4, 1)
    apply_steps(store, plan, NOW + timedelta(days=1))
    assert _days(store, walking) == {**fx.EXPECTED, date(2024, 4, 3): 950, date(2024, 4, 4): 300}
    assert dict(store.heart_rates.all())[date(2024, 3, 30)] == 57
    assert len(store.attempts.for_activity(walking)) == 6  # updated in place, not added


def test_a_day_the_user_typed_stays_theirs_and_the_plan_counts_it(
    store: Store, walking: int, tmp_path: Path, clock: FakeClock
) -> None:
    typed_day = date(2024, 4, 2)
    store.attempts.add(walking, 900, Felt.TIRED, "my own count", clock().on_day(typed_day))
    plan = plan_steps(store, walking, _read(tmp_path))
    assert (plan.new_days, plan.kept_days) == (4, 1)
    apply_steps(store, plan, NOW)
    [mine] = store.attempts.on_day(walking, typed_day)
    assert (mine.amount, mine.felt, mine.note, mine.source) == (900, Felt.TIRED, "my own count", "")


def test_a_log_typed_after_the_preview_is_still_kept(
    store: Store, walking: int, tmp_path: Path, clock: FakeClock
) -> None:
    plan = plan_steps(store, walking, _read(tmp_path))
    store.attempts.add(walking, 10, Felt.GOOD, "", clock().on_day(date(2024, 4, 1)))
    done = apply_steps(store, plan, NOW)
    assert done.kept_days == 1 and done.new_days == 4
    assert [a.amount for a in store.attempts.on_day(walking, date(2024, 4, 1))] == [10]


def test_days_before_the_activity_and_after_today_are_left_out(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    late = store.activities.add(
        NewActivity("Walk", "steps", 1000, started_on=date(2024, 4, 1)), clock()
    ).id
    plan = plan_steps(store, late, _read(tmp_path), today=date(2024, 4, 2))
    assert (plan.early_days, plan.future_days, plan.new_days) == (2, 1, 2)
    assert (plan.first, plan.last) == (date(2024, 4, 1), date(2024, 4, 2))
    apply_steps(store, plan, datetime(2024, 4, 2, 20, 0, tzinfo=CET))
    assert sorted(_days(store, late)) == [date(2024, 4, 1), date(2024, 4, 2)]


def test_a_failed_write_writes_nothing(
    store: Store, walking: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.storage.steps import plan as plan_module

    plan = plan_steps(store, walking, _read(tmp_path))

    def broken(db: object, values: object, source: str) -> int:
        raise DatabaseError(store.path, "disk full")

    monkeypatch.setattr(plan_module, "put_heart_rates", broken)
    with pytest.raises(DatabaseError):
        apply_steps(store, plan, NOW)
    assert store.attempts.all() == [] and store.heart_rates.all() == []


def test_imported_days_count_as_met_but_never_as_tired(
    store: Store, walking: int, tmp_path: Path, clock: FakeClock
) -> None:
    """Only the user's own words say tired or crash; a device's count can meet the target."""
    apply_steps(store, plan_steps(store, walking, _read(tmp_path)), NOW)
    met = store.attempts.on_day(walking, date(2024, 3, 31))  # 1200 of 1000
    assert summary.day_status(met, 1000) is summary.DayStatus.MET
    below = store.attempts.on_day(walking, date(2024, 4, 2))  # 250
    assert summary.day_status(below, 1000) is summary.DayStatus.LOGGED
    activity = store.activities.get(walking)
    answer = store.goal_answer(activity, date(2024, 4, 4), pacing.Rules())
    assert answer.reason is not pacing.Reason.RECENT_TIRED
    store.attempts.add(walking, 100, Felt.TIRED, "", clock().on_day(date(2024, 4, 3)))
    answer = store.goal_answer(activity, date(2024, 4, 4), pacing.Rules())
    assert answer.reason is pacing.Reason.RECENT_TIRED  # the user's own word does count


def test_round_trip_import_export_import_keeps_the_days(
    store: Store, walking: int, tmp_path: Path, clock: FakeClock
) -> None:
    apply_steps(store, plan_steps(store, walking, _read(tmp_path)), NOW)
    text = export.to_json(store)
    document = json.loads(text)
    exported = [row for row in document["attempts"] if row["source"]]
    assert {date.fromisoformat(r["local_date"]): r["amount"] for r in exported} == fx.EXPECTED
    assert {r["felt"] for r in exported} == {None}
    assert {r["local_date"]: r["bpm"] for r in document["heart_rates"]} == {
        d.isoformat(): bpm for d, bpm in fx.EXPECTED_HEART.items()
    }
    other = Store.open(tmp_path / "other" / "pause.sqlite3", NOW)
    try:
        importer.apply(other, importer.parse(text.encode()))
        [walk] = other.activities.list()
        assert _days(other, walk.id) == fx.EXPECTED
        assert [a.source for a in other.attempts.all()] == [a.source for a in store.attempts.all()]
        assert other.heart_rates.all() == store.heart_rates.all()
        assert export.to_json(other).split('"attempts"')[1] == text.split('"attempts"')[1]
    finally:
        other.close()
    sheets = export.to_csv(store)
    assert sheets["heart_rates.csv"].splitlines()[0] == "local_date,bpm,source"
    assert sheets["attempts.csv"].splitlines()[0].endswith(",source")


def test_an_export_with_a_log_without_a_feeling_and_no_source_is_refused() -> None:
    document = {
        "format": "pause-app-export",
        "format_version": 1,
        "activities": [
            {
                "id": 1,
                "name": "Walking",
                "unit": "steps",
                "target": 10,
                "step_percent": 2.0,
                "maintenance": False,
                "archived": False,
                "derived_from": None,
                "started_on": "2024-03-01",
                "created_utc": "2024-03-01T09:00:00Z",
            }
        ],
        "attempts": [
            {
                "activity_id": 1,
                "amount": 10,
                "felt": None,
                "note": "",
                "logged_utc": "2024-03-02T09:00:00Z",
                "local_date": "2024-03-02",
                "utc_offset_minutes": 60,
                "source": "",
            }
        ],
        "target_changes": [],
        "sessions": [],
    }
    with pytest.raises(importer.ImportRefused) as refused:
        importer.parse(json.dumps(document).encode())
    assert refused.value.reason is importer.Refusal.DAMAGED
    document["attempts"][0]["source"] = "garmin"  # type: ignore[index]
    document["heart_rates"] = [{"local_date": "2024-03-02", "bpm": 300, "source": "garmin"}]
    with pytest.raises(importer.ImportRefused):
        importer.parse(json.dumps(document).encode())  # 300 bpm is not a resting heart rate
    document["heart_rates"] = [{"local_date": "2024-03-02", "bpm": 61, "source": "garmin"}]
    parsed = importer.parse(json.dumps(document).encode())
    assert parsed.attempts[0][2] is None and parsed.heart_rates == (("2024-03-02", 61, "garmin"),)


def test_an_older_export_without_sources_still_imports() -> None:
    document = {
        "format": "pause-app-export",
        "format_version": 1,
        "activities": [],
        "attempts": [],
        "target_changes": [],
        "sessions": [],
    }
    assert importer.parse(json.dumps(document).encode()).heart_rates == ()


def test_the_format_is_said_in_the_plan(store: Store, walking: int, tmp_path: Path) -> None:
    plan = plan_steps(store, walking, read_steps(fx.garmin_json(tmp_path), zone=fx.ZONE))
    assert plan.read.format is StepFormat.GARMIN


def test_a_backup_carries_the_imported_days_and_the_heart_rates(
    store: Store, walking: int, tmp_path: Path
) -> None:
    from pause_app.storage import backups

    apply_steps(store, plan_steps(store, walking, _read(tmp_path)), NOW)
    made = backups.back_up(store.path, tmp_path / "backups", NOW)
    assert made.rows is None or made.rows >= 5 + 2
    copy = Store.open(made.path, NOW)
    try:
        assert copy.heart_rates.all() == store.heart_rates.all()
        assert [(a.local_date, a.amount, a.felt, a.source) for a in copy.attempts.all()] == [
            (a.local_date, a.amount, a.felt, a.source) for a in store.attempts.all()
        ]
    finally:
        copy.close()


def test_a_new_activity_is_made_in_the_same_transaction_as_its_steps(
    store: Store, tmp_path: Path
) -> None:
    read = _read(tmp_path)
    new = NewActivity("Walking", "steps", 1000, started_on=date(2024, 3, 1))
    done = apply_steps(store, plan_steps_for_nothing(read), NOW, new_activity=new)
    [walking] = store.activities.list()
    assert (walking.name, walking.unit, done.activity_id) == ("Walking", "steps", walking.id)
    assert len(_days(store, walking.id)) == done.new_days > 0
    assert [c.new_target for c in store.target_changes.for_activity(walking.id)] == [1000]


def test_a_failed_write_leaves_no_empty_new_activity(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.storage.steps import plan as plan_module

    def broken(db: object, values: object, source: str) -> int:
        raise DatabaseError(store.path, "disk full")

    monkeypatch.setattr(plan_module, "put_heart_rates", broken)
    new = NewActivity("Walking", "steps", 1000, started_on=date(2024, 3, 1))
    with pytest.raises(DatabaseError):
        apply_steps(store, plan_steps_for_nothing(_read(tmp_path)), NOW, new_activity=new)
    assert store.activities.list(include_archived=True) == [] and store.attempts.all() == []


def plan_steps_for_nothing(read: StepsRead) -> StepsPlan:
    """The preview's plan for an activity not made yet (the window's plan_for_new)."""
    return StepsPlan(read, 0, None, None, 0, len(read.days), 0, 0, 0, len(read.heart))
