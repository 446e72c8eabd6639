"""docs/PACING.md's invariants, over any history hypothesis can think of.

A user lives through days around both DST changes of 2026, logs (sometimes late,
for one to three days back), accepts some offers, takes smaller steps, switches
maintenance on and off. On every day the engine's answer must keep the rules:
- the target never grows more than 10% in any 7 days;
- there is never an offer within 72 hours after a tired or crash day;
- there is no offer in maintenance mode.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pause_app.core import pacing
from pause_app.core.model import Activity, Attempt, ChangeReason, Felt, TargetChange

NOON = datetime(2026, 3, 1, 12, tzinfo=UTC)
STARTS = [date(2026, 3, 15), date(2026, 10, 15)]  # the EU clocks change on 29 March, 25 October
# Mostly good days at or above the target, so that offers come often enough for the rules
# after them (the 72-hour wait, the weekly ceiling) to be tested, not just the early ones.
FEELINGS = [Felt.GOOD] * 6 + [Felt.OK] * 2 + [Felt.TIRED, Felt.CRASH]
SHARES = st.one_of(st.just(1.0), st.floats(min_value=1.0, max_value=1.3), st.floats(0.0, 1.0))


@st.composite
def a_life(draw):
    start = draw(st.sampled_from(STARTS))
    days = draw(st.integers(min_value=8, max_value=70))
    target = draw(st.integers(min_value=1, max_value=5000))
    step = draw(st.sampled_from([0.0, 1.0, 2.0, 2.5, 5.0]))
    plan = []
    for _ in range(days):
        logs = draw(
            st.lists(
                st.tuples(
                    st.integers(min_value=0, max_value=3),  # entered 0-3 days late
                    st.sampled_from(FEELINGS),
                    SHARES,  # the share of the target done
                ),
                min_size=1,
                max_size=3,
            )
        )
        plan.append(
            (
                logs,
                draw(st.sampled_from(["accept"] * 4 + ["smaller", "decline", "lower"])),
                draw(st.integers(min_value=0, max_value=19)) == 0,  # toggle maintenance, rarely
            )
        )
    return start, target, step, plan


@settings(max_examples=100, deadline=None)
@given(a_life())
def test_the_invariants_hold_on_every_day(life) -> None:
    start, target, step, plan = life
    offset = 60 if start.month == 3 else 120  # the UTC offset the first logs were made in
    activity = Activity(1, "Steps outside", "steps", target, step, False, False, None, start, NOON)
    changes = [TargetChange(1, 1, None, target, ChangeReason.CREATED, NOON, start, offset)]
    attempts: list[Attempt] = []
    targets: dict[date, int] = {}
    for index, (logs, choice, toggle) in enumerate(plan):
        today = start + timedelta(days=index)
        if toggle:
            activity = replace(activity, maintenance=not activity.maintenance)
        for late, felt, share in logs:
            day = max(start, today - timedelta(days=late))
            amount = math.floor(activity.target * share)
            attempts.append(Attempt(len(attempts) + 1, 1, amount, felt, "", NOON, day, offset))
        result = pacing.answer(activity, attempts, changes, today)

        if activity.maintenance:
            assert result.offer is None
        recent = [
            a
            for a in attempts
            if a.felt in pacing.BAD_FEELINGS and today - a.local_date <= timedelta(days=3)
        ]
        if recent:
            assert result.offer is None, "an offer within 72 hours of a tired or crash day"
        if choice == "lower" and activity.target > 1:  # set lower by hand (always allowed)
            new = max(1, activity.target * 4 // 5)
            changes.append(
                TargetChange(
                    len(changes) + 1,
                    1,
                    activity.target,
                    new,
                    ChangeReason.MANUAL,
                    NOON,
                    today,
                    offset,
                )
            )
            activity = replace(activity, target=new)
        elif result.offer is not None:
            assert result.offer > activity.target
            new = result.offer if choice == "accept" else activity.target + 1
            if choice != "decline":
                changes.append(
                    TargetChange(
                        len(changes) + 1,
                        1,
                        activity.target,
                        new,
                        ChangeReason.OFFER_ACCEPTED,
                        NOON,
                        today,
                        offset,
                    )
                )
                activity = replace(activity, target=new)
        targets[today] = activity.target

    # Every window of 7 days: never more than 10% above the lowest target in it (offers only
    # raise; the user's own lowering must not open room to grow back faster).
    days = sorted(targets)
    for later in days:
        for earlier in days:
            if timedelta(0) <= later - earlier <= timedelta(days=7):
                assert targets[later] <= targets[earlier] * 1.10, (
                    f"grew from {targets[earlier]} on {earlier} to {targets[later]} on {later}"
                )
