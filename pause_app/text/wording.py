"""Words for what the core and the storage layer report as data.

Shared by the windows and the command line (QtCore only).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pause_app.core.model import Activity, Felt
from pause_app.core.pacing import NO_TARGET_YET, Answer, Reason
from pause_app.core.reminders import past_midnight
from pause_app.core.settings import SPECS, Kind, SettingError, SettingProblem
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage.database import (
    DatabaseBusy,
    DatabaseDamagedInUse,
    DatabaseError,
    DatabaseReadOnly,
    DatabaseTooNew,
)
from pause_app.storage.settings_file import FileProblem
from pause_app.storage.store import Store
from pause_app.text import energy_holds

translate = QCoreApplication.translate


def field_label(field: Field) -> str:
    labels = {
        Field.NAME: translate("Wording", "Name"),
        Field.UNIT: translate("Wording", "Unit"),
        Field.AMOUNT: translate("Wording", "Amount"),
        Field.TARGET: translate("Wording", "Target"),
        Field.STEP_PERCENT: translate("Wording", "Step size"),
        Field.NOTE: translate("Wording", "Note"),
        Field.DATE: translate("Wording", "Date"),
    }
    return labels[field]


def validation_message(error: ValidationError) -> str:
    """One calm sentence that says what to change, starting with the field (for the CLI)."""
    return translate("Wording", "{field}: {sentence}").format(
        field=field_label(error.field), sentence=_problem(error)
    )


def field_error(error: ValidationError) -> str:
    """The same sentence for showing right next to its field, where the field's name is clear."""
    sentence = _problem(error)
    return sentence[:1].upper() + sentence[1:]


def _problem(error: ValidationError) -> str:
    limit = "" if error.limit is None else str(error.limit)
    problems = {
        Problem.EMPTY: translate("Wording", "please fill this in."),
        Problem.TOO_LONG: translate("Wording", "please keep it to {limit} characters or fewer."),
        Problem.NOT_A_WHOLE_NUMBER: translate("Wording", "please use a whole number, like 50."),
        Problem.NOT_A_NUMBER: translate("Wording", "please use a number, like 2 or 2.5."),
        Problem.NEGATIVE: translate("Wording", "this cannot be below zero."),
        Problem.TOO_LARGE: translate("Wording", "this can be at most {limit}."),
        Problem.MALFORMED_DATE: translate(
            "Wording", "please write the date as YYYY-MM-DD, for example 2026-03-01."
        ),
        Problem.IN_THE_FUTURE: translate("Wording", "this day has not happened yet."),
        Problem.TOO_OLD: translate("Wording", "please choose a day after {limit}."),
        Problem.BEFORE_START: translate(
            "Wording", "this day is before the activity started, on {limit}."
        ),
        Problem.CONTROL_CHARACTERS: translate(
            "Wording", "this contains invisible or control characters; please leave them out."
        ),
        Problem.NOT_UTF8: translate(
            "Wording", "this contains bytes that are not text (UTF-8); please type it again."
        ),
        Problem.BEFORE_LAST_CHANGE: translate(
            "Wording", "this day is before the last change of the target, on {limit}."
        ),
        Problem.UNCHANGED: translate("Wording", "the target is {limit} already."),
        Problem.ALREADY_EXISTS: translate(
            "Wording", "there is already an activity called “{limit}”."
        ),
        Problem.NOT_FOUND: translate("Wording", "there is no activity called “{limit}”."),
    }
    return problems[error.problem].format(limit=limit)


