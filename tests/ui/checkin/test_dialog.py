"""The check-in form with the keyboard only, and what it keeps and says."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.core.model import CheckIn, Moment, NewCheckIn, Symptoms
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.ui.checkin import CheckInDialog, CheckInLine
from tests.helpers.clock import FakeClock


class FakeCheckIns:
    """The store's check-ins as the form uses them: one a day, saving again edits it."""

    def __init__(self, refuse: ValidationError | None = None) -> None:
        self.days: dict[date, CheckIn] = {}
        self.refuse = refuse
        self.saves = 0

    def save(self, new: NewCheckIn, at: Moment) -> CheckIn:
        if self.refuse is not None:
            raise self.refuse
        self.saves += 1
        kept = CheckIn(**asdict(new), id=len(self.days) + 1, saved_utc=at.utc)
        self.days[new.day] = kept
        return kept

    def on(self, day: date) -> CheckIn | None:
        return self.days.get(day)


@pytest.fixture
def checkins() -> FakeCheckIns:
    return FakeCheckIns()


@pytest.fixture
def dialog(qtbot, checkins: FakeCheckIns, clock: FakeClock) -> Iterator[CheckInDialog]:
    shown = CheckInDialog(checkins, clock)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    shown.close()


def _press(qtbot, key: Qt.Key, times: int = 1) -> QWidget:
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_a_check_in_with_the_keyboard_only(qtbot, dialog, checkins, clock) -> None:
    dialog.energy.setFocus()  # the label's shortcut and the first Tab land here
    assert QApplication.focusWidget() is dialog.energy.buttons[0]
    assert _press(qtbot, Qt.Key.Key_Right, 6) is dialog.energy.buttons[6]
    _press(qtbot, Qt.Key.Key_Space)
    assert dialog.energy.value() == 6
    assert _press(qtbot, Qt.Key.Key_Tab) is dialog.spent.buttons[0]  # one stop per row
    _press(qtbot, Qt.Key.Key_Right, 4)
    _press(qtbot, Qt.Key.Key_Return)  # Enter chooses here; it does not save yet
    assert dialog.spent.value() == 4
    assert checkins.saves == 0
    assert _press(qtbot, Qt.Key.Key_Tab) is dialog.sleep.buttons[0]
    _press(qtbot, Qt.Key.Key_Right, 2)
    _press(qtbot, Qt.Key.Key_Left)
    _press(qtbot, Qt.Key.Key_Space)
    assert _press(qtbot, Qt.Key.Key_Tab) is dialog.symptoms.buttons[0]
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    assert _press(qtbot, Qt.Key.Key_Tab) is dialog.note
    assert _press(qtbot, Qt.Key.Key_Tab) is dialog.day
    for _section in range(3):  # Qt's date field: Tab walks its day, month and year first
        if _press(qtbot, Qt.Key.Key_Tab) is not dialog.day:
            break
    assert QApplication.focusWidget() is dialog.save_button
    _press(qtbot, Qt.Key.Key_Space)

    kept = checkins.on(clock.today)
    assert kept is not None
    assert (kept.energy, kept.spent, kept.sleep, kept.symptoms) == (6, 4, 2, Symptoms.MILD)
    assert dialog.kept.isVisible()
    assert dialog.kept.text() == (
        "Kept for today: energy 6 of 10, the day took 4 of 10, sleep 2 of 5, symptoms: mild."
    )
    assert dialog.close_button.text() == "Close"
    assert QApplication.focusWidget() is dialog.close_button  # Enter now closes


