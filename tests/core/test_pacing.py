"""The pacing rules (docs/PACING.md), one test per rule, on histories built day by day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

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
    history = History(100, 5).good_days(day(2), 20, amount=200)
    history.set_target(day(2), 105).set_target(day(5), 110)  # two steps accepted this week
    result = history.answer(day(8))
    assert (result.reason, result.earliest) == (Reason.WEEKLY_CEILING, day(9))
    assert history.answer(day(9)).offer == 115  # the ceiling has moved on: 110% of 105


def test_rule_4_below_ten_units_the_ceiling_leaves_no_room() -> None:
    history = History(5, 5).good_days(day(2), 10)
    result = history.answer(day(11))
    assert (result.reason, result.offer, result.earliest) == (Reason.WEEKLY_CEILING, None, None)


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
    history = History(100, 5).good_days(day(2), 20, amount=200)
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
