"""The chart's words that count nothing: a day written out, and what hovering a point says.

The summary and the pause marks' tips count things ("3 pauses"): they stay ``self.tr`` strings
of ``ProgressChart`` (chart.py), the only form in which lupdate keeps their plural forms."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pause_app.core.model import Activity, Attempt
from pause_app.core.series import ActivitySeries
from pause_app.text import wording

translate = QCoreApplication.translate


def long_day(day: date, with_weekday: bool = True) -> str:
    shown = QDate(day.year, day.month, day.day)
    return QLocale().toString(shown, "dddd d MMMM yyyy" if with_weekday else "d MMMM yyyy")


def day_text(data: ActivitySeries, activity: Activity, index: int) -> str:
    """What hovering a point says: the date, the amount, how it felt, the note."""
    day = data.days[index]
    lines = [long_day(day)]
    done = data.done[index]
    target = data.target[index]
    if done is not None:
        line = translate("ProgressChart", "{amount} {unit}").format(amount=done, unit=activity.unit)
        if target is not None:
            line += " · " + translate("ProgressChart", "target {target}").format(target=target)
        lines.append(line)
    if day in data.successes:
        lines.append(translate("ProgressChart", "Went well"))
    logs: Sequence[Attempt] = data.logs[index] if data.logs else ()
    for attempt in logs:
        text = translate("ProgressChart", "{amount} · {felt}").format(
            amount=attempt.amount, felt=wording.felt_name(attempt.felt)
        )
        if attempt.note:
            text += f": {attempt.note}"
        lines.append(text)
    return "\n".join(lines)
