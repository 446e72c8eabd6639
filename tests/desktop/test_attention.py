"""The attention watch put together from its sources, with fakes: no bus, no X server."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from pause_app.core.attention import Disturbance
from pause_app.desktop.attention import AttentionWatch, DesktopAttention, attention_watch
from pause_app.desktop.idle_base import Condition, IdleSource, PolledCondition, PollingIdle
from pause_app.desktop.idle_dbus import login1_session_path
from pause_app.desktop.idle_dnd import SessionInhibit
from tests.helpers.attention import FakeAttentionWatch


class Readings:
    """An idle time (or a state) a test sets; counts how often it was read."""

    def __init__(self, value: float | bool | None = 0.0) -> None:
        self.value = value
        self.reads = 0

    def __call__(self):  # type: ignore[no-untyped-def]
        self.reads += 1
        return self.value


class Seen:
    def __init__(self, watch: AttentionWatch) -> None:
        self.events: list[object] = []
        watch.away.connect(lambda seconds: self.events.append(("away", seconds)))
        watch.back.connect(lambda: self.events.append("back"))
        watch.disturbed.connect(lambda found: self.events.append(found))


def _seconds(ms: int | None) -> float:
    assert ms is not None, "the timer is not aimed"
    return ms / 1000


@pytest.fixture
def idle() -> Iterator[tuple[PollingIdle, Readings]]:
    readings = Readings(100.0)
    source = PollingIdle(readings, "test")
    yield source, readings
    source.stop()
    source.deleteLater()


def test_polling_aims_at_the_threshold_never_a_tick(idle: tuple[PollingIdle, Readings]) -> None:
    source, readings = idle
    gone: list[float] = []
    source.went_away.connect(gone.append)
    source.start(300)
    assert readings.reads == 1
    assert _seconds(source.next_check_ms()) == pytest.approx(200, abs=1)  # 300 - 100 idle
    readings.value = 20.0  # input came in the meantime: the earliest away moves on
    source.check()
    assert _seconds(source.next_check_ms()) == pytest.approx(280, abs=1)
    assert gone == []


class Monotonic:
    """A monotonic clock a test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_polling_looks_when_a_reminder_is_due() -> None:
    readings, clock = Readings(100.0), Monotonic()
    source = PollingIdle(readings, "test", monotonic=clock)
    source.start(300)
    source.aim(45)
    assert _seconds(source.next_check_ms()) == pytest.approx(45, abs=1)
    clock.now += 45
    source.check()  # at the due moment: next, the threshold again
    assert _seconds(source.next_check_ms()) == pytest.approx(200, abs=1)
    source.aim(None)
    assert _seconds(source.next_check_ms()) == pytest.approx(200, abs=1)
    source.stop()


def test_polling_counts_the_due_moment_from_when_it_was_said() -> None:
    """A reminder due in 250 s, said at 1000: a look at the threshold 100 s later (after
    input) aims at 1250, not 250 s from the look."""
    readings, clock = Readings(200.0), Monotonic()
    source = PollingIdle(readings, "test", monotonic=clock)
    source.start(300)
    source.aim(250)
    assert _seconds(source.next_check_ms()) == pytest.approx(100, abs=1)  # the threshold
    clock.now += 100
    readings.value = 0.0  # input meanwhile: away is 300 s off, the reminder 150 s
    source.check()
    assert _seconds(source.next_check_ms()) == pytest.approx(150, abs=1)
    source.stop()


def test_polling_says_away_once_and_back_on_input(idle: tuple[PollingIdle, Readings]) -> None:
    source, readings = idle
    told: list[object] = []
    source.went_away.connect(lambda seconds: told.append(seconds))
    source.came_back.connect(lambda: told.append("back"))
    source.start(300)
    readings.value = 301.5
    source.check()
    assert told == [301.5]
    assert _seconds(source.next_check_ms()) == pytest.approx(PollingIdle.AWAY_CHECK_S, abs=1)
    readings.value = 900.0
    source.check()
    source.aim(10)  # a reminder due while away changes nothing: it waits for the return
    assert told == [301.5]
    readings.value = 1.0
    source.check()
    assert told == [301.5, "back"]
    assert _seconds(source.next_check_ms()) == pytest.approx(299, abs=1)


