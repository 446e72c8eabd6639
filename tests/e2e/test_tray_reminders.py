"""Pause in a real tray on a virtual screen, reminding through a real notification service.

The one slow test: the shortest interval a user can set is a minute, and this waits for it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.desktop_session import desktop_session, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

REMINDER_SECONDS = 60 + 30  # the one-minute interval, and room for a slow machine


def test_in_the_tray_a_reminder_arrives_as_a_notification(tmp_path: Path) -> None:
    home = tmp_path / "pause-home"
    home.mkdir()
    (home / "settings.json").write_text(
        json.dumps(
            {
                "version": 1,
                "ui": {"welcomed": True, "language": "en"},
                "reminders": {"interval_minutes": 1, "active_hours": "00:00-24:00"},
            }
        )
    )
    with desktop_session(tmp_path / "desktop") as desktop:
        env = {**desktop.env, "PAUSE_APP_HOME": str(home)}
        app = desktop.start(
            [sys.executable, "-m", "pause_app", "--minimized", "-v"], "pause", env=env
        )
        log = desktop.folder / "pause.log"

        def said(text: str) -> bool:
            return text in log.read_text(errors="replace")

        wait_for(lambda: said("Pause is running in the tray"), 20, "Pause in the tray")
        assert app.poll() is None
        # The icon shows first; the reminders (and their notifier) come a moment later.
        wait_for(lambda: said("reminders as desktop notifications (D-Bus)"), 10, "the notifier")
        wait_for(lambda: "Time for a short pause?" in desktop.notify_calls(), REMINDER_SECONDS,
                 "the reminder's Notify call")  # fmt: skip
        call = desktop.notify_calls()
        assert 'string "Pause"' in call  # the app name
        assert 'string "start"' in call and 'string "Start a pause"' in call  # its actions
        assert '"suppress-sound"' in call  # silent: Pause plays its own sound, if any
        app.terminate()
        assert app.wait(10) == 0
    export = subprocess.run(
        [sys.executable, "-m", "pause_app", "export"],
        env={"PAUSE_APP_HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(export.stdout)["reminders"] == []  # shown, not yet answered
