"""Telling a screen reader what just happened, without moving the focus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Who else hears each line (tests, and the end-to-end check): called whether or not a screen
# reader is running, with the widget and the line.
listeners: list[Callable[[QWidget, str], None]] = []


def announce(widget: QWidget, text: str, *, describe: bool = True) -> None:
    """The line is read out, politely, where the platform's accessibility is on (Orca, NVDA,
    VoiceOver; Qt 6.8+). With ``describe`` it also becomes the widget's accessible description,
    for a status line that says what is true now (not for a window telling a passing result)."""
    if describe:
        widget.setAccessibleDescription(text)
    if not text:
        return
    for listener in listeners:
        listener(widget, text)
    # Here, not above: naming QAccessible makes PySide6 set up its many enums (some 3 ms),
    # which a start has no need of until something is said.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
