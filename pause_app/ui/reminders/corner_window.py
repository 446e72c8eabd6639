"""The gentle reminder as a small window in a corner of the screen (``reminders.style`` =
window): it fades in, never takes the keyboard from what the user is typing, and goes
away by itself when it is not answered.

It appears without taking the focus, and says so to a screen reader. Its buttons are in the
tab order once the user moves to it (or ``take_focus`` brings the keyboard there); Esc is
"Not now". The tray and the main window answer it too, without a mouse."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from pause_app.text import wording
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.announce import announce
from pause_app.ui.widgets.labels import role_label

translate = QCoreApplication.translate


def start_text() -> str:
    """The answer that starts a pause, in this window and in a notification alike."""
    return translate("ReminderWindow", "Start a pause")


def snooze_text() -> str:
    """The answer that asks again later (``SNOOZE_FROM_REMINDER`` minutes)."""
    return translate("ReminderWindow", "In 15 minutes")


class ReminderWindow(QWidget):
    start_clicked = Signal()
    snooze_clicked = Signal()
    dismissed = Signal()  # "Not now"
    expired = Signal()  # not answered: it went away by itself

    SHOWN_MS = 60_000  # how long an unanswered reminder stays
    MARGIN = 24  # from the screen's corner
    WIDTH = 400  # of the text; the buttons may make the window a little wider

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("reminder_window")
        # Shown without being activated: typing elsewhere goes on. It can still be moved to.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fade: QPropertyAnimation | None = None
        self.reduced_motion = False
        self._timer = QTimer(self)
        self._timer.setObjectName("reminder_window_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SHOWN_MS)
        self._timer.timeout.connect(self._on_timeout)

        card = QFrame()
        card.setProperty("role", "card")
        self.title = role_label("subheading")
        self.body = role_label()
        self.start_button = QPushButton()
        self.start_button.setProperty("role", "primary")
        self.snooze_button = QPushButton()
        self.later_button = QPushButton()
        for button in (self.start_button, self.snooze_button, self.later_button):
            # Tab reaches them; a click does not move the keyboard there.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.setSpacing(8)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        # As wide as its buttons need (Dutch is longer), its height from the wrapped text.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.body.setFixedWidth(self.WIDTH)

        self.start_button.clicked.connect(lambda: self._answer(self.start_clicked))
        self.snooze_button.clicked.connect(lambda: self._answer(self.snooze_clicked))
        self.later_button.clicked.connect(lambda: self._answer(self.dismissed))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(wording.reminder_title())
        self.body.setText(wording.reminder_body())
        self.setWindowTitle(wording.reminder_title())  # the window's name to a screen reader
        self.setAccessibleName(wording.reminder_title())
        self.setAccessibleDescription(wording.reminder_body())
        self.start_button.setText(start_text())
        self.snooze_button.setText(snooze_text())
        self.later_button.setText(translate("ReminderWindow", "Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def pop_up(self) -> None:
        """Show in the bottom right corner of the screen, fading in unless motion is reduced."""
        self.adjustSize()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(
                area.x() + area.width() - self.width() - self.MARGIN,
                area.y() + area.height() - self.height() - self.MARGIN,
            )
        self._timer.start()
        self.show()
        self._fade = theme.fade_in(self, self.reduced_motion)
        announce(self, f"{self.title.text()} {self.body.text()}", describe=False)

    def take_focus(self) -> None:
        """The user moves to the reminder (from the main window): its first answer takes the
        keyboard."""
        if self.isVisible():
            self.activateWindow()
            self.start_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # as "Not now"
            self.later_button.click()
            return
        super().keyPressEvent(event)

    def _answer(self, signal: SignalInstance) -> None:
        self._timer.stop()
        self.hide()
        signal.emit()

    def _on_timeout(self) -> None:
        self.hide()
        self.expired.emit()

    def withdraw(self) -> None:
        """Gone without an answer, because the user answered elsewhere (or quits)."""
        self._timer.stop()
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)
