"""Telling a screen reader what just happened, without moving the focus."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, describe: bool = True) -> None:
    """The line is read out, politely, where the platform's accessibility is on (Orca, NVDA,
    VoiceOver; Qt 6.8+). With ``describe`` it also becomes the widget's accessible description,
    for a status line that says what is true now (not for a window telling a passing result)."""
    if describe:
        widget.setAccessibleDescription(text)
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
