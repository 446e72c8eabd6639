import pytest
from hypothesis import given
from hypothesis import strategies as st

from pause_app.core import breathing
from pause_app.core.breathing import PRESETS, Pattern, PatternError, PatternField, Phase, state_at

THIRTY_MINUTES_MS = 30 * 60 * 1000


@pytest.mark.parametrize(
    ("name", "per_minute", "holds"),
    [
        ("calm", 6.0, False),
        ("resonance", 60 / 11, False),
        ("gentle", 60 / 7, False),
        ("sigh", 60 / 9, False),
        ("box", 3.75, True),
        ("4-7-8", 60 / 19, True),
    ],
)
def test_presets(name: str, per_minute: float, holds: bool) -> None:
    pattern = PRESETS[name]
    assert pattern.breaths_per_minute == pytest.approx(per_minute)
    assert pattern.has_holds is holds
    assert pattern.opt_in is holds  # holds only when the user chose them


def test_the_default_is_calm_with_a_longer_out_breath() -> None:
    calm = PRESETS[breathing.DEFAULT_PATTERN]
    assert (calm.inhale_ms, calm.exhale_ms) == (4000, 6000)


def test_the_sigh_is_two_breaths_in_then_one_long_out() -> None:
    phases = [(span.phase, span.ms) for span in PRESETS["sigh"].phases]
    assert phases == [(Phase.INHALE, 2000), (Phase.INHALE_MORE, 1000), (Phase.EXHALE, 6000)]


def test_a_patterns_phases_are_worked_out_once() -> None:
    """A frame asks for them two or three times: the same spans each time, made once."""
    custom = Pattern.custom(4, 1, 6, 0)
    assert custom.phases is custom.phases
    assert PRESETS["sigh"].phases is PRESETS["sigh"].phases
    assert custom == Pattern.custom(4, 1, 6, 0)  # kept beside the fields, not one of them


def test_4_7_8_is_limited_to_four_breaths() -> None:
    pattern = PRESETS["4-7-8"]
    assert pattern.session_ms(10 * 60_000) == 4 * 19_000


def test_sessions_are_whole_breaths() -> None:
    assert PRESETS["calm"].session_ms(60_000) == 60_000
    assert PRESETS["resonance"].session_ms(60_000) == 55_000  # 5 breaths of 11 s
    assert PRESETS["calm"].session_ms(1) == 10_000  # at least one breath


@pytest.mark.parametrize(
    ("values", "field", "low", "high"),
    [
        ((0.5, 0, 6, 0), PatternField.INHALE, 1, 15),
        ((4, 11, 6, 0), PatternField.HOLD_IN, 0, 10),
        ((4, 0, 16, 0), PatternField.EXHALE, 1, 15),
        ((4, 0, 6, -1), PatternField.HOLD_OUT, 0, 10),
        ((4, 0, float("nan"), 0), PatternField.EXHALE, 1, 15),
    ],
)
def test_custom_patterns_are_checked_and_name_the_field(values, field, low, high) -> None:
    with pytest.raises(PatternError) as caught:
        Pattern.custom(*values)
    assert (caught.value.field, caught.value.minimum, caught.value.maximum) == (field, low, high)
    assert field.value in str(caught.value)


def test_a_custom_pattern_with_holds_is_opt_in() -> None:
    assert Pattern.custom(4, 2, 6, 0).opt_in
    assert not Pattern.custom(4.5, 0, 6.5, 0).opt_in
    assert Pattern.custom(4.5, 0, 6.5, 0).cycle_ms == 11_000


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_exact_at_every_phase_boundary(name: str) -> None:
    pattern = PRESETS[name]
    start = 0
    for span in pattern.phases:
        at = state_at(pattern, start)
        assert (at.phase, at.progress, at.ms_left) == (span.phase, 0.0, span.ms)
        just_before = state_at(pattern, start + span.ms - 1)
        assert just_before.phase is span.phase and just_before.ms_left == 1
        start += span.ms
    assert start == pattern.cycle_ms


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_no_drift_after_thirty_minutes(name: str) -> None:
    pattern = PRESETS[name]
    cycles = THIRTY_MINUTES_MS // pattern.cycle_ms
    boundary = cycles * pattern.cycle_ms  # the first breath after 30 minutes starts here
    at = state_at(pattern, boundary)
    assert (at.phase, at.progress, at.cycle) == (Phase.INHALE, 0.0, cycles)
    before = state_at(pattern, boundary - 1)
    assert before.cycle == cycles - 1 and before.ms_left == 1


def test_the_circle_fills_on_the_in_breath_and_empties_on_the_out_breath() -> None:
    calm = PRESETS["calm"]
    assert state_at(calm, 0).fullness == 0.0
    assert state_at(calm, 2000).fullness == pytest.approx(0.5)  # mid-inhale, sine eased
    assert state_at(calm, 4000).fullness == 1.0
    assert state_at(calm, 7000).fullness == pytest.approx(0.5)  # mid-exhale
    box = PRESETS["box"]
    assert state_at(box, 6000).fullness == 1.0  # resting full on the hold


@given(st.sampled_from(sorted(PRESETS)), st.integers(min_value=0, max_value=10 * THIRTY_MINUTES_MS))
def test_state_is_always_well_formed(name: str, elapsed_ms: int) -> None:
    pattern = PRESETS[name]
    at = state_at(pattern, elapsed_ms)
    assert 0.0 <= at.progress < 1.0
    assert 0.0 <= at.fullness <= 1.0
    assert at.ms_left > 0
    assert at.cycle == elapsed_ms // pattern.cycle_ms


def test_the_easing_is_a_symmetric_sine() -> None:
    assert breathing.ease(0) == 0.0 and breathing.ease(1) == pytest.approx(1.0)
    assert breathing.ease(0.25) == pytest.approx(1 - breathing.ease(0.75))


def test_negative_time_is_refused() -> None:
    with pytest.raises(ValueError):
        state_at(PRESETS["calm"], -1)