def test_each_button_has_a_name_a_screen_reader_can_say(dialog) -> None:
    assert [b.accessibleName() for b in dialog.energy.buttons[:2]] == [
        "Energy 0 of 10",
        "Energy 1 of 10",
    ]
    assert dialog.energy.buttons[3].accessibleName() == "Energy 3 of 10"
    assert dialog.spent.buttons[10].accessibleName() == "The day took 10 of 10"
    assert dialog.sleep.buttons[0].accessibleName() == "Sleep 1 of 5"
    assert dialog.symptoms.buttons[4].accessibleName() == "Symptoms: Very severe"
    assert [b.text() for b in dialog.symptoms.buttons] == [
        "None",
        "Mild",
        "Moderate",
        "Severe",
        "Very severe",
    ]
    assert all(b.minimumHeight() >= 44 for b in dialog.energy.buttons)  # large


def test_the_arrow_keys_stop_at_the_ends_and_choosing_again_clears(qtbot, dialog) -> None:
    dialog.energy.setFocus()
    assert _press(qtbot, Qt.Key.Key_Left) is dialog.energy.buttons[0]
    assert _press(qtbot, Qt.Key.Key_Right, 14) is dialog.energy.buttons[10]
    _press(qtbot, Qt.Key.Key_Space)
    assert dialog.energy.value() == 10
    _press(qtbot, Qt.Key.Key_Return)  # Enter on the chosen one keeps it
    assert dialog.energy.value() == 10
    _press(qtbot, Qt.Key.Key_Space)  # Space on the chosen one clears it: nothing is demanded
    assert dialog.energy.value() is None


def test_opening_again_on_the_same_day_shows_that_check_in_to_edit(qtbot, checkins, clock):
    checkins.days[clock.today] = CheckIn(
        day=clock.today, energy=3, spent=5, symptoms=Symptoms.SEVERE, note="slept badly", id=1
    )
    dialog = CheckInDialog(checkins, clock)
    qtbot.addWidget(dialog)
    assert (dialog.energy.value(), dialog.spent.value(), dialog.sleep.value()) == (3, 5, None)
    assert dialog.symptoms.value() is Symptoms.SEVERE
    assert dialog.note.text() == "slept badly"
    assert dialog.energy.focus_button() is dialog.energy.buttons[3]  # Tab lands on the answer
    dialog.spent.buttons[2].click()
    dialog.save_button.click()
    assert checkins.days[clock.today].spent == 2
    assert checkins.days[clock.today].energy == 3
    assert len(checkins.days) == 1  # edited, not a second one


def test_an_earlier_day_can_be_filled_in_and_never_a_future_one(qtbot, dialog, checkins, clock):
    yesterday = clock.today - timedelta(days=1)
    checkins.days[yesterday] = CheckIn(day=yesterday, energy=2, id=1)
    tomorrow = clock.today + timedelta(days=1)
    dialog.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.chosen_day() == clock.today  # the field does not go past today
    dialog.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert dialog.energy.value() == 2  # that day's check-in, to correct
    dialog.energy.buttons[1].click()
    dialog.save_button.click()
    assert checkins.days[yesterday].energy == 1
    assert dialog.kept.text().startswith("Kept for 14 March:")  # the user's own words for it


def test_a_refused_value_is_one_line_and_nothing_is_kept(qtbot, checkins, clock) -> None:
    checkins.refuse = ValidationError(Field.NOTE, Problem.CONTROL_CHARACTERS)
    dialog = CheckInDialog(checkins, clock)
    qtbot.addWidget(dialog)
    dialog.energy.buttons[5].click()
    dialog.save_button.click()
    assert not dialog.problem.isHidden()
    assert dialog.problem.text().startswith("Note:")
    assert dialog.saved is None
    assert checkins.days == {}
    assert not dialog.kept.isVisibleTo(dialog)
    assert dialog.close_button.text() == "Cancel"


def test_the_words_never_count_or_demand(dialog) -> None:
    texts = [dialog.windowTitle(), dialog.intro.text(), *(label.text() for label in dialog.labels)]
    said = " ".join(texts).lower()
    for word in ("must", "should", "missed", "streak", "failed", "push", "challenge"):
        assert word not in said


