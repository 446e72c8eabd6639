"""The breathing patterns in words: their names, and the caution line for those that hold
the breath.

The Breathe page and the settings offer the same patterns in the same words, translated once
(context "Patterns"). QtCore only: no widgets, nothing from the desktop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pause_app.core.breathing import CUSTOM_PATTERN, PRESETS, Pattern
from pause_app.core.settings import custom_pattern

translate = QCoreApplication.translate


def pattern_names() -> dict[str, str]:
    """Each pattern's name in the current language, in the order they are offered: the
    presets as ``PRESETS`` has them, then the user's own rhythm."""
    return {
        "calm": translate("Patterns", "Calm: in 4, out 6 (6 breaths a minute)"),
        "resonance": translate("Patterns", "Resonance: in 5.5, out 5.5"),
        "gentle": translate("Patterns", "Gentle start: in 3, out 4"),
        "sigh": translate("Patterns", "Sigh: in 2 and a little more, out 6"),
        "box": translate("Patterns", "Box: 4, hold 4, 4, hold 4 (holds the breath)"),
        "4-7-8": translate("Patterns", "4-7-8: in 4, hold 7, out 8 (holds the breath)"),
        CUSTOM_PATTERN: translate("Patterns", "Your own rhythm"),
    }


def pattern_named(name: str, custom: str) -> Pattern:
    """A preset, or the user's own rhythm from ``custom`` (the ``breathing.custom`` setting,
    "in,hold,out,hold" in seconds). Raises KeyError for an unknown name and ValueError for a
    rhythm that cannot be used."""
    if name == CUSTOM_PATTERN:
        return custom_pattern(custom)
    return PRESETS[name]


def caution_for(pattern: Pattern) -> str:
    """The one caution line for patterns that hold the breath."""
    if not pattern.has_holds:
        return ""
    line = translate(
        "Caution",
        "This pattern holds the breath. If it feels uncomfortable, stop and breathe normally.",
    )
    if pattern.max_cycles is not None:  # only 4-7-8, whose limit is four: always plural
        line += " " + translate("Caution", "It stops after at most {count} breaths.").format(
            count=pattern.max_cycles
        )
    return line
