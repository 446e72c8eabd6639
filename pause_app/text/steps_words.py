"""Words for importing steps from a phone or a watch (docs/STEPS.md), shared by the CLI and
the window: the format names, the refusals (one line each) and the preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from pause_app.core import steps as core_steps
from pause_app.core.validation import MAX_AMOUNT
from pause_app.storage.steps import StepFormat, StepsPlan, StepsRefusal

INDENT = "  "  # the lines of what goes into the activity, under their heading
CONTEXT = "Steps"
"""The translation context of these words. Each call names it literally, as lupdate reads
only literal contexts; the window's step dialogs use it too, for the word "steps"."""


def format_name(fmt: StepFormat) -> str:
    """The format as people know it: Apple Health, Gadgetbridge, Google Fit, Fitbit, Garmin."""
    names = {
        StepFormat.AUTO: QCoreApplication.translate("Steps", "recognised from the file"),
        StepFormat.APPLE_HEALTH: QCoreApplication.translate("Steps", "Apple Health"),
        StepFormat.GADGETBRIDGE: QCoreApplication.translate("Steps", "Gadgetbridge"),
        StepFormat.GOOGLE_FIT: QCoreApplication.translate("Steps", "Google Fit"),
        StepFormat.FITBIT: QCoreApplication.translate("Steps", "Fitbit"),
        StepFormat.GARMIN: QCoreApplication.translate("Steps", "Garmin Connect"),
    }
    return names[StepFormat(fmt)]


def readable_formats() -> str:
    """The formats Pause reads, as one list in words."""
    return ", ".join(format_name(f) for f in StepFormat if f is not StepFormat.AUTO)


