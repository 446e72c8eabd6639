"""The headless subcommands (``activity``, ``log``, ``offer``, ``accept``, ``target``,
``maintenance``, ``export``, ``config``).

Every value is checked before anything is opened or created, so bad input exits with
status 2, one clear line on stderr, and writes nothing; a database that cannot be used
exits with status 1.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from pause_app.cli import checkin_commands, data_commands, steps_commands
from pause_app.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_UNUSABLE,
    could_not_use,
    fail,
    say_notices,
    start,
)
from pause_app.cli.parser import MAINTENANCE_WORDS, NEEDS_AN_ACTIVITY, UsageError
from pause_app.core import pacing, validation
from pause_app.core import settings as schema
from pause_app.core.model import Activity, ChangeReason, Felt, Moment, NewActivity
from pause_app.core.settings import SettingError
from pause_app.core.summary import TargetHistory, is_big_day
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage import export, paths
from pause_app.storage.database import DatabaseError
from pause_app.storage.settings_file import Loaded, SettingsFile, SettingsUnusable
from pause_app.storage.store import Store
from pause_app.text import wording

translate = QCoreApplication.translate


def dispatch(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    if options.command in data_commands.COMMANDS:  # backup, restore, import
        return data_commands.run(options, app_paths, at)
    if options.command == "checkin":
        return checkin_commands.run(options, app_paths, at)
    if options.command == steps_commands.COMMAND:
        return steps_commands.run(options, app_paths, at)
    try:
        validated = _validate(options, app_paths, at)
        about_an_activity = options.command in NEEDS_AN_ACTIVITY or "from" in validated
        if about_an_activity and not app_paths.database.exists():  # refused: nothing is made
            name = validated["from" if "from" in validated else "name"]
            raise ValidationError(Field.NAME, Problem.NOT_FOUND, str(name))
        # The input is good: only now are folders, logs and files touched.
        start(app_paths, options.verbose)
        settings_file = SettingsFile(app_paths.settings)
        if options.command == "config" and options.config_command == "set":
            return _config_set(options, settings_file)
        # Only a look: a settings file is kept aside or written by `config set` alone.
        loaded = settings_file.load(repair=False)
        if loaded.unreadable is not None:
            notice = wording.settings_file_notice(
                str(settings_file.path), loaded.unreadable, loaded.detail
            )
            print(notice, file=sys.stderr)
        if options.command == "config":
            return _config(options, loaded)
        validated["rules"] = schema.pacing_rules(loaded.settings)
        with Store.open(app_paths.database, at.utc) as store:
            say_notices(wording.store_notices(store))
            handler = {
                "activity": _activity,
                "log": _log,
                "offer": _offer,
                "accept": _accept,
                "target": _target,
                "maintenance": _maintenance,
                "export": _export,
            }[options.command]
            code = handler(options, validated, store, at)
            data_commands.after_write(options, app_paths, at, code)  # the day's backup
            return code
    except UsageError as error:
        return fail(str(error), EXIT_BAD_INPUT)
    except ValidationError as error:
        return fail(wording.validation_message(error), EXIT_BAD_INPUT)
    except SettingError as error:
        return fail(wording.setting_message(error), EXIT_BAD_INPUT)
    except DatabaseError as error:
        return fail(wording.database_message(error), EXIT_UNUSABLE)
    except OSError as error:
        return could_not_use(error)


def _validate(
    options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment
) -> dict[str, object]:
    """Check every value before anything is opened or created, so bad input changes nothing."""
    checked: dict[str, object] = {}
    if options.command == "config":
        if options.config_command == "set":
            schema.parse(options.key, options.value, now=at.utc)
        elif options.config_command == "get":
            schema.spec_for(options.key)
        return checked
    if getattr(options, "name", None) is not None:
        checked["name"] = validation.clean_name(options.name)
    on = getattr(options, "on", None)
    checked["day"] = at.local_date if on is None else validation.parse_day(on, at.local_date)
    if options.command == "activity" and options.activity_command == "add":
        if options.from_activity is None and options.unit is None:
            raise UsageError(
                translate("cli", "add --unit (and --target), or --from OTHER for a new place")
            )
        if options.from_activity is not None:
            checked["from"] = validation.clean_name(options.from_activity)
        if options.unit is not None:
            checked["unit"] = validation.clean_unit(options.unit)
        if options.target is not None:
            checked["target"] = validation.parse_amount(options.target, validation.Field.TARGET)
        if options.step_percent is not None:
            checked["step"] = validation.parse_step_percent(options.step_percent)
    if options.command in ("accept", "target") and options.amount is not None:
        checked["amount"] = validation.parse_amount(options.amount, validation.Field.TARGET)
    if options.command == "log":
        checked["amount"] = validation.parse_amount(options.amount)
        checked["note"] = validation.clean_note(options.note)
    if options.command == "export":
        checked["output"] = _output(options.output, options.format == "csv", app_paths)
    return checked


def _output(output: str | None, csv: bool, app_paths: paths.AppPaths) -> Path | None:
    """Where an export goes: a new place of the user's, never into Pause's own folders."""
    if output is None and not csv:
        return None  # printed
    if output is None or not output.strip() or "\0" in output:
        if csv:
            raise UsageError(
                translate("cli", "CSV export needs a folder: add -o and a folder name")
            )
        raise UsageError(translate("cli", "-o needs a file name; leave -o out to print the JSON"))
    target = Path(output)
    if app_paths.owns(target):
        raise UsageError(wording.inside_own_folders(output))
    if csv and target.exists() and not target.is_dir():
        raise UsageError(
            translate("cli", "{path} is a file; CSV export needs a folder").format(path=output)
        )
    if not csv and target.is_dir():
        raise UsageError(
            translate("cli", "{path} is a folder; JSON export needs a file name").format(
                path=output
            )
        )
    return target


def _activity(
    options: argparse.Namespace, checked: dict[str, object], store: Store, at: Moment
) -> int:
    if options.activity_command == "add":
        return _add_activity(checked, store, at)
    activities = store.activities.list()
    if options.json:
        print(json.dumps(export.rows(activities), indent=2, ensure_ascii=False))
        return EXIT_OK
    if not activities:
        print(translate("cli", "No activities yet. Add one with: pause-app activity add NAME"))
        return EXIT_OK
    for activity in activities:
        logs_today = store.attempts.on_day(activity.id, at.local_date)
        today = str(max(a.amount for a in logs_today)) if logs_today else "–"
        if activity.target == pacing.NO_TARGET_YET:  # not "target 0": a week of logs first
            line = translate("cli", "{name}: no target yet (a week of logs first), today {done}")
        else:
            line = translate("cli", "{name}: target {target} {unit}, today {done}")
        print(
            line.format(name=activity.name, target=activity.target, unit=activity.unit, done=today)
        )
    return EXIT_OK


def _add_activity(checked: dict[str, object], store: Store, at: Moment) -> int:
    other = store.activities.find(str(checked["from"])) if "from" in checked else None
    step = float(str(checked.get("step", other.step_percent if other else 2.0)))
    target = checked.get("target", None if other else pacing.NO_TARGET_YET)
    if other is not None:
        proposed, most = pacing.new_place(other.target, other.step_percent)
        target = proposed if target is None else target
        if int(str(target)) > most:
            raise UsageError(
                translate(
                    "cli",
                    "A new place is a step up by itself: start at {proposed}, at most {most}.",
                ).format(proposed=proposed, most=most)
            )
    activity = store.activities.add(
        NewActivity(
            name=str(checked["name"]),
            unit=str(checked.get("unit", other.unit if other else "")),
            target=int(str(target)),
            step_percent=step,
            started_on=checked["day"],  # type: ignore[arg-type]
            derived_from=other.id if other else None,
        ),
        at,
    )
    if activity.target == pacing.NO_TARGET_YET:  # rule 2: what happens next, not "0 steps"
        line = translate(
            "cli",
            "Added “{name}”. Log it for a week and Pause will suggest a first target, a little "
            "below what you do.",
        )
    else:
        line = translate("cli", "Added “{name}”: {target} {unit} to start with.")
    print(line.format(name=activity.name, target=activity.target, unit=activity.unit))
    if other is not None:
        print(translate("cli", "Half out and half back is a sensible first plan."))
    return EXIT_OK


def _rules(checked: dict[str, object]) -> pacing.Rules:
    """The engine's thresholds, from the settings (put in ``checked`` by _dispatch)."""
    rules = checked.get("rules")
    return rules if isinstance(rules, pacing.Rules) else pacing.Rules()


