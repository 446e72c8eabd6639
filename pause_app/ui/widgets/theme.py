"""Calm colours, light and dark, and the reduced-motion preference.

Muted, low-contrast-between-surfaces palettes with readable text. One palette
object for the whole app, so later views (the chart, the breathing guide) take
their colours from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPropertyAnimation, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str
    text: str
    muted_text: str
    accent: str
    accent_text: str
    highlight: str
    border: str
    notice: str
    attention: str
    """Text that asks for a change (a field to correct): warm, never alarm red."""
    # The chart. Each is also told apart by shape or pattern (ui/progress_chart.py), so no
    # meaning rests on colour alone.
    chart_target: str  # the target: a dashed step line
    chart_tired: str  # tired days: a plain light band
    chart_crash: str  # crash days (hatched) and the 72 hours before them (dotted)
    chart_calm: str  # minutes of calm breathing (bars) and pauses (diamonds)
    chart_big_day: str  # a big day (docs/PACING.md rule 10): an upward triangle, not a star
    chart_energy: str  # the energy the user had (a check-in): filled circles
    chart_spent: str  # the energy the day took: hollow diamonds


LIGHT = Colors(
    window="#f3f1ec",
    surface="#fbfaf7",
    text="#2e3336",
    muted_text="#5d6468",
    accent="#5f7f6a",
    accent_text="#ffffff",
    highlight="#d9e4dc",
    border="#dcd8cf",
    notice="#ece6d6",
    attention="#8a4f32",
    chart_target="#8c6d45",
    chart_tired="#e6dfcc",
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
    muted_text="#a3a7a8",
    accent="#8fae98",
    accent_text="#1b1f22",
    highlight="#34423a",
    border="#3a4045",
    notice="#3a3830",
    attention="#e3b394",
    chart_target="#d2b27f",
    chart_tired="#3b3a33",
    chart_crash="#b98670",
    chart_calm="#86a3bd",
    chart_big_day="#e8964a",
    chart_energy="#7fb8cf",
    chart_spent="#d3a0d6",
)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def colors_for(theme: str) -> Colors:
    """``theme`` is the ``ui.theme`` setting: system, light or dark."""
    if theme == "dark" or (theme == "system" and system_is_dark()):
        return DARK
    return LIGHT


def colors_in_use(palette: QPalette) -> Colors:
    """The palette object behind the app's current QPalette (set by ``apply``): widgets that
    paint themselves, like the chart, take their colours from here."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def palette_for(colors: Colors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, QColor(colors.window))
        palette.setColor(group, role.WindowText, QColor(colors.text))
        palette.setColor(group, role.Base, QColor(colors.surface))
        palette.setColor(group, role.AlternateBase, QColor(colors.window))
        palette.setColor(group, role.Text, QColor(colors.text))
        palette.setColor(group, role.Button, QColor(colors.surface))
        palette.setColor(group, role.ButtonText, QColor(colors.text))
        palette.setColor(group, role.Highlight, QColor(colors.highlight))
        palette.setColor(group, role.HighlightedText, QColor(colors.text))
        palette.setColor(group, role.ToolTipBase, QColor(colors.surface))
        palette.setColor(group, role.ToolTipText, QColor(colors.text))
        palette.setColor(group, role.PlaceholderText, QColor(colors.muted_text))
        palette.setColor(group, role.Link, QColor(colors.accent))
        palette.setColor(group, role.Mid, QColor(colors.border))
    disabled = QPalette.ColorGroup.Disabled
    for disabled_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, disabled_role, QColor(colors.muted_text))
    return palette


