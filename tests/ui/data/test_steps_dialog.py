"""The dialogs of Import steps…: the activity (or a new one), the progress bar with Cancel,
and the preview; each labelled for a screen reader and usable from the keyboard."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pause_app.core.model import Activity, NewActivity
from pause_app.core.steps import DayTotal
from pause_app.storage.paths import AppPaths
from pause_app.storage.steps import StepFormat, StepsPlan, StepsRead
from pause_app.storage.store import Store
from pause_app.text import steps_words
from pause_app.ui.data.steps_dialog import (
    StepsActivityDialog,
    StepsInto,
    StepsPreviewDialog,
    StepsProgressDialog,
    counted_in_steps,
)
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window

NOON = datetime(2026, 3, 1, 12, tzinfo=UTC)
READ = StepsRead(StepFormat.GARMIN, (DayTotal(date(2026, 3, 1), 4000, "garmin:Forerunner"),))


@pytest.fixture
def activities(store: Store, clock: FakeClock) -> list[Activity]:
    for name, unit in (("Walk", "steps"), ("Stappen buiten", "Stappen"), ("Reading", "minutes")):
        store.activities.add(NewActivity(name, unit, 100), clock())
    archived = store.activities.add(NewActivity("Old walk", "steps", 100), clock())
    store.activities.set_archived(archived.id, True)
    return store.activities.list(include_archived=True)


def test_the_activities_offered_are_those_counted_in_steps_then_a_new_one(
    qtbot, activities: list[Activity]
) -> None:
    dialog = StepsActivityDialog(activities, "/tmp/export.zip")
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.activity
    assert [box.itemText(i) for i in range(box.count())] == [
        "Walk",
        "Stappen buiten",
        "A new activity counted in steps",
    ]
    assert dialog.activity_label.buddy() is box and not dialog.new_box.isVisible()
    assert dialog.focusWidget() is box
    dialog.next_button.click()
    assert dialog.chosen == StepsInto(activities[0])
    assert [counted_in_steps(a) for a in activities] == [True, True, False, True]


def test_a_new_activity_needs_a_free_name_and_a_target(qtbot, activities: list[Activity]) -> None:
    dialog = StepsActivityDialog(activities, "/tmp/export.zip")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activity.setCurrentIndex(dialog.activity.count() - 1)
    assert dialog.new_box.isVisible() and dialog.name.text() == "Steps"
    assert dialog.name_label.buddy() is dialog.name and dialog.target_label.buddy() is dialog.target
    dialog.name.setText("walk")  # the same as "Walk"
    dialog.target.setText("fifty")
    dialog.next_button.click()
    assert dialog.chosen is None and dialog.isVisible()
    assert dialog.name_error.isVisible() and dialog.target_error.isVisible()
    assert dialog.name_error.text() and dialog.target_error.text()
    assert dialog.name.accessibleDescription() == dialog.name_error.text()
    qtbot.keyClicks(dialog.name, "s outside")
    assert not dialog.name_error.isVisible()  # typing takes the problem away
    dialog.target.setText("1500")
    dialog.next_button.click()
    assert dialog.chosen == StepsInto(None, "walks outside", 1500)
    assert dialog.chosen.name == "walks outside"


def test_without_step_activities_the_new_one_is_the_only_choice(qtbot) -> None:
    dialog = StepsActivityDialog([], "/tmp/export.zip")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.activity.count() == 1 and dialog.new_box.isVisible()


def test_the_progress_bar_and_cancel(qtbot) -> None:
    dialog = StepsProgressDialog("/tmp/export.zip")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_fraction(0.42)
    assert dialog.bar.value() == 420 and dialog.bar.accessibleName()
    dialog.set_fraction(3.0)
    assert dialog.bar.value() == 1000
    with qtbot.waitSignal(dialog.cancelled):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels, as the button does
    assert not dialog.isVisible()


def _plan(changes: bool) -> StepsPlan:
    return StepsPlan(
        READ, 1, date(2026, 3, 1), date(2026, 3, 1), 4000, int(changes), 0, 1 - int(changes), 0, 0
    )


def test_the_preview_says_what_will_happen_and_import_is_the_choice(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(steps_words, "preview_lines", lambda plan, name: ["Garmin", f"into {name}"])
    dialog = StepsPreviewDialog(_plan(True), "Walk", "/tmp/export.zip")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.text() == "Garmin\ninto Walk"
    assert dialog.source.text() == "From /tmp/export.zip"
    assert dialog.preview.accessibleName() == "What the import will do"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Import" and ok.property("role") == "primary"
    nothing = StepsPreviewDialog(_plan(False), "Walk", "/tmp/export.zip")
    qtbot.addWidget(nothing)
    assert nothing.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert nothing.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert nothing.reassurance.isHidden()  # the preview itself says it is all here


def test_the_file_menu_offers_import_steps(
    qtbot, store: Store, pause_home: AppPaths, clock: FakeClock
) -> None:
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    texts = [action.text() for action in window.file_menu.actions()]
    assert texts[:2] == ["&Import…", "Import s&teps…"]
    with qtbot.waitSignal(window.import_steps_requested):
        window.import_steps_action.trigger()


def _named_focus_chain(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """Each control Tab reaches, by its accessible name, in the order Tab reaches them."""
    from PySide6.QtGui import QAccessible

    names: list[str] = []
    first = dialog.focusWidget()
    widget = first
    while True:
        face = QAccessible.queryAccessibleInterface(widget)
        # A combo box's name on Linux is its current item (its label is a relation).
        names.append(widget.accessibleName() or face.text(QAccessible.Text.Name))
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        if widget is first or len(names) > 20:
            return names


def test_every_control_has_a_name_and_tab_reaches_it_in_reading_order(
    qtbot, activities: list[Activity], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = StepsActivityDialog(activities, "/tmp/export.zip")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activity.setCurrentIndex(dialog.activity.count() - 1)
    dialog.activity.setFocus()
    assert _named_focus_chain(dialog) == [
        "Into the activity",
        "Name of the new activity",
        "Target to start with, in steps a day",
        "Read the steps",
        "Cancel",
    ]
    reading = StepsProgressDialog("/tmp/export.zip")
    qtbot.addWidget(reading)
    reading.show()
    reading.cancel_button.setFocus()
    assert _named_focus_chain(reading) == ["Cancel"]
    monkeypatch.setattr(steps_words, "preview_lines", lambda plan, name: ["Garmin"])
    preview = StepsPreviewDialog(_plan(True), "Walk", "/tmp/export.zip")
    qtbot.addWidget(preview)
    preview.show()
    preview.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
    assert _named_focus_chain(preview) == ["Import", "Cancel"]


@pytest.mark.parametrize("unit", ["steps", " Stappen ", "stap", "STEP", "minutes", "km", "pas"])
def test_the_window_and_the_command_line_agree_on_what_counts_in_steps(qapp, unit: str) -> None:
    """One rule (core/steps.py): an activity the window offers is one --into accepts."""
    from pause_app.core.steps import is_step_unit

    activity = Activity(1, "Walk", unit, 100, 0.05, False, False, None, date(2026, 3, 1), NOON)
    assert counted_in_steps(activity) == is_step_unit(unit) == steps_words.is_step_unit(unit)


def test_the_preview_starts_at_the_top_with_no_empty_gap(qtbot) -> None:
    """Room to spare goes below the words, above the buttons; never above the first line."""
    preview = StepsPreviewDialog(_plan(True), "Walk", "/tmp/export.zip")
    qtbot.addWidget(preview)
    preview.show()
    preview.resize(preview.width(), preview.height() + 200)  # more room than the words need
    qtbot.waitUntil(lambda: preview.source.y() <= 24)
    label = preview.preview
    assert label.y() - preview.source.geometry().bottom() <= 16
    assert label.height() <= label.heightForWidth(label.width()) + 4
