"""The daily check-in: energy had and spent, and optionally sleep, symptoms and a note, in a
few taps with large buttons and no typing.

Each day has at most one check-in: opening the form on a day that has one shows it, and
saving edits it. An earlier day can be chosen (never a future one). After saving, the form
says what was kept and a screen reader hears it; nothing is stored on an error.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.model import CheckIn, Moment, NewCheckIn, Symptoms
from pause_app.core.validation import ValidationError
from pause_app.storage.database import DatabaseError
from pause_app.text import wording
from pause_app.ui.checkin import words
from pause_app.ui.checkin.scale import ScaleButtons
from pause_app.ui.widgets import Retranslating, announce, fit, role_label

NOTE_LENGTH = 200  # one short line


class CheckIns(Protocol):
    """What the form needs of the store's check-ins."""

    def save(self, new: NewCheckIn, at: Moment) -> CheckIn: ...

    def on(self, day: date) -> CheckIn | None: ...


class CheckInDialog(fit.FitsWhenShown, Retranslating, QDialog):
    def __init__(
        self,
        checkins: CheckIns,
        clock: Callable[[], Moment],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkin_dialog")
        self._checkins, self._clock = checkins, clock
        self.saved: CheckIn | None = None

        self.energy = ScaleButtons(range(11), name="energy")
        self.spent = ScaleButtons(range(11), name="spent")
        self.sleep = ScaleButtons(range(1, 6), name="sleep", minimum_width=56)
        self.symptoms = ScaleButtons(list(Symptoms), name="symptoms", minimum_width=72)
        self.note = QLineEdit()
        self.note.setObjectName("checkin_note")
        self.note.setMaxLength(NOTE_LENGTH)
        today = clock().local_date
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("checkin_day")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))  # never the future
        self.day.setDisplayFormat("d MMMM yyyy")
        self.problem = role_label("field_error", hidden=True)
        self.kept = role_label(selectable=True, hidden=True)
        self.kept.setObjectName("checkin_kept")

        self.labels = [QLabel() for _ in range(6)]
        rows: tuple[QWidget, ...] = (
            self.energy,
            self.spent,
            self.sleep,
            self.symptoms,
            self.note,
            self.day,
        )
        self.form = QFormLayout()
        self.form.setVerticalSpacing(14)
        # At large text a row of buttons takes the whole width under its label, and wraps.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, row in zip(self.labels, rows, strict=True):
            label.setBuddy(row)
            self.form.addRow(label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.intro = role_label("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        for scale in (self.energy, self.spent, self.sleep, self.symptoms):
            scale.changed.connect(self._on_changed)
        self.note.textEdited.connect(lambda _text: self._on_changed())
        self.day.dateChanged.connect(lambda _date: self._load())
        self._order_tabs()
        self.retranslate_ui()
        self._load()
        # The first question, not "Save": Enter would keep an empty check-in.
        self.energy.focus_button().setFocus()
        self._first_size()

    def _first_size(self) -> None:
        """As wide as the rows of buttons want, within the screen; as tall as the rows need
        at that width (at large text they wrap onto a second line)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        room = fit.available(self)
        width = min(self.sizeHint().width(), room.width() - 2 * fit.MARGIN)
        height = max(layout.totalHeightForWidth(width), self.sizeHint().height())
        self.resize(fit.clamped(QSize(width, height), room))

    @classmethod
    def ask(
        cls, checkins: CheckIns, clock: Callable[[], Moment], parent: QWidget | None = None
    ) -> CheckIn | None:
        """Show the form modally; the check-in last kept, or None (the test seam)."""
        dialog = cls(checkins, clock, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.saved

    def _order_tabs(self) -> None:
        """Top to bottom; each row of buttons is one stop (its chosen button, or the first)."""
        chain: list[QWidget] = []
        for scale in (self.energy, self.spent, self.sleep, self.symptoms):
            chain.extend(scale.buttons)
        chain += [self.note, self.day, self.save_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("How is your energy?"))
        self.intro.setText(
            self.tr(
                "Tap what fits: 0 is no energy at all, 10 is your best. Every answer is "
                "optional, and you can change it later."
            )
        )
        texts = (
            self.tr("Energy I &have today"),
            self.tr("Energy the day &took"),
            self.tr("S&leep last night"),
            self.tr("S&ymptoms"),
            self.tr("&Note"),
            self.tr("D&ay"),
        )
        scales: tuple[QWidget, ...] = (self.energy, self.spent, self.sleep, self.symptoms)
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for scale, label in zip(scales, self.labels, strict=False):
            scale.setAccessibleName(label.text().replace("&", ""))  # the group's name
        self.energy.name(str, lambda n: self.tr("Energy {n} of 10").format(n=n))
        self.spent.name(str, lambda n: self.tr("The day took {n} of 10").format(n=n))
        self.sleep.name(str, lambda n: self.tr("Sleep {n} of 5").format(n=n))
        self.symptoms.name(
            words.symptoms_name,
            lambda s: self.tr("Symptoms: {level}").format(level=words.symptoms_name(s)),
        )
        self.energy.setToolTip(self.tr("0 is no energy at all, 10 is your best."))
        self.spent.setToolTip(self.tr("How much of your energy the day asked of you."))
        self.sleep.setToolTip(self.tr("1 is very poor sleep, 5 is very good."))
        self.note.setPlaceholderText(self.tr("optional, one line"))
        self.save_button.setText(self.tr("Save"))
        self._name_close()

    def _name_close(self) -> None:
        kept = self.saved is not None
        self.close_button.setText(self.tr("Close") if kept else self.tr("Cancel"))

    def chosen_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def answers(self) -> NewCheckIn:
        return NewCheckIn(
            day=self.chosen_day(),
            energy=self.energy.value(),
            spent=self.spent.value(),
            sleep=self.sleep.value(),
            symptoms=self.symptoms.value(),
            note=self.note.text().strip(),
        )

    def _load(self) -> None:
        """The chosen day's check-in, to see and edit; an empty form for a day without one."""
        try:
            existing = self._checkins.on(self.chosen_day())
        except DatabaseError as error:
            existing = None
            self._show_problem(wording.database_message(error))
        self.energy.set_value(existing.energy if existing else None)
        self.spent.set_value(existing.spent if existing else None)
        self.sleep.set_value(existing.sleep if existing else None)
        self.symptoms.set_value(existing.symptoms if existing else None)
        self.note.setText(existing.note if existing else "")
        self.kept.hide()

    def _on_changed(self) -> None:
        self.problem.hide()
        self.kept.hide()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        announce(self, text, describe=False)

    def _on_save(self) -> None:
        self.problem.hide()
        at = self._clock()
        answers = self.answers()
        try:
            self.saved = self._checkins.save(answers, at)
        except ValidationError as error:
            return self._show_problem(wording.validation_message(error))
        except DatabaseError as error:
            return self._show_problem(wording.database_message(error))
        line = words.kept(self.saved, today=self.saved.day == at.local_date)
        self.kept.setText(line)
        self.kept.show()
        self._name_close()
        self.close_button.setDefault(True)  # Enter now closes; the form stays to read
        self.close_button.setFocus()
        announce(self, line, describe=False)
        return None
