"""The keyboard's place on the main action in high contrast, and on a drop-down."""

from __future__ import annotations

import re

from pause_app.ui.widgets.colors import PALETTES
from pause_app.ui.widgets.sheet import style_sheet


def _rules(sheet: str, selector: str) -> list[str]:
    return [m.group(1) for m in re.finditer(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)]


def test_in_high_contrast_the_focused_main_action_shows_the_page_inside_its_ring() -> None:
    for colors in PALETTES:
        rules = _rules(style_sheet(colors, 10.0), 'QPushButton[role="primary"]:focus')
        inside = f"background: {colors.surface}"
        assert any(inside in rule for rule in rules) == colors.high_contrast, colors
        if colors.high_contrast:  # the ring, its colour against the page, stays
            assert any(colors.focus_on_accent in rule for rule in rules)


def test_a_drop_downs_ring_is_wider_than_its_own_border() -> None:
    for colors in PALETTES:
        ring = 3 if colors.high_contrast else 2
        rules = _rules(style_sheet(colors, 10.0), "QComboBox:focus")
        assert any(f"border-width: {ring + 1}px" in rule for rule in rules), colors
