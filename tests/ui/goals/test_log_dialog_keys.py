"""The log form by keyboard and screen reader: it opens with the amount focused and no
feeling chosen; the feelings are one named group of radio buttons that the arrow keys move
through without choosing; a missing feeling is said beside the group, nothing stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from pause_app.core.model import Felt
from pause_app.ui.goals.log_dialog import LogDialog
from tests.helpers.heard import listening
from tests.helpers.look import applied


@pytest.fixture
def dialog(qtbot, store, activity, clock) -> LogDialog:
    shown = LogDialog(store, activity, clock)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def test_it_opens_with_nothing_chosen_and_the_amount_focused(qtbot, dialog: LogDialog) -> None:
    assert dialog.chosen_felt() is None
    assert not any(button.isChecked() for button in dialog.felt_buttons.values())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)


def test_the_feelings_are_a_named_radio_group(dialog: LogDialog) -> None:
    box = QAccessible.queryAccessibleInterface(dialog.felt_box)
    assert box.text(QAccessible.Text.Name) == "How did it feel?"
    for button in dialog.felt_buttons.values():
        face = QAccessible.queryAccessibleInterface(button)
        assert face.role() == QAccessible.Role.RadioButton
        assert face.parent().text(QAccessible.Text.Name) == "How did it feel?"


def test_arrowing_moves_the_focus_and_chooses_nothing(qtbot, dialog: LogDialog) -> None:
    good, ok, tired, crash = (dialog.felt_buttons[f] for f in Felt)
    good.setFocus()
    for expected in (ok, tired, crash, good):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        assert QApplication.focusWidget() is expected
    qtbot.keyClick(good, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is crash
    assert dialog.chosen_felt() is None  # passing "Crash" did not pick it
    ok.setFocus()
    qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert dialog.chosen_felt() is Felt.OK
    qtbot.keyClick(ok, Qt.Key.Key_Right)  # once chosen, arrowing still does not change it
    assert dialog.chosen_felt() is Felt.OK and QApplication.focusWidget() is tired


def test_saving_without_a_feeling_asks_for_one(dialog: LogDialog, store) -> None:
    with listening() as heard:
        dialog.save_button.click()
    assert dialog.felt_error.isVisible() and store.attempts.all() == []
    assert heard == [("", "Please choose how it felt.")]
    dialog.felt_buttons[Felt.TIRED].click()
    assert dialog.felt_error.isHidden()
    dialog.save_button.click()
    [attempt] = store.attempts.all()
    assert attempt.felt is Felt.TIRED


def test_the_add_form_says_its_problems_as_they_appear(qtbot, store, clock) -> None:
    from pause_app.ui.goals.activity_dialog import AddActivityDialog

    form = AddActivityDialog(store, clock)
    qtbot.addWidget(form)
    form.show()
    form.target.setText("fifty")
    with listening() as heard:
        form.add_button.click()
    said = [line for _who, line in heard]
    assert "Please fill this in." in said and "Please use a whole number, like 50." in said


def test_at_twice_the_text_the_layout_sets_the_width_and_nothing_is_cut(
    qtbot, store, activity, clock
) -> None:
    """At 2x text a fixed minimum of 480 pixels cut the feelings ("Gooc", "Cras"): at its
    narrowest the form still shows each feeling and the question whole."""
    with applied(desktop_points=QApplication.font().pointSizeF() * 2):
        dialog = LogDialog(store, activity, clock)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(1, 1)  # as narrow as it lets itself be
        QApplication.processEvents()
        for button in dialog.felt_buttons.values():
            assert button.width() >= button.sizeHint().width(), button.text()
            # wrapped onto a second row if need be, and that row shown whole
            assert dialog.felt_box.rect().contains(button.geometry()), button.text()
        box = dialog.felt_box
        assert dialog.rect().contains(QRect(box.mapTo(dialog, QPoint(0, 0)), box.size()))
        question = dialog.labels[1]
        assert question.width() >= question.sizeHint().width()