def _answer(store: Store, activity: Activity, at: Moment, rules: pacing.Rules) -> pacing.Answer:
    return store.goal_answer(activity, at.local_date, rules)


def _offer_sentence(store: Store, activity: Activity, result: pacing.Answer, today: date) -> str:
    """The engine's answer in words, naming the activity a hold came from (any activity's
    tired day holds them all), and "yesterday" where that is the day."""
    source = result.source_activity_id
    name = None if source is None else store.activities.get(source).name
    return wording.offer_sentence(result, activity, name, today)


def _offer(
    options: argparse.Namespace, checked: dict[str, object], store: Store, at: Moment
) -> int:
    activity = store.activities.find(str(checked["name"]))
    result = _answer(store, activity, at, _rules(checked))
    if options.json:
        document = {
            "activity": activity.name,
            "unit": activity.unit,
            "target": result.target,
            "offer": result.offer,
            "reason": result.reason.value,
            "earliest": None if result.earliest is None else result.earliest.isoformat(),
            "held_by": None
            if result.source_activity_id is None or result.source_day is None
            else {
                "activity": store.activities.get(result.source_activity_id).name,
                "day": result.source_day.isoformat(),
            },
        }
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(_offer_sentence(store, activity, result, at.local_date))
    return EXIT_OK


