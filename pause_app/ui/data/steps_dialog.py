"""The dialogs of File ▸ Import steps…: which activity the steps go into (one counted in
steps, or a new one), the file being read (a progress bar and Cancel), and the preview that
says what will happen before anything is written."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import steps as core_steps
from pause_app.core import validation
from pause_app.core.model import Activity
from pause_app.core.validation import Field, Problem, ValidationError
from pause_app.storage.steps import StepsPlan
from pause_app.text import steps_words, wording
from pause_app.ui.data.dialogs import PreviewDialog
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.fit import FitsWhenShown
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate

NEW = -1  # the activity choice "a new activity counted in steps"


def counted_in_steps(activity: Activity) -> bool:
    """An activity whose unit is steps (in English, Dutch, or the language in use): the same
    rule as ``pause-app import-steps --into`` (core/steps.py)."""
    return core_steps.is_step_unit(activity.unit, also=(translate("Steps", "steps"),))


@dataclass(frozen=True)
class StepsInto:
    """Where the steps go: an activity there is, or a new one (made only when the user says
    yes to the preview, so Cancel anywhere writes nothing)."""

    activity: Activity | None
    new_name: str = ""
    new_target: int = 0

    @property
    def name(self) -> str:
        return self.activity.name if self.activity is not None else self.new_name


def _layout(dialog: QDialog) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 18)
    layout.setSpacing(12)
    return layout


def _field(layout: QVBoxLayout, editor: QWidget) -> tuple[QLabel, QLabel]:
    """A label above its field and a calm problem line under it (hidden until needed)."""
    label = role_label()
    label.setBuddy(editor)
    error = role_label("field_error", hidden=True)
    layout.addWidget(label)
    layout.addWidget(editor)
    layout.addWidget(error)
    return label, error


class StepsActivityDialog(FitsWhenShown, Retranslating, QDialog):
    """Which activity the steps go into: the user's activities counted in steps, or a new
    one (its name and the target to start with)."""

    def __init__(
        self, activities: list[Activity], file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("steps_activity_dialog")
        self._all = activities
        self._file_name = file_name
        self.source = role_label("muted", selectable=True)
        self._steps = [a for a in activities if counted_in_steps(a) and not a.archived]
        self.intro = role_label("muted")
        self.activity = QComboBox()
        self.activity.setObjectName("steps_activity")
        self.name = QLineEdit()
        self.name.setObjectName("steps_new_name")
        self.target = QLineEdit()
        self.target.setObjectName("steps_new_target")
        self.target.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.target_hint = role_label("muted")
        self.new_box = QWidget()
        new_layout = QVBoxLayout(self.new_box)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.setSpacing(4)
        self.name_label, self.name_error = _field(new_layout, self.name)
        self.target_label, self.target_error = _field(new_layout, self.target)
        new_layout.addWidget(self.target_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.next_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.next_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self._on_next)
        self.buttons.rejected.connect(self.reject)
        layout = _layout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.intro)
        self.activity_label, _unused = _field(layout, self.activity)
        layout.addWidget(self.new_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for editor, error in ((self.name, self.name_error), (self.target, self.target_error)):
            editor.textEdited.connect(lambda _t, e=error: e.hide())
        self.activity.currentIndexChanged.connect(self._on_choice)
        self.setMinimumWidth(460)
        self.chosen: StepsInto | None = None
        self.retranslate_ui()
        self.activity.setFocus()

    @classmethod
    def ask(
        cls, activities: list[Activity], file_name: str, parent: QWidget | None = None
    ) -> StepsInto | None:
        """Show the dialog modally; where the steps go, or None (the seam tests replace)."""
        dialog = cls(activities, file_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.chosen if accepted else None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import steps"))
        self.source.setText(self.tr("From {file}").format(file=self._file_name))
        self.intro.setText(
            self.tr(
                "Each day's steps become that day's log, marked as imported. Days you logged "
                "yourself stay as you logged them."
            )
        )
        self.activity_label.setText(self.tr("&Into the activity"))
        self.activity.setAccessibleName(self.tr("Into the activity"))  # not its current item
        chosen = self.activity.currentData()
        self.activity.blockSignals(True)
        self.activity.clear()
        for activity in self._steps:
            self.activity.addItem(activity.name, activity.id)
        self.activity.addItem(self.tr("A new activity counted in steps"), NEW)
        self.activity.setCurrentIndex(max(self.activity.findData(chosen), 0))
        self.activity.blockSignals(False)
        self.name_label.setText(self.tr("&Name of the new activity"))
        if not self.name.text():
            self.name.setText(self.tr("Steps"))
        self.target_label.setText(self.tr("&Target to start with, in steps a day"))
        self.target.setPlaceholderText(self.tr("for example: 2000"))
        self.target_hint.setText(
            self.tr("Choose an amount you can manage on a difficult day; it grows from there.")
        )
        self.next_button.setText(self.tr("&Read the steps"))
        self._on_choice()

    def _on_choice(self, _index: int = 0) -> None:
        new = self.activity.currentData() == NEW
        self.new_box.setVisible(new)
        self.adjustSize()

    def _on_next(self) -> None:
        choice = self.activity.currentData()
        if choice != NEW:
            self.chosen = StepsInto(next(a for a in self._steps if a.id == choice))
            self.accept()
            return
        name: str | None = None
        target: int | None = None
        try:
            target = validation.parse_amount(self.target.text(), Field.TARGET)
        except ValidationError as error:
            self._show(self.target, self.target_error, wording.field_error(error))
        try:
            name = validation.clean_name(self.name.text())
            if validation.name_key(name) in {validation.name_key(a.name) for a in self._all}:
                raise ValidationError(Field.NAME, Problem.ALREADY_EXISTS, name)
        except ValidationError as error:
            self._show(self.name, self.name_error, wording.field_error(error))
            name = None
        if name is not None and target is not None:
            self.chosen = StepsInto(None, name, target)
            self.accept()

    def _show(self, editor: QLineEdit, error: QLabel, text: str) -> None:
        error.setText(text)
        error.show()
        editor.setAccessibleDescription(text)
        editor.setFocus()


class StepsProgressDialog(FitsWhenShown, Retranslating, QDialog):
    """The file being read: how far, and Cancel (which stops the read; nothing is written)."""

    cancelled = Signal()

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps_progress_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._file_name = file_name
        self.line = role_label()
        self.file = role_label("muted", selectable=True)
        self.bar = QProgressBar()
        self.bar.setObjectName("steps_progress")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = _layout(self)
        for widget in (self.line, self.file, self.bar, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(440)
        self.retranslate_ui()
        self._restyle()
        self.cancel_button.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import steps"))
        self.line.setText(self.tr("Reading the steps in the file. Nothing is written yet."))
        self.file.setText(self._file_name)
        self.bar.setAccessibleName(self.tr("How much of the file is read"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """The bar in the accent colour, as clear in light as in dark."""
        palette = self.bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(theme.colors_in_use(palette).accent))
        self.bar.setPalette(palette)

    def set_fraction(self, fraction: float) -> None:
        self.bar.setValue(round(min(max(fraction, 0.0), 1.0) * 1000))

    def reject(self) -> None:
        """Cancel, Esc or closing the window: the read stops."""
        self.cancelled.emit()
        super().reject()


class StepsPreviewDialog(PreviewDialog):
    """What the import will do, in the words the command line uses; Import or Cancel."""

    def __init__(self, plan: StepsPlan, into: str, file_name: str, parent: QWidget | None = None):
        super().__init__(plan.changes, 12, parent)
        self.setObjectName("steps_preview_dialog")
        self._plan, self._into, self._file_name = plan, into, file_name
        self.preview.setObjectName("steps_preview")
        self.retranslate_ui()

    @classmethod
    def ask(cls, plan: StepsPlan, into: str, file_name: str, parent: QWidget | None = None) -> bool:
        """Show the dialog modally; True when Import was chosen (the seam tests replace)."""
        dialog = cls(plan, into, file_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted and plan.changes

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import steps"))
        self.source.setText(self.tr("From {file}").format(file=self._file_name))
        self.preview.setText("\n".join(steps_words.preview_lines(self._plan, self._into)))
        self.preview.setAccessibleName(self.tr("What the import will do"))
        if self._plan.changes:
            self.reassurance.setText(self.tr("Nothing is written until you choose Import."))
            if self.import_button is not None:
                self.import_button.setText(self.tr("&Import"))
        self.reassurance.setVisible(self._plan.changes)  # the preview says "already here"
