"""Windows and dialogs fit their words and stay on the screen: at 2x scale or with large text a
dialog taller than the screen put its buttons out of reach. ``ScreenFit`` clamps every dialog as
it is shown, in one place for the whole app; the main window sizes itself with ``first_size``."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayoutItem,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

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


def name_scroll_bars(area: QScrollArea) -> None:
    """A scroll bar says which way it scrolls: unnamed, a screen reader says only "scroll bar"."""
    area.verticalScrollBar().setAccessibleName(
        QCoreApplication.translate("Fit", "Scroll up and down")
    )
    area.horizontalScrollBar().setAccessibleName(
        QCoreApplication.translate("Fit", "Scroll sideways")
    )


def scroll_if_too_big(dialog: QDialog) -> bool:
    """A dialog whose layout needs more than the screen has: its content goes into a scroll
    area, its buttons stay under it, always in view (shrinking it alone cut the content off).
    True when it did so; a dialog that fits is left as it is."""
    layout = dialog.layout()
    if layout is None or dialog.findChild(QScrollArea, "fit_scroll") is not None:
        return False
    room = available(dialog)
    layout.activate()
    needed = layout.totalMinimumSize()
    if (
        needed.width() <= room.width() - 2 * MARGIN
        and needed.height() <= room.height() - 2 * MARGIN
    ):
        return False
    bottom = [  # the rows that hold the dialog's buttons, not its content
        index for index in range(layout.count()) if _holds_buttons(layout.itemAt(index))
    ]
    taken = [item for item in (layout.takeAt(i) for i in reversed(bottom)) if item is not None]
    taken.reverse()
    margins = layout.contentsMargins()
    focused = dialog.focusWidget()  # moving the widgets lets go of the focus: given back below
    body = QWidget()
    body.setObjectName("fit_body")
    body.setLayout(layout)  # takes the layout, and its widgets, from the dialog
    scroll = QScrollArea()
    scroll.setObjectName("fit_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
    scroll.setWidget(body)
    name_scroll_bars(scroll)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(scroll, 1)
    for item in taken:
        row = QVBoxLayout()
        row.setContentsMargins(margins.left(), 8, margins.right(), margins.bottom())
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            row.addWidget(widget)
        elif inner is not None:
            inner.setParent(None)  # out of the content's layout, into the dialog's
            row.addLayout(inner)
        outer.addLayout(row)
    if focused is not None:
        focused.setFocus()  # the first question, not the default button
    return True


def _holds_buttons(item: QLayoutItem | None) -> bool:
    if item is None:
        return False
    widget, inner = item.widget(), item.layout()
    if widget is not None:
        return isinstance(widget, QDialogButtonBox)
    return inner is not None and any(
        _holds_buttons(inner.itemAt(index)) for index in range(inner.count())
    )


def fit_dialog(dialog: QDialog) -> None:
    """Scroll what does not fit, then keep all of it on the screen (both do nothing to a
    dialog that fits, so a second call changes nothing)."""
    scroll_if_too_big(dialog)
    fit_on_screen(dialog)


class FitsWhenShown:
    """Mix into a dialog class (before the Qt class): it fits as it is shown, before it is on
    the screen, also while an animation runs. The application-wide filter then steps aside
    and fits a dialog only as the focus enters it, once it is on the screen: a dialog too
    large for the screen would show whole, then jump to fit. (A second fit changes
    nothing, so the filter's, when it is there, does no harm.)"""

    def showEvent(self, event: QShowEvent) -> None:
        if isinstance(self, QDialog) and self.isWindow():
            fit_dialog(self)
        super().showEvent(event)  # type: ignore[misc]


_SHOW = QEvent.Type.Show


class ScreenFit(QObject):
    """An application-wide event filter: each dialog, as it is shown, fits on the screen,
    scrolling what does not fit.

    It sees every event of every object, and each costs a call into Python (for the
    breathing guide, three a frame: about a sixth of its cost). So while an animation runs
    (``step_aside``) it leaves the application's events alone and fits a dialog as the focus
    enters it instead: a signal only on a change of focus, which a dialog being opened brings.
    Pause's own dialogs fit as they show all the same (``FitsWhenShown``); this fallback is
    for Qt's (a message box, an input dialog).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("screen_fit")
        self._app = app
        self._holders: set[int] = set()  # the animations running, by id
        self._watched: set[int] = set()  # the holders whose end is watched
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is _SHOW and isinstance(watched, QDialog) and watched.isWindow():
            fit_dialog(watched)
        return False

    @property
    def stepped_aside(self) -> bool:
        return bool(self._holders)

    def hold(self, holder: QObject) -> None:
        """An animation starts: the filter steps aside until every holder let go (or is
        gone: a holder deleted while it ran lets go too)."""
        key = id(holder)
        if key in self._holders:
            return
        if key not in self._watched:
            self._watched.add(key)
            holder.destroyed.connect(partial(_let_go, weakref.ref(self), key))
        if not self._holders:
            self._app.removeEventFilter(self)
            self._app.focusChanged.connect(self._on_focus)
        self._holders.add(key)

    def release(self, holder: QObject) -> None:
        self.let_go(id(holder))

    def let_go(self, key: int) -> None:
        if key not in self._holders:
            return
        self._holders.discard(key)
        if not self._holders:
            try:
                self._app.focusChanged.disconnect(self._on_focus)
            except RuntimeError:  # a holder that goes with the application itself, at exit
                return
            self._app.installEventFilter(self)

    def _on_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        window = now.window() if now is not None else None
        if isinstance(window, QDialog):
            fit_dialog(window)


def _let_go(fit: weakref.ref[ScreenFit], key: int, *_destroyed: object) -> None:
    kept = fit()
    if kept is not None and shiboken6.isValid(kept):
        kept.let_go(key)


def install(app: QApplication) -> None:
    """Once per application."""
    if app.findChild(ScreenFit, "screen_fit") is None:
        ScreenFit(app)


def step_aside(holder: QObject, running: bool) -> None:
    """An animation (``holder``) runs or has stopped: while one runs, the filter does not see
    each of its frames (above). Safe to call often: only a change does anything."""
    app = QApplication.instance()
    fit = app.findChild(ScreenFit, "screen_fit") if app is not None else None
    if fit is None:
        return
    if running:
        fit.hold(holder)
    else:
        fit.release(holder)


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
        # The viewport's size without scroll bars, which is the point; and asked as a size:
        # asking for the viewport itself makes PySide6 set up every widget class it knows,
        # some fifty enums, to find the viewport's type.
        room = page.maximumViewportSize()
        chrome = window.height() - room.height()  # the menu, the notices, margins
        sides = window.width() - room.width()
        width = max(width, body.minimumSizeHint().width() + sides)
        needed = body_layout.heightForWidth(width - sides)
        height = max(height, (needed if needed > 0 else body.sizeHint().height()) + chrome)
    return clamped(QSize(width, height), available(window))
