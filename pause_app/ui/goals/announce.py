"""Telling a screen reader what just happened on the goal panel, without moving the focus."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """The line becomes the widget's accessible description (always), and is read out,
    politely, where the platform's accessibility is on (Orca, NVDA, VoiceOver; Qt 6.8+)."""
    widget.setAccessibleDescription(text)
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
