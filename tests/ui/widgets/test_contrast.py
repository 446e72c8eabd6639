"""Every palette reads to WCAG 2.1 AA, measured from the theme's own colours: text 4.5:1, the
marks that carry meaning 3:1, the focus ring 3:1 (docs/STYLE.md, "Colour")."""

from __future__ import annotations

import re

import pytest
from pause_app.resources import resource_path

from pause_app.core.series import DayMark
from pause_app.ui.breathe.guide import BreathingGuide
from pause_app.ui.progress.look import Look
from pause_app.ui.widgets import colors as palette_module
from pause_app.ui.widgets import sheet, theme
from pause_app.ui.widgets.colors import (
    GRAPHIC_RATIO,
    PALETTES,
    TEXT_RATIO,
    Colors,
    contrast,
)

NAMES = ["light", "dark", "high-contrast-light", "high-contrast-dark"]
each_palette = pytest.mark.parametrize("colors", PALETTES, ids=NAMES)


def test_the_formula_gives_the_figures_the_issue_measured() -> None:
    """The old colours, measured again: the same numbers as in the issue."""
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#5f7f6a") == pytest.approx(4.44, abs=0.01)  # the old green
    assert contrast("#a3a7a8", "#34423a") == pytest.approx(4.35, abs=0.01)  # the old hint
    assert contrast("#d9e4dc", "#f3f1ec") == pytest.approx(1.16, abs=0.01)  # selected item
    assert contrast("#e6dfcc", "#fbfaf7") == pytest.approx(1.27, abs=0.01)  # tired band
    assert contrast("#dcd8cf", "#fbfaf7") == pytest.approx(1.36, abs=0.01)  # chart axes


@each_palette
def test_text_is_readable_on_every_ground(colors: Colors) -> None:
    grounds = (colors.window, colors.surface, colors.highlight, colors.notice)
    for ink in (colors.text, colors.muted_text, colors.link):
        for ground in grounds:
            assert contrast(ink, ground) >= TEXT_RATIO, (ink, ground)
    for ground in (colors.window, colors.surface):
        assert contrast(colors.attention, ground) >= TEXT_RATIO
    assert contrast(colors.accent_text, colors.accent) >= TEXT_RATIO  # the main action


@each_palette
def test_the_selected_page_is_marked_at_three_to_one(colors: Colors) -> None:
    """The selected sidebar item keeps its soft highlight and gains a bar in the accent."""
    for ground in (colors.window, colors.highlight):
        assert contrast(colors.accent, ground) >= GRAPHIC_RATIO


@each_palette
def test_the_focus_ring_stands_out(colors: Colors) -> None:
    for ground in (colors.window, colors.surface, colors.highlight):
        assert contrast(colors.focus, ground) >= GRAPHIC_RATIO, ground
    for ground in (colors.window, colors.surface):  # around a main-action button
        assert contrast(colors.focus_on_accent, ground) >= GRAPHIC_RATIO
    # A focused choice that is also chosen wears the text colour on its highlight.
    assert contrast(colors.text, colors.highlight) >= GRAPHIC_RATIO


@each_palette
def test_the_chart_reads(colors: Colors) -> None:
    plot, band = colors.surface, colors.chart_tired
    assert contrast(colors.chart_axis, plot) >= GRAPHIC_RATIO
    assert contrast(colors.chart_tired_edge, plot) >= GRAPHIC_RATIO  # the tired band's edges
    marks = (colors.chart_big_day, colors.accent, colors.chart_target)
    energy = (colors.chart_energy, colors.chart_spent, colors.attention)
    for mark in marks + energy:
        assert contrast(mark, plot) >= GRAPHIC_RATIO, mark
        assert contrast(mark, band) >= GRAPHIC_RATIO, mark
    look = Look.of(colors)
    assert look.axis.color().name() == colors.chart_axis
    pen = look.band_pen(DayMark.TIRED)
    assert pen is not None and pen.color().name() == colors.chart_tired_edge
    assert look.band_pen(DayMark.TIRED, elsewhere=True) is None


@each_palette
def test_the_breathing_circle_reads_in_every_step(qtbot, colors: Colors) -> None:
    """Its edge is at 3:1 against the window while breathing and in "Feel safe"; the fill
    stays soft."""
    guide = BreathingGuide()
    qtbot.addWidget(guide)
    guide.setPalette(theme.palette_for(colors))
    for faintness in (0.0, 1.0):  # breathing, feel safe
        guide.faintness = faintness
        edge = guide.edge_color().name()
        assert contrast(edge, colors.window) >= GRAPHIC_RATIO, (faintness, edge)
        # Drawn 2 px wide and antialiased: a pixel 90 % covered reads at 3:1 too.
        assert contrast(_mixed(edge, colors.window, 0.9), colors.window) >= GRAPHIC_RATIO


def _mixed(ink: str, ground: str, share: float) -> str:
    a, b = (
        (int(ink[i : i + 2], 16) for i in (1, 3, 5)),
        (int(ground[i : i + 2], 16) for i in (1, 3, 5)),
    )
    return "#" + "".join(
        f"{round(x * share + y * (1 - share)):02x}" for x, y in zip(a, b, strict=True)
    )


def _svg_ink(name: str) -> str:
    text = resource_path("icons", name).read_text()
    [ink] = set(re.findall(r'(?:stroke|fill)="(#[0-9a-fA-F]{6})"', text))
    return ink


