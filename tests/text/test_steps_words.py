"""Step import in words: every refusal is one line that says nothing was imported, the
preview says what happens to each kind of day, and a log without a feeling reads "not said"."""

from __future__ import annotations

from datetime import date

import pytest

from pause_app.core.steps import DayTotal
from pause_app.storage.steps import StepFormat, StepsPlan, StepsRead, StepsRefusal
from pause_app.text import steps_words, wording
from tests.helpers.plural import plain

AVOIDED = ("push", "challenge", "beat", "failed", "missed", "streak", "should", "must")


@pytest.mark.parametrize("reason", list(StepsRefusal))
def test_each_refusal_is_one_calm_line(qapp, reason: StepsRefusal) -> None:
    line = steps_words.refusal(reason, "export.xml")
    assert "\n" not in line and line.endswith("Nothing was imported.")
    assert not any(word in line.lower().split() for word in AVOIDED)
    assert "{" not in line


def test_an_unknown_file_is_told_what_pause_reads(qapp) -> None:
    line = steps_words.refusal(StepsRefusal.UNKNOWN_FORMAT)
    for name in ("Apple Health", "Gadgetbridge", "Google Fit", "Fitbit", "Garmin Connect"):
        assert name in line
    assert "Fitbit" in steps_words.refusal(StepsRefusal.NOT_THIS_FORMAT, "fitbit")


def _plan(**counts: int) -> StepsPlan:
    days = (DayTotal(date(2024, 3, 30), 1500, "garmin"), DayTotal(date(2024, 4, 3), 800, "garmin"))
    values = {
        "new_days": 0,
        "updated_days": 0,
        "unchanged_days": 0,
        "kept_days": 0,
        "heart_days": 0,
        **counts,
    }
    return StepsPlan(
        StepsRead(StepFormat.GARMIN, days), 1, days[0].day, days[-1].day, 2300, **values
    )


def test_the_preview_names_each_kind_of_day(qapp) -> None:
    lines = [
        plain(line)
        for line in steps_words.preview_lines(
            _plan(new_days=1, kept_days=1, heart_days=2, early_days=3, future_days=4), "Walking"
        )
    ]
    assert lines[:5] == [
        "Format: Garmin Connect.",
        "2 days with steps, from 30 March 2024 to 3 April 2024.",
        "2,300 steps in all.",
        "Into “Walking”:",
        "  1 new day",
    ]
    text = "\n".join(lines)
    assert "1 day with a log you typed: they stay as you wrote them." in text
    assert "2 days with a resting heart rate to add." in text
    assert "3 days before “Walking” started: left out." in text
    assert "4 days after today: left out" in text
    assert "nothing to add" not in text


def test_one_fact_a_line_each_count_first(qapp) -> None:
    """Not "new days 2, days a newer export changes 1, ...": a line each, the count first."""
    lines = steps_words.preview_lines(
        _plan(new_days=2, updated_days=1, unchanged_days=179), "Walking"
    )
    assert [plain(line) for line in lines[3:]] == [
        "Into “Walking”:",
        "  2 new days",
        "  1 day with more steps than before",
        "  179 days already here as they are",
    ]


def test_after_the_import_the_counts_come_first(qapp) -> None:
    said = plain(steps_words.imported(_plan(new_days=5, heart_days=1), "Walk"))
    assert said == "Imported into “Walk”: 5 new days, 1 day of resting heart rate."


def test_a_preview_with_nothing_new_says_so(qapp) -> None:
    lines = steps_words.preview_lines(_plan(unchanged_days=2), "Walking")
    assert lines[-1] == "Everything in this file is already here; there is nothing to add."


def test_step_units_in_english_and_dutch(qapp) -> None:
    assert steps_words.is_step_unit(" Steps ") and steps_words.is_step_unit("stappen")
    assert not steps_words.is_step_unit("minutes")


def test_a_log_without_a_feeling_reads_not_said(qapp) -> None:
    assert wording.felt_name(None) == "not said"


@pytest.mark.parametrize(
    ("reason", "detail", "hidden", "shown"),
    [
        (StepsRefusal.DAMAGED_ZIP, "Error -3 while decompressing data: invalid block type",
         "Error -3", "damaged or incomplete; a fresh export"),
        (StepsRefusal.DAMAGED_DATABASE, "file is not a database", "not a database", "damaged"),
        (StepsRefusal.UNREADABLE, "Permission denied", "Permission", "cannot open this file"),
        (StepsRefusal.BROKEN_XML, "12:40", ":40", "(near line 12)"),
        (StepsRefusal.BROKEN_XML, "startDate 'yesterday'", "startDate", "cut short or damaged;"),
        (StepsRefusal.NO_STEP_COLUMN, "daily.csv: 'lots'", "lots", "“daily.csv” has no"),
        (StepsRefusal.BROKEN_JSON, "steps-2024.json", "{", "“steps-2024.json” is damaged"),
    ],
)  # fmt: skip
def test_a_refusal_keeps_the_readers_technical_words_out_of_the_line(
    qapp, reason: StepsRefusal, detail: str, hidden: str, shown: str
) -> None:
    line = steps_words.refusal(reason, detail)
    assert hidden not in line and shown in line
