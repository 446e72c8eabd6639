"""What the desktop says about the person at it: away, back, and what holds reminders.

The reminders decide (``core/attention.py``); this only tells. ``attention_watch()`` picks
the best sources this desktop has:

- idle (no keyboard or mouse input): GNOME's ``org.gnome.Mutter.IdleMonitor`` (X11 and
  Wayland; an idle watch and a user-active watch, both events, no polling); else on X11
  alarms on the SYNC extension's IDLETIME counter (``desktop/idle_xsync.py``, events too),
  or where it lacks them the XScreenSaver extension (``desktop/idle_x11.py``, read); else
  ``org.freedesktop.ScreenSaver``'s
  ``GetSessionIdleTime`` (KDE); on Windows ``GetLastInputInfo``, on macOS
  ``CGEventSourceSecondsSinceLastEventType`` (``desktop/idle_native.py``). The ones that can
  only be read are read when it matters (``desktop/idle_base.py``), never on a tick.
- a locked screen counts as away: logind's session ``LockedHint`` and the screen saver's
  ``ActiveChanged`` (``desktop/idle_dbus.py``).
- what holds reminders (``Disturbance``): a full-screen active window (X11, watched with
  PropertyNotify; Windows' notification state), the notification service's ``Inhibited``
  property, GNOME's ``show-banners`` off, an app that inhibits idle (GNOME's session
  manager, KDE's PowerManagement inhibit) (``desktop/idle_dnd.py``).

Tried here: X11 under Xvfb, and the D-Bus paths against fake services on a private bus.
Not run here: real GNOME or KDE sessions, Windows, macOS (those are tested with fakes).
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection

from pause_app.core.attention import Disturbance
from pause_app.desktop.idle_base import Condition, IdleSource, PolledCondition, PollingIdle

log = logging.getLogger(__name__)


class AttentionWatch(QObject):
    """Away, back and the holds, as signals. This base watches nothing (no idle source)."""

    away = Signal(float)  # idle >= threshold, or the screen locked; seconds idle behind them
    back = Signal()  # input again, or unlocked
    disturbed = Signal(object)  # frozenset[Disturbance]: what holds reminders now

    idle_source: str | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attention_watch")
        self.is_away = False
        self.disturbances: frozenset[Disturbance] = frozenset()

    def start(self, away_after_s: float) -> None:
        """Begin watching; away after this many seconds without input."""

    def set_away_after(self, seconds: float) -> None:
        """A new away threshold (``reminders.away_minutes`` changed)."""

    def aim(self, due_in_s: float | None) -> None:
        """The next reminder is due in this many seconds: polling sources look then."""

    def stop(self) -> None:
        """Stop watching; nothing is emitted after this."""

    # For subclasses: the one place the state changes and the signals go out.
    def _set_away(self, away: bool, idle_s: float = 0.0) -> None:
        if away == self.is_away:
            return
        self.is_away = away
        if away:
            log.info("attention: away (idle for %.0f s)", idle_s)
            self.away.emit(float(idle_s))
        else:
            log.info("attention: back")
            self.back.emit()

    def _set_disturbances(self, found: frozenset[Disturbance]) -> None:
        if found != self.disturbances:
            self.disturbances = found
            self.disturbed.emit(found)


class DesktopAttention(AttentionWatch):
    """One idle source (or none) and the conditions, put together."""

    def __init__(
        self,
        idle: IdleSource | None,
        conditions: list[Condition],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = idle
        self._conditions = conditions
        self._idle_away = False
        self._running = False
        self.idle_source = idle.name if idle is not None else None
        if idle is not None:
            idle.setParent(self)
            idle.went_away.connect(self._on_went_away)
            idle.came_back.connect(self._on_came_back)
        for condition in conditions:
            condition.setParent(self)
            condition.changed.connect(self._on_condition)

    @property
    def sources(self) -> list[str]:
        """The names of what is watched, for the log and the tests."""
        idle = [self._idle.name] if self._idle is not None else []
        return idle + [condition.name for condition in self._conditions]

    def start(self, away_after_s: float) -> None:
        if self._running:
            self.set_away_after(away_after_s)
            return
        self._running = True
        log.info("attention: watching %s", ", ".join(self.sources) or "nothing")
        for condition in self._conditions:
            condition.start()
        if self._idle is not None:
            self._idle.start(away_after_s)

    def set_away_after(self, seconds: float) -> None:
        if self._running and self._idle is not None:
            self._idle.set_away_after(seconds)

    def aim(self, due_in_s: float | None) -> None:
        if not self._running:
            return
        if self._idle is not None:
            self._idle.aim(due_in_s)
        for condition in self._conditions:
            condition.aim(due_in_s)

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        if self._idle is not None:
            self._idle.stop()
        for condition in self._conditions:
            condition.stop()
        self._idle_away = False
        self.is_away = False
        self.disturbances = frozenset()

    def _locked(self) -> bool:
        return any(c.active for c in self._conditions if c.what is None)

    def _on_went_away(self, idle_s: float) -> None:
        if self._running:
            self._idle_away = True
            self._set_away(True, idle_s)

    def _on_came_back(self) -> None:
        if self._running:
            self._idle_away = False
            self._set_away(self._locked())

    def _on_condition(self, _on: bool) -> None:
        if not self._running:
            return
        self._set_away(self._idle_away or self._locked())
        self._set_disturbances(
            frozenset(c.what for c in self._conditions if c.what is not None and c.active)
        )


def _on_x11() -> bool:
    if os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return False  # XWayland's idle time knows only X clients' input
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() == "xcb" and bool(os.environ.get("DISPLAY"))


def attention_watch(
    parent: QObject | None = None, bus: QDBusConnection | None = None
) -> AttentionWatch:
    """The best sources this desktop has; ``idle_source`` None when it has no idle source."""
    if sys.platform == "win32":
        from pause_app.desktop import idle_native

        return DesktopAttention(
            PollingIdle(idle_native.windows_idle_seconds, "windows"),
            [
                PolledCondition(
                    idle_native.windows_fullscreen, Disturbance.FULLSCREEN, "windows_fullscreen"
                ),
                PolledCondition(
                    idle_native.windows_quiet_time,
                    Disturbance.NOTIFICATIONS_OFF,
                    "windows_quiet_time",
                ),
            ],
            parent,
        )
    if sys.platform == "darwin":
        from pause_app.desktop import idle_native

        return DesktopAttention(PollingIdle(idle_native.macos_idle_seconds, "macos"), [], parent)
    return _linux_watch(parent, bus if bus is not None else QDBusConnection.sessionBus())


def _linux_watch(parent: QObject | None, bus: QDBusConnection) -> AttentionWatch:
    from pause_app.desktop import idle_dbus, idle_dnd, idle_x11, idle_xsync

    idle: IdleSource | None = None
    conditions: list[Condition] = []
    registered = idle_dbus.registered_names(bus)
    if idle_dbus.MUTTER in registered:
        mutter = idle_dbus.MutterIdle(bus)
        if mutter.usable:
            idle = mutter
        else:
            mutter.deleteLater()
    server = idle_x11.XServer.open() if _on_x11() else None
    if idle is None and server is not None and server.open_sync():
        idle = idle_xsync.XSyncIdle(server)
    if idle is None and server is not None and server.has_idle:
        idle = PollingIdle(server.idle_seconds, "xscreensaver")
    if idle is None and idle_dbus.SCREENSAVER in registered:
        idle = idle_dbus.screensaver_idle(bus)
    if server is not None:
        conditions.append(idle_x11.FullScreenWatch(server))
    conditions += idle_dbus.lock_conditions(bus, registered)
    conditions += idle_dnd.dnd_conditions(bus, registered)
    watch = DesktopAttention(idle, conditions, parent)
    if server is not None:
        server.setParent(watch)
    if idle is None:
        log.info("attention: no idle source on this desktop")
    return watch
