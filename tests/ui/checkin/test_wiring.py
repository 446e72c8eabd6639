"""Where the check-in is offered: a quiet line on the Goals page, and the tray's menu."""

from __future__ import annotations

from datetime import UTC

from pause_app.core.model import NewCheckIn
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.checkin import CheckInDialog, CheckInLine
from pause_app.ui.main_window import MainWindow
from pause_app.ui.reminders.feature import Reminders
from pause_app.ui.reminders.tray import Tray
from tests.helpers.window import main_window


def test_the_goals_page_offers_the_check_in_above_the_cards(
    qtbot, store, pause_home, clock, monkeypatch
) -> None:
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.GOALS)
    line = window.goals_page.findChild(CheckInLine)
    assert line is window.checkin_line
    assert line.isVisible()
    assert line.button.text() == "How is your energy today?"
    layout = window.goals_page._layout
    assert layout.indexOf(line) == layout.indexOf(window.goals_page.intro) + 1

    def answer(checkins, clock_, parent=None):
        return checkins.save(NewCheckIn(day=clock_().local_date, energy=3), clock_())

    monkeypatch.setattr(CheckInDialog, "ask", staticmethod(answer))
    window.show_page(MainWindow.BREATHE)
    window.open_checkin()  # what the tray's "How is my energy today…" asks for
    assert window.pages.currentWidget() is window.goals_page
    assert store.checkins.on(clock.today).energy == 3
    assert line.button.text() == "Energy today: 3 of 10 · Edit"
    window.close()


def test_the_tray_item_reaches_the_reminders_feature(qtbot, store, pause_home, clock) -> None:
    """The tray's item is passed on by the reminders feature (app/ opens the form)."""
    file = SettingsFile(pause_home.settings)
    watcher = SettingsWatcher(file, file.load(repair=False).settings)
    feature = Reminders(watcher, store, clock, UTC)
    tray = Tray(feature)
    feature._wire_tray(tray)
    assert tray.checkin_action.text() == "How is my energy today…"
    with qtbot.waitSignal(feature.checkin_requested, timeout=500):
        tray.checkin_action.trigger()
    feature.shutdown()
    tray.menu.deleteLater()
    feature.deleteLater()
    watcher.deleteLater()


def _feature_with_tray(store, pause_home, clock, morning_prompt: bool):
    file = SettingsFile(pause_home.settings)
    watcher = SettingsWatcher(file, file.load(repair=False).settings)
    watcher.set("checkin.morning_prompt", "true" if morning_prompt else "false")
    feature = Reminders(watcher, store, clock, UTC)
    feature.tray = Tray(feature)
    feature._wire_tray(feature.tray)
    shown: list[str] = []
    feature.tray.icon.showMessage = lambda _title, text, *_rest: shown.append(text)
    return feature, watcher, shown


def _done(feature, watcher) -> None:
    feature.shutdown()
    feature.tray.menu.deleteLater()
    feature.deleteLater()
    watcher.deleteLater()


def test_the_morning_prompt_offers_the_check_in_once_in_the_tray(
    qtbot, store, pause_home, clock
) -> None:
    feature, watcher, shown = _feature_with_tray(store, pause_home, clock, morning_prompt=True)
    feature.offer_checkin()
    assert shown == ["How is your energy today? Click here to say, if you like."]
    with qtbot.waitSignal(feature.checkin_requested, timeout=500):
        feature.tray.icon.messageClicked.emit()
    with qtbot.assertNotEmitted(feature.checkin_requested):
        feature.tray.icon.messageClicked.emit()  # once; another message's click is its own
    _done(feature, watcher)


def test_no_prompt_when_it_is_off_or_today_has_a_check_in(qtbot, store, pause_home, clock):
    feature, watcher, shown = _feature_with_tray(store, pause_home, clock, morning_prompt=False)
    feature.offer_checkin()  # off by default: nothing asked
    assert shown == []
    watcher.set("checkin.morning_prompt", "true")
    store.checkins.save(NewCheckIn(day=clock.today, energy=5), clock())
    feature.offer_checkin()
    assert shown == []
    with qtbot.assertNotEmitted(feature.checkin_requested):
        feature.tray.icon.messageClicked.emit()
    _done(feature, watcher)


def test_a_check_in_from_elsewhere_shows_when_the_window_comes_back(
    qtbot, store, pause_home, clock
) -> None:
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.GOALS)
    store.checkins.save(NewCheckIn(day=clock.today, energy=2), clock())  # the command line
    window.bring_to_front()
    assert window.checkin_line.button.text() == "Energy today: 2 of 10 · Edit"
    window.close()
