from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pause_app.core.model import NewActivity
from pause_app.core.validation import Field
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.goals.activity_dialog import AddActivityDialog
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import theme
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
    store.activities.add(NewActivity("Reading", "minutes", 10), clock())
    inside = store.activities.add(NewActivity("Steps inside", "steps", 400), clock())
    dialog = AddActivityDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.based_on.isHidden()  # the second step waits behind its checkbox
    dialog.new_place.setChecked(True)
    assert dialog.based_on.isVisible() and dialog.place_hint.isVisible()
    dialog.based_on.setCurrentIndex(dialog.based_on.findData(inside.id))
    assert (dialog.unit.text(), dialog.target.text()) == ("steps", "400")
    assert "Half out and half back" in dialog.place_hint.text()
    assert dialog.target_hint.isHidden()  # "leave it empty" is not for a new place
    assert dialog.target.accessibleDescription() == dialog.place_hint.text()
    dialog.name.setText("Steps outside")
    dialog.target.setText("420")
    dialog.add_button.click()
    assert "at most 408" in dialog.errors[Field.TARGET].text()
    dialog.target.setText("408")
    dialog.add_button.click()
    outside = store.activities.find("Steps outside")
    assert (outside.target, outside.derived_from) == (408, inside.id)


def test_the_new_place_step_puts_back_what_was_typed_when_unticked(
    qtbot, store: Store, clock: FakeClock
) -> None:
    store.activities.add(NewActivity("Steps inside", "steps", 400), clock())
    dialog = AddActivityDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, "Walk outside", "", "")
    dialog.new_place.setChecked(True)
    assert (dialog.unit.text(), dialog.target.text()) == ("steps", "400")
    dialog.new_place.setChecked(False)
    assert (dialog.unit.text(), dialog.target.text()) == ("", "")
    assert dialog.based_on.isHidden() and dialog.based_on_activity() is None
    dialog.new_place.setChecked(True)
    dialog.target.setText("380")  # changed by hand: kept
    dialog.new_place.setChecked(False)
    assert dialog.target.text() == "380"


def test_without_activities_there_is_no_new_place_choice(dialog: AddActivityDialog) -> None:
    assert dialog.new_place.isHidden() and dialog.based_on.isHidden()


def test_an_empty_target_means_log_a_week_first(qtbot, dialog, store: Store) -> None:
    _fill(qtbot, dialog, "Reading", "minutes", "")
    dialog.add_button.click()
    [activity] = store.activities.list()
    assert activity.target == 0  # no target yet: the engine asks for 7 logged days


def test_it_asks_what_how_and_how_much_first_with_the_hint_in_full(
    qtbot, store: Store, clock: FakeClock
) -> None:
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    dialog = AddActivityDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    QCoreApplication.processEvents()
    editors = [dialog.name, dialog.unit, dialog.target, dialog.new_place]
    assert [w.y() for w in editors] == sorted(w.y() for w in editors)  # top to bottom
    assert [_label_of(dialog, e) for e in editors[:3]] == [
        "&Activity",
        "&Counted in",
        "&What you can do now",
    ]
    hint = dialog.target_hint
    assert hint.isVisible() and hint.wordWrap() and "empty" in hint.text()
    assert hint.height() >= hint.heightForWidth(hint.width())  # in full, not cut off
    assert hint.y() > dialog.target.y()  # under its field
    assert len(dialog.target.placeholderText()) < 20  # a short example, nothing to cut off
    assert dialog.target.accessibleDescription() == hint.text()
    assert dialog.based_on.isHidden() and dialog.new_place.isVisible()
    assert dialog.new_place.text() == "A new &place for something I already do"
    assert dialog.new_place.accessibleDescription() == dialog.new_place_example.text()


def _label_of(dialog: AddActivityDialog, editor: QWidget) -> str:
    [label] = [lbl for lbl in dialog.findChildren(QLabel) if lbl.buddy() is editor]
    return label.text()


