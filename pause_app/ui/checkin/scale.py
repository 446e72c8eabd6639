"""A row of large toggle buttons for one answer (energy 0-10, sleep 1-5, symptom levels).

One stop in the tab order: the arrow keys move the focus along the row without choosing,
Space or Enter choose, and choosing the chosen one again clears it (every answer is optional).
To a screen reader the row is a named group of radio buttons, each with its own name
("Energy 3 of 10")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from pause_app.ui.widgets.flow import FlowLayout

T = TypeVar("T")

MOVES = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}


class ScaleButtons(QWidget, Generic[T]):
    """``values`` in order; ``text`` gives a button's words, ``spoken`` its accessible name."""

    changed = Signal()

    def __init__(
        self,
        values: Sequence[T],
        *,
        name: str,
        minimum_width: int = 44,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.values = list(values)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that the chosen one can be cleared
        self.buttons: list[QPushButton] = []
        row = FlowLayout(self, spacing=6)  # wraps onto a second line at large text
        for index, _value in enumerate(self.values):
            button = QPushButton()
            button.setObjectName(f"{name}_{index}")
            button.setCheckable(True)
            button.setAutoExclusive(True)  # a radio button to a screen reader
            button.setAutoDefault(False)  # Enter chooses here; it does not save the form
            button.setProperty("role", "choice")
            button.setMinimumSize(minimum_width, 44)  # large: easy to hit on a tired day
            button.installEventFilter(self)
            self.group.addButton(button, index)
            row.addWidget(button)
            self.buttons.append(button)
        # Narrow side padding, so that "10" fits a button of 44 pixels. The chosen one is
        # filled, the focused one has a dashed ring (the theme's style sheet).
        self.setStyleSheet('QPushButton[role="choice"] { padding: 6px 2px; }')
        self.group.idClicked.connect(self._on_clicked)
        self._roving(0)

    def name(self, text: Callable[[T], str], spoken: Callable[[T], str]) -> None:
        """Set (or, after a change of language, set again) the words on the buttons."""
        for value, button in zip(self.values, self.buttons, strict=True):
            button.setText(text(value))
            button.setAccessibleName(spoken(value))

    def value(self) -> T | None:
        index = self.group.checkedId()
        return None if index < 0 else self.values[index]

    def set_value(self, value: T | None) -> None:
        for candidate, button in zip(self.values, self.buttons, strict=True):
            button.setChecked(candidate == value)
        self._roving(self.values.index(value) if value in self.values else 0)

    def focus_button(self) -> QPushButton:
        """The one button in the tab order: the chosen one, or the first."""
        return next(b for b in self.buttons if b.focusPolicy() == Qt.FocusPolicy.StrongFocus)

    def _on_clicked(self, index: int) -> None:
        for other, button in enumerate(self.buttons):
            if other != index:
                button.setChecked(False)
        self._roving(index)
        self.changed.emit()

    def _roving(self, index: int) -> None:
        for other, button in enumerate(self.buttons):
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if other == index else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(self.buttons[index])  # a label's shortcut lands on it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.buttons:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        index = self.buttons.index(watched)
        key = Qt.Key(event.key())
        if key in MOVES:
            target = min(max(index + MOVES[key], 0), len(self.buttons) - 1)
            self._roving(target)
            self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.buttons[index].isChecked():
                self.buttons[index].click()
            return True
        return super().eventFilter(watched, event)
