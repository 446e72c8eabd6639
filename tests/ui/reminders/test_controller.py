"""Reminders on a fake clock: one single-shot timer, fired by hand (docs/STYLE.md 10)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from pause_app.core.model import NewCheckIn, ReminderOutcome
from pause_app.core.reminders import PauseLength, StatusKind, moment_text
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.reminders.controller import ReminderController
from tests.helpers.clock import FakeClock

AMS = ZoneInfo("Europe/Amsterdam")


class FakeNotifier(QObject):
    """Records what a desktop notification service would have been asked."""

    action_invoked = Signal(str)
    clicked = Signal()
    closed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.available = True
        self.answerable = True
        self.shown: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.closes = 0

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        self.shown.append((title, body, actions))

    def close(self) -> None:
        self.closes += 1


@pytest.fixture
def notifier() -> FakeNotifier:
    return FakeNotifier()


@pytest.fixture
def watcher(pause_home: AppPaths) -> Iterator[SettingsWatcher]:
    pause_home.create()
    file = SettingsFile(pause_home.settings)
    made = SettingsWatcher(file, file.load().settings)
    yield made
    made.deleteLater()


@pytest.fixture
def controller(
    store: Store, clock: FakeClock, watcher: SettingsWatcher, notifier: FakeNotifier
) -> Iterator[ReminderController]:
    made = ReminderController(watcher, store, clock, AMS, notifier)  # type: ignore[arg-type]
    made.reschedule()
    yield made
    made.stop()
    made.deleteLater()


def _fire(controller: ReminderController, clock: FakeClock) -> None:
    """Let the timer's wait pass on the fake clock, then fire it by hand."""
    clock.advance(milliseconds=controller.timer.remainingTime())
    controller.timer.timeout.emit()


def test_one_single_shot_timer_aimed_at_the_next_reminder(
    controller: ReminderController, clock: FakeClock
) -> None:
    # 15 March 2026, 10:00 in Amsterdam: every 90 minutes, so 11:30.
    assert controller.timer.isSingleShot() and controller.timer.isActive()
    assert controller.timer.interval() == 90 * 60 * 1000