def style_sheet(colors: Colors) -> str:
    return f"""
    QWidget {{ font-size: 11pt; }}
    QLabel[role="heading"] {{ font-size: 17pt; color: {colors.text}; }}
    QLabel[role="subheading"] {{ font-size: 12pt; color: {colors.text}; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {colors.muted_text}; }}
    QLabel[role="field_error"] {{ color: {colors.attention}; }}
    QLineEdit {{
        padding: 5px 8px; border-radius: 6px; border: 1px solid {colors.border};
        background: {colors.surface};
    }}
    QLineEdit:focus {{ border: 2px solid {colors.accent}; padding: 4px 7px; }}  /* same size */
    QCheckBox::indicator {{
        width: 15px; height: 15px; border-radius: 4px;
        border: 1px solid {colors.muted_text}; background: {colors.surface};
    }}
    QCheckBox::indicator:checked {{ background: {colors.accent}; border-color: {colors.accent}; }}
    QCheckBox::indicator:disabled {{ border-color: {colors.border}; }}
    QCheckBox {{
        border: 2px solid transparent; border-radius: 6px; padding: 1px 4px; margin-left: -6px;
    }}
    QCheckBox:focus {{ border-color: {colors.accent}; }}  /* a visible focus, in place */
    QFrame[role="card"] {{
        background: {colors.surface}; border: 1px solid {colors.border}; border-radius: 10px;
    }}
    QFrame[role="card"][celebrating="true"] {{
        background: {colors.highlight}; border: 2px solid {colors.accent};
    }}
    QLabel[role="celebration"] {{ color: {colors.text}; font-size: 12pt; }}
    QPushButton[role="choice"]:checked {{
        background: {colors.highlight}; border: 2px solid {colors.accent};
    }}
    QFrame[role="notice"] {{
        background: {colors.notice}; border: 1px solid {colors.border}; border-radius: 8px;
    }}
    QListWidget#navigation {{
        background: {colors.window}; border: none; border-right: 1px solid {colors.border};
        outline: none; padding-top: 12px;
    }}
    QListWidget#navigation::item {{ padding: 12px 18px; border-radius: 8px; margin: 2px 8px; }}
    QListWidget#navigation::item:selected {{
        background: {colors.highlight}; color: {colors.text};
    }}
    QPushButton {{
        padding: 6px 16px; border-radius: 8px; border: 1px solid {colors.border};
        background: {colors.surface};
    }}
    QPushButton:focus {{ border: 2px solid {colors.accent}; }}
    QToolButton#chart_save {{
        padding: 6px 14px; border-radius: 8px; border: 1px solid {colors.border};
        background: {colors.surface};
    }}
    QToolButton#chart_save::menu-indicator {{ image: none; }}
    QPushButton[role="primary"] {{
        background: {colors.accent}; color: {colors.accent_text}; border: 1px solid {colors.accent};
    }}
    """


def apply(app: QApplication, theme: str) -> Colors:
    """Apply the ``ui.theme`` setting to the whole app; returns the colours in use."""
    colors = colors_for(theme)
    app.setStyle("Fusion")
    app.setPalette(palette_for(colors))
    app.setStyleSheet(style_sheet(colors))
    return colors


def prefers_reduced_motion(setting: str) -> bool:
    """``ui.reduced_motion``: on, off, or follow the system where Qt can tell (Qt 6.12+)."""
    if setting in ("on", "off"):
        return setting == "on"
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    hints = accessibility() if callable(accessibility) else None
    preference = getattr(hints, "motionPreference", None)
    if preference is None:
        return False
    reduced = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)
    return reduced is not None and preference() == reduced


FADE_IN_MS = 350
FADING_PLATFORMS = ("xcb", "windows", "cocoa")  # where a window's opacity can change


def fade_in(window: QWidget, reduced_motion: bool) -> QPropertyAnimation | None:
    """Windows fade in rather than pop (docs/BREATHING.md), unless motion is reduced."""
    if reduced_motion or QGuiApplication.platformName() not in FADING_PLATFORMS:
        return None
    fade = QPropertyAnimation(window, b"windowOpacity", window)
    fade.setObjectName("fade_in")
    fade.setDuration(FADE_IN_MS)
    fade.setStartValue(0.0)
    fade.setEndValue(1.0)
    fade.start(QPropertyAnimation.DeletionPolicy.KeepWhenStopped)
    return fade
