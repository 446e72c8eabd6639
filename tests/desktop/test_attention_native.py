"""Windows and macOS idle and do-not-disturb, and the X11 full-screen watch, with fake
libraries: written to the systems' documentation, not run on those systems here."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from pause_app.core.attention import Disturbance
from pause_app.desktop import idle_native
from pause_app.desktop.idle_x11 import FullScreenWatch


def _out(pointer: Any) -> Any:
    return pointer._obj  # what ctypes.byref points at


class FakeUser32:
    def __init__(self, last_input_ms: int, ok: bool = True) -> None:
        self.last_input_ms = last_input_ms
        self.ok = ok

    def GetLastInputInfo(self, info: Any) -> int:
        structure = _out(info)
        assert structure.cbSize == ctypes.sizeof(idle_native.LASTINPUTINFO)
        structure.dwTime = self.last_input_ms
        return 1 if self.ok else 0


class FakeKernel32:
    def __init__(self, ticks: int) -> None:
        self.ticks = ticks

    def GetTickCount(self) -> int:
        return self.ticks


class FakeShell32:
    def __init__(self, state: int, result: int = 0) -> None:
        self.state = state
        self.result = result

    def SHQueryUserNotificationState(self, state: Any) -> int:
        _out(state).value = self.state
        return self.result


def test_windows_idle_is_the_time_since_the_last_input() -> None:
    seconds = idle_native.windows_idle_seconds(FakeUser32(1_000_000), FakeKernel32(1_042_500))
    assert seconds == 42.5


def test_windows_idle_survives_the_tick_counter_wrapping() -> None:
    before_wrap = 2**32 - 1_000  # input 1 s before the 49.7-day wrap, now 2 s after it
    assert idle_native.windows_idle_seconds(FakeUser32(before_wrap), FakeKernel32(2_000)) == 3.0


def test_windows_idle_unknown_when_windows_does_not_say() -> None:
    assert idle_native.windows_idle_seconds(FakeUser32(0, ok=False), FakeKernel32(5)) is None


@pytest.mark.parametrize(
    ("state", "fullscreen", "quiet"),
    [
        (idle_native.QUNS_ACCEPTS_NOTIFICATIONS, False, False),
        (idle_native.QUNS_BUSY, True, False),
        (idle_native.QUNS_RUNNING_D3D_FULL_SCREEN, True, False),
        (idle_native.QUNS_PRESENTATION_MODE, True, False),
        (idle_native.QUNS_APP, True, False),
        (idle_native.QUNS_QUIET_TIME, False, True),
        (idle_native.QUNS_NOT_PRESENT, False, False),
    ],
)
def test_windows_notification_state_holds(state: int, fullscreen: bool, quiet: bool) -> None:
    assert idle_native.windows_fullscreen(FakeShell32(state)) is fullscreen
    assert idle_native.windows_quiet_time(FakeShell32(state)) is quiet


def test_windows_notification_state_failing_says_nothing() -> None:
    failed = FakeShell32(idle_native.QUNS_BUSY, result=-2147467259)  # E_FAIL
    assert idle_native.windows_fullscreen(failed) is None


class FakeCoreGraphics:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.asked: list[tuple[int, int]] = []

    def CGEventSourceSecondsSinceLastEventType(self, state: int, kind: int) -> float:
        self.asked.append((state, kind))
        return self.seconds


def test_macos_idle_asks_for_any_input_in_the_session() -> None:
    graphics = FakeCoreGraphics(12.25)
    assert idle_native.macos_idle_seconds(graphics) == 12.25
    assert graphics.asked == [(0, 0xFFFFFFFF)]  # combined session state, any input event
    assert idle_native.macos_idle_seconds(FakeCoreGraphics(-1.0)) == 0.0


class FakeServer:
    """An X server's answers for the full-screen watch, and the events it would send."""

    root = 1

    def __init__(self) -> None:
        self.active = 0
        self.fullscreen: set[int] = set()
        self.watched: set[int] = set()
        self.handler: Any = None

    def listen(self, handler: Any) -> None:
        self.handler = handler

    def unlisten(self) -> None:
        self.handler = None

    def watch_window(self, window: int, on: bool) -> None:
        (self.watched.add if on else self.watched.discard)(window)

    def active_window(self) -> int:
        return self.active

    def is_fullscreen(self, window: int) -> bool:
        return window in self.fullscreen

    def queued_later(self) -> None:
        pass

    def send(self, window: int, what: str) -> None:
        if self.handler is not None and (window in self.watched):
            self.handler(window, what)


