"""The look of the whole app: the palette (calm light and dark, or high contrast), text at the
desktop's size or larger, the style sheet, and the reduced-motion preference.

One palette object for the whole app, so the views that paint themselves (the chart, the
breathing guide) take their colours from here. The colours and how they are measured live in
``colors``, the style sheet in ``sheet``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QObject, QPropertyAnimation, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from pause_app.ui.widgets import fit
from pause_app.ui.widgets.colors import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    PALETTES,
    Colors,
)
from pause_app.ui.widgets.sheet import style_sheet

__all__ = [
    "DARK",
    "HIGH_CONTRAST_DARK",
    "HIGH_CONTRAST_LIGHT",
    "LIGHT",
    "TEXT_SIZES",
    "Colors",
    "apply",
    "colors_for",
    "colors_in_use",
    "fade_in",
    "style_sheet",
    "system_prefers_high_contrast",
]

# ``ui.text_size``: a share of the desktop's own text size, never a fixed size.
TEXT_SIZES = {"normal": 1.0, "large": 1.25, "larger": 1.5}
DESKTOP_FONT = "pause_desktop_font"  # the application font before Pause scaled it
CALM_STYLE = "pause_calm_style"  # set once Fusion is the app's style
_HOLD_SHEET = "pause_hold_sheet"  # set while a window is built (styled_when_built)
_HELD_SHEET = "pause_held_sheet"  # the style sheet ``apply`` made meanwhile


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def system_prefers_high_contrast() -> bool:
    """The desktop asks for high contrast, where Qt can tell (Qt 6.10+)."""
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    hints = accessibility() if callable(accessibility) else None
    preference = getattr(hints, "contrastPreference", None)
    high = getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", None)
    return preference is not None and high is not None and preference() == high


def colors_for(theme: str, contrast: str = "normal") -> Colors:
    """``theme`` is ``ui.theme`` (system, light or dark), ``contrast`` is ``ui.contrast``
    (system, normal or high)."""
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    high = contrast == "high" or (contrast == "system" and system_prefers_high_contrast())
    if high:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


def colors_in_use(palette: QPalette) -> Colors:
    """The palette object behind the app's current QPalette (set by ``apply``): widgets that
    paint themselves, like the chart, take their colours from here."""
    window = palette.color(QPalette.ColorRole.Window).name()
    for colors in PALETTES:
        if colors.window == window:
            return colors
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
        palette.setColor(group, role.Link, QColor(colors.link))
        palette.setColor(group, role.Mid, QColor(colors.border))
    disabled = QPalette.ColorGroup.Disabled
    for disabled_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, disabled_role, QColor(colors.muted_text))
    return palette


def desktop_font(app: QApplication) -> QFont:
    """The application font as the desktop gave it, before any ``ui.text_size`` scaling."""
    kept = app.property(DESKTOP_FONT)
    if isinstance(kept, QFont):
        return QFont(kept)
    font = QFont(QApplication.font())
    app.setProperty(DESKTOP_FONT, font)
    return font


def scaled_font(desktop: QFont, text_size: str) -> QFont:
    """The desktop's font at the chosen text size (its family and weight kept)."""
    share = TEXT_SIZES.get(text_size, 1.0)
    font = QFont(desktop)
    if desktop.pointSizeF() > 0:
        font.setPointSizeF(desktop.pointSizeF() * share)
    elif desktop.pixelSize() > 0:
        font.setPixelSize(round(desktop.pixelSize() * share))
    return font


def _point_size(font: QFont) -> float:
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    dpi = (
        QGuiApplication.primaryScreen().logicalDotsPerInchY()
        if QGuiApplication.primaryScreen()
        else 96.0
    )
    return font.pixelSize() * 72.0 / dpi


def apply(
    app: QApplication, theme: str, contrast: str = "normal", text_size: str = "normal"
) -> Colors:
    """Apply ``ui.theme``, ``ui.contrast`` and ``ui.text_size`` to the whole app, live;
    returns the colours in use."""
    colors = colors_for(theme, contrast)
    if not app.property(CALM_STYLE):  # app.style() is then the style sheet's own wrapper
        # Fusion itself: a style overridden in Python was asked thousands of times while
        # the window was built, each answer through Python's enums. The style sheet keeps
        # stock icons off dialog buttons (Skip wore a red cross, Add a banknote).
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setProperty(CALM_STYLE, True)
    fit.install(app)  # dialogs stay on the screen, whatever the text size
    _follow_system(app, (theme, contrast, text_size))
    font = scaled_font(desktop_font(app), text_size)
    app.setFont(font)
    app.setPalette(palette_for(colors))
    indicator = max(16, round(QFontMetrics(font).height() * 0.9))
    sheet = style_sheet(colors, _point_size(font), indicator)
    if app.property(_HOLD_SHEET):
        app.setProperty(_HELD_SHEET, sheet)
    else:
        app.setStyleSheet(sheet)
    return colors


