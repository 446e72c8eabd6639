from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pause_app.core.breathing import PRESETS, Pattern, Phase
from pause_app.core.exercise import RunState, breathing_plan, pause_plan
from pause_app.core.model import Rating, SessionEnd, SessionKind
from pause_app.desktop.sound import Cue, Cues
from pause_app.ui.breathe.exercise_view import ExerciseView
from tests.helpers.clock import FakeClock, FakeMonotonic

CALM = PRESETS["calm"]


class RecordingCues(Cues):
    def __init__(self) -> None:
        super().__init__()
        self.played: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.played.append(cue)


@pytest.fixture
def tick() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def cues() -> RecordingCues:
    return RecordingCues()


@pytest.fixture
def view(qtbot, tick: FakeMonotonic, clock: FakeClock, cues: RecordingCues) -> ExerciseView:
    shown = ExerciseView(tick, clock, cues)
    qtbot.addWidget(shown)
    shown.resize(600, 640)
    shown.show()
    return shown


def _frame(view: ExerciseView, tick: FakeMonotonic, seconds: float) -> None:
    tick.advance(seconds)
    view.frame_timer.timeout.emit()


def test_the_four_steps(view: ExerciseView, tick: FakeMonotonic) -> None:
    view.start(pause_plan(CALM))
    assert view.title.text() == "Stop"
    assert view.guide.state is None  # a still, empty ring
    assert view.frame_timer.isActive()
    _frame(view, tick, 5)
    assert view.title.text() == "Breathe"
    assert "gently, not deeply" in view.line.text()
    assert "dizzy or tingly" in view.advice.text() and view.advice.isVisible()
    _frame(view, tick, 2)  # mid-inhale
    assert view.guide.state.phase is Phase.INHALE
    assert view.guide.fullness() == pytest.approx(0.5)
    _frame(view, tick, 5)  # mid-exhale
    assert view.guide.state.phase is Phase.EXHALE
    assert view.guide.fullness() == pytest.approx(0.5)
    _frame(view, tick, 60 - 7)
    assert view.title.text() == "Feel safe"
    assert view.guide.faint
    assert view.guide.caption() == ("", "")  # a faint rhythm, no instructions
    _frame(view, tick, 15)
    assert view.title.text() == "Continue"
    assert view.guide.state is None
    assert view.rating_row.isVisible()
    assert view.pause_button.isHidden() and view.stop_button.isHidden()


def test_space_pauses_and_paused_time_does_not_count(qtbot, view, tick) -> None:
    view.start(pause_plan(CALM))
    _frame(view, tick, 6)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.exercise.run_state is RunState.PAUSED
    assert not view.frame_timer.isActive()  # nothing moves, nothing is drawn
    assert view.pause_button.text() == "Resume"
    tick.advance(300)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.exercise.run_state is RunState.RUNNING
    assert view.exercise.elapsed_ms(tick()) == 6000