def test_a_full_screen_active_window_holds_until_it_leaves_or_hides() -> None:
    server = FakeServer()
    watch = FullScreenWatch(server)  # type: ignore[arg-type]
    told: list[bool] = []
    watch.changed.connect(told.append)
    watch.start()
    assert watch.what is Disturbance.FULLSCREEN
    assert server.watched == {1}  # the root, for the active window
    server.active = 7
    server.send(1, "_NET_ACTIVE_WINDOW")
    assert server.watched == {1, 7} and told == []
    server.fullscreen.add(7)
    server.send(7, "_NET_WM_STATE")
    assert told == [True]
    server.send(7, "unmapped")  # closed (Qt hides it; the active window stays on it)
    assert told == [True, False]
    server.send(7, "mapped")
    assert told == [True, False, True]
    server.active = 9  # another window in front
    server.send(1, "_NET_ACTIVE_WINDOW")
    assert told == [True, False, True, False]
    assert server.watched == {1, 9}
    server.send(7, "_NET_WM_STATE")  # no longer watched: nothing
    watch.stop()
    assert server.watched == set() and server.handler is None
    watch.deleteLater()


class FakeSyncServer:
    """The SYNC extension's idle counter and alarms, as XSyncIdle uses them."""

    def __init__(self, idle_ms: int = 0) -> None:
        self.idle = idle_ms
        self.alarms: dict[int, tuple[int, bool]] = {}
        self.last = 0
        self.on_alarm: Any = None
        self.listening = False

    def listen(self, on_property: Any = None) -> None:
        self.listening = True

    def unlisten(self, on_property: bool = True) -> None:
        self.listening = False

    def idle_alarm(self, milliseconds: int, *, back: bool) -> int:
        self.last += 1
        self.alarms[self.last] = (milliseconds, back)
        return self.last

    def drop_alarm(self, alarm: int) -> None:
        self.alarms.pop(alarm, None)

    def idle_ms(self) -> int:
        return self.idle

    def fire(self, back: bool) -> None:
        for alarm, (_ms, kind) in list(self.alarms.items()):
            if kind is back:
                self.on_alarm(alarm)


def test_xsync_idle_is_two_alarms_and_no_timer() -> None:
    from pause_app.desktop.idle_xsync import XSyncIdle

    server = FakeSyncServer(idle_ms=1_000)
    source = XSyncIdle(server)  # type: ignore[arg-type]
    told: list[object] = []
    source.went_away.connect(told.append)
    source.came_back.connect(lambda: told.append("back"))
    source.start(300)
    assert server.listening and list(server.alarms.values()) == [(300_000, False)]
    server.idle = 300_000
    server.fire(back=False)
    assert told == [300.0]
    assert (1, True) in server.alarms.values()  # the return is watched only while away
    server.idle = 0
    server.fire(back=True)
    assert told == [300.0, "back"]
    assert list(server.alarms.values()) == [(300_000, False)]  # a keystroke costs nothing now
    source.set_away_after(60)
    assert list(server.alarms.values()) == [(60_000, False)]
    server.idle = 90_000
    source.set_away_after(30)  # already idle past the new threshold: away at once
    assert told == [300.0, "back", 90.0]
    source.stop()
    assert server.alarms == {} and not server.listening
    assert source.findChildren(QTimer) == []
    source.deleteLater()


def test_xsync_input_between_the_alarm_and_its_answer_is_a_return() -> None:
    from pause_app.desktop.idle_xsync import XSyncIdle

    server = FakeSyncServer()
    source = XSyncIdle(server)  # type: ignore[arg-type]
    told: list[object] = []
    source.went_away.connect(told.append)
    source.came_back.connect(lambda: told.append("back"))
    source.start(300)
    server.idle = 0  # the alarm fired, but input came before the back alarm was set
    server.fire(back=False)
    assert told == [300.0, "back"]
    assert not source.is_away
    source.stop()
    source.deleteLater()
