"""The reminder schedule, on a fake clock in Europe/Amsterdam (both DST changes of 2026)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pause_app.core import reminders
from pause_app.core.reminders import (
    ActiveHours,
    PauseLength,
    ReminderState,
    Schedule,
    StatusKind,
    format_active_hours,
    next_due,
    parse_active_hours,
    status,
)
from pause_app.core.settings import SettingError, Settings, parse

AMS = ZoneInfo("Europe/Amsterdam")
DEFAULT = Schedule()  # every 90 minutes, 09:00-21:00 every day


def local(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS)


def due(schedule: Schedule, state: ReminderState, now: datetime) -> datetime | None:
    found = next_due(schedule, state, now, AMS)
    return None if found is None else found.astimezone(AMS)


def test_the_defaults_every_90_minutes_from_nine_to_nine() -> None:
    settings = Settings.defaults()
    assert Schedule.from_settings(settings) == DEFAULT
    now = local(24, 10)
    assert due(DEFAULT, ReminderState.started(now), now) == local(24, 11, 30)


def test_the_first_reminder_of_a_day_comes_an_interval_after_the_hours_begin() -> None:
    evening = local(24, 20, 30)  # the last reminder of the day
    state = ReminderState.started(evening)
    assert due(DEFAULT, state, evening) == local(25, 10, 30)  # not 22:00, not 09:00 sharp
    # Started before the hours begin: the count starts at 09:00 too.
    early = local(25, 7)
    assert due(DEFAULT, ReminderState.started(early), early) == local(25, 10, 30)


def test_an_evening_range_to_midnight_resumes_the_next_evening() -> None:
    evenings = Schedule(hours=parse_active_hours("18:00-24:00"), interval=timedelta(minutes=60))
    state = ReminderState.started(local(24, 23, 15))
    # 00:15 is outside the hours: the next is the next evening, an hour after 18:00.
    assert due(evenings, state, local(24, 23, 30)) == local(25, 19)
    assert due(evenings, ReminderState.started(local(24, 22)), local(24, 22)) == local(24, 23)


def test_a_range_ending_at_midnight_and_one_starting_at_midnight() -> None:
    hours = parse_active_hours("22:00-24:00")
    assert hours.days[0] == ((22 * 60, 24 * 60),)
    night = Schedule(
        hours=parse_active_hours("00:00-02:00,22:00-24:00"), interval=timedelta(minutes=90)
    )
    state = ReminderState.started(local(24, 23, 0))
    assert due(night, state, local(24, 23, 0)) == local(25, 0, 30)  # on through midnight


def test_spring_forward_keeps_wall_clock_hours_and_real_intervals() -> None:
    # 29 March 2026: 02:00 -> 03:00 in Amsterdam.
    night = Schedule(hours=parse_active_hours("01:00-05:00"), interval=timedelta(minutes=90))
    start = datetime(2026, 3, 29, 1, 0, tzinfo=AMS)
    state = ReminderState.started(start)
    assert due(night, state, start) == datetime(2026, 3, 29, 3, 30, tzinfo=AMS)  # 90 real minutes
    # The hours begin at 09:00 local on both sides of the change.
    before = datetime(2026, 3, 28, 22, tzinfo=AMS)
    assert due(DEFAULT, ReminderState.started(before), before) == datetime(
        2026, 3, 29, 10, 30, tzinfo=AMS
    )


def test_fall_back_keeps_wall_clock_hours_and_real_intervals() -> None:
    # 25 October 2026: 03:00 -> 02:00 in Amsterdam; 01:30 + 90 real minutes is 02:00 (again).
    night = Schedule(hours=parse_active_hours("01:00-05:00"), interval=timedelta(minutes=90))
    start = datetime(2026, 10, 25, 1, 30, tzinfo=AMS)
    state = ReminderState.started(start)
    found = next_due(night, state, start, AMS)
    assert found is not None and found - start.astimezone(UTC) == timedelta(minutes=90)
    before = datetime(2026, 10, 24, 22, tzinfo=AMS)
    assert due(DEFAULT, ReminderState.started(before), before) == datetime(
        2026, 10, 25, 10, 30, tzinfo=AMS
    )


def test_a_laptop_that_slept_through_three_due_times_reminds_once() -> None:
    state = ReminderState.started(local(24, 9, 30))  # due 11:00, 12:30, 14:00 while asleep
    woke = local(24, 14, 40)
    assert due(DEFAULT, state, woke) == woke  # one, now
    state = state.shown(woke)
    assert due(DEFAULT, state, woke) == local(24, 16, 10)  # then a whole interval
    assert due(DEFAULT, state, woke + timedelta(minutes=1)) == local(24, 16, 10)


def test_waking_up_outside_the_hours_waits_for_them() -> None:
    state = ReminderState.started(local(24, 19))  # due 20:30, slept until morning
    assert due(DEFAULT, state, local(25, 7)) == local(25, 10, 30)


def test_a_clock_set_back_never_makes_the_wait_longer_than_an_interval() -> None:
    state = ReminderState.started(local(24, 15))  # then the clock goes back two hours
    now = local(24, 13)
    assert due(DEFAULT, state, now) == local(24, 14, 30)


def test_a_clock_set_back_while_snoozed_never_waits_longer_than_the_longest_snooze() -> None:
    snoozed = ReminderState.started(local(24, 15)).snooze(local(24, 15), 15)  # until 15:15
    now = local(24, 12)  # the clock went back three hours
    assert due(DEFAULT, snoozed, now) == local(24, 13)


def test_a_clock_set_forward_gives_one_reminder() -> None:
    state = ReminderState.started(local(24, 10))
    jumped = local(24, 18)
    assert due(DEFAULT, state, jumped) == jumped


@pytest.mark.parametrize("minutes", [15, 30, 60])
def test_a_snooze_ends_with_a_reminder(minutes: int) -> None:
    now = local(24, 14)
    state = ReminderState.started(local(24, 12, 30)).shown(now).snooze(now, minutes)
    assert due(DEFAULT, state, now) == now + timedelta(minutes=minutes)
    assert status(DEFAULT, state, now, AMS) == reminders.Status(
        StatusKind.SNOOZED, (now + timedelta(minutes=minutes)).astimezone(UTC)
    )
    later = now + timedelta(minutes=minutes + 5)  # the computer slept through its end
    assert due(DEFAULT, state, later) == later


def test_only_gentle_snoozes() -> None:
    with pytest.raises(ValueError):
        ReminderState.started(local(24, 14)).snooze(local(24, 14), 240)


@pytest.mark.parametrize(
    ("length", "until", "next_one"),
    [
        (PauseLength.ONE_HOUR, local(24, 15), local(24, 16, 30)),
        (PauseLength.TWO_HOURS, local(24, 16), local(24, 17, 30)),
        (PauseLength.UNTIL_TOMORROW, local(25, 0), local(25, 10, 30)),
    ],
)
def test_a_pause_ends_by_itself_and_the_count_starts_again(
    length: PauseLength, until: datetime, next_one: datetime
) -> None:
    now = local(24, 14)
    state = ReminderState.started(local(24, 13)).pause(now, length, AMS)
    assert status(DEFAULT, state, now, AMS) == reminders.Status(
        StatusKind.PAUSED, until.astimezone(UTC)
    )
    assert due(DEFAULT, state, now) == next_one
    after = until + timedelta(minutes=1)
    assert status(DEFAULT, state, after, AMS).kind in (StatusKind.ACTIVE, StatusKind.OUTSIDE_HOURS)
    assert due(DEFAULT, state, after) == next_one  # nothing to turn back on


def test_paused_until_turned_back_on() -> None:
    now = local(24, 14)
    state = ReminderState.started(now).pause(now, PauseLength.UNTIL_RESUMED, AMS)
    assert due(DEFAULT, state, local(30, 14)) is None
    assert status(DEFAULT, state, now, AMS).kind is StatusKind.PAUSED_UNTIL_RESUMED
    back = state.resume(local(30, 14))
    assert due(DEFAULT, back, local(30, 14)) == local(30, 15, 30)


def test_a_pause_outlives_a_restart_through_its_setting() -> None:
    now = local(24, 14)
    for length in PauseLength:
        paused = ReminderState.started(now).pause(now, length, AMS)
        text = paused.paused_setting()
        assert parse("reminders.paused_until", text) == text  # a valid setting
        restored = ReminderState.started(now).with_paused_setting(text)
        assert restored.paused_setting() == text
        assert status(DEFAULT, restored, now, AMS) == status(DEFAULT, paused, now, AMS)
    assert ReminderState.started(now).with_paused_setting("rubbish").paused_setting() == ""


def test_turned_off_means_no_reminder() -> None:
    off = Schedule(enabled=False)
    now = local(24, 12)
    assert next_due(off, ReminderState.started(now), now, AMS) is None
    assert status(off, ReminderState.started(now), now, AMS).kind is StatusKind.OFF


def test_weekdays_without_hours_get_no_reminders() -> None:
    weekdays = Schedule(hours=parse_active_hours("mon-fri 09:00-17:00"))
    friday_evening = local(27, 16, 30)  # Friday 27 November 2026
    state = ReminderState.started(friday_evening)
    assert due(weekdays, state, friday_evening) == local(30, 10, 30)  # Monday
    assert status(weekdays, state, local(28, 12), AMS).kind is StatusKind.OUTSIDE_HOURS


def test_several_ranges_per_day() -> None:
    split = Schedule(hours=parse_active_hours("09:00-12:00,14:00-18:00"))
    state = ReminderState.started(local(24, 11))  # 12:30 falls in the lunch break
    assert due(split, state, local(24, 11)) == local(24, 15, 30)  # the count starts at 14:00


def test_a_range_shorter_than_the_interval_gets_one_reminder_in_its_middle() -> None:
    short = Schedule(hours=parse_active_hours("10:00-11:00"), interval=timedelta(minutes=90))
    state = ReminderState.started(local(24, 8))
    assert due(short, state, local(24, 8)) == local(24, 10, 30)
    shown = state.shown(local(24, 10, 30))
    assert due(short, shown, local(24, 10, 30)) == local(25, 10, 30)


def test_no_active_hours_at_all_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_active_hours("")
    with pytest.raises(SettingError):
        parse("reminders.active_hours", " ; ")


@pytest.mark.parametrize(
    "text",
    ["9-17", "09:00-25:00", "17:00-09:00", "09:00-12:00,11:00-13:00", "someday 09:00-10:00",
     "mon 09:00-10:00; mon 11:00-12:00", "mon-fri", "09:00-10:00; sat 10:00-11:00", "24:30-25:00"],
)  # fmt: skip
def test_wrong_hours_say_what_is_wrong(text: str) -> None:
    with pytest.raises(ValueError, match=r"\w"):  # a reason in words
        parse_active_hours(text)
    with pytest.raises(SettingError):
        parse("reminders.active_hours", text)


def test_hours_in_dutch_and_the_canonical_form() -> None:
    hours = parse_active_hours("ma-vr 9:00-12:00, 13:30-21:00; za,zo 10:00-20:00")
    assert format_active_hours(hours) == ("mon-fri 09:00-12:00,13:30-21:00; sat-sun 10:00-20:00")
    assert parse("reminders.active_hours", " 9:00-21:00 ") == "09:00-21:00"
    assert parse("reminders.active_hours", "fri-mon 10:00-11:00") == (
        "mon 10:00-11:00; fri-sun 10:00-11:00"
    )


_RANGES = st.lists(st.integers(0, 47), min_size=2, max_size=6, unique=True).map(sorted)


@st.composite
def _hours(draw: st.DrawFn) -> ActiveHours:
    days = []
    for _ in range(7):
        cuts = draw(_RANGES)
        pairs = [(cuts[i] * 30, cuts[i + 1] * 30) for i in range(0, len(cuts) - 1, 2)]
        days.append(tuple(pairs) if draw(st.booleans()) else ())
    if not any(days):
        days[0] = ((540, 1260),)
    return ActiveHours(tuple(days))


@given(_hours())
def test_active_hours_round_trip(hours: ActiveHours) -> None:
    assert parse_active_hours(format_active_hours(hours)) == hours


@given(
    _hours(),
    st.integers(1, 480),
    st.integers(0, 60 * 24 * 14),
    st.integers(0, 60 * 24 * 3),
)
def test_a_due_reminder_is_always_inside_the_hours_and_never_in_the_past(
    hours: ActiveHours, interval: int, anchor_minutes: int, later_minutes: int
) -> None:
    schedule = Schedule(hours=hours, interval=timedelta(minutes=interval))
    anchor = datetime(2026, 3, 20, tzinfo=AMS) + timedelta(minutes=anchor_minutes)  # over DST
    now = anchor + timedelta(minutes=later_minutes)
    found = next_due(schedule, ReminderState.started(anchor), now, AMS)
    assert found is not None
    assert found >= now.astimezone(UTC)
    assert reminders.in_active_hours(hours, found, AMS)


# --- whatever the settings file says, the schedule goes on (issue 12, hole 7) -------------

_MOMENTS = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
).map(lambda moment: moment.isoformat().replace("+00:00", "Z"))


@given(
    st.one_of(
        st.text(max_size=40),
        _MOMENTS,
        st.sampled_from(["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "manual", " MANUAL "]),
    ),
    st.integers(1, 480),
)
def test_any_stored_pause_is_survived(text: str, interval: int) -> None:
    """Nonsense means: not paused. Nothing raises, on start or while running."""
    schedule = Schedule(interval=timedelta(minutes=interval))
    now = local(24, 14)
    for state in (
        ReminderState.started(now).with_paused_setting(text),
        ReminderState.started(now).pause(now, PauseLength.ONE_HOUR, AMS).with_paused_setting(text),
    ):
        next_due(schedule, state, now, AMS)
        status(schedule, state, now, AMS)
        state.paused_setting()
        if state.paused_until is not None:
            assert reminders.EARLIEST_PAUSE_END <= state.paused_until <= reminders.LATEST_PAUSE_END


def test_a_pause_too_far_ahead_is_not_a_pause() -> None:
    now = local(24, 14)
    state = ReminderState.started(now).with_paused_setting("9999-12-31T23:59:59Z")
    assert state.paused_until is None and not state.paused_until_resumed
    assert due(DEFAULT, state, now) == local(24, 15, 30)


# --- reminders.adapt_to_energy -------------------------------------------------------------


def _minutes(count: float) -> timedelta:
    return timedelta(minutes=count)


@pytest.mark.parametrize("energy", [0, 1, 2, 3])
def test_a_low_energy_day_brings_pauses_at_two_thirds_of_the_interval(energy: int) -> None:
    assert reminders.interval_for(_minutes(90), energy) == _minutes(60)


@pytest.mark.parametrize("energy", [None, 4, 7, 8, 10])
def test_other_energy_or_no_check_in_leaves_the_interval_as_it_is(energy: int | None) -> None:
    assert reminders.interval_for(_minutes(90), energy) == _minutes(90)


def test_the_shorter_interval_is_never_below_twenty_minutes() -> None:
    assert reminders.interval_for(_minutes(24), 2) == _minutes(20)


def test_the_shorter_interval_is_never_above_the_usual_one() -> None:
    assert reminders.interval_for(_minutes(15), 0) == _minutes(15)


@given(minutes=st.integers(1, 480), energy=st.one_of(st.none(), st.integers(0, 10)))
def test_the_interval_only_ever_shrinks_and_never_below_twenty_minutes_or_the_usual(
    minutes: int, energy: int | None
) -> None:
    adapted = reminders.interval_for(_minutes(minutes), energy)
    assert min(_minutes(minutes), _minutes(20)) <= adapted <= _minutes(minutes)


def test_the_energy_changes_nothing_while_adapting_is_off() -> None:
    assert not Settings.defaults()["reminders.adapt_to_energy"]
    assert DEFAULT.for_energy(1) == DEFAULT


def test_with_adapting_on_a_low_energy_morning_brings_the_first_reminder_sooner() -> None:
    adapting = Schedule(adapt_to_energy=True)
    now = local(24, 10)
    assert due(adapting.for_energy(2), ReminderState.started(now), now) == local(24, 11)
    assert due(adapting.for_energy(9), ReminderState.started(now), now) == local(24, 11, 30)


def test_adapting_to_energy_is_read_from_the_settings() -> None:
    value = parse("reminders.adapt_to_energy", "on")
    settings = Settings.defaults().with_value("reminders.adapt_to_energy", value)
    assert Schedule.from_settings(settings).adapt_to_energy


def test_hours_past_midnight_are_two_ranges_and_one_that_wraps_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_active_hours("22:00-02:00")
    evening_and_night = parse_active_hours("22:00-24:00,00:00-02:00")
    assert evening_and_night.days[0] == ((0, 120), (22 * 60, 24 * 60))
