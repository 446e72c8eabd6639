"""The quiet line on the Goals page: "How is your energy today?", or, once answered, today's
energy and a way to edit it. A flat, link-like button: offered, never demanded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from pause_app.core.model import CheckIn, Moment
from pause_app.storage.database import DatabaseError
from pause_app.ui.checkin.dialog import CheckInDialog, CheckIns
from pause_app.ui.widgets import Retranslating


class CheckInLine(Retranslating, QWidget):
    """Opens the check-in; says today's energy once there is an answer."""

    checked_in = Signal(object)  # the CheckIn kept

    def __init__(
        self, checkins: CheckIns, clock: Callable[[], Moment], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkin_line")
        self._checkins, self._clock = checkins, clock
        self._today: CheckIn | None = None
        self.button = QPushButton()
        self.button.setObjectName("checkin_open")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        # Link-like: the theme's accent, no box until it has the focus.
        self.button.setStyleSheet(
            "QPushButton { color: palette(link); border: 2px solid transparent;"
            " background: transparent; padding: 4px; margin-left: -6px; text-align: left; }"
            " QPushButton:focus { border-color: palette(link); }"
            " QPushButton:hover { text-decoration: underline; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addStretch(1)
        self.button.clicked.connect(self.open_dialog)
        self.refresh()

    def open_dialog(self) -> CheckIn | None:
        kept = CheckInDialog.ask(self._checkins, self._clock, self.window())
        self.refresh()
        if kept is not None:
            self.checked_in.emit(kept)
        return kept

    def refresh(self) -> None:
        try:
            self._today = self._checkins.on(self._clock().local_date)
        except DatabaseError:
            self._today = None  # the page says what is wrong with the data; here, just ask
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        today = self._today
        if today is None or today.energy is None:
            text = (
                self.tr("How is your energy today?")
                if today is None
                else self.tr("Today's check-in is kept · Edit")
            )
        else:
            text = self.tr("Energy today: {n} of 10 · Edit").format(n=today.energy)
        self.button.setText(text)
        self.button.setAccessibleName(text.replace(" · ", ". "))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the next morning, or a check-in from the tray or the command line
        super().showEvent(event)
