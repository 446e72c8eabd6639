"""On a small real desktop (Xvfb, a private session bus with dunst, trayer): Qt finds the
tray, and a reminder sent through DBusNotifier is a Notify call a real service accepts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.e2e.desktop_session import DEADLINE_SECONDS, Desktop, desktop_session

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "dbus-daemon", "dunst", "trayer", "gdbus")),
        reason="needs xvfb, dbus-daemon, dunst, trayer and gdbus (see .ci/run)",
    ),
]

# A child process, as the app is: show one reminder, say what answered, quit once it is sent.
SHOW_ONE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pause_app.desktop.notifications import make_notifier

app = QApplication(sys.argv[:1])
notifier = make_notifier(None, app)
print(type(notifier).__name__, flush=True)
notifier.show("Time for a pause? (e2e)", "A few calm breaths.", [("start", "Start a pause")])
sent = QTimer(app)
sent.setInterval(20)
sent.timeout.connect(lambda: notifier._pending or (print(notifier._id), app.quit()))
sent.start()
sys.exit(app.exec())
"""


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    with desktop_session(tmp_path_factory.mktemp("desktop"), notifications="dunst") as made:
        yield made


def test_qt_finds_the_system_tray(desktop: Desktop) -> None:
    assert desktop.env["QT_QPA_PLATFORM"] == "xcb"
    assert desktop.tray_available()


def test_a_reminder_is_a_notify_call_the_service_accepts(desktop: Desktop) -> None:
    child = subprocess.run(
        [sys.executable, "-c", SHOW_ONE],
        env=desktop.env,
        capture_output=True,
        text=True,
        timeout=DEADLINE_SECONDS,
    )
    assert child.returncode == 0, child.stderr
    chosen, notification_id = child.stdout.split()
    assert chosen == "DBusNotifier"
    assert int(notification_id) > 0  # dunst took it: the types were right
    call = desktop.wait_for_notify("Time for a pause? (e2e)")
    for expected in (
        'string "Pause"',  # the app name
        "uint32 0",  # replaces nothing yet
        'string "org.pauseapp.Pause"',  # the icon and the desktop entry
        'string "default"',  # a click on the body answers too
        'string "start"',
        'string "Start a pause"',
        'string "suppress-sound"',
        "variant             boolean true",
        'string "urgency"',
        "variant             byte 0",  # low
        "int32 60000",  # it goes away by itself after a minute
    ):
        assert expected in call, expected
