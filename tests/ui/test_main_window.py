from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel

from pause_app.core.model import Felt, NewActivity, NewSession, SessionEnd, SessionKind
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.about import AboutDialog
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.page import Page
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window


@pytest.fixture
def window(qtbot, store: Store, pause_home: AppPaths, clock: FakeClock) -> MainWindow:
    main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.show()
    return main


def _texts(page: Page) -> list[str]:
    return [label.text() for label in page.widget().findChildren(QLabel) if label.text()]


def test_three_parts_in_the_sidebar(window: MainWindow) -> None:
    assert [window.navigation.item(i).text() for i in range(3)] == ["Breathe", "Goals", "Progress"]
    assert window.current_page() is window.breathe_page
    assert window.windowTitle() == "Pause"


@pytest.mark.parametrize(
    ("key", "page"), [(Qt.Key.Key_2, "goals_page"), (Qt.Key.Key_3, "progress_page")]
)
def test_pages_switch_by_keyboard(qtbot, window: MainWindow, key: Qt.Key, page: str) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is getattr(window, page)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.breathe_page


def test_menus_have_keyboard_mnemonics(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert titles == ["&File", "&View", "&Help"]  # and "&Reminder" while a reminder waits
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_the_breathe_page_shows_the_four_steps_and_the_week(
    window: MainWindow, store: Store, clock: FakeClock, translations: i18n.Translations
) -> None:
    translations.install("en")  # the English catalogue holds the plural forms
    texts = _texts(window.breathe_page)
    assert {"1. Stop", "2. Breathe", "3. Feel safe", "4. Continue"} <= set(texts)
    assert any("Every pause counts" in t for t in texts)
    store.sessions.add(NewSession(SessionKind.PAUSE, "calm", 80, 80, SessionEnd.FINISHED), clock())
    store.sessions.add(
        NewSession(SessionKind.PAUSE, "calm", 80, 40, SessionEnd.STOPPED_EARLY),
        clock().on_day(clock.today - timedelta(days=3)),
    )
    window.breathe_page.refresh()
    assert "In the last 7 days: 2 pauses · 2 minutes of calm breathing" in _texts(
        window.breathe_page
    )


def test_the_goals_page_has_a_friendly_empty_state(window: MainWindow) -> None:
    window.show_page(MainWindow.GOALS)
    assert "No activities yet" in _texts(window.goals_page)


def test_the_goals_page_shows_today(window: MainWindow, store: Store, clock: FakeClock) -> None:
    activity = store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    window.show_page(MainWindow.GOALS)
    texts = _texts(window.goals_page)
    assert "Steps inside" in texts
    assert "Target: 50 steps" in texts
    assert "Today: nothing logged yet. A rest day counts too." in texts
    store.attempts.add(activity.id, 51, Felt.GOOD, "", clock())
    window.show_page(MainWindow.BREATHE)
    window.show_page(MainWindow.GOALS)  # re-read when shown again
    assert "Logged today: 51 steps ✓" in _texts(window.goals_page)


def test_the_progress_page(
    window: MainWindow, store: Store, clock: FakeClock, translations: i18n.Translations
) -> None:
    translations.install("en")
    started = clock.today - timedelta(days=5)
    activity = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=started), clock()
    )
    store.attempts.add(activity.id, 50, Felt.GOOD, "", clock())
    window.show_page(MainWindow.PROGRESS)
    chart = window.progress_page.chart
    assert chart is not None
    assert "Started with 50 steps on 10 March 2026 · 1 day at or above the target" in (
        chart.summary.text()
    )  # a target that has not moved yet: where it started, not "from 50 to 50"
    store.attempts.add(
        activity.id, 52, Felt.GOOD, "", clock().on_day(clock.today - timedelta(days=1))
    )
    window.show_page(MainWindow.GOALS)
    window.show_page(MainWindow.PROGRESS)  # re-read when shown again
    assert "2 days at or above the target" in chart.summary.text()


def test_notices_can_be_dismissed(qtbot, window: MainWindow) -> None:
    notice = window.notices.add("Something calm to know.")
    assert window.notices.isVisible()
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert window.notices.texts() == []
    assert not window.notices.isVisible()


