"""Notifications: which way a desktop gets, what the D-Bus call says, and the answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon

from pause_app.ui import notifications
from pause_app.ui.notifications import DBusNotifier, NullNotifier, TrayNotifier, make_notifier


@pytest.fixture
def no_bus() -> QDBusConnection:
    return QDBusConnection("pause-test-no-bus")  # never connected


@pytest.fixture
def dbus_notifier(no_bus: QDBusConnection) -> Iterator[DBusNotifier]:
    made = DBusNotifier(no_bus, "/usr/bin/gdbus")
    yield made
    made._expiry.stop()
    made.deleteLater()


def _signal(member: str, *arguments: object) -> QDBusMessage:
    message = QDBusMessage.createSignal(notifications.PATH, notifications.INTERFACE, member)
    message.setArguments(list(arguments))
    return message


def test_without_a_session_bus_or_tray_pause_uses_its_own_window(
    qapp, no_bus: QDBusConnection
) -> None:
    chosen = make_notifier(None, None, no_bus)
    assert isinstance(chosen, NullNotifier) and not chosen.available
    chosen.deleteLater()


def test_without_a_bus_the_tray_message_is_next(
    qapp, no_bus: QDBusConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    tray = QSystemTrayIcon()
    chosen = make_notifier(tray, None, no_bus)
    assert isinstance(chosen, TrayNotifier) and chosen.available
    chosen.deleteLater()
    tray.deleteLater()


def test_the_notify_call_has_actions_quiet_hints_and_an_expiry(
    dbus_notifier: DBusNotifier,
) -> None:
    argv = dbus_notifier.arguments("Time?", "It's calm", [("start", "Start a pause")])
    assert argv[:8] == [
        "call", "--session", "--dest", "org.freedesktop.Notifications",
        "--object-path", "/org/freedesktop/Notifications",
        "--method", "org.freedesktop.Notifications.Notify",
    ]  # fmt: skip
    app_name, replaces, icon, title, body, actions, hints, timeout = argv[8:]
    assert (app_name, replaces, icon, title, body) == (
        "Pause", "0", "org.pauseapp.Pause", "Time?", "It's calm",
    )  # fmt: skip
    assert actions == "['default', 'Time?', 'start', 'Start a pause']"
    assert "'suppress-sound': <true>" in hints and "'urgency': <byte 0>" in hints
    assert timeout == str(DBusNotifier.EXPIRE_MS)
    dbus_notifier._id = 7
    assert dbus_notifier.arguments("t", "b", [])[9] == "7"  # replaces the last one, no stacking


def test_quotes_in_text_stay_text() -> None:
    assert notifications._gvariant_text("it's a \\ test") == "'it\\'s a \\\\ test'"


def test_answers_from_the_service(qtbot, dbus_notifier: DBusNotifier) -> None:
    dbus_notifier._id = 12
    dbus_notifier._expiry.start()
    with qtbot.assertNotEmitted(dbus_notifier.action_invoked):
        dbus_notifier._on_action(_signal("ActionInvoked", 99, "start"))  # another app's
    with qtbot.waitSignal(dbus_notifier.action_invoked, timeout=500) as invoked:
        dbus_notifier._on_action(_signal("ActionInvoked", 12, "start"))
    assert invoked.args == ["start"]
    assert not dbus_notifier._expiry.isActive()
    with qtbot.waitSignal(dbus_notifier.clicked, timeout=500):
        dbus_notifier._on_action(_signal("ActionInvoked", 12, "default"))
    with qtbot.assertNotEmitted(dbus_notifier.closed):
        dbus_notifier._on_closed(_signal("NotificationClosed", 12, 2))  # after an answer


def test_an_unanswered_notification_expires(qtbot, dbus_notifier: DBusNotifier) -> None:
    dbus_notifier._id = 3
    dbus_notifier._expiry.start()
    with qtbot.waitSignal(dbus_notifier.closed, timeout=500) as closed:
        dbus_notifier._on_closed(_signal("NotificationClosed", 3, 1))
    assert closed.args == ["expired"]
    dbus_notifier._id = None
    with qtbot.waitSignal(dbus_notifier.closed, timeout=500) as closed:
        dbus_notifier._expiry.timeout.emit()  # a server that keeps it: we take it away
    assert closed.args == ["expired"]


def test_a_dismissed_notification_says_so(qtbot, dbus_notifier: DBusNotifier) -> None:
    dbus_notifier._id = 5
    dbus_notifier._expiry.start()
    with qtbot.waitSignal(dbus_notifier.closed, timeout=500) as closed:
        dbus_notifier._on_closed(_signal("NotificationClosed", 5, 2))
    assert closed.args == ["dismissed"]


def test_the_tray_message_click_starts_and_it_expires(qtbot) -> None:
    tray = QSystemTrayIcon()
    notifier = TrayNotifier(tray)
    try:
        notifier.show("Time?", "Calm", [])
        with qtbot.waitSignal(notifier.clicked, timeout=500):
            tray.messageClicked.emit()
        notifier.show("Time?", "Calm", [])
        with qtbot.waitSignal(notifier.closed, timeout=500) as closed:
            notifier._expiry.timeout.emit()
        assert closed.args == ["expired"]
        with qtbot.assertNotEmitted(notifier.clicked):
            tray.messageClicked.emit()  # a click on an old message starts nothing
    finally:
        notifier.close()
        notifier.deleteLater()
        tray.deleteLater()
