from dataclasses import replace
from datetime import date, timedelta

import pytest

from pause_app.core.model import (
    ChangeReason,
    Felt,
    NewActivity,
    NewSession,
    Rating,
    SessionEnd,
    SessionKind,
)
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock


def test_adding_an_activity_records_its_first_target(store: Store, clock: FakeClock) -> None:
    activity = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=clock.today - timedelta(days=3)),
        clock(),
    )
    assert (activity.name, activity.unit, activity.target, activity.step_percent) == (
        "Steps inside",
        "steps",
        50,
        2.0,
    )
    assert activity.started_on == clock.today - timedelta(days=3)
    [change] = store.target_changes.for_activity(activity.id)
    assert (change.old_target, change.new_target, change.reason) == (None, 50, ChangeReason.CREATED)
    assert change.local_date == activity.started_on


def test_names_are_unique_whatever_their_case(store: Store, clock: FakeClock) -> None:
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    with pytest.raises(ValidationError) as caught:
        store.activities.add(NewActivity("STEPS INSIDE", "steps", 10), clock())
    assert caught.value.problem is Problem.ALREADY_EXISTS
    assert len(store.activities.list()) == 1
    assert store.activities.find("steps inside").name == "Steps inside"


def test_invalid_activities_store_nothing(store: Store, clock: FakeClock) -> None:
    bad = [
        NewActivity("", "steps", 50),
        NewActivity("Walk", "", 50),
        NewActivity("Walk", "steps", -1),
        NewActivity("Walk", "steps", 50, step_percent=9),
        NewActivity("Walk", "steps", 50, started_on=clock.today + timedelta(days=1)),
    ]
    for new in bad:
        with pytest.raises(ValidationError):
            store.activities.add(new, clock())
    assert store.activities.list() == []
    assert store.target_changes.all() == []


def test_attempts_count_on_the_day_they_were_lived(store: Store, clock: FakeClock) -> None:
    yesterday = clock.today - timedelta(days=1)
    activity = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=yesterday - timedelta(days=1)), clock()
    )
    late = store.attempts.add(activity.id, 48, Felt.TIRED, "late entry", clock().on_day(yesterday))
    store.attempts.add(activity.id, 51, Felt.GOOD, "", clock())
    store.attempts.add(activity.id, 53, Felt.OK, "", clock())
    assert late.local_date == yesterday
    assert late.logged_utc == clock().utc
    assert [a.amount for a in store.attempts.on_day(activity.id, clock.today)] == [51, 53]
    assert [a.amount for a in store.attempts.on_day(activity.id, yesterday)] == [48]
    assert store.attempts.on_day(activity.id, yesterday - timedelta(days=1)) == []
    assert [a.amount for a in store.attempts.for_activity(activity.id)] == [48, 51, 53]


def test_bad_attempts_store_nothing(store: Store, clock: FakeClock) -> None:
    activity = store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    with pytest.raises(ValidationError):
        store.attempts.add(activity.id, -5, Felt.GOOD, "", clock())
    with pytest.raises(ValidationError) as caught:
        store.attempts.add(activity.id + 99, 5, Felt.GOOD, "", clock())
    assert caught.value.field is Field.NAME
    with pytest.raises(ValueError):
        store.attempts.add(activity.id, 5, "great", "", clock())  # type: ignore[arg-type]
    assert store.attempts.all() == []


def test_set_target_records_the_change_in_one_transaction(store: Store, clock: FakeClock) -> None:
    activity = store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    clock.advance(days=4)
    updated = store.activities.set_target(activity.id, 51, ChangeReason.OFFER_ACCEPTED, clock())
    assert updated.target == 51
    last = store.target_changes.for_activity(activity.id)[-1]
    assert (last.old_target, last.new_target, last.reason, last.local_date) == (
        50,
        51,
        ChangeReason.OFFER_ACCEPTED,
        clock.today,
    )


def test_a_failed_write_rolls_back(store: Store, clock: FakeClock) -> None:
    activity = store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("UPDATE activities SET target = 99 WHERE id = ?", (activity.id,))
        raise RuntimeError("power cut")
    assert store.activities.get(activity.id).target == 50