def test_escape_stops_early_and_that_is_stored_as_a_session(qtbot, view, tick) -> None:
    view.start(pause_plan(CALM))
    _frame(view, tick, 20)
    with qtbot.waitSignal(view.session_ended) as ended, qtbot.waitSignal(view.closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    session, started = ended.args
    assert (session.kind, session.ended, session.actual_seconds) == (
        SessionKind.PAUSE,
        SessionEnd.STOPPED_EARLY,
        20.0,
    )
    assert started.local_date.isoformat() == "2026-03-15"
    assert view.exercise is None and not view.frame_timer.isActive()


def test_one_tap_rating_at_the_end(qtbot, view, tick) -> None:
    view.start(pause_plan(CALM))
    _frame(view, tick, 81)
    with qtbot.waitSignal(view.session_ended) as ended:
        qtbot.mouseClick(view.rating_buttons[Rating.TOO_MUCH], Qt.MouseButton.LeftButton)
    session, _ = ended.args
    assert (session.ended, session.rating, session.actual_seconds) == (
        SessionEnd.FINISHED,
        Rating.TOO_MUCH,
        80.0,
    )


def test_enter_closes_the_last_step(qtbot, view, tick) -> None:
    view.start(breathing_plan(CALM, 1))
    with qtbot.assertNotEmitted(view.session_ended):
        qtbot.keyClick(view, Qt.Key.Key_Return)  # nothing to confirm yet
    _frame(view, tick, 60)
    with qtbot.waitSignal(view.session_ended) as ended:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ended.args[0].rating is None and ended.args[0].ended is SessionEnd.FINISHED


def test_the_frame_timer_stops_when_hidden_or_minimised(qtbot, view, tick) -> None:
    view.start(pause_plan(CALM))
    assert view.frame_timer.isActive()
    view.hide()
    assert not view.frame_timer.isActive()
    view.show()
    assert view.frame_timer.isActive()
    view.window().showMinimized()
    qtbot.waitUntil(lambda: not view.frame_timer.isActive())
    view.window().showNormal()
    qtbot.waitUntil(view.frame_timer.isActive)
    view.stop()


def test_sound_cues_follow_the_breath(view, tick, cues: RecordingCues) -> None:
    view.start(pause_plan(CALM))
    _frame(view, tick, 5)  # breathing starts: in
    _frame(view, tick, 4)  # out
    _frame(view, tick, 6)  # in again
    _frame(view, tick, 60)  # feel safe, then the end
    _frame(view, tick, 20)
    assert cues.played == [Cue.BREATHE_IN, Cue.BREATHE_OUT, Cue.BREATHE_IN, Cue.END]


def test_holds_show_a_caution_line(view) -> None:
    view.start(breathing_plan(PRESETS["box"], 1), caution="This pattern holds the breath.")
    assert view.caution.isVisible()
    view.stop()
    view.start(breathing_plan(CALM, 1))
    assert view.caution.isHidden()


def test_interrupt_keeps_a_running_exercise(qtbot, view, tick) -> None:
    view.start(pause_plan(CALM))
    _frame(view, tick, 30)
    with qtbot.waitSignal(view.session_ended) as ended:
        view.interrupt()
    assert ended.args[0].ended is SessionEnd.INTERRUPTED


def test_reduced_motion_reaches_the_guide(view) -> None:
    view.start(pause_plan(Pattern.custom(4, 0, 6, 0)), reduced_motion=True)
    assert view.guide.reduced_motion
    view.stop()


def test_a_focused_rating_button_gives_its_rating_on_enter(qtbot, view, tick) -> None:
    view.start(pause_plan(CALM))
    _frame(view, tick, 81)
    view.rating_buttons[Rating.TOO_MUCH].setFocus()
    with qtbot.waitSignal(view.session_ended) as ended:
        qtbot.keyClick(view.rating_buttons[Rating.TOO_MUCH], Qt.Key.Key_Return)
    assert ended.args[0].rating is Rating.TOO_MUCH


def test_clicking_a_button_leaves_space_to_pause(qtbot, view, tick) -> None:
    view.start(pause_plan(CALM))
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)  # paused by mouse
    assert view.exercise.run_state is RunState.PAUSED
    assert not view.pause_button.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)  # and Space resumes, as the view kept the keys
    assert view.exercise.run_state is RunState.RUNNING
    view.stop()


def test_nothing_ticks_while_nothing_moves(view, tick) -> None:
    view.start(pause_plan(CALM))
    assert view.frame_timer.interval() >= 5000  # Stop: one wake-up, at its end
    _frame(view, tick, 5)
    assert view.frame_timer.interval() == ExerciseView.FRAME_MS  # breathing: frames
    _frame(view, tick, 75)
    assert view.title.text() == "Continue"
    assert not view.frame_timer.isActive()  # Continue: nothing at all


def test_hidden_with_sound_on_the_cues_keep_time_without_frames(view, tick, cues) -> None:
    cues.enabled = True
    view.start(pause_plan(CALM))
    _frame(view, tick, 5)
    view.hide()
    assert view.frame_timer.isActive()
    assert view.frame_timer.interval() == ExerciseView.CUE_MS
    _frame(view, tick, 4)
    assert cues.played == [Cue.BREATHE_IN, Cue.BREATHE_OUT]
    cues.enabled = False
    view.show()
    view.hide()
    assert not view.frame_timer.isActive()  # without sound, hidden means nothing runs
    view.stop()


def test_when_to_stop_is_in_the_plain_text_colour(view: ExerciseView) -> None:
    """The advice to stop when dizzy, and the caution for holds, are not side remarks."""
    assert view.advice.property("role") != "muted"
    assert view.caution.property("role") != "muted"
