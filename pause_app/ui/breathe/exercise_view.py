"""The pause exercise and the breathing session on screen: one line of text per step,
the breathing guide, and controls that are always within reach.

Time comes from a monotonic clock; a frame timer asks for a new picture only while the
view is visible, running and its window is on screen, so a hidden or minimised guide
costs nothing. It asks at the lowest rate that still looks smooth (frames.py). While it
draws frames, the screen fit's application-wide filter steps aside (widgets/fit.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.breathing import Phase
from pause_app.core.exercise import Event, Exercise, Plan, Position, RunState, Step, guide_look
from pause_app.core.model import Moment, NewSession, Rating, SessionKind
from pause_app.desktop.sound import Cue, Cues
from pause_app.ui.breathe import frames
from pause_app.ui.breathe.guide import BreathingGuide
from pause_app.ui.breathe.picture import Picture
from pause_app.ui.widgets import fit
from pause_app.ui.widgets.announce import announce
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

log = logging.getLogger(__name__)


class ExerciseView(Retranslating, QWidget):
    FRAME_MS = frames.FRAME_MS
    SLOWEST_MS = frames.SLOWEST_MS
    MOVE_PX = frames.MOVE_PX
    CUE_MS = 100  # unseen but with sound on: no painting, just keeping the cues in time

    session_ended = Signal(object, object)  # NewSession, the Moment it started
    closed = Signal()
    focus_toggled = Signal()

    def __init__(
        self,
        monotonic: Callable[[], float],
        wall_clock: Callable[[], Moment],
        cues: Cues | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exercise_view")
        self._monotonic = monotonic
        self._wall_clock = wall_clock
        self._cues = cues
        self.exercise: Exercise | None = None
        self._started_at: Moment | None = None
        self._last_phase: Phase | None = None
        self._said: tuple[Step, bool] | None = None  # the step (and pause) last announced
        self._said_phase: Phase | None = None
        self.announce_phases = True  # "Breathe in", "Breathe out" to a screen reader
        self._window_watch = frames.WindowWatch(
            self._update_timer, lambda: self.window().windowHandle()
        )
        self._animating = False  # drawing frames: the screen fit stepped aside
        self._shown_words: tuple[Step, bool, bool] | None = None  # the texts set last
        self._frames_from: tuple[float, int] | None = None  # (time, guide frames) at start

        self.frame_timer = QTimer(self)
        self.frame_timer.setObjectName("exercise_frame_timer")
        self.frame_timer.setInterval(self.FRAME_MS)
        self.frame_timer.timeout.connect(self._on_frame)

        self.title = role_label("heading", wrap=False)
        self.line = role_label()
        self.caution = role_label()  # when to stop: plain text, not the quieter grey
        self.advice = role_label()
        for label in (self.title, self.line, self.caution, self.advice):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guide = BreathingGuide()
        self._pacer = frames.FramePacer(self.guide)
        self.pause_button = QPushButton()
        self.stop_button = QPushButton()
        self.focus_button = QPushButton()
        self.focus_button.clicked.connect(self.focus_toggled)
        self.in_focus_view = False
        self.rating_buttons = {rating: QPushButton() for rating in Rating}
        self.close_button = QPushButton()
        self.close_button.setProperty("role", "primary")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        for rating, button in self.rating_buttons.items():
            button.clicked.connect(lambda _checked=False, r=rating: self.finish(r))
        self.close_button.clicked.connect(lambda: self.finish(None))

        controls = QHBoxLayout()
        controls.addStretch(1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.stop_button)
        controls.addSpacing(18)
        controls.addWidget(self.focus_button)
        controls.addStretch(1)
        ratings = QHBoxLayout()
        ratings.addStretch(1)
        for button in self.rating_buttons.values():
            ratings.addWidget(button)
        ratings.addSpacing(18)
        ratings.addWidget(self.close_button)
        ratings.addStretch(1)
        self.rating_row = QWidget()
        self.rating_row.setLayout(ratings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.line)
        layout.addWidget(self.guide, 1)
        layout.addWidget(self.caution)
        layout.addWidget(self.advice)
        layout.addLayout(controls)
        layout.addWidget(self.rating_row)

        # Clicking a button must not take the keyboard away from the view (Space pauses);
        # Tab still reaches every button, and a focused button keeps its own keys.
        for button in (
            self.pause_button,
            self.stop_button,
            self.focus_button,
            self.close_button,
            *self.rating_buttons.values(),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate_ui()

    # ---- starting and ending

    def start(self, plan: Plan, reduced_motion: bool = False, caution: str = "") -> None:
        if self.is_running():  # a new start replaces it: the old one stopped early, and is kept
            self._apply(self.exercise.stop(self._monotonic()), close=False)  # type: ignore[union-attr]
        self.exercise = Exercise.start(plan, self._monotonic())
        self._started_at = self._wall_clock()
        self._last_phase = None
        self._said, self._said_phase = None, None
        self.guide.reduced_motion = reduced_motion
        self.caution.setText(caution)
        self.caution.setVisible(bool(caution))
        self._shown_words = None
        self._frames_from = (self._monotonic(), self.guide.paint_count)
        self._render()
        self._update_timer()
        self.setFocus()

    def toggle_pause(self) -> None:
        if self.exercise is None or self.current_step() is Step.CONTINUE:
            return
        self._apply(self.exercise.toggle_pause(self._monotonic()))

    def stop(self) -> None:
        if self.exercise is not None:
            self._apply(self.exercise.stop(self._monotonic()))

    def confirm(self) -> None:
        """Enter: close the last step (as Close does)."""
        if self.current_step() is Step.CONTINUE:
            self.finish(None)

    def finish(self, rating: Rating | None) -> None:
        if self.exercise is not None:
            self._apply(self.exercise.finish(self._monotonic(), rating))

    def interrupt(self) -> None:
        """The app quits: a running exercise is kept as interrupted."""
        if self.exercise is not None and self.exercise.run_state is not RunState.ENDED:
            self._apply(self.exercise.interrupt(self._monotonic()))

    def is_running(self) -> bool:
        return self.exercise is not None and self.exercise.run_state is not RunState.ENDED

    def current_step(self) -> Step | None:
        if self.exercise is None:
            return None
        return self.exercise.position(self._monotonic()).step

    def _apply(self, result: tuple[Exercise, list[Event]], close: bool = True) -> None:
        self.exercise, events = result
        if Event.ENDED in events:
            self._stop_frames()
            self._log_frames()
            if self.exercise.ended is not None and self._started_at is not None:
                session: NewSession = self.exercise.to_session(self._monotonic())
                self.session_ended.emit(session, self._started_at)
            self.exercise = None
            if close:
                self.closed.emit()
            return
        self._render()
        self._update_timer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space pauses, Esc stops, Enter closes the last step, F11 toggles the focus view.

        Keys reach here only when no focused button took them: Space on a focused button
        presses that button, as everywhere; Enter on a focused rating gives that rating.
        """
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            if self.in_focus_view:  # the first Esc leaves full screen; the next one ends
                self.focus_toggled.emit()
            else:
                self.stop()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                focused.click()
            else:
                self.confirm()
        elif key == Qt.Key.Key_F11:
            self.focus_toggled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ---- frames

    def _on_frame(self) -> None:
        exposed = self._window_watch.exposed()
        if not exposed and not self._sound_on():
            self._stop_frames()  # covered or minimised: the next expose paints again
            return
        if self.exercise is None:
            self._stop_frames()
            return
        now = self._monotonic()  # one time and one position for the whole frame
        where = self.exercise.position(now)
        self.exercise, events = self.exercise.advance_at(where)
        if Event.STEP_CHANGED in events and self.exercise.step is Step.CONTINUE:
            self._play(Cue.END)
        self._render(now, where)
        self._update_timer(now, exposed, where)

    def _stop_frames(self) -> None:
        self.frame_timer.stop()
        self._set_animating(False)

    def _set_animating(self, animating: bool) -> None:
        if animating is not self._animating:
            self._animating = animating
            fit.step_aside(self, animating)

    def _log_frames(self) -> None:
        """For ``make bench``: how many frames the guide drew, and how often (pause-app -v)."""
        if self._frames_from is not None:
            began, frames = self._frames_from
            seconds = max(1e-3, self._monotonic() - began)
            drawn = self.guide.paint_count - frames
            log.info(
                "the guide drew %d frames in %.1f s (%.1f a second)",
                drawn,
                seconds,
                drawn / seconds,
            )
            self._frames_from = None

    def _render(self, now: float | None = None, where: Position | None = None) -> None:
        """Shows the exercise at ``now`` (``where``: its position then, if found)."""
        if self.exercise is None:
            return
        now = self._monotonic() if now is None else now
        if where is None:
            where = self.exercise.position(now)
        step = where.step
        paused = self.exercise.run_state is RunState.PAUSED
        words = (step, paused, self.in_focus_view)
        if words != self._shown_words:  # not every frame: the words change with the step
            self._shown_words = words
            self._show_words(step, paused)
        breath = self.exercise.breath_at(where)  # breath(now), without finding where again
        look = guide_look(where)  # and look(now)
        self.guide.paused = paused
        self.guide.show_state(
            breath,
            faint=step is Step.FEEL_SAFE,
            presence=look.presence,
            faintness=look.faintness,
        )
        if breath is not None and not paused and step is Step.BREATHE:
            if breath.phase is not self._last_phase:
                if breath.phase is Phase.INHALE:
                    self._play(Cue.BREATHE_IN)
                elif breath.phase is Phase.EXHALE:
                    self._play(Cue.BREATHE_OUT)
            self._last_phase = breath.phase
        self._tell(step, paused, breath.phase if breath is not None else None)

    def _show_words(self, step: Step, paused: bool) -> None:
        self.title.setText(self.step_titles[step])
        self.line.setText(self._step_line(step))
        at_end = step is Step.CONTINUE
        # The guide stays in place at every step (an empty, still ring at Stop and Continue),
        # so nothing on screen jumps between steps.
        self.pause_button.setVisible(not at_end)
        self.stop_button.setVisible(not at_end)
        self.focus_button.setVisible(not at_end)
        self.rating_row.setVisible(at_end)
        self.caution.setVisible(bool(self.caution.text()) and not at_end)
        self.advice.setVisible(step in (Step.BREATHE, Step.FEEL_SAFE))
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.focus_button.setText(
            self.tr("Leave focus view") if self.in_focus_view else self.tr("Focus view")
        )

    def _tell(self, step: Step, paused: bool, phase: Phase | None) -> None:
        """What a screen reader hears: each new step with its line, pausing and resuming, and
        (unless turned off) each new phase of the breath, never the countdown."""
        if (step, paused) != self._said:
            first = self._said is None or self._said[0] is not step
            self._said = (step, paused)
            if paused:
                text = self.guide.paused_word
            elif first:
                text = f"{self.step_titles[step]}. {self._step_line(step)}"
            else:
                text = self.tr("Resumed")
            self.setAccessibleDescription(self.line.text())
            announce(self, text, describe=False)
            self._said_phase = None  # a phase after a step change or a resume is said again
        if paused or step is not Step.BREATHE or phase is None:
            self._said_phase = None
            return
        if phase is not self._said_phase:
            self._said_phase = phase
            word = self.guide.phase_words[phase]
            self.guide.setAccessibleDescription(word)
            if self.announce_phases:
                announce(self.guide, word, describe=False)

    def _play(self, cue: Cue) -> None:
        if self._cues is not None:
            self._cues.play(cue)

    def _sound_on(self) -> bool:
        return self._cues is not None and self._cues.enabled

    def _update_timer(
        self, now: float | None = None, exposed: bool = False, where: Position | None = None
    ) -> None:
        """Ask for frames only when something can change: while breathing, seen or heard.

        Nothing moves during Stop (one wake-up at its end) or Continue (none); unseen,
        only the sound cues keep a slow tick, and without sound nothing runs at all.
        """
        if self.exercise is None or self.exercise.run_state is not RunState.RUNNING:
            self._stop_frames()
            return
        now = self._monotonic() if now is None else now
        if where is None:  # not given by the frame that found it
            where = self.exercise.position(now)
        # Exposed (asked by a frame) is on the screen, so not minimised: one question less.
        seen = self.isVisible() and (exposed or not self.window().isMinimized())
        if where.step is Step.CONTINUE or not (seen or self._sound_on()):
            self._stop_frames()
            return
        before = self.frame_timer.interval()
        if seen:
            interval = self._pacer.wait_ms(self._picture_at, now, before == self.FRAME_MS)
        else:
            interval = self.CUE_MS
        if where.step is Step.STOP and where.step_ms_left is not None:
            interval = max(interval, where.step_ms_left + 1)
        if before != interval:
            self.frame_timer.setInterval(interval)
        if not self.frame_timer.isActive():
            self.frame_timer.start()
        self._set_animating(seen and where.step is not Step.STOP)

    def _picture_at(self, now: float) -> Picture:
        assert self.exercise is not None
        where = self.exercise.position(now)
        look = guide_look(where)
        return self.guide.picture_of(
            self.exercise.breath_at(where),
            where.step is Step.FEEL_SAFE,
            look.presence,
            look.faintness,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_window()
        self._render()
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()

    def paintEvent(self, event: object) -> None:  # an expose after being covered
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self.frame_timer.isActive():  # not every frame: only when the frames stopped
            self._update_timer()

    def _watch_window(self) -> None:
        self._window_watch.watch()

    # ---- words

    def retranslate_ui(self) -> None:
        self.step_titles = {
            Step.STOP: self.tr("Stop"),
            Step.BREATHE: self.tr("Breathe"),
            Step.FEEL_SAFE: self.tr("Feel safe"),
            Step.CONTINUE: self.tr("Continue"),
        }
        # "End", not "Stop": Stop is the first step's name, shown right above this button.
        self.stop_button.setText(self.tr("End"))
        self.pause_button.setText(self.tr("Pause"))  # named before the first frame, too
        self.focus_button.setText(self.tr("Focus view"))
        self.setAccessibleName(self.tr("Breathing exercise"))
        self.close_button.setText(self.tr("Close"))
        self.rating_buttons[Rating.BETTER].setText(self.tr("Better"))
        self.rating_buttons[Rating.SAME].setText(self.tr("Same"))
        self.rating_buttons[Rating.TOO_MUCH].setText(self.tr("Too much"))
        self.advice.setText(
            self.tr("If you feel dizzy or tingly, stop and breathe normally. Gentle is enough.")
        )
        self._shown_words = None  # the words again, in the new language
        self._render()

    def _step_line(self, step: Step) -> str:
        kind = self.exercise.plan.kind if self.exercise else SessionKind.PAUSE
        if step is Step.STOP:
            return self.tr("Stop what you are doing for a moment. Let everything be still.")
        if step is Step.BREATHE:
            return self.tr("Breathe gently, not deeply. Follow the circle, seated or lying down.")
        if step is Step.FEEL_SAFE:
            return self.tr("Notice that you are safe here, right now.")
        if kind is SessionKind.BREATHING:
            return self.tr("Well done. How do you feel now?")
        return self.tr("Carry on with your day, gently. How did this feel?")
