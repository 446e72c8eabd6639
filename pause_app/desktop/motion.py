"""Whether the user asks for less motion: the ``ui.reduced_motion`` setting, or the
desktop's own preference where Qt can tell (Qt 6.12+).

Apart from the look (``ui/widgets/theme.py``) so that a start in the tray, which applies
no look yet, knows it without loading the theme and Qt's namespace of enums.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def prefers_reduced_motion(setting: str) -> bool:
    """``ui.reduced_motion``: on, off, or follow the system where Qt can tell (Qt 6.12+)."""
    if setting in ("on", "off"):
        return setting == "on"
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    hints = accessibility() if callable(accessibility) else None
    preference = getattr(hints, "motionPreference", None)
    if preference is None:
        return False
    from PySide6.QtCore import Qt

    reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    return reduced is not None and preference() == reduced