@contextmanager
def styled_when_built(app: QApplication) -> Iterator[None]:
    """The style sheet ``apply`` makes inside waits until the widgets made inside exist,
    and is then set once, before anything shows.

    Under a style sheet, Qt restyles a widget each time it or one of its parents is put in
    place: the first window, built from the inside out, took some 500 style changes for 80
    widgets (15 ms). Set afterwards, the sheet styles each widget once; what shows is the
    same, pixel for pixel. Where a sheet is set already, the widgets are made under it."""
    if app.property(_HOLD_SHEET):  # inside another: the outer one sets it
        yield
        return
    app.setProperty(_HOLD_SHEET, True)
    try:
        yield
    finally:
        app.setProperty(_HOLD_SHEET, None)
        sheet = app.property(_HELD_SHEET)
        app.setProperty(_HELD_SHEET, None)
        if isinstance(sheet, str) and sheet:
            app.setStyleSheet(sheet)


FADE_IN_MS = 350
FADING_PLATFORMS = ("xcb", "windows", "cocoa")  # where a window's opacity can change


def fade_in(window: QWidget, reduced_motion: bool) -> QPropertyAnimation | None:
    """Windows fade in rather than pop (docs/BREATHING.md), unless motion is reduced."""
    if reduced_motion or QGuiApplication.platformName() not in FADING_PLATFORMS:
        return None
    # The window's own, made once: a reminder that pops up every minute fades with the same.
    fade = window.findChild(
        QPropertyAnimation, "fade_in", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if fade is None:
        fade = QPropertyAnimation(window, b"windowOpacity", window)
        fade.setObjectName("fade_in")
    fade.stop()
    fade.setDuration(FADE_IN_MS)
    fade.setStartValue(0.0)
    fade.setEndValue(1.0)
    fade.start(QPropertyAnimation.DeletionPolicy.KeepWhenStopped)
    return fade


LOOK_KEYS = ("ui.theme", "ui.contrast", "ui.text_size")


class SettingsLike(Protocol):
    def __getitem__(self, key: str, /) -> object: ...


def _setting(settings: SettingsLike, key: str, default: str) -> str:
    try:
        return str(settings[key]) or default
    except (LookupError, ValueError):  # a key the settings do not know (yet)
        return default


def look_of(settings: SettingsLike) -> str:
    """The settings that change the look, as one string: restyle only when it changes."""
    return " ".join(_setting(settings, key, "") for key in LOOK_KEYS)


def apply_settings(app: QApplication, settings: SettingsLike) -> Colors:
    """``apply`` with the values of the settings (``core.settings.Settings`` or a mapping; a
    missing one keeps its default)."""
    defaults = ("system", "system", "normal")
    theme, contrast, text_size = (
        _setting(settings, key, default) for key, default in zip(LOOK_KEYS, defaults, strict=True)
    )
    return apply(app, theme, contrast, text_size)


_FOLLOWER = "pause_look_follower"


class _Follower(QObject):
    """Restyles with the last applied settings when the desktop turns dark or light, or asks
    for more contrast (Qt 6.10+): "Same as this computer" follows it live."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_FOLLOWER)
        self.applied: tuple[str, str, str] = ("system", "system", "normal")
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        accessibility = getattr(hints, "accessibility", None)
        changed = (
            getattr(accessibility(), "contrastPreferenceChanged", None) if accessibility else None
        )
        if changed is not None:
            changed.connect(self._on_system_changed)

    def _on_system_changed(self, *_args: object) -> None:
        app = self.parent()
        theme, contrast, _size = self.applied
        if isinstance(app, QApplication) and "system" in (theme, contrast):
            apply(app, *self.applied)


def _follow_system(app: QApplication, applied: tuple[str, str, str]) -> None:
    follower = app.findChild(_Follower, _FOLLOWER) or _Follower(app)
    follower.applied = applied
