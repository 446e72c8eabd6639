"""The refusal of active hours says how to write hours past midnight when that was tried."""

from __future__ import annotations

import pytest

from pause_app.core.reminders import past_midnight
from pause_app.core.settings import SettingError, SettingProblem
from pause_app.text.wording import setting_message

MIDNIGHT_HINT = "two ranges for hours past midnight, like 22:00-24:00,00:00-02:00"


@pytest.mark.parametrize("value", ["22:00-02:00", "mon-fri 09:00-12:00,22:00-01:30"])
def test_hours_past_midnight_are_told_to_split_at_midnight(qapp, value: str) -> None:
    message = setting_message(
        SettingError("reminders.active_hours", SettingProblem.NOT_HOURS, value)
    )
    assert message == f"reminders.active_hours cannot be “{value}”; use {MIDNIGHT_HINT}."


@pytest.mark.parametrize("value", ["9-5", "22:00-21:00", "09:00-09:00", "nine to five", ""])
def test_other_bad_hours_are_told_what_hours_look_like(qapp, value: str) -> None:
    message = setting_message(
        SettingError("reminders.active_hours", SettingProblem.NOT_HOURS, value)
    )
    assert "mon-fri 09:00-17:00" in message and "midnight" not in message


def test_past_midnight_looks_only_at_ranges_that_end_before_they_start() -> None:
    assert past_midnight("22:00-02:00")
    assert past_midnight("sat,sun 23:00-00:30")
    assert not past_midnight("mon-fri 09:00-17:00")  # a day range is no time range
    assert not past_midnight("22:00-24:00,00:00-02:00")
    assert not past_midnight("25:00-02:00")  # not a time at all: a different refusal
    assert past_midnight("20:00-08:00")  # half a day at most
    assert not past_midnight("22:00-21:00")  # a start moved past its end
