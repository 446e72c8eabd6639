"""A small desktop for end-to-end tests: a virtual screen (Xvfb), a private D-Bus session
with a notification service (dunst, or the fake one below) and a watcher of its Notify
calls (dbus-monitor), and a system tray (trayer). Everything is started in its own process
group and stopped after, whatever happened.

    with desktop_session(tmp_path / "desktop") as desktop:
        desktop.env                   # DISPLAY, DBUS_SESSION_BUS_ADDRESS, QT_QPA_PLATFORM=xcb
        desktop.start(argv, "name")   # a process in that session, its output in name.log
        desktop.wait_for_notify("Time for a pause?")
        desktop.notify_calls()        # what dbus-monitor saw of Notify calls so far

Smaller pieces for tests that need only a bus: ``private_bus()`` is a session bus of its
own (no service files of this machine, so nothing is started by activation), and
``FakeNotificationServer`` is a notification service on it, written with QtDBus, that
records every call and can be told to answer (ActionInvoked, NotificationClosed).

The fake service is this file run as a script: ``python desktop_session.py
notification-server ADDRESS [CAPABILITY ...]``.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

DEADLINE_SECONDS = 10.0
# The session's own pieces (not Pause) get longer, and a second try: see _start_tray.
SETUP_DEADLINE_SECONDS = 30.0
SETUP_ATTEMPTS = 2
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"

# A session bus that knows no service files: only what a test starts is on it.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# What Qt's xcb plugin checks for a system tray; a child process, as the app would be.
_TRAY_PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
    "app = QApplication(sys.argv[:1])\n"
    "print(QSystemTrayIcon.isSystemTrayAvailable())\n"
)


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Poll ``condition`` until it holds (a test helper: processes cannot signal us)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.05)
    raise TimeoutError(f"waited {seconds:.0f} s for {what}")


def _stop_group(process: subprocess.Popen[Any]) -> None:
    """Stop a process started with ``start_new_session`` and everything it started."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


# --- a private session bus ---------------------------------------------------------------


