"""Idle time and do-not-disturb on Windows and macOS, through ctypes.

Written to the systems' documentation and tested with fakes; NOT run on Windows or macOS
here. Each function takes the libraries as arguments (the real ones by default), so a test
hands it a fake.

- Windows: ``GetLastInputInfo`` (user32) against ``GetTickCount`` (kernel32), both 32-bit
  millisecond counters that wrap after 49.7 days; ``SHQueryUserNotificationState`` (shell32)
  says whether a full-screen app, a presentation or quiet time is on.
- macOS: ``CGEventSourceSecondsSinceLastEventType`` (CoreGraphics) for any input event in
  the combined session state.
"""

from __future__ import annotations

import ctypes
from typing import Any

# SHQueryUserNotificationState's answers (QUERY_USER_NOTIFICATION_STATE)
QUNS_NOT_PRESENT = 1  # a full-screen app, or the screen saver / lock screen
QUNS_BUSY = 2  # a full-screen application
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6  # the first hour after setting up Windows, or Focus assist
QUNS_APP = 7  # a Windows Store app is full screen
FULLSCREEN_STATES = frozenset(
    {QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE, QUNS_APP}
)
K_CG_EVENT_SOURCE_STATE_COMBINED = 0
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF
CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"


class LASTINPUTINFO(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]


def _windll(name: str) -> Any:
    return ctypes.windll.LoadLibrary(name)  # type: ignore[attr-defined]  # only on Windows


def windows_idle_seconds(user32: Any = None, kernel32: Any = None) -> float | None:
    """Seconds since the last input in this session, or None when Windows does not say."""
    user32 = user32 if user32 is not None else _windll("user32")
    kernel32 = kernel32 if kernel32 is not None else _windll("kernel32")
    info = LASTINPUTINFO()
    info.cbSize = ctypes.sizeof(LASTINPUTINFO)
    if not user32.GetLastInputInfo(ctypes.byref(info)):
        return None
    now = int(kernel32.GetTickCount()) & 0xFFFFFFFF
    return float((now - int(info.dwTime)) & 0xFFFFFFFF) / 1000  # modulo 2**32: the counters wrap


def windows_notification_state(shell32: Any = None) -> int | None:
    shell32 = shell32 if shell32 is not None else _windll("shell32")
    state = ctypes.c_int(0)
    if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:  # an HRESULT; 0 is S_OK
        return None
    return state.value


def windows_fullscreen(shell32: Any = None) -> bool | None:
    state = windows_notification_state(shell32)
    return None if state is None else state in FULLSCREEN_STATES


def windows_quiet_time(shell32: Any = None) -> bool | None:
    state = windows_notification_state(shell32)
    return None if state is None else state == QUNS_QUIET_TIME


def macos_idle_seconds(core_graphics: Any = None) -> float | None:
    """Seconds since any input event in the user's session."""
    if core_graphics is None:
        try:
            core_graphics = ctypes.CDLL(CORE_GRAPHICS)
        except OSError:
            return None
        core_graphics.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
        core_graphics.CGEventSourceSecondsSinceLastEventType.argtypes = [
            ctypes.c_int32, ctypes.c_uint32,
        ]  # fmt: skip
    seconds = core_graphics.CGEventSourceSecondsSinceLastEventType(
        K_CG_EVENT_SOURCE_STATE_COMBINED, K_CG_ANY_INPUT_EVENT_TYPE
    )
    return max(0.0, float(seconds))
