"""Reminders: the tray icon and its menu, the timer aimed at the next pause, and the small
corner window that asks gently when a notification cannot.

The rest of the app uses ``Reminders`` (built and started by the composition root), and a
start in the tray shows ``tray.Tray`` before it: the feature loads when first asked for,
so the icon does not wait for the timer, the store or D-Bus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pause_app.ui.reminders.feature import Reminders, no_tray_notice

__all__ = ["Reminders", "no_tray_notice"]


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pause_app.ui.reminders import feature

    return getattr(feature, name)
