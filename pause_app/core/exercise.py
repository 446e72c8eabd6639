"""The pause exercise (stop, breathe, feel safe, continue) and the standalone breathing
session, as a state machine over monotonic time.

Every method takes ``now`` (monotonic seconds) and returns a new Exercise; ``advance``
also returns what happened. Paused time does not count. Nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from pause_app.core.breathing import PRESETS, BreathState, Pattern, state_at
from pause_app.core.model import NewSession, Rating, SessionEnd, SessionKind

STOP_MS = 5_000
FEEL_SAFE_MS = 15_000
FEEL_SAFE_PATTERN = PRESETS["calm"]  # the faint rhythm never holds the breath
FADE_IN_MS = 1_000  # the circle appears over a second when breathing starts
SOFTEN_MS = 2_000  # and softens over two when "feel safe" begins
FADE_OUT_MS = 2_000  # and fades over the last two seconds of "feel safe"


class Step(Enum):
    STOP = "stop"
    BREATHE = "breathe"
    FEEL_SAFE = "feel_safe"
    CONTINUE = "continue"  # open-ended: until the user rates or closes


class RunState(Enum):
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class Event(Enum):
    STEP_CHANGED = "step_changed"
    PAUSED = "paused"
    RESUMED = "resumed"
    ENDED = "ended"


@dataclass(frozen=True)
class Plan:
    kind: SessionKind
    pattern: Pattern
    steps: tuple[tuple[Step, int], ...]  # the timed steps; CONTINUE follows them

    @property
    def planned_ms(self) -> int:
        return sum(ms for _, ms in self.steps)


def pause_plan(pattern: Pattern, breathe_minutes: float = 1) -> Plan:
    breathe_ms = pattern.session_ms(round(breathe_minutes * 60_000))
    steps = ((Step.STOP, STOP_MS), (Step.BREATHE, breathe_ms), (Step.FEEL_SAFE, FEEL_SAFE_MS))
    return Plan(SessionKind.PAUSE, pattern, steps)


def breathing_plan(pattern: Pattern, minutes: float = 5) -> Plan:
    return Plan(
        SessionKind.BREATHING,
        pattern,
        ((Step.BREATHE, pattern.session_ms(round(minutes * 60_000))),),
    )


@dataclass(frozen=True)
class Position:
    step: Step
    step_elapsed_ms: int
    step_ms_left: int | None  # None in the open-ended CONTINUE


@dataclass(frozen=True)
class GuideLook:
    presence: float  # 0 (not drawn) .. 1 (fully there)
    faintness: float  # 0 (the breathing guide) .. 1 (the faint rhythm of "feel safe")


def guide_look(where: Position) -> GuideLook:
    """Fades in as breathing starts, softens into "feel safe", fades out at its end."""
    if where.step is Step.BREATHE:
        return GuideLook(min(1.0, where.step_elapsed_ms / FADE_IN_MS), 0.0)
    if where.step is Step.FEEL_SAFE:
        left = where.step_ms_left if where.step_ms_left is not None else 0
        return GuideLook(min(1.0, left / FADE_OUT_MS), min(1.0, where.step_elapsed_ms / SOFTEN_MS))
    return GuideLook(0.0, 0.0)


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


@dataclass(frozen=True)
class Exercise:
    plan: Plan
    run_state: RunState
    banked_ms: int  # active time before the current running stretch
    running_since: float | None  # monotonic seconds; None unless RUNNING
    step: Step  # the step last reported by advance()
    ended: SessionEnd | None = None
    rating: Rating | None = None
    ended_elapsed_ms: int | None = None

    @classmethod
    def start(cls, plan: Plan, now: float) -> Exercise:
        return cls(plan, RunState.RUNNING, 0, now, plan.steps[0][0])

    def elapsed_ms(self, now: float) -> int:
        """Active time since the start; pauses do not count."""
        if self.ended_elapsed_ms is not None:
            return self.ended_elapsed_ms
        if self.run_state is RunState.RUNNING and self.running_since is not None:
            return self.banked_ms + max(0, _ms(now - self.running_since))
        return self.banked_ms

    def position(self, now: float) -> Position:
        left = self.elapsed_ms(now)
        for step, ms in self.plan.steps:
            if left < ms:
                return Position(step, left, ms - left)
            left -= ms
        return Position(Step.CONTINUE, left, None)

    def breath(self, now: float) -> BreathState | None:
        """The breathing guide's state: in BREATHE, and the faint rhythm of FEEL_SAFE
        (always Calm: it goes on from an empty out-breath and never holds)."""
        return self.breath_at(self.position(now))

    def breath_at(self, where: Position) -> BreathState | None:
        """The same, at a position already found (a frame finds it once)."""
        if where.step is Step.BREATHE:
            return state_at(self.plan.pattern, where.step_elapsed_ms)
        if where.step is Step.FEEL_SAFE:
            return state_at(FEEL_SAFE_PATTERN, where.step_elapsed_ms)
        return None

    def look(self, now: float) -> GuideLook:
        """How present and how faint the guide is: nothing on screen changes suddenly."""
        return guide_look(self.position(now))

    def actual_seconds(self, now: float) -> float:
        return min(self.elapsed_ms(now), self.plan.planned_ms) / 1000

    def advance(self, now: float) -> tuple[Exercise, list[Event]]:
        """Catch up with ``now``: report a new step once, however late the call comes."""
        return self.advance_at(self.position(now))

    def advance_at(self, where: Position) -> tuple[Exercise, list[Event]]:
        """The same, at a position already found (a frame finds it once)."""
        if self.run_state is RunState.ENDED or where.step is self.step:
            return self, []
        return replace(self, step=where.step), [Event.STEP_CHANGED]

    def pause(self, now: float) -> tuple[Exercise, list[Event]]:
        if self.run_state is not RunState.RUNNING:
            return self, []
        banked = replace(self, run_state=RunState.PAUSED, banked_ms=self.elapsed_ms(now))
        return replace(banked, running_since=None), [Event.PAUSED]

    def resume(self, now: float) -> tuple[Exercise, list[Event]]:
        if self.run_state is not RunState.PAUSED:
            return self, []
        return replace(self, run_state=RunState.RUNNING, running_since=now), [Event.RESUMED]

    def toggle_pause(self, now: float) -> tuple[Exercise, list[Event]]:
        if self.run_state is RunState.RUNNING:
            return self.pause(now)
        return self.resume(now)

    def _end(
        self, now: float, how: SessionEnd, rating: Rating | None
    ) -> tuple[Exercise, list[Event]]:
        if self.run_state is RunState.ENDED:
            return self, []
        elapsed = self.elapsed_ms(now)
        done = replace(
            self,
            run_state=RunState.ENDED,
            running_since=None,
            ended=how,
            rating=rating,
            ended_elapsed_ms=elapsed,
        )
        return done, [Event.ENDED]

    def stop(self, now: float) -> tuple[Exercise, list[Event]]:
        """The user stops: early if the timed steps are not through. Stopping early is fine."""
        reached_end = self.position(now).step is Step.CONTINUE
        return self._end(
            now, SessionEnd.FINISHED if reached_end else SessionEnd.STOPPED_EARLY, None
        )

    def finish(self, now: float, rating: Rating | None = None) -> tuple[Exercise, list[Event]]:
        """Close from the last step, with how it felt if the user said."""
        if self.position(now).step is not Step.CONTINUE:
            return self.stop(now)
        return self._end(now, SessionEnd.FINISHED, rating)

    def interrupt(self, now: float) -> tuple[Exercise, list[Event]]:
        """The app quits during the exercise."""
        reached_end = self.position(now).step is Step.CONTINUE
        return self._end(now, SessionEnd.FINISHED if reached_end else SessionEnd.INTERRUPTED, None)

    def to_session(self, now: float) -> NewSession:
        if self.ended is None:
            raise ValueError("the exercise has not ended")
        return NewSession(
            kind=self.plan.kind,
            pattern=self.plan.pattern.name,
            planned_seconds=self.plan.planned_ms / 1000,
            actual_seconds=self.actual_seconds(now),
            ended=self.ended,
            rating=self.rating,
        )
