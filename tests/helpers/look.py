"""The app's look applied for one test, then taken back so no other test sees it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from pause_app.ui.widgets import fit, theme


def taking_back(app: QApplication) -> Callable[[], None]:
    """The app's look as it is now; calling the result puts it back and removes what
    ``theme.apply`` added (the style sheet, the screen-fitting filter)."""
    style, palette, font = app.style().name(), app.palette(), QFont(app.font())

    def take_back() -> None:
        app.setStyleSheet("")
        app.setStyle(style)
        app.setPalette(palette)
        app.setFont(font)
        app.setProperty(theme.DESKTOP_FONT, None)
        app.setProperty(theme.CALM_STYLE, None)
        screen_fit = app.findChild(fit.ScreenFit, "screen_fit")
        if screen_fit is not None:
            app.removeEventFilter(screen_fit)
            screen_fit.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    return take_back


@contextmanager
def applied(
    theme_name: str = "light",
    contrast: str = "normal",
    text_size: str = "normal",
    desktop_points: float | None = None,
) -> Iterator[theme.Colors]:
    """``theme.apply`` as the app does; ``desktop_points`` sets the desktop's font size first
    (an application font of 18 pt, a desktop at 2x text)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    take_back = taking_back(app)
    if desktop_points is not None:
        larger = QFont(app.font())
        larger.setPointSizeF(desktop_points)
        app.setFont(larger)
    app.setProperty(theme.DESKTOP_FONT, None)
    try:
        yield theme.apply(app, theme_name, contrast, text_size)
    finally:
        take_back()
