import pytest

from pause_app.core.breathing import PRESETS, Phase
from pause_app.core.exercise import (
    Event,
    Exercise,
    RunState,
    Step,
    breathing_plan,
    pause_plan,
)
from pause_app.core.model import Rating, SessionEnd, SessionKind

CALM = PRESETS["calm"]
T0 = 1000.0  # a monotonic clock reading; any value works


def _started(minutes: float = 1) -> Exercise:
    return Exercise.start(pause_plan(CALM, minutes), T0)


def test_the_pause_exercise_has_four_steps_of_the_default_lengths() -> None:
    plan = pause_plan(CALM)
    assert [(step, ms) for step, ms in plan.steps] == [
        (Step.STOP, 5000),
        (Step.BREATHE, 60_000),
        (Step.FEEL_SAFE, 15_000),
    ]
    assert plan.planned_ms == 80_000
    assert pause_plan(CALM, 5).planned_ms == 5000 + 300_000 + 15_000


@pytest.mark.parametrize(
    ("at", "step"),
    [
        (0, Step.STOP),
        (4.999, Step.STOP),
        (5, Step.BREATHE),
        (64.999, Step.BREATHE),
        (65, Step.FEEL_SAFE),
        (80, Step.CONTINUE),
        (5000, Step.CONTINUE),
    ],
)
def test_steps_follow_each_other(at: float, step: Step) -> None:
    assert _started().position(T0 + at).step is step


def test_advance_reports_each_step_once_even_when_late() -> None:
    exercise = _started()
    exercise, events = exercise.advance(T0 + 3)
    assert events == []
    exercise, events = exercise.advance(T0 + 70)  # a late frame skips a whole step
    assert (exercise.step, events) == (Step.FEEL_SAFE, [Event.STEP_CHANGED])
    exercise, events = exercise.advance(T0 + 71)
    assert events == []


@pytest.mark.parametrize("at", [0, 3, 5, 20.123, 64.9, 70, 79.999, 80, 200])
def test_a_position_found_once_gives_what_the_time_gives(at: float) -> None:
    """A frame finds its position once and asks the rest of it; the answers are the same."""
    exercise = _started()
    where = exercise.position(T0 + at)
    assert exercise.breath_at(where) == exercise.breath(T0 + at)
    assert exercise.advance_at(where) == exercise.advance(T0 + at)
    ended, _ = exercise.stop(T0 + at)
    assert ended.advance_at(ended.position(T0 + at + 5)) == (ended, [])


def test_paused_time_does_not_count() -> None:
    exercise, events = _started().pause(T0 + 10)
    assert events == [Event.PAUSED] and exercise.run_state is RunState.PAUSED
    assert exercise.elapsed_ms(T0 + 500) == 10_000
    exercise, events = exercise.resume(T0 + 500)
    assert events == [Event.RESUMED]
    assert exercise.elapsed_ms(T0 + 502) == 12_000
    assert exercise.position(T0 + 500 + 55).step is Step.FEEL_SAFE


def test_pause_and_resume_are_idempotent() -> None:
    exercise, _ = _started().pause(T0 + 1)
    assert exercise.pause(T0 + 2) == (exercise, [])
    running, _ = exercise.resume(T0 + 3)
    assert running.resume(T0 + 4) == (running, [])


def test_the_breathing_guide_runs_in_breathe_and_faintly_in_feel_safe() -> None:
    exercise = _started()
    assert exercise.breath(T0 + 1) is None
    assert exercise.breath(T0 + 5).phase is Phase.INHALE
    assert exercise.breath(T0 + 5 + 4).phase is Phase.EXHALE
    assert exercise.breath(T0 + 66) is not None
    assert exercise.breath(T0 + 81) is None


def test_stopping_early_is_a_session_too() -> None:
    exercise, events = _started().stop(T0 + 30)
    assert events == [Event.ENDED]
    session = exercise.to_session(T0 + 99)
    assert (session.kind, session.pattern, session.ended) == (
        SessionKind.PAUSE,
        "calm",
        SessionEnd.STOPPED_EARLY,
    )
    assert (session.planned_seconds, session.actual_seconds) == (80.0, 30.0)


def test_finishing_with_a_rating() -> None:
    exercise, _ = _started().finish(T0 + 95, Rating.TOO_MUCH)
    session = exercise.to_session(T0 + 95)
    assert (session.ended, session.rating, session.actual_seconds) == (
        SessionEnd.FINISHED,
        Rating.TOO_MUCH,
        80.0,
    )


def test_quitting_the_app_interrupts() -> None:
    exercise, _ = _started().interrupt(T0 + 20)
    assert exercise.to_session(T0 + 20).ended is SessionEnd.INTERRUPTED
    after_the_end, _ = _started().interrupt(T0 + 200)
    assert after_the_end.to_session(T0 + 200).ended is SessionEnd.FINISHED


def test_an_ended_exercise_stays_ended() -> None:
    exercise, _ = _started().stop(T0 + 10)
    assert exercise.advance(T0 + 100) == (exercise, [])
    assert exercise.stop(T0 + 100) == (exercise, [])
    assert exercise.elapsed_ms(T0 + 1000) == 10_000


def test_an_unended_exercise_has_no_session() -> None:
    with pytest.raises(ValueError):
        _started().to_session(T0)


def test_a_standalone_breathing_session() -> None:
    plan = breathing_plan(PRESETS["4-7-8"], minutes=10)
    assert plan.kind is SessionKind.BREATHING
    assert plan.planned_ms == 4 * 19_000  # 4-7-8: four breaths at most
    exercise = Exercise.start(plan, T0)
    assert exercise.position(T0).step is Step.BREATHE
    assert exercise.position(T0 + 76).step is Step.CONTINUE


def test_the_faint_rhythm_never_holds_the_breath() -> None:
    exercise = Exercise.start(pause_plan(PRESETS["box"], 1), T0)
    phases = {
        exercise.breath(T0 + 5 + 64 + s / 10).phase
        for s in range(0, 150)  # all of feel safe
    }
    assert phases <= {Phase.INHALE, Phase.EXHALE}


def test_the_guide_fades_in_softens_and_fades_out_without_jumps() -> None:
    exercise = _started()
    previous = None
    for tenth in range(0, 81 * 10):
        look = exercise.look(T0 + tenth / 10)
        breath = exercise.breath(T0 + tenth / 10)
        if previous is not None:
            assert abs(look.presence - previous.presence) <= 0.11
            # Faintness only shows while the guide is there at all.
            visible = look.faintness * look.presence
            assert abs(visible - previous.faintness * previous.presence) <= 0.06
        previous = look
    assert exercise.look(T0 + 2).presence == 0.0  # stop: nothing drawn
    assert exercise.look(T0 + 5.5).presence == 0.5  # fading in
    assert exercise.look(T0 + 30) == exercise.look(T0 + 40)  # steady while breathing
    assert exercise.look(T0 + 66).faintness == 0.5  # softening into feel safe
    assert exercise.look(T0 + 79).presence == 0.5  # fading out before continue
    assert breath is None  # continue
