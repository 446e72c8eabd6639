"""How the process meets its system: the display it needs, its QApplication, the signals
that end it."""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import sys
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from pause_app import APP_ID

log = logging.getLogger(__name__)


def qt_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qt_app = QApplication([sys.argv[0] if sys.argv else "pause-app"])
    qt_app.setApplicationName("Pause")
    qt_app.setOrganizationDomain("pauseapp.org")
    qt_app.setDesktopFileName(APP_ID)
    if os.environ.get(COUNT_ENV):
        count_objects(qt_app, float(os.environ[COUNT_ENV]))
    return qt_app


COUNT_ENV = "PAUSE_APP_COUNT_OBJECTS"  # seconds between counts (tests/perf/bench_soak.py)


def live_objects(qt_app: QCoreApplication) -> int:
    """The QObjects that can be found: the application's children, and each window with
    everything in it (windows have no parent). A leak of windows, timers or watchers shows.

    The garbage is collected first, here: windows that only the collector deletes (a chart's
    option menus) would otherwise count, or be deleted by a collection that happened to run
    while PySide6 was making the list of windows, which left it holding deleted ones."""
    gc.collect()
    count = len(qt_app.findChildren(QObject))
    if isinstance(qt_app, QApplication):
        count += sum(1 + len(w.findChildren(QObject)) for w in qt_app.topLevelWidgets())
    return count


def resident_kib() -> int:
    """The memory the process holds now (RSS), in KiB; 0 where /proc is not there."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return 0


def count_objects(qt_app: QCoreApplication, seconds: float) -> QTimer:
    """For the soak benchmark: the memory and the live QObjects in the log, every ``seconds``."""
    timer = QTimer(qt_app)
    timer.setObjectName("object_count_timer")
    timer.setInterval(max(1, round(seconds * 1000)))
    timer.timeout.connect(
        lambda: log.info("soak: rss_kib=%d qobjects=%d", resident_kib(), live_objects(qt_app))
    )
    timer.start()
    return timer


def quit_on_signals(qt_app: QCoreApplication) -> QObject:
    """SIGINT and SIGTERM end the event loop cleanly, woken by a socket, not by polling."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, qt_app)
    notifier.setObjectName("signal_notifier")

    def on_signal() -> None:
        reader.recv(64)
        log.info("quitting on a signal")
        # exit, not quit: Qt 6's quit() first asks every window to close, and the window
        # that hides to the tray declines, so quit() would leave Pause running.
        qt_app.exit(0)

    notifier.activated.connect(on_signal)
    notifier._sockets = (reader, writer)  # type: ignore[attr-defined]  # keep them open
    return notifier


def display_missing(environ: Mapping[str, str], platform: str) -> bool:
    """No X11 or Wayland display to draw on, where Qt would abort with a page of text."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(("xcb", "wayland")):
        return False  # offscreen, vnc, eglfs...: Qt was told where to draw
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
