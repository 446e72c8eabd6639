"""What a screen reader hears during a pause: each step with its line, each new phase of the
breath (unless turned off), pausing and resuming; never the countdown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pause_app.core.breathing import PRESETS
from pause_app.core.exercise import pause_plan
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.ui.breathe import BreatheArea
from pause_app.ui.breathe.exercise_view import ExerciseView
from tests.helpers.clock import FakeClock, FakeMonotonic
from tests.helpers.heard import listening


@pytest.fixture
def heard() -> Iterator[list[tuple[str, str]]]:
    with listening() as lines:
        yield lines


def _frame(view: ExerciseView, tick: FakeMonotonic, seconds: float) -> None:
    tick.advance(seconds)
    view.frame_timer.timeout.emit()


@pytest.fixture
def view(qtbot, clock: FakeClock) -> ExerciseView:
    shown = ExerciseView(FakeMonotonic(), clock)
    qtbot.addWidget(shown)
    shown.resize(600, 640)
    shown.show()
    return shown


def _frame(view: ExerciseView, seconds: float) -> None:
    view._monotonic.advance(seconds)  # type: ignore[attr-defined]
    view.frame_timer.timeout.emit()


def _run_a_pause(view: ExerciseView) -> None:
    view.start(pause_plan(PRESETS["calm"], 1))
    for _ in range(int(70 / 0.5)):  # Stop 5 s, 60 s of breathing, then feel safe
        _frame(view, 0.5)


def test_the_guide_and_its_container_have_names(area: BreatheArea) -> None:
    area.start_pause()
    assert area.exercise.accessibleName() == "Breathing exercise"
    assert area.exercise.guide.accessibleName() == "Breathing guide"
    area.exercise.stop()


def test_each_step_and_each_phase_is_said_once(
    view: ExerciseView, heard: list[tuple[str, str]]
) -> None:
    _run_a_pause(view)
    steps = [text for who, text in heard if who == "exercise_view"]
    assert steps[0].startswith("Stop. Stop what you are doing")
    assert steps[1].startswith("Breathe. Breathe gently")
    assert steps[2].startswith("Feel safe. Notice")
    phases = [text for who, text in heard if who == "breathing_guide"]
    # Calm is 4 s in, 6 s out: six breaths in a minute, each said as it starts, no countdown.
    assert phases[:4] == ["Breathe in", "Breathe out", "Breathe in", "Breathe out"]
    assert len(phases) == 12
    assert not any(text.isdigit() for _who, text in heard)
    assert view.guide.accessibleDescription() == "Breathe out"
    view.stop()


def test_phases_can_be_turned_off_and_the_steps_stay(
    view: ExerciseView, heard: list[tuple[str, str]]
) -> None:
    view.announce_phases = False
    _run_a_pause(view)
    assert not [text for who, text in heard if who == "breathing_guide"]
    assert len([text for who, text in heard if who == "exercise_view"]) == 3
    view.stop()


def test_the_setting_reaches_the_exercise(area: BreatheArea, settings: SettingsWatcher) -> None:
    area.start_pause()
    assert area.exercise.announce_phases  # on unless turned off
    settings.set("breathing.announce_phases", "false")
    area.start_breathing()
    assert not area.exercise.announce_phases
    area.exercise.stop()


def test_pausing_and_resuming_are_said(view: ExerciseView, heard: list[tuple[str, str]]) -> None:
    view.start(pause_plan(PRESETS["calm"], 1))
    _frame(view, 6)
    heard.clear()
    view.toggle_pause()
    view.toggle_pause()
    _frame(view, 0.1)
    assert [text for _who, text in heard][:3] == ["Paused", "Resumed", "Breathe in"]
    view.stop()
