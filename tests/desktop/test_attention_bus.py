"""The attention watch's D-Bus paths against fake services on a private session bus: GNOME's
Mutter IdleMonitor (typed watches, WatchFired), a notification service with Inhibited = true,
the ScreenSaver's idle time and ActiveChanged, KDE's PowerManagement inhibit."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from pause_app.core.attention import Disturbance
from pause_app.desktop.attention import AttentionWatch, attention_watch
from tests.e2e.desktop_session import private_bus, wait_for
from tests.helpers.attention_bus import AttentionServices

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="needs dbus-daemon (see .ci/run)"),
]


@pytest.fixture
def bus_address(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)  # not this machine's logind
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    with private_bus() as bus:
        yield bus.address


@pytest.fixture
def connect(bus_address: str) -> Iterator[QDBusConnection]:
    connection = QDBusConnection.connectToBus(bus_address, "attention-test")
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus("attention-test")


def _watch(connection: QDBusConnection) -> Iterator[AttentionWatch]:
    watch = attention_watch(bus=connection)
    yield watch
    watch.stop()
    watch.deleteLater()


def test_mutter_watches_tell_away_and_back_without_polling(
    bus_address: str, connect: QDBusConnection, qtbot: QtBot
) -> None:
    with AttentionServices(bus_address, "mutter", "notifications", inhibited=True) as services:
        for watch in _watch(connect):
            assert watch.idle_source == "mutter"
            with qtbot.waitSignal(watch.disturbed) as held:
                watch.start(300)
            assert held.args == [frozenset({Disturbance.NOTIFICATIONS_OFF})]
            wait_for(lambda: services.made("AddIdleWatch") != [], 5, "AddIdleWatch")
            [added] = services.made("AddIdleWatch")
            assert added["interval"] == 300_000  # a uint64, as Mutter takes it
            wait_for(lambda: services.made("GetIdletime") != [], 5, "GetIdletime")

            with qtbot.waitSignal(watch.away) as away:
                services.tell("idle", 300_000)
            assert away.args == [300.0]
            qtbot.waitUntil(lambda: services.made("AddUserActiveWatch") != [])
            services.tell("idle", 600_000)  # longer away: nothing new
            with qtbot.waitSignal(watch.back):
                services.tell("active")

            with qtbot.waitSignal(watch.disturbed) as freed:
                services.tell("inhibited", "false")
            assert freed.args == [frozenset()]

            watch.set_away_after(60)
            wait_for(lambda: len(services.made("AddIdleWatch")) == 2, 5, "the new watch")
            assert services.made("RemoveWatch")[0]["id"] == added["id"]  # a uint32
            assert services.made("AddIdleWatch")[-1]["interval"] == 60_000
            with qtbot.waitSignal(watch.away) as again:
                services.tell("idle", 60_000)
            assert again.args == [60.0]
            assert watch.is_away
            watch.stop()  # its watches end with it
            wait_for(lambda: len(services.made("RemoveWatch")) >= 2, 5, "the watches removed")


def test_mutter_already_idle_at_the_start_is_away_at_once(
    bus_address: str, connect: QDBusConnection, qtbot: QtBot
) -> None:
    with AttentionServices(bus_address, "mutter") as services:
        services.tell("idle", 400_000)
        for watch in _watch(connect):
            with qtbot.waitSignal(watch.away) as away:
                watch.start(300)
            assert away.args == [400.0]
            assert watch.disturbances == frozenset()  # no notification service: no hold


def test_screensaver_idle_is_read_and_its_lock_is_away(
    bus_address: str, connect: QDBusConnection, qtbot: QtBot
) -> None:
    with AttentionServices(bus_address, "screensaver", "power") as services:
        services.tell("screensaver-idle", 12_000)
        for watch in _watch(connect):
            assert watch.idle_source == "screensaver"
            watch.start(300)
            wait_for(lambda: len(services.made("GetSessionIdleTime")) == 2, 5, "two reads")
            # tried once, read once, and then not again: the next look is at the threshold
            with qtbot.waitSignal(watch.away) as away:
                services.tell("screensaver-active", "true")
            assert away.args == [0.0]
            with qtbot.waitSignal(watch.back):
                services.tell("screensaver-active", "false")
            with qtbot.waitSignal(watch.disturbed) as held:
                services.tell("power-inhibit", "true")
            assert held.args == [frozenset({Disturbance.INHIBITED})]
            assert len(services.made("GetSessionIdleTime")) == 2  # no tick in between


def test_no_idle_source_on_the_bus_says_none(connect: QDBusConnection, qtbot: QtBot) -> None:
    for watch in _watch(connect):
        assert watch.idle_source is None
        watch.start(300)
