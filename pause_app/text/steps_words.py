"""Words for importing steps from a phone or a watch (docs/STEPS.md), shared by the CLI and
the window: the format names, the refusals (one line each) and the preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pause_app.storage.steps import StepFormat, StepsPlan, StepsRefusal

translate = QCoreApplication.translate

CONTEXT = "Steps"


def format_name(fmt: StepFormat) -> str:
    """The format as people know it: Apple Health, Gadgetbridge, Google Fit, Fitbit, Garmin."""
    names = {
        StepFormat.AUTO: translate(CONTEXT, "recognised from the file"),
        StepFormat.APPLE_HEALTH: translate(CONTEXT, "Apple Health"),
        StepFormat.GADGETBRIDGE: translate(CONTEXT, "Gadgetbridge"),
        StepFormat.GOOGLE_FIT: translate(CONTEXT, "Google Fit"),
        StepFormat.FITBIT: translate(CONTEXT, "Fitbit"),
        StepFormat.GARMIN: translate(CONTEXT, "Garmin Connect"),
    }
    return names[StepFormat(fmt)]


def readable_formats() -> str:
    """The formats Pause reads, as one list in words."""
    return ", ".join(format_name(f) for f in StepFormat if f is not StepFormat.AUTO)


def day(value: date) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def number(value: int) -> str:
    return QLocale().toString(value)


def refusal(reason: StepsRefusal, detail: str = "") -> str:
    """One calm line: why the file was not read. Nothing was written."""
    raise NotImplementedError


def preview_lines(plan: StepsPlan, activity_name: str) -> list[str]:
    """The preview, a line each: the format, the days and their range, the total, and what
    happens to days that already have a log."""
    raise NotImplementedError
