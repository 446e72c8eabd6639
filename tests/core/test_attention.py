"""Reminders that respect attention: away, back, do-not-disturb and the grace, on fake time.

The property tests drive the schedule (``core.reminders``) and the decision
(``core.attention``) the way the reminder controller does, over event sequences hypothesis
makes up, and check what the user would live through against what really happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pause_app.core.attention import (
    GRACE,
    WATCHING,
    Attention,
    Decision,
    Disturbance,
    Note,
    Rules,
    decide,
    time_in_hours,
)
from pause_app.core.reminders import ActiveHours, ReminderState, Schedule, next_due

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
RULES = Rules()  # away after 5 minutes, do-not-disturb respected


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def at(n: float) -> datetime:
    return START + minutes(n)


# --- the pieces ----------------------------------------------------------------------------


def test_nothing_due_nothing_to_aim_at() -> None:
    assert decide(Attention(), None, RULES) == Decision(None)


def test_a_present_undisturbed_user_gets_the_reminder_when_due() -> None:
    assert decide(Attention(), at(90), RULES) == Decision(at(90))


def test_no_reminder_to_an_empty_desk() -> None:
    away = Attention().went_away(at(10), minutes(5))
    assert away.away_since == at(5)
    assert decide(away, at(90), RULES) == Decision(None, Note.AWAY)


def test_away_twice_keeps_the_earlier_beginning() -> None:
    away = Attention().went_away(at(10), minutes(5)).went_away(at(20), minutes(1))
    assert away.away_since == at(5)


def test_a_locked_screen_with_no_idle_yet_is_away_from_now() -> None:
    assert Attention().went_away(at(10), timedelta(0)).away_since == at(10)
    assert Attention().went_away(at(10), timedelta(seconds=-3)).away_since == at(10)


def test_a_natural_break_starts_the_interval_again_and_says_how_long_it_was() -> None:
    state = ReminderState.started(START)
    away = Attention().went_away(at(30), minutes(5))  # idle since 09:25
    present, back = away.came_back(at(45), state, at(90), RULES)
    assert not present.away
    assert back.restarted and back.state.anchor == at(45)
    assert back.natural_break == minutes(20)


def test_a_short_absence_changes_nothing() -> None:
    state = ReminderState.started(START)
    away = Attention().went_away(at(30), timedelta(0))  # locked for two minutes
    present, back = away.came_back(at(32), state, at(90), RULES)
    assert not present.away
    assert back == type(back)(state, False, None)


def test_a_reminder_due_while_away_is_not_shown_on_return_the_interval_starts_again() -> None:
    state = ReminderState.started(START)
    away = Attention().went_away(at(88), timedelta(0))  # locked just before it was due
    _present, back = away.came_back(at(91), state, at(91), RULES)
    assert back.restarted and back.state.anchor == at(91)
    assert back.natural_break is None  # three minutes: not a break to keep
    schedule = Schedule(hours=ActiveHours.every_day((0, 1440)))
    assert next_due(schedule, back.state, at(91), UTC) == at(91 + 90)


def test_coming_back_ends_a_snooze_too() -> None:
    state = ReminderState.started(START).snooze(at(90), 15)
    away = Attention().went_away(at(95), minutes(5))
    _present, back = away.came_back(at(130), state, at(105), RULES)
    assert back.state.snoozed_until is None and back.state.anchor == at(130)


def test_back_without_having_been_away_changes_nothing() -> None:
    state = ReminderState.started(START)
    present, back = Attention().came_back(at(10), state, at(90), RULES)
    assert present == Attention() and not back.restarted and back.state is state


@pytest.mark.parametrize(
    ("held", "note"),
    [
        ({Disturbance.FULLSCREEN}, Note.FULLSCREEN),
        ({Disturbance.NOTIFICATIONS_OFF}, Note.NOTIFICATIONS_OFF),
        ({Disturbance.INHIBITED}, Note.INHIBITED),
        # Several at once: the one the user is most likely looking at is named.
        ({Disturbance.NOTIFICATIONS_OFF, Disturbance.INHIBITED}, Note.INHIBITED),
        (set(Disturbance), Note.FULLSCREEN),
    ],
)
def test_a_disturbance_holds_a_due_reminder_and_is_named(
    held: set[Disturbance], note: Note
) -> None:
    disturbed = Attention().disturbed(at(80), frozenset(held))
    assert decide(disturbed, at(90), RULES) == Decision(None, note)


def test_away_is_named_before_a_disturbance() -> None:
    both = (
        Attention()
        .disturbed(at(1), frozenset({Disturbance.FULLSCREEN}))
        .went_away(at(9), minutes(5))
    )
    assert decide(both, at(90), RULES).note is Note.AWAY


def test_with_respect_dnd_off_disturbances_hold_nothing_and_there_is_no_grace() -> None:
    rules = Rules(respect_dnd=False)
    disturbed = Attention().disturbed(at(80), frozenset({Disturbance.FULLSCREEN}))
    assert decide(disturbed, at(90), rules) == Decision(at(90))
    calm = disturbed.disturbed(at(100), frozenset())
    assert decide(calm, at(100), rules) == Decision(at(100))


def test_when_the_hold_ends_one_reminder_comes_after_a_minute() -> None:
    disturbed = Attention().disturbed(at(80), frozenset({Disturbance.INHIBITED}))
    calm = disturbed.disturbed(at(130), frozenset())
    assert calm.grace_until == at(131)
    # The reminder was due at 90 (the schedule says "now" by now): it waits for the grace.
    assert decide(calm, at(130), RULES) == Decision(at(131))
    # A reminder due after the grace comes when it is due.
    assert decide(calm, at(140), RULES) == Decision(at(140))


def test_a_hold_that_changes_kind_does_not_start_a_grace() -> None:
    first = Attention().disturbed(at(80), frozenset({Disturbance.INHIBITED}))
    other = first.disturbed(at(85), frozenset({Disturbance.FULLSCREEN}))
    assert other.grace_until is None
    assert Attention().disturbed(at(5), frozenset()).grace_until is None  # nothing ended


AMS = ZoneInfo("Europe/Amsterdam")
NINE_TO_NINE = ActiveHours.every_day((9 * 60, 21 * 60))


def ams(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=AMS)


@pytest.mark.parametrize(
    ("since", "until", "kept"),
    [
        (ams(24, 10), ams(24, 10, 45), minutes(45)),  # all of it inside the hours
        (ams(24, 20, 30), ams(24, 22), minutes(30)),  # the evening's end, then off hours
        (ams(25, 8), ams(25, 9, 30), minutes(30)),  # from before the morning's start
        (ams(24, 20, 30), ams(25, 9, 30), timedelta(0)),  # a night away is no rest
        (ams(24, 21), ams(25, 9), timedelta(0)),  # the night exactly
        (ams(24, 22), ams(25, 8), timedelta(0)),  # all of it outside
        (ams(1, 9), ams(24, 10), timedelta(0)),  # three weeks: nights too
    ],
)
def test_what_is_kept_of_a_break_is_its_one_stretch_inside_the_active_hours(
    since: datetime, until: datetime, kept: timedelta
) -> None:
    assert time_in_hours(NINE_TO_NINE, since, until, AMS) == kept


def test_an_absence_over_a_lunch_between_two_ranges_is_no_rest_but_one_inside_a_range_is() -> None:
    split = ActiveHours.every_day((9 * 60, 12 * 60), (13 * 60, 17 * 60))
    assert time_in_hours(split, ams(24, 11, 30), ams(24, 13, 30), AMS) == timedelta(0)
    assert time_in_hours(split, ams(24, 12, 30), ams(24, 14), AMS) == minutes(60)


def test_with_all_day_hours_a_long_break_is_kept_up_to_a_week() -> None:
    all_day = ActiveHours.every_day((0, 24 * 60))
    assert time_in_hours(all_day, ams(24, 20), ams(25, 9), AMS) == timedelta(hours=13)
    assert time_in_hours(all_day, ams(1, 9), ams(24, 10), AMS) == timedelta(days=7)


def test_time_before_a_film_is_not_a_rest_while_it_plays() -> None:
    """No input for an hour while a full-screen film plays is watching, not resting: no
    break, and the interval does not start again as if rested."""
    state = ReminderState.started(START)
    watching = Attention().disturbed(at(10), frozenset({Disturbance.FULLSCREEN}))
    away = watching.went_away(at(20), minutes(5))  # idle since 09:15, the film on
    present, back = away.came_back(at(80), state, at(90), RULES)
    assert not present.away
    assert back == type(back)(state, False, None)


@pytest.mark.parametrize("hold", [Disturbance.FULLSCREEN, Disturbance.INHIBITED])
def test_a_reminder_due_during_a_call_while_idle_waits_for_its_end_not_the_next_interval(
    hold: Disturbance,
) -> None:
    state = ReminderState.started(START)
    away = Attention().disturbed(at(10), frozenset({hold})).went_away(at(20), minutes(5))
    present, back = away.came_back(at(100), state, at(90), RULES)
    assert not back.restarted and back.state is state and back.natural_break is None
    # The call ends: the reminder that came due during it comes after the grace.
    calm = present.disturbed(at(110), frozenset())
    assert decide(calm, at(90), RULES) == Decision(at(111))


def test_only_the_time_after_a_film_ended_is_a_break() -> None:
    state = ReminderState.started(START)
    watching = Attention().disturbed(at(10), frozenset({Disturbance.FULLSCREEN}))
    away = watching.went_away(at(20), minutes(5))  # idle since 09:15, the film on
    ended = away.disturbed(at(40), frozenset())  # the film ends at 09:40; they stay away
    _present, back = ended.came_back(at(60), state, at(90), RULES)
    assert back.restarted and back.natural_break == minutes(20)
    short = away.disturbed(at(40), frozenset()).came_back(at(42), state, at(90), RULES)[1]
    assert short == type(short)(state, False, None)  # two minutes after it: no break


def test_notifications_off_is_not_watching_the_break_counts() -> None:
    state = ReminderState.started(START)
    quiet = Attention().disturbed(at(10), frozenset({Disturbance.NOTIFICATIONS_OFF}))
    _present, back = quiet.went_away(at(20), minutes(5)).came_back(at(45), state, at(90), RULES)
    assert back.restarted and back.natural_break == minutes(30)


def test_a_film_that_ended_before_the_idle_began_takes_nothing_from_the_break() -> None:
    state = ReminderState.started(START)
    watched = Attention().disturbed(at(0), frozenset({Disturbance.FULLSCREEN}))
    after = watched.disturbed(at(10), frozenset()).went_away(at(30), minutes(5))
    _present, back = after.came_back(at(45), state, at(90), RULES)
    assert back.natural_break == minutes(20)


def test_rules_from_the_settings_stay_in_range() -> None:
    assert Rules.from_minutes(5, True) == Rules(minutes(5), True)
    assert Rules.from_minutes(0, False).away_after == minutes(1)
    assert Rules.from_minutes(600, True).away_after == minutes(60)


def test_moments_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        Attention().went_away(datetime(2026, 1, 1), minutes(1))


# --- over any sequence of events -----------------------------------------------------------

ALL_DAY = ActiveHours.every_day((0, 24 * 60))


@dataclass
class Day:
    """The controller's loop on fake time: the truth of what happened beside what Pause saw."""

    schedule: Schedule
    rules: Rules
    now: datetime = START
    state: ReminderState = field(default_factory=lambda: ReminderState.started(START))
    attention: Attention = field(default_factory=Attention)
    shown: list[datetime] = field(default_factory=list)
    shown_to: list[tuple[bool, bool]] = field(default_factory=list)  # (away, disturbed) then
    # The truth: (from, to, away, disturbed) for each stretch between two events.
    stretches: list[tuple[datetime, datetime, bool, bool]] = field(default_factory=list)
    # (when, how long a rest): the absence, less any of it while a film or a call held.
    returns: list[tuple[datetime, timedelta]] = field(default_factory=list)
    watched_until: datetime | None = None  # the truth: a film or a call held until here
    calm_from: list[datetime] = field(default_factory=list)  # a hold ended here
    away: bool = False
    away_since: datetime | None = None
    disturbances: frozenset[Disturbance] = frozenset()

    @property
    def held(self) -> bool:
        """The truth: something holds reminders (and the user wants that respected)."""
        return self.rules.respect_dnd and bool(self.disturbances)

    def due(self) -> datetime | None:
        return next_due(self.schedule, self.state, self.now, UTC)

    def run_until(self, target: datetime) -> None:
        """The single-shot timer fires at each aimed moment until ``target``."""
        start = self.now
        while True:
            decision = decide(self.attention, self.due(), self.rules)
            if decision.show_at is None or decision.show_at > target:
                break
            self.now = max(self.now, decision.show_at)
            self.shown.append(self.now)
            self.shown_to.append((self.away, self.held))
            self.state = self.state.shown(self.now)
        disturbed = self.held
        self.stretches.append((start, target, self.away, disturbed))
        self.now = target

    def event(self, kind: str, value: float | frozenset[Disturbance]) -> None:
        if kind == "away" and not self.away:
            assert isinstance(value, float)
            self.away, self.away_since = True, self.now - minutes(value)
            self.attention = self.attention.went_away(self.now, minutes(value))
        elif kind == "back" and self.away:
            assert self.away_since is not None
            self.attention, back = self.attention.came_back(
                self.now, self.state, self.due(), self.rules
            )
            self.state = back.state
            rest_from = self.away_since
            if self.disturbances & WATCHING:
                rest_from = self.now
            elif self.watched_until is not None:
                rest_from = max(rest_from, self.watched_until)
            self.returns.append((self.now, self.now - rest_from))
            self.away = False
        elif kind == "disturb":
            assert isinstance(value, frozenset)
            if self.disturbances and not value:
                self.calm_from.append(self.now)
            if self.disturbances & WATCHING:
                self.watched_until = self.now
            self.disturbances = value
            self.attention = self.attention.disturbed(self.now, value)


