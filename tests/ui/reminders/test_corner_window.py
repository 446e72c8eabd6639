from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from pause_app.text import i18n
from pause_app.ui.reminders.corner_window import ReminderWindow


@pytest.fixture
def window(qtbot) -> Iterator[ReminderWindow]:
    reminder = ReminderWindow()
    qtbot.addWidget(reminder)
    yield reminder
    reminder.withdraw()


def test_it_sits_in_a_corner_without_taking_the_keyboard(window: ReminderWindow) -> None:
    window.pop_up()
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QGuiApplication.focusWindow() is not window.windowHandle()
    # Tab reaches the answers once the user is there; a click does not move the keyboard.
    assert all(
        button.focusPolicy() == Qt.FocusPolicy.TabFocus
        for button in (window.start_button, window.snooze_button, window.later_button)
    )
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.geometry().right() == area.right() - window.MARGIN
    assert window.geometry().bottom() == area.bottom() - window.MARGIN
    assert window.width() <= 480 and window.height() < area.height() / 3  # small, never full screen


@pytest.mark.parametrize(
    ("button", "signal"),
    [("start_button", "start_clicked"), ("snooze_button", "snooze_clicked"),
     ("later_button", "dismissed")],
)  # fmt: skip
def test_each_answer_says_so_and_closes_it(
    qtbot, window: ReminderWindow, button: str, signal: str
) -> None:
    window.pop_up()
    with qtbot.waitSignal(getattr(window, signal), timeout=1000):
        getattr(window, button).click()
    assert not window.isVisible()
    assert not window._timer.isActive()


def test_an_unanswered_reminder_goes_away_by_itself(qtbot, window: ReminderWindow) -> None:
    window.pop_up()
    assert window._timer.isActive() and window._timer.interval() == ReminderWindow.SHOWN_MS
    with qtbot.waitSignal(window.expired, timeout=1000):
        window._timer.timeout.emit()
    assert not window.isVisible()


def test_the_words_are_calm_and_translated(
    window: ReminderWindow, translations: i18n.Translations
) -> None:
    assert window.title.text() == "Time for a short pause?"
    assert "carry on" in window.body.text()
    translations.install("nl")
    QCoreApplication.processEvents()
    assert window.title.text() == "Tijd voor een korte pauze?"
    assert window.later_button.text() == "Niet nu"
