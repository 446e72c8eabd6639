"""Adding an activity: a name, a unit, and what the user can do today.

Every field is checked before anything is stored; problems appear next to the
field they belong to, in calm words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating


class AddActivityDialog(Retranslating, QDialog):
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
        self.errors: dict[Field, QLabel] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Rule 8: a new place for an activity already done (inside -> outside).
        self.based_on = QComboBox()
        self.based_on.addItem("", None)
        for existing in store.activities.list():
            self.based_on.addItem(existing.name, existing.id)
        self.based_on_label = QLabel()
        self.based_on_label.setBuddy(self.based_on)
        self.place_hint = role_label("muted", hidden=True)
        if self.based_on.count() > 1:
            self.form.addRow(self.based_on_label, self.based_on)
        else:
            self.based_on.hide()
            self.based_on_label.hide()
        self.based_on.currentIndexChanged.connect(self._on_based_on_changed)
        self._labels: dict[Field, QLabel] = {}
        for field, editor in (
            (Field.NAME, self.name),
            (Field.UNIT, self.unit),
            (Field.TARGET, self.target),
        ):
            label = QLabel()
            label.setBuddy(editor)
            error = role_label("field_error", hidden=True)
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(editor)
            column.addWidget(error)
            self.form.addRow(label, column)
            self._labels[field] = label
            self.errors[field] = error
            editor.textEdited.connect(lambda _text, f=field: self._show_error(f, ""))

        # The standard OK button (relabelled "Add") stays the default, so Enter adds;
        # a button added by hand lost that to Cancel.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.place_hint)
        self.problem = role_label("field_error", hidden=True)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

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
        self.based_on_label.setText(self.tr("A new &place for"))
        self.based_on.setItemText(0, self.tr("(none: something new)"))
        self.name.setPlaceholderText(self.tr("Steps inside"))
        self.unit.setPlaceholderText(self.tr("steps"))
        self.target.setPlaceholderText(self.tr("50, or empty to log a week first"))
        self.add_button.setText(self.tr("Add"))

    def _show_error(self, field: Field, text: str) -> None:
        self.errors[field].setText(text)
        self.errors[field].setVisible(bool(text))

    def based_on_activity(self) -> Activity | None:
        chosen = self.based_on.currentData()
        return None if chosen is None else self._store.activities.get(int(chosen))

    def _on_based_on_changed(self) -> None:
        other = self.based_on_activity()
        self.place_hint.setVisible(other is not None)
        if other is None:
            return
        proposed, most = pacing.new_place(other.target, other.step_percent)
        self.unit.setText(other.unit)
        self.target.setText(str(proposed))
        self.place_hint.setText(
            self.tr(
                "A new place is a step up by itself: start at {proposed} (at most {most}). "
                "Half out and half back is a sensible first plan."
            ).format(proposed=proposed, most=most)
        )

    def _target_value(self) -> int:
        """Empty means: no target yet, log a week first (docs/PACING.md rule 2)."""
        if not self.target.text().strip() and self.based_on_activity() is None:
            return pacing.NO_TARGET_YET
        return validation.parse_amount(self.target.text(), Field.TARGET)

    def _on_add(self) -> None:
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
            self._show_error(error.field, wording.field_error(error))
            return
        except DatabaseError as error:
            self.problem.setText(wording.database_message(error))
            self.problem.show()
            return
        self.accept()
