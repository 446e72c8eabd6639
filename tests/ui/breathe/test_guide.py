import pytest

from pause_app.core.breathing import PRESETS, state_at
from pause_app.ui.breathe.guide import BreathingGuide

CALM = PRESETS["calm"]


@pytest.fixture
def guide(qtbot) -> BreathingGuide:
    shown = BreathingGuide()
    qtbot.addWidget(shown)
    shown.resize(400, 420)
    shown.show()
    return shown


def test_the_circle_grows_on_the_in_breath_and_shrinks_on_the_out_breath(guide) -> None:
    radii = []
    for ms in (0, 1000, 2000, 3000, 4000, 5500, 7000, 9999):
        guide.show_state(state_at(CALM, ms))
        radii.append(guide.circle_radius())
    assert radii[:5] == sorted(radii[:5])  # growing to full at 4 s
    assert radii[4:] == sorted(radii[4:], reverse=True)  # shrinking to the end of the out-breath
    assert radii[4] == pytest.approx(guide.largest_radius())


def test_words_and_countdown(guide) -> None:
    guide.show_state(state_at(CALM, 1500))
    assert guide.caption() == ("Breathe in", "3")
    guide.show_state(state_at(CALM, 4000))
    assert guide.caption() == ("Breathe out", "6")
    guide.paused = True
    assert guide.caption()[0] == "Paused"
    guide.paused = False
    guide.show_state(state_at(PRESETS["box"], 5000))
    assert guide.caption() == ("Hold", "3")


def test_reduced_motion_changes_brightness_not_size(guide) -> None:
    guide.reduced_motion = True
    guide.show_state(state_at(CALM, 0))
    empty_radius, empty_colour = guide.circle_radius(), guide.fill_color()
    guide.show_state(state_at(CALM, 4000))
    assert guide.circle_radius() == empty_radius
    assert guide.fill_color() != empty_colour


def test_feel_safe_is_a_faint_slow_rhythm(guide) -> None:
    guide.show_state(state_at(CALM, 4000), faint=True, faintness=0.0)
    full_swing, full_colour = guide.circle_radius(), guide.fill_color()
    guide.show_state(state_at(CALM, 0), faint=True, faintness=1.0)
    low = guide.circle_radius()
    guide.show_state(state_at(CALM, 4000), faint=True, faintness=1.0)
    high = guide.circle_radius()
    assert low < high < full_swing  # a smaller swing
    assert guide.fill_color().lightness() != full_colour.lightness()  # and softer
    assert guide.caption() == ("", "")  # without instructions


def test_presence_fades_the_circle_toward_the_background(guide) -> None:
    guide.show_state(state_at(CALM, 2000), presence=0.0)
    assert guide.fill_color() == guide.palette().color(guide.backgroundRole())
    guide.show_state(state_at(CALM, 2000), presence=1.0)
    assert guide.fill_color() != guide.palette().color(guide.backgroundRole())


def test_the_countdown_reads_as_plainly_as_the_phase_word(guide) -> None:
    """Not small and grey: the number is in the text colour, as large as the word."""
    from PySide6.QtGui import QPalette

    guide.show_state(state_at(CALM, 1000))
    _ring, word_pen, count_pen, _background = guide._kept_pens()
    assert count_pen.color() == guide.palette().color(QPalette.ColorRole.WindowText)
    assert count_pen.color() == word_pen.color()
    guide.grab()  # painted once: the fonts are chosen
    assert guide._fonts is not None
    word_font, count_font = guide._fonts
    assert count_font.pointSizeF() >= word_font.pointSizeF()
