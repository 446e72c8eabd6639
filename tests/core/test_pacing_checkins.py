"""Rule 12 (docs/PACING.md): the daily check-in counts. A day outside the energy envelope
or with severe symptoms holds offers like a tired day; a low-energy morning holds that
day's offer. The engine never lowers a target."""

from __future__ import annotations

from datetime import date

import pytest

from pause_app.core import pacing
from pause_app.core.model import CheckIn, Felt, Symptoms
from pause_app.core.pacing import Answer, Reason
from tests.core.test_pacing import History, day


def check_in(
    on: date, energy: int | None = None, spent: int | None = None, symptoms: Symptoms | None = None
) -> CheckIn:
    return CheckIn(on, energy, spent, None, symptoms)


def answer(history: History, today: date, *checkins: CheckIn) -> Answer:
    return pacing.answer(
        history.activity, history.attempts, history.changes, today, pacing.Rules(), checkins
    )


def test_rule_12_without_check_ins_nothing_changes() -> None:
    history = History().good_days(day(2), 5)
    assert answer(history, day(6)) == history.answer(day(6)) == Answer(50, 51, Reason.OFFER, day(6))


def test_rule_12_a_day_outside_the_envelope_holds_offers_like_a_tired_day() -> None:
    history = History().good_days(day(2), 9)
    heavy = check_in(day(5), energy=4, spent=7)
    for today in (day(5), day(6), day(8)):
        result = answer(history, today, heavy)
        assert (result.offer, result.reason) == (None, Reason.OUTSIDE_ENVELOPE)
        assert (result.earliest, result.source_day, result.source_activity_id) == (
            day(9),
            day(5),
            None,
        )
    assert answer(history, day(9), heavy).reason is Reason.OFFER


def test_rule_12_severe_symptoms_hold_offers_like_a_tired_day() -> None:
    history = History().good_days(day(2), 9)
    for symptoms in (Symptoms.SEVERE, Symptoms.VERY_SEVERE):
        result = answer(history, day(7), check_in(day(6), symptoms=symptoms))
        assert (result.reason, result.earliest, result.source_day) == (
            Reason.SEVERE_SYMPTOMS,
            day(10),
            day(6),
        )
    moderate = check_in(day(6), energy=5, spent=5, symptoms=Symptoms.MODERATE)
    assert answer(history, day(7), moderate).reason is Reason.OFFER


def test_rule_12_a_day_inside_the_envelope_changes_nothing() -> None:
    history = History().good_days(day(2), 6)
    assert answer(history, day(7), check_in(day(6), energy=5, spent=5)).reason is Reason.OFFER
    assert answer(history, day(7), check_in(day(6), spent=9)).reason is Reason.OFFER  # no energy


@pytest.mark.parametrize("energy", [0, 1, 2, 3])
def test_rule_12_a_low_energy_morning_holds_todays_offer_only(energy: int) -> None:
    history = History().good_days(day(2), 6)
    result = answer(history, day(7), check_in(day(7), energy=energy))
    assert result == Answer(50, None, Reason.LOW_ENERGY, day(8), None, day(7))
    assert answer(history, day(8), check_in(day(7), energy=energy)).reason is Reason.OFFER


@pytest.mark.parametrize("energy", [4, 8, 10])
def test_rule_12_a_morning_with_more_energy_changes_nothing(energy: int) -> None:
    history = History().good_days(day(2), 6)
    assert answer(history, day(7), check_in(day(7), energy=energy)).reason is Reason.OFFER


def test_rule_12_the_later_hold_sets_the_end_and_is_the_one_named() -> None:
    history = History().good_days(day(2), 6).log(day(6), 10, Felt.TIRED)
    result = answer(history, day(7), check_in(day(7), energy=2, spent=5))
    assert (result.reason, result.earliest) == (Reason.OUTSIDE_ENVELOPE, day(11))


def test_rule_12_a_low_energy_morning_holds_a_first_target_too() -> None:
    history = History(target=0).good_days(day(2), 7, amount=100)
    assert answer(history, day(9)).reason is Reason.OFFER
    assert answer(history, day(9), check_in(day(9), energy=1)).reason is Reason.LOW_ENERGY


@pytest.mark.parametrize(("target", "half"), [(52, 26), (51, 25), (3, 1), (1, 1), (2, 1)])
def test_rule_12_the_lighter_day_is_half_the_target_rounded_down_at_least_one(
    target: int, half: int
) -> None:
    assert pacing.lighter_day(target) == half


def test_rule_1_a_check_in_never_lowers_a_target() -> None:
    history = History().good_days(day(2), 6)
    for checkin in (check_in(day(7), 0, 10, Symptoms.VERY_SEVERE), check_in(day(7), energy=0)):
        result = answer(history, day(7), checkin)
        assert result.target == 50 and result.offer is None
    assert history.activity.target == 50