def _accept(
    options: argparse.Namespace, checked: dict[str, object], store: Store, at: Moment
) -> int:
    activity = store.activities.find(str(checked["name"]))
    result = _answer(store, activity, at, _rules(checked))
    if result.offer is None:  # not an error: the engine's reason, and a status for scripts
        print(_offer_sentence(store, activity, result, at.local_date), file=sys.stderr)
        return EXIT_BAD_INPUT
    new = int(str(checked.get("amount", result.offer)))
    if new > result.offer:
        raise UsageError(
            translate(
                "cli", "The step offered goes up to {offer}; smaller steps are safer."
            ).format(offer=result.offer)
        )
    if new <= activity.target:
        raise UsageError(
            translate("cli", "Choose a number above {target}, up to {offer}.").format(
                target=activity.target, offer=result.offer
            )
        )
    store.activities.set_target(activity.id, new, ChangeReason.OFFER_ACCEPTED, at)
    print(
        translate("cli", "New target for “{name}”: {target} {unit}. One small step.").format(
            name=activity.name, target=new, unit=activity.unit
        )
    )
    return EXIT_OK


def _target(
    options: argparse.Namespace, checked: dict[str, object], store: Store, at: Moment
) -> int:
    activity = store.activities.find(str(checked["name"]))
    new = int(str(checked["amount"]))
    changed_on = at.on_day(checked["day"])  # type: ignore[arg-type]
    store.activities.set_target(activity.id, new, ChangeReason.MANUAL, changed_on)
    print(
        translate("cli", "Target for “{name}”: {target} {unit}.").format(
            name=activity.name, target=new, unit=activity.unit
        )
    )
    if pacing.is_large_jump(activity.target, new, _rules(checked)):
        print(wording.large_jump_sentence())
    return EXIT_OK


