from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.goals.welcome import FirstRunDialog
from tests.helpers.clock import FakeClock


@pytest.fixture
def dialog(qtbot, store: Store, clock: FakeClock) -> FirstRunDialog:
    shown = FirstRunDialog(store, clock)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_it_says_what_pause_is_and_is_not(dialog: FirstRunDialog) -> None:
    text = dialog.disclaimer.text()
    for words in ("not a medical device", "ME/CFS", "POTS", "dizzy", "112"):
        assert words in text


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
    assert "geen medisch hulpmiddel" in dialog.disclaimer.text()


def test_the_whole_welcome_fits_in_dutch_too(qtbot, dialog, translations) -> None:
    translations.install("nl")
    dialog.hide()
    dialog.show()
    QCoreApplication.processEvents()
    for label in (dialog.intro, dialog.disclaimer):
        assert label.height() >= label.heightForWidth(label.width()), "text cut off"
    assert dialog.target.width() > 200  # not squeezed by a long label