def test_a_threshold_change_is_looked_at_at_once(idle: tuple[PollingIdle, Readings]) -> None:
    source, _readings = idle
    gone: list[float] = []
    source.went_away.connect(gone.append)
    source.start(300)
    source.set_away_after(60)  # 100 s idle is now away
    assert gone == [100.0]


def test_polling_that_cannot_read_tries_again_calmly(idle: tuple[PollingIdle, Readings]) -> None:
    source, readings = idle
    readings.value = None
    source.start(300)
    assert _seconds(source.next_check_ms()) == pytest.approx(PollingIdle.FAILED_CHECK_S, abs=5)
    source.stop()
    assert source.next_check_ms() is None


class FakeIdle(IdleSource):
    name = "fake_idle"

    def __init__(self) -> None:
        super().__init__()
        self.started: float | None = None
        self.aimed: list[float | None] = []

    def start(self, away_after_s: float) -> None:
        self.started = away_after_s

    def set_away_after(self, seconds: float) -> None:
        self.started = seconds

    def aim(self, due_in_s: float | None) -> None:
        self.aimed.append(due_in_s)

    def stop(self) -> None:
        self.started = None


@pytest.fixture
def desk() -> Iterator[tuple[DesktopAttention, FakeIdle, Condition, Condition, Condition]]:
    idle = FakeIdle()
    lock = Condition(None, "lock")
    dnd = Condition(Disturbance.NOTIFICATIONS_OFF, "dnd")
    banners = Condition(Disturbance.NOTIFICATIONS_OFF, "banners")
    watch = DesktopAttention(idle, [lock, dnd, banners])
    yield watch, idle, lock, dnd, banners
    watch.stop()
    watch.deleteLater()


def test_the_watch_passes_the_threshold_and_the_aim_on(desk) -> None:  # type: ignore[no-untyped-def]
    watch, idle, *_ = desk
    assert watch.idle_source == "fake_idle"
    assert watch.sources == ["fake_idle", "lock", "dnd", "banners"]
    watch.aim(30)  # not started: nothing
    assert idle.aimed == []
    watch.start(300)
    watch.set_away_after(120)
    watch.aim(30)
    assert (idle.started, idle.aimed) == (120, [30])
    watch.stop()
    assert idle.started is None


def test_idle_and_lock_are_one_away(desk) -> None:  # type: ignore[no-untyped-def]
    watch, idle, lock, *_ = desk
    seen = Seen(watch)
    watch.start(300)
    lock.set_active(True)  # locked while here: away at once
    idle.went_away.emit(300.0)  # then idle too: still the one away
    lock.set_active(False)  # unlocked, but no input yet: still away
    assert seen.events == [("away", 0.0)]
    idle.came_back.emit()
    assert seen.events == [("away", 0.0), "back"]
    idle.went_away.emit(310.0)
    lock.set_active(True)
    idle.came_back.emit()  # input on the lock screen: away until unlocked
    lock.set_active(False)
    assert seen.events[2:] == [("away", 310.0), "back"]


def test_holds_are_one_set_and_said_on_change_only(desk) -> None:  # type: ignore[no-untyped-def]
    watch, _idle, _lock, dnd, banners = desk
    seen = Seen(watch)
    watch.start(300)
    dnd.set_active(True)
    banners.set_active(True)  # the same hold from a second source
    dnd.set_active(False)  # the other still holds
    banners.set_active(False)
    assert seen.events == [frozenset({Disturbance.NOTIFICATIONS_OFF}), frozenset()]
    assert watch.disturbances == frozenset()


def test_nothing_is_said_after_stop(desk) -> None:  # type: ignore[no-untyped-def]
    watch, idle, lock, dnd, _banners = desk
    seen = Seen(watch)
    watch.start(300)
    watch.stop()
    idle.went_away.emit(400.0)
    lock.set_active(True)
    dnd.set_active(True)
    assert seen.events == []


