"""The Breathe page by keyboard: Tab goes from the sidebar through the pause first, then the
quieter "breathe a while" and the sound, reaching every control once; the exercise's own
buttons are reached the same way, and Space and Esc do what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window, windows_shown


@pytest.fixture
def window(qtbot, store: Store, pause_home: AppPaths, clock: FakeClock) -> MainWindow:
    main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def _tab_from(qtbot, start: QWidget, times: int) -> list[QWidget | None]:
    start.setFocus()
    reached: list[QWidget | None] = []
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_tab_reads_the_pause_first_then_breathing_a_while(qtbot, window: MainWindow) -> None:
    controls = window.breathe_area.controls
    reached = _tab_from(qtbot, window.navigation, 8)
    assert reached == [
        controls.start_pause,
        controls.pause_minutes,
        controls.pattern,
        controls.length,
        controls.start_breathing,
        controls.sound,
        window.navigation,  # round again: the page is not a stop of its own
        controls.start_pause,
    ]


def test_the_own_rhythm_and_length_come_in_reading_order(qtbot, window: MainWindow) -> None:
    controls = window.breathe_area.controls
    controls.pattern.setCurrentIndex(controls.pattern.findData("custom"))
    controls.length.setCurrentIndex(controls.length.count() - 1)  # "Another length"
    reached = _tab_from(qtbot, controls.pattern, 8)
    assert reached == [
        *controls.custom_row.parts,
        controls.length,
        controls.custom_minutes,
        controls.start_breathing,
        controls.sound,
    ]
    names = [part.accessibleName() for part in controls.custom_row.parts]
    assert names[1] != names[3] and "in" in names[1] and "out" in names[3]


def test_the_exercise_by_keyboard(qtbot, window: MainWindow) -> None:
    controls = window.breathe_area.controls
    controls.start_pause.setFocus()
    qtbot.keyClick(controls.start_pause, Qt.Key.Key_Space)
    view = window.exercise_view
    assert QApplication.focusWidget() is view and view.is_running()
    reached = _tab_from(qtbot, view, 3)
    assert reached == [view.pause_button, view.stop_button, view.focus_button]
    assert [b.text() for b in reached] == ["Pause", "End", "Focus view"]  # type: ignore[union-attr]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.pause_button.text() == "Resume"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.is_running()
    assert QApplication.focusWidget() is controls.start_pause  # back where it started


def test_the_own_rhythm_chosen_before_the_start_comes_in_reading_order(
    qtbot, store: Store, pause_home: AppPaths, clock: FakeClock
) -> None:
    """Chosen on another day, the own rhythm's boxes are made as the window is built, after
    the rest of the page; Tab still reads them right after the pattern. Made in their place
    in the page, they never show as a window of their own."""
    SettingsFile(pause_home.settings).set("breathing.pattern", "custom")
    with windows_shown() as shown:
        main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    controls = main.breathe_area.controls
    assert shown == []  # nothing showed as a window while the page was made
    assert controls.custom_row.window() is main
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    assert controls.custom_row.isVisible()
    reached = _tab_from(qtbot, controls.pattern, 5)
    assert reached == [*controls.custom_row.parts, controls.length]
