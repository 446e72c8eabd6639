from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pause_app.core.model import NewActivity
from pause_app.core.validation import Field
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.goals.activity_dialog import AddActivityDialog
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window


@pytest.fixture
def dialog(qtbot, store: Store, clock: FakeClock) -> AddActivityDialog:
    shown = AddActivityDialog(store, clock)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _fill(qtbot, dialog: AddActivityDialog, name: str, unit: str, target: str) -> None:
    for editor, text in ((dialog.name, name), (dialog.unit, unit), (dialog.target, target)):
        editor.clear()
        qtbot.keyClicks(editor, text)


def test_adding_an_activity(qtbot, dialog: AddActivityDialog, store: Store) -> None:
    _fill(qtbot, dialog, "Steps inside", "steps", "50")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)
    assert dialog.added is not None
    assert [(a.name, a.unit, a.target) for a in store.activities.list()] == [
        ("Steps inside", "steps", 50)
    ]


def test_errors_appear_next_to_their_fields_and_nothing_is_stored(
    qtbot, dialog: AddActivityDialog, store: Store
) -> None:
    _fill(qtbot, dialog, "", "steps", "fifty")
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.add_button.click()
    assert dialog.errors[Field.NAME].text() == "Please fill this in."
    assert dialog.errors[Field.TARGET].text() == "Please use a whole number, like 50."
    assert dialog.errors[Field.UNIT].isHidden()
    assert store.activities.list() == []
    assert dialog.isVisible()


def test_typing_clears_the_error_of_that_field(qtbot, dialog: AddActivityDialog) -> None:
    _fill(qtbot, dialog, "Walk", "steps", "-3")
    dialog.add_button.click()
    assert dialog.errors[Field.TARGET].isVisible()
    qtbot.keyClick(dialog.target, Qt.Key.Key_Backspace)
    assert dialog.errors[Field.TARGET].isHidden()


def test_a_name_in_use_is_said_at_the_name(qtbot, dialog, store: Store, clock) -> None:
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    _fill(qtbot, dialog, "steps INSIDE", "steps", "40")
    dialog.add_button.click()
    assert "already an activity" in dialog.errors[Field.NAME].text()
    assert len(store.activities.list()) == 1


def test_the_goals_page_adds_through_the_dialog(
    qtbot, store: Store, pause_home: AppPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.GOALS)

    def ask(cls, store: Store, clock, parent):
        return store.activities.add(NewActivity("Minutes reading", "minutes", 10), clock())

    monkeypatch.setattr(AddActivityDialog, "ask", classmethod(ask))
    qtbot.mouseClick(window.goals_page.add_button, Qt.MouseButton.LeftButton)
    labels = [label.text() for label in window.goals_page.widget().findChildren(QLabel)]
    assert "Minutes reading" in labels


def test_enter_adds_rather_than_cancels(dialog: AddActivityDialog) -> None:
    assert dialog.add_button.isDefault()


def test_a_busy_database_is_said_in_the_dialog(
    qtbot, dialog: AddActivityDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.storage.database import DatabaseBusy

    def busy(*_args):
        raise DatabaseBusy(store.path, "busy")

    monkeypatch.setattr(store.activities, "add", busy)
    _fill(qtbot, dialog, "Walk", "steps", "40")
    dialog.add_button.click()
    assert dialog.problem.isVisible()
    assert "busy in another program" in dialog.problem.text()
    assert dialog.isVisible()


def test_a_new_place_starts_at_the_inside_level(qtbot, store: Store, clock: FakeClock) -> None:
    inside = store.activities.add(NewActivity("Steps inside", "steps", 400), clock())
    dialog = AddActivityDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.based_on.setCurrentIndex(dialog.based_on.findData(inside.id))
    assert (dialog.unit.text(), dialog.target.text()) == ("steps", "400")
    assert "Half out and half back" in dialog.place_hint.text()
    dialog.name.setText("Steps outside")
    dialog.target.setText("420")
    dialog.add_button.click()
    assert "at most 408" in dialog.errors[Field.TARGET].text()
    dialog.target.setText("408")
    dialog.add_button.click()
    outside = store.activities.find("Steps outside")
    assert (outside.target, outside.derived_from) == (408, inside.id)


def test_without_activities_there_is_no_new_place_choice(dialog: AddActivityDialog) -> None:
    assert dialog.based_on.isHidden()


def test_an_empty_target_means_log_a_week_first(qtbot, dialog, store: Store) -> None:
    _fill(qtbot, dialog, "Reading", "minutes", "")
    dialog.add_button.click()
    [activity] = store.activities.list()
    assert activity.target == 0  # no target yet: the engine asks for 7 logged days
