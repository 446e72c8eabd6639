"""The Breathe part of the window: the introduction with its start buttons, and the
exercise itself, one at a time (or the exercise in its full-screen focus window).

The exercise view, its guide and the focus window are built when a pause first starts (or
something asks for them): the window opens with the introduction alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedLayout, QStackedWidget, QWidget

from pause_app.core.breathing import DEFAULT_PATTERN, PRESETS, Pattern
from pause_app.core.model import Moment, NewSession
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage.store import Store
from pause_app.text.patterns import caution_for, pattern_named
from pause_app.ui.breathe.controls import BreatheControls
from pause_app.ui.breathe.page import BreathePage
from pause_app.ui.widgets import theme

if TYPE_CHECKING:
    from pause_app.core.exercise import Plan
    from pause_app.ui.breathe.exercise_view import ExerciseView
    from pause_app.ui.breathe.focus_window import FocusWindow


class BreatheArea(QStackedWidget):
    """The introduction, or the exercise while one runs."""

    session_stored = Signal()

    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        settings: SettingsWatcher,
        cues: Cues,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathe_area")
        self._store = store
        self._settings = settings
        self._reduced_motion = False
        self.controls = BreatheControls(settings)
        self.intro = BreathePage(store, clock, self.controls)
        self.addWidget(self.intro)
        self._monotonic, self._clock, self._cues = monotonic, clock, cues
        self._exercise: ExerciseView | None = None
        self._focus_window: FocusWindow | None = None
        self.controls.pause_requested.connect(lambda: self.start_pause())
        self.controls.breathing_requested.connect(self.start_breathing)
        cues.unavailable.connect(self.controls.sound_unavailable)
        self.in_focus_view = False

    @property
    def exercise(self) -> ExerciseView:
        """The exercise, built the first time it is asked for."""
        if self._exercise is None:
            from pause_app.ui.breathe.exercise_view import ExerciseView

            exercise = ExerciseView(self._monotonic, self._clock, self._cues)
            exercise.guide.reduced_motion = self._reduced_motion
            self.addWidget(exercise)
            exercise.session_ended.connect(self._on_session_ended)
            exercise.closed.connect(self._on_exercise_closed)
            exercise.focus_toggled.connect(self.toggle_focus_view)
            self._exercise = exercise
        return self._exercise

    @property
    def focus_window(self) -> FocusWindow:
        """The full-screen window, built the first time it is asked for; kept after."""
        if self._focus_window is None:
            from pause_app.ui.breathe.focus_window import FocusWindow

            self._focus_window = FocusWindow(self)
            self._focus_window.left.connect(self._leave_focus_view)
        return self._focus_window

    def exercise_running(self) -> bool:
        """Whether an exercise runs, without building one to ask."""
        return self._exercise is not None and self._exercise.is_running()

    def interrupt(self) -> None:
        """Quitting: a running exercise is kept as interrupted."""
        if self._exercise is not None:
            self._exercise.interrupt()

    def toggle_focus_view(self) -> None:
        """Move the running exercise into a calm full-screen window, or back."""
        if self.in_focus_view:
            self.focus_window.close()  # closeEvent hands the view back
            return
        if not self.exercise_running():
            return
        self.in_focus_view = True
        self.removeWidget(self.exercise)
        self.focus_window.take(self.exercise)
        self.exercise.in_focus_view = True
        self.focus_window.showFullScreen()
        self.focus_window.fade = theme.fade_in(self.focus_window, self.reduced_motion)
        self.focus_window.activateWindow()  # so Space, Esc and Enter reach it at once
        self.exercise.setFocus()

    def _leave_focus_view(self) -> None:
        if not self.in_focus_view:
            return
        self.in_focus_view = False
        self.exercise.in_focus_view = False
        self.focus_window.give_back(self.exercise)
        self.insertWidget(1, self.exercise)
        self.setCurrentWidget(self.exercise if self.exercise.is_running() else self.intro)
        if self.exercise.is_running():
            self.window().activateWindow()
            self.exercise.setFocus()

    def _on_exercise_closed(self) -> None:
        if self.in_focus_view:
            self.focus_window.close()
        self._switch_to(self.intro, self.intro.focusWidget() or self.controls.start_pause)

    def _switch_to(self, page: QWidget, focus: QWidget) -> None:
        """Show ``page`` with the keyboard on ``focus``, in one step: hiding the page that
        had the focus first would pass it through another control (a notice's "Dismiss"),
        which a screen reader says."""
        had_focus = self.isAncestorOf(self.focusWidget() or self.window().focusWidget())
        layout = self.layout()
        if not had_focus or not isinstance(layout, QStackedLayout):
            self.setCurrentWidget(page)
            return
        layout.setStackingMode(QStackedLayout.StackingMode.StackAll)  # both shown a moment
        focus.setFocus()
        self.setCurrentWidget(page)
        layout.setStackingMode(QStackedLayout.StackingMode.StackOne)

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, reduced: bool) -> None:
        """Takes effect at once, also in an exercise already running."""
        self._reduced_motion = reduced
        if self._exercise is not None:
            self._exercise.guide.reduced_motion = reduced
            self._exercise.guide.update()

    def start_pause(self, minutes: float | None = None) -> None:
        from pause_app.core.exercise import pause_plan  # with the exercise: see ``exercise``

        chosen_pattern = self._pattern(str(self._settings.get("breathing.pattern")))
        # A pause never holds the breath: patterns with holds were chosen for a session.
        pattern = PRESETS[DEFAULT_PATTERN] if chosen_pattern.opt_in else chosen_pattern
        chosen = minutes or int(self._settings.get("breathing.pause_minutes"))
        self._start(pause_plan(pattern, chosen), pattern)

    def start_breathing(
        self, pattern_name: str | None = None, minutes: float | None = None
    ) -> None:
        from pause_app.core.exercise import breathing_plan

        name = pattern_name or str(self._settings.get("breathing.pattern"))
        pattern = self._pattern(name)
        chosen = minutes or int(self._settings.get("breathing.session_minutes"))
        self._start(breathing_plan(pattern, chosen), pattern)

    def _pattern(self, name: str) -> Pattern:
        return pattern_named(name, str(self._settings.get("breathing.custom")))

    def _start(self, plan: Plan, pattern: Pattern) -> None:
        self.exercise.announce_phases = bool(self._settings.get("breathing.announce_phases"))
        self.exercise.start(plan, self.reduced_motion, caution_for(pattern))
        if not self.in_focus_view:
            self._switch_to(self.exercise, self.exercise)

    def _on_session_ended(self, session: NewSession, started: Moment) -> None:
        self._store.sessions.add(session, started)
        self.intro.refresh()
        self.session_stored.emit()
