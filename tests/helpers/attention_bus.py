"""Fake desktop services on a private session bus, for the attention watch's D-Bus paths:
GNOME's Mutter IdleMonitor, a notification service whose ``Inhibited`` is true, a
ScreenSaver with an idle time and ``ActiveChanged``, and KDE's PowerManagement inhibit.

They live in a child process (this file run as a script: QtDBus answers a blocking call
only from another thread or process), with the methods' exact D-Bus types, so a call they
take is one the real services take. A test tells them what happens on stdin and reads what
they were asked on stdout (JSON lines), as tests/e2e/desktop_session.py does.

    with AttentionServices(bus.address, "mutter", "notifications") as services:
        services.tell("idle", 300000)   # Mutter: the user has been idle 300 s (watches fire)
        services.tell("active")         # Mutter: input again (user-active watches fire)
        services.tell("inhibited", "false")
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 10.0


class AttentionServices:
    def __init__(self, address: str, *services: str, inhibited: bool = True) -> None:
        self.address = address
        self.services = services
        self.inhibited = inhibited
        self.calls: list[dict[str, Any]] = []
        self._lines: queue.Queue[str] = queue.Queue()
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> AttentionServices:
        argv = [sys.executable, __file__, self.address, str(self.inhibited).lower()]
        self._process = subprocess.Popen(
            [*argv, *self.services],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
            start_new_session=True,
        )  # fmt: skip
        threading.Thread(target=self._pump, daemon=True).start()
        try:
            line = self._lines.get(timeout=DEADLINE)
        except queue.Empty:
            line = ""
        if line != "ready":
            self.__exit__()
            raise RuntimeError(f"the fake services did not start: {line!r}")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            assert self._process.stdin is not None
            self._process.stdin.close()
        try:
            self._process.wait(5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)
        for pipe in (self._process.stdin, self._process.stdout):
            with contextlib.suppress(OSError, ValueError):
                if pipe is not None:
                    pipe.close()
        self._process = None

    def _pump(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        for raw in self._process.stdout:
            line = raw.strip()
            if line.startswith("{"):
                self.calls.append(json.loads(line))
            else:
                self._lines.put(line)

    def made(self, member: str) -> list[dict[str, Any]]:
        return [call for call in list(self.calls) if call["member"] == member]

    def tell(self, *words: object) -> None:
        """Say what happens; returns once the services have done it."""
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write(" ".join(map(str, words)) + "\n")
        self._process.stdin.flush()
        if self._lines.get(timeout=DEADLINE) != "done":
            raise RuntimeError(f"the fake services did not do {words}")


def _serve(address: str, inhibited: bool, services: list[str]) -> int:
    from PySide6.QtCore import (
        ClassInfo,
        QCoreApplication,
        QObject,
        QSocketNotifier,
        Signal,
        Slot,
    )
    from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

    def record(member: str, **arguments: Any) -> None:
        print(json.dumps({"member": member, **arguments}), flush=True)

    @ClassInfo({"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
    class Mutter(QDBusAbstractAdaptor):
        WatchFired = Signal("uint")

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.setAutoRelaySignals(True)
            self.idle_ms = 0
            self.last = 0
            self.idle_watches: dict[int, int] = {}
            self.active_watches: set[int] = set()

        @Slot(result="qulonglong")
        def GetIdletime(self) -> int:
            record("GetIdletime")
            return self.idle_ms

        @Slot("qulonglong", result="uint")
        def AddIdleWatch(self, interval: int) -> int:
            self.last += 1
            self.idle_watches[self.last] = interval
            record("AddIdleWatch", interval=interval, id=self.last)
            return self.last

        @Slot(result="uint")
        def AddUserActiveWatch(self) -> int:
            self.last += 1
            self.active_watches.add(self.last)
            record("AddUserActiveWatch", id=self.last)
            return self.last

        @Slot("uint")
        def RemoveWatch(self, watch: int) -> None:
            self.idle_watches.pop(watch, None)
            self.active_watches.discard(watch)
            record("RemoveWatch", id=watch)

        def idle(self, milliseconds: int) -> None:  # as Mutter: each watch crossed fires
            before, self.idle_ms = self.idle_ms, milliseconds
            for watch, interval in sorted(self.idle_watches.items()):
                if before < interval <= milliseconds:
                    self.WatchFired.emit(watch)

        def active(self) -> None:
            self.idle_ms = 0
            fired, self.active_watches = self.active_watches, set()
            for watch in sorted(fired):
                self.WatchFired.emit(watch)

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class ScreenSaver(QDBusAbstractAdaptor):
        ActiveChanged = Signal(bool)

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.setAutoRelaySignals(True)
            self.idle_ms = 0
            self.active = False

        @Slot(result="uint")
        def GetSessionIdleTime(self) -> int:
            record("GetSessionIdleTime")
            return self.idle_ms

        @Slot(result=bool)
        def GetActive(self) -> bool:
            return self.active

    @ClassInfo({"D-Bus Interface": "org.freedesktop.PowerManagement.Inhibit"})
    class PowerInhibit(QDBusAbstractAdaptor):
        HasInhibitChanged = Signal(bool)

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.setAutoRelaySignals(True)
            self.inhibited = False

        @Slot(result=bool)
        def HasInhibit(self) -> bool:
            return self.inhibited

    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(address, "fake-attention-services")
    roots: dict[str, QObject] = {}
    adaptors: dict[str, Any] = {}
    where = {
        "mutter": ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", Mutter),
        "screensaver": ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                        ScreenSaver),
        "power": ("org.freedesktop.PowerManagement.Inhibit",
                  "/org/freedesktop/PowerManagement/Inhibit", PowerInhibit),
    }  # fmt: skip
    for name in services:
        if name == "notifications":
            continue
        service, path, kind = where[name]
        roots[name] = QObject()
        adaptors[name] = kind(roots[name])
        if not (bus.registerObject(path, roots[name]) and bus.registerService(service)):
            print(f"cannot serve {service}: {bus.lastError().message()}", flush=True)
            return 1

    state = {"inhibited": inhibited}
    notifications_path = "/org/freedesktop/Notifications"
    if "notifications" in services:
        # Only what the watch reads: the Inhibited property, through Properties.Get, on a
        # virtual object (QtDBus exports no Python property of an adaptor).
        from PySide6.QtDBus import QDBusVirtualObject

        class Notifications(QDBusVirtualObject):
            def introspect(self, path: str) -> str:
                return ""

            def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
                if message.interface() == "org.freedesktop.DBus.Properties" and (
                    message.member() == "Get"
                ):
                    interface, name = message.arguments()[:2]
                    record("Get", interface=interface, name=name, value=state["inhibited"])
                    if name == "Inhibited":
                        from PySide6.QtDBus import QDBusVariant

                        reply = message.createReply(QDBusVariant(state["inhibited"]))  # one v
                    else:
                        reply = message.createErrorReply(
                            "org.freedesktop.DBus.Error.UnknownProperty", name
                        )
                    connection.send(reply)
                    return True
                connection.send(
                    message.createErrorReply("org.freedesktop.DBus.Error.UnknownMethod", "")
                )
                return True

        adaptors["notifications"] = Notifications()
        if not (
            bus.registerVirtualObject(notifications_path, adaptors["notifications"])
            and bus.registerService("org.freedesktop.Notifications")
        ):
            print(f"cannot serve notifications: {bus.lastError().message()}", flush=True)
            return 1

    def inhibited_changed(value: bool) -> None:
        state["inhibited"] = value

        signal = QDBusMessage.createSignal(
            notifications_path, "org.freedesktop.DBus.Properties", "PropertiesChanged"
        )
        signal.setArguments(["org.freedesktop.Notifications", {"Inhibited": value}, []])
        bus.send(signal)

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
            if command == "idle":
                adaptors["mutter"].idle(int(words[0]))
            elif command == "active":
                adaptors["mutter"].active()
            elif command == "inhibited":
                inhibited_changed(words[0] == "true")
            elif command == "screensaver-idle":
                adaptors["screensaver"].idle_ms = int(words[0])
            elif command == "screensaver-active":
                adaptors["screensaver"].active = words[0] == "true"
                adaptors["screensaver"].ActiveChanged.emit(words[0] == "true")
            elif command == "power-inhibit":
                adaptors["power"].inhibited = words[0] == "true"
                adaptors["power"].HasInhibitChanged.emit(words[0] == "true")
            bus.interface()  # flush: the signals leave before "done"
            print("done", flush=True)

    reader = QSocketNotifier(0, QSocketNotifier.Type.Read)
    reader.activated.connect(on_input)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1], sys.argv[2] == "true", sys.argv[3:]))
