"""Validation of what users type: names, units, amounts, notes, dates.

Errors carry a field and a problem as Enums plus the limit, so the UI and the
command line can word them in the user's language.

Text is stored in Unicode's composed form (NFC), and never with characters a reader
cannot see: control and format characters (zero-width, direction overrides, the BOM)
are refused in names and units; a note may have line breaks and tabs, nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MAX_NAME_LENGTH = 60
MAX_UNIT_LENGTH = 30
MAX_NOTE_LENGTH = 1000
MAX_AMOUNT = 1_000_000
MAX_STEP_PERCENT = 5.0
OLDEST_DATE = date(1900, 1, 1)

# ASCII digits only: int() would also take "٣", "３" or "5_0", which nobody means as a number.
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+", re.ASCII)
_LONGEST_NUMBER = 18  # digits: more is beyond every limit Pause has
_DECIMAL = re.compile(r"\s*\+?(\d+([.,]\d*)?|[.,]\d+)\s*", re.ASCII)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class Field(StrEnum):
    NAME = "name"
    UNIT = "unit"
    AMOUNT = "amount"
    TARGET = "target"
    STEP_PERCENT = "step_percent"
    NOTE = "note"
    DATE = "date"


class Problem(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    MALFORMED_DATE = "malformed_date"
    IN_THE_FUTURE = "in_the_future"
    TOO_OLD = "too_old"
    CONTROL_CHARACTERS = "control_characters"
    BEFORE_START = "before_start"
    BEFORE_LAST_CHANGE = "before_last_change"
    UNCHANGED = "unchanged"
    ALREADY_EXISTS = "already_exists"
    NOT_FOUND = "not_found"
    NOT_UTF8 = "not_utf8"


@dataclass(eq=False)  # exceptions must stay mutable: Python sets __traceback__
class ValidationError(ValueError):
    """A value the user gave that cannot be stored. Nothing was changed."""

    field: Field
    problem: Problem
    limit: float | str | None = None

    def __str__(self) -> str:
        limit = "" if self.limit is None else f" (limit {self.limit})"
        return f"{self.field.value}: {self.problem.value}{limit}"


# Control (Cc), format (Cf: zero-width, direction overrides, BOM), surrogates (Cs: bytes
# that were not UTF-8) and the line/paragraph separators; in names and units also private
# use (Co) and unassigned (Cn) code points, which show as nothing or as a box.
_HIDDEN_IN_NOTES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_HIDDEN_IN_NAMES = _HIDDEN_IN_NOTES | {"Co", "Cn"}
_NOTE_ALLOWS = frozenset("\n\t")
_JOINER = "\u200d"  # joins emoji into one (😮‍💨); allowed in notes between two visible characters


def _hidden(text: str, *, note: bool) -> bool:
    """Whether ``text`` has a character a reader cannot see (or that moves others around)."""
    hidden = _HIDDEN_IN_NOTES if note else _HIDDEN_IN_NAMES
    for index, ch in enumerate(text):
        if unicodedata.category(ch) not in hidden or (note and ch in _NOTE_ALLOWS):
            continue
        joins = ch == _JOINER and 0 < index < len(text) - 1
        if note and joins and not (text[index - 1].isspace() or text[index + 1].isspace()):
            continue
        return True
    return False


def _text(value: str, field: Field, max_length: int, *, allow_empty: bool) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8, passed on as lone surrogates
        raise ValidationError(field, Problem.NOT_UTF8) from None
    if field is Field.NOTE:
        value = value.replace("\r\n", "\n")  # a pasted Windows line break is a line break
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned and not allow_empty:
        raise ValidationError(field, Problem.EMPTY)
    if len(cleaned) > max_length:
        raise ValidationError(field, Problem.TOO_LONG, max_length)
    if _hidden(cleaned, note=field is Field.NOTE):
        raise ValidationError(field, Problem.CONTROL_CHARACTERS)
    return cleaned


def clean_name(value: str) -> str:
    return _text(value, Field.NAME, MAX_NAME_LENGTH, allow_empty=False)


def clean_unit(value: str) -> str:
    return _text(value, Field.UNIT, MAX_UNIT_LENGTH, allow_empty=False)


def clean_note(value: str) -> str:
    return _text(value, Field.NOTE, MAX_NOTE_LENGTH, allow_empty=True)


def name_key(name: str) -> str:
    """What two names that look alike have in common ("Ｗalk", "walk" and "WALK" are one):
    Unicode's compatibility caseless match, NFKC(casefold(NFKC(name)))."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold()).strip()


