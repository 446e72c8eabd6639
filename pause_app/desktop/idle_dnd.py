"""Do not disturb, as the desktop says it over D-Bus: each a condition that holds reminders.

- the notification service's ``Inhibited`` property (KDE Plasma's do-not-disturb; the
  freedesktop specification's addition), followed through ``PropertiesChanged``;
- GNOME's ``show-banners`` off (``org.gnome.desktop.notifications``): read with ``gsettings``
  once, and again only when dconf says that folder changed (its ``Notify`` signal);
- another app inhibiting idle (a call, a video): GNOME's session manager
  (``InhibitedActions`` has the idle bit, read again on ``InhibitorAdded``/``Removed``) and
  ``org.freedesktop.PowerManagement.Inhibit`` (``HasInhibit``, ``HasInhibitChanged``; KDE).

Only services already on the bus are watched: nothing is started to be asked.
"""

from __future__ import annotations

import logging
import os
import shutil
from typing import Any

from PySide6.QtCore import SLOT, QObject, QProcess, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from pause_app.core.attention import Disturbance
from pause_app.desktop.idle_base import Condition
from pause_app.desktop.idle_dbus import PropertyCondition, SignalCondition

log = logging.getLogger(__name__)

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
SESSION_MANAGER = "org.gnome.SessionManager"
SESSION_MANAGER_PATH = "/org/gnome/SessionManager"
INHIBIT_IDLE = 8  # GsmInhibitorFlag: idle
POWER_INHIBIT = "org.freedesktop.PowerManagement.Inhibit"
POWER_INHIBIT_PATH = "/org/freedesktop/PowerManagement/Inhibit"
DCONF_WRITER = "ca.desrt.dconf.Writer"
BANNERS_SCHEMA = "org.gnome.desktop.notifications"
BANNERS_FOLDER = "/org/gnome/desktop/notifications/"


class SessionInhibit(PropertyCondition):
    """GNOME's session manager: some app inhibits idle (``InhibitedActions`` & 8)."""

    def meaning(self, value: Any) -> bool:
        try:
            return bool(int(value) & INHIBIT_IDLE)
        except (TypeError, ValueError):
            return False


class GnomeBanners(Condition):
    """GNOME's notification banners turned off (its do-not-disturb)."""

    def __init__(self, bus: QDBusConnection, gsettings: str, parent: QObject | None = None):
        super().__init__(Disturbance.NOTIFICATIONS_OFF, "gnome_show_banners", parent)
        self._bus = bus
        self._gsettings = gsettings
        self._running = False
        self._reading: QProcess | None = None

    def start(self) -> None:
        self._running = True
        # dconf tells every change on the session bus; a change elsewhere is not read.
        self._bus.connect(  # type: ignore[call-overload]
            "", "", DCONF_WRITER, "Notify", self, SLOT("_on_dconf(QDBusMessage)")
        )
        self.read()

    def stop(self) -> None:
        if self._running:
            self._bus.disconnect(  # type: ignore[call-overload]
                "", "", DCONF_WRITER, "Notify", self, SLOT("_on_dconf(QDBusMessage)")
            )
        self._running = False
        super().stop()

    def read(self) -> None:
        if self._reading is not None:
            return
        process = QProcess(self)
        process.setObjectName("gsettings_show_banners")
        process.finished.connect(lambda *_: self._on_read(process))
        self._reading = process
        process.start(self._gsettings, ["get", BANNERS_SCHEMA, "show-banners"])

    def _on_read(self, process: QProcess) -> None:
        self._reading = None
        answer = bytes(process.readAllStandardOutput().data()).decode(errors="replace").strip()
        process.deleteLater()
        if self._running and answer in ("true", "false"):
            self.set_active(answer == "false")

    @Slot(QDBusMessage)
    def _on_dconf(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if self._running and arguments and str(arguments[0]).startswith(BANNERS_FOLDER):
            self.read()


def dnd_conditions(bus: QDBusConnection, registered: frozenset[str]) -> list[Condition]:
    """The holds this desktop can tell, from the services on the bus now."""
    found: list[Condition] = []
    if NOTIFICATIONS in registered:
        found.append(
            PropertyCondition(bus, NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS,
                              "Inhibited", Disturbance.NOTIFICATIONS_OFF,
                              "notifications_inhibited")
        )  # fmt: skip
    if SESSION_MANAGER in registered:
        found.append(
            SessionInhibit(bus, SESSION_MANAGER, SESSION_MANAGER_PATH, SESSION_MANAGER,
                           "InhibitedActions", Disturbance.INHIBITED, "gnome_session_inhibited",
                           refresh_on=("InhibitorAdded", "InhibitorRemoved"))
        )  # fmt: skip
    if POWER_INHIBIT in registered:
        found.append(
            SignalCondition(bus, POWER_INHIBIT, POWER_INHIBIT_PATH, POWER_INHIBIT, "HasInhibit",
                            "HasInhibitChanged", Disturbance.INHIBITED, "power_inhibited")
        )  # fmt: skip
    gsettings = shutil.which("gsettings")
    if gsettings and "GNOME" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":"):
        found.append(GnomeBanners(bus, gsettings))
    log.debug("attention: holds watched: %s", ", ".join(c.name for c in found) or "none")
    return found
