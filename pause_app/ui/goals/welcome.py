"""The first start: what Pause is for, what it is not (docs/PACING.md's disclaimer), and a
first activity in one step. Skipping is fine."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import validation
from pause_app.core.model import Activity, Moment, NewActivity
from pause_app.core.validation import Field, ValidationError
from pause_app.storage.store import Store
from pause_app.text import wording
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating


class FirstRunDialog(Retranslating, QDialog):
    def __init__(
        self, store: Store, clock: Callable[[], Moment], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self._store, self._clock = store, clock
        self.added: Activity | None = None
        self.heading = role_label("heading", wrap=False)
        self.intro = role_label()
        self.disclaimer = role_label("muted")
        self.first = role_label("subheading", wrap=False)
        self.name = QLineEdit()
        self.target = QLineEdit()
        self.error = role_label("field_error", hidden=True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long Dutch labels
        self.name_label, self.target_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.target_label.setBuddy(self.target)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.target_label, self.target)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setProperty("role", "primary")
        self.skip_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_start)
        self.buttons.rejected.connect(self.reject)
        self.target.textEdited.connect(lambda _text: self.error.hide())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        for widget in (self.heading, self.intro, self.disclaimer, self.first):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.target.setFocus()

    @classmethod
    def offer(
        cls,
        store: Store,
        clock: Callable[[], Moment],
        parent: QWidget,
        done: Callable[[Activity | None], None],
    ) -> None:
        """Show it over the window without blocking (no nested event loop at start-up);
        ``done`` hears the first activity, or None when skipped (the test seam)."""
        dialog = cls(store, clock, parent)

        def on_finished(_result: int) -> None:
            done(dialog.added)
            dialog.deleteLater()

        dialog.finished.connect(on_finished)
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the wrapped text: Qt does not size a window by its height for
        width, so the disclaimer was cut off at the top and bottom."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            needed = layout.heightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Pause"))
        self.heading.setText(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "Pause helps you stop, breathe and feel safe for a moment, and grow what you can "
                "do in tiny steps, only when it is safe. Rest counts as progress here."
            )
        )
        self.disclaimer.setText(wording.disclaimer())
        self.first.setText(self.tr("A first small step"))
        if not self.name.text():
            self.name.setText(self.tr("Steps inside"))
        self.name_label.setText(self.tr("&Activity"))
        self.target_label.setText(self.tr("&Steps you can walk now, on an ordinary day"))
        self.target.setPlaceholderText(self.tr("for example 50"))
        self.start_button.setText(self.tr("Start"))
        self.skip_button.setText(self.tr("Skip for now"))

    def _on_start(self) -> None:
        try:
            name = validation.clean_name(self.name.text())
            target = validation.parse_amount(self.target.text(), Field.TARGET)
            self.added = self._store.activities.add(
                NewActivity(name, self.tr("steps"), target), self._clock()
            )
        except ValidationError as error:
            self.error.setText(wording.validation_message(error))
            self.error.show()
            return
        self.accept()
