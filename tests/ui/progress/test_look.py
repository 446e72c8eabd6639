"""The chart's colours read in both palettes (WCAG 2.1 AA): a mark is at least 3:1 against
the plot's background and the band it may sit on, text at least 4.5:1."""

from __future__ import annotations

import pytest

from pause_app.core.series import DayMark
from pause_app.ui.progress.look import Look
from pause_app.ui.widgets import theme


def _luminance(color: str) -> float:
    channels = [int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_marks_and_text_are_readable(colors: theme.Colors) -> None:
    plot, band = colors.surface, colors.chart_tired  # a mark may sit on a tired day's band
    marks = (colors.chart_big_day, colors.accent, colors.chart_target)
    energy = (colors.chart_energy, colors.chart_spent, colors.attention)  # the energy strip
    for mark in marks + energy:
        assert contrast(mark, plot) >= 3.0, mark
        assert contrast(mark, band) >= 3.0, mark
    for text in (colors.text, colors.muted_text):  # axis labels, the summary, the legend
        assert contrast(text, plot) >= 4.5 and contrast(text, colors.window) >= 4.5


@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_the_big_day_is_told_apart_from_a_success_by_colour_too(colors: theme.Colors) -> None:
    look = Look.of(colors)
    assert look.big_day_brush.color() != look.success_brush.color()
    # Bands from another activity are lighter: the same colour and pattern, less opaque.
    for mark in (DayMark.TIRED, DayMark.CRASH, DayMark.BEFORE_CRASH, DayMark.BIG_DAY):
        own, elsewhere = look.band(mark), look.band(mark, elsewhere=True)
        assert elsewhere.style() == own.style()
        assert elsewhere.color().rgb() == own.color().rgb()
        assert elsewhere.color().alpha() < own.color().alpha()
