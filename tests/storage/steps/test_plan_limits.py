"""What an import never does to the days already there: take a day above what a log may
hold, let another device or an older file take a day back down, or start a new activity on
a stray record's day (docs/STEPS.md)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from pause_app.core.model import NewActivity
from pause_app.core.steps import DayTotal
from pause_app.core.validation import MAX_AMOUNT
from pause_app.storage import export, importer
from pause_app.storage.steps import (
    StepFormat,
    StepsRead,
    apply_steps,
    plan_for_new,
    plan_steps,
    read_steps,
    start_day,
)
from pause_app.storage.store import Store
from tests.helpers.clock import CET, FakeClock
from tests.storage.steps import make_fixtures as fx

NOW = datetime(2024, 4, 5, 10, 0, tzinfo=CET)
DAY = date(2024, 4, 1)


@pytest.fixture
def walking(store: Store, clock: FakeClock) -> int:
    activity = store.activities.add(
        NewActivity("Walking", "steps", 1000, started_on=date(2024, 3, 1)), clock()
    )
    return activity.id


def _days(store: Store, activity_id: int) -> dict[date, int]:
    return {a.local_date: a.amount for a in store.attempts.for_activity(activity_id)}


def _one(steps: int, source: str, fmt: StepFormat = StepFormat.APPLE_HEALTH) -> StepsRead:
    return StepsRead(fmt, (DayTotal(DAY, steps, source),))


def test_a_day_above_what_a_log_may_hold_is_left_out_and_the_export_imports_again(
    store: Store, walking: int
) -> None:
    read = StepsRead(
        StepFormat.GADGETBRIDGE,
        (
            DayTotal(date(2024, 3, 31), MAX_AMOUNT, "gadgetbridge:Band"),
            DayTotal(DAY, 10**12, "gadgetbridge:Band"),
        ),
    )
    plan = plan_steps(store, walking, read, today=NOW.date())
    assert (plan.new_days, plan.too_large_days, plan.total_steps) == (1, 1, MAX_AMOUNT)
    apply_steps(store, plan, NOW)
    assert _days(store, walking) == {date(2024, 3, 31): MAX_AMOUNT}
    assert importer.parse(export.to_json(store).encode())  # the user's export imports again


def test_two_records_of_999999_on_a_day_are_left_out(
    store: Store, walking: int, tmp_path: Path
) -> None:
    records = [
        fx.apple_record(fx.STEP_TYPE, "iPhone", f"2024-04-01 {h}:00:00 +0200", "", "999999")
        for h in (10, 11)
    ]
    path = tmp_path / "export.xml"
    path.write_text(fx.APPLE_HEAD + "".join(records) + fx.APPLE_TAIL, encoding="utf-8")
    read = read_steps(path, zone=fx.ZONE)
    assert read.days[0].steps == 1_999_998
    plan = plan_steps(store, walking, read, today=NOW.date())
    assert (plan.new_days, plan.too_large_days, plan.changes) == (0, 1, False)
    apply_steps(store, plan, NOW)
    assert _days(store, walking) == {}


def test_another_devices_smaller_count_never_replaces_a_day(store: Store, walking: int) -> None:
    apply_steps(store, plan_steps(store, walking, _one(1500, "apple-health:iPhone")), NOW)
    garmin = _one(100, "garmin", StepFormat.GARMIN)
    plan = plan_steps(store, walking, garmin)
    assert (plan.updated_days, plan.unchanged_days, plan.smaller_days, plan.changes) == (
        0,
        0,
        1,
        False,
    )
    apply_steps(store, plan, NOW)
    assert _days(store, walking) == {DAY: 1500}
    logs = store.attempts.for_activity(walking)
    assert [log.source for log in logs] == ["apple-health:iPhone"]


def test_a_larger_count_from_another_device_takes_the_day_with_its_name(
    store: Store, walking: int
) -> None:
    apply_steps(store, plan_steps(store, walking, _one(1500, "apple-health:iPhone")), NOW)
    plan = plan_steps(store, walking, _one(4000, "garmin", StepFormat.GARMIN))
    assert plan.updated_days == 1
    apply_steps(store, plan, NOW)
    [log] = store.attempts.for_activity(walking)
    assert (log.amount, log.source) == (4000, "garmin")


def test_an_older_export_of_the_same_device_never_takes_a_day_back(
    store: Store, walking: int
) -> None:
    apply_steps(store, plan_steps(store, walking, _one(250, "apple-health:iPhone")), NOW)
    apply_steps(store, plan_steps(store, walking, _one(350, "apple-health:iPhone")), NOW)
    assert _days(store, walking) == {DAY: 350}  # the newer export: more steps synced since
    older = plan_steps(store, walking, _one(250, "apple-health:iPhone"))
    assert (older.smaller_days, older.changes) == (1, False)
    apply_steps(store, older, NOW + timedelta(hours=1))
    assert _days(store, walking) == {DAY: 350}


def _days_read(*days: date) -> StepsRead:
    return StepsRead(StepFormat.APPLE_HEALTH, tuple(DayTotal(d, 100, "x") for d in days))


@pytest.mark.parametrize(
    ("days", "start"),
    [
        ((date(2024, 3, 1), date(2024, 3, 2)), date(2024, 3, 1)),
        ((date(1970, 1, 1), date(2024, 3, 1), date(2024, 3, 2)), date(2024, 3, 1)),
        ((date(2001, 5, 1), date(2024, 3, 1)), date(2024, 3, 1)),  # a stray year-old day
        ((date(2023, 6, 1), date(2024, 3, 1)), date(2023, 6, 1)),  # under a year: the file's
        ((date(1999, 12, 31),), date(2024, 4, 5)),  # nothing since 2000: today
        ((), date(2024, 4, 5)),
    ],
)
def test_a_new_activity_starts_on_the_files_first_real_day(
    days: tuple[date, ...], start: date
) -> None:
    assert start_day(_days_read(*days), date(2024, 4, 5)) == start


def test_the_plan_for_a_new_activity_leaves_out_the_stray_day_and_says_so(store: Store) -> None:
    read = _days_read(date(1970, 1, 1), date(2024, 3, 1), date(2024, 3, 2), date(2024, 5, 1))
    plan = plan_for_new(store, replace(read), date(2024, 4, 5))
    assert (plan.first, plan.new_days, plan.early_days, plan.future_days) == (
        date(2024, 3, 1),
        2,
        1,
        1,
    )
