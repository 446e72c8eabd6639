"""Breathing patterns, and where in a breath any moment falls.

The state at a moment is a pure function of the pattern and the time since the
start, in whole milliseconds: frames may drop or arrive late without the rhythm
drifting, and after 30 minutes the phase boundaries are exactly where the
pattern puts them (docs/BREATHING.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cached_property


class Phase(Enum):
    INHALE = "inhale"
    INHALE_MORE = "inhale_more"  # the second, short in-breath of a physiological sigh
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"


class PatternField(StrEnum):
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"


BREATH_LIMITS_S = (1.0, 15.0)
HOLD_LIMITS_S = (0.0, 10.0)
# How long the breathing in a pause may be, and a session of breathing (minutes): the
# choices the Breathe page offers, and the most a session may last.
PAUSE_BREATHING_MINUTES = (1, 2, 5)
SESSION_MINUTES = (1, 2, 5, 10)
MAX_SESSION_MINUTES = 60
CUSTOM_PATTERN = "custom"  # the name of the user's own rhythm, kept in the breathing.custom setting
SIGH_FULLNESS = 0.75  # how full the first in-breath of a sigh fills the circle


@dataclass(eq=False)  # exceptions must stay mutable: Python sets __traceback__
class PatternError(ValueError):
    """A custom pattern value out of range; names the field and the allowed range."""

    field: PatternField
    minimum: float
    maximum: float
    value: float

    def __str__(self) -> str:
        return (
            f"{self.field.value} must be {self.minimum:g} to {self.maximum:g} s, not {self.value!r}"
        )


@dataclass(frozen=True)
class PhaseSpan:
    phase: Phase
    ms: int
    start_fullness: float
    end_fullness: float


@dataclass(frozen=True)
class Pattern:
    """Four durations (in, hold, out, hold) in milliseconds, plus what makes a preset special."""

    name: str
    inhale_ms: int
    hold_in_ms: int
    exhale_ms: int
    hold_out_ms: int
    top_up_ms: int = 0  # > 0: the in-breath is split, a sigh's "and a little more"
    max_cycles: int | None = None  # 4-7-8: at most four breaths a session
    opt_in: bool = False  # patterns with holds: chosen on purpose, shown with a caution line

    @classmethod
    def custom(cls, inhale: float, hold_in: float, exhale: float, hold_out: float) -> Pattern:
        """A pattern of the user's own, in seconds; raises PatternError naming the field."""
        checked = []
        for field, value, (low, high) in (
            (PatternField.INHALE, inhale, BREATH_LIMITS_S),
            (PatternField.HOLD_IN, hold_in, HOLD_LIMITS_S),
            (PatternField.EXHALE, exhale, BREATH_LIMITS_S),
            (PatternField.HOLD_OUT, hold_out, HOLD_LIMITS_S),
        ):
            if not (
                isinstance(value, int | float) and math.isfinite(value) and low <= value <= high
            ):
                raise PatternError(field, low, high, value)
            checked.append(round(value * 1000))
        inhale_ms, hold_in_ms, exhale_ms, hold_out_ms = checked
        return cls(
            CUSTOM_PATTERN,
            inhale_ms,
            hold_in_ms,
            exhale_ms,
            hold_out_ms,
            opt_in=hold_in_ms > 0 or hold_out_ms > 0,
        )

    @cached_property
    def phases(self) -> tuple[PhaseSpan, ...]:
        """The breath's phases in order; worked out once per pattern (a frame asks often)."""
        spans = []
        if self.top_up_ms:
            first = self.inhale_ms - self.top_up_ms
            spans.append(PhaseSpan(Phase.INHALE, first, 0.0, SIGH_FULLNESS))
            spans.append(PhaseSpan(Phase.INHALE_MORE, self.top_up_ms, SIGH_FULLNESS, 1.0))
        else:
            spans.append(PhaseSpan(Phase.INHALE, self.inhale_ms, 0.0, 1.0))
        if self.hold_in_ms:
            spans.append(PhaseSpan(Phase.HOLD_IN, self.hold_in_ms, 1.0, 1.0))
        spans.append(PhaseSpan(Phase.EXHALE, self.exhale_ms, 1.0, 0.0))
        if self.hold_out_ms:
            spans.append(PhaseSpan(Phase.HOLD_OUT, self.hold_out_ms, 0.0, 0.0))
        return tuple(spans)

    @property
    def cycle_ms(self) -> int:
        return self.inhale_ms + self.hold_in_ms + self.exhale_ms + self.hold_out_ms

    @property
    def breaths_per_minute(self) -> float:
        return 60_000 / self.cycle_ms

    @property
    def has_holds(self) -> bool:
        return self.hold_in_ms > 0 or self.hold_out_ms > 0

    def session_ms(self, wanted_ms: int) -> int:
        """A session of whole breaths, as near ``wanted_ms`` as can be, never over max_cycles."""
        cycles = max(1, round(wanted_ms / self.cycle_ms))
        if self.max_cycles is not None:
            cycles = min(cycles, self.max_cycles)
        return cycles * self.cycle_ms


PRESETS: dict[str, Pattern] = {
    "calm": Pattern("calm", 4000, 0, 6000, 0),
    "resonance": Pattern("resonance", 5500, 0, 5500, 0),
    "gentle": Pattern("gentle", 3000, 0, 4000, 0),
    "sigh": Pattern("sigh", 3000, 0, 6000, 0, top_up_ms=1000),
    "box": Pattern("box", 4000, 4000, 4000, 4000, opt_in=True),
    "4-7-8": Pattern("4-7-8", 4000, 7000, 8000, 0, max_cycles=4, opt_in=True),
}
DEFAULT_PATTERN = "calm"


@dataclass(frozen=True)
class BreathState:
    phase: Phase
    progress: float  # 0..1 within the phase
    cycle: int  # 0 for the first breath
    ms_left: int  # until the phase ends
    fullness: float  # 0 (empty) .. 1 (full): how large the circle is drawn


def ease(progress: float) -> float:
    """Sine easing: slow at both ends of a breath, as breathing is."""
    return (1.0 - math.cos(math.pi * progress)) / 2.0


def state_at(pattern: Pattern, elapsed_ms: int) -> BreathState:
    """Where in the breath ``elapsed_ms`` after the start falls. Exact: whole milliseconds."""
    if elapsed_ms < 0:
        raise ValueError("elapsed time cannot be negative")
    cycle, into = divmod(elapsed_ms, pattern.cycle_ms)
    for span in pattern.phases:
        if into < span.ms:
            progress = into / span.ms
            fullness = span.start_fullness + (span.end_fullness - span.start_fullness) * ease(
                progress
            )
            return BreathState(span.phase, progress, cycle, span.ms - into, fullness)
        into -= span.ms
    raise AssertionError("phases do not add up to the cycle")  # pragma: no cover
