"""The reminder window with a real window manager (openbox on Xvfb): it appears without taking
the keyboard from what the user is typing in, and once the user moves to it ("Go to the
reminder", Ctrl+Shift+R in the main window) its answers take the focus, in tab order."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.desktop_session import desktop_session, start_window_manager

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "dbus-daemon", "openbox", "xprop")),
        reason="needs xvfb, dbus-daemon, openbox and x11-utils (see .ci/run)",
    ),
]

# The person types in a window of their own; a reminder comes; later they move to it.
SCENE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(sys.argv[:1])
from pause_app.ui.reminders.corner_window import ReminderWindow

def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)

def until(condition, seconds=5.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end and not condition():
        settle(0.05)
    return condition()

editor = QLineEdit()
editor.setWindowTitle("a letter")
editor.show()
editor.activateWindow()
typing = until(lambda: QApplication.activeWindow() is editor and editor.hasFocus())
reminder = ReminderWindow()
reminder.reduced_motion = True
reminder.pop_up()
until(lambda: reminder.isVisible() and reminder.windowHandle().isExposed())
settle(1.0)
QTest.keyClicks(QApplication.focusWidget() or editor, "still typing")
kept = QApplication.activeWindow() is editor and editor.text() == "still typing"
reminder.take_focus()
moved = until(lambda: QApplication.focusWidget() is reminder.start_button)
QTest.keyClick(reminder.start_button, Qt.Key.Key_Tab)
tabbed = QApplication.focusWidget() is reminder.snooze_button
print(json.dumps({"typing": typing, "kept": kept, "moved": moved, "tabbed": tabbed}))
"""


def test_the_reminder_never_takes_the_keyboard_but_can_be_reached(tmp_path: Path) -> None:
    with desktop_session(tmp_path / "desktop", notifications="none") as desktop:
        start_window_manager(desktop)
        root = str(Path(__file__).resolve().parents[2])
        run = subprocess.run(
            [sys.executable, "-c", SCENE, root],
            env={**desktop.env, "LANGUAGE": "en"}, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
        assert lines, run.stdout + run.stderr
        assert json.loads(lines[-1]) == {
            "typing": True,
            "kept": True,
            "moved": True,
            "tabbed": True,
        }
