"""``pause-app checkin``: the daily check-in (energy had and spent, sleep, symptoms, a note)
and ``pause-app checkin show [--on DATE] [--json]``.

As everywhere in the command line: every value is checked before anything is opened or
created (one line on stderr, status 2, nothing written); saving again edits the day's
check-in, keeping the parts not given.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from pause_app.cli import data_commands
from pause_app.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_UNUSABLE,
    could_not_use,
    fail,
    say_notices,
    start,
)
from pause_app.core import validation
from pause_app.core.model import CheckIn, Moment, NewCheckIn, Symptoms
from pause_app.core.validation import ValidationError
from pause_app.storage import paths
from pause_app.storage.database import DatabaseError
from pause_app.storage.store import Store
from pause_app.text import wording

translate = QCoreApplication.translate

SYMPTOM_WORDS = {
    **{symptoms.value: symptoms for symptoms in Symptoms},
    "very_severe": Symptoms.VERY_SEVERE,
    "geen": Symptoms.NONE,
    "licht": Symptoms.MILD,
    "matig": Symptoms.MODERATE,
    "ernstig": Symptoms.SEVERE,
    "zeer-ernstig": Symptoms.VERY_SEVERE,
    "zeer_ernstig": Symptoms.VERY_SEVERE,
}
LEVELS = (("energy", 0, 10), ("spent", 0, 10), ("sleep", 1, 5))


class _Refused(ValueError):
    """One value cannot be used; the message says which and what to give instead."""


def _level(option: str, text: str, low: int, high: int) -> int:
    try:
        number = validation.parse_whole_number(text)
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        raise _Refused(
            translate("cli", "--{option} takes a whole number from {low} to {high}").format(
                option=option, low=low, high=high
            )
        )
    return number


def _symptoms(text: str) -> Symptoms:
    found = SYMPTOM_WORDS.get(text.strip().casefold().replace(" ", "-"))
    if found is None:
        raise _Refused(
            translate(
                "cli",
                "--symptoms takes none, mild, moderate, severe or very-severe "
                "(or geen, licht, matig, ernstig, zeer-ernstig)",
            )
        )
    return found


def _checked(options: argparse.Namespace, at: Moment) -> tuple[date, dict[str, object]]:
    """The day and the values given, checked; raises _Refused or ValidationError."""
    day = at.local_date if options.on is None else validation.parse_day(options.on, at.local_date)
    given: dict[str, object] = {}
    if getattr(options, "checkin_command", None) == "show":
        return day, given
    for option, low, high in LEVELS:
        text = getattr(options, option)
        if text is not None:
            given[option] = _level(option, text, low, high)
    if options.symptoms is not None:
        given["symptoms"] = _symptoms(options.symptoms)
    if options.note is not None:
        given["note"] = validation.clean_note(options.note)
    if not given:
        raise _Refused(
            translate(
                "cli",
                "Give at least one of --energy, --spent, --sleep, --symptoms or --note, "
                "like: checkin --energy 4",
            )
        )
    return day, given


def run(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    try:
        day, given = _checked(options, at)
    except _Refused as error:
        return fail(str(error), EXIT_BAD_INPUT)
    except ValidationError as error:
        return fail(wording.validation_message(error), EXIT_BAD_INPUT)
    showing = getattr(options, "checkin_command", None) == "show"
    if showing and not app_paths.database.exists():  # only a look: nothing is created
        return _show(None, day, options.json)
    try:
        start(app_paths, options.verbose)
        with Store.open(app_paths.database, at.utc) as store:
            say_notices(wording.store_notices(store))
            if showing:
                return _show(store.checkins.on(day), day, options.json)
            old = store.checkins.on(day)
            new = replace(NewCheckIn(day) if old is None else _as_new(old), **given)  # type: ignore[arg-type]
            saved = store.checkins.save(new, at)
            print(
                translate("cli", "Check-in saved for {day}: {summary}").format(
                    day=day.isoformat(), summary=summary(saved)
                )
            )
            data_commands._daily(app_paths, at)  # the day's backup, as after a log
            return EXIT_OK
    except ValidationError as error:
        return fail(wording.validation_message(error), EXIT_BAD_INPUT)
    except DatabaseError as error:
        return fail(wording.database_message(error), EXIT_UNUSABLE)
    except OSError as error:
        return could_not_use(error)


def _as_new(checkin: CheckIn) -> NewCheckIn:
    return NewCheckIn(
        checkin.day, checkin.energy, checkin.spent, checkin.sleep, checkin.symptoms, checkin.note
    )


def symptoms_name(symptoms: Symptoms) -> str:
    return {
        Symptoms.NONE: translate("cli", "none"),
        Symptoms.MILD: translate("cli", "mild"),
        Symptoms.MODERATE: translate("cli", "moderate"),
        Symptoms.SEVERE: translate("cli", "severe"),
        Symptoms.VERY_SEVERE: translate("cli", "very severe"),
    }[symptoms]


def summary(checkin: CheckIn) -> str:
    """The parts given, in one line: "energy 4 of 10, spent 6 of 10, symptoms mild"."""
    parts = []
    if checkin.energy is not None:
        parts.append(translate("cli", "energy {n} of 10").format(n=checkin.energy))
    if checkin.spent is not None:
        parts.append(translate("cli", "spent {n} of 10").format(n=checkin.spent))
    if checkin.sleep is not None:
        parts.append(translate("cli", "sleep {n} of 5").format(n=checkin.sleep))
    if checkin.symptoms is not None:
        parts.append(
            translate("cli", "symptoms {level}").format(level=symptoms_name(checkin.symptoms))
        )
    if checkin.note:
        parts.append(translate("cli", "note “{note}”").format(note=checkin.note))
    return ", ".join(parts)


def _show(checkin: CheckIn | None, day: date, as_json: bool) -> int:
    if as_json:
        document = None
        if checkin is not None:
            document = {
                "day": checkin.day.isoformat(),
                "energy": checkin.energy,
                "spent": checkin.spent,
                "sleep": checkin.sleep,
                "symptoms": None if checkin.symptoms is None else checkin.symptoms.value,
                "note": checkin.note,
                "outside_envelope": checkin.outside_envelope,
            }
        print(json.dumps(document, ensure_ascii=False))
    elif checkin is None:
        print(translate("cli", "No check-in for {day}.").format(day=day.isoformat()))
    else:
        print(f"{day.isoformat()}: {summary(checkin)}", file=sys.stdout)
    return EXIT_OK
