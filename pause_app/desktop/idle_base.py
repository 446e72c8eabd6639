"""The pieces an attention watch is built of: one idle source and a few conditions.

An idle source says when the user went away (no keyboard or mouse input for the threshold)
and when they came back. A condition is one thing that is either on or off: a screen lock
(counts as away) or a do-not-disturb hold (a full-screen window, notifications paused, an
app inhibiting idle). ``desktop/attention.py`` puts them together behind one small object.

Polling sources (the X server's XScreenSaver extension, Windows, macOS, the ScreenSaver
service's idle time) never tick: one single-shot timer is aimed at the next moment that
matters, the away threshold or the next reminder (``aim``), and only while the user is away
is the return looked for at a slow, fixed pace (no source here can tell it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pause_app.core.attention import Disturbance

log = logging.getLogger(__name__)

MAX_TIMER_S = 6 * 3600.0  # a far moment is aimed at in steps (a QTimer holds an int of ms)


class IdleSource(QObject):
    """Tells when the user went away (idle for the threshold) and came back."""

    went_away = Signal(float)  # seconds idle already behind them
    came_back = Signal()
    name = ""

    def start(self, away_after_s: float) -> None:
        raise NotImplementedError

    def set_away_after(self, seconds: float) -> None:
        raise NotImplementedError

    def aim(self, due_in_s: float | None) -> None:
        """The next reminder is due in this many seconds (None: none planned)."""

    def stop(self) -> None:
        raise NotImplementedError


class Condition(QObject):
    """One thing that is on or off: a lock (``what`` None: counts as away) or a hold."""

    changed = Signal(bool)

    def __init__(self, what: Disturbance | None, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(f"attention_{name}")
        self.what = what
        self.name = name
        self.active = False

    def start(self) -> None:
        """Begin watching (read the state once, listen for changes)."""

    def aim(self, due_in_s: float | None) -> None:
        """A condition that can only be read, not watched, reads it when it matters."""

    def stop(self) -> None:
        """Stop watching; the state is forgotten."""
        self.active = False

    def set_active(self, on: bool) -> None:
        if on != self.active:
            self.active = on
            log.info("attention: %s %s", self.name, "on" if on else "off")
            self.changed.emit(on)


def _single_shot(parent: QObject, name: str, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setSingleShot(True)  # coarse, as a QTimer is by default: a few ms either way
    timer.timeout.connect(slot)
    return timer


class PollingIdle(IdleSource):
    """An idle time that can only be read: read when it matters, never on a tick.

    While the user is here, the timer is aimed at the earliest moment they could be away
    (the threshold minus the idle time read now) or at the next reminder, whichever is first.
    While they are away, the return is looked for every ``AWAY_CHECK_S``.
    """

    AWAY_CHECK_S = 10.0
    FAILED_CHECK_S = 300.0  # a read that failed is tried again, calmly

    def __init__(
        self,
        read: Callable[[], float | None],
        name: str,
        parent: QObject | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"idle_{name}")
        self.name = name
        self._read = read
        self._monotonic = monotonic
        self._away_after = 300.0
        # When the next reminder is due, on the monotonic clock (an aim says it in seconds
        # from then; a look some time later must count from the moment, not the seconds).
        self._due_at: float | None = None
        self.is_away = False
        self._running = False
        self._timer = _single_shot(self, f"idle_{name}_check", self.check)

    def start(self, away_after_s: float) -> None:
        self._away_after = away_after_s
        self._running = True
        self.check()

    def set_away_after(self, seconds: float) -> None:
        self._away_after = seconds
        if self._running:
            self.check()

    def aim(self, due_in_s: float | None) -> None:
        if self.is_away:
            return  # a reminder due now waits for the return, which is looked for anyway
        self._due_at = None if due_in_s is None else self._monotonic() + due_in_s
        if self._running:
            self.check()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self.is_away = False

    def check(self) -> None:
        """Read the idle time, say what changed, and aim the timer at the next moment."""
        if not self._running:
            return
        idle = self._read()
        if idle is None:
            self._aim_in(self.FAILED_CHECK_S)
            return
        if self.is_away:
            if idle < self._away_after:  # input since the last look
                self.is_away = False
                self._due_at = None  # the reminders aim again from the return
                self.came_back.emit()
            else:
                self._aim_in(self.AWAY_CHECK_S)
                return
        if idle >= self._away_after:
            self.is_away = True
            self._due_at = None
            self.went_away.emit(idle)
            self._aim_in(self.AWAY_CHECK_S)
            return
        wait = self._away_after - idle
        if self._due_at is not None:
            due_in = self._due_at - self._monotonic()
            if due_in <= 1.0:  # this is the look (a coarse timer may fire a little early)
                self._due_at = None  # looked at once; the next aim says the next one
            elif due_in < wait:
                wait = due_in
        self._aim_in(wait)

    def _aim_in(self, seconds: float) -> None:
        self._timer.start(max(50, int(min(seconds, MAX_TIMER_S) * 1000)))

    def next_check_ms(self) -> int | None:
        """When the timer fires next (for tests and the log), None when it does not run."""
        return self._timer.remainingTime() if self._timer.isActive() else None


class PolledCondition(Condition):
    """A hold that can only be read (Windows' notification state): read when a reminder is
    due, and while it holds, every ``HELD_CHECK_S`` to see it end."""

    HELD_CHECK_S = 30.0

    def __init__(
        self,
        read: Callable[[], bool | None],
        what: Disturbance | None,
        name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(what, name, parent)
        self._read = read
        self._running = False
        self._timer = _single_shot(self, f"attention_{name}_check", self.check)

    def start(self) -> None:
        self._running = True
        self.check()

    def aim(self, due_in_s: float | None) -> None:
        if self._running and not self.active and due_in_s is not None:
            self._timer.start(max(50, int(min(max(due_in_s - 1.0, 0.0), MAX_TIMER_S) * 1000)))

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        super().stop()

    def check(self) -> None:
        if not self._running:
            return
        state = self._read()
        if state is not None:
            self.set_active(state)
        if self.active:
            self._timer.start(int(self.HELD_CHECK_S * 1000))
        else:
            self._timer.stop()  # the next aim says when to look again
