"""Windows and dialogs fit their words and stay on the screen: at 2x scale or with large text a
dialog taller than the screen put its buttons out of reach. ``ScreenFit`` clamps every dialog as
it is shown, in one place for the whole app; the main window sizes itself with ``first_size``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QScrollArea, QWidget

MARGIN = 16  # kept free at the screen's edges, so a window's frame stays on it too


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (without panels and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def clamped(size: QSize, room: QRect) -> QSize:
    """``size``, no larger than ``room`` less its margins."""
    return QSize(
        max(1, min(size.width(), room.width() - 2 * MARGIN)),
        max(1, min(size.height(), room.height() - 2 * MARGIN)),
    )


def fit_on_screen(window: QWidget) -> None:
    """Shrink the window to the screen if it is larger (its minimum too), and move it so all of
    it is on the screen."""
    room = available(window)
    minimum = window.minimumSize()
    if minimum.width() > room.width() - 2 * MARGIN or minimum.height() > room.height() - 2 * MARGIN:
        window.setMinimumSize(clamped(minimum, room))
    size = clamped(window.size(), room)
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    left = min(max(frame.left(), room.left() + MARGIN), room.right() - MARGIN - frame.width())
    top = min(max(frame.top(), room.top() + MARGIN), room.bottom() - MARGIN - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(window.pos() + QPoint(left - frame.left(), top - frame.top()))


def centre_on(window: QWidget, parent: QWidget | None) -> None:
    """Put the window in the middle of its parent window (or of the screen), on the screen."""
    host = parent.window() if parent is not None else None
    middle = host.frameGeometry().center() if host is not None else available(window).center()
    frame = window.frameGeometry()
    window.move(window.pos() + middle - frame.center())
    fit_on_screen(window)


class ScreenFit(QObject):
    """An application-wide event filter: each dialog, as it is shown, fits on the screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            fit_on_screen(watched)
        return False


def install(app: QApplication) -> None:
    """Once per application."""
    if app.findChild(ScreenFit, "screen_fit") is None:
        fit = ScreenFit(app)
        fit.setObjectName("screen_fit")
        app.installEventFilter(fit)


def list_width(view: QListWidget, least: int, room: int = 64) -> int:
    """Wide enough for a list's longest entry, in bold (the selected one), plus ``room`` for
    the entries' padding, margins and marks; never narrower than ``least``."""
    bold = QFont(view.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    texts = [view.item(row).text() for row in range(view.count())]
    return max(least, *(metrics.horizontalAdvance(text) + room for text in texts))


def first_size(window: QWidget, pages: Sequence[QScrollArea], wanted: QSize) -> QSize:
    """The first window: ``wanted``, or larger where a page needs it (the Dutch words are
    longer, the text may be large), so no page starts with a scroll bar, within the screen."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    width, height = wanted.width(), wanted.height()
    for page in pages:
        body = page.widget()
        body_layout = body.layout() if body is not None else None
        if body is None or body_layout is None:
            continue
        chrome = window.height() - page.viewport().height()  # the menu, the notices, margins
        sides = window.width() - page.viewport().width()
        width = max(width, body.minimumSizeHint().width() + sides)
        needed = body_layout.heightForWidth(width - sides)
        height = max(height, (needed if needed > 0 else body.sizeHint().height()) + chrome)
    return clamped(QSize(width, height), available(window))