def test_sessions_are_kept_with_their_rating_and_read_back_by_day(
    store: Store, clock: FakeClock
) -> None:
    first = store.sessions.add(
        NewSession(SessionKind.PAUSE, "calm", 80, 35.5, SessionEnd.STOPPED_EARLY, Rating.SAME),
        clock(),
    )
    clock.advance(days=2)
    store.sessions.add(
        NewSession(SessionKind.BREATHING, "box", 300, 300, SessionEnd.FINISHED), clock()
    )
    assert first.actual_seconds == 35.5
    assert first.rating is Rating.SAME
    week = store.sessions.between(clock.today - timedelta(days=6), clock.today)
    assert [s.kind for s in week] == [SessionKind.PAUSE, SessionKind.BREATHING]
    assert store.sessions.between(date(2020, 1, 1), date(2020, 1, 2)) == []
    with pytest.raises(ValidationError):
        store.sessions.add(
            NewSession(SessionKind.PAUSE, "calm", 80, -1, SessionEnd.FINISHED), clock()
        )


def test_attempts_cannot_be_in_the_future_or_before_the_start(
    store: Store, clock: FakeClock
) -> None:
    activity = store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    for day, problem in [
        (clock.today + timedelta(days=1), Problem.IN_THE_FUTURE),
        (clock.today - timedelta(days=1), Problem.BEFORE_START),
    ]:
        with pytest.raises(ValidationError) as caught:
            store.attempts.add(activity.id, 5, Felt.GOOD, "", clock().on_day(day))
        assert caught.value.problem is problem
    assert store.attempts.all() == []


def test_maintenance_mode(store: Store, clock: FakeClock) -> None:
    activity = store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    assert store.activities.set_maintenance(activity.id, True).maintenance
    assert not store.activities.set_maintenance(activity.id, False).maintenance
    with pytest.raises(ValidationError):
        store.activities.set_maintenance(activity.id + 9, True)


def test_rename_step_size_and_archive(store: Store, clock: FakeClock) -> None:
    walk = store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    store.activities.add(NewActivity("Reading", "minutes", 10), clock())
    assert store.activities.rename(walk.id, "  Walking inside ").name == "Walking inside"
    with pytest.raises(ValidationError) as caught:
        store.activities.rename(walk.id, "reading")
    assert caught.value.problem is Problem.ALREADY_EXISTS
    assert store.activities.set_step_percent(walk.id, 5).step_percent == 5.0
    with pytest.raises(ValidationError):
        store.activities.set_step_percent(walk.id, 7)
    store.activities.set_archived(walk.id, True)
    assert [a.name for a in store.activities.list()] == ["Reading"]
    assert len(store.activities.list(include_archived=True)) == 2
    assert store.activities.set_archived(walk.id, False).archived is False


def test_a_log_can_be_corrected_deleted_and_restored(store: Store, clock: FakeClock) -> None:
    started = clock.today - timedelta(days=5)
    activity = store.activities.add(NewActivity("Walk", "steps", 50, started_on=started), clock())
    logged = store.attempts.add(activity.id, 50, Felt.GOOD, "", clock())
    yesterday = clock.today - timedelta(days=1)
    fixed = store.attempts.update(logged.id, 45, Felt.TIRED, "windy", yesterday, clock.today)
    assert (fixed.amount, fixed.felt, fixed.note, fixed.local_date) == (
        45,
        Felt.TIRED,
        "windy",
        yesterday,
    )
    assert fixed.logged_utc == logged.logged_utc  # when it was first entered stays
    for bad_day in (clock.today + timedelta(days=1), started - timedelta(days=1)):
        with pytest.raises(ValidationError):
            store.attempts.update(logged.id, 45, Felt.OK, "", bad_day, clock.today)
    with pytest.raises(ValidationError):
        store.attempts.update(logged.id, -1, Felt.OK, "", yesterday, clock.today)
    assert store.attempts.get(logged.id) == fixed  # a refused correction changes nothing
    gone = store.attempts.delete(logged.id)
    assert store.attempts.all() == []
    back = store.attempts.restore(gone)
    assert replace(back, id=fixed.id) == fixed  # the same log, times and all


def test_session_totals_per_day_match_the_sessions(store, clock) -> None:  # type: ignore[no-untyped-def]
    from pause_app.core import series
    from pause_app.core.model import NewSession, SessionEnd, SessionKind

    for days_ago, seconds in ((3, 90.0), (3, 150.0), (1, 60.5)):
        store.sessions.add(
            NewSession(SessionKind.PAUSE, "calm", 80.0, seconds, SessionEnd.FINISHED),
            clock().on_day(clock.today - timedelta(days=days_ago)),
        )
    assert store.sessions.day_totals() == series.day_totals(store.sessions.all())


def test_the_revision_moves_with_every_change(store, clock) -> None:  # type: ignore[no-untyped-def]
    from pause_app.core.model import NewActivity

    before = store.revision()
    assert store.revision() == before  # reading changes nothing
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    assert store.revision() != before
