from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pause_app.core import validation
from pause_app.core.validation import MAX_AMOUNT, Field, Problem, ValidationError

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(("text", "expected"), [("0", 0), ("51", 51), (" 400 ", 400), ("+7", 7)])
def test_parse_amount_accepts_whole_numbers(text: str, expected: int) -> None:
    assert validation.parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", Problem.EMPTY),
        ("-3", Problem.NEGATIVE),
        ("51.5", Problem.NOT_A_WHOLE_NUMBER),
        ("5x", Problem.NOT_A_WHOLE_NUMBER),
        ("1e3", Problem.NOT_A_WHOLE_NUMBER),
        ("٣", Problem.NOT_A_WHOLE_NUMBER),
        (str(MAX_AMOUNT + 1), Problem.TOO_LARGE),
        ("9" * 40, Problem.TOO_LARGE),
    ],
)
def test_parse_amount_refuses_bad_input(text: str, problem: Problem) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.parse_amount(text)
    assert caught.value.problem is problem
    assert caught.value.field is Field.AMOUNT


@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_every_amount_in_range_round_trips(number: int) -> None:
    assert validation.parse_amount(str(number)) == number


@given(st.integers(min_value=MAX_AMOUNT + 1, max_value=10**15))
def test_every_amount_above_the_maximum_is_refused(number: int) -> None:
    with pytest.raises(ValidationError):
        validation.parse_amount(str(number))


def test_names_are_trimmed_and_bounded() -> None:
    assert validation.clean_name("  Steps inside ") == "Steps inside"
    with pytest.raises(ValidationError) as caught:
        validation.clean_name("x" * (validation.MAX_NAME_LENGTH + 1))
    assert caught.value.problem is Problem.TOO_LONG
    with pytest.raises(ValidationError) as caught:
        validation.clean_name("   ")
    assert caught.value.problem is Problem.EMPTY
    with pytest.raises(ValidationError) as caught:
        validation.clean_name("a\x00b")
    assert caught.value.problem is Problem.CONTROL_CHARACTERS


def test_notes_may_be_empty_and_have_lines() -> None:
    assert validation.clean_note("") == ""
    assert validation.clean_note("felt calm\nslept well") == "felt calm\nslept well"


@pytest.mark.parametrize(("text", "expected"), [("2", 2.0), ("2.5", 2.5), ("2,5", 2.5), ("0", 0.0)])
def test_step_percent(text: str, expected: float) -> None:
    assert validation.parse_step_percent(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("6", Problem.TOO_LARGE),
        ("-1", Problem.NEGATIVE),
        ("two", Problem.NOT_A_NUMBER),
        ("nan", Problem.NOT_A_NUMBER),
    ],
)
def test_step_percent_refused(text: str, problem: Problem) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.parse_step_percent(text)
    assert caught.value.problem is problem


def test_a_day_is_a_real_past_date_and_not_too_old() -> None:
    assert validation.parse_day("2026-03-14", TODAY) == date(2026, 3, 14)
    assert validation.parse_day("2026-03-15", TODAY) == TODAY
    for text, problem in [
        ("2026-03-16", Problem.IN_THE_FUTURE),
        ("15-03-2026", Problem.MALFORMED_DATE),
        ("2026-02-30", Problem.MALFORMED_DATE),
        ("yesterday", Problem.MALFORMED_DATE),
        ("1800-01-01", Problem.TOO_OLD),
    ]:
        with pytest.raises(ValidationError) as caught:
            validation.parse_day(text, TODAY)
        assert caught.value.problem is problem, text
