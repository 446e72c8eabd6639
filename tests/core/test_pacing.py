"""The pacing rules (docs/PACING.md), one test per rule, on histories built day by day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pause_app.core import pacing
from pause_app.core.model import Activity, Attempt, ChangeReason, Felt, TargetChange
from pause_app.core.pacing import Answer, Reason, Rules

MONDAY = date(2026, 3, 2)
NOON = datetime(2026, 3, 2, 12, tzinfo=UTC)


class History:
    """An activity lived day by day: logs (also late ones) and target changes."""

    def __init__(self, target: int = 50, step_percent: float = 2.0, start: date = MONDAY):
        self.activity = Activity(
            1, "Steps inside", "steps", target, step_percent, False, False, None, start, NOON
        )
        self.attempts: list[Attempt] = []
        self.changes = [TargetChange(1, 1, None, target, ChangeReason.CREATED, NOON, start, 60)]

    def log(
        self, day: date, amount: int | None = None, felt: Felt = Felt.GOOD, activity_id: int = 1
    ) -> History:
        amount = self.activity.target if amount is None else amount
        self.attempts.append(
            Attempt(len(self.attempts) + 1, activity_id, amount, felt, "", NOON, day, 60)
        )
        return self

    def good_days(self, first: date, count: int, amount: int | None = None) -> History:
        for offset in range(count):
            self.log(first + timedelta(days=offset), amount)
        return self

    def set_target(self, day: date, new: int, reason=ChangeReason.OFFER_ACCEPTED) -> History:
        old = self.activity.target
        self.changes.append(TargetChange(len(self.changes) + 1, 1, old, new, reason, NOON, day, 60))
        self.activity = replace(self.activity, target=new)
        return self

    def answer(self, today: date, rules: Rules | None = None) -> Answer:
        return pacing.answer(self.activity, self.attempts, self.changes, today, rules or Rules())


def day(n: int) -> date:
    """Day n of March 2026 (the 2nd is a Monday)."""
    return date(2026, 3, n)


def test_rule_1_nothing_is_raised_automatically() -> None:
    history = History().good_days(day(2), 5)
    before = history.activity.target
    result = history.answer(day(6))
    assert result == Answer(50, 51, Reason.OFFER, day(6))
    assert history.activity.target == before  # an offer, not a change


def test_rule_2_a_baseline_from_seven_logged_days_sits_a_little_below_it() -> None:
    assert pacing.first_target_from_logs([100, 90, 110, 100, 95, 105, 100]) == 80
    assert pacing.first_target_from_logs([100] * 6) is None  # not enough days yet


def test_rule_3_an_increase_on_monday_allows_the_next_offer_from_thursday() -> None:
    history = History().good_days(day(2), 5, amount=60).set_target(day(2), 51)
    for today, reason in [(day(2), Reason.TOO_SOON), (day(4), Reason.TOO_SOON)]:
        result = history.answer(today)
        assert (result.reason, result.earliest) == (reason, day(5))  # Thursday
    assert history.log(day(5), 51).answer(day(5)).reason is Reason.OFFER


def test_rule_3_a_tired_day_anywhere_waits_three_days() -> None:
    history = History().good_days(day(2), 6)
    history.log(day(6), 5, Felt.TIRED, activity_id=2)  # another activity: it still counts
    for today in (day(6), day(7), day(8), day(9)):
        result = history.answer(today)
        assert (result.reason, result.earliest) == (Reason.RECENT_TIRED, day(10))
    history.good_days(day(10), 1)
    assert history.answer(day(10)).reason is Reason.OFFER


def test_rule_3_met_on_three_of_the_last_five_logged_days() -> None:
    history = History()
    history.log(day(2)).log(day(3), 40).log(day(5), 49).log(day(8))  # 2 met of 4
    assert history.answer(day(8)) == Answer(50, None, Reason.NOT_STABLE_YET, None)
    history.log(day(9))  # 3 met of the last 5 logged days (rest days in between are fine)
    assert history.answer(day(9)).reason is Reason.OFFER


def test_rule_3_a_log_entered_late_counts_on_its_own_day() -> None:
    history = History().good_days(day(2), 5)
    assert history.answer(day(7)).reason is Reason.OFFER
    history.log(day(5), 10, Felt.TIRED)  # remembered late: Thursday was a tired day
    result = history.answer(day(7))
    assert (result.reason, result.earliest) == (Reason.RECENT_TIRED, day(9))


@pytest.mark.parametrize(
    ("target", "percent", "offer"),
    [(50, 2, 51), (400, 2, 408), (400, 5, 420), (10, 2, 11), (400, 0, 401)],
)
def test_rule_4_the_size_of_an_offer(target: int, percent: float, offer: int) -> None:
    history = History(target, percent).good_days(day(2), 5)
    assert history.answer(day(9)).offer == offer


def test_rule_4_the_weekly_ceiling() -> None:
    history = History(100, 5).good_days(day(2), 20, amount=120)  # above, never a big day
    history.set_target(day(2), 105).set_target(day(5), 110)  # two steps accepted this week
    result = history.answer(day(8))
    assert (result.reason, result.earliest) == (Reason.WEEKLY_CEILING, day(9))
    assert history.answer(day(9)).offer == 115  # the ceiling has moved on: 110% of 105


def test_rule_5_a_jump_of_more_than_ten_percent_gets_a_sentence_not_a_block() -> None:
    assert pacing.is_large_jump(50, 56)
    assert not pacing.is_large_jump(50, 55)
    assert not pacing.is_large_jump(50, 30)


def test_rule_6_a_tired_day_holds_and_does_not_count_as_met() -> None:
    history = History().log(day(2)).log(day(3)).log(day(4), 80, Felt.TIRED)
    history.log(day(9)).log(day(10))
    assert history.answer(day(10)).reason is Reason.OFFER  # 4 met of 5: the tired one is not
    history2 = History().log(day(2)).log(day(3), 80, Felt.TIRED).log(day(4), 80, Felt.TIRED)
    history2.log(day(9))
    assert history2.answer(day(9)).reason is Reason.NOT_STABLE_YET


def test_rule_7_a_crash_on_the_first_allows_offers_again_from_the_ninth() -> None:
    history = History(start=date(2026, 2, 20)).good_days(date(2026, 2, 20), 9)
    history.log(day(1), 10, Felt.CRASH)
    history.good_days(day(2), 10)
    for today in (day(1), day(5), day(8)):
        result = history.answer(today)
        assert (result.reason, result.earliest) == (Reason.RECOVERING, day(9))
    assert history.answer(day(9)).reason is Reason.OFFER


def test_rule_7_a_tired_day_during_recovery_starts_the_seven_days_again() -> None:
    history = History(start=date(2026, 2, 20)).good_days(date(2026, 2, 20), 9)
    history.log(day(1), 10, Felt.CRASH).log(day(6), 30, Felt.TIRED)
    history.good_days(day(7), 10)
    result = history.answer(day(9))
    assert (result.reason, result.earliest) == (Reason.RECOVERING, day(14))


def test_rule_7_after_a_crash_the_offer_is_about_seventy_percent() -> None:
    assert pacing.lowered_after_crash(400) == 280
    assert pacing.lowered_after_crash(51) == 36
    assert pacing.lowered_after_crash(1) == 1


def test_rule_8_a_new_place_starts_at_the_inside_level() -> None:
    assert pacing.new_place(400, 5) == (400, 420)
    assert pacing.new_place(400, 2) == (400, 408)


def test_rule_9_maintenance_turns_all_offers_off() -> None:
    history = History().good_days(day(2), 10)
    history.activity = replace(history.activity, maintenance=True)
    assert history.answer(day(12)) == Answer(50, None, Reason.MAINTENANCE, None)


def test_the_rules_are_settings_with_safe_ranges() -> None:
    assert Rules(days_between_increases=5).days_between_increases == 5
    for unsafe in (
        {"days_between_increases": 2},
        {"weekly_ceiling_percent": 120},
        {"recovery_days": 3},
        {"stable_days_needed": 6, "stable_days_looked_at": 5},
    ):
        with pytest.raises(ValueError):
            Rules(**unsafe)


def test_the_earliest_day_is_the_latest_of_all_waits() -> None:
    history = History().good_days(day(2), 5).set_target(day(6), 51)
    history.log(day(7), 10, Felt.TIRED)
    result = history.answer(day(7))
    assert (result.reason, result.earliest) == (Reason.RECENT_TIRED, day(11))


def test_rule_3_a_raised_target_must_go_well_itself_before_the_next_offer() -> None:
    history = History(100).good_days(day(2), 6, amount=100).set_target(day(8), 102)
    result = history.answer(day(11))  # 3 days later: old days at 100 do not meet 102
    assert result.reason is Reason.NOT_STABLE_YET
    history.good_days(day(9), 3, amount=102)
    assert history.answer(day(11)).reason is Reason.OFFER


def test_rule_7_a_tired_day_after_recovery_is_a_tired_day_not_a_new_recovery() -> None:
    history = History(start=date(2026, 2, 20)).good_days(date(2026, 2, 20), 9)
    history.log(day(1), 10, Felt.CRASH).good_days(day(2), 40)
    assert history.answer(day(9)).reason is Reason.OFFER  # recovered
    history.log(day(20), 30, Felt.TIRED)
    result = history.answer(day(21))
    assert (result.reason, result.earliest) == (Reason.RECENT_TIRED, day(24))


def test_rule_4_lowering_and_raising_again_cannot_beat_the_weekly_ceiling() -> None:
    history = History(100, 5).good_days(day(2), 20, amount=115)  # not big even against 90
    history.set_target(day(2), 105).set_target(day(3), 90, reason=ChangeReason.MANUAL)
    result = history.answer(day(6))
    assert result.offer == 95  # +5%, and within 110% of the lowest target this week (99)
    history.set_target(day(6), 95)
    assert history.answer(day(9)).offer == 99  # capped at 110% of 90, not of 105


def test_rule_2_without_a_target_seven_logged_days_come_first() -> None:
    history = History(target=pacing.NO_TARGET_YET)
    for n, amount in enumerate([100, 90, 110, 100, 95, 105], start=2):
        history.log(day(n), amount)
    assert history.answer(day(7)) == Answer(0, None, Reason.BASELINE, None)
    history.log(day(8), 100)
    assert history.answer(day(8)) == Answer(0, 80, Reason.OFFER, day(8))  # ~80% of the median
    history.log(day(8), 10, Felt.TIRED)
    result = history.answer(day(8))
    assert (result.offer, result.reason) == (None, Reason.RECENT_TIRED)


def test_rule_10_a_big_day_is_more_than_130_percent_of_that_days_target() -> None:
    history = History().good_days(day(2), 5).log(day(6), 65)  # 130%: a good day above it
    assert history.answer(day(7)).reason is Reason.OFFER
    history.log(day(7), 66)  # 132%: a big day
    result = history.answer(day(7))
    assert result == Answer(50, None, Reason.BIG_DAY, day(11), 1, day(7))


def test_rule_10_a_big_day_holds_offers_for_the_quiet_days_of_a_tired_day() -> None:
    history = History().good_days(day(2), 5).log(day(6), 500)
    for today in (day(6), day(7), day(8), day(9)):
        result = history.answer(today)
        assert (result.reason, result.offer, result.earliest) == (Reason.BIG_DAY, None, day(10))
    history.good_days(day(7), 4)
    assert history.answer(day(10)).reason is Reason.OFFER


def test_rule_10_a_big_day_does_not_count_as_going_well() -> None:
    history = History().log(day(2)).log(day(3), 40).log(day(4), 70).log(day(9))
    assert history.answer(day(9)).reason is Reason.NOT_STABLE_YET  # 2 met and 1 big, of 4
    history.log(day(10))
    assert history.answer(day(10)).reason is Reason.OFFER


def test_rule_10_a_big_day_is_measured_against_the_target_of_its_own_day() -> None:
    history = History(40).good_days(day(2), 3, amount=55).set_target(day(5), 50)  # 137% of 40
    history.good_days(day(5), 3)
    assert history.answer(day(7)).reason is Reason.BIG_DAY  # the 4th: 55 of 40 was big
    history.good_days(day(8), 5, amount=55)  # 110% of 50: not big, and it goes well
    assert history.answer(day(12)).reason is Reason.OFFER


def test_rule_10_a_big_day_on_another_activity_holds_this_one_and_says_which() -> None:
    history = History().good_days(day(2), 6)
    history.changes.append(TargetChange(9, 2, None, 100, ChangeReason.CREATED, NOON, day(2), 60))
    history.log(day(6), 120, activity_id=2)  # 120% of its own 100: not big
    assert history.answer(day(7)).reason is Reason.OFFER
    history.log(day(7), 300, activity_id=2)
    result = history.answer(day(8))
    assert result == Answer(50, None, Reason.BIG_DAY, day(11), 2, day(7))


def test_rule_10_the_hold_that_sets_the_end_is_the_one_told() -> None:
    """A tired day, then a big day the next day: the offer waits for the later end, and the
    sentence names the big day that sets it (not the tired day with an earlier end)."""
    history = History().good_days(day(2), 6).log(day(6), 20, Felt.TIRED).log(day(7), 500)
    result = history.answer(day(7))
    assert (result.reason, result.earliest, result.source_day) == (
        Reason.BIG_DAY,
        day(11),  # the big day's end, later than the tired day's
        day(7),  # and it is told by the big day
    )


def test_rule_7_holds_ending_on_the_same_day_are_told_by_the_most_serious() -> None:
    history = History().good_days(day(2), 6).log(day(7), 20, Felt.TIRED).log(day(7), 500)
    result = history.answer(day(7))
    assert (result.reason, result.source_day) == (Reason.RECENT_TIRED, day(7))


def test_rule_10_the_big_day_threshold_is_a_setting() -> None:
    history = History().good_days(day(2), 5).log(day(6), 80)  # 160%
    assert history.answer(day(6)).reason is Reason.BIG_DAY
    assert history.answer(day(6), Rules(big_day_percent=170)).reason is Reason.OFFER
    for unsafe in (100, 201):
        with pytest.raises(ValueError):
            Rules(big_day_percent=unsafe)


def test_rule_10_a_big_day_holds_a_first_target_too() -> None:
    history = History(target=pacing.NO_TARGET_YET).good_days(day(2), 7, amount=100)
    history.changes.append(TargetChange(9, 2, None, 10, ChangeReason.CREATED, NOON, day(2), 60))
    history.log(day(8), 30, activity_id=2)
    result = history.answer(day(8))
    assert (result.offer, result.reason, result.source_activity_id) == (None, Reason.BIG_DAY, 2)


def test_rule_3_a_tired_day_says_which_activity_and_day_it_came_from() -> None:
    history = History().good_days(day(2), 6)
    history.log(day(5), 5, Felt.TIRED, activity_id=3).log(day(6), 5, Felt.TIRED, activity_id=2)
    result = history.answer(day(7))
    assert (result.reason, result.source_activity_id, result.source_day) == (
        Reason.RECENT_TIRED,
        2,  # the latest tired day tells it
        day(6),
    )
    history.log(day(6), 20, Felt.TIRED)  # this activity was tired that day too: it tells it
    assert history.answer(day(7)).source_activity_id == 1


def test_rule_7_a_recovery_says_which_crash_started_it() -> None:
    history = History(start=date(2026, 2, 20)).good_days(date(2026, 2, 20), 9)
    history.log(day(1), 10, Felt.CRASH, activity_id=2).log(day(3), 30, Felt.TIRED)
    result = history.answer(day(5))
    assert (result.reason, result.earliest, result.source_activity_id, result.source_day) == (
        Reason.RECOVERING,
        day(11),
        2,
        day(1),
    )


def test_the_waits_without_a_source_say_none() -> None:
    history = History().good_days(day(2), 5, amount=60).set_target(day(2), 51)
    result = history.answer(day(3))
    assert (result.reason, result.source_activity_id, result.source_day) == (
        Reason.TOO_SOON,
        None,
        None,
    )


def test_rule_11_a_small_target_grows_by_one_unit() -> None:
    history = History(5, 2.0).good_days(day(2), 10)
    assert history.answer(day(11)) == Answer(5, 6, Reason.OFFER, day(11))  # 110% alone: 5


@pytest.mark.parametrize("percent", [0.0, 2.0, 5.0])
def test_rule_11_a_small_target_grows_at_most_once_a_week(percent: float) -> None:
    history = History(5, percent).good_days(day(2), 20, amount=6).set_target(day(5), 6)
    for today in (day(5), day(8), day(11)):
        result = history.answer(today)
        assert (result.reason, result.offer, result.earliest) == (Reason.TOO_SOON, None, day(12))
    assert history.answer(day(12)) == Answer(6, 7, Reason.OFFER, day(12))


def test_rule_11_nine_grows_to_ten_and_then_waits_for_the_week_to_pass() -> None:
    history = History(9).good_days(day(2), 20, amount=10).set_target(day(5), 10)
    assert history.answer(day(11)).reason is Reason.TOO_SOON
    assert history.answer(day(12)) == Answer(10, 11, Reason.OFFER, day(12))


def test_rule_11_lowering_a_small_target_does_not_open_room_to_grow_faster() -> None:
    history = History(6).good_days(day(2), 20, amount=6)
    history.set_target(day(3), 4, reason=ChangeReason.MANUAL)
    history.set_target(day(8), 5)  # one unit above the lowest of the week
    result = history.answer(day(12))
    assert (result.reason, result.earliest) == (Reason.TOO_SOON, day(15))
    assert history.answer(day(15)).offer == 6  # the lowest of the week is 5 again


def test_rule_11_at_a_ceiling_of_100_percent_nothing_grows_by_offers() -> None:
    history = History(5).good_days(day(2), 10)
    result = history.answer(day(11), Rules(weekly_ceiling_percent=100))
    assert (result.reason, result.offer, result.earliest) == (Reason.WEEKLY_CEILING, None, None)


def test_rule_11_a_first_target_from_a_week_of_logs_is_not_a_small_step() -> None:
    history = History(target=pacing.NO_TARGET_YET).good_days(day(2), 7, amount=6)
    assert history.answer(day(8)).offer == 4  # 80% of 6
    history.set_target(day(8), 4).good_days(day(9), 10, amount=4)
    result = history.answer(day(13))  # the ceiling counts the week without a target
    assert (result.reason, result.earliest) == (Reason.WEEKLY_CEILING, day(15))
    assert history.answer(day(15)).offer == 5


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=40))
def test_the_baselines_median_is_the_usual_median(values: list[int]) -> None:
    """pacing keeps its own median (statistics would load fractions and decimal at start)."""
    import statistics

    assert pacing._median(values) == statistics.median(values)