@each_palette
def test_the_tick_and_the_dot_stand_out_on_the_accent(colors: Colors) -> None:
    for kind in ("tick", "dot"):
        path = sheet.icon(kind, palette_module.luminance(colors.accent_text) > 0.5)
        ink = _svg_ink(path.rsplit("/", 1)[1])
        assert contrast(ink, colors.accent) >= GRAPHIC_RATIO, (kind, ink)


@each_palette
def test_the_arrows_of_drop_downs_and_spin_boxes_stand_out(colors: Colors) -> None:
    path = sheet.icon("chevron-down", colors.dark)
    assert contrast(_svg_ink(path.rsplit("/", 1)[1]), colors.surface) >= GRAPHIC_RATIO


def test_the_calm_palette_moved_only_a_little() -> None:
    """Darkened or lightened by just enough: each changed colour stays near the old one."""
    assert theme.LIGHT.accent == "#5e7d68"  # from #5f7f6a
    assert theme.DARK.muted_text == "#a8acad"  # from #a3a7a8
    assert contrast(theme.LIGHT.accent, "#5f7f6a") < 1.1
    assert contrast(theme.DARK.muted_text, "#a3a7a8") < 1.1


def _rule(text: str, selector: str) -> dict[str, str]:
    """The declarations of the style sheet's rule for exactly ``selector``."""
    for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        if re.sub(r"/\*.*?\*/", "", sel).strip() == selector:  # a comment may come before
            pairs = (d.split(":", 1) for d in re.sub(r"/\*.*?\*/", "", body).split(";"))
            return {k.strip(): v.strip() for k, v in (p for p in pairs if len(p) == 2)}
    raise AssertionError(f"no rule for {selector}")


@each_palette
def test_the_current_item_of_an_open_list_or_menu_stands_out(colors: Colors) -> None:
    """In an open drop-down list or menu the current item is filled at 3:1 against the items
    around it, its words at 4.5:1 on that fill; the list draws its items from the sheet."""
    text = sheet.style_sheet(colors, 11)
    assert _rule(text, "QComboBox")["combobox-popup"] == "0"
    for selector in ("QComboBox QAbstractItemView::item:selected", "QMenu::item:selected"):
        rule = _rule(text, selector)
        fill, ink = rule["background"], rule["color"]
        assert contrast(fill, colors.surface) >= GRAPHIC_RATIO, (selector, fill)
        assert contrast(ink, fill) >= TEXT_RATIO, (selector, ink)
    assert _rule(text, "QMenu")["background"] == colors.surface
    view = _rule(text, "QComboBox QAbstractItemView")
    assert view["background"] == colors.surface
    assert contrast(view["selection-background-color"], colors.surface) >= GRAPHIC_RATIO


@each_palette
def test_the_calendar_arrow_of_a_day_field_is_drawn_by_the_theme(colors: Colors) -> None:
    """The Day field's calendar arrow: the theme's chevron on no box of its own, as in a
    drop-down, not the style's raised box with its dark shadow."""
    text = sheet.style_sheet(colors, 11)
    box = _rule(text, "QDateEdit::drop-down")
    assert box["border"] == "none" and box["background"] == "transparent"
    assert "chevron-down" in _rule(text, "QDateEdit::down-arrow")["image"]


@each_palette
def test_a_chosen_toggle_is_filled_and_a_focused_one_is_ringed(colors: Colors) -> None:
    """Chosen and not chosen differ at 3:1 (an accent fill against the plain button), the
    words on the fill at 4.5:1; the focus is a dashed ring, never a fill, so a focused
    toggle does not look chosen. A chosen row of a list is filled the same way."""
    text = sheet.style_sheet(colors, 11)
    plain = _rule(text, "QPushButton, QToolButton")["background"]
    chosen = _rule(text, 'QPushButton[role="choice"]:checked')
    assert contrast(chosen["background"], plain) >= GRAPHIC_RATIO, (chosen["background"], plain)
    assert contrast(chosen["color"], chosen["background"]) >= TEXT_RATIO
    focused = _rule(text, 'QPushButton[role="choice"]:focus')
    assert "dashed" in focused["border"] and "background" not in focused
    ring = focused["border"].split()[-1]
    for ground in (colors.window, colors.surface):
        assert contrast(ring, ground) >= GRAPHIC_RATIO
    on_chosen = _rule(text, 'QPushButton[role="choice"]:checked:focus')["border-color"]
    assert contrast(on_chosen, colors.window) >= GRAPHIC_RATIO  # the ring around the fill
    row = _rule(text, "QListView::item:selected, QTreeView::item:selected")
    assert contrast(row["background"], colors.surface) >= GRAPHIC_RATIO
    assert contrast(row["color"], row["background"]) >= TEXT_RATIO


@each_palette
def test_a_time_field_that_cannot_be_used_is_marked_at_three_to_one(colors: Colors) -> None:
    """The active hours' range that cannot be used: a border in the messages' colour."""
    border = _rule(sheet.style_sheet(colors, 11), 'QAbstractSpinBox[problem="true"]')["border"]
    ink = border.split()[-1]
    assert ink == colors.attention
    for ground in (colors.window, colors.surface):
        assert contrast(ink, ground) >= GRAPHIC_RATIO
