"""Breathe: the page that starts a pause or a while of breathing, the exercise with its
breathing guide, and the full-screen focus view.

The rest of the app uses ``BreatheArea`` (the page and the exercise, one at a time); the
other names are for looking at a piece on its own.
"""

from pause_app.ui.breathe.area import BreatheArea
from pause_app.ui.breathe.exercise_view import ExerciseView
from pause_app.ui.breathe.guide import BreathingGuide
from pause_app.ui.breathe.page import BreathePage

__all__ = ["BreatheArea", "BreathePage", "BreathingGuide", "ExerciseView"]
