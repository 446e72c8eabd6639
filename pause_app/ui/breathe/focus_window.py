"""The calm full-screen window a running exercise can move into, and back out of."""

from __future__ import annotations

from PySide6.QtCore import QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pause_app.ui.breathe.exercise_view import ExerciseView


class FocusWindow(QWidget):
    """A plain full-screen window around the exercise: nothing else to look at.

    Made once and kept: the view moves in and out of its layout explicitly (deleting the
    window after handing the view back crashed Qt on the next start).
    """

    left = Signal()

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner, Qt.WindowType.Window)  # its own window, deleted with its owner
        self.setObjectName("focus_window")
        self.setWindowTitle("Pause")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(48, 40, 48, 40)
        self.fade: QPropertyAnimation | None = None

    def take(self, exercise: ExerciseView) -> None:
        self._layout.addWidget(exercise)
        exercise.show()

    def give_back(self, exercise: ExerciseView) -> None:
        self._layout.removeWidget(exercise)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.left.emit()
        super().closeEvent(event)
