"""The palettes: calm light and dark, and a high-contrast pair, with the contrast formula they
are measured by (WCAG 2.1: text 4.5:1, graphics and focus 3:1; docs/STYLE.md, "Colour").

Muted surfaces close to each other, readable text, and every mark that carries meaning at
3:1 against what it sits on. Pure data and arithmetic: no widget is touched here.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_RATIO = 4.5  # WCAG 2.1 AA, 1.4.3: normal text
GRAPHIC_RATIO = 3.0  # 1.4.11: marks, control edges, the focus ring, the breathing circle


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str
    text: str
    muted_text: str
    accent: str
    accent_text: str
    link: str  # text in the accent's hue (a link-like button): 4.5:1 on every ground
    highlight: str
    border: str
    notice: str
    attention: str
    """Text that asks for a change (a field to correct): warm, never alarm red."""
    focus: str  # the focus ring: 3:1 against the window, a card and a highlighted card
    focus_on_accent: str  # the ring of a main-action button: 3:1 against the page around it
    # The chart. Each is also told apart by shape or pattern (ui/progress/look.py), so no
    # meaning rests on colour alone.
    chart_target: str  # the target: a dashed step line
    chart_tired: str  # tired days: a plain light band ...
    chart_tired_edge: str  # ... with edges at 3:1, so the band is seen, not guessed
    chart_axis: str  # the axes and the legend's outlines
    chart_crash: str  # crash days (hatched) and the 72 hours before them (dotted)
    chart_calm: str  # minutes of calm breathing (bars) and pauses (diamonds)
    chart_big_day: str  # a big day (docs/PACING.md rule 10): an upward triangle, not a star
    chart_energy: str  # the energy the user had (a check-in): filled circles
    chart_spent: str  # the energy the day took: hollow diamonds
    high_contrast: bool = False

    @property
    def dark(self) -> bool:
        return luminance(self.window) < 0.2


LIGHT = Colors(
    window="#f3f1ec",
    surface="#fbfaf7",
    text="#2e3336",
    muted_text="#5d6468",
    accent="#5e7d68",  # was #5f7f6a: white on it 4.44:1, now 4.55:1
    accent_text="#ffffff",
    link="#4d6854",
    highlight="#d9e4dc",
    border="#dcd8cf",
    notice="#ece6d6",
    attention="#8a4f32",
    focus="#5e7d68",
    focus_on_accent="#1c2022",
    chart_target="#8c6d45",
    chart_tired="#e6dfcc",
    chart_tired_edge="#9c8b5e",
    chart_axis="#968c76",
    chart_crash="#b9826b",
    chart_calm="#6f8aa3",
    chart_big_day="#b35900",
    chart_energy="#3f7890",
    chart_spent="#8a4f8c",
)

DARK = Colors(
    window="#1f2326",
    surface="#272c30",
    text="#dcd8d0",
    muted_text="#a8acad",  # was #a3a7a8: on a highlighted card 4.35:1, now 4.6:1
    accent="#8fae98",
    accent_text="#1b1f22",
    link="#97b5a0",
    highlight="#34423a",
    border="#3a4045",
    notice="#3a3830",
    attention="#e3b394",
    focus="#8fae98",
    focus_on_accent="#f1eee8",
    chart_target="#d2b27f",
    chart_tired="#3b3a33",
    chart_tired_edge="#7d7b6c",
    chart_axis="#6e7982",
    chart_crash="#b98670",
    chart_calm="#86a3bd",
    chart_big_day="#e8964a",
    chart_energy="#7fb8cf",
    chart_spent="#d3a0d6",
)

HIGH_CONTRAST_LIGHT = Colors(
    window="#ffffff",
    surface="#ffffff",
    text="#000000",
    muted_text="#333333",
    accent="#1f5632",
    accent_text="#ffffff",
    link="#1f5632",
    highlight="#d4ecdb",
    border="#595959",
    notice="#fff3c4",
    attention="#7a2c0c",
    focus="#000000",
    focus_on_accent="#000000",
    chart_target="#6b4a1f",
    chart_tired="#ece4cc",
    chart_tired_edge="#5e5230",
    chart_axis="#3d3d3d",
    chart_crash="#8a3f22",
    chart_calm="#2d5a83",
    chart_big_day="#8a4000",
    chart_energy="#1c566c",
    chart_spent="#6a2a6c",
    high_contrast=True,
)

HIGH_CONTRAST_DARK = Colors(
    window="#000000",
    surface="#0e0e0e",
    text="#ffffff",
    muted_text="#d6d6d6",
    accent="#a6e3b6",
    accent_text="#000000",
    link="#a6e3b6",
    highlight="#1d3a27",
    border="#a3a3a3",
    notice="#2a2610",
    attention="#ffcaa8",
    focus="#ffffff",
    focus_on_accent="#ffffff",
    chart_target="#f2d394",
    chart_tired="#2c2a1f",
    chart_tired_edge="#bdb38c",
    chart_axis="#bdbdbd",
    chart_crash="#e8aa90",
    chart_calm="#a3c9ec",
    chart_big_day="#ffb066",
    chart_energy="#92d6f0",
    chart_spent="#efbaf2",
    high_contrast=True,
)

PALETTES = (LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)


def luminance(color: str) -> float:
    """The relative luminance of ``#rrggbb`` (WCAG 2.1)."""
    channels = [int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(one: str, other: str, share: float) -> str:
    """``share`` of the way from ``one`` to ``other``, as ``#rrggbb``."""
    a = [int(one.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    b = [int(other.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))
