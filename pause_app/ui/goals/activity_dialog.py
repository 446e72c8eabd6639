"""Adding an activity: what it is, what it is counted in, and what the user can do now.

The first step is those three questions, each with its label above the field, its hint
and its problem in word-wrapped lines under it. A new place for an activity already done
(walking outside after walking inside, docs/PACING.md rule 8) is an optional second step
behind a checkbox. Every field is checked before anything is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import pacing, validation
from pause_app.core.model import Activity, Moment, NewActivity
from pause_app.core.validation import Field, ValidationError
from pause_app.storage.database import DatabaseError
from pause_app.storage.store import Store
from pause_app.text import wording
from pause_app.ui.widgets.announce import announce
from pause_app.ui.widgets.fit import FitsWhenShown
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

MINIMUM_WIDTH = 460


class AddActivityDialog(FitsWhenShown, Retranslating, QDialog):
    def __init__(
        self, store: Store, clock: Callable[[], Moment], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add_activity_dialog")
        self._store = store
        self._clock = clock
        self.added: Activity | None = None

        self.intro = role_label("muted")
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.target = QLineEdit()
        self.target_hint = role_label("muted")
        self.editors = {Field.NAME: self.name, Field.UNIT: self.unit, Field.TARGET: self.target}
        self._labels: dict[Field, QLabel] = {}
        self.errors: dict[Field, QLabel] = {}
        fields = QVBoxLayout()
        fields.setSpacing(14)
        for field, editor in self.editors.items():
            label = role_label()
            label.setBuddy(editor)
            error = role_label("field_error", hidden=True)
            block = QVBoxLayout()
            block.setSpacing(4)
            block.addWidget(label)
            block.addWidget(editor)
            block.addWidget(error)  # right under its field, before any hint
            if field is Field.TARGET:
                block.addWidget(self.target_hint)
            fields.addLayout(block)
            self._labels[field] = label
            self.errors[field] = error
            editor.textEdited.connect(lambda _text, f=field: self._show_error(f, ""))

        # The second step (rule 8): a new place for an activity already done.
        others = store.activities.list()
        self.new_place = QCheckBox()
        self.new_place_example = role_label("muted")
        self.based_on = QComboBox()
        for existing in others:
            self.based_on.addItem(existing.name, existing.id)
        self.based_on_label = role_label()
        self.based_on_label.setBuddy(self.based_on)
        self.place_hint = role_label("muted")
        # Widgets straight in the dialog's layouts, no frame of their own: a nested widget's
        # height for width is only known a round of events later, too late for _fit.
        self.place_widgets = (self.based_on_label, self.based_on, self.place_hint)
        second = QVBoxLayout()
        second.setSpacing(4)
        second.addWidget(self.new_place, 0, Qt.AlignmentFlag.AlignLeft)  # its focus ring hugs it
        for widget in (self.new_place_example, *self.place_widgets):
            second.addWidget(widget)
        second.insertSpacing(2, 8)
        for widget in self.place_widgets:
            widget.hide()
        if not others:  # (hide only: shown before it has a parent, a widget is a window)
            self.new_place.hide()
            self.new_place_example.hide()
        self._filled: tuple[str, str] | None = None  # (unit, target) as this step filled them
        self._typed: tuple[str, str] = ("", "")  # what they were before
        self.new_place.toggled.connect(self._on_new_place_toggled)
        self.based_on.currentIndexChanged.connect(lambda _index: self._fill_from_other())

        # The standard OK button (relabelled "Add") stays the default, so Enter adds;
        # a button added by hand lost that to Cancel.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)
        self.problem = role_label("field_error", hidden=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(fields)
        layout.addLayout(second)
        layout.addWidget(self.problem)
        layout.addStretch(1)  # room a taller window gains goes here, not between the fields
        layout.addWidget(self.buttons)
        for before, after in (
            (self.name, self.unit),
            (self.unit, self.target),
            (self.target, self.new_place),
            (self.new_place, self.based_on),
            (self.based_on, self.buttons),
        ):
            QWidget.setTabOrder(before, after)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.retranslate_ui()
        self.name.setFocus()

    @classmethod
    def ask(
        cls, store: Store, clock: Callable[[], Moment], parent: QWidget | None = None
    ) -> Activity | None:
        """Show the dialog modally; the new activity, or None when cancelled (the test seam)."""
        dialog = cls(store, clock, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.added

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add an activity"))
        self.intro.setText(
            self.tr(
                "Start from what you can do on an ordinary day. "
                "Pause only offers a next step when it is safe."
            )
        )
        self._labels[Field.NAME].setText(self.tr("&Activity"))
        self._labels[Field.UNIT].setText(self.tr("&Counted in"))
        self._labels[Field.TARGET].setText(self.tr("&What you can do now"))
        # Examples that read as examples: an empty field with an error under it should not
        # look filled in.
        self.name.setPlaceholderText(self.tr("for example: steps inside"))
        self.unit.setPlaceholderText(self.tr("for example: steps"))
        self.target.setPlaceholderText(self.tr("for example: 50"))
        self.target_hint.setText(
            self.tr(
                "Not sure? Leave it empty: log what you do for a week, and Pause then offers "
                "a first target a little below it."
            )
        )
        self.new_place.setText(self.tr("A new &place for something I already do"))
        self.new_place_example.setText(
            self.tr("For example walking outside, after walking inside.")
        )
        self.new_place.setAccessibleDescription(self.new_place_example.text())
        self.based_on_label.setText(self.tr("&Which activity"))
        self.add_button.setText(self.tr("Add"))
        self._describe_place()
        for field in self.editors:
            self._show_error(field, self.errors[field].text())
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit(snug=True)

    def _fit(self, snug: bool = False) -> None:
        """Qt does not size a window by its height for width: a wrapped hint or error (and
        longer Dutch) would squash the fields and clip their text. The dialog's minimum
        height is what everything needs at the minimum width, and it grows to that."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(MINIMUM_WIDTH, layout.totalMinimumSize().width())  # a long checkbox line
        self.setMinimumWidth(width)
        self.setMinimumHeight(layout.totalHeightForWidth(width))
        needed = layout.totalHeightForWidth(self.width())
        if self.height() < needed or snug:  # snug: no empty band when it opens
            self.resize(self.width(), needed)

    def _show_error(self, field: Field, text: str) -> None:
        """The problem under its field, and said with the field to a screen reader."""
        self.errors[field].setText(text)
        self.errors[field].setVisible(bool(text))
        hint = ""
        if field is Field.TARGET:  # the line under the field that is showing
            hint = (self.place_hint if self.new_place.isChecked() else self.target_hint).text()
        self.editors[field].setAccessibleDescription(text or hint)
        if text:
            announce(self.errors[field], text, describe=False)  # said as it appears
        self._fit()

    def based_on_activity(self) -> Activity | None:
        chosen = self.based_on.currentData()
        if not self.new_place.isChecked() or chosen is None:
            return None
        return self._store.activities.get(int(chosen))

    def _on_new_place_toggled(self, on: bool) -> None:
        for widget in self.place_widgets:
            widget.setVisible(on)
        self.target_hint.setVisible(not on)  # a new place starts from the other's level
        if on:
            self._typed = (self.unit.text(), self.target.text())
            self._fill_from_other()
        else:
            # Put back what was typed, unless the user has changed what this step filled in.
            if self._filled == (self.unit.text(), self.target.text()):
                self.unit.setText(self._typed[0])
                self.target.setText(self._typed[1])
            self._filled = None
            self.errors[Field.TARGET].clear()  # (the rule 8 limit does not apply any more)
        self._describe_place()

    def _fill_from_other(self) -> None:
        """Rule 8: the new place starts at the other activity's level, in its unit."""
        other = self.based_on_activity()
        if other is None:
            return
        proposed, _most = pacing.new_place(other.target, other.step_percent)
        self.unit.setText(other.unit)
        self.target.setText(str(proposed))
        self._filled = (self.unit.text(), self.target.text())
        self._show_error(Field.UNIT, "")
        self.errors[Field.TARGET].clear()
        self._describe_place()

    def _describe_place(self) -> None:
        other = self.based_on_activity()
        if other is None:
            self.place_hint.clear()
        else:
            proposed, most = pacing.new_place(other.target, other.step_percent)
            self.place_hint.setText(
                self.tr(
                    "A new place is a step up by itself: start at {proposed} (at most {most}). "
                    "Half out and half back is a sensible first plan."
                ).format(proposed=proposed, most=most)
            )
        self._show_error(Field.TARGET, self.errors[Field.TARGET].text())  # and its description

    def _target_value(self) -> int:
        """Empty means: no target yet, log a week first (docs/PACING.md rule 2)."""
        if not self.target.text().strip() and self.based_on_activity() is None:
            return pacing.NO_TARGET_YET
        return validation.parse_amount(self.target.text(), Field.TARGET)

    def _on_add(self) -> None:
        self.problem.hide()  # said again below if it is still so
        checks = (
            (Field.NAME, lambda: validation.clean_name(self.name.text())),
            (Field.UNIT, lambda: validation.clean_unit(self.unit.text())),
            (Field.TARGET, self._target_value),
        )
        values: dict[Field, object] = {}
        for field, check in checks:
            try:
                values[field] = check()
                self._show_error(field, "")
            except ValidationError as error:
                self._show_error(field, wording.field_error(error))
        if len(values) < len(checks):
            self._focus_first_problem()
            return
        other = self.based_on_activity()
        target = int(str(values[Field.TARGET]))
        if other is not None:
            _proposed, most = pacing.new_place(other.target, other.step_percent)
            if target > most:
                self._show_error(
                    Field.TARGET,
                    self.tr("For a new place, at most {most}: one step above {name}.").format(
                        most=most, name=other.name
                    ),
                )
                self._focus_first_problem()
                return
        try:
            self.added = self._store.activities.add(
                NewActivity(
                    name=str(values[Field.NAME]),
                    unit=str(values[Field.UNIT]),
                    target=target,
                    step_percent=other.step_percent if other else 2.0,
                    derived_from=other.id if other else None,
                ),
                self._clock(),
            )
        except ValidationError as error:
            if error.field in self.editors:
                self._show_error(error.field, wording.field_error(error))
                self._focus_first_problem()
            else:
                self._show_problem(wording.validation_message(error))
            return
        except DatabaseError as error:
            self._show_problem(wording.database_message(error))
            return
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        announce(self.problem, text, describe=False)
        self._fit()

    def _focus_first_problem(self) -> None:
        for field, editor in self.editors.items():
            if not self.errors[field].isHidden():
                editor.setFocus()
                return
