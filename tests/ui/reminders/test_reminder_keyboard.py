"""The reminder without a mouse: it appears without taking the focus and says so to a screen
reader; once the user moves there, Tab goes through its answers and Esc is "Not now"; the
tray and the main window offer the same answers while it waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.ui.reminders.corner_window import ReminderWindow
from pause_app.ui.reminders.tray import Tray
from tests.helpers.heard import listening


@pytest.fixture
def window(qtbot) -> Iterator[ReminderWindow]:
    reminder = ReminderWindow()
    qtbot.addWidget(reminder)
    yield reminder
    reminder.withdraw()


def test_it_says_itself_as_it_appears_and_has_a_name(window: ReminderWindow) -> None:
    with listening() as heard:
        window.pop_up()
    [(who, line)] = heard
    assert who == "reminder_window" and line.startswith(window.title.text())
    assert window.windowTitle() == window.title.text() == window.accessibleName()


def test_tab_goes_through_its_answers_and_esc_is_not_now(qtbot, window: ReminderWindow) -> None:
    window.pop_up()
    window.take_focus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start_button)
    reached: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [
        window.start_button,
        window.snooze_button,
        window.later_button,
        window.start_button,
    ]
    with qtbot.waitSignal(window.snooze_clicked, timeout=1000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # "In 15 minutes"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert not window.isVisible()
    window.pop_up()
    with qtbot.waitSignal(window.dismissed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_the_tray_offers_the_answers_only_while_a_reminder_waits(qtbot) -> None:
    tray = Tray()
    answers = (tray.answer_snooze_action, tray.answer_later_action)
    assert not any(action.isVisible() for action in answers)
    tray.reminder_open(True)
    assert [action.text() for action in answers] == ["Remind me in 15 minutes", "Not now"]
    assert all(action.isVisible() for action in answers)
    with qtbot.waitSignal(tray.answer_snooze_requested, timeout=1000):
        tray.answer_snooze_action.trigger()
    tray.reminder_open(False)
    assert not any(action.isVisible() for action in answers)
    tray.menu.deleteLater()
    tray.deleteLater()


def test_the_tray_and_the_window_answer_the_reminder_that_waits(
    qtbot, store, pause_home, clock
) -> None:
    from datetime import UTC

    from pause_app.core.model import ReminderOutcome
    from pause_app.desktop.settings_watcher import SettingsWatcher
    from pause_app.storage.settings_file import SettingsFile
    from pause_app.ui.reminders import Reminders

    file = SettingsFile(pause_home.settings)
    watcher = SettingsWatcher(file, file.load(repair=False).settings)
    watcher.set("reminders.style", "window")
    feature = Reminders(watcher, store, clock, UTC)
    tray = Tray(feature)
    feature._wire_tray(tray)
    opened: list[bool] = []
    feature.reminder_open.connect(opened.append)
    feature.controller.show_reminder()
    assert opened == [True] and tray.answer_snooze_action.isVisible()
    tray.answer_snooze_action.trigger()
    assert opened == [True, False] and not feature.controller.window.isVisible()
    assert not tray.answer_snooze_action.isVisible()
    feature.controller.show_reminder()
    with qtbot.waitSignal(feature.pause_requested, timeout=500):
        tray.pause_action.trigger()  # "Start a pause" answers the open reminder
    feature.controller.show_reminder()
    feature.answer("later")  # the main window's Ctrl+Shift+N
    outcomes = [row.outcome for row in store.reminders.all()]
    assert outcomes == [ReminderOutcome.SNOOZED, ReminderOutcome.STARTED, ReminderOutcome.DISMISSED]
    feature.shutdown()
    tray.menu.deleteLater()
    feature.deleteLater()
    watcher.deleteLater()
