"""Idle and lock over D-Bus: GNOME's Mutter IdleMonitor, the ScreenSaver service, logind.

Mutter's watches belong to the connection that added them (its signal goes to that
connection only, and the watch ends with it), so they are added from Pause's own connection.
``AddIdleWatch`` wants a uint64 and ``RemoveWatch`` a uint32: PySide6 marshals a Python int
as int32, which Mutter refuses, so these two go through a ``QDBusInterface`` with typed
arguments (a short blocking call: once at the start and when the threshold changes).
Everything else is asynchronous or a signal.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QMetaObject,
    QObject,
    Slot,
)
from PySide6.QtDBus import (
    QDBus,
    QDBusArgument,
    QDBusConnection,
    QDBusError,
    QDBusInterface,
    QDBusMessage,
    QDBusServiceWatcher,
)

from pause_app.core.attention import Disturbance
from pause_app.desktop.idle_base import Condition, IdleSource, PollingIdle

log = logging.getLogger(__name__)

MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
GNOME_SCREENSAVER = "org.gnome.ScreenSaver"
GNOME_SCREENSAVER_PATH = "/org/gnome/ScreenSaver"
LOGIN1 = "org.freedesktop.login1"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
CALL_TIMEOUT_MS = 2000


def registered_names(bus: QDBusConnection) -> frozenset[str]:
    """The names on the bus now (one call to the bus itself)."""
    if not bus.isConnected():
        return frozenset()
    interface = bus.interface()
    if interface is None:
        return frozenset()
    reply = interface.registeredServiceNames()
    return frozenset(reply.value() or []) if reply.isValid() else frozenset()


def plain(value: Any) -> Any:
    """A D-Bus variant's value, as Python (PySide6 hands some back wrapped)."""
    while hasattr(value, "variant"):
        value = value.variant()
    return value