EVENT = st.one_of(
    st.tuples(st.just("away"), st.floats(0, 30)),
    st.tuples(st.just("back"), st.just(0.0)),
    st.tuples(st.just("disturb"), st.frozensets(st.sampled_from(list(Disturbance)))),
)
DAY = st.tuples(
    st.integers(1, 120),  # the interval in minutes
    st.integers(1, 60),  # away after, in minutes
    st.booleans(),  # respect do-not-disturb
    st.lists(st.tuples(st.floats(0, 200), EVENT), max_size=40),  # minutes until each event
)


def live(day: tuple[int, int, bool, list[tuple[float, tuple[str, object]]]]) -> Day:
    interval, away_after, respect_dnd, events = day
    lived = Day(
        Schedule(interval=minutes(interval), hours=ALL_DAY),
        Rules(minutes(away_after), respect_dnd),
    )
    for wait, (kind, value) in events:
        lived.run_until(lived.now + minutes(wait))
        lived.event(kind, value)  # type: ignore[arg-type]
    lived.run_until(lived.now + minutes(6 * 60))  # and a quiet afternoon after it all
    return lived


@settings(max_examples=400)
@given(DAY)
def test_never_a_reminder_while_away_or_disturbed(day) -> None:  # type: ignore[no-untyped-def]
    lived = live(day)
    assert len(lived.shown_to) == len(lived.shown)
    for moment, (away, disturbed) in zip(lived.shown, lived.shown_to, strict=True):
        assert not away and not disturbed, moment


