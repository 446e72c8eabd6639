"""Logging an attempt in a few seconds: how much, how it felt, maybe a note, which day.

Four large buttons for how it felt; problems appear next to their field and nothing
is stored until everything is right. Logging exactly what that day's last log says (the
same amount and feeling) asks first: a second tap should not make a second row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import validation
from pause_app.core.model import Activity, Attempt, Felt, Moment
from pause_app.core.validation import Field, ValidationError
from pause_app.storage.database import DatabaseError
from pause_app.storage.store import Store
from pause_app.text import wording
from pause_app.ui.widgets.announce import announce
from pause_app.ui.widgets.fit import FitsWhenShown
from pause_app.ui.widgets.flow import FlowLayout
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate


class LogDialog(FitsWhenShown, Retranslating, QDialog):
    def __init__(
        self,
        store: Store,
        activity: Activity,
        clock: Callable[[], Moment],
        parent: QWidget | None = None,
        correcting: Attempt | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("log_dialog")
        self._store, self._activity, self._clock = store, activity, clock
        self.correcting = correcting
        self.logged: Attempt | None = None

        self.amount = QLineEdit(str(correcting.amount if correcting else activity.target))
        self.amount.selectAll()
        self.amount_error = role_label("field_error", hidden=True)
        self.felt_buttons: dict[Felt, QPushButton] = {}
        self.felt_group = QButtonGroup(self)
        # One named group of one-of-a-kind choices (radio buttons to a screen reader);
        # nothing is chosen until the person chooses.
        self.felt_box = QWidget()
        self.felt_box.setObjectName("felt")
        felt_row = FlowLayout(self.felt_box)  # the feelings wrap rather than be cut
        for felt in Felt:
            button = FeltButton()
            button.setMinimumHeight(44)  # large: easy to hit on a tired day
            button.setProperty("role", "choice")
            self.felt_group.addButton(button)
            self.felt_buttons[felt] = button
            felt_row.addWidget(button)
        if correcting is not None and correcting.felt is not None:
            self.felt_buttons[correcting.felt].setChecked(True)
        self.felt_error = role_label("field_error", hidden=True)
        self.felt_group.buttonClicked.connect(lambda _button: _clear(self.felt_error))
        self.note = QLineEdit(correcting.note if correcting else "")
        self.note_error = role_label("field_error", hidden=True)
        today = clock().local_date
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))  # never the future
        self.day.setDisplayFormat("d MMMM yyyy")
        if correcting is not None:
            day = correcting.local_date
            self.day.setDate(QDate(day.year, day.month, day.day))
        self.problem = role_label("field_error", hidden=True)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        self.labels = [QLabel() for _ in range(4)]
        for label, editor in zip(
            self.labels, (self.amount, None, self.note, self.day), strict=True
        ):
            if editor is not None:
                label.setBuddy(editor)
        amount_column = QVBoxLayout()
        amount_column.addWidget(self.amount)
        amount_column.addWidget(self.amount_error)
        note_column = QVBoxLayout()
        note_column.addWidget(self.note)
        note_column.addWidget(self.note_error)
        self.form.addRow(self.labels[0], amount_column)
        felt_column = QVBoxLayout()
        felt_column.addWidget(self.felt_box)
        felt_column.addWidget(self.felt_error)
        self.form.addRow(self.labels[1], felt_column)
        self.form.addRow(self.labels[2], note_column)
        self.form.addRow(self.labels[3], self.day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.amount.textEdited.connect(lambda _text: _clear(self.amount_error))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.amount.setFocus()  # the amount first: Enter saves it when the feeling is chosen

    def sizeHint(self) -> QSize:
        """480 pixels wide when the words allow; the layout sets the minimum (at 2x text
        a fixed minimum cut the feelings off)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), 480), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as the wrapped feelings need at this width: a window's height does not
        follow its rows' wrapping by itself."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(event.size().width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    @classmethod
    def ask(
        cls,
        store: Store,
        activity: Activity,
        clock: Callable[[], Moment],
        parent: QWidget | None = None,
        correcting: Attempt | None = None,
    ) -> Attempt | None:
        """Show the form modally; the attempt logged or corrected, or None (the test seam)."""
        dialog = cls(store, activity, clock, parent, correcting)
        dialog.exec()
        dialog.deleteLater()
        return dialog.logged

    @staticmethod
    def confirm_repeat(parent: QWidget, text: str) -> bool:
        """The seam for the calm question before logging the same again (tests replace it).
        Not logging is the default: Enter or Escape after a double tap stores nothing."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("LogDialog", "Log again?"), text)
        box.setParent(parent, box.windowFlags())
        again = box.addButton(
            translate("LogDialog", "Log again"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(translate("LogDialog", "Don't log"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        box.deleteLater()
        return box.clickedButton() is again

    def _stops_a_repeat(self, amount: int, felt: Felt, day: date) -> bool:
        """True when this log says exactly what that day's last log says (the same amount
        and feeling) and the user chose not to log it again."""
        if self.correcting is not None:
            return False
        same_day = self._store.attempts.on_day(self._activity.id, day)
        if not same_day or (same_day[-1].amount, same_day[-1].felt) != (amount, felt):
            return False
        question = self.tr(
            "This day already has the same log: {amount} {unit}, {felt}. Log it again?"
        ).format(amount=amount, unit=self._activity.unit, felt=wording.felt_name(felt))
        return not LogDialog.confirm_repeat(self, question)

    def retranslate_ui(self) -> None:
        title = self.tr("Correct: {name}") if self.correcting else self.tr("Log: {name}")
        self.setWindowTitle(title.format(name=self._activity.name))
        self.labels[0].setText(self.tr("&Done ({unit})").format(unit=self._activity.unit))
        self.labels[1].setText(self.tr("How did it feel?"))
        self.felt_box.setAccessibleName(self.labels[1].text())
        self.labels[2].setText(self.tr("&Note"))
        self.labels[3].setText(self.tr("D&ay"))
        self.note.setPlaceholderText(self.tr("optional"))
        words = {
            Felt.GOOD: self.tr("Good"),
            Felt.OK: self.tr("OK"),
            Felt.TIRED: self.tr("Tired"),
            Felt.CRASH: self.tr("Crash"),
        }
        for felt, button in self.felt_buttons.items():
            button.setText(words[felt])
        self.save_button.setText(self.tr("Save"))

    def chosen_felt(self) -> Felt | None:
        return next(
            (felt for felt, button in self.felt_buttons.items() if button.isChecked()), None
        )

    def _on_save(self) -> None:
        _clear(self.amount_error, self.felt_error, self.note_error, self.problem)
        try:
            amount = validation.parse_amount(self.amount.text())
        except ValidationError as error:
            return _show(self.amount_error, wording.field_error(error))
        try:
            note = validation.clean_note(self.note.text())
        except ValidationError as error:
            return _show(self.note_error, wording.field_error(error))
        felt = self.chosen_felt()
        if felt is None:
            self.felt_buttons[Felt.GOOD].setFocus()
            return _show(self.felt_error, self.tr("Please choose how it felt."))
        picked = self.day.date()
        at = self._clock()
        day = at.local_date.replace(picked.year(), picked.month(), picked.day())
        if self._stops_a_repeat(amount, felt, day):
            return None  # not logged again; the form stays as it was
        try:
            if self.correcting is not None:
                self.logged = self._store.attempts.update(
                    self.correcting.id, amount, felt, note, day, at.local_date
                )
            else:
                self.logged = self._store.attempts.add(
                    self._activity.id, amount, felt, note, at.on_day(day)
                )
        except ValidationError as error:
            target = self.amount_error if error.field is Field.AMOUNT else self.problem
            return _show(target, wording.validation_message(error))
        except DatabaseError as error:
            return _show(self.problem, wording.database_message(error))
        self.accept()


class FeltButton(QPushButton):
    """A large, one-of-a-kind choice: the arrow keys move along the row without choosing
    (Space or Enter chooses), so passing "Crash" on the way never picks it."""

    def __init__(self) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setAutoExclusive(True)  # a radio button to a screen reader; the group keeps one

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        group = self.group()
        if key not in step or group is None:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        buttons[(buttons.index(self) + step[key]) % len(buttons)].setFocus(
            Qt.FocusReason.TabFocusReason
        )
        event.accept()


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()
    announce(label, text, describe=False)  # a problem beside its field, said as it appears


def _clear(*labels: QLabel) -> None:
    for label in labels:
        label.clear()
        label.hide()