def test_a_due_reminder_shows_a_notification_and_its_click_starts_a_pause(
    qtbot, controller: ReminderController, clock: FakeClock, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    _fire(controller, clock)
    assert len(notifier.shown) == 1
    title, _body, actions = notifier.shown[0]
    assert title == "Time for a short pause?"
    assert [key for key, _label in actions] == ["start", "snooze"]
    assert controller.timer.interval() == 90 * 60 * 1000  # the next one is counted already
    with qtbot.waitSignal(controller.start_requested, timeout=500):
        notifier.clicked.emit()
    assert [r.outcome for r in store.reminders.all()] == [ReminderOutcome.STARTED]


def test_the_start_action_starts_a_pause_and_snooze_waits_15_minutes(
    qtbot, controller: ReminderController, clock: FakeClock, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    _fire(controller, clock)
    with qtbot.waitSignal(controller.start_requested, timeout=500):
        notifier.action_invoked.emit("start")
    _fire(controller, clock)
    notifier.action_invoked.emit("snooze")
    assert controller.timer.interval() == 15 * 60 * 1000
    outcomes = [r.outcome for r in store.reminders.all()]
    assert outcomes == [ReminderOutcome.STARTED, ReminderOutcome.SNOOZED]


def test_an_ignored_reminder_goes_away_and_is_kept_as_missed_without_a_word(
    controller: ReminderController, clock: FakeClock, notifier: FakeNotifier, store: Store
) -> None:
    _fire(controller, clock)
    notifier.closed.emit("expired")
    assert [r.outcome for r in store.reminders.all()] == [ReminderOutcome.MISSED]
    assert not controller.showing
    notifier.closed.emit("dismissed")  # a late signal for the same one changes nothing
    assert len(store.reminders.all()) == 1


def test_the_window_style_uses_the_corner_window(
    qtbot, controller: ReminderController, clock: FakeClock, watcher: SettingsWatcher,
    notifier: FakeNotifier, store: Store,
) -> None:  # fmt: skip
    watcher.set("reminders.style", "window")
    _fire(controller, clock)
    assert notifier.shown == [] and controller.window.isVisible()
    with qtbot.waitSignal(controller.start_requested, timeout=500):
        controller.window.start_button.click()
    assert not controller.window.isVisible()
    assert [r.outcome for r in store.reminders.all()] == [ReminderOutcome.STARTED]


def test_without_a_notification_service_the_window_shows(
    controller: ReminderController, clock: FakeClock, notifier: FakeNotifier
) -> None:
    notifier.available = False
    _fire(controller, clock)
    assert notifier.shown == [] and controller.window.isVisible()


def test_a_timer_that_fires_early_after_a_clock_change_only_aims_again(
    controller: ReminderController, clock: FakeClock, notifier: FakeNotifier
) -> None:
    clock.advance(minutes=30)  # fired, but the wall clock says an hour is still to go
    controller.timer.timeout.emit()
    assert notifier.shown == []
    assert controller.timer.interval() == 60 * 60 * 1000


def test_after_sleep_one_reminder_not_a_burst(
    controller: ReminderController, clock: FakeClock, notifier: FakeNotifier
) -> None:
    clock.advance(hours=5)  # slept through three due times
    controller.timer.timeout.emit()
    assert len(notifier.shown) == 1
    assert controller.timer.interval() == 90 * 60 * 1000


def test_snooze_pause_and_resume_from_the_tray(
    qtbot, controller: ReminderController, clock: FakeClock, watcher: SettingsWatcher
) -> None:
    with qtbot.waitSignal(controller.status_changed, timeout=500) as changed:
        controller.snooze(30)
    assert changed.args[0].kind is StatusKind.SNOOZED
    assert controller.timer.interval() == 30 * 60 * 1000
    controller.pause(PauseLength.UNTIL_RESUMED)
    assert not controller.timer.isActive()  # nothing to wait for, no polling
    assert watcher.get("reminders.paused_until") == "manual"  # outlives a restart
    with qtbot.waitSignal(controller.status_changed, timeout=500) as changed:
        controller.resume()
    assert changed.args[0].kind is StatusKind.ACTIVE
    assert watcher.get("reminders.paused_until") == ""
    assert controller.timer.interval() == 90 * 60 * 1000


def test_settings_changes_apply_at_once(
    controller: ReminderController, watcher: SettingsWatcher
) -> None:
    watcher.settings_changed.connect(controller.apply_settings)
    watcher.set("reminders.interval_minutes", "30")
    assert controller.timer.interval() == 30 * 60 * 1000
    watcher.set("reminders.enabled", "false")
    assert not controller.timer.isActive()


def test_a_pause_from_the_settings_file_survives_a_restart(
    store: Store, clock: FakeClock, watcher: SettingsWatcher, notifier: FakeNotifier
) -> None:
    until = clock.now + timedelta(hours=2)
    watcher.set("reminders.paused_until", moment_text(until))
    again = ReminderController(watcher, store, clock, AMS, notifier)  # type: ignore[arg-type]
    try:
        assert again.reschedule().kind is StatusKind.PAUSED
    finally:
        again.stop()
        again.deleteLater()


def test_without_a_tray_reminders_wait_for_the_window(
    controller: ReminderController, clock: FakeClock, notifier: FakeNotifier
) -> None:
    controller.only_while_window_open = True
    controller.window_open = lambda: False
    _fire(controller, clock)
    assert notifier.shown == []
    assert controller.timer.isActive()  # counted as shown: the next in a whole interval


def test_waking_from_sleep_aims_the_timer_again(
    controller: ReminderController, clock: FakeClock, notifier: FakeNotifier
) -> None:
    from PySide6.QtDBus import QDBusMessage

    clock.advance(hours=5)  # asleep: Qt's timer did not count this time
    going = QDBusMessage.createSignal("/org/freedesktop/login1", "x.y", "PrepareForSleep")
    going.setArguments([True])
    controller._on_prepare_for_sleep(going)
    assert controller.timer.interval() == 90 * 60 * 1000  # going to sleep changes nothing
    woke = QDBusMessage.createSignal("/org/freedesktop/login1", "x.y", "PrepareForSleep")
    woke.setArguments([False])
    controller._on_prepare_for_sleep(woke)
    assert controller.timer.interval() == 0  # due now: one reminder, at once


def test_a_notification_that_cannot_be_answered_gives_way_to_the_window(
    controller: ReminderController, clock: FakeClock, notifier: FakeNotifier
) -> None:
    notifier.answerable = False  # a service without actions
    _fire(controller, clock)
    assert notifier.shown == [] and controller.window.isVisible()


def test_with_adapting_on_a_low_energy_day_brings_pauses_sooner_and_a_high_one_does_not(
    controller: ReminderController, watcher: SettingsWatcher, store: Store, clock: FakeClock
) -> None:
    watcher.settings_changed.connect(controller.apply_settings)
    store.checkins.save(NewCheckIn(clock.today, energy=2), clock())
    controller.reschedule()
    assert controller.timer.interval() == 90 * 60 * 1000  # off by default: as usual
    watcher.set("reminders.adapt_to_energy", "on")
    assert controller.timer.interval() == 60 * 60 * 1000  # two thirds of 90 minutes
    _fire(controller, clock)
    assert controller.showing
    assert controller.timer.interval() == 60 * 60 * 1000  # counted on from the reminder
    store.checkins.save(NewCheckIn(clock.today, energy=9), clock())
    controller.reschedule()
    assert controller.timer.interval() == 90 * 60 * 1000


def test_a_new_day_without_a_check_in_has_the_usual_interval(
    controller: ReminderController, watcher: SettingsWatcher, store: Store, clock: FakeClock
) -> None:
    watcher.settings_changed.connect(controller.apply_settings)
    watcher.set("reminders.adapt_to_energy", "on")
    store.checkins.save(NewCheckIn(clock.today, energy=0), clock())
    controller.reschedule()
    assert controller.timer.interval() == 60 * 60 * 1000
    clock.advance(days=1)
    controller.resume()  # the count starts again, on a day with no check-in
    assert controller.timer.interval() == 90 * 60 * 1000