def test_the_line_on_the_goals_page_asks_then_says_todays_energy(
    qtbot, checkins, clock, monkeypatch
) -> None:
    line = CheckInLine(checkins, clock)
    qtbot.addWidget(line)
    assert line.button.text() == "How is your energy today?"
    assert line.button.isFlat()

    def answer(store, clock_, parent=None):
        return store.save(NewCheckIn(day=clock_().local_date, energy=6), clock_())

    monkeypatch.setattr(CheckInDialog, "ask", staticmethod(answer))
    with qtbot.waitSignal(line.checked_in) as kept:
        line.button.click()
    assert kept.args[0].energy == 6
    assert line.button.text() == "Energy today: 6 of 10 · Edit"
    assert line.button.accessibleName() == "Energy today: 6 of 10. Edit"
    clock.advance(days=1)
    line.refresh()  # the next morning asks again, quietly
    assert line.button.text() == "How is your energy today?"


def test_the_form_keeps_its_answers_in_the_store(qtbot, store, clock) -> None:
    dialog = CheckInDialog(store.checkins, clock)
    qtbot.addWidget(dialog)
    dialog.energy.buttons[4].click()
    dialog.symptoms.buttons[3].click()
    dialog.save_button.click()
    kept = store.checkins.on(clock.today)
    assert kept is not None
    assert (kept.energy, kept.spent, kept.symptoms) == (4, None, Symptoms.SEVERE)
    again = CheckInDialog(store.checkins, clock)
    qtbot.addWidget(again)
    assert again.energy.value() == 4  # opening again shows it, to edit
    again.spent.buttons[7].click()
    again.save_button.click()
    assert len(store.checkins.all()) == 1
    assert store.checkins.on(clock.today).spent == 7


def test_no_button_is_narrower_than_its_words(qtbot, dialog) -> None:
    """ "10" and "Very severe" fit their buttons (the theme's side padding is wide)."""
    qtbot.waitUntil(lambda: dialog.energy.buttons[10].width() > 0)
    for scale in (dialog.energy, dialog.spent, dialog.sleep, dialog.symptoms):
        for button in scale.buttons:
            assert button.width() >= button.sizeHint().width(), button.text()


def test_it_opens_on_the_first_question_and_tabs_in_reading_order(qtbot, dialog) -> None:
    """Not on "Save": Enter there kept an empty check-in, and Tab went Save, Cancel, then
    the questions."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.energy.buttons[0])
    order = [QApplication.focusWidget()]
    for _ in range(4):
        order.append(_press(qtbot, Qt.Key.Key_Tab))
    assert order == [
        dialog.energy.buttons[0],
        dialog.spent.buttons[0],
        dialog.sleep.buttons[0],
        dialog.symptoms.buttons[0],
        dialog.note,
    ]


def test_each_scale_is_a_named_group_of_radio_buttons(qtbot, dialog) -> None:
    """One-of-a-kind choices: radio buttons in a group named after the question, and the
    arrow keys move the focus without choosing."""
    names = ("Energy I have today", "Energy the day took", "Sleep last night", "Symptoms")
    for scale, name in zip(
        (dialog.energy, dialog.spent, dialog.sleep, dialog.symptoms), names, strict=True
    ):
        for button in scale.buttons:
            face = QAccessible.queryAccessibleInterface(button)
            assert face.role() == QAccessible.Role.RadioButton
            assert face.parent().text(QAccessible.Text.Name) == name
    dialog.sleep.focus_button().setFocus()
    _press(qtbot, Qt.Key.Key_Right, 3)
    assert dialog.sleep.value() is None  # passing them chose none
    _press(qtbot, Qt.Key.Key_Space)
    assert dialog.sleep.value() == 4
    _press(qtbot, Qt.Key.Key_Left)
    _press(qtbot, Qt.Key.Key_Space)
    assert dialog.sleep.value() == 3  # one at a time
    assert [b.isChecked() for b in dialog.sleep.buttons].count(True) == 1
