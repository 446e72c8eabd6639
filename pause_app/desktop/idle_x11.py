"""X11 through Xlib and libXss (ctypes): the idle time and a full-screen active window.

Pause opens a connection of its own to the X server (Qt's is not shared). The idle time is
the XScreenSaver extension's (``XScreenSaverQueryInfo``), read when it matters by
``idle_base.PollingIdle``. The full-screen check follows events, not a tick: the root window's
``_NET_ACTIVE_WINDOW`` and the active window's ``_NET_WM_STATE`` are watched with
PropertyNotify, read from the connection's socket by a ``QSocketNotifier``; a change reads the
two properties again. Xlib's default error handler ends the process on an error (a window
that closed between two calls), so a quiet one is installed.
"""

from __future__ import annotations

import ctypes
import logging
from ctypes import POINTER, Structure, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from pause_app.core.attention import Disturbance
from pause_app.desktop.idle_base import Condition

log = logging.getLogger(__name__)

PROPERTY_NOTIFY = 28
# A hidden window keeps its properties (Qt unmaps on close, and the window manager may leave
# _NET_ACTIVE_WINDOW on it): its unmapping and destruction are watched too.
WINDOW_EVENTS = {17: "destroyed", 18: "unmapped", 19: "mapped", PROPERTY_NOTIFY: "property"}
PROPERTY_CHANGE_MASK = 1 << 22
STRUCTURE_NOTIFY_MASK = 1 << 17
QUEUED_ALREADY = 0
XA_ATOM = 4
XA_WINDOW = 33
ANY_PROPERTY_TYPE = 0


class XScreenSaverInfo(Structure):
    _fields_ = [
        ("window", c_ulong), ("state", c_int), ("kind", c_int),
        ("til_or_since", c_ulong), ("idle", c_ulong), ("event_mask", c_ulong),
    ]  # fmt: skip


class XSyncValue(Structure):
    _fields_ = [("hi", c_int), ("lo", ctypes.c_uint)]


class XSyncSystemCounter(Structure):
    _fields_ = [("name", c_char_p), ("counter", c_ulong), ("resolution", XSyncValue)]


class XSyncTrigger(Structure):
    _fields_ = [
        ("counter", c_ulong), ("value_type", c_int), ("wait_value", XSyncValue),
        ("test_type", c_int),
    ]  # fmt: skip


class XSyncAlarmAttributes(Structure):
    _fields_ = [
        ("trigger", XSyncTrigger), ("delta", XSyncValue), ("events", c_int), ("state", c_int),
    ]  # fmt: skip


SYNC_ALARM_NOTIFY = 1  # after the extension's event base
SYNC_ABSOLUTE = 0
POSITIVE_TRANSITION, NEGATIVE_TRANSITION = 0, 1
# XSyncCACounter | XSyncCAValueType | XSyncCAValue | XSyncCATestType | XSyncCADelta | XSyncCAEvents
ALARM_MASK = 0b111111


class XPropertyEvent(Structure):
    _fields_ = [
        ("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", c_void_p),
        ("window", c_ulong), ("atom", c_ulong), ("time", c_ulong), ("state", c_int),
    ]  # fmt: skip


XEvent = c_long * 24  # Xlib's XEvent union is 24 longs
ERROR_HANDLER = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)


def _no_error(_display: int | None, _event: int | None) -> int:
    return 0  # a window gone between two calls: the answer is simply "no"


_quiet_errors = ERROR_HANDLER(_no_error)


SONAMES = {"X11": "libX11.so.6", "Xext": "libXext.so.6", "Xss": "libXss.so.1"}


def _load(name: str) -> ctypes.CDLL | None:
    """The library by its usual soname (find_library runs ldconfig: slow at start-up)."""
    try:
        return ctypes.CDLL(SONAMES[name])
    except OSError:
        from ctypes.util import find_library  # only here: it brings subprocess along

        path = find_library(name)
    try:
        return ctypes.CDLL(path) if path else None
    except OSError:
        return None


