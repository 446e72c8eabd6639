"""The X11 paths against a real X server (Xvfb) in seconds: the SYNC idle alarms, the
XScreenSaver idle time, and a full-screen window under a window manager (openbox)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pause_app.desktop.idle_x11 import FullScreenWatch, XServer
from pause_app.desktop.idle_xsync import XSyncIdle
from tests.e2e.desktop_session import Desktop, _start_xvfb, start_window_manager

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "openbox", "xprop")),
        reason="needs xvfb, xdotool, openbox and x11-utils (see .ci/run)",
    ),
]

FULL_SCREEN = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.showFullScreen()
sys.exit(app.exec())
"""


@pytest.fixture(scope="module")
def screen() -> Iterator[Desktop]:
    desktop = Desktop(Path(tempfile.mkdtemp(prefix="pause-x11-")))
    try:
        display = _start_xvfb(desktop)
        desktop.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        start_window_manager(desktop)
        yield desktop
    finally:
        desktop.stop()
        shutil.rmtree(desktop.folder, ignore_errors=True)


@pytest.fixture
def server(screen: Desktop, monkeypatch: pytest.MonkeyPatch) -> Iterator[XServer]:
    monkeypatch.setenv("DISPLAY", screen.env["DISPLAY"])
    opened = XServer.open()
    assert opened is not None
    yield opened
    opened.unlisten()
    opened.deleteLater()


def _input(screen: Desktop, x: int = 100) -> None:
    subprocess.run(["xdotool", "mousemove", str(x), "100"], env=screen.env, check=True)


def test_the_x_servers_idle_alarms_tell_away_and_back(
    screen: Desktop, server: XServer, qtbot: QtBot
) -> None:
    assert server.open_sync()
    source = XSyncIdle(server)
    try:
        _input(screen, 120)
        idle_ms = server.idle_ms()
        assert idle_ms is not None and idle_ms < 1000
        seconds = server.idle_seconds()  # XScreenSaver says the same
        assert seconds is not None and abs(seconds * 1000 - idle_ms) < 500
        with qtbot.waitSignal(source.went_away, timeout=5000) as away:
            source.start(1.0)  # a second without input
        assert away.args == [1.0]
        with qtbot.waitSignal(source.came_back, timeout=5000):
            _input(screen, 140)
        with qtbot.waitSignal(source.went_away, timeout=5000):
            pass  # the next idle spell: the away alarm stays
    finally:
        source.stop()
        source.deleteLater()


def test_a_full_screen_window_is_seen_and_its_closing_too(
    screen: Desktop, server: XServer, qtbot: QtBot
) -> None:
    watch = FullScreenWatch(server)
    try:
        watch.start()
        assert not watch.active
        with qtbot.waitSignal(watch.changed, timeout=10_000) as shown:
            video = screen.start([sys.executable, "-c", FULL_SCREEN], "fullscreen")
        assert shown.args == [True]
        with qtbot.waitSignal(watch.changed, timeout=10_000) as closed:
            video.terminate()
            video.wait(10)
        assert closed.args == [False]
    finally:
        watch.stop()
        watch.deleteLater()
