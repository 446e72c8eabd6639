"""When the breathing guide's next frame is due, and whether its window can be seen.

Frames come at the lowest rate that still looks smooth: at most FRAME_MS apart, and as far
apart (up to SLOWEST_MS) as the circle's edge moves less than MOVE_PX, its colour does not
visibly change and the countdown keeps its number. A calm breath's slow ends and its holds
so need a few frames a second, its fastest middle about thirty.

The window is watched through its own signal for minimising and restoring, not an event
filter: a filter on the window is a call into Python for each of its events, one a frame.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtGui import QWindow

from pause_app.ui.breathe.guide import BreathingGuide
from pause_app.ui.breathe.picture import Picture, alike

FRAME_MS = 33  # at most about 30 frames a second; the picture comes from the time
SLOWEST_MS = 250  # the longest wait between frames while breathing (fades start in time)
WAITS_MS = (50, 67, 100, 150, SLOWEST_MS)  # the waits tried, longer than FRAME_MS
MOVE_PX = 1.0  # an antialiased edge that moves a pixel a frame looks continuous


class FramePacer:
    """The wait before the next frame, from the pictures the guide would show."""

    def __init__(self, guide: BreathingGuide) -> None:
        self._guide = guide
        self._last_radius: float | None = None  # the circle's radius at the frame before

    def wait_ms(self, picture_at: Callable[[float], Picture], now: float, fast: bool) -> int:
        """The longest wait after which the guide still looks like one smooth movement;
        ``fast``: the last wait was FRAME_MS."""
        here = self._guide.shown or picture_at(now)  # shown: drawn for now, just before
        last, self._last_radius = self._last_radius, here.radius
        if fast and last is not None and abs(here.radius - last) >= MOVE_PX:
            return FRAME_MS  # it moved a pixel or more in the last frame: it still does
        if not alike(here, picture_at(now + FRAME_MS / 1000), MOVE_PX):
            return FRAME_MS
        chosen = FRAME_MS
        for wait in WAITS_MS:
            if not alike(here, picture_at(now + wait / 1000), MOVE_PX):
                break
            chosen = wait
        return chosen


class WindowWatch:
    """Calls back when the window is minimised or restored, by the window's signal, and
    says whether it is on screen. ``find`` finds the view's window (its ``windowHandle``);
    it is asked when the view shows, not each frame: finding it through the widgets cost
    about a twentieth of a frame."""

    def __init__(self, changed: Callable[[], None], find: Callable[[], QWindow | None]) -> None:
        self._changed = changed
        self._find = find
        self._handle: QWindow | None = None

    def watch(self) -> None:
        """The view was shown, perhaps in another window: watch the one it is in now."""
        handle = self._find()
        if handle is self._handle:
            return
        if self._handle is not None:
            # A window that was closed for good took its connection with it.
            with contextlib.suppress(RuntimeError, TypeError):
                self._handle.windowStateChanged.disconnect(self._on_state)
        if handle is not None:
            handle.windowStateChanged.connect(self._on_state)
        self._handle = handle

    def exposed(self) -> bool:
        """Whether the window is on screen (none yet: as if it were)."""
        try:
            return self._handle is None or self._handle.isExposed()
        except RuntimeError:  # closed for good since the view last showed
            self.watch()
            return self._handle is None or self._handle.isExposed()

    def _on_state(self, _state: object) -> None:
        self._changed()
