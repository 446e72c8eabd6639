"""The one way Pause makes a text label: word-wrapped, with a style role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def role_label(
    role: str = "",
    text: str = "",
    *,
    wrap: bool = True,
    hidden: bool = False,
    selectable: bool = False,
) -> QLabel:
    """``role`` picks the style in theme.style_sheet: heading, subheading, muted, field_error,
    celebration. Hidden labels (errors, notes) show when they have something to say."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if hidden:
        label.hide()
    return label