def test_the_tab_order_follows_the_questions(qtbot, store: Store, clock: FakeClock) -> None:
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    dialog = AddActivityDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_place.setChecked(True)
    order: list[QWidget] = []
    widget = dialog.name
    while widget not in order:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
    wanted = [dialog.name, dialog.unit, dialog.target, dialog.new_place, dialog.based_on]
    assert order[: len(wanted)] == wanted
    assert order[len(wanted)] in dialog.buttons.buttons()


def test_a_problem_is_said_with_its_field_and_the_field_gets_the_focus(
    qtbot, dialog: AddActivityDialog
) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _fill(qtbot, dialog, "Walk", "", "fifty")
    dialog.add_button.click()
    assert dialog.unit.hasFocus()  # the first field with a problem
    assert dialog.unit.accessibleDescription() == "Please fill this in."
    assert dialog.target.accessibleDescription() == "Please use a whole number, like 50."
    qtbot.keyClicks(dialog.target, "0")
    assert dialog.target.accessibleDescription() == dialog.target_hint.text()  # the hint again


class _Longer(QTranslator):
    """Every text 40% longer: room for a language that runs longer than English or Dutch."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{source} {'x' * (len(source) * 2 // 5)}" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=["plain", "light", "dark"])
def look(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """Without a style sheet, and with the app's own in both themes (its padding and borders
    change the sizes)."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    if request.param != "plain":
        theme.apply(qapp, request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.mark.parametrize("language", ["en", "nl", "nl+40%"])
def test_at_its_smallest_with_every_problem_shown_nothing_is_squashed(
    qtbot, store: Store, clock: FakeClock, request: pytest.FixtureRequest, language: str, look
) -> None:
    longer = _Longer()
    if language != "en":
        request.getfixturevalue("translations").install("nl")
    if language == "nl+40%":
        QCoreApplication.installTranslator(longer)
    try:
        store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
        dialog = AddActivityDialog(store, clock)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.new_place.setChecked(True)  # the second step open, its explanation shown
        _fill(qtbot, dialog, "", "", "fifty")
        dialog.add_button.click()
        assert all(dialog.errors[f].isVisible() for f in (Field.NAME, Field.UNIT, Field.TARGET))
        dialog.resize(dialog.minimumSize())
        QCoreApplication.processEvents()
        _assert_nothing_squashed(dialog)
    finally:
        QCoreApplication.removeTranslator(longer)


def _assert_nothing_squashed(dialog: AddActivityDialog) -> None:
    for editor in dialog.findChildren(QLineEdit):
        assert editor.height() >= editor.sizeHint().height(), "a field squashed"
    for box in (dialog.based_on, dialog.new_place, *dialog.buttons.buttons()):
        assert box.height() >= box.sizeHint().height(), (
            box.text() if box is dialog.new_place else ""
        )
        assert box.width() >= box.sizeHint().width(), "text cut short"
    for label in dialog.findChildren(QLabel):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert label.width() >= label.minimumSizeHint().width(), label.text()
    shown = [w for w in dialog.findChildren(QWidget) if w.isVisible() and w.parent() is dialog]
    for first in shown:  # and nothing drawn over anything else
        for second in shown:
            if first is not second and first.geometry().intersects(second.geometry()):
                assert first.isAncestorOf(second) or second.isAncestorOf(first), (first, second)


def test_the_focus_is_visible_on_the_second_step_and_never_resizes_a_field(
    qtbot, store: Store, clock: FakeClock, qapp
) -> None:
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    theme.apply(qapp, "light")
    try:
        store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
        dialog = AddActivityDialog(store, clock)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        resting = dialog.new_place.grab().toImage()
        sizes = [e.sizeHint() for e in dialog.editors.values()]
        dialog.new_place.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(dialog.new_place.hasFocus)
        assert dialog.new_place.grab().toImage() != resting  # a ring, not nothing
        dialog.unit.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(dialog.unit.hasFocus)
        assert [e.sizeHint() for e in dialog.editors.values()] == sizes
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setStyle(style)
