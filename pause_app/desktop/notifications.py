"""Desktop notifications for the gentle reminder, with actions where the desktop has them.

On Linux the freedesktop notification service (``org.freedesktop.Notifications``) is
reached over D-Bus: Qt's own tray balloon has no actions. The answers (ActionInvoked,
NotificationClosed) arrive through QtDBus. The call itself goes through ``gdbus``
(libglib2.0-bin, on every desktop that has the service): PySide6 cannot send the unsigned
integers the method wants (it marshals Python ints as int32, which the service refuses),
and a short-lived process keeps the call off the event loop. (QtDBus does send a uint32 when
the call goes through a QDBusInterface and ``QMetaObject.invokeMethod`` with
``Q_ARG("uint", ...)``, but that call blocks, needs the service's introspection first, and
still cannot put a byte in the hints.) The capabilities are asked once, asynchronously,
through QtDBus: a service without actions gets none, only the text. Elsewhere the tray's own
message is used, and without either the app shows its own corner window.
"""

from __future__ import annotations

import logging
import re
import shutil

from PySide6.QtCore import SLOT, QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusError, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon

from pause_app import APP_ID

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CLOSE_REASONS = {1: "expired", 2: "dismissed", 3: "closed"}


class Notifier(QObject):
    """Shows one reminder at a time and reports what became of it."""

    action_invoked = Signal(str)  # an action's key, e.g. "start", "snooze"
    clicked = Signal()  # the notification itself (its default action)
    closed = Signal(str)  # "expired" (went away unanswered), "dismissed", "closed"

    EXPIRE_MS = 60_000  # an unanswered reminder goes away by itself after this

    available = False
    supports_actions = False

    @property
    def answerable(self) -> bool:
        """Can the user answer it (an action, or a click that starts the pause)?"""
        return self.supports_actions

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Take the reminder away (it was answered elsewhere)."""


class NullNotifier(Notifier):
    """No way to notify: the caller uses its own window."""

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        log.info("no notification service; not shown: %s", title)


def _gvariant_text(text: str) -> str:
    """A string as GVariant text for gdbus: single quotes, backslash escapes."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class DBusNotifier(Notifier):
    supports_actions = True  # until the service says otherwise

    EXPIRE_GRACE_MS = 5_000  # then we close it ourselves: many servers ignore our timeout
    CAPABILITIES_TIMEOUT_MS = 10_000  # asked once, asynchronously; may start the service

    def __init__(self, bus: QDBusConnection, gdbus: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dbus_notifier")
        self._bus = bus
        self._gdbus = gdbus
        self._id: int | None = None
        self._pending = False
        self._queued: tuple[str, str, list[tuple[str, str]]] | None = None
        self._expiry = QTimer(self)
        self._expiry.setObjectName("notification_expiry")
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(self.EXPIRE_MS + self.EXPIRE_GRACE_MS)
        self._expiry.timeout.connect(self._on_expired)
        self.available = bus.isConnected()
        for member, slot in (
            ("ActionInvoked", SLOT("_on_action(QDBusMessage)")),
            ("NotificationClosed", SLOT("_on_closed(QDBusMessage)")),
        ):
            if not bus.connect(SERVICE, PATH, INTERFACE, member, self, slot):  # type: ignore[call-overload]
                log.warning("cannot listen to %s on the session bus", member)
                self.available = False
        if self.available:
            bus.callWithCallback(  # type: ignore[call-overload]  # SLOT() is str
                QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities"),
                self,
                SLOT("_on_capabilities(QDBusMessage)"),
                SLOT("_on_capabilities_failed(QDBusError)"),
                timeout=self.CAPABILITIES_TIMEOUT_MS,
            )

    @staticmethod
    def usable(bus: QDBusConnection) -> bool:
        if not bus.isConnected():
            return False
        interface = bus.interface()
        if interface is None:
            return False
        if interface.isServiceRegistered(SERVICE).value():
            return True
        reply = bus.call(
            QDBusMessage.createMethodCall(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "ListActivatableNames",
            )
        )
        names = reply.arguments()[0] if reply.arguments() else []
        return SERVICE in names

    def arguments(self, title: str, body: str, actions: list[tuple[str, str]]) -> list[str]:
        """The ``gdbus call`` arguments for Notify (replacing the last one, never stacking)."""
        action_list = (
            ["default", title] + [part for pair in actions for part in pair]
            if self.supports_actions
            else []  # only the text: a click cannot answer where there are no actions
        )
        hints = (
            "{'suppress-sound': <true>, 'urgency': <byte 0>, "  # Pause plays its own, if any
            f"'desktop-entry': <{_gvariant_text(APP_ID)}>}}"
        )
        return [
            "call", "--session", "--dest", SERVICE, "--object-path", PATH,
            "--method", f"{INTERFACE}.Notify",
            "Pause", str(self._id or 0), APP_ID, title, body,
            "[" + ", ".join(_gvariant_text(a) for a in action_list) + "]",
            hints, str(self.EXPIRE_MS),
        ]  # fmt: skip

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        self._expiry.start()
        if self._pending:  # wait for its id, then replace it: never two at once
            self._queued = (title, body, actions)
            return
        process = QProcess(self)
        process.setObjectName("notify_call")
        process.finished.connect(lambda *_: self._on_sent(process))
        self._pending = True
        process.start(self._gdbus, self.arguments(title, body, actions))

    def _on_sent(self, process: QProcess) -> None:
        self._pending = False
        output = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        match = re.search(r"uint32 (\d+)", output)
        if match:
            self._id = int(match[1])
        else:
            error = bytes(process.readAllStandardError().data()).decode(errors="replace")
            log.warning("the notification service did not answer: %s", error.strip())
        process.deleteLater()
        if self._queued is not None:
            queued, self._queued = self._queued, None
            self.show(*queued)

    @Slot(QDBusMessage)
    def _on_capabilities(self, reply: QDBusMessage) -> None:
        capabilities = reply.arguments()[0] if reply.arguments() else []
        self.supports_actions = "actions" in capabilities
        log.info("notification service capabilities: %s", ", ".join(capabilities))

    @Slot(QDBusError)
    def _on_capabilities_failed(self, error: QDBusError) -> None:
        log.warning("the notification service has no capabilities to say: %s", error.message())

    def close(self) -> None:
        self._expiry.stop()
        if self._id is None:
            return
        # Fire and forget: it must also reach the service when Pause is quitting.
        closing = QProcess()
        closing.setProgram(self._gdbus)
        closing.setArguments(
            [
                "call", "--session", "--dest", SERVICE, "--object-path", PATH,
                "--method", f"{INTERFACE}.CloseNotification", str(self._id),
            ]
        )  # fmt: skip
        closing.setStandardOutputFile(QProcess.nullDevice())
        closing.setStandardErrorFile(QProcess.nullDevice())
        closing.startDetached()

    def _on_expired(self) -> None:
        self.close()
        self.closed.emit("expired")

    @Slot(QDBusMessage)
    def _on_action(self, message: QDBusMessage) -> None:
        notification_id, key = message.arguments()[:2]
        if notification_id != self._id:
            return  # another app's notification
        self._expiry.stop()
        if key == "default":
            self.clicked.emit()
        else:
            self.action_invoked.emit(str(key))

    @Slot(QDBusMessage)
    def _on_closed(self, message: QDBusMessage) -> None:
        notification_id, reason = message.arguments()[:2]
        if notification_id != self._id:
            return
        self._id = None
        if self._expiry.isActive() or reason == 1:
            self._expiry.stop()
            self.closed.emit(CLOSE_REASONS.get(int(reason), "closed"))


class TrayNotifier(Notifier):
    """The tray's own message: no actions, but a click starts the pause."""

    answerable = True  # a click on the message answers it

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tray_notifier")
        self._tray = tray
        self.available = QSystemTrayIcon.supportsMessages()
        self._expiry = QTimer(self)
        self._expiry.setObjectName("tray_message_expiry")
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(self.EXPIRE_MS)
        self._expiry.timeout.connect(self._on_expired)
        tray.messageClicked.connect(self._on_clicked)

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.NoIcon, self.EXPIRE_MS)
        self._expiry.start()

    def close(self) -> None:
        self._expiry.stop()

    def _on_expired(self) -> None:
        self._expiry.stop()
        self.closed.emit("expired")

    def _on_clicked(self) -> None:
        if self._expiry.isActive():
            self._expiry.stop()
            self.clicked.emit()


def make_notifier(
    tray: QSystemTrayIcon | None,
    parent: QObject | None = None,
    bus: QDBusConnection | None = None,
) -> Notifier:
    """The best way this desktop has: D-Bus with actions, the tray's message, or none."""
    bus = bus if bus is not None else QDBusConnection.sessionBus()
    gdbus = shutil.which("gdbus")
    if gdbus is not None and DBusNotifier.usable(bus):
        notifier: Notifier = DBusNotifier(bus, gdbus, parent)
        if notifier.available:
            log.info("reminders as desktop notifications (D-Bus)")
            return notifier
        notifier.deleteLater()
    if tray is not None and QSystemTrayIcon.supportsMessages():
        log.info("reminders as tray messages")
        return TrayNotifier(tray, parent)
    log.info("no notification service: reminders use Pause's own window")
    return NullNotifier(parent)