def _maintenance(
    options: argparse.Namespace, checked: dict[str, object], store: Store, at: Moment
) -> int:
    activity = store.activities.find(str(checked["name"]))
    hold = MAINTENANCE_WORDS[options.state]  # hold (or on): maintenance mode, no offers
    store.activities.set_maintenance(activity.id, hold)
    if hold:
        line = translate(
            "cli",
            "“{name}” holds where it is: no offers, the goal is to stay within your limits.",
        )
    else:
        line = translate("cli", "“{name}” can grow again: a next step can be offered.")
    print(line.format(name=activity.name))
    return EXIT_OK


def _log(options: argparse.Namespace, checked: dict[str, object], store: Store, at: Moment) -> int:
    activity = store.activities.find(str(checked["name"]))
    amount = int(str(checked["amount"]))
    day = checked["day"]
    felt = Felt(options.felt)  # parsed from English or Dutch words (parser.felt_word)
    store.attempts.add(activity.id, amount, felt, str(checked["note"]), at.on_day(day))  # type: ignore[arg-type]
    print(
        translate("cli", "Logged {amount} {unit} for “{name}” on {day} ({felt}).").format(
            amount=amount,
            unit=activity.unit,
            name=activity.name,
            day=day,
            felt=wording.felt_name(felt),
        )
    )
    # A late log is measured against the target of its own day.
    target_then = TargetHistory(store.target_changes.for_activity(activity.id)).on(day)  # type: ignore[arg-type]
    if target_then is None:
        target_then = activity.target
    went_well = felt in (Felt.GOOD, Felt.OK)
    if went_well and is_big_day(amount, target_then, _rules(checked).big_day_percent):
        print(wording.big_day_sentence(target_then, activity.unit))  # rule 10: no praise
    elif went_well and target_then != pacing.NO_TARGET_YET and amount >= target_then:
        print(
            translate("cli", "I did it! That meets the target of {target}.").format(
                target=target_then
            )
        )
    elif felt is Felt.TIRED:
        print(translate("cli", "A tired day: the target stays where it is. Rest counts too."))
    elif felt is Felt.CRASH:
        print(
            translate(
                "cli",
                "Take it easy. If symptoms are new or changed, consider contacting your GP.",
            )
        )
        lower = pacing.lowered_after_crash(activity.target, _rules(checked))
        if lower < activity.target:
            print(
                translate(
                    "cli",
                    "If you like, lower the target to {lower} for now: "
                    "pause-app target {name} {lower}",
                ).format(lower=lower, name=shlex.quote(activity.name))
            )
    return EXIT_OK


def _export(
    options: argparse.Namespace, checked: dict[str, object], store: Store, at: Moment
) -> int:
    target = checked["output"]
    if isinstance(target, Path) and options.format == "csv":
        for written in export.write_csv(store, target):
            print(_printable(written))
        return EXIT_OK
    if isinstance(target, Path):
        export.write_json(store, target)
        print(_printable(options.output))
    else:
        sys.stdout.write(export.to_json(store))
    return EXIT_OK


def _printable(path: str | Path) -> str:
    """A file name as the terminal can show it, even with bytes that are not UTF-8."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _config_set(options: argparse.Namespace, settings_file: SettingsFile) -> int:
    """One value onto the latest file; a file that cannot be used is never written over."""
    try:
        stored = settings_file.set(options.key, options.value)
    except SettingsUnusable as error:
        return fail(
            wording.settings_file_refusal(str(error.path), error.problem, error.detail),
            EXIT_UNUSABLE,
        )
    if stored.corrupt_backup is not None:  # said once: the file has been moved aside
        print(wording.settings_corrupt_notice(str(stored.corrupt_backup)), file=sys.stderr)
    print(f"{options.key} = {schema.format_value(stored.settings[options.key])}")
    return EXIT_OK


def _config(options: argparse.Namespace, loaded: Loaded) -> int:
    if loaded.problems:
        print(wording.settings_reset_notice(loaded.problems), file=sys.stderr)
    if options.config_command == "get":
        print(schema.format_value(loaded.settings[options.key]))
        return EXIT_OK
    for key in loaded.settings:
        print(f"{key} = {schema.format_value(loaded.settings[key])}")
    return EXIT_OK