@dataclass
class Bus:
    address: str
    process: subprocess.Popen[str]

    @property
    def env(self) -> dict[str, str]:
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    def has_owner(self, name: str) -> bool:
        reply = subprocess.run(
            ["dbus-send", f"--bus={self.address}", "--print-reply",
             "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
            capture_output=True, text=True, timeout=DEADLINE_SECONDS,
        )  # fmt: skip
        return "boolean true" in reply.stdout


@contextmanager
def private_bus() -> Iterator[Bus]:
    """A D-Bus session bus of its own, stopped afterwards."""
    # unix:dir wants a short path (108 bytes for a socket), so not pytest's tmp_path.
    folder = Path(tempfile.mkdtemp(prefix="pause-bus-"))
    config = folder / "session.conf"
    config.write_text(_BUS_CONFIG.format(folder=folder))
    process = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
         "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()  # it prints once it listens
        if not address:
            raise RuntimeError(f"dbus-daemon did not start (exit {process.wait(5)})")
        yield Bus(address, process)
    finally:
        _stop_group(process)
        if process.stdout is not None:
            process.stdout.close()
        shutil.rmtree(folder, ignore_errors=True)


# --- a fake notification service ---------------------------------------------------------


class FakeNotificationServer:
    """``org.freedesktop.Notifications`` on ``address``, in a child process.

    Its methods have the spec's exact D-Bus types (QtDBus refuses a call whose signature
    differs, as GLib-based services do), so a call it records is one a real service takes.
    """

    def __init__(self, address: str, capabilities: tuple[str, ...] = ("actions", "body")) -> None:
        self.address = address
        self.capabilities = capabilities
        self.calls: list[dict[str, Any]] = []
        self._lines: queue.Queue[str] = queue.Queue()
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None

    def __enter__(self) -> FakeNotificationServer:
        self._process = subprocess.Popen(
            [sys.executable, __file__, "notification-server", self.address, *self.capabilities],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, start_new_session=True,
        )  # fmt: skip
        self._reader = threading.Thread(target=self._pump, daemon=True)
        self._reader.start()
        try:
            line = self._lines.get(timeout=DEADLINE_SECONDS)
        except queue.Empty:
            line = ""
        if line != "ready":
            self.__exit__(None, None, None)
            raise RuntimeError(f"the fake notification service did not start: {line!r}")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            assert self._process.stdin is not None
            self._process.stdin.close()  # it quits at the end of its input
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            _stop_group(self._process)
        if self._reader is not None:
            self._reader.join(5)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._process = None

    def _pump(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        for raw in self._process.stdout:
            line = raw.strip()
            if line.startswith("{"):
                self.calls.append(json.loads(line))  # list.append is atomic
            else:
                self._lines.put(line)

    def made(self, member: str) -> list[dict[str, Any]]:
        """The calls of ``member`` received so far."""
        return [call for call in list(self.calls) if call["member"] == member]

    def wait_for_call(self, member: str, count: int = 1) -> dict[str, Any]:
        """Block until ``count`` calls of ``member`` arrived (no Qt event loop needed here)."""
        wait_for(lambda: len(self.made(member)) >= count, DEADLINE_SECONDS, f"{member} call")
        return self.made(member)[count - 1]

    def _tell(self, *words: object) -> None:
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write(" ".join(map(str, words)) + "\n")
        self._process.stdin.flush()

    def invoke_action(self, notification_id: int, key: str) -> None:
        """As if the user chose an action: the ActionInvoked signal."""
        self._tell("invoke", notification_id, key)

    def close_notification(self, notification_id: int, reason: int) -> None:
        """As if it went away (1 expired, 2 dismissed, 3 closed by a call, 4 other)."""
        self._tell("close", notification_id, reason)


def _serve_notifications(address: str, capabilities: list[str]) -> int:
    """The fake service's process: QtDBus, typed slots and signals, records on stdout."""
    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
    from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

    def record(member: str, **arguments: Any) -> None:
        print(json.dumps({"member": member, **arguments}, default=repr), flush=True)

    # An adaptor, not a plain object: PySide6 relays the signals of an adaptor to D-Bus with
    # their declared types (uint32), and those of a plain exported QObject not at all.
    @ClassInfo({"D-Bus Interface": NOTIFICATIONS})
    class Service(QDBusAbstractAdaptor):
        ActionInvoked = Signal("uint", str)
        NotificationClosed = Signal("uint", "uint")

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.setAutoRelaySignals(True)
            self.last_id = 0
            self.open: set[int] = set()

        @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
        def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
            if replaces_id in self.open:
                notification_id = replaces_id
            else:
                self.last_id += 1
                notification_id = self.last_id
            self.open.add(notification_id)
            record(
                "Notify", id=notification_id, app_name=app_name, replaces_id=replaces_id,
                app_icon=app_icon, summary=summary, body=body, actions=list(actions),
                hints=dict(hints), expire_timeout=timeout,
            )  # fmt: skip
            return notification_id

        @Slot("uint")
        def CloseNotification(self, notification_id):
            record("CloseNotification", id=notification_id)
            self.close(notification_id, 3)

        @Slot(result="QStringList")
        def GetCapabilities(self):
            record("GetCapabilities")
            return capabilities

        def close(self, notification_id: int, reason: int) -> None:
            if notification_id in self.open:
                self.open.discard(notification_id)
                self.NotificationClosed.emit(notification_id, reason)

    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(address, "fake-notification-service")
    root = QObject()
    service = Service(root)
    if not (bus.registerObject(NOTIFICATIONS_PATH, root) and bus.registerService(NOTIFICATIONS)):
        print(f"cannot serve on {address}: {bus.lastError().message()}", flush=True)
        return 1

    pending = b""

    def on_input() -> None:
        nonlocal pending
        chunk = os.read(0, 4096)
        if not chunk:
            app.quit()
            return
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            command, *words = line.decode().split()
            if command == "invoke":
                service.ActionInvoked.emit(int(words[0]), words[1])
            elif command == "close":
                service.close(int(words[0]), int(words[1]))

    reader = QSocketNotifier(0, QSocketNotifier.Type.Read)
    reader.activated.connect(on_input)
    print("ready", flush=True)
    return app.exec()


# --- the whole desktop -------------------------------------------------------------------


@dataclass
class Desktop:
    folder: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[BinaryIO] = field(default_factory=list)
    bus: Bus | None = None
    server: FakeNotificationServer | None = None  # with notifications="fake"

    @property
    def monitor_log(self) -> Path:
        return self.folder / "dbus-monitor.log"

    def notify_calls(self) -> str:
        """What dbus-monitor saw of Notify calls on the session bus so far."""
        return self.monitor_log.read_text(errors="replace") if self.monitor_log.exists() else ""

    def wait_for_notify(self, text: str, seconds: float = DEADLINE_SECONDS) -> str:
        """The monitor's output, once ``text`` (a title, say) appears in a Notify call."""
        wait_for(lambda: text in self.notify_calls(), seconds, f"a Notify call with {text!r}")
        return self.notify_calls()

    def windows(self) -> str:
        """The window tree of the virtual screen (xwininfo), to see what is shown."""
        tree = subprocess.run(
            ["xwininfo", "-display", self.env["DISPLAY"], "-root", "-tree"],
            capture_output=True, text=True,
        )  # fmt: skip
        return tree.stdout

    def tray_available(self) -> bool:
        """Whether Qt, in a child process on this screen, finds a system tray."""
        probe = subprocess.run(
            [sys.executable, "-c", _TRAY_PROBE],
            env=self.env, capture_output=True, text=True, timeout=DEADLINE_SECONDS,
        )  # fmt: skip
        return probe.stdout.strip() == "True"

    def start(
        self, argv: list[str], name: str, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        self.logs.append(log)
        process = subprocess.Popen(
            argv, env=env or self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.processes):
            _stop_group(process)
        for log in self.logs:
            log.close()


def _start_xvfb(desktop: Desktop) -> str:
    """Xvfb on a display it picks itself (-displayfd: no race for a free number)."""
    read_end, write_end = os.pipe()
    try:
        log = (desktop.folder / "xvfb.log").open("wb")
        desktop.logs.append(log)
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
             "-nolisten", "tcp"],
            stdout=log, stderr=subprocess.STDOUT, pass_fds=(write_end,), start_new_session=True,
        )  # fmt: skip
        desktop.processes.append(xvfb)
        os.close(write_end)
        write_end = -1
        number = b""
        end = time.monotonic() + DEADLINE_SECONDS
        while not number.endswith(b"\n") and time.monotonic() < end:
            chunk = os.read(read_end, 16)  # Xvfb writes the number once it accepts clients
            if not chunk:
                break
            number += chunk
        if not number.strip():
            raise RuntimeError(f"Xvfb did not start: {(desktop.folder / 'xvfb.log').read_text()}")
        return f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


def start_until_shown(
    desktop: Desktop, argv: list[str], name: str, shown: Callable[[], bool], what: str
) -> None:
    """A piece of the session (a tray host, a window manager), waited for until ``shown``.

    On a loaded machine (two test workers on two cores) a tray host, and once a window
    manager, did not show within the usual deadline: each gets a longer one, is started
    again if it exits before showing, and a timeout says what it printed, so the next such
    failure explains itself.
    """
    for attempt in range(1, SETUP_ATTEMPTS + 1):
        process = desktop.start(argv, f"{name}-{attempt}")
        try:
            wait_for(
                lambda process=process: process.poll() is not None or shown(),
                SETUP_DEADLINE_SECONDS,
                what,
            )
        except TimeoutError:
            break  # still running, never shown: a second start would not help
        if shown():
            return
    log = (desktop.folder / f"{name}-{attempt}.log").read_text(errors="replace")
    state = "still running" if process.poll() is None else f"exited with {process.returncode}"
    raise TimeoutError(f"{what} did not show ({state}, attempt {attempt}); it printed: {log!r}")


def _start_tray(desktop: Desktop) -> None:
    """trayer, waited for until its panel is on the screen."""
    start_until_shown(
        desktop,
        ["trayer", "--edge", "top", "--align", "right"],
        "trayer",
        lambda: '("panel" "trayer")' in desktop.windows(),
        "the tray",
    )


def start_window_manager(desktop: Desktop) -> None:
    """openbox, waited for until it manages the screen."""

    def managed() -> bool:
        root = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=desktop.env,
            capture_output=True,
            text=True,
        )
        return "window id" in root.stdout

    start_until_shown(desktop, ["openbox"], "openbox", managed, "openbox")


