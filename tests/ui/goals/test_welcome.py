from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QWidget

from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.goals.welcome import FirstRunDialog
from pause_app.ui.widgets import fit
from tests.helpers.clock import FakeClock
from tests.helpers.look import applied


@pytest.fixture
def dialog(qtbot, store: Store, clock: FakeClock) -> FirstRunDialog:
    shown = FirstRunDialog(store, clock)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_it_says_what_pause_is_and_is_not(dialog: FirstRunDialog) -> None:
    text = dialog.caution.text() + dialog.disclaimer.text()
    for words in ("not a medical device", "ME/CFS", "POTS", "dizzy", "112"):
        assert words in text


def test_one_line_of_caution_and_the_rest_one_click_away(dialog: FirstRunDialog) -> None:
    assert "not a medical device" in dialog.caution.text() and dialog.caution.isVisible()
    assert "\n" not in dialog.caution.text()
    assert not dialog.disclaimer.isVisible()
    dialog.safety_button.click()
    assert dialog.disclaimer.isVisible() and "112" in dialog.disclaimer.text()
    assert dialog.safety_button.isChecked()
    assert dialog.safety_button.accessibleName() == "Safety notes"
    dialog.safety_button.click()
    assert not dialog.disclaimer.isVisible()


def test_a_first_activity_in_one_step(qtbot, dialog: FirstRunDialog, store: Store) -> None:
    assert dialog.name.text() == "Steps inside"
    qtbot.keyClicks(dialog.target, "40")
    with qtbot.waitSignal(dialog.accepted):
        dialog.start_button.click()
    [activity] = store.activities.list()
    assert (activity.name, activity.unit, activity.target) == ("Steps inside", "steps", 40)
    assert dialog.added == activity


def test_a_wrong_number_is_said_and_nothing_stored(dialog: FirstRunDialog, store: Store) -> None:
    dialog.target.setText("a lot")
    dialog.start_button.click()
    assert dialog.error.isVisible() and "whole number" in dialog.error.text()
    assert store.activities.list() == [] and dialog.isVisible()


def test_skipping_stores_nothing(qtbot, dialog: FirstRunDialog, store: Store) -> None:
    with qtbot.waitSignal(dialog.rejected):
        dialog.skip_button.click()
    assert store.activities.list() == [] and dialog.added is None


def test_the_welcome_and_its_disclaimer_speak_dutch(
    dialog: FirstRunDialog, translations: i18n.Translations
) -> None:
    translations.install("nl")
    assert dialog.windowTitle() == "Welkom bij Pause"
    assert "geen medisch hulpmiddel" in dialog.caution.text()


def test_the_whole_welcome_fits_in_dutch_too(qtbot, dialog, translations) -> None:
    translations.install("nl")
    dialog.hide()
    dialog.show()
    QCoreApplication.processEvents()
    dialog.safety_button.click()
    QCoreApplication.processEvents()
    for label in (dialog.intro, dialog.caution, dialog.disclaimer):
        assert label.height() >= label.heightForWidth(label.width()), "text cut off"
    assert dialog.target.width() > 200  # not squeezed by a long label


@pytest.fixture
def small_screen(monkeypatch):
    """A 1366x768 laptop at 2x scale: 683x384 for the windows."""
    room = QRect(0, 0, 683, 384)
    monkeypatch.setattr(fit, "available", lambda _widget: room)
    return room


@pytest.fixture
def big_text():
    with applied(desktop_points=18.0):  # twice the usual 9 pt
        yield


@pytest.fixture
def look():
    with applied():
        yield


def test_start_and_skip_stay_on_screen_at_2x(qtbot, store, clock, small_screen, big_text) -> None:
    shown = FirstRunDialog(store, clock)
    qtbot.addWidget(shown)
    shown.show()
    QCoreApplication.processEvents()
    assert small_screen.contains(shown.frameGeometry())
    for button in (shown.start_button, shown.skip_button):
        corner = button.mapTo(shown, button.rect().bottomRight())
        assert shown.rect().contains(corner), "the button is out of reach"
    shown.safety_button.click()  # more words: they scroll, the buttons stay
    QCoreApplication.processEvents()
    assert small_screen.contains(shown.frameGeometry())
    assert shown.words_area.verticalScrollBar().maximum() > 0
    assert shown.rect().contains(
        shown.start_button.mapTo(shown, shown.start_button.rect().center())
    )


def test_it_opens_in_the_middle_of_the_window(qtbot, store, clock) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(40, 60, 700, 600)
    parent.show()
    shown = FirstRunDialog(store, clock, parent)
    shown.show()
    QCoreApplication.processEvents()
    middle, there = parent.frameGeometry().center(), shown.frameGeometry().center()
    assert abs(middle.x() - there.x()) <= 2 and abs(middle.y() - there.y()) <= 2
    shown.close()


def test_no_stock_icons_on_its_buttons(look, dialog: FirstRunDialog) -> None:
    assert dialog.start_button.icon().isNull() and dialog.skip_button.icon().isNull()


def test_the_safety_notes_are_in_the_plain_text_colour(dialog: FirstRunDialog) -> None:
    """When to stop and whom to call is not a side remark: not the quieter grey."""
    assert dialog.disclaimer.property("role") in (None, "", "body")
    assert dialog.caution.property("role") == dialog.disclaimer.property("role")


def test_a_long_label_takes_the_fields_width_before_it_wraps(qtbot, dialog, translations) -> None:
    translations.install("nl")
    QCoreApplication.processEvents()
    label, field = dialog.target_label, dialog.target
    assert label.width() >= field.width() - 2  # not squeezed to half the dialog
    one_line = label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
    if one_line < field.width():
        assert label.height() < 2 * label.fontMetrics().lineSpacing()