def dbus_map(value: Any) -> dict[str, Any] | None:
    """An a{sv} as a dict, or None: PySide6 hands a signal's map over as a QDBusArgument it
    cannot read back (``asVariant`` fails on it), so the caller asks for the value again."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    return None


def get_property(
    bus: QDBusConnection, service: str, path: str, interface: str, name: str,
    receiver: QObject, slot: str, error_slot: str,
) -> None:  # fmt: skip
    """Ask for one property, asynchronously; the answer goes to ``slot(QDBusMessage)``."""
    message = QDBusMessage.createMethodCall(service, path, PROPERTIES, "Get")
    message.setArguments([interface, name])
    bus.callWithCallback(message, receiver, slot, error_slot, CALL_TIMEOUT_MS)  # type: ignore[call-overload]


class MutterIdle(IdleSource):
    """GNOME (X11 and Wayland): an idle watch at the threshold, a user-active watch after it."""

    name = "mutter"

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_mutter")
        self._bus = bus
        self._away_after = 300.0
        self._idle_watch = 0  # Mutter's watch ids start at 1
        self._active_watch = 0
        self._running = False
        self.is_away = False
        self._interface = QDBusInterface(MUTTER, MUTTER_PATH, MUTTER, bus, self)
        self._interface.setTimeout(CALL_TIMEOUT_MS)
        self.usable = self._interface.isValid() and bus.connect(  # type: ignore[call-overload]
            MUTTER, MUTTER_PATH, MUTTER, "WatchFired", self, SLOT("_on_fired(QDBusMessage)")
        )
        # GNOME Shell restarted (X11): its watches are gone, add them again.
        self._owner = QDBusServiceWatcher(
            MUTTER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self
        )
        self._owner.serviceRegistered.connect(self._on_registered)

    def start(self, away_after_s: float) -> None:
        self._running = True
        self.set_away_after(away_after_s)

    def set_away_after(self, seconds: float) -> None:
        self._away_after = seconds
        if not self._running:
            return
        if self._idle_watch:
            self._remove(self._idle_watch)
        self._idle_watch = self._add_idle_watch(int(seconds * 1000))
        if not self.is_away:  # a new idle watch fires only in the next idle spell
            self._ask_idle_time()

    def stop(self) -> None:
        self._running = False
        for watch in (self._idle_watch, self._active_watch):
            if watch:
                self._remove(watch)
        self._idle_watch = self._active_watch = 0
        self.is_away = False

    def _add_idle_watch(self, milliseconds: int) -> int:
        from PySide6.QtCore import Qt  # its namespace of enums, only where Mutter answers

        try:
            watch = QMetaObject.invokeMethod(
                self._interface, "AddIdleWatch", Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"), Q_ARG("qulonglong", milliseconds),
            )  # fmt: skip
        except (RuntimeError, TypeError) as error:
            log.warning("Mutter's idle monitor did not add a watch: %s", error)
            return 0
        return watch if isinstance(watch, int) else 0

    def _remove(self, watch: int) -> None:
        from PySide6.QtCore import Qt

        try:
            QMetaObject.invokeMethod(
                self._interface, "RemoveWatch", Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", watch),
            )  # fmt: skip
        except (RuntimeError, TypeError) as error:
            log.warning("Mutter's idle monitor did not remove a watch: %s", error)

    def _call(self, method: str, slot: str) -> None:
        message = QDBusMessage.createMethodCall(MUTTER, MUTTER_PATH, MUTTER, method)
        self._bus.callWithCallback(  # type: ignore[call-overload]
            message, self, SLOT(slot), SLOT("_on_error(QDBusError)"), CALL_TIMEOUT_MS
        )

    def _ask_idle_time(self) -> None:
        self._call("GetIdletime", "_on_idle_time(QDBusMessage)")

    def _went_away(self, idle_s: float) -> None:
        if self.is_away:
            return
        self.is_away = True
        self.went_away.emit(idle_s)
        self._call("AddUserActiveWatch", "_on_active_watch(QDBusMessage)")

    @Slot(QDBusMessage)
    def _on_idle_time(self, reply: QDBusMessage) -> None:
        idle_s = int(plain(reply.arguments()[0])) / 1000 if reply.arguments() else 0.0
        if self._running and idle_s >= self._away_after:
            self._went_away(idle_s)

    @Slot(QDBusMessage)
    def _on_active_watch(self, reply: QDBusMessage) -> None:
        self._active_watch = int(plain(reply.arguments()[0])) if reply.arguments() else 0

    @Slot(QDBusMessage)
    def _on_fired(self, message: QDBusMessage) -> None:
        watch = int(plain(message.arguments()[0])) if message.arguments() else 0
        if not self._running or not watch:
            return
        if watch == self._idle_watch:
            self._went_away(self._away_after)
        elif watch == self._active_watch and self.is_away:
            self._active_watch = 0  # a user-active watch fires once and is gone
            self.is_away = False
            self.came_back.emit()

    @Slot(QDBusError)
    def _on_error(self, error: QDBusError) -> None:
        log.warning("Mutter's idle monitor did not answer: %s", error.message())

    def _on_registered(self, _name: str) -> None:
        if self._running:
            self._idle_watch = self._active_watch = 0
            was_away, self.is_away = self.is_away, False
            self.set_away_after(self._away_after)
            if was_away:
                self.came_back.emit()  # the next idle watch says it again if still away


def screensaver_idle(bus: QDBusConnection) -> PollingIdle | None:
    """KDE and others: ``GetSessionIdleTime`` (milliseconds, as KDE answers), read when it
    matters. None when the service has no such method (GNOME's proxy has none)."""

    def read() -> float | None:
        message = QDBusMessage.createMethodCall(
            SCREENSAVER, SCREENSAVER_PATH, SCREENSAVER, "GetSessionIdleTime"
        )
        reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        return int(plain(reply.arguments()[0])) / 1000

    if read() is None:
        return None
    return PollingIdle(read, "screensaver")


class PropertyCondition(Condition):
    """A boolean read from a D-Bus property and followed through ``PropertiesChanged``;
    ``refresh_on`` names signals of the interface after which it is read again."""

    def __init__(
        self, bus: QDBusConnection, service: str, path: str, interface: str, prop: str,
        what: Disturbance | None, name: str, refresh_on: tuple[str, ...] = (),
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(what, name, parent)
        self._bus = bus
        self._where = (service, path, interface)
        self._prop = prop
        self._refresh_on = refresh_on
        self._running = False

    def start(self) -> None:
        service, path, interface = self._where
        self._running = True
        self._bus.connect(  # type: ignore[call-overload]
            service, path, PROPERTIES, "PropertiesChanged", self,
            SLOT("_on_properties(QDBusMessage)"),
        )  # fmt: skip
        for member in self._refresh_on:
            self._bus.connect(service, path, interface, member, self, SLOT("_refresh()"))  # type: ignore[call-overload]
        self._refresh()

    def stop(self) -> None:
        service, path, interface = self._where
        if self._running:
            self._bus.disconnect(  # type: ignore[call-overload]
                service, path, PROPERTIES, "PropertiesChanged", self,
                SLOT("_on_properties(QDBusMessage)"),
            )  # fmt: skip
            for member in self._refresh_on:
                self._bus.disconnect(service, path, interface, member, self, SLOT("_refresh()"))  # type: ignore[call-overload]
        self._running = False
        super().stop()

    def meaning(self, value: Any) -> bool:
        return bool(value)

    @Slot()
    def _refresh(self) -> None:
        service, path, interface = self._where
        get_property(
            self._bus, service, path, interface, self._prop, self,
            SLOT("_on_value(QDBusMessage)"), SLOT("_on_error(QDBusError)"),
        )  # fmt: skip

    @Slot(QDBusMessage)
    def _on_value(self, reply: QDBusMessage) -> None:
        value = plain(reply.arguments()[0]) if reply.arguments() else None
        if isinstance(value, QDBusArgument):  # not the type the specification says
            log.info("attention: %s has an unexpected type: %s", self.name, reply.signature())
        elif self._running and value is not None:
            self.set_active(self.meaning(value))

    @Slot(QDBusMessage)
    def _on_properties(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if not self._running or len(arguments) < 2 or arguments[0] != self._where[2]:
            return
        changed = dbus_map(arguments[1])
        if changed is not None and self._prop in changed:
            self.set_active(self.meaning(changed[self._prop]))
        elif changed is None or self._prop in str(arguments[2:]):
            self._refresh()  # unreadable or invalidated: ask again

    @Slot(QDBusError)
    def _on_error(self, error: QDBusError) -> None:
        log.info("attention: %s not readable: %s", self.name, error.message())


class SignalCondition(Condition):
    """A boolean asked once with a method and then told by a signal (``ActiveChanged``)."""

    def __init__(
        self, bus: QDBusConnection, service: str, path: str, interface: str, getter: str,
        signal: str, what: Disturbance | None, name: str, parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(what, name, parent)
        self._bus = bus
        self._where = (service, path, interface)
        self._getter = getter
        self._signal = signal
        self._running = False

    def start(self) -> None:
        service, path, interface = self._where
        self._running = True
        self._bus.connect(service, path, interface, self._signal, self, SLOT("_on_signal(bool)"))  # type: ignore[call-overload]
        self._bus.callWithCallback(  # type: ignore[call-overload]
            QDBusMessage.createMethodCall(service, path, interface, self._getter),
            self, SLOT("_on_value(QDBusMessage)"), SLOT("_on_error(QDBusError)"),
            CALL_TIMEOUT_MS,
        )  # fmt: skip

    def stop(self) -> None:
        service, path, interface = self._where
        if self._running:
            self._bus.disconnect(  # type: ignore[call-overload]
                service, path, interface, self._signal, self, SLOT("_on_signal(bool)")
            )
        self._running = False
        super().stop()

    @Slot(bool)
    def _on_signal(self, on: bool) -> None:
        if self._running:
            self.set_active(bool(on))

    @Slot(QDBusMessage)
    def _on_value(self, reply: QDBusMessage) -> None:
        if self._running and reply.arguments():
            self.set_active(bool(plain(reply.arguments()[0])))

    @Slot(QDBusError)
    def _on_error(self, error: QDBusError) -> None:
        log.info("attention: %s not readable: %s", self.name, error.message())


def login1_session_path(session_id: str) -> str:
    """logind's object path for a session id (systemd's bus path escaping)."""
    escaped = "".join(
        char if char.isascii() and (char.isalpha() or (index and char.isdigit())) else
        f"_{ord(char):02x}"
        for index, char in enumerate(session_id)
    )  # fmt: skip
    return f"/org/freedesktop/login1/session/{escaped or '_'}"


def lock_conditions(bus: QDBusConnection, registered: frozenset[str]) -> list[Condition]:
    """A locked screen counts as away: the screen saver's ActiveChanged, logind's LockedHint."""
    found: list[Condition] = []
    for service, path in (
        (SCREENSAVER, SCREENSAVER_PATH),
        (GNOME_SCREENSAVER, GNOME_SCREENSAVER_PATH),
    ):
        if service in registered:
            found.append(
                SignalCondition(bus, service, path, service, "GetActive", "ActiveChanged",
                                None, service.rsplit(".", 2)[-2].lower() + "_screensaver")
            )  # fmt: skip
    session_id = os.environ.get("XDG_SESSION_ID", "")
    system = QDBusConnection.systemBus()
    if session_id and system.isConnected():
        found.append(
            PropertyCondition(system, LOGIN1, login1_session_path(session_id), LOGIN1_SESSION,
                              "LockedHint", None, "login1_locked")
        )  # fmt: skip
    return found
