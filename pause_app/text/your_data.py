"""Words for backups, restoring one and importing an export, shared by the CLI and the window.

Calm and exact: what happened, where the files are, and what to do next.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from pause_app.storage.backups import Backup

if TYPE_CHECKING:  # the import's modules load when a file is imported, not at start
    from pause_app.storage.import_file import ImportRefused
    from pause_app.storage.importer import Plan

translate = QCoreApplication.translate


def when(taken: datetime) -> str:
    """'Sunday 15 March 2026, 10:00' in the user's language."""
    moment = QDateTime(QDate(taken.year, taken.month, taken.day), QTime(taken.hour, taken.minute))
    return QLocale().toString(moment, "dddd d MMMM yyyy, HH:mm")


def size(size_in_bytes: int) -> str:
    return QLocale().formattedDataSize(size_in_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def rows(count: int | None) -> str:
    if count is None:
        return translate("YourData", "cannot be read")
    # What a backup holds, in the words of what one notes in Pause, not a database's.
    return YourData().things_noted(count)


class YourData(QObject):
    """The line with a count, in the context "YourData" like the others: Qt's lupdate reads
    plural forms only from ``self.tr`` inside a class whose name is the context."""

    def things_noted(self, n: int) -> str:
        return self.tr("%Ln thing(s) noted: logs, pauses, check-ins", "", n)


def backup_line(backup: Backup) -> str:
    """One backup in ``pause-app backup list``: when, name, size and rows."""
    line = translate("YourData", "{when}  {name}  {size}, {rows}").format(
        when=backup.taken.strftime("%Y-%m-%d %H:%M"),
        name=backup.name,
        size=size(backup.size),
        rows=rows(backup.rows),
    )
    return line + before_restore_mark(backup)


def before_restore_mark(backup: Backup) -> str:
    return translate("YourData", " (kept before a restore)") if backup.before_restore else ""


def backups_heading(folder: str) -> str:
    return translate("YourData", "Backups in {folder}:").format(folder=folder)


def no_backups() -> str:
    return translate("YourData", "There are no backups yet. Make one with: pause-app backup now")


def backup_made(path: str) -> str:
    """On the command line: the backup's own path, to copy."""
    return translate("YourData", "A backup of your data is now in {path}.").format(path=path)


def backup_made_in_folder() -> str:
    """In the window: the folder in words; About Pause says where it is, on request."""
    return translate(
        "YourData",
        "A backup of your data is now in Pause's backups folder. "
        "Help ▸ About Pause says where that folder is.",
    )


def backup_problem(detail: str) -> str:
    return translate(
        "YourData",
        "Pause could not make a backup this time ({detail}). Your data itself is unchanged; "
        "Pause tries again at its next start.",
    ).format(detail=detail)


def backup_not_made(detail: str) -> str:
    return translate(
        "YourData", "No backup was made ({detail}). Your data itself is unchanged."
    ).format(detail=detail)


def nothing_to_back_up() -> str:
    return translate("YourData", "There is no data here yet, so there is nothing to back up.")


def cannot_use(path: str, reason: str) -> str:
    return translate("YourData", "Pause cannot use {path}: {reason}").format(
        path=path, reason=reason
    )


def restore_while_running() -> str:
    return translate(
        "YourData",
        "Pause is open with this data. Please quit it first (File ▸ Quit), then restore; "
        "nothing was changed.",
    )


def restore_unknown(name: str) -> str:
    return translate(
        "YourData", "There is no backup called “{name}”; pause-app backup list shows them."
    ).format(name=name)


def restore_unusable(name: str, detail: str) -> str:
    return translate(
        "YourData",
        "The backup “{name}” cannot be read ({detail}), so it was not put back. Nothing was "
        "changed; please choose another one.",
    ).format(name=name, detail=detail)


def restore_problem(detail: str) -> str:
    return translate(
        "YourData", "The backup could not be put back ({detail}). Your data is as it was."
    ).format(detail=detail)


def restored(backup: Backup, kept: Backup | None) -> str:
    line = translate("YourData", "Your data is now as it was on {when}.").format(
        when=when(backup.taken)
    )
    if kept is None:
        return line
    return (
        line
        + " "
        + translate("YourData", "What you had before is kept as the backup {name}.").format(
            name=kept.name
        )
    )


def restart_problem() -> str:
    return translate("YourData", "Pause could not start again by itself; please start it again.")


def restore_explained(backup: Backup) -> str:
    """What will happen, said before it happens (the window's restore)."""
    return translate(
        "YourData",
        "Pause keeps your data as it is now as a backup, puts back the copy from {when}, and "
        "starts again. This takes a moment.",
    ).format(when=when(backup.taken))


def import_refused(error: ImportRefused, file: str) -> str:
    """One line: why the file cannot be imported; nothing was written."""
    from pause_app.storage.export import FORMAT_VERSION
    from pause_app.storage.import_file import MAX_BYTES, Refusal

    reason = error.reason
    if reason is Refusal.NOT_FOUND:
        return translate("YourData", "There is no file {file}; nothing was imported.").format(
            file=file
        )
    if reason is Refusal.NOT_A_FILE:
        line = translate("YourData", "{file} is not a file Pause can import; nothing was imported.")
    elif reason is Refusal.UNREADABLE:
        line = translate("YourData", "{file} cannot be read ({detail}); nothing was imported.")
    elif reason is Refusal.TOO_LARGE:
        line = translate(
            "YourData",
            "{file} is larger than {limit} MB, more than a Pause export; nothing was imported.",
        )
    elif reason is Refusal.NEWER:
        line = translate(
            "YourData",
            "{file} was exported by a newer version of Pause (format {found}; this version reads "
            "up to {supported}); nothing was imported. Please use the newer version of Pause.",
        )
    elif reason is Refusal.DAMAGED:
        line = translate(
            "YourData",
            "{file} is a Pause export that is damaged ({detail}); nothing was imported.",
        )
    elif reason is Refusal.OTHER_UNIT:
        line = translate(
            "YourData",
            "“{detail}” is counted in {unit_here} here and in {unit} in {file}; rename one of "
            "them first. Nothing was imported.",
        )
    else:
        line = translate("YourData", "{file} is not a Pause export; nothing was imported.")
    return line.format(
        unit_here=error.unit_here,
        unit=error.unit,
        file=file,
        detail=error.detail,
        limit=MAX_BYTES // 1_000_000,
        found=error.found,
        supported=FORMAT_VERSION,
    )


def _table_names() -> dict[str, str]:
    return {
        "attempts": translate("YourData", "Logs"),
        "target_changes": translate("YourData", "Target changes"),
        "sessions": translate("YourData", "Pauses and breathing sessions"),
        "reminders": translate("YourData", "Reminders"),
        "checkins": translate("YourData", "Daily check-ins"),
        "heart_rates": translate("YourData", "Resting heart rate (days)"),
    }


def import_preview(plan: Plan) -> list[str]:
    """What an import will add, one line per kind of data (the CLI and the dialog)."""
    if plan.adds_nothing:
        return [
            translate(
                "YourData", "Everything in this file is already here; there is nothing to add."
            )
        ]
    lines = []
    if plan.new_activities:
        lines.append(
            translate("YourData", "New activities: {names}.").format(
                names=", ".join(plan.new_activities)
            )
        )
    if plan.matched_activities:
        lines.append(
            translate(
                "YourData", "Activities already here (their history is added to them): {names}."
            ).format(names=", ".join(plan.matched_activities))
        )
    for table, label in _table_names().items():
        added, here = plan.added.get(table, 0), plan.already_here.get(table, 0)
        if added or here:
            lines.append(
                translate("YourData", "{what}: {added} to add, {here} already here.").format(
                    what=label, added=QLocale().toString(added), here=QLocale().toString(here)
                )
            )
    return lines


def import_done(plan: Plan) -> str:
    if plan.adds_nothing:
        return translate("YourData", "Everything in this file was already here; nothing was added.")
    return translate(
        "YourData",
        "Imported: {activities} new activities, {logs} logs, {changes} target changes, "
        "{sessions} pauses and breathing sessions, {reminders} reminders.",
    ).format(
        activities=len(plan.new_activities),
        logs=plan.added.get("attempts", 0),
        changes=plan.added.get("target_changes", 0),
        sessions=plan.added.get("sessions", 0),
        reminders=plan.added.get("reminders", 0),
    )


def import_question() -> str:
    return translate("YourData", "Import this? [y/N] ")


def is_yes(answer: str) -> bool:
    """A yes to ``import_question``: y or yes, or the same word in the user's language."""
    words = {"y", "yes", translate("YourData", "y"), translate("YourData", "yes")}
    return answer.strip().casefold() in {word.casefold() for word in words}


def import_not_asked() -> str:
    return translate("YourData", "Nothing was imported: add --yes to import without being asked.")


def import_declined() -> str:
    return translate("YourData", "Nothing was imported.")
