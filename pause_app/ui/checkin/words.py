"""The check-in in words: the symptom levels, and what was kept, in one calm line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pause_app.core.model import NewCheckIn, Symptoms

translate = QCoreApplication.translate


def symptoms_name(level: Symptoms) -> str:
    return {
        Symptoms.NONE: translate("CheckIn", "None"),
        Symptoms.MILD: translate("CheckIn", "Mild"),
        Symptoms.MODERATE: translate("CheckIn", "Moderate"),
        Symptoms.SEVERE: translate("CheckIn", "Severe"),
        Symptoms.VERY_SEVERE: translate("CheckIn", "Very severe"),
    }[level]


def parts(checkin: NewCheckIn) -> list[str]:
    """Each answer given, in short words."""
    said: list[str] = []
    if checkin.energy is not None:
        said.append(translate("CheckIn", "energy {n} of 10").format(n=checkin.energy))
    if checkin.spent is not None:
        said.append(translate("CheckIn", "the day took {n} of 10").format(n=checkin.spent))
    if checkin.sleep is not None:
        said.append(translate("CheckIn", "sleep {n} of 5").format(n=checkin.sleep))
    if checkin.symptoms is not None:
        said.append(
            translate("CheckIn", "symptoms: {level}").format(
                level=symptoms_name(checkin.symptoms).lower()
            )
        )
    if checkin.note:
        said.append(translate("CheckIn", "a note"))
    return said


def kept(checkin: NewCheckIn, today: bool) -> str:
    """What the dialog says after saving."""
    answers = ", ".join(parts(checkin)) or translate("CheckIn", "no answers")
    if today:
        return translate("CheckIn", "Kept for today: {answers}.").format(answers=answers)
    day = QDate(checkin.day.year, checkin.day.month, checkin.day.day)
    return translate("CheckIn", "Kept for {day}: {answers}.").format(
        day=QLocale().toString(day, "d MMMM"), answers=answers
    )