@settings(max_examples=400)
@given(DAY)
def test_never_two_within_the_grace_nor_one_within_it_after_a_hold(day) -> None:  # type: ignore[no-untyped-def]
    lived = live(day)
    for first, second in zip(lived.shown, lived.shown[1:], strict=False):
        assert second - first >= GRACE
    if lived.rules.respect_dnd:
        for calm in lived.calm_from:
            assert not any(calm < moment < calm + GRACE for moment in lived.shown)


@settings(max_examples=400)
@given(DAY)
def test_never_a_burst_after_a_long_away(day) -> None:  # type: ignore[no-untyped-def]
    lived = live(day)
    interval = lived.schedule.interval
    for returned, length in lived.returns:
        if length >= lived.rules.away_after:
            # The interval started again on return: nothing comes before it has passed.
            assert not any(returned <= moment < returned + interval for moment in lived.shown)


@settings(max_examples=400)
@given(DAY)
def test_a_present_undisturbed_user_still_gets_reminders(day) -> None:  # type: ignore[no-untyped-def]
    """The other side: holding is not losing. A quiet stretch longer than an interval and a
    grace always brings one."""
    lived = live(day)
    enough = lived.schedule.interval + GRACE
    for start, end, away, disturbed in lived.stretches:
        if not away and not disturbed and end - start >= enough:
            assert any(start <= moment <= end for moment in lived.shown), (start, end)
