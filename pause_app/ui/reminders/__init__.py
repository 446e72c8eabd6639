"""Reminders: the tray icon and its menu, the timer aimed at the next pause, and the small
corner window that asks gently when a notification cannot.

The rest of the app uses ``Reminders`` (built and started by the composition root).
"""

from pause_app.ui.reminders.feature import Reminders, no_tray_notice

__all__ = ["Reminders", "no_tray_notice"]
