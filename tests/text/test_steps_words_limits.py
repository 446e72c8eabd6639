"""Step import in words: what the preview says of days left out and values that are not a
count, and that every string can be found by lupdate (a literal context, one for "steps")."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

import pause_app
from pause_app.core.steps import DayTotal
from pause_app.storage.steps import StepFormat, StepsPlan, StepsRead, StepsRefusal
from pause_app.text import steps_words
from tests.helpers.plural import plain

ROOT = Path(pause_app.__file__).parent
FILES = ("text/steps_words.py", "ui/data/steps_dialog.py", "ui/data/steps_import.py")


def _plan(skipped: int = 0, **counts: int) -> StepsPlan:
    days = (DayTotal(date(2024, 3, 30), 1500, "garmin"), DayTotal(date(2024, 4, 3), 800, "garmin"))
    values = {"new_days": 0, "updated_days": 0, "unchanged_days": 0, "kept_days": 0}
    read = StepsRead(StepFormat.GARMIN, days, skipped=skipped)
    return StepsPlan(read, 1, None, None, 0, **{**values, "heart_days": 0, **counts})


def test_the_preview_says_which_days_keep_the_larger_count(qapp) -> None:
    lines = steps_words.preview_lines(_plan(smaller_days=2, new_days=1), "Walking")
    assert (
        "2 days already here with more steps than this file gives: "
        "they keep the larger count." in [plain(line) for line in lines]
    )


def test_the_preview_says_days_too_large_and_records_not_a_count_are_left_out(qapp) -> None:
    text = plain("\n".join(steps_words.preview_lines(_plan(3, too_large_days=1, new_days=1), "W")))
    assert "1 day of more than 1,000,000 steps: left out" in text
    assert "3 records whose value is not a step count: left out." in text


@pytest.mark.parametrize(
    ("counts", "last"),
    [
        ({"early_days": 2}, "Every day in this file is left out, as said above;"),
        ({"future_days": 1, "too_large_days": 1}, "Every day in this file is left out, as said"),
        ({"early_days": 1, "unchanged_days": 1}, "Everything in this file is already here;"),
        ({"smaller_days": 2}, "Everything in this file is already here;"),
    ],
)
def test_nothing_to_add_says_why(qapp, counts: dict[str, int], last: str) -> None:
    assert steps_words.preview_lines(_plan(**counts), "Walking")[-1].startswith(last)


def test_a_json_file_too_big_is_refused_by_name(qapp) -> None:
    line = steps_words.refusal(StepsRefusal.JSON_TOO_BIG, "UDSFile_big.json")
    assert line.startswith("“UDSFile_big.json” is larger than a Fitbit or Garmin file ever is")
    assert "unpack" not in line


def test_the_hint_without_a_file_day_keeps_the_plain_example(qapp) -> None:
    assert "--on" not in steps_words.no_such_activity("Walking")
    assert "--on 2024-03-30" in steps_words.no_such_activity("Walking", date(2024, 3, 30))


def _translate_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute | ast.Name)
        and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
        == "translate"
    ]


@pytest.mark.parametrize("name", FILES)
def test_every_context_is_a_literal_lupdate_can_read(name: str) -> None:
    calls = _translate_calls(ROOT / name)
    assert calls
    for call in calls:
        context = call.args[0]
        assert isinstance(context, ast.Constant) and isinstance(context.value, str), (
            f"{name}:{call.lineno}"
        )


def test_the_word_steps_is_looked_up_in_one_context() -> None:
    contexts = {
        call.args[0].value  # type: ignore[attr-defined]
        for name in FILES
        for call in _translate_calls(ROOT / name)
        if isinstance(call.args[1], ast.Constant) and call.args[1].value == "steps"
    }
    assert contexts == {"Steps"}


def test_no_steps_says_when_the_values_were_not_a_count(qapp) -> None:
    assert steps_words.refusal(StepsRefusal.NO_STEPS, "3") == (
        "This file holds no steps Pause can use: 3 of its values are not a step count. "
        "Nothing was imported."
    )
    assert steps_words.refusal(StepsRefusal.NO_STEPS).startswith("This file holds no steps for")