def test_about_opens_from_the_help_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = []
    monkeypatch.setattr(
        AboutDialog, "ask", classmethod(lambda cls, paths, parent: shown.append(paths))
    )
    window.about_action.trigger()
    assert len(shown) == 1


def test_the_language_changes_live(window: MainWindow, translations: i18n.Translations) -> None:
    translations.install("nl")
    assert [window.navigation.item(i).text() for i in range(3)] == ["Ademen", "Doelen", "Voortgang"]
    assert "1. Stop" in _texts(window.breathe_page)
    assert window.breathe_page.heading.text() == "Stop, adem, voel je veilig, ga verder"
    translations.uninstall()
    assert window.navigation.item(1).text() == "Goals"


@pytest.mark.parametrize("reduced", [False, True])
def test_the_window_fades_in_unless_motion_is_reduced(
    qtbot, store: Store, pause_home: AppPaths, clock, monkeypatch: pytest.MonkeyPatch, reduced: bool
) -> None:
    monkeypatch.setattr(theme, "FADING_PLATFORMS", ("offscreen",))
    shown = main_window(store, pause_home, clock, reduced_motion=reduced)
    qtbot.addWidget(shown)
    shown.show()
    assert (shown._fade is None) is reduced
    if shown._fade is not None:
        shown._fade.setCurrentTime(theme.FADE_IN_MS // 2)
        assert 0.0 < shown._fade.currentValue() < 1.0
        shown._fade.stop()


def test_first_shown_comes_once_from_the_event_loop(qtbot, store, pause_home, clock) -> None:
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_shown):
        window.show()
    with qtbot.assertNotEmitted(window.first_shown):
        window.hide()
        window.show()
        QCoreApplication.processEvents()


def test_first_painted_comes_once_after_the_first_picture(qtbot, store, pause_home, clock) -> None:
    """What the window does not show (the tray, the reminders, the backups) waits for its
    first picture, not only for its showing."""
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    seen: list[str] = []
    window.first_shown.connect(lambda: seen.append("shown"))
    painted = _Paints()
    window.first_painted.connect(lambda: seen.append(f"painted {painted.count > 0}"))
    window.installEventFilter(painted)
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        window.show()
    assert seen == ["shown", "painted True"]
    window.update()
    with qtbot.assertNotEmitted(window.first_painted):
        window.repaint()
        QCoreApplication.processEvents()
    window.removeEventFilter(painted)


def test_first_painted_comes_anyway_where_no_picture_is_painted(
    qtbot, store, pause_home, clock, monkeypatch
) -> None:
    """Hidden again before anything was painted: the reminders must still start."""
    monkeypatch.setattr(MainWindow, "FIRST_PAINT_WAIT_MS", 30)
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    painted = _Paints()
    window.installEventFilter(painted)
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        window.show()
        window.hide()
    assert painted.count == 0
    window.removeEventFilter(painted)


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_refreshing_leaves_no_old_cards_on_screen(window: MainWindow) -> None:
    def cards_on_screen() -> int:
        frames = window.breathe_page.widget().findChildren(QFrame)
        return sum(1 for f in frames if f.property("role") == "card" and f.isVisible())

    window.breathe_page.refresh()
    QCoreApplication.processEvents()  # new cards are shown by a queued call
    shown = cards_on_screen()
    assert shown >= 2
    window.breathe_page.refresh()
    window.breathe_page.refresh()
    QCoreApplication.processEvents()  # (deferred deletions still wait for a real event loop)
    assert cards_on_screen() == shown


def test_with_a_tray_closing_the_window_keeps_pause_running(qtbot, window: MainWindow) -> None:
    window.keep_in_tray = True
    with (
        qtbot.waitSignal(window.hidden_to_tray, timeout=500),
        qtbot.assertNotEmitted(window.closed),
    ):
        window.close()
    assert not window.isVisible()
    window.keep_in_tray = False


def test_file_quit_asks_the_app_to_quit(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.quit_requested, timeout=500):
        window.quit_action.trigger()
    with qtbot.waitSignal(window.settings_requested, timeout=500):
        window.settings_action.trigger()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
