"""When the cards are built again the focus goes straight to the new card's button: never
to nothing first (a screen reader heard the window, then the button)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.ui.goals.card import GoalCard
from pause_app.ui.main_window import MainWindow


def _card(window: MainWindow) -> GoalCard:
    QCoreApplication.processEvents()
    [card] = [c for c in window.goals_page.findChildren(GoalCard) if c.isVisible()]
    return card


def _passes(qtbot, window: MainWindow) -> list[QWidget | None]:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    passed: list[QWidget | None] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: passed.append(new))
    return passed


def test_after_i_did_it_the_focus_goes_straight_to_log(qtbot, window) -> None:
    window.show_page(MainWindow.GOALS)
    card = _card(window)
    card.did_it.setFocus()
    passed = _passes(qtbot, window)
    qtbot.keyClick(card.did_it, Qt.Key.Key_Space)
    new = _card(window)
    assert new is not card
    assert passed == [new.log_button]


def test_reading_again_gives_the_focus_straight_to_the_same_button(qtbot, window) -> None:
    window.show_page(MainWindow.GOALS)
    card = _card(window)
    card.more.setFocus()
    passed = _passes(qtbot, window)
    window.goals_page.refresh()
    new = _card(window)
    assert new is not card
    assert passed == [new.more]
