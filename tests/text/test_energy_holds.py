"""Rule 12's holds in words: a heavy check-in day and a low-energy morning."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pause_app.core.model import Activity
from pause_app.core.pacing import NO_TARGET_YET, Answer, Reason
from pause_app.text import wording

INSIDE = Activity(
    1, "Steps inside", "steps", 52, 2.0, False, False, None, date(2026, 3, 1), datetime.now(UTC)
)
TUESDAY, WEDNESDAY, FRIDAY = date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 6)


@pytest.mark.parametrize(
    ("reason", "today", "expected"),
    [
        (
            Reason.OUTSIDE_ENVELOPE,
            WEDNESDAY,
            "Yesterday took more than you had, so your target stays at 52 steps until Friday "
            "6 March.",
        ),
        (
            Reason.OUTSIDE_ENVELOPE,
            None,
            "Tuesday 3 March took more than you had, so your target stays at 52 steps until "
            "Friday 6 March.",
        ),
        (
            Reason.SEVERE_SYMPTOMS,
            WEDNESDAY,
            "Your symptoms were severe yesterday, so your target stays at 52 steps until "
            "Friday 6 March. Rest counts too.",
        ),
        (
            Reason.SEVERE_SYMPTOMS,
            FRIDAY,
            "Your symptoms were severe on Tuesday 3 March, so your target stays at 52 steps "
            "until Friday 6 March. Rest counts too.",
        ),
    ],
)
def test_a_heavy_check_in_day_says_why_and_until_when(
    reason: Reason, today: date | None, expected: str
) -> None:
    answer = Answer(52, None, reason, FRIDAY, None, TUESDAY)
    assert wording.offer_sentence(answer, INSIDE, None, today) == expected


def test_a_low_energy_morning_offers_a_rest_day_or_half() -> None:
    answer = Answer(52, None, Reason.LOW_ENERGY, WEDNESDAY, None, TUESDAY)
    assert wording.offer_sentence(answer, INSIDE) == (
        "Today could be a rest day, or half your target: 26 steps. Both count."
    )
    one = Answer(1, None, Reason.LOW_ENERGY, WEDNESDAY, None, TUESDAY)
    assert "half your target: 1 steps" in wording.offer_sentence(one, INSIDE)


@pytest.mark.parametrize(
    "reason", [Reason.OUTSIDE_ENVELOPE, Reason.SEVERE_SYMPTOMS, Reason.LOW_ENERGY]
)
def test_without_a_target_yet_no_number_is_named(reason: Reason) -> None:
    answer = Answer(NO_TARGET_YET, None, reason, FRIDAY, None, TUESDAY)
    sentence = wording.offer_sentence(answer, INSIDE, None, WEDNESDAY)
    assert " 0 " not in sentence and "{" not in sentence