class XServer(QObject):
    """One Xlib connection: the idle time, and the active window's full-screen state."""

    def __init__(self, xlib: ctypes.CDLL, display: int, xss: ctypes.CDLL | None) -> None:
        super().__init__()
        self.setObjectName("x_server")
        self._x = xlib
        self._display = display
        self._xss = xss
        self._root = xlib.XDefaultRootWindow(display)
        self._info = xss.XScreenSaverAllocInfo() if xss is not None else None
        self.has_idle = self._info is not None
        self._atoms = {
            name: xlib.XInternAtom(display, name.encode(), 0)
            for name in ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")
        }
        self._notifier: QSocketNotifier | None = None
        self._on_property: object = None
        self._sync: ctypes.CDLL | None = None
        self._sync_event = -1
        self._idle_counter = 0
        self.on_alarm: object = None  # called with the alarm's id when it fires
        self._drain_due = False

    @classmethod
    def open(cls) -> XServer | None:
        """A connection to $DISPLAY, or None (no libX11, no server)."""
        xlib = _load("X11")
        if xlib is None:
            return None
        xlib.XOpenDisplay.restype = c_void_p
        xlib.XOpenDisplay.argtypes = [c_char_p]
        xlib.XDefaultRootWindow.restype = c_ulong
        xlib.XDefaultRootWindow.argtypes = [c_void_p]
        xlib.XInternAtom.restype = c_ulong
        xlib.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
        xlib.XGetWindowProperty.argtypes = [
            c_void_p, c_ulong, c_ulong, c_long, c_long, c_int, c_ulong,
            POINTER(c_ulong), POINTER(c_int), POINTER(c_ulong), POINTER(c_ulong),
            POINTER(POINTER(c_ubyte)),
        ]  # fmt: skip
        xlib.XFree.argtypes = [c_void_p]
        xlib.XSelectInput.argtypes = [c_void_p, c_ulong, c_long]
        xlib.XPending.argtypes = [c_void_p]
        xlib.XEventsQueued.argtypes = [c_void_p, c_int]
        xlib.XNextEvent.argtypes = [c_void_p, c_void_p]
        xlib.XConnectionNumber.argtypes = [c_void_p]
        xlib.XFlush.argtypes = [c_void_p]
        xlib.XCloseDisplay.argtypes = [c_void_p]
        xlib.XSetErrorHandler(_quiet_errors)
        display = xlib.XOpenDisplay(None)
        if not display:
            return None
        xss = _load("Xss")
        if xss is not None:
            xss.XScreenSaverQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
            xss.XScreenSaverAllocInfo.restype = POINTER(XScreenSaverInfo)
            xss.XScreenSaverQueryInfo.argtypes = [c_void_p, c_ulong, POINTER(XScreenSaverInfo)]
            event_base, error_base = c_int(), c_int()
            if not xss.XScreenSaverQueryExtension(display, byref(event_base), byref(error_base)):
                log.info("the X server has no XScreenSaver extension")
                xss = None
        return cls(xlib, display, xss)

    def open_sync(self) -> bool:
        """The SYNC extension's IDLETIME counter, for alarms (events, no polling)."""
        xext = _load("Xext")
        if xext is None:
            return False
        xext.XSyncQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
        xext.XSyncInitialize.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
        xext.XSyncListSystemCounters.restype = POINTER(XSyncSystemCounter)
        xext.XSyncListSystemCounters.argtypes = [c_void_p, POINTER(c_int)]
        xext.XSyncFreeSystemCounterList.argtypes = [POINTER(XSyncSystemCounter)]
        xext.XSyncCreateAlarm.restype = c_ulong
        xext.XSyncCreateAlarm.argtypes = [c_void_p, c_ulong, POINTER(XSyncAlarmAttributes)]
        xext.XSyncDestroyAlarm.argtypes = [c_void_p, c_ulong]
        xext.XSyncQueryCounter.argtypes = [c_void_p, c_ulong, POINTER(XSyncValue)]
        event_base, error_base, major, minor = c_int(), c_int(), c_int(), c_int()
        if not xext.XSyncQueryExtension(self._display, byref(event_base), byref(error_base)):
            return False
        if not xext.XSyncInitialize(self._display, byref(major), byref(minor)):
            return False
        count = c_int()
        counters = xext.XSyncListSystemCounters(self._display, byref(count))
        if not counters:
            return False
        try:
            for index in range(count.value):
                if counters[index].name == b"IDLETIME":
                    self._idle_counter = counters[index].counter
        finally:
            xext.XSyncFreeSystemCounterList(counters)
        if not self._idle_counter:
            return False
        self._sync = xext
        self._sync_event = event_base.value + SYNC_ALARM_NOTIFY
        return True

    def idle_alarm(self, milliseconds: int, *, back: bool) -> int:
        """An alarm on the idle counter: crossing ``milliseconds`` upwards (away), or, with
        ``back``, falling to it (input again). Its id; 0 when there is no SYNC."""
        if self._sync is None:
            return 0
        attributes = XSyncAlarmAttributes()
        attributes.trigger.counter = self._idle_counter
        attributes.trigger.value_type = SYNC_ABSOLUTE
        attributes.trigger.wait_value = XSyncValue(0, max(1, milliseconds))
        attributes.trigger.test_type = NEGATIVE_TRANSITION if back else POSITIVE_TRANSITION
        attributes.delta = XSyncValue(0, 0)
        attributes.events = 1
        alarm = int(self._sync.XSyncCreateAlarm(self._display, ALARM_MASK, byref(attributes)))
        self._x.XFlush(self._display)
        self.queued_later()
        return alarm

    def drop_alarm(self, alarm: int) -> None:
        if self._sync is not None and alarm:
            self._sync.XSyncDestroyAlarm(self._display, alarm)
            self._x.XFlush(self._display)
        self.queued_later()

    def idle_ms(self) -> int | None:
        """The idle counter now (SYNC), or None."""
        if self._sync is None:
            return None
        value = XSyncValue()
        if not self._sync.XSyncQueryCounter(self._display, self._idle_counter, byref(value)):
            return None
        self.queued_later()
        return int((value.hi << 32) | value.lo)

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input, or None when it cannot say."""
        if self._xss is None or self._info is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        self.queued_later()
        return float(self._info.contents.idle) / 1000

    def _window_property(self, window: int, name: str, kind: int) -> list[int]:
        actual_type, actual_format = c_ulong(), c_int()
        count, after = c_ulong(), c_ulong()
        data = POINTER(c_ubyte)()
        status = self._x.XGetWindowProperty(
            self._display, window, self._atoms[name], 0, 64, 0, kind,
            byref(actual_type), byref(actual_format), byref(count), byref(after), byref(data),
        )  # fmt: skip
        if status != 0 or not data:
            return []
        try:
            if actual_format.value != 32:
                return []
            values = ctypes.cast(data, POINTER(c_ulong))  # format 32 is a C long each
            return [values[index] for index in range(count.value)]
        finally:
            self._x.XFree(data)

    def active_window(self) -> int:
        found = self._window_property(self._root, "_NET_ACTIVE_WINDOW", XA_WINDOW)
        return found[0] if found else 0

    def is_fullscreen(self, window: int) -> bool:
        if not window:
            return False
        states = self._window_property(window, "_NET_WM_STATE", XA_ATOM)
        return self._atoms["_NET_WM_STATE_FULLSCREEN"] in states

    def watch_window(self, window: int, on: bool) -> None:
        """Its property changes (and, but for the root, its unmapping) become events."""
        mask = PROPERTY_CHANGE_MASK | (STRUCTURE_NOTIFY_MASK if window != self._root else 0)
        self._x.XSelectInput(self._display, window, mask if on else 0)
        self._x.XFlush(self._display)
        self.queued_later()

    def listen(self, on_property: object = None) -> None:
        """Read the connection's events as they come: call ``on_property(window, what)`` for
        each that matters (``what``: a property's name, or "unmapped", "mapped",
        "destroyed"), and ``on_alarm(alarm)`` for a SYNC alarm."""
        if on_property is not None:
            self._on_property = on_property
        if self._notifier is not None:
            return
        self._notifier = QSocketNotifier(
            self._x.XConnectionNumber(self._display), QSocketNotifier.Type.Read, self
        )
        self._notifier.setObjectName("x_server_events")
        self._notifier.activated.connect(self.drain)

    def unlisten(self, on_property: bool = True) -> None:
        if on_property:
            self._on_property = None
        if self._on_property is not None or self.on_alarm is not None:
            return  # the other still listens
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def queued_later(self) -> None:
        """Events Xlib read while waiting for a reply sit in its queue, where the socket
        notifier cannot see them: they are read once this call has returned."""
        if self._x.XEventsQueued(self._display, QUEUED_ALREADY) and not self._drain_due:
            self._drain_due = True
            QTimer.singleShot(0, self, self.drain)

    def drain(self) -> None:
        """Read every event Xlib has (a reply read may have queued some behind our back)."""
        self._drain_due = False
        names = {atom: name for name, atom in self._atoms.items()}
        seen: list[tuple[int, str]] = []
        alarms: list[int] = []
        event = XEvent()
        while self._x.XPending(self._display):
            self._x.XNextEvent(self._display, byref(event))
            notice = ctypes.cast(byref(event), POINTER(XPropertyEvent)).contents
            kind = WINDOW_EVENTS.get(notice.type & 0x7F)  # the high bit: sent by a client
            if notice.type & 0x7F == self._sync_event:
                alarms.append(notice.window)  # XSyncAlarmNotifyEvent: the alarm is there
            elif kind == "property" and notice.atom in names:
                seen.append((notice.window, names[notice.atom]))
            elif kind is not None and kind != "property":
                seen.append((notice.window, kind))  # the window it was selected on
        if self._notifier is None:
            return
        for alarm in alarms:
            if self.on_alarm is not None:
                self.on_alarm(alarm)  # type: ignore[operator]
        for window, name in seen:
            if self._on_property is not None:
                self._on_property(window, name)  # type: ignore[operator]

    @property
    def root(self) -> int:
        return int(self._root)


class FullScreenWatch(Condition):
    """A full-screen active window holds reminders (a video, a presentation, a game)."""

    def __init__(self, server: XServer, parent: QObject | None = None) -> None:
        super().__init__(Disturbance.FULLSCREEN, "x11_fullscreen", parent)
        self._server = server
        self._window = 0
        self._hidden = False  # the active window was unmapped or destroyed
        self._running = False

    def start(self) -> None:
        self._running = True
        self._server.listen(self._on_event)
        self._server.watch_window(self._server.root, True)
        self.check()

    def stop(self) -> None:
        if self._running:
            self._server.watch_window(self._server.root, False)
            if self._window:
                self._server.watch_window(self._window, False)
            self._server.unlisten()
        self._running = False
        self._window = 0
        super().stop()

    def check(self) -> None:
        if not self._running:
            return
        window = self._server.active_window()
        if window != self._window:
            if self._window:
                self._server.watch_window(self._window, False)
            if window:
                self._server.watch_window(window, True)
            self._window = window
            self._hidden = False
        self.set_active(not self._hidden and self._server.is_fullscreen(window))
        self._server.queued_later()

    def _on_event(self, window: int, what: str) -> None:
        if what == "_NET_ACTIVE_WINDOW":
            self.check()
        elif window != self._window:
            return
        elif what == "_NET_WM_STATE":
            self.check()
        elif what in ("unmapped", "destroyed"):
            self._hidden = True
            self.set_active(False)
        elif what == "mapped":
            self._hidden = False
            self.check()
