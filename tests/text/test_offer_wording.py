"""The goal engine's answers in words: every reason, and where a hold came from."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from pause_app.core.model import Activity
from pause_app.core.pacing import Answer, Reason
from pause_app.text import wording

INSIDE = Activity(
    1, "Steps inside", "steps", 52, 2.0, False, False, None, date(2026, 3, 1), datetime.now(UTC)
)
TUESDAY, FRIDAY = date(2026, 3, 3), date(2026, 3, 6)
NEVER_SAID = re.compile(r"push|challenge|beat|fail|miss|streak|should|must|\{", re.IGNORECASE)


def _held(reason: Reason, source: int | None) -> Answer:
    return Answer(52, None, reason, FRIDAY, source, None if source is None else TUESDAY)


@pytest.mark.parametrize(
    ("answer", "name", "expected"),
    [
        (
            _held(Reason.RECENT_TIRED, 2),
            "Walk",
            "You were tired after “Walk” on Tuesday 3 March, so this target stays at 52 steps "
            "until Friday 6 March.",
        ),
        (
            _held(Reason.RECENT_TIRED, 1),
            None,
            "You were tired on Tuesday 3 March, so the target stays at 52 steps until Friday "
            "6 March. Rest counts too.",
        ),
        (
            _held(Reason.BIG_DAY, 1),
            None,
            "You did a lot more than your target on Tuesday 3 March, so it stays at 52 steps "
            "until Friday 6 March. Keep these days light and notice how you feel.",
        ),
        (
            _held(Reason.BIG_DAY, 2),
            "Walk",
            "You did a lot more than planned with “Walk” on Tuesday 3 March, so this target "
            "stays at 52 steps until Friday 6 March. Keep these days light.",
        ),
        (
            _held(Reason.RECOVERING, 2),
            "Walk",
            "You are recovering from the crash logged for “Walk” on Tuesday 3 March, so this "
            "target stays at 52 steps until Friday 6 March. Rest is the step for now.",
        ),
        (
            _held(Reason.RECOVERING, 1),
            None,
            "You are recovering from a crash on Tuesday 3 March. Rest is the step for now; a "
            "next step can come on Friday 6 March at the earliest.",
        ),
        (  # another activity, but its name not looked up: the sentence without it
            _held(Reason.RECENT_TIRED, 2),
            None,
            "A tired day was logged recently, so the target stays where it is. A next step can "
            "come on Friday 6 March at the earliest.",
        ),
        (
            _held(Reason.BIG_DAY, None),
            None,
            "A big day was logged recently, so the target stays where it is. Keep these days "
            "light; a next step can come on Friday 6 March at the earliest.",
        ),
        (
            Answer(5, 6, Reason.OFFER, FRIDAY),
            None,
            "A next step could be from 5 to 6 steps. Only if it feels right; saying no is fine "
            "too.",
        ),
        (
            Answer(0, 16, Reason.OFFER, FRIDAY),
            None,
            "A first target could be 16 steps, a little below what you did this week. Only if "
            "it feels right.",
        ),
        (
            Answer(5, None, Reason.WEEKLY_CEILING, None),
            None,
            "The weekly limit in your settings keeps this target where it is. You can set it "
            "yourself whenever it feels right.",
        ),
    ],
)
def test_offer_sentences(answer: Answer, name: str | None, expected: str) -> None:
    assert wording.offer_sentence(answer, INSIDE, name) == expected


def test_a_hold_before_the_first_target_does_not_speak_of_a_target_of_zero() -> None:
    answer = Answer(0, None, Reason.RECENT_TIRED, FRIDAY, 2, TUESDAY)
    sentence = wording.offer_sentence(answer, INSIDE, "Walk")
    assert " 0 " not in sentence and "Friday 6 March" in sentence


@pytest.mark.parametrize("reason", list(Reason))
@pytest.mark.parametrize("source", [None, 1, 2])
def test_every_answer_is_calm_and_complete(reason: Reason, source: int | None) -> None:
    answer = Answer(52, 53 if reason is Reason.OFFER else None, reason, FRIDAY, source, TUESDAY)
    sentence = wording.offer_sentence(answer, INSIDE, "Walk")
    assert sentence and not NEVER_SAID.search(sentence), sentence


def test_a_big_day_gets_a_kind_word() -> None:
    assert wording.big_day_sentence(50, "steps") == (
        "That was a lot more than your target of 50 steps. Keep the next days light and "
        "notice how you feel."
    )
