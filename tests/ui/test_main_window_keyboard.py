"""The main window by keyboard: notices are read (and reached by Tab) before the page,
starting a pause takes the focus straight to the exercise, a waiting reminder can be
answered from here, and the tray's "Log a step…" opens the log form."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.core.model import NewActivity
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.goals import GoalsPage
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.heard import listening
from tests.helpers.window import main_window


@pytest.fixture
def window(qtbot, store: Store, pause_home: AppPaths, clock: FakeClock) -> MainWindow:
    main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def _tab(qtbot, times: int) -> list[QWidget | None]:
    reached = []
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_a_notice_is_said_and_its_dismiss_comes_before_the_page(qtbot, window) -> None:
    with listening() as heard:
        first = window.notices.add("A backup was made.")
        second = window.notices.add("Sound is not available.")
    assert [line for _who, line in heard] == ["A backup was made.", "Sound is not available."]
    assert first.close_button.accessibleName() == "Dismiss: A backup was made."
    QCoreApplication.processEvents()  # a notice added to a shown window shows by a queued call
    first.close_button.setFocus()
    assert _tab(qtbot, 2) == [second.close_button, window.navigation]
    window.show_page(MainWindow.GOALS)
    window.goals_page.add_button.setFocus()
    assert _tab(qtbot, 1) == [first.close_button]  # after the page, round to the top again


def test_starting_a_pause_takes_the_focus_to_the_exercise_directly(qtbot, window) -> None:
    notice = window.notices.add("A backup was made.")
    controls = window.breathe_area.controls
    controls.start_pause.setFocus()
    passed: list[QWidget | None] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: passed.append(new))
    qtbot.keyClick(controls.start_pause, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is window.exercise_view
    assert notice.close_button not in passed and window.navigation not in passed
    window.exercise_view.stop()


def test_the_reminder_menu_and_its_shortcuts_only_while_one_waits(qtbot, window) -> None:
    menu = window.reminder_menu.menuAction()
    assert not menu.isVisible()
    assert [a.text() for a in window.menuBar().actions() if a.isVisible()] == [
        "&File",
        "&View",
        "&Help",
    ]
    window.reminder_open(True)
    assert menu.isVisible() and menu.text() == "&Reminder"
    assert [(a.text(), a.shortcut().toString()) for a in window.reminder_actions] == [
        ("Start the pause", "Ctrl+Shift+P"),
        ("Remind me in 15 minutes", "Ctrl+Shift+S"),
        ("Not now", "Ctrl+Shift+N"),
        ("Go to the reminder", "Ctrl+Shift+R"),
    ]
    answered: list[str] = []
    window.reminder_answered.connect(answered.append)
    for key in (Qt.Key.Key_P, Qt.Key.Key_S, Qt.Key.Key_N, Qt.Key.Key_R):
        qtbot.keyClick(
            window, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert answered == ["start", "snooze", "later", "focus"]
    window.reminder_open(False)
    assert not menu.isVisible()
    with qtbot.assertNotEmitted(window.reminder_answered):
        qtbot.keyClick(
            window,
            Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )


def test_log_a_step_opens_the_form_for_the_activity_or_asks_which(
    qtbot, window, store, clock, monkeypatch
) -> None:
    started = clock.today - timedelta(days=3)
    inside = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=started), clock()
    )
    opened: list[str] = []

    def ask(store_, activity, clock_, parent=None, correcting=None):
        opened.append(activity.name)

    monkeypatch.setattr(LogDialog, "ask", staticmethod(ask))
    monkeypatch.setattr(GoalsPage, "choose_activity", staticmethod(lambda _p, names: names[1]))
    window.log_a_step()
    assert window.current_page() is window.goals_page and opened == [inside.name]
    store.activities.add(NewActivity("Reading", "minutes", 20, started_on=started), clock())
    window.log_a_step()
    assert opened == ["Steps inside", "Reading"]
    monkeypatch.setattr(GoalsPage, "choose_activity", staticmethod(lambda _p, names: None))
    window.log_a_step()  # no choice: nothing opens
    QCoreApplication.processEvents()
    assert opened == ["Steps inside", "Reading"]