def setting_message(error: SettingError) -> str:
    if error.problem is SettingProblem.UNKNOWN_KEY:
        return translate("Wording", "There is no setting called “{key}”.").format(key=error.key)
    spec = SPECS[error.key]
    if spec.kind is Kind.BOOL:
        allowed = translate("Wording", "true or false")
    elif spec.kind is Kind.PATTERN:
        allowed = translate(
            "Wording",
            "four numbers of seconds, like 4,0,6,0: in 1 to 15, hold 0 to 10, out 1 to 15, "
            "hold 0 to 10",
        )
    elif spec.kind is Kind.INT:
        allowed = translate("Wording", "a whole number from {minimum} to {maximum}").format(
            minimum=spec.minimum, maximum=spec.maximum
        )
    elif spec.kind is Kind.HOURS and past_midnight(str(error.value)):
        allowed = translate(
            "Wording", "two ranges for hours past midnight, like 22:00-24:00,00:00-02:00"
        )
    elif spec.kind is Kind.HOURS:
        allowed = translate(
            "Wording",
            "hours like 09:00-21:00, or days and hours like mon-fri 09:00-17:00; sat,sun "
            "10:00-20:00",
        )
    elif spec.kind is Kind.PAUSED:
        allowed = translate(
            "Wording",
            "an empty value to end a hold, manual, or a moment in UTC within a year, like "
            "2026-11-25T16:00:00Z",
        )
    else:
        allowed = translate("Wording", "one of: {choices}").format(choices=", ".join(spec.choices))
    return translate("Wording", "{key} cannot be “{value}”; use {allowed}.").format(
        key=error.key, value=error.value, allowed=allowed
    )


def inside_own_folders(path: str) -> str:
    """An export or a saved chart that would go where Pause keeps its own files."""
    return translate(
        "Wording",
        "{path} is in Pause's own folders; choose a place outside them.",
    ).format(path=path)


def settings_reset_notice(errors: list[SettingError]) -> str:
    keys = ", ".join(error.key for error in errors)
    return translate(
        "Wording",
        "Some settings had values Pause cannot use and are back to their defaults: {keys}.",
    ).format(keys=keys)


def _settings_file_reason(problem: FileProblem, detail: str) -> str:
    reasons = {
        FileProblem.NO_PERMISSION: translate("Wording", "reading it is not allowed"),
        FileProblem.NOT_A_FILE: translate("Wording", "it is not an ordinary file"),
        FileProblem.NOT_SETTINGS: translate("Wording", "it does not hold settings Pause can read"),
        FileProblem.CANNOT_KEEP: translate(
            "Wording",
            "it does not hold settings Pause can read, and its folder does not let Pause keep "
            "it aside",
        ),
    }
    return reasons.get(problem, detail)


def settings_file_notice(path: str, problem: FileProblem, detail: str = "") -> str:
    """A settings file that was not used (or a change that was not saved): said once."""
    if problem is FileProblem.CANNOT_SAVE:
        return translate(
            "Wording",
            "Pause could not save your settings in {path}: {reason}. Changes hold until Pause "
            "closes.",
        ).format(path=path, reason=detail)
    return translate(
        "Wording",
        "Pause cannot use the settings file {path}: {reason}. It goes on with the default "
        "settings and leaves the file as it is.",
    ).format(path=path, reason=_settings_file_reason(problem, detail))


def settings_file_refusal(path: str, problem: FileProblem, detail: str = "") -> str:
    """``config set`` on a settings file that cannot be used."""
    return translate(
        "Wording", "Pause cannot use the settings file {path}: {reason}. Nothing was changed."
    ).format(path=path, reason=_settings_file_reason(problem, detail))


def settings_corrupt_notice(backup: str) -> str:
    return translate(
        "Wording",
        "The settings file could not be read, so Pause started with default settings. "
        "The old file is kept as {backup}.",
    ).format(backup=backup)


def database_corrupt_notice(kept: str) -> str:
    return translate(
        "Wording",
        "Your data file was damaged and could not be opened. Pause kept it, untouched, as {kept} "
        "and started a new one beside it.",
    ).format(kept=kept)


def database_damaged_log_notice(kept: str) -> str:
    """For ``Store.damaged_log``: the newest changes could not all be read."""
    return translate(
        "Wording",
        "Part of your most recent data could not be read: the file that held it was damaged. "
        "Pause kept both files, untouched, as {kept} and its -wal file, and opened what "
        "could be read.",
    ).format(kept=kept)


def store_notices(store: Store) -> list[str]:
    """What opening the data had to do that the user should know of, once."""
    notices = []
    if store.kept_corrupt_file is not None:
        notices.append(database_corrupt_notice(str(store.kept_corrupt_file)))
    if store.damaged_log is not None:
        notices.append(database_damaged_log_notice(str(store.damaged_log.kept)))
    return notices


