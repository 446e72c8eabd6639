"""Reminders that respect attention, wired: a fake attention watch says away, back and what
holds reminders; the one timer stays single-shot and aimed (docs/STYLE.md 10)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal

from pause_app.core.attention import Disturbance, Note, decide
from pause_app.core.model import ReminderOutcome
from pause_app.core.reminders import PauseLength, Status, StatusKind, next_due
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.reminders.controller import ReminderController
from pause_app.ui.reminders.tray import status_line
from tests.helpers.clock import FakeClock
from tests.ui.reminders.test_controller import FakeNotifier

AMS = ZoneInfo("Europe/Amsterdam")
INTERVAL_S = 90 * 60


class FakeWatch(QObject):
    """What ``desktop.attention.AttentionWatch`` emits, on the test's word; it records what
    the reminders ask of it."""

    away = Signal(float)
    back = Signal()
    disturbed = Signal(object)

    def __init__(self, idle_source: str | None = "mutter") -> None:
        super().__init__()
        self.idle_source = idle_source
        self.started: list[float] = []
        self.thresholds: list[float] = []
        self.aims: list[float | None] = []
        self.stopped = False

    def start(self, away_after_s: float) -> None:
        self.started.append(away_after_s)

    def set_away_after(self, seconds: float) -> None:
        self.thresholds.append(seconds)

    def aim(self, due_in_s: float | None) -> None:
        self.aims.append(due_in_s)

    def stop(self) -> None:
        self.stopped = True


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
def watch() -> FakeWatch:
    return FakeWatch()


@pytest.fixture
def controller(
    store: Store,
    clock: FakeClock,
    watcher: SettingsWatcher,
    notifier: FakeNotifier,
    watch: FakeWatch,
) -> Iterator[ReminderController]:
    made = ReminderController(watcher, store, clock, AMS, notifier)  # type: ignore[arg-type]
    watcher.settings_changed.connect(made.apply_settings)
    made.watch_attention(watch)
    made.reschedule()
    yield made
    made.stop()
    made.deleteLater()


def _aimed(controller: ReminderController, clock: FakeClock) -> datetime | None:
    """The moment the controller's timer is aimed at, on the fake clock."""
    now = clock().utc
    due = next_due(controller._schedule_today(now), controller.state, now, AMS)
    return decide(controller.attention, due, controller.rules).show_at


def _wait(controller: ReminderController, clock: FakeClock, **delta: float) -> None:
    """Time passes; the timer fires by hand when its moment comes (no sleeping)."""
    target = clock.now + timedelta(**delta)
    while controller.timer.isActive():
        aimed = _aimed(controller, clock)
        assert aimed is not None
        if aimed > target:
            break
        clock.now = max(clock.now, aimed.astimezone(clock.now.tzinfo))
        controller.timer.timeout.emit()
    clock.now = target


def _line(controller: ReminderController, clock: FakeClock) -> str:
    status = controller.reschedule()
    return status_line(status, clock.now, AMS, controller.note)


def test_the_watch_starts_at_the_away_threshold_and_is_told_the_next_moment(
    controller: ReminderController, watch: FakeWatch
) -> None:
    assert watch.started == [5 * 60]
    assert watch.aims[-1] == pytest.approx(INTERVAL_S)
    assert controller.timer.isSingleShot()


def test_no_reminder_to_an_empty_desk_and_none_on_return_the_interval_starts_again(
    controller: ReminderController,
    clock: FakeClock,
    watch: FakeWatch,
    notifier: FakeNotifier,
    store: Store,
) -> None:
    _wait(controller, clock, minutes=80)
    watch.away.emit(300.0)  # idle since 10:15
    assert not controller.timer.isActive()  # nothing runs while away
    assert watch.aims[-1] is None
    assert _line(controller, clock) == "Waiting until you are back"
    _wait(controller, clock, minutes=40)  # 11:30 went by
    assert notifier.shown == []
    watch.back.emit()  # 12:00: 45 minutes away
    assert notifier.shown == []
    assert controller.timer.interval() == INTERVAL_S * 1000
    kept = store.reminders.all()
    assert [(r.outcome, r.away_seconds) for r in kept] == [(ReminderOutcome.AWAY, 45 * 60.0)]
    assert kept[0].answered_utc == clock().utc
    assert _line(controller, clock) == "You were away: the next pause is at 13:30"
    _wait(controller, clock, minutes=90)
    assert len(notifier.shown) == 1  # one, an interval after the return
    assert _line(controller, clock) == "Next pause at 15:00"  # said until the next one


