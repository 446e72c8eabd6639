"""The chart's words that count nothing: a day written out, and what hovering a point or a
shaded band says (naming the activity a band came from when it is another one).

The summary and the pause marks' tips count things ("3 pauses"): they stay ``self.tr`` strings
of ``ProgressChart`` (chart.py), the only form in which lupdate keeps their plural forms."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pause_app.core.model import Activity, Attempt
from pause_app.core.series import ActivitySeries, DayMark
from pause_app.text import wording
from pause_app.ui.progress.data import marks_of

translate = QCoreApplication.translate


def long_day(day: date, with_weekday: bool = True) -> str:
    shown = QDate(day.year, day.month, day.day)
    return QLocale().toString(shown, "dddd d MMMM yyyy" if with_weekday else "d MMMM yyyy")


def day_text(
    data: ActivitySeries, activity: Activity, index: int, names: Mapping[int, str] | None = None
) -> str:
    """What hovering a point says: the date, the amount, how it felt, the note; and a mark
    the logs do not say themselves (a big day, the days before a crash, another activity's)."""
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
    mark, elsewhere = _mark(data, activity, index)
    if elsewhere or mark in (DayMark.BIG_DAY, DayMark.BEFORE_CRASH):
        lines.append(mark_text(data, activity, index, names or {}))
    return "\n".join(lines)


def band_text(
    data: ActivitySeries, activity: Activity, index: int, names: Mapping[int, str]
) -> str:
    """What hovering a shaded day says: the date, and what the shading means."""
    return "\n".join([long_day(data.days[index]), mark_text(data, activity, index, names)])


def _mark(data: ActivitySeries, activity: Activity, index: int) -> tuple[DayMark, bool]:
    """The day's mark, and whether it came from other activities only."""
    marks, sources = marks_of(data)
    return marks[index], bool(sources[index]) and activity.id not in sources[index]


def mark_text(
    data: ActivitySeries, activity: Activity, index: int, names: Mapping[int, str]
) -> str:
    """A day's mark in words; where it came from another activity, which one."""
    mark, elsewhere = _mark(data, activity, index)
    day = data.days[index]
    crash = min((c for c in data.crash_days if c > day), default=day)
    sources = [i for i in marks_of(data)[1][index] if i != activity.id]
    values = {
        "names": ", ".join(f"“{names.get(i, '?')}”" for i in sources),
        "crash": long_day(crash, with_weekday=True),
    }
    if elsewhere:
        texts = {
            DayMark.TIRED: translate("ProgressChart", "Tired after {names}"),
            DayMark.CRASH: translate("ProgressChart", "A crash after {names}"),
            DayMark.BEFORE_CRASH: translate(
                "ProgressChart", "One of the 3 days before the crash after {names} on {crash}"
            ),
            DayMark.BIG_DAY: translate(
                "ProgressChart", "A big day with {names}: a lot more than its target"
            ),
        }
    else:
        texts = {
            DayMark.TIRED: translate("ProgressChart", "A tired day"),
            DayMark.CRASH: translate("ProgressChart", "A crash"),
            DayMark.BEFORE_CRASH: translate(
                "ProgressChart", "One of the 3 days before the crash on {crash}"
            ),
            DayMark.BIG_DAY: translate("ProgressChart", "A big day: a lot more than the target"),
        }
    return texts[mark].format(**values) if mark in texts else ""
