"""Reminders that respect attention, end to end: Pause in a tray on a virtual screen with a
window manager, its idle time from the X server (alarms on the SYNC extension's IDLETIME
counter), real input from xdotool, and the Notify calls of a notification service on a
private bus.

Slow: the shortest interval and away threshold a user can set are a minute each, and this
waits for them (about five minutes in all, one Pause, one desktop).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.desktop_session import Desktop, desktop_session, wait_for

TOOLS = ("Xvfb", "dbus-daemon", "trayer", "xdotool", "openbox", "xprop")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in TOOLS),
        reason="needs xvfb, dbus-daemon, trayer, xdotool, openbox and x11-utils (see .ci/run)",
    ),
]

INTERVAL = 60.0  # reminders.interval_minutes = 1
GRACE = 60.0  # after a hold ends (core/attention.py)
SLACK = 20.0  # a slow machine
EARLY = 4.0  # a coarse Qt timer may fire up to 5% of its interval early
ALIVE_EVERY = 15.0  # the test's "user" moves the mouse this often while they are there

# A window that shows itself full screen until the process ends.
FULL_SCREEN = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle("a full-screen video")
window.showFullScreen()
sys.exit(app.exec())
"""


class User:
    """The person at the virtual screen: moves the mouse now and then while present."""

    def __init__(self, desktop: Desktop) -> None:
        self.desktop = desktop
        self.last_input = 0.0
        self._corner = False

    def move(self) -> None:
        self._corner = not self._corner
        x, y = (400, 300) if self._corner else (600, 500)
        subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=self.desktop.env,
                       check=True, timeout=10)  # fmt: skip
        self.last_input = time.monotonic()

    def stay_until(self, condition, seconds: float, what: str) -> float:  # type: ignore[no-untyped-def]
        """Present (moving now and then) until ``condition`` holds; the moment it did."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if condition():
                return time.monotonic()
            if time.monotonic() - self.last_input >= ALIVE_EVERY:
                self.move()
            time.sleep(0.2)  # a test of real minutes: it watches another process
        raise TimeoutError(f"waited {seconds:.0f} s for {what}")


def _start_window_manager(desktop: Desktop) -> None:
    desktop.start(["openbox"], "openbox")

    def managed() -> bool:
        root = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                              env=desktop.env, capture_output=True, text=True)  # fmt: skip
        return "window id" in root.stdout

    wait_for(managed, 10, "openbox")


def test_no_reminder_to_an_empty_desk_and_none_over_a_full_screen_window(tmp_path: Path) -> None:
    home = tmp_path / "pause-home"
    home.mkdir()
    (home / "settings.json").write_text(
        json.dumps(
            {
                "version": 1,
                "ui": {"welcomed": True, "language": "en"},
                "reminders": {
                    "interval_minutes": 1, "away_minutes": 1, "active_hours": "00:00-24:00",
                    "respect_dnd": True,
                },
            }
        )
    )  # fmt: skip
    with desktop_session(tmp_path / "desktop", notifications="fake") as desktop:
        assert desktop.server is not None
        _start_window_manager(desktop)
        user = User(desktop)
        # Nobody has touched the screen since it started: let that stretch grow, so that
        # away (idle for a minute) comes well before the first reminder is due.
        time.sleep(12)  # a test of real minutes: the X server counts the idle time
        started = time.monotonic()
        app = desktop.start([sys.executable, "-m", "pause_app", "--minimized", "-v"], "pause",
                            env={**desktop.env, "PAUSE_APP_HOME": str(home)})  # fmt: skip
        log = desktop.folder / "pause.log"

        def said(text: str) -> bool:
            return text in log.read_text(errors="replace")

        def notified() -> int:
            return len(desktop.server.made("Notify"))  # type: ignore[union-attr]

        wait_for(lambda: said("Pause is running in the tray"), 30, "Pause in the tray")
        # The attention sources are set up once the icon shows: the X server's idle alarms.
        wait_for(lambda: said("attention: watching xsync, x11_fullscreen"), 10, "the sources")

        # 1. No input: away before the minute is up, and no reminder to the empty desk.
        wait_for(lambda: said("attention: away"), INTERVAL + SLACK, "away")
        wait_for(lambda: time.monotonic() - started > INTERVAL + SLACK, INTERVAL + 2 * SLACK,
                 "the first reminder's time to pass")  # fmt: skip
        assert notified() == 0, desktop.server.made("Notify")

        # 2. Input again: back, and the reminder one interval later, not at once.
        user.move()
        came_back = user.last_input
        user.stay_until(lambda: said("attention: back"), SLACK, "back")
        reminded = user.stay_until(lambda: notified() == 1, INTERVAL + 2 * SLACK, "a reminder")
        assert INTERVAL - EARLY <= reminded - came_back <= INTERVAL + SLACK

        # 3. A full-screen window holds the next reminder; closed, one comes after the grace.
        video = desktop.start([sys.executable, "-c", FULL_SCREEN], "fullscreen")
        user.stay_until(lambda: said("attention: x11_fullscreen on"), 20, "the full screen")
        user.stay_until(lambda: time.monotonic() - reminded > INTERVAL + SLACK,
                        2 * INTERVAL, "the next reminder's time to pass")  # fmt: skip
        assert notified() == 1  # held
        video.terminate()
        video.wait(10)
        user.stay_until(lambda: said("attention: x11_fullscreen off"), 20, "the window gone")
        closed = time.monotonic()
        freed = user.stay_until(lambda: notified() == 2, GRACE + 2 * SLACK, "the held reminder")
        assert GRACE - EARLY <= freed - closed <= GRACE + SLACK
        user.stay_until(lambda: time.monotonic() - freed > 10, 15, "a while after it")
        assert notified() == 2  # one, never a burst
        app.terminate()
        assert app.wait(10) == 0