def test_a_short_lock_over_the_due_moment_restarts_the_count_without_keeping_a_break(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    _wait(controller, clock, minutes=89)
    watch.away.emit(0.0)  # the screen locked
    _wait(controller, clock, minutes=2)
    watch.back.emit()
    assert notifier.shown == [] and store.reminders.all() == []
    assert controller.timer.interval() == INTERVAL_S * 1000
    assert controller.note is None


def test_a_short_absence_before_the_due_moment_changes_nothing(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, store: Store
) -> None:
    _wait(controller, clock, minutes=10)
    watch.away.emit(0.0)
    _wait(controller, clock, minutes=2)
    watch.back.emit()
    assert controller.timer.interval() == (INTERVAL_S - 12 * 60) * 1000
    assert store.reminders.all() == []


def test_a_night_away_is_no_rest(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, store: Store
) -> None:
    clock.advance(hours=10, minutes=50)  # 20:50 (the reminders of the day do not matter)
    controller.reschedule()
    watch.away.emit(0.0)
    clock.advance(hours=12, minutes=40)  # 09:30 the next morning
    watch.back.emit()
    assert store.reminders.all() == []  # not the evening's ten minutes and the morning's 30


def test_of_an_early_morning_away_the_time_after_the_hours_began_is_kept(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, store: Store
) -> None:
    clock.advance(hours=22, minutes=30)  # 08:30 the next morning
    controller.reschedule()
    watch.away.emit(0.0)
    clock.advance(hours=1)  # 09:30: the hours began at 09:00
    watch.back.emit()
    assert [r.away_seconds for r in store.reminders.all()] == [30 * 60.0]


def test_an_hour_of_a_full_screen_film_is_no_rest_and_the_interval_goes_on(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    _wait(controller, clock, minutes=20)
    watch.disturbed.emit(frozenset({Disturbance.FULLSCREEN}))  # 09:20, a film
    _wait(controller, clock, minutes=5)
    watch.away.emit(300.0)  # no input since 09:20
    _wait(controller, clock, minutes=70)  # 10:35: the reminder came due at 10:30, held
    watch.back.emit()
    assert store.reminders.all() == []  # no natural break kept
    assert controller.note is Note.FULLSCREEN and notifier.shown == []
    watch.disturbed.emit(frozenset())  # the film ends: the reminder comes after the grace
    _wait(controller, clock, seconds=60)
    assert len(notifier.shown) == 1


def test_a_reminder_shown_after_the_idle_began_is_taken_back_when_away_is_known(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    opened: list[bool] = []
    controller.open_changed.connect(opened.append)
    _wait(controller, clock, minutes=88)  # 10:28: the last input
    _wait(controller, clock, minutes=2)  # 10:30: the reminder, to an empty desk
    assert len(notifier.shown) == 1 and controller.showing
    _wait(controller, clock, minutes=3)
    watch.away.emit(300.0)  # 10:33: idle since 10:28
    assert not controller.showing and opened == [True, False]
    assert notifier.closes == 1
    assert store.reminders.all() == []  # not kept as missed
    assert _line(controller, clock) == "Waiting until you are back"
    _wait(controller, clock, minutes=7)
    watch.back.emit()  # 10:40: twelve minutes away: the interval starts again
    assert controller.timer.interval() == INTERVAL_S * 1000
    assert [r.outcome for r in store.reminders.all()] == [ReminderOutcome.AWAY]


def test_an_unanswered_reminder_to_an_empty_desk_is_not_kept_as_missed(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    _wait(controller, clock, minutes=89)  # 10:29: the last input
    _wait(controller, clock, minutes=1)  # 10:30: the reminder
    notifier.closed.emit("expired")  # 10:31: it went away unanswered
    assert store.reminders.all() == []  # not yet: the user may be away already
    _wait(controller, clock, minutes=3)
    watch.away.emit(300.0)  # 10:34: idle since 10:29
    controller.stop()
    assert store.reminders.all() == []


def test_an_unanswered_reminder_to_someone_there_is_kept_as_missed(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    _wait(controller, clock, minutes=90)
    notifier.closed.emit("expired")
    assert controller._missed_timer.isActive()
    assert controller._missed_timer.interval() == (5 * 60 + 5) * 1000
    controller._missed_timer.timeout.emit()  # the threshold passed: the user was there
    assert [r.outcome for r in store.reminders.all()] == [ReminderOutcome.MISSED]
    watch.away.emit(300.0)  # later away changes nothing of it
    assert [r.outcome for r in store.reminders.all()] == [ReminderOutcome.MISSED]


def test_away_after_a_reminder_was_answered_takes_nothing_back(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, notifier: FakeNotifier,
    store: Store,
) -> None:  # fmt: skip
    _wait(controller, clock, minutes=90)
    _wait(controller, clock, minutes=1)
    watch.away.emit(0.0)  # locked at 10:31 with the reminder still open
    assert controller.showing and store.reminders.all() == []


def test_a_natural_break_while_reminders_are_paused_is_not_kept(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, store: Store
) -> None:
    controller.pause(PauseLength.ONE_HOUR)
    watch.away.emit(300.0)
    _wait(controller, clock, minutes=30)
    watch.back.emit()
    assert store.reminders.all() == []


@pytest.mark.parametrize(
    ("held", "line"),
    [
        (Disturbance.FULLSCREEN, "Waiting: a full-screen window is open"),
        (Disturbance.NOTIFICATIONS_OFF, "Waiting: notifications are paused on this desktop"),
        (Disturbance.INHIBITED, "Waiting: a call or video is on"),
    ],
)
def test_a_hold_keeps_the_reminder_and_one_comes_a_minute_after_it_ends(
    controller: ReminderController,
    clock: FakeClock,
    watch: FakeWatch,
    notifier: FakeNotifier,
    held: Disturbance,
    line: str,
) -> None:
    watch.disturbed.emit(frozenset({held}))
    assert _line(controller, clock) == line
    assert not controller.timer.isActive()
    _wait(controller, clock, minutes=200)  # two reminders' worth
    assert notifier.shown == []
    watch.disturbed.emit(frozenset())
    assert controller.timer.interval() == 60_000
    assert watch.aims[-1] == pytest.approx(60)
    _wait(controller, clock, seconds=59)
    assert notifier.shown == []
    _wait(controller, clock, seconds=1)
    assert len(notifier.shown) == 1  # one, never a burst
    assert controller.timer.interval() == INTERVAL_S * 1000


def test_with_respect_dnd_off_a_hold_holds_nothing(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch, notifier: FakeNotifier,
    watcher: SettingsWatcher,
) -> None:  # fmt: skip
    watch.disturbed.emit(frozenset({Disturbance.FULLSCREEN}))
    watcher.set("reminders.respect_dnd", "false")
    assert _line(controller, clock) == "Next pause at 11:30"
    _wait(controller, clock, minutes=90)
    assert len(notifier.shown) == 1


def test_a_new_away_threshold_reaches_the_watch(
    controller: ReminderController, watch: FakeWatch, watcher: SettingsWatcher
) -> None:
    watcher.set("reminders.away_minutes", "12")
    assert watch.thresholds == [12 * 60]
    assert controller.rules.away_after == timedelta(minutes=12)
    watcher.set("reminders.interval_minutes", "60")
    assert watch.thresholds == [12 * 60]  # told only when it changes


def test_the_chime_comes_with_a_reminder_only_when_asked_for(
    controller: ReminderController, clock: FakeClock, watcher: SettingsWatcher
) -> None:
    chimes: list[datetime] = []
    controller.chime = lambda: chimes.append(clock.now)
    _wait(controller, clock, minutes=90)
    assert chimes == []  # off by default
    controller._answered(ReminderOutcome.DISMISSED)
    watcher.set("reminders.chime", "true")
    _wait(controller, clock, minutes=90)
    assert len(chimes) == 1


def test_signals_that_are_not_disturbances_are_ignored(
    controller: ReminderController, clock: FakeClock, watch: FakeWatch
) -> None:
    watch.disturbed.emit(["fullscreen", 3])
    watch.disturbed.emit(None)
    assert controller.attention.disturbances == frozenset()
    assert _line(controller, clock) == "Next pause at 11:30"


def test_the_tray_names_the_note_only_while_reminders_are_counted_down(clock: FakeClock) -> None:
    moment = datetime(2026, 3, 15, 11, 30, tzinfo=AMS)
    active = Status(StatusKind.ACTIVE, moment)
    assert status_line(active, clock.now, AMS, Note.AWAY) == "Waiting until you are back"
    off = Status(StatusKind.OFF, None)
    assert status_line(off, clock.now, AMS, Note.FULLSCREEN) == "Reminders are off"
    outside = Status(StatusKind.OUTSIDE_HOURS, moment + timedelta(days=1))
    assert status_line(outside, clock.now, AMS, Note.INHIBITED) == "Next pause tomorrow at 11:30"
    assert status_line(active, clock.now, AMS, Note.WAS_AWAY) == (
        "You were away: the next pause is at 11:30"
    )


def test_the_feature_starts_and_stops_the_watch(
    qtbot, store: Store, clock: FakeClock, watcher: SettingsWatcher, watch: FakeWatch
) -> None:
    from pause_app.ui.reminders import Reminders

    chimed: list[int] = []
    feature = Reminders(
        watcher,
        store,
        clock,
        AMS,
        attention=watch,
        chime=lambda: chimed.append(1),
    )
    try:
        assert feature.knows_when_away
        feature.start(window_open=lambda: True, reduced_motion=True)
        assert watch.started == [300]
        assert feature.controller.chime is not None
    finally:
        feature.shutdown()
        feature.deleteLater()
    assert watch.stopped
    blind = Reminders(watcher, store, clock, AMS, attention=FakeWatch(None))
    assert not blind.knows_when_away
    blind.shutdown()
    blind.deleteLater()
    assert not Reminders(watcher, store, clock, AMS).knows_when_away


def test_the_desktop_watch_itself_fits(
    store: Store, clock: FakeClock, watcher: SettingsWatcher, notifier: FakeNotifier
) -> None:
    """The same path with the real ``AttentionWatch`` signals (its test double)."""
    from tests.helpers.attention import FakeAttentionWatch

    watch = FakeAttentionWatch()
    made = ReminderController(watcher, store, clock, AMS, notifier)  # type: ignore[arg-type]
    try:
        made.watch_attention(watch)
        made.reschedule()
        assert watch.started_with == 300 and watch.aimed[-1] == pytest.approx(INTERVAL_S)
        watch.disturb(Disturbance.INHIBITED)
        assert _line(made, clock) == "Waiting: a call or video is on"
        watch.disturb()
        watch.go_away(600.0)  # the ten minutes idle were during the call: no rest
        _wait(made, clock, minutes=30)
        watch.come_back()
        assert [(r.outcome, r.away_seconds) for r in store.reminders.all()] == [
            (ReminderOutcome.AWAY, 30 * 60.0)
        ]
        assert notifier.shown == []
    finally:
        made.stop()
        made.deleteLater()
        watch.deleteLater()


def test_the_computers_sleep_is_watched_once_the_icon_shows_not_on_the_way(
    qtbot, store: Store, clock: FakeClock, watcher: SettingsWatcher, monkeypatch
) -> None:
    """The system bus is a connection of its own: it waits for the desktop's step after the
    tray icon, with the attention sources, as the issue on start-up asks."""
    from pause_app.ui.reminders import Reminders

    feature = Reminders(watcher, store, clock, AMS)
    asked: list[object] = []
    monkeypatch.setattr(feature.controller, "watch_sleep", asked.append)
    try:
        feature.start(window_open=lambda: True, reduced_motion=True)
        assert asked == []
        feature.watch_attention(FakeWatch())
        assert len(asked) == 1
    finally:
        feature.shutdown()
        feature.deleteLater()