def test_a_polled_hold_is_read_when_a_reminder_is_due_and_while_it_holds() -> None:
    state = Readings(False)
    hold = PolledCondition(state, Disturbance.FULLSCREEN, "polled")
    told: list[bool] = []
    hold.changed.connect(told.append)
    try:
        hold.start()
        assert (state.reads, hold.active, told) == (1, False, [])
        hold.aim(120)
        assert hold._timer.remainingTime() == pytest.approx(119_000, abs=1000)
        state.value = True
        hold.check()
        assert told == [True]
        assert hold._timer.remainingTime() == pytest.approx(30_000, abs=1000)
        state.value = False
        hold.check()
        assert told == [True, False]
        assert not hold._timer.isActive()
    finally:
        hold.stop()
        hold.deleteLater()


def test_the_fake_watch_keeps_the_contract() -> None:
    watch = FakeAttentionWatch()
    seen = Seen(watch)
    watch.start(300)
    watch.go_away(420)
    watch.go_away(430)  # already away: said once
    watch.come_back()
    watch.disturb(Disturbance.FULLSCREEN, Disturbance.INHIBITED)
    watch.disturb(Disturbance.INHIBITED, Disturbance.FULLSCREEN)
    watch.disturb()
    assert seen.events == [
        ("away", 420.0),
        "back",
        frozenset({Disturbance.FULLSCREEN, Disturbance.INHIBITED}),
        frozenset(),
    ]
    assert (watch.started_with, watch.idle_source) == (300, "fake")
    watch.deleteLater()


def test_no_idle_source_here_says_none_and_changes_nothing() -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "attention-nowhere")
    try:
        watch = attention_watch(bus=nowhere)  # offscreen: no X server either
        assert watch.idle_source is None
        seen = Seen(watch)
        watch.start(300)
        watch.aim(10)
        watch.stop()
        assert seen.events == []
        watch.deleteLater()
    finally:
        QDBusConnection.disconnectFromBus("attention-nowhere")


@pytest.mark.parametrize(("platform", "source"), [("win32", "windows"), ("darwin", "macos")])
def test_windows_and_macos_choose_their_own_source(
    monkeypatch: pytest.MonkeyPatch, platform: str, source: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    watch = attention_watch()  # nothing is called until it starts
    assert watch.idle_source == source
    watch.deleteLater()
    assert sys.platform == platform


def test_logind_paths_are_escaped_as_systemd_does() -> None:
    assert login1_session_path("3") == "/org/freedesktop/login1/session/_33"
    assert login1_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert login1_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"


def test_gnome_session_inhibits_idle_only_with_the_idle_bit() -> None:
    meaning = SessionInhibit.meaning
    assert meaning(None, 8) and meaning(None, 12)  # type: ignore[arg-type]
    assert not meaning(None, 4) and not meaning(None, 0)  # type: ignore[arg-type]
    assert not meaning(None, "junk")  # type: ignore[arg-type]


def test_gnome_banners_off_holds_reminders(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pause_app.desktop.idle_dnd import GnomeBanners

    gsettings = tmp_path / "gsettings"
    gsettings.write_text(
        '#!/bin/sh\n[ "$*" = "get org.gnome.desktop.notifications show-banners" ] && echo false\n'
    )
    gsettings.chmod(0o700)
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "attention-banners")
    banners = GnomeBanners(nowhere, str(gsettings))
    try:
        assert banners.what is Disturbance.NOTIFICATIONS_OFF
        with qtbot.waitSignal(banners.changed) as told:
            banners.start()
        assert told.args == [True]
        gsettings.write_text("#!/bin/sh\necho true\n")
        with qtbot.waitSignal(banners.changed) as told:
            banners.read()  # as after dconf's Notify for that folder
        assert told.args == [False]
    finally:
        banners.stop()
        banners.deleteLater()
        QDBusConnection.disconnectFromBus("attention-banners")