def check_amount(value: int, field: Field = Field.AMOUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, Problem.NOT_A_WHOLE_NUMBER)
    if value < 0:
        raise ValidationError(field, Problem.NEGATIVE)
    if value > MAX_AMOUNT:
        raise ValidationError(field, Problem.TOO_LARGE, MAX_AMOUNT)
    return value


def parse_amount(text: str, field: Field = Field.AMOUNT) -> int:
    """A whole, non-negative number within MAX_AMOUNT, from what the user typed."""
    stripped = text.strip()
    if not stripped:
        raise ValidationError(field, Problem.EMPTY)
    try:
        number = parse_whole_number(stripped)
    except ValueError:
        raise ValidationError(field, Problem.NOT_A_WHOLE_NUMBER) from None
    if stripped.startswith("-"):
        raise ValidationError(field, Problem.NEGATIVE)
    return check_amount(number, field)


def parse_whole_number(text: str) -> int:
    """The one reader of typed whole numbers (amounts, targets, number settings): ASCII
    digits with an optional sign, spaces around them allowed; raises ValueError otherwise.
    A number of more than 18 digits reads as plus or minus 10**18, beyond every limit."""
    stripped = text.strip()
    if not _WHOLE_NUMBER.fullmatch(stripped):
        raise ValueError(f"{text!r} is not a whole number in the digits 0-9")
    digits = stripped.lstrip("+-").lstrip("0") or "0"
    size = 10**_LONGEST_NUMBER if len(digits) > _LONGEST_NUMBER else int(digits)
    return -size if stripped.startswith("-") else size


def check_step_percent(value: float) -> float:
    if value != value or value < 0:  # NaN or negative
        raise ValidationError(Field.STEP_PERCENT, Problem.NEGATIVE)
    if value > MAX_STEP_PERCENT:
        raise ValidationError(Field.STEP_PERCENT, Problem.TOO_LARGE, MAX_STEP_PERCENT)
    return float(value)


def parse_step_percent(text: str) -> float:
    """A step size in percent, 0 to 5; a comma is accepted as the decimal mark."""
    stripped = text.strip()
    if stripped.startswith("-"):
        raise ValidationError(Field.STEP_PERCENT, Problem.NEGATIVE)
    if not _DECIMAL.fullmatch(stripped):
        raise ValidationError(Field.STEP_PERCENT, Problem.NOT_A_NUMBER)
    return check_step_percent(float(stripped.replace(",", ".")))


def check_day(day: date, today: date) -> date:
    if day > today:
        raise ValidationError(Field.DATE, Problem.IN_THE_FUTURE)
    if day < OLDEST_DATE:
        raise ValidationError(Field.DATE, Problem.TOO_OLD, OLDEST_DATE.isoformat())
    return day


def parse_day(text: str, today: date) -> date:
    """A local calendar day as YYYY-MM-DD, not after ``today``."""
    stripped = text.strip()
    if not _ISO_DATE.fullmatch(stripped):
        raise ValidationError(Field.DATE, Problem.MALFORMED_DATE)
    try:
        day = date.fromisoformat(stripped)
    except ValueError:
        raise ValidationError(Field.DATE, Problem.MALFORMED_DATE) from None
    return check_day(day, today)
