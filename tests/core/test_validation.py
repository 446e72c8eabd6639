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


@pytest.mark.parametrize(
    "hidden",
    [
        "\u200b",  # zero-width space
        "\u200d",  # zero-width joiner
        "\u2060",  # word joiner
        "\u202e",  # right-to-left override: "Walk\u202eklaw" shows as "Walkwalk"
        "\u2066",  # left-to-right isolate
        "\u200f",  # right-to-left mark
        "\ufeff",  # byte-order mark
        "\u00ad",  # soft hyphen
        "\x1b",  # escape: a terminal would run what follows
        "\x7f",  # delete
        "\x85",  # next line (C1)
        "\u2028",  # line separator
        "\t",
        "\n",
        "\ue000",  # private use: a box, or an icon in one font only
        "\U000e0041",  # tag letter A: invisible
    ],
)
def test_names_and_units_never_hide_characters(hidden: str) -> None:
    for clean, field in ((validation.clean_name, Field.NAME), (validation.clean_unit, Field.UNIT)):
        with pytest.raises(ValidationError) as caught:
            clean(f"Wa{hidden}lk")
        assert (caught.value.field, caught.value.problem) == (field, Problem.CONTROL_CHARACTERS)


@pytest.mark.parametrize("hidden", ["\u200b", "\u202e", "\ufeff", "\x1b", "\r", "\x00", "\u2029"])
def test_a_note_has_line_breaks_and_tabs_and_nothing_hidden(hidden: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validation.clean_note(f"slept{hidden}well")
    assert caught.value.problem is Problem.CONTROL_CHARACTERS
    assert validation.clean_note("slept\twell\nwalked") == "slept\twell\nwalked"
    assert validation.clean_note("line\r\nline") == "line\nline"


def test_a_note_keeps_an_emoji_joined_from_two() -> None:
    exhale = "\U0001f62e\u200d\U0001f4a8"  # face exhaling: two emoji and a joiner
    assert validation.clean_note(f"{exhale} after the walk") == f"{exhale} after the walk"
    for loose in ("\u200d after", "a \u200d b", "after \u200d"):
        with pytest.raises(ValidationError):
            validation.clean_note(loose)


def test_text_is_stored_composed() -> None:
    decomposed = "Cafe\u0301 walk"  # e + combining acute, as some keyboards send it
    assert validation.clean_name(decomposed) == "Caf\u00e9 walk"
    assert validation.clean_unit("pa\u0301ginas") == "p\u00e1ginas"
    assert validation.clean_note("cafe\u0301") == "caf\u00e9"


@pytest.mark.parametrize(
    ("clean", "field"),
    [
        (validation.clean_name, Field.NAME),
        (validation.clean_unit, Field.UNIT),
        (validation.clean_note, Field.NOTE),
    ],
)
def test_bytes_that_are_not_utf8_are_refused_with_their_field(clean, field: Field) -> None:
    """From argv, bytes that are not UTF-8 arrive as lone surrogates (surrogateescape)."""
    text = b"caf\xe9 walk".decode("utf-8", "surrogateescape")
    with pytest.raises(ValidationError) as caught:
        clean(text)
    assert (caught.value.field, caught.value.problem) == (field, Problem.NOT_UTF8)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Walk", "\uff37alk"),  # fullwidth W
        ("Walk", "WALK"),
        ("Stra\u00dfe", "STRASSE"),
        ("Caf\u00e9", "Cafe\u0301"),
        ("\ufb01ve minutes", "five minutes"),  # the fi ligature
        ("Walk 2", "Walk \u2082"),  # subscript two
    ],
)
def test_look_alike_names_have_one_key(one: str, other: str) -> None:
    assert validation.name_key(one) == validation.name_key(other)


def test_different_names_have_different_keys() -> None:
    keys = {validation.name_key(n) for n in ("Walk", "Walks", "Walk outside", "Wälk", "Waik")}
    assert len(keys) == 5
