"""The way to start on the Breathe page: a pause, or a while of breathing with a pattern and a
length of one's choosing. What is chosen is kept in the settings, and changes made elsewhere
(the settings dialog, ``pause-app config set``) show here at once.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.breathing import CUSTOM_PATTERN, PAUSE_BREATHING_MINUTES, SESSION_MINUTES
from pause_app.core.settings import SPECS
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.text.patterns import caution_for, pattern_named, pattern_names
from pause_app.ui.widgets.blocking import signals_blocked
from pause_app.ui.widgets.combo import ShrinkingCombo
from pause_app.ui.widgets.flow import FlowLayout
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:  # built, and imported, the first time "Your own rhythm" is chosen
    from pause_app.ui.widgets.rhythm_editor import RhythmEditor

CUSTOM = 0  # the length combo's "custom" entry


class CheckWords(QLabel):
    """A check box's words, wrapping where a check box's own words cannot (they would widen
    the page at large text). A click on them toggles the box, as on the box's own words; the
    box carries the same words as its accessible name, and keeps the focus."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside and self._box.isEnabled():
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.click()
        super().mouseReleaseEvent(event)


class BreatheControls(Retranslating, QFrame):
    """Start a pause, or breathe a while with a pattern and a length of one's choosing."""

    pause_requested = Signal()
    breathing_requested = Signal(str, int)  # pattern name, minutes

    def __init__(self, settings: SettingsWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._settings = settings
        self.start_pause = QPushButton()
        self.start_pause.setProperty("role", "primary")
        # Long choices must not widen the page (Dutch ones are longer, text may be large).
        self.pause_minutes = ShrinkingCombo()
        self.pattern = ShrinkingCombo()
        # The user's own rhythm (four spin boxes) is made the first time it is chosen, in
        # this place: most never choose it, and each start had it to make and style.
        self._custom_row: RhythmEditor | None = None
        self._custom_place = QWidget()
        QVBoxLayout(self._custom_place).setContentsMargins(0, 0, 0, 0)
        self._custom_place.hide()
        self.length = QComboBox()
        self.custom_minutes = QSpinBox()
        # What the setting allows, nothing more.
        self.custom_minutes.setRange(*SPECS["breathing.session_minutes"].limits())
        self.start_breathing = QPushButton()
        self.caution = role_label("muted")
        self.sound = QCheckBox()
        self.sound_words = CheckWords(self.sound)
        self.sound_note = role_label("muted", hidden=True)

        # First the pause, the main thing; under a line, breathing a while, the quieter second.
        # The rows wrap rather than scroll sideways when room is short.
        pause_row = FlowLayout(spacing=8)
        pause_row.addWidget(self.start_pause)
        # A visible label: over AT-SPI a drop-down's name is its label, never one set on it.
        self.pause_minutes_label = role_label("muted", wrap=False)
        self.pause_minutes_label.setBuddy(self.pause_minutes)
        pause_row.addWidget(self.pause_minutes_label)
        pause_row.addWidget(self.pause_minutes)
        self.between = QFrame()
        self.between.setFrameShape(QFrame.Shape.HLine)
        self.between.setFrameShadow(QFrame.Shadow.Plain)
        self.between.setForegroundRole(QPalette.ColorRole.Mid)  # a soft line, not a border
        self.session_heading = role_label("subheading", wrap=False)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # field under its label
        self.pattern_label, self.length_label = QLabel(), QLabel()
        self.pattern_label.setBuddy(self.pattern)
        self.length_label.setBuddy(self.length)
        length_row = FlowLayout(spacing=8)
        length_row.addWidget(self.length)
        length_row.addWidget(self.custom_minutes)
        form.addRow(self.pattern_label, self.pattern)
        form.addRow("", self._custom_place)
        form.addRow(self.length_label, length_row)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_breathing)
        start_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(pause_row)
        layout.addSpacing(6)
        layout.addWidget(self.between)
        layout.addSpacing(2)
        layout.addWidget(self.session_heading)
        layout.addLayout(form)
        layout.addWidget(self.caution)
        layout.addLayout(start_row)
        layout.addSpacing(6)
        sound_row = QHBoxLayout()
        sound_row.setSpacing(6)
        sound_row.addWidget(self.sound, 0, Qt.AlignmentFlag.AlignTop)
        sound_row.addWidget(self.sound_words, 1)
        layout.addLayout(sound_row)
        layout.addWidget(self.sound_note)

        self.start_pause.clicked.connect(self.pause_requested)
        self.start_breathing.clicked.connect(self._on_start_breathing)
        self.pattern.currentIndexChanged.connect(self._on_pattern_changed)
        self.length.currentIndexChanged.connect(self._on_length_changed)
        self.pause_minutes.currentIndexChanged.connect(self._on_pause_minutes_changed)
        self.sound.toggled.connect(
            lambda on: self._settings.set("sound.enabled", "true" if on else "false")
        )
        settings.settings_changed.connect(self._on_settings_changed)
        self.retranslate_ui()  # which shows what the settings hold, too

    def retranslate_ui(self) -> None:
        with signals_blocked(self.pattern, self.length, self.pause_minutes):
            self.pattern.clear()
            for key, name in pattern_names().items():
                self.pattern.addItem(name, key)
            self.length.clear()
            for minutes in SESSION_MINUTES:
                self.length.addItem(self.tr("%n minute(s)", "", minutes), minutes)
            self.length.addItem(self.tr("Another length"), CUSTOM)
            self.pause_minutes.clear()
            for minutes in PAUSE_BREATHING_MINUTES:
                self.pause_minutes.addItem(
                    self.tr("with %n minute(s) of breathing", "", minutes), minutes
                )
        self.start_pause.setText(self.tr("Start a pause"))
        self.pause_minutes.setAccessibleName(self.tr("Breathing in the pause"))
        self.pause_minutes_label.setText(self.pause_minutes.accessibleName())
        # On Linux a drop-down's name is its value: the description says what it chooses.
        self.pause_minutes.setAccessibleDescription(self.pause_minutes.accessibleName())
        self.session_heading.setText(self.tr("Or breathe a while"))
        self.custom_minutes.setAccessibleName(self.tr("Minutes of breathing"))
        self.pattern_label.setText(self.tr("&Pattern"))
        self.length_label.setText(self.tr("&Length"))
        self.custom_minutes.setSuffix(self.tr(" min"))
        self.start_breathing.setText(self.tr("Start breathing"))
        words = self.tr("Soft sound cues for in and out (off unless you turn them on)")
        self.sound_words.setText(words)
        self.sound.setAccessibleName(words)
        self.sound_note.setText(
            self.tr("Sound is not available on this computer; the guide works without it.")
        )
        self.load_settings()

    def load_settings(self) -> None:
        """Show what the settings hold, writing nothing back."""
        with signals_blocked(self.pattern, self.length, self.pause_minutes, self.sound):
            _select(self.pattern, self._settings.get("breathing.pattern"))
            minutes = int(self._settings.get("breathing.session_minutes"))
            if minutes in SESSION_MINUTES:
                _select(self.length, minutes)
            else:
                _select(self.length, CUSTOM)
            self.custom_minutes.setValue(minutes)
            _select(self.pause_minutes, int(self._settings.get("breathing.pause_minutes")))
            self.sound.setChecked(bool(self._settings.get("sound.enabled")))
        self._show_custom_row()
        self.custom_minutes.setVisible(self.length.currentData() == CUSTOM)
        self._show_caution()

    @property
    def custom_row(self) -> RhythmEditor:
        """The user's own rhythm, made the first time it is wanted, in its place (which
        alone is shown or hidden)."""
        return self._custom_row if self._custom_row is not None else self._make_custom_row()

    def _make_custom_row(self) -> RhythmEditor:
        from pause_app.ui.widgets.rhythm_editor import RhythmEditor

        editor = RhythmEditor(self._custom_place)  # never a window of its own
        editor.edited.connect(self._on_custom_changed)
        layout = self._custom_place.layout()
        assert layout is not None
        layout.addWidget(editor)
        editor.show()  # with its place: a child made after it was shown waits for this
        # Made after the rest, it would come last for Tab: after the pattern it comes.
        for first, second in pairwise([self.pattern, *editor.parts]):
            QWidget.setTabOrder(first, second)
        self._custom_row = editor
        self._show_rhythm()
        return editor

    def _show_rhythm(self) -> None:
        if self._custom_row is not None:
            self._custom_row.show_rhythm(pattern_named(CUSTOM_PATTERN, self._custom_text()))

    def _show_custom_row(self) -> None:
        """The own rhythm's boxes where it is chosen, made the first time (custom_row)."""
        shown = self.chosen_pattern() == CUSTOM_PATTERN
        if shown and self._custom_row is None:
            self._make_custom_row()  # which shows the rhythm
        else:
            self._show_rhythm()
        self._custom_place.setVisible(shown)

    def sound_unavailable(self) -> None:
        self.sound.setEnabled(False)
        self.sound_words.setEnabled(False)
        self.sound_note.show()

    def chosen_pattern(self) -> str:
        return str(self.pattern.currentData())

    def chosen_minutes(self) -> int:
        data = self.length.currentData()
        return self.custom_minutes.value() if data == CUSTOM else int(data)

    def _custom_text(self) -> str:
        return str(self._settings.get("breathing.custom"))

    def _on_settings_changed(self, _loaded: object) -> None:
        self.load_settings()

    def _on_pattern_changed(self) -> None:
        self._settings.set("breathing.pattern", self.chosen_pattern())
        self._show_custom_row()
        self._show_caution()

    def _on_custom_changed(self) -> None:
        self._settings.set("breathing.custom", self.custom_row.text())
        self._show_caution()

    def _on_length_changed(self) -> None:
        self.custom_minutes.setVisible(self.length.currentData() == CUSTOM)
        if self.length.currentData() != CUSTOM:
            self._settings.set("breathing.session_minutes", str(self.chosen_minutes()))

    def _on_pause_minutes_changed(self) -> None:
        self._settings.set("breathing.pause_minutes", str(self.pause_minutes.currentData()))

    def _on_start_breathing(self) -> None:
        minutes = self.chosen_minutes()
        self._settings.set("breathing.session_minutes", str(minutes))
        self.breathing_requested.emit(self.chosen_pattern(), minutes)

    def _show_caution(self) -> None:
        chosen = self.chosen_pattern()
        text = (
            caution_for(pattern_named(chosen, self._custom_text())) if self.pattern.count() else ""
        )
        self.caution.setText(text)
        self.caution.setVisible(bool(text))


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
