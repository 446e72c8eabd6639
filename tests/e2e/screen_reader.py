"""A small screen reader for end-to-end tests: it listens on the AT-SPI bus as Orca does
(it registers for announcements and focus events with the registry, so the app's bridge
sends them) and reads an application's tree through org.a11y.atspi.Accessible.

Run as a script in its own process: ``python screen_reader.py A11Y_BUS_ADDRESS APP_NAME``.
It prints one JSON object a line: ``{"event": ...}`` for each event heard, and answers the
commands it reads on stdin: ``tree`` (the application's tree: role, name, states, depth).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = "org.a11y.atspi.Registry"
ROOT = "/org/a11y/atspi/accessible/root"
EVENTS = ("object:announcement", "object:state-changed:focused", "focus:")
# AT-SPI's state bits (atspi-constants.h) the tests read.
STATES = {"focusable": 11, "focused": 12, "showing": 25, "visible": 30, "checked": 4}


def say(**fields: Any) -> None:
    print(json.dumps(fields, default=str), flush=True)


def main(address: str, app_name: str) -> int:
    from PySide6.QtCore import SLOT, QCoreApplication, QObject, QSocketNotifier, Slot
    from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(address, "screen-reader")
    if not bus.isConnected():
        say(error=f"cannot connect to {address}")
        return 1

    class Listener(QObject):
        @Slot(QDBusMessage)
        def heard(self, message: QDBusMessage) -> None:
            args = [plain(value) for value in message.arguments()[:4]]
            detail = args[0] if args else ""
            value = args[3] if len(args) > 3 else None
            say(
                event=f"{message.interface().rsplit('.', 1)[-1]}:{message.member()}",
                detail=detail,
                value=value,
                sender=message.service(),
                path=message.path(),
            )

    listener = Listener()
    for interface, member in (
        ("org.a11y.atspi.Event.Object", "Announcement"),
        ("org.a11y.atspi.Event.Focus", "Focus"),
    ):
        bus.connect("", "", interface, member, listener, SLOT("heard(QDBusMessage)"))
    registry = QDBusInterface(REGISTRY, "/org/a11y/atspi/registry", REGISTRY, bus)
    for event in EVENTS:
        registry.call("RegisterEvent", event)  # (s): every registry takes this form

    def call(service: str, path: str, method: str, *args: Any) -> list[Any]:
        message = QDBusMessage.createMethodCall(service, path, ACCESSIBLE, method)
        message.setArguments(list(args))
        reply = bus.call(message)
        return [plain(value) for value in reply.arguments()]

    def prop(service: str, path: str, name: str) -> Any:
        message = QDBusMessage.createMethodCall(
            service, path, "org.freedesktop.DBus.Properties", "Get"
        )
        message.setArguments([ACCESSIBLE, name])
        reply = bus.call(message).arguments()
        return plain(reply[0]) if reply else None

    def find_app() -> str | None:
        names = bus.interface().registeredServiceNames().value()
        for service in names:
            if not service.startswith(":"):
                continue
            if prop(service, ROOT, "Name") == app_name:
                return service
        return None

    def walk(service: str, path: str, depth: int, out: list[dict[str, Any]]) -> None:
        if depth > 40 or len(out) > 2000:
            return
        role = call(service, path, "GetRoleName")
        states = busctl(address, service, path, ACCESSIBLE, "GetState")
        words = states[0] if states else []
        bits = sum(int(word) << (32 * index) for index, word in enumerate(words))
        out.append(
            {
                "depth": depth,
                "role": role[0] if role else "",
                "name": prop(service, path, "Name") or "",
                "description": prop(service, path, "Description") or "",
                "states": [name for name, bit in STATES.items() if bits >> bit & 1],
            }
        )
        children = busctl(address, service, path, ACCESSIBLE, "GetChildren")
        for _service, child_path in children[0] if children else []:
            walk(service, child_path, depth + 1, out)

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
            command = line.decode().strip()
            if command == "names":
                names = bus.interface().registeredServiceNames().value()
                say(names={n: prop(n, ROOT, "Name") for n in names if n.startswith(":")})
            if command == "tree":
                service = find_app()
                tree: list[dict[str, Any]] = []
                if service is not None:
                    walk(service, ROOT, 0, tree)
                say(tree=tree, service=service)

    reader = QSocketNotifier(0, QSocketNotifier.Type.Read)
    reader.activated.connect(on_input)
    say(ready=True)
    return app.exec()


def plain(value: Any) -> Any:
    """A signal's simple argument as plain Python (a variant opened)."""
    if hasattr(value, "variant"):
        return plain(value.variant())
    return value if isinstance(value, str | int | float | bool) or value is None else repr(value)


def busctl(address: str, service: str, path: str, interface: str, method: str) -> Any:
    """A call whose answer is an array or a structure, through busctl's JSON (PySide cannot
    read those from a QDBusArgument)."""
    answer = subprocess.run(
        ["busctl", f"--address={address}", "--json=short", "call", service, path, interface,
         method],
        capture_output=True, text=True, timeout=10,
    )  # fmt: skip
    if answer.returncode != 0:
        return None
    return json.loads(answer.stdout)["data"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
