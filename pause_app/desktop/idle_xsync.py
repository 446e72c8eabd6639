"""Idle on X11 without polling: alarms on the SYNC extension's IDLETIME counter.

Two alarms, as GNOME's X11 idle monitor had them: one that fires when the idle time crosses
the threshold upwards (away; it stays, and fires once in each idle spell), and, only while
the user is away, one that fires when the idle time falls back to nothing (input again; it is
dropped when it has fired, so that every keystroke of a present user costs nothing). The X
server sends both as events on Pause's own connection (``idle_x11.XServer``): no timer at all.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from pause_app.desktop.idle_base import IdleSource
from pause_app.desktop.idle_x11 import XServer

log = logging.getLogger(__name__)


class XSyncIdle(IdleSource):
    name = "xsync"

    def __init__(self, server: XServer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle_xsync")
        self._server = server
        self._away_after = 300.0
        self._away_alarm = 0
        self._back_alarm = 0
        self._running = False
        self.is_away = False

    def start(self, away_after_s: float) -> None:
        self._running = True
        self._server.on_alarm = self._on_alarm
        self._server.listen()
        self.set_away_after(away_after_s)

    def set_away_after(self, seconds: float) -> None:
        self._away_after = seconds
        if not self._running:
            return
        self._server.drop_alarm(self._away_alarm)
        self._away_alarm = self._server.idle_alarm(int(seconds * 1000), back=False)
        idle_ms = self._server.idle_ms()  # already past it: the alarm waits for the next spell
        if not self.is_away and idle_ms is not None and idle_ms >= seconds * 1000:
            self._went_away(idle_ms / 1000)

    def stop(self) -> None:
        if self._running:
            self._server.drop_alarm(self._away_alarm)
            self._server.drop_alarm(self._back_alarm)
            self._server.on_alarm = None
            self._server.unlisten(on_property=False)
        self._away_alarm = self._back_alarm = 0
        self._running = False
        self.is_away = False

    def _went_away(self, idle_s: float) -> None:
        self.is_away = True
        self.went_away.emit(idle_s)
        self._back_alarm = self._server.idle_alarm(1, back=True)
        idle_ms = self._server.idle_ms()  # input between the alarm and now: back already
        if idle_ms is not None and idle_ms < self._away_after * 1000:
            self._came_back()

    def _came_back(self) -> None:
        self._server.drop_alarm(self._back_alarm)
        self._back_alarm = 0
        if self.is_away:
            self.is_away = False
            self.came_back.emit()

    def _on_alarm(self, alarm: int) -> None:
        if not self._running:
            return
        if alarm == self._away_alarm and not self.is_away:
            self._went_away(self._away_after)
        elif alarm == self._back_alarm and self.is_away:
            self._came_back()