def database_message(error: DatabaseError) -> str:
    if isinstance(error, DatabaseTooNew):
        return translate(
            "Wording",
            "The data file {path} was written by a newer version of Pause (data version {found}; "
            "this version reads up to {supported}). It was left unchanged. "
            "Please use the newer version of Pause.",
        ).format(path=error.path, found=error.found, supported=error.supported)
    if isinstance(error, DatabaseBusy):
        return translate(
            "Wording",
            "The data file {path} is busy in another program. Nothing was changed; "
            "please try again in a moment.",
        ).format(path=error.path)
    if isinstance(error, DatabaseReadOnly):
        return translate(
            "Wording",
            "Pause may not write to {path}: it is read-only. Nothing was changed; "
            "please make it writable for your user and try again.",
        ).format(path=error.path)
    if isinstance(error, DatabaseDamagedInUse):
        return translate(
            "Wording",
            "The data file {path} is damaged, and another Pause has it open. Nothing was "
            "changed; please close Pause and start it again: it will keep the damaged file "
            "and start a new one.",
        ).format(path=error.path)
    return translate("Wording", "The data file {path} cannot be used: {detail}").format(
        path=error.path, detail=error.detail
    )


def felt_name(felt: Felt | None) -> str:
    """The feeling in words; None (an imported log nobody said a feeling for): "not said"."""
    if felt is None:
        return translate("Wording", "not said")
    names = {
        Felt.GOOD: translate("Wording", "good"),
        Felt.OK: translate("Wording", "ok"),
        Felt.TIRED: translate("Wording", "tired"),
        Felt.CRASH: translate("Wording", "crash"),
    }
    return names[felt]


def day_name(day: date) -> str:
    """'Thursday 5 March' in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def offer_sentence(
    result: Answer, activity: Activity, source_name: str | None = None, today: date | None = None
) -> str:
    """Why there is or is not a next step today, in plain words, never a rule number.
    ``source_name``: the name of the activity a hold came from (``result.source_activity_id``,
    looked up by the caller) when it is another one, so the sentence can say which;
    ``today`` lets a check-in's hold say "yesterday"."""
    if result.reason in energy_holds.REASONS:
        return energy_holds.sentence(result, activity, today)
    unit, target = activity.unit, result.target
    when = day_name(result.earliest) if result.earliest else ""
    if result.reason is Reason.OFFER and target == NO_TARGET_YET:
        return translate(
            "Wording",
            "A first target could be {offer} {unit}, a little below what you did this week. "
            "Only if it feels right.",
        ).format(offer=result.offer, unit=unit)
    if result.reason is Reason.OFFER:
        return translate(
            "Wording",
            "A next step could be from {target} to {offer} {unit}. Only if it feels right; "
            "saying no is fine too.",
        ).format(offer=result.offer, unit=unit, target=target)
    if result.reason is Reason.BASELINE:
        return translate(
            "Wording",
            "No target yet: log what you do for a week, and a first target a little below it "
            "will be offered.",
        )
    if result.reason is Reason.MAINTENANCE:
        return translate(
            "Wording", "Maintenance mode is on: the goal is to stay within your limits."
        )
    if result.reason in (Reason.RECOVERING, Reason.RECENT_TIRED, Reason.BIG_DAY):
        return _hold_sentence(result, activity, source_name)
    if result.reason is Reason.TOO_SOON:
        return translate(
            "Wording",
            "Your next step can come on {day}: your body gets a few days to answer the last one.",
        ).format(day=when)
    if result.reason is Reason.NOT_STABLE_YET:
        return translate(
            "Wording",
            "Your next step comes after a few more days on which {target} {unit} went well.",
        ).format(target=target, unit=unit)
    if result.earliest is not None:
        return translate(
            "Wording", "You have grown enough for this week. A next step can come on {day}."
        ).format(day=when)
    return translate(  # only where the weekly limit is set to 100%: no growth by offers
        "Wording",
        "The weekly limit in your settings keeps this target where it is. You can set it "
        "yourself whenever it feels right.",
    )


