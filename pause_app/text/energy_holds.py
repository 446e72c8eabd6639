"""Words for the holds that come from the daily check-in (docs/PACING.md rules 12 and 13):
a day that took more than the user had, a day with severe symptoms, a low-energy morning.

Kept apart from ``wording.offer_sentence``, which hands these reasons here."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pause_app.core.model import Activity
from pause_app.core.pacing import NO_TARGET_YET, Answer, Reason, lighter_day

translate = QCoreApplication.translate
REASONS = (Reason.OUTSIDE_ENVELOPE, Reason.SEVERE_SYMPTOMS, Reason.LOW_ENERGY)


def _day_name(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def sentence(result: Answer, activity: Activity, today: date | None = None) -> str:
    """Why a check-in holds the offer, in plain words. ``today``, where the caller knows
    it, lets the sentence say "yesterday" (otherwise it names the day)."""
    until = _day_name(result.earliest) if result.earliest else ""
    if result.reason is Reason.LOW_ENERGY:
        if result.target == NO_TARGET_YET:
            return translate(
                "Wording", "Your energy is low today, so a first target can wait. Rest counts too."
            )
        return translate(
            "Wording", "Today could be a rest day, or half your target: {half} {unit}. Both count."
        ).format(half=lighter_day(result.target), unit=activity.unit)
    if result.target == NO_TARGET_YET:
        return translate(
            "Wording",
            "Your check-in asks for a few quiet days. A first target can come on {day} at the "
            "earliest.",
        ).format(day=until)
    values = {"target": result.target, "unit": activity.unit, "until": until}
    yesterday = today is not None and result.source_day == today - timedelta(days=1)
    values["day"] = _day_name(result.source_day) if result.source_day else ""
    if result.reason is Reason.OUTSIDE_ENVELOPE:
        if yesterday:
            text = translate(
                "Wording",
                "Yesterday took more than you had, so your target stays at {target} {unit} "
                "until {until}.",
            )
        else:
            text = translate(
                "Wording",
                "{day} took more than you had, so your target stays at {target} {unit} until "
                "{until}.",
            )
    elif yesterday:
        text = translate(
            "Wording",
            "Your symptoms were severe yesterday, so your target stays at {target} {unit} until "
            "{until}. Rest counts too.",
        )
    else:
        text = translate(
            "Wording",
            "Your symptoms were severe on {day}, so your target stays at {target} {unit} until "
            "{until}. Rest counts too.",
        )
    return text.format(**values)
