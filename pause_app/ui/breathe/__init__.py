"""Breathe: the page that starts a pause or a while of breathing, the exercise with its
breathing guide, and the full-screen focus view.

The rest of the app uses ``BreatheArea`` (the page and the exercise, one at a time); the
other names are for looking at a piece on its own. The exercise and its guide load when
first named: the window opens without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pause_app.ui.breathe.area import BreatheArea
from pause_app.ui.breathe.page import BreathePage

if TYPE_CHECKING:
    from pause_app.ui.breathe.exercise_view import ExerciseView
    from pause_app.ui.breathe.guide import BreathingGuide

__all__ = ["BreatheArea", "BreathePage", "BreathingGuide", "ExerciseView"]


def __getattr__(name: str) -> Any:
    if name == "ExerciseView":
        from pause_app.ui.breathe.exercise_view import ExerciseView

        return ExerciseView
    if name == "BreathingGuide":
        from pause_app.ui.breathe.guide import BreathingGuide

        return BreathingGuide
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
