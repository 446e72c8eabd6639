"""Cards to a screen reader and a keyboard: each card and its buttons say their activity,
focus stays on the same button after the cards are rebuilt, Tab goes through the cards
before "Add an activity…", the glow of a success fades while its line stays, and the line
follows a change of language."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.core.model import Felt, NewActivity
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.main_window import MainWindow
from tests.helpers.heard import listening


def _cards(window: MainWindow) -> dict[str, GoalCard]:
    QCoreApplication.processEvents()
    return {c.activity.name: c for c in window.goals_page.findChildren(GoalCard) if c.isVisible()}


def _focus_window(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def reading(store, clock, activity):
    started = clock.today - timedelta(days=10)
    return store.activities.add(NewActivity("Reading", "minutes", 20, started_on=started), clock())


def test_a_card_and_its_buttons_say_their_activity(window, reading) -> None:
    window.goals_page.refresh()
    card = _cards(window)["Reading"]
    assert card.accessibleName() == "Reading"
    assert card.did_it.accessibleName() == "I did it: Reading"
    assert card.log_button.accessibleName() == "Log: Reading"
    assert card.more.accessibleName() == "More: Reading"
    assert card.keep_button.accessibleName() == "Keep 20: Reading"
    assert _cards(window)["Steps inside"].did_it.accessibleName() == "I did it: Steps inside"


def test_tab_goes_through_the_cards_before_add_an_activity(qtbot, window, reading) -> None:
    _focus_window(qtbot, window)
    window.goals_page.refresh()
    cards = _cards(window)
    first = cards["Steps inside"].did_it
    first.setFocus()
    reached: list[QWidget] = [first]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is window.goals_page.add_button:
            break
    names = [w.accessibleName() or w.text() for w in reached]  # type: ignore[attr-defined]
    assert names == [
        "I did it: Steps inside",
        "Log: Steps inside",
        "More: Steps inside",
        "I did it: Reading",
        "Log: Reading",
        "More: Reading",
        "Add an activity…",
    ]


def test_saving_a_log_gives_the_focus_back_to_log_and_says_the_result(
    qtbot, window, store, monkeypatch, activity
) -> None:
    _focus_window(qtbot, window)

    def ask(store_, activity_, clock_, parent=None, correcting=None):
        return store.attempts.add(activity_.id, 30, Felt.OK, "", clock_())

    monkeypatch.setattr(LogDialog, "ask", staticmethod(ask))
    card = _cards(window)["Steps inside"]
    card.log_button.setFocus()
    with listening() as heard:
        qtbot.keyClick(card.log_button, Qt.Key.Key_Space)
    card = _cards(window)["Steps inside"]
    assert QApplication.focusWidget() is card.log_button
    [(_who, line)] = heard
    assert line.startswith("Logged today: 30 steps") and card.celebration.text() in line


def test_the_glow_fades_and_the_line_stays(qtbot, window) -> None:
    card = _cards(window)["Steps inside"]
    qtbot.mouseClick(card.did_it, Qt.MouseButton.LeftButton)
    card = _cards(window)["Steps inside"]
    assert card.property("celebrating") is True and card.glow_timer.isActive()
    assert card.glow_timer.interval() == GoalCard.GLOW_MS <= 10_000
    card.glow_timer.timeout.emit()
    assert card.property("celebrating") is False and card.celebration.isVisible()
    window.goals_page.refresh()  # a re-read does not light it again
    card = _cards(window)["Steps inside"]
    assert card.property("celebrating") is False and card.celebration.isVisible()


def test_the_celebration_line_follows_a_change_of_language(qtbot, window, translations) -> None:
    qtbot.mouseClick(_cards(window)["Steps inside"].did_it, Qt.MouseButton.LeftButton)
    english = _cards(window)["Steps inside"].celebration.text()
    assert english.startswith("I did it!")
    translations.install("nl")
    dutch = _cards(window)["Steps inside"].celebration.text()
    assert dutch and dutch != english