@contextmanager
def desktop_session(folder: Path, notifications: str = "dunst") -> Iterator[Desktop]:
    """Xvfb, a private session bus with a notification service, dbus-monitor and a tray.

    ``notifications`` is "dunst" (a real service), "fake" (``FakeNotificationServer``, in
    ``desktop.server``) or "none".
    """
    folder.mkdir(parents=True, exist_ok=True)
    desktop = Desktop(folder)
    with contextlib.ExitStack() as stack:
        stack.callback(desktop.stop)
        display = _start_xvfb(desktop)
        desktop.bus = bus = stack.enter_context(private_bus())
        stack.callback(desktop.stop)  # the session's processes go before their bus
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
        }
        env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=bus.address, QT_QPA_PLATFORM="xcb")
        desktop.env = env
        desktop.start(
            ["dbus-monitor", "--address", bus.address,
             f"type='method_call',interface='{NOTIFICATIONS}',member='Notify'"],
            "dbus-monitor",
        )  # fmt: skip
        # It says NameAcquired/NameLost on becoming a monitor: from then on it sees calls.
        wait_for(lambda: "NameLost" in desktop.notify_calls(), DEADLINE_SECONDS, "dbus-monitor")
        if notifications == "dunst":
            desktop.start(["dunst"], "dunst")
        elif notifications == "fake":
            desktop.server = stack.enter_context(FakeNotificationServer(bus.address))
        if notifications != "none":
            wait_for(lambda: bus.has_owner(NOTIFICATIONS), DEADLINE_SECONDS, notifications)
        _start_tray(desktop)
        yield desktop


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "notification-server":
        sys.exit(_serve_notifications(sys.argv[2], sys.argv[3:]))
    sys.exit(f"usage: {sys.argv[0]} notification-server ADDRESS [CAPABILITY ...]")
