"""Notifications: which way a desktop gets, what the D-Bus call says, and the answers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QSystemTrayIcon

from pause_app.desktop import notifications
from pause_app.desktop.notifications import DBusNotifier, NullNotifier, TrayNotifier, make_notifier
from tests.e2e.desktop_session import Bus, FakeNotificationServer, private_bus


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


# --- over a real, private session bus, with a fake service that checks the D-Bus types -------

needs_bus_tools = pytest.mark.skipif(
    not (shutil.which("dbus-daemon") and shutil.which("gdbus")),
    reason="needs dbus-daemon (dbus-daemon) and gdbus (libglib2.0-bin)",
)


@pytest.fixture(scope="module")
def session_bus() -> Iterator[tuple[Bus, QDBusConnection]]:
    with private_bus() as bus:
        name = f"pause-test-{id(bus)}"
        connection = QDBusConnection.connectToBus(bus.address, name)
        assert connection.isConnected()
        yield bus, connection
        QDBusConnection.disconnectFromBus(name)


def _served(
    qtbot, session_bus, monkeypatch: pytest.MonkeyPatch, capabilities: tuple[str, ...]
) -> Iterator[tuple[DBusNotifier, FakeNotificationServer]]:
    bus, connection = session_bus
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)  # where gdbus calls
    with FakeNotificationServer(bus.address, capabilities) as server:
        made = make_notifier(None, None, connection)
        assert isinstance(made, DBusNotifier)
        qtbot.waitUntil(lambda: bool(server.made("GetCapabilities")))
        try:
            yield made, server
        finally:
            made._expiry.stop()
            qtbot.waitUntil(lambda: not made._pending)  # no gdbus call left running
            made.deleteLater()


@pytest.fixture
def served(qtbot, session_bus, monkeypatch: pytest.MonkeyPatch):
    yield from _served(qtbot, session_bus, monkeypatch, ("actions", "body"))


def _shown(qtbot, notifier: DBusNotifier, title: str = "Time for a pause?") -> int:
    notifier.show(title, "A few calm breaths.", [("start", "Start a pause")])
    qtbot.waitUntil(lambda: not notifier._pending and notifier._id is not None)
    assert notifier._id is not None
    return notifier._id


@needs_bus_tools
def test_over_the_bus_the_notify_call_is_quiet_low_and_replaces_the_last(
    qtbot, served: tuple[DBusNotifier, FakeNotificationServer]
) -> None:
    notifier, server = served
    first = _shown(qtbot, notifier)
    # The fake server's log of calls is read by a thread of its own: wait for it too.
    qtbot.waitUntil(lambda: len(server.made("Notify")) == 1)
    call = server.made("Notify")[0]
    assert call == {
        "member": "Notify",
        "id": first,
        "app_name": "Pause",
        "replaces_id": 0,
        "app_icon": "org.pauseapp.Pause",
        "summary": "Time for a pause?",
        "body": "A few calm breaths.",
        "actions": ["default", "Time for a pause?", "start", "Start a pause"],
        "hints": {"suppress-sound": True, "urgency": 0, "desktop-entry": "org.pauseapp.Pause"},
        "expire_timeout": DBusNotifier.EXPIRE_MS,
    }
    assert notifier.supports_actions
    assert _shown(qtbot, notifier, "Again?") == first
    qtbot.waitUntil(lambda: len(server.made("Notify")) == 2)
    assert server.made("Notify")[1]["replaces_id"] == first  # replaced, not stacked


@needs_bus_tools
def test_over_the_bus_a_second_reminder_while_the_first_is_sent_replaces_it(
    qtbot, served: tuple[DBusNotifier, FakeNotificationServer]
) -> None:
    notifier, server = served
    notifier.show("One", "", [])
    notifier.show("Two", "", [])  # before the first call answered with its id
    qtbot.waitUntil(lambda: len(server.made("Notify")) == 2 and not notifier._pending)
    one, two = server.made("Notify")
    assert (one["summary"], two["summary"]) == ("One", "Two")
    assert two["replaces_id"] == one["id"] == notifier._id


@needs_bus_tools
def test_over_the_bus_the_answers_arrive_as_signals(
    qtbot, served: tuple[DBusNotifier, FakeNotificationServer]
) -> None:
    notifier, server = served
    shown = _shown(qtbot, notifier)
    with qtbot.waitSignal(notifier.action_invoked, timeout=5_000) as invoked:
        server.invoke_action(shown + 41, "start")  # another app's notification: ignored
        server.invoke_action(shown, "snooze")
    assert invoked.args == ["snooze"]
    with qtbot.waitSignal(notifier.action_invoked, timeout=5_000) as invoked:
        server.invoke_action(shown, "start")
    assert invoked.args == ["start"]
    with qtbot.waitSignal(notifier.clicked, timeout=5_000):
        server.invoke_action(shown, "default")  # the body itself


@needs_bus_tools
def test_over_the_bus_a_closed_notification_says_why(
    qtbot, served: tuple[DBusNotifier, FakeNotificationServer]
) -> None:
    notifier, server = served
    shown = _shown(qtbot, notifier)
    with qtbot.waitSignal(notifier.closed, timeout=5_000) as closed:
        server.close_notification(shown, 2)
    assert closed.args == ["dismissed"]
    assert not notifier._expiry.isActive()
    shown = _shown(qtbot, notifier)
    with qtbot.waitSignal(notifier.closed, timeout=5_000) as closed:
        server.close_notification(shown, 1)
    assert closed.args == ["expired"]


@needs_bus_tools
def test_over_the_bus_a_reminder_the_service_keeps_is_taken_away(
    qtbot, served: tuple[DBusNotifier, FakeNotificationServer]
) -> None:
    notifier, server = served
    shown = _shown(qtbot, notifier)
    assert notifier._expiry.isActive()
    assert notifier._expiry.interval() > DBusNotifier.EXPIRE_MS  # the service's own comes first
    with qtbot.waitSignal(notifier.closed, timeout=5_000) as closed:
        notifier._expiry.timeout.emit()  # the service ignored our timeout
    assert closed.args == ["expired"]
    with qtbot.assertNotEmitted(notifier.closed):  # its NotificationClosed is not news
        qtbot.waitUntil(lambda: bool(server.made("CloseNotification")), timeout=5_000)
        qtbot.waitUntil(lambda: notifier._id is None, timeout=5_000)
    assert server.made("CloseNotification")[0]["id"] == shown


@pytest.fixture
def served_without_actions(qtbot, session_bus, monkeypatch: pytest.MonkeyPatch):
    yield from _served(qtbot, session_bus, monkeypatch, ("body",))


@needs_bus_tools
def test_a_service_without_actions_gets_only_the_text(
    qtbot, served_without_actions: tuple[DBusNotifier, FakeNotificationServer]
) -> None:
    notifier, server = served_without_actions
    qtbot.waitUntil(lambda: not notifier.supports_actions)
    _shown(qtbot, notifier)
    qtbot.waitUntil(lambda: len(server.made("Notify")) == 1)
    assert server.made("Notify")[0]["actions"] == []
