"""The first start: what Pause is for, one line of what it is not with the rest of
docs/PACING.md's disclaimer one click away ("Safety notes"), and a first activity in one step.
Skipping is fine. The words scroll, so Start and Skip stay on the screen at any text size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import validation
from pause_app.core.model import Activity, Moment, NewActivity
from pause_app.core.validation import Field, ValidationError
from pause_app.storage.store import Store
from pause_app.text import wording
from pause_app.ui.widgets import fit
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

MINIMUM_WIDTH = 560
WIDTH_IN_CHARACTERS = 60  # lines of about this length, at any text size, as the screen allows


class FirstRunDialog(fit.FitsWhenShown, Retranslating, QDialog):
    def __init__(
        self, store: Store, clock: Callable[[], Moment], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self._store, self._clock = store, clock
        self.added: Activity | None = None
        self.heading = role_label("heading", wrap=False)
        self.intro = role_label()
        self.caution = role_label()  # the disclaimer's first line, always in view
        self.safety_button = QPushButton()  # the rest of it, one click away
        self.safety_button.setObjectName("safety_notes")
        self.safety_button.setCheckable(True)
        self.safety_button.toggled.connect(self._on_safety_toggled)
        self.disclaimer = role_label(hidden=True)  # when to stop, whom to call: plain text
        self.first = role_label("subheading", wrap=False)
        self.name = QLineEdit()
        self.target = QLineEdit()
        self.error = role_label("field_error", hidden=True)
        # Each label over its field, as wide as the fields: a long Dutch label wraps only
        # where the dialog is narrow (a form layout would wrap it at half the width).
        self.form = QVBoxLayout()
        self.form.setSpacing(4)
        self.name_label, self.target_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.target_label.setBuddy(self.target)
        for label, field in ((self.name_label, self.name), (self.target_label, self.target)):
            if label is self.target_label:
                self.form.addSpacing(8)
            self.form.addWidget(label)
            self.form.addWidget(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setProperty("role", "primary")
        self.skip_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_start)
        self.buttons.rejected.connect(self.reject)
        self.target.textEdited.connect(lambda _text: self.error.hide())
        words = QWidget()
        column = self.words_column = QVBoxLayout(words)
        column.setContentsMargins(28, 24, 28, 8)
        column.setSpacing(12)
        safety_row = QHBoxLayout()
        safety_row.addWidget(self.safety_button)
        safety_row.addStretch(1)
        for widget in (self.heading, self.intro, self.caution):
            column.addWidget(widget)
        column.addLayout(safety_row)
        column.addWidget(self.disclaimer)
        column.addWidget(self.first)
        column.addLayout(self.form)
        column.addWidget(self.error)
        column.addStretch(1)
        self.words_area = QScrollArea()
        self.words_area.setObjectName("welcome_words")
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        self.words_area.setWidget(words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.words_area, 1)
        buttons_row = QHBoxLayout()
        buttons_row.setContentsMargins(28, 12, 28, 20)
        buttons_row.addWidget(self.buttons)
        layout.addLayout(buttons_row)
        self.name_label.setWordWrap(True)
        self.target_label.setWordWrap(True)
        self.setMinimumWidth(MINIMUM_WIDTH)
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
        """Tall enough for the words (Qt does not size a window by its height for width), no
        taller than the screen (the words scroll instead), in the middle of the main window."""
        super().showEvent(event)
        self._fit()
        fit.centre_on(self, self.parentWidget())

    def _fit(self) -> None:
        room = fit.available(self)
        room_width = room.width() - 2 * fit.MARGIN
        self.setMinimumWidth(min(MINIMUM_WIDTH, room_width))
        line = WIDTH_IN_CHARACTERS * self.fontMetrics().averageCharWidth() + 56  # the margins
        width = min(max(self.width(), MINIMUM_WIDTH, line), room_width)
        buttons = self.buttons.sizeHint().height() + 32
        margins = self.words_column.contentsMargins()
        scroll_bar = self.words_area.verticalScrollBar().sizeHint().width()
        words = self.words_column.heightForWidth(width - scroll_bar) + margins.bottom()
        room_height = room.height() - 2 * fit.MARGIN - 40  # the title bar
        height = min(max(self.height(), words + buttons), room_height)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def _on_safety_toggled(self, shown: bool) -> None:
        self.disclaimer.setVisible(shown)
        self.safety_button.setText(self._safety_words(shown))
        if shown and self.isVisible():
            self._fit()
            fit.fit_on_screen(self)
            self.words_area.ensureWidgetVisible(self.disclaimer)

    def _safety_words(self, shown: bool) -> str:
        return ("▾ " if shown else "▸ ") + self.tr("Safety notes")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Pause"))
        self.heading.setText(self.tr("Welcome"))
        self.words_area.setAccessibleName(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "Pause helps you stop, breathe and feel safe for a moment, and grow what you can "
                "do in tiny steps, only when it is safe. Rest counts as progress here."
            )
        )
        caution, *rest = wording.disclaimer().split("\n\n")
        self.caution.setText(caution)
        self.disclaimer.setText("\n\n".join(rest))
        self.safety_button.setText(self._safety_words(self.safety_button.isChecked()))
        self.safety_button.setAccessibleName(self.tr("Safety notes"))
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