def day(value: date) -> str:
    """'30 March 2024' in the user's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def number(value: int) -> str:
    return QLocale().toString(value)


class Steps(QObject):
    """The lines with a count, in the context "Steps" like the others. Qt's lupdate reads
    plural forms only from ``self.tr`` inside a class (whose name is the context), not from
    ``QCoreApplication.translate``; so each counted line is a method here."""

    def days_with_steps(self, n: int) -> str:
        return self.tr("%Ln day(s) with steps, from {first} to {last}.", "", n)

    def steps_in_all(self, n: int) -> str:
        return self.tr("%Ln step(s) in all.", "", n)

    def new_days(self, n: int) -> str:
        return self.tr("%Ln new day(s)", "", n)

    def more_than_before(self, n: int) -> str:
        return self.tr("%Ln day(s) with more steps than before", "", n)

    def already_here(self, n: int) -> str:
        return self.tr("%Ln day(s) already here as they are", "", n)

    def keep_larger(self, n: int) -> str:
        return self.tr(
            "%Ln day(s) already here with more steps than this file gives: "
            "they keep the larger count.",
            "",
            n,
        )

    def typed(self, n: int) -> str:
        return self.tr("%Ln day(s) with a log you typed: they stay as you wrote them.", "", n)

    def heart_to_add(self, n: int) -> str:
        return self.tr("%Ln day(s) with a resting heart rate to add.", "", n)

    def before_start(self, n: int) -> str:
        return self.tr("%Ln day(s) before “{activity}” started: left out.", "", n)

    def after_today(self, n: int) -> str:
        return self.tr("%Ln day(s) after today: left out (a device clock may be set wrong).", "", n)

    def too_large(self, n: int) -> str:
        return self.tr(
            "%Ln day(s) of more than {most} steps: left out (more than a day can hold; "
            "a device may have gone wrong).",
            "",
            n,
        )

    def not_a_count(self, n: int) -> str:
        return self.tr("%Ln record(s) whose value is not a step count: left out.", "", n)

    def more_steps(self, n: int) -> str:
        return self.tr("%Ln day(s) with more steps", "", n)

    def heart_days(self, n: int) -> str:
        return self.tr("%Ln day(s) of resting heart rate", "", n)


_counted: Steps | None = None


def counted() -> Steps:
    """The one ``Steps`` object, made when first needed."""
    global _counted
    if _counted is None:
        _counted = Steps()
    return _counted


def nothing_imported() -> str:
    return QCoreApplication.translate("Steps", "Nothing was imported.")


def refusal(reason: StepsRefusal, detail: str = "") -> str:
    """One calm line: why the file was not read. Nothing was written. The detail is shown only
    where it helps (a file's name, a line, a format); a library's or the system's own words
    (zlib's "Error -3 while decompressing", SQLite's) stay in the log, not in the line."""
    reason = StepsRefusal(reason)
    shown = _shown_detail(reason, detail)
    lines = {
        StepsRefusal.UNREADABLE: QCoreApplication.translate(
            "Steps", "Pause cannot open this file; check that it is still there and readable."
        ),
        StepsRefusal.UNKNOWN_FORMAT: QCoreApplication.translate(
            "Steps", "Pause does not recognise this file. It reads steps from: {formats}."
        ),
        StepsRefusal.NOT_THIS_FORMAT: QCoreApplication.translate(
            "Steps", "This file does not look like a {format} export."
        ),
        StepsRefusal.DAMAGED_ZIP: QCoreApplication.translate(
            "Steps", "This zip file is damaged or incomplete; a fresh export usually helps."
        ),
        StepsRefusal.TOO_BIG: QCoreApplication.translate(
            "Steps",
            "This file would unpack to far more than any export holds, so Pause left it closed.",
        ),
        StepsRefusal.BROKEN_XML: QCoreApplication.translate(
            "Steps",
            "This export is cut short or damaged (near line {detail}); a fresh export "
            "usually helps.",
        )
        if shown
        else QCoreApplication.translate(
            "Steps", "This export is cut short or damaged; a fresh export usually helps."
        ),
        StepsRefusal.XML_ENTITIES: QCoreApplication.translate(
            "Steps",
            "This XML file declares entities, which a health export never does; to keep your "
            "computer safe, Pause does not read it.",
        ),
        StepsRefusal.NOT_GADGETBRIDGE: QCoreApplication.translate(
            "Steps", "This database is not a Gadgetbridge export: it holds no step samples."
        ),
        StepsRefusal.DAMAGED_DATABASE: QCoreApplication.translate(
            "Steps",
            "This database cannot be read; it may be damaged. A fresh export usually helps.",
        ),
        StepsRefusal.NO_STEP_COLUMN: QCoreApplication.translate(
            "Steps", "“{detail}” has no “Step count” column, so there are no steps to read."
        ),
        StepsRefusal.BROKEN_JSON: QCoreApplication.translate(
            "Steps", "“{detail}” is damaged or not what Pause expected."
        ),
        StepsRefusal.JSON_TOO_BIG: QCoreApplication.translate(
            "Steps",
            "“{detail}” is larger than a Fitbit or Garmin file ever is (more than 32 MiB), "
            "so Pause did not read it.",
        ),
        StepsRefusal.NO_STEPS: QCoreApplication.translate(
            "Steps",
            "This file holds no steps Pause can use: {detail} of its values are not a step count.",
        )
        if shown
        else QCoreApplication.translate("Steps", "This file holds no steps for these days."),
    }
    fmt = detail if detail in {f.value for f in StepFormat} else StepFormat.AUTO
    line = lines[reason].format(
        detail=shown, formats=readable_formats(), format=format_name(StepFormat(fmt))
    )
    return f"{line} {nothing_imported()}"


def _shown_detail(reason: StepsRefusal, detail: str) -> str:
    """The part of a refusal's detail a person can use: a file's name (before the reader's
    own note on it), or the XML line number; nothing of the reader's or the system's words."""
    if reason is StepsRefusal.BROKEN_XML:
        line = detail.partition(":")[0]
        return line if line.isdigit() else ""
    if reason is StepsRefusal.NO_STEPS:
        return number(int(detail)) if detail.isdigit() else ""
    if reason in (
        StepsRefusal.NO_STEP_COLUMN,
        StepsRefusal.BROKEN_JSON,
        StepsRefusal.JSON_TOO_BIG,
    ):
        return detail.partition(": ")[0]
    return ""


def preview_lines(plan: StepsPlan, activity_name: str) -> list[str]:
    """The preview, one fact a line, each count first: the format, the days and their range,
    the total, what goes into the activity, and what is left out and why."""
    words = counted()
    lines = [
        QCoreApplication.translate("Steps", "Format: {format}.").format(
            format=format_name(plan.read.format)
        )
    ]
    days = (
        plan.new_days + plan.updated_days + plan.unchanged_days + plan.kept_days + plan.smaller_days
    )
    if plan.first is not None and plan.last is not None:
        lines.append(words.days_with_steps(days).format(first=day(plan.first), last=day(plan.last)))
        lines.append(words.steps_in_all(plan.total_steps))
    lines.append(
        QCoreApplication.translate("Steps", "Into “{activity}”:").format(activity=activity_name)
    )
    into = (
        (plan.new_days, words.new_days(plan.new_days)),
        (plan.updated_days, words.more_than_before(plan.updated_days)),
        (plan.unchanged_days, words.already_here(plan.unchanged_days)),
    )
    shown = [line for count, line in into if count] or [into[0][1]]
    lines += [f"{INDENT}{line}" for line in shown]
    if plan.smaller_days:
        lines.append(words.keep_larger(plan.smaller_days))
    if plan.kept_days:
        lines.append(words.typed(plan.kept_days))
    if plan.heart_days:
        lines.append(words.heart_to_add(plan.heart_days))
    if plan.early_days:
        lines.append(words.before_start(plan.early_days).format(activity=activity_name))
    if plan.future_days:
        lines.append(words.after_today(plan.future_days))
    if plan.too_large_days:
        lines.append(words.too_large(plan.too_large_days).format(most=number(MAX_AMOUNT)))
    if plan.read.skipped:
        lines.append(words.not_a_count(plan.read.skipped))
    if not plan.changes:
        left_out = plan.early_days + plan.future_days + plan.too_large_days
        if days == 0 and left_out:
            lines.append(
                QCoreApplication.translate(
                    "Steps",
                    "Every day in this file is left out, as said above; there is nothing to add.",
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "Steps", "Everything in this file is already here; there is nothing to add."
                )
            )
    return lines


def imported(plan: StepsPlan, activity_name: str) -> str:
    """After the import: what changed, each count first."""
    if not plan.changes:
        return QCoreApplication.translate(
            "Steps", "Everything in this file was already here; nothing changed."
        )
    words = counted()
    counts = [words.new_days(plan.new_days)]
    if plan.updated_days:
        counts.append(words.more_steps(plan.updated_days))
    if plan.heart_days:
        counts.append(words.heart_days(plan.heart_days))
    return QCoreApplication.translate("Steps", "Imported into “{activity}”: {counts}.").format(
        activity=activity_name, counts=", ".join(counts)
    )


def not_a_step_activity(name: str, unit: str) -> str:
    return QCoreApplication.translate(
        "Steps",
        "“{name}” is counted in {unit}, not in steps; choose an activity counted in steps. "
        "Nothing was imported.",
    ).format(name=name, unit=unit)


def no_such_activity(name: str, first: date | None = None) -> str:
    """``first``: the file's first day with steps, where it was read; the activity the line
    suggests then starts on it, so the import leaves none of the file's days out."""
    if first is None:
        return QCoreApplication.translate(
            "Steps",
            "There is no activity called “{name}”. Add one counted in steps first, for example: "
            'pause-app activity add "Walking" --unit steps --target 2000. Nothing was imported.',
        ).format(name=name)
    return QCoreApplication.translate(
        "Steps",
        "There is no activity called “{name}”. Add one counted in steps first, starting on the "
        'file\'s first day, for example: pause-app activity add "{name}" --unit steps '
        "--target 2000 --on {first}. Nothing was imported.",
    ).format(name=name.replace('"', "'"), first=first.isoformat())


def import_question() -> str:
    return QCoreApplication.translate("Steps", "Import these steps? Add --yes to import them.")


def cancelled() -> str:
    return QCoreApplication.translate("Steps", "Cancelled. Nothing was imported.")


def is_step_unit(unit: str) -> bool:
    """An activity counted in steps: "steps" in English, Dutch, or the user's language
    (core/steps.py decides; this adds the word in the language in use)."""
    return core_steps.is_step_unit(unit, also=(QCoreApplication.translate("Steps", "steps"),))


def bad_since(text: str) -> str:
    return QCoreApplication.translate(
        "Steps", "--since needs a day like 2024-03-30, not “{text}”. Nothing was imported."
    ).format(text=text)


def reading(percent: int) -> str:
    """On a terminal, while a big file is read."""
    return QCoreApplication.translate("Steps", "Reading the file… {percent}%").format(
        percent=percent
    )
