"""docs/PACING.md's invariants, over any history hypothesis can think of.

A user lives through days around both DST changes of 2026, logs (sometimes late,
for one to three days back, sometimes far above the target), logs now and then for a
second activity too, accepts some offers, takes smaller steps, lowers by hand, switches
maintenance on and off. On every day the engine's answer must keep the rules:
- in any 7 days the target grows at most max(10%, one unit) (rules 4 and 11);
- below 10 units, it grows at most once in any 7 days (rule 11);
- there is never an offer within 72 hours after a tired or crash day (rule 3), or after a
  big day (rule 10), on either activity;
- there is no offer in maintenance mode (rule 9);
- there is never an offer within the quiet days after a check-in day outside the energy
  envelope or with severe symptoms, nor on a morning with energy 0-3 (rule 12);
- the engine never lowers a target: its answer keeps the target, an offer is above it.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from pause_app.core import pacing
from pause_app.core.model import (
    Activity,
    Attempt,
    ChangeReason,
    CheckIn,
    Felt,
    Symptoms,
    TargetChange,
)

NOON = datetime(2026, 3, 1, 12, tzinfo=UTC)
STARTS = [date(2026, 3, 15), date(2026, 10, 15)]  # the EU clocks change on 29 March, 25 October
# Mostly good days at or above the target, so that offers come often enough for the rules
# after them (the 72-hour wait, the weekly ceiling) to be tested, not just the early ones.
FEELINGS = [Felt.GOOD] * 24 + [Felt.OK] * 8 + [Felt.TIRED] * 2 + [Felt.CRASH]
SHARES = st.one_of(st.just(1.0), st.floats(min_value=1.0, max_value=1.3), st.floats(0.0, 1.0))
OTHER_ID, OTHER_TARGET = 2, 100  # a second activity whose logs count for this one too
QUIET = timedelta(days=3)
RULES = pacing.Rules()


# One log: entered 0-3 days late, how it felt, the share of the target done, and now and
# then twice that (near or far above a big day's 130%).
LOG = st.tuples(
    st.integers(min_value=0, max_value=3),
    st.sampled_from(FEELINGS),
    SHARES,
    st.sampled_from([1.0] * 11 + [2.0]),
)
# A check-in on one day in three (for today or, late, for yesterday): energy had and
# spent, symptoms; mostly inside the envelope, so that offers still come.
LEVEL = st.one_of(st.none(), st.integers(min_value=0, max_value=10))
CHECK_IN = st.one_of(
    st.none(),
    st.none(),
    st.tuples(
        st.integers(min_value=0, max_value=1),
        LEVEL,
        st.one_of(st.none(), st.none(), LEVEL),  # the morning's check-in, often without spent
        st.sampled_from([None] * 8 + list(Symptoms)),
    ),
)
# One day: the logs, a log for the other activity (on one day in ten), the answer to an
# offer, whether maintenance is switched (rarely), and a check-in. Built once: drawing is
# the slow part.
DAY = st.tuples(
    st.lists(LOG, min_size=1, max_size=3),
    st.tuples(
        st.integers(min_value=0, max_value=9),
        st.sampled_from(FEELINGS),
        st.sampled_from([50, 100, 130, 131, 300]),
    ),
    st.sampled_from(["accept"] * 4 + ["smaller", "decline", "lower"]),
    st.integers(min_value=0, max_value=59),
    CHECK_IN,
)
LIFE = st.tuples(
    st.sampled_from(STARTS),
    # Small targets (rule 11) as often as any other size.
    st.one_of(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=5000)),
    st.sampled_from([0.0, 1.0, 2.0, 2.5, 5.0]),
    st.integers(min_value=8, max_value=70).flatmap(lambda n: st.lists(DAY, min_size=n, max_size=n)),
)


def _change(number: int, old: int | None, new: int, reason, day: date, offset: int):
    return TargetChange(number, 1, old, new, reason, NOON, day, offset)


@settings(max_examples=300, deadline=None)
@given(LIFE)
def test_the_invariants_hold_on_every_day(life) -> None:
    start, target, step, plan = life
    offset = 60 if start.month == 3 else 120  # the UTC offset the first logs were made in
    activity = Activity(1, "Steps outside", "steps", target, step, False, False, None, start, NOON)
    changes = [_change(1, None, target, ChangeReason.CREATED, start, offset)]
    other_created = TargetChange(
        99, OTHER_ID, None, OTHER_TARGET, ChangeReason.CREATED, NOON, start, offset
    )
    attempts: list[Attempt] = []
    targets: dict[date, int] = {}  # the target at the end of each day, as the engine reads it
    checkins: dict[date, CheckIn] = {}  # one a day: a later one edits it

    def target_on(day: date, activity_id: int) -> int:
        if activity_id == OTHER_ID:
            return OTHER_TARGET
        return targets.get(day, activity.target)  # today: no change made yet

    for index, day_plan in enumerate(plan):
        logs, (other_dice, other_felt, other_amount), choice, toggle, checkin = day_plan
        today = start + timedelta(days=index)
        if checkin is not None:
            late, energy, spent, symptoms = checkin
            on = max(start, today - timedelta(days=late))
            checkins[on] = CheckIn(on, energy, spent, None, symptoms)
        if toggle == 0:
            activity = replace(activity, maintenance=not activity.maintenance)
        for late, felt, share, boost in logs:
            day = max(start, today - timedelta(days=late))
            amount = math.floor(target_on(day, 1) * share * boost)
            attempts.append(Attempt(len(attempts) + 1, 1, amount, felt, "", NOON, day, offset))
        if other_dice == 0:
            attempts.append(
                Attempt(
                    len(attempts) + 1, OTHER_ID, other_amount, other_felt, "", NOON, today, offset
                )
            )
        result = pacing.answer(
            activity, attempts, [*changes, other_created], today, RULES, list(checkins.values())
        )
        assert result.target == activity.target, "the engine changed a target"

        if activity.maintenance:
            assert result.offer is None
        recent = [a for a in attempts if today - a.local_date <= QUIET]
        if any(a.felt in pacing.BAD_FEELINGS for a in recent):
            assert result.offer is None, "an offer within 72 hours of a tired or crash day"
        if any(a.amount * 100 > target_on(a.local_date, a.activity_id) * 130 for a in recent):
            assert result.offer is None, "an offer within 72 hours of a big day"
        heavy = [c for c in checkins.values() if timedelta(0) <= today - c.day <= QUIET]
        if any(c.outside_envelope or c.severe for c in heavy):
            assert result.offer is None, "an offer within 72 hours of a heavy check-in day"
        morning = checkins.get(today)
        if morning is not None and morning.energy is not None and morning.energy <= 3:
            assert result.offer is None, "an offer on a low-energy morning"
        if choice == "lower" and activity.target > 1:  # set lower by hand (always allowed)
            new = max(1, activity.target * 4 // 5)
            changes.append(
                _change(len(changes) + 1, activity.target, new, ChangeReason.MANUAL, today, offset)
            )
            activity = replace(activity, target=new)
        elif result.offer is not None:
            assert result.offer > activity.target
            new = result.offer if choice == "accept" else activity.target + 1
            if choice != "decline":
                changes.append(
                    _change(
                        len(changes) + 1,
                        activity.target,
                        new,
                        ChangeReason.OFFER_ACCEPTED,
                        today,
                        offset,
                    )
                )
                activity = replace(activity, target=new)
        targets[today] = activity.target

    # Every window of 7 days: never more than max(10%, one unit) above the lowest target in
    # it (offers only raise; the user's own lowering must not open room to grow back faster).
    days = sorted(targets)
    for later in days:
        for earlier in days:
            if timedelta(0) <= later - earlier <= timedelta(days=7):
                most = max(targets[earlier] * 1.10, targets[earlier] + 1)
                assert targets[later] <= most, (
                    f"grew from {targets[earlier]} on {earlier} to {targets[later]} on {later}"
                )
    # Below 10 units: at most one step up in any 7 days.
    small_rises = [
        day
        for before, day in pairwise(days)
        if targets[before] < pacing.SMALL_TARGET and targets[day] > targets[before]
    ]
    for first, second in pairwise(small_rises):
        assert second - first >= timedelta(days=7), f"two steps below 10 on {first}, {second}"