def _hold_sentence(result: Answer, activity: Activity, source_name: str | None) -> str:
    """A crash, a tired day or a big day holds the offers (of every activity): say which
    activity and day it was, where that is known (docs/PACING.md rules 3, 7 and 10)."""
    values = {
        "day": day_name(result.source_day) if result.source_day else "",
        "until": day_name(result.earliest) if result.earliest else "",
        "target": result.target,
        "unit": activity.unit,
        "source": source_name,
    }
    own = result.source_activity_id == activity.id and result.source_day is not None
    other = not own and source_name is not None and result.source_day is not None
    if result.target == NO_TARGET_YET or not (own or other):  # {day}: the earliest here
        return {
            Reason.RECOVERING: translate(
                "Wording",
                "You are recovering from a crash. Rest is the step for now; a next step can come "
                "on {day} at the earliest.",
            ),
            Reason.RECENT_TIRED: translate(
                "Wording",
                "A tired day was logged recently, so the target stays where it is. A next step can "
                "come on {day} at the earliest.",
            ),
            Reason.BIG_DAY: translate(
                "Wording",
                "A big day was logged recently, so the target stays where it is. Keep these "
                "days light; a next step can come on {day} at the earliest.",
            ),
        }[result.reason].format(day=values["until"])
    if own:
        sentence = {
            Reason.RECOVERING: translate(
                "Wording",
                "You are recovering from a crash on {day}. Rest is the step for now; a next "
                "step can come on {until} at the earliest.",
            ),
            Reason.RECENT_TIRED: translate(
                "Wording",
                "You were tired on {day}, so the target stays at {target} {unit} until "
                "{until}. Rest counts too.",
            ),
            Reason.BIG_DAY: translate(
                "Wording",
                "You did a lot more than your target on {day}, so it stays at {target} {unit} "
                "until {until}. Keep these days light and notice how you feel.",
            ),
        }[result.reason]
    else:
        sentence = {
            Reason.RECOVERING: translate(
                "Wording",
                "You are recovering from the crash logged for “{source}” on {day}, so this "
                "target stays at {target} {unit} until {until}. Rest is the step for now.",
            ),
            Reason.RECENT_TIRED: translate(
                "Wording",
                "You were tired after “{source}” on {day}, so this target stays at {target} "
                "{unit} until {until}.",
            ),
            Reason.BIG_DAY: translate(
                "Wording",
                "You did a lot more than planned with “{source}” on {day}, so this target "
                "stays at {target} {unit} until {until}. Keep these days light.",
            ),
        }[result.reason]
    return sentence.format(**values)


def big_day_sentence(target: int, unit: str) -> str:
    """docs/PACING.md rule 10: a big day gets a kind word of caution, not a celebration."""
    return translate(
        "Wording",
        "That was a lot more than your target of {target} {unit}. Keep the next days light "
        "and notice how you feel.",
    ).format(target=target, unit=unit)


def large_jump_sentence() -> str:
    """docs/PACING.md rule 5: one calm sentence, not a block."""
    return translate(
        "Wording",
        "Smaller steps are safer: a jump of more than 10% can lead to a crash a day or two later.",
    )


def disclaimer() -> str:
    """docs/PACING.md: what the About dialog and the first run say, word for word the same."""
    lines = [
        translate(
            "Disclaimer",
            "Pause is a relaxation and self-tracking aid. It is not a medical device and "
            "does not diagnose or treat anything.",
        ),
        translate(
            "Disclaimer",
            "Talk to your doctor or physiotherapist before you increase activity if you "
            "have ME/CFS, long COVID with post-exertional malaise (PEM), POTS, or a heart "
            "or lung condition.",
        ),
        translate(
            "Disclaimer", "Stop the breathing exercise if you feel dizzy, and breathe normally."
        ),
        translate(
            "Disclaimer",
            "For chest pain, fainting or severe breathlessness, call 112 "
            "(or your local emergency number).",
        ),
    ]
    return "\n\n".join(lines)


def reminder_title() -> str:
    return translate("Wording", "Time for a short pause?")


def reminder_body() -> str:
    """The gentle question: in the spirit of the recovery article, never a demand."""
    return translate(
        "Wording",
        "Are you tense, or being extra careful again? Stop, breathe, feel safe, and carry on.",
    )
