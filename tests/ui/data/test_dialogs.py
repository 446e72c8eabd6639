"""The restore chooser and the import preview: what they show, what they let the keyboard do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from pause_app.storage.backups import Backup
from pause_app.storage.importer import Plan
from pause_app.text import i18n
from pause_app.ui.data import ImportDialog, RestoreDialog
from tests.helpers.plural import plain


def _backup(day: int, rows: int | None = 3, before_restore: bool = False) -> Backup:
    name = f"pause-2026-03-{day:02d}-100000{'-before-restore' if before_restore else ''}.sqlite3"
    return Backup(name, Path(name), datetime(2026, 3, day, 10), 49_152, before_restore, rows)


FOUND = [_backup(15, 120, before_restore=True), _backup(14, None), _backup(13, 118)]


def test_the_backups_are_listed_with_date_and_rows(qtbot) -> None:
    dialog = RestoreDialog(FOUND)
    qtbot.addWidget(dialog)
    texts = [plain(dialog.list.item(row).text()) for row in range(dialog.list.count())]
    assert texts == [
        "Sunday 15 March 2026, 10:00  ·  120 things noted: logs, pauses, check-ins"
        " (kept before a restore)",
        "Saturday 14 March 2026, 10:00  ·  cannot be read",
        "Friday 13 March 2026, 10:00  ·  118 things noted: logs, pauses, check-ins",
    ]
    assert dialog.list.item(0).toolTip() == FOUND[0].name
    assert not dialog.list.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # shown, not offered


def test_the_newest_is_chosen_and_what_happens_is_said_first(qtbot) -> None:
    dialog = RestoreDialog(FOUND)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == FOUND[0]
    assert dialog.explained.text() == (
        "Pause keeps your data as it is now as a backup, puts back the copy from Sunday "
        "15 March 2026, 10:00, and starts again. This takes a moment."
    )
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_button.text() == "Restore and restart"
    dialog.list.setCurrentRow(2)
    assert dialog.chosen() == FOUND[2] and "Friday 13 March" in dialog.explained.text()


def _tab_order(dialog: QWidget) -> list[QWidget]:
    """The widgets Tab visits, from the one that has the focus."""
    start = dialog.focusWidget()
    order, widget = [], start
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            return order


def test_the_keyboard_reaches_everything_and_enter_restores_nothing(qtbot) -> None:
    dialog = RestoreDialog(FOUND)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.list  # where the keyboard starts
    assert dialog.list.accessibleName() == "Backups"
    assert _tab_order(dialog)[:3] == [dialog.list, dialog.restore_button, dialog.cancel_button]
    assert not dialog.restore_button.isDefault() and not dialog.restore_button.autoDefault()
    assert dialog.cancel_button.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter cancels, never restores


def test_restore_and_cancel(qtbot) -> None:
    dialog = RestoreDialog(FOUND)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.restore_button.click()
    assert dialog.chosen() == FOUND[0]
    cancelled = RestoreDialog(FOUND)
    qtbot.addWidget(cancelled)
    with qtbot.waitSignal(cancelled.rejected):
        cancelled.cancel_button.click()


def test_without_backups_it_says_how_to_make_one(qtbot) -> None:
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    assert dialog.list.isHidden() and not dialog.empty.isHidden()
    assert "File ▸ Back up now makes one" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.chosen() is None


def test_only_unreadable_copies_offer_nothing(qtbot) -> None:
    dialog = RestoreDialog([_backup(14, None)])
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None and not dialog.restore_button.isEnabled()


PLAN = Plan(
    ("Walk",),
    ("Reading",),
    {"attempts": 12, "target_changes": 2, "sessions": 5, "reminders": 0},
    {"attempts": 3, "target_changes": 1, "sessions": 0, "reminders": 0},
)


def test_the_import_preview_says_what_the_command_line_says(qtbot) -> None:
    dialog = ImportDialog(PLAN, "/home/me/pause.json")
    qtbot.addWidget(dialog)
    assert dialog.source.text() == "From /home/me/pause.json"
    assert dialog.preview.text().splitlines() == [
        "New activities: Walk.",
        "Activities already here (their history is added to them): Reading.",
        "Logs: 12 to add, 3 already here.",
        "Target changes: 2 to add, 1 already here.",
        "Pauses and breathing sessions: 5 to add, 0 already here.",
    ]
    assert dialog.import_button is not None and dialog.import_button.text() == "Import"
    assert "only what is new is added" in dialog.reassurance.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.import_button.click()


def test_a_file_with_nothing_new_offers_only_close(qtbot) -> None:
    nothing = Plan((), ("Walk",), {"attempts": 0}, {"attempts": 4})
    dialog = ImportDialog(nothing, "pause.json")
    qtbot.addWidget(dialog)
    assert dialog.import_button is None
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
    assert "nothing to add" in dialog.preview.text()
    assert dialog.reassurance.isHidden()


def test_the_dates_follow_the_language(qtbot, translations: i18n.Translations) -> None:
    dialog = RestoreDialog(FOUND)
    qtbot.addWidget(dialog)
    translations.install("nl")  # (the Dutch words come with the catalogue; the dates now)
    assert dialog.list.item(0).text().startswith("zondag 15 maart 2026, 10:00")
