"""The Breathe part of the window: the introduction with its start buttons, and the
exercise itself, one at a time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.breathing import (
    BREATH_LIMITS_S,
    DEFAULT_PATTERN,
    HOLD_LIMITS_S,
    PRESETS,
    Pattern,
)
from pause_app.core.exercise import (
    MAX_SESSION_MINUTES,
    SESSION_MINUTES,
    Plan,
    breathing_plan,
    pause_plan,
)
from pause_app.core.model import Moment, NewSession
from pause_app.core.settings import custom_pattern
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage.store import Store
from pause_app.ui.breathe.exercise_view import ExerciseView
from pause_app.ui.breathe.page import BreathePage
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.retranslating import Retranslating

CUSTOM = 0  # the length combo's "custom" entry
CUSTOM_PATTERN = "custom"
translate = QCoreApplication.translate


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
        self.pause_minutes = QComboBox()
        self.pattern = QComboBox()
        # Long pattern names must not widen the page (Dutch ones are longer): shrink to fit.
        self.pattern.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pattern.setMinimumContentsLength(18)
        self.custom_row = QWidget()
        custom_layout = QGridLayout(self.custom_row)  # in and its hold, then out and its hold
        custom_layout.setContentsMargins(0, 0, 0, 0)
        self.custom_parts: list[QDoubleSpinBox] = []
        self.custom_labels: list[QLabel] = []
        limits = (BREATH_LIMITS_S, HOLD_LIMITS_S, BREATH_LIMITS_S, HOLD_LIMITS_S)
        for index, (low, high) in enumerate(limits):
            label, spin = QLabel(), QDoubleSpinBox()
            spin.setRange(low, high)  # the allowed range: a wrong value cannot be typed
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            label.setBuddy(spin)
            spin.valueChanged.connect(self._on_custom_changed)
            row, column = divmod(index, 2)
            custom_layout.addWidget(label, row, column * 2)
            custom_layout.addWidget(spin, row, column * 2 + 1)
            self.custom_labels.append(label)
            self.custom_parts.append(spin)
        custom_layout.setColumnStretch(4, 1)
        self.length = QComboBox()
        self.custom_minutes = QSpinBox()
        self.custom_minutes.setRange(1, MAX_SESSION_MINUTES)
        self.start_breathing = QPushButton()
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.caution.setProperty("role", "muted")
        self.sound = QCheckBox()
        self.sound_note = QLabel()
        self.sound_note.setProperty("role", "muted")
        self.sound_note.setWordWrap(True)
        self.sound_note.hide()

        pause_row = QHBoxLayout()
        pause_row.addWidget(self.start_pause)
        pause_row.addWidget(self.pause_minutes)
        pause_row.addStretch(1)
        self.session_heading = QLabel()
        self.session_heading.setProperty("role", "subheading")
        form = QFormLayout()
        self.pattern_label, self.length_label = QLabel(), QLabel()
        self.pattern_label.setBuddy(self.pattern)
        self.length_label.setBuddy(self.length)
        length_row = QHBoxLayout()
        length_row.addWidget(self.length)
        length_row.addWidget(self.custom_minutes)
        length_row.addStretch(1)
        form.addRow(self.pattern_label, self.pattern)
        form.addRow("", self.custom_row)
        form.addRow(self.length_label, length_row)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_breathing)
        start_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(pause_row)
        layout.addSpacing(6)
        layout.addWidget(self.session_heading)
        layout.addLayout(form)
        layout.addWidget(self.caution)
        layout.addLayout(start_row)
        layout.addSpacing(6)
        layout.addWidget(self.sound)
        layout.addWidget(self.sound_note)

        self.start_pause.clicked.connect(self.pause_requested)
        self.start_breathing.clicked.connect(self._on_start_breathing)
        self.pattern.currentIndexChanged.connect(self._on_pattern_changed)
        self.length.currentIndexChanged.connect(self._on_length_changed)
        self.pause_minutes.currentIndexChanged.connect(self._on_pause_minutes_changed)
        self.sound.toggled.connect(
            lambda on: self._settings.set("sound.enabled", "true" if on else "false")
        )
        self.retranslate_ui()
        self.load_settings()

    def retranslate_ui(self) -> None:
        names = {
            "calm": self.tr("Calm: in 4, out 6 (6 breaths a minute)"),
            "resonance": self.tr("Resonance: in 5.5, out 5.5"),
            "gentle": self.tr("Gentle start: in 3, out 4"),
            "sigh": self.tr("Sigh: in 2 and a little more, out 6"),
            "box": self.tr("Box: 4, hold 4, 4, hold 4 (holds the breath)"),
            "4-7-8": self.tr("4-7-8: in 4, hold 7, out 8 (holds the breath)"),
            CUSTOM_PATTERN: self.tr("Your own rhythm"),
        }
        with _quiet(self.pattern, self.length, self.pause_minutes):
            self.pattern.clear()
            for key in (*PRESETS, CUSTOM_PATTERN):
                self.pattern.addItem(names[key], key)
            self.length.clear()
            for minutes in SESSION_MINUTES:
                self.length.addItem(self.tr("%n minute(s)", "", minutes), minutes)
            self.length.addItem(self.tr("Another length"), CUSTOM)
            self.pause_minutes.clear()
            for minutes in (1, 2, 5):
                self.pause_minutes.addItem(
                    self.tr("with %n minute(s) of breathing", "", minutes), minutes
                )
        self.start_pause.setText(self.tr("Start a pause"))
        self.session_heading.setText(self.tr("Breathe a while"))
        self.pattern_label.setText(self.tr("&Pattern"))
        self.length_label.setText(self.tr("&Length"))
        self.custom_minutes.setSuffix(self.tr(" min"))
        for label, text in zip(
            self.custom_labels,
            (self.tr("In"), self.tr("Hold"), self.tr("Out"), self.tr("Hold")),
            strict=True,
        ):
            label.setText(text)
        for spin in self.custom_parts:
            spin.setSuffix(self.tr(" s"))
        self.start_breathing.setText(self.tr("Start breathing"))
        self.sound.setText(self.tr("Soft sound cues for in and out (off unless you turn them on)"))
        self.sound_note.setText(
            self.tr("Sound is not available on this computer; the guide works without it.")
        )
        self.load_settings()

    def load_settings(self) -> None:
        with _quiet(self.pattern, self.length, self.pause_minutes, self.sound):
            _select(self.pattern, self._settings.get("breathing.pattern"))
            minutes = int(self._settings.get("breathing.session_minutes"))
            if minutes in SESSION_MINUTES:
                _select(self.length, minutes)
            else:
                _select(self.length, CUSTOM)
            self.custom_minutes.setValue(minutes)
            _select(self.pause_minutes, int(self._settings.get("breathing.pause_minutes")))
            self.sound.setChecked(bool(self._settings.get("sound.enabled")))
        custom = pattern_named(CUSTOM_PATTERN, self._settings)
        values = (custom.inhale_ms, custom.hold_in_ms, custom.exhale_ms, custom.hold_out_ms)
        with _quiet(*self.custom_parts):
            for spin, ms in zip(self.custom_parts, values, strict=True):
                spin.setValue(ms / 1000)
        self.custom_row.setVisible(self.chosen_pattern() == CUSTOM_PATTERN)
        self.custom_minutes.setVisible(self.length.currentData() == CUSTOM)
        self._show_caution()

    def sound_unavailable(self) -> None:
        self.sound.setEnabled(False)
        self.sound_note.show()

    def chosen_pattern(self) -> str:
        return str(self.pattern.currentData())

    def chosen_minutes(self) -> int:
        data = self.length.currentData()
        return self.custom_minutes.value() if data == CUSTOM else int(data)

    def _on_pattern_changed(self) -> None:
        self._settings.set("breathing.pattern", self.chosen_pattern())
        self.custom_row.setVisible(self.chosen_pattern() == CUSTOM_PATTERN)
        self._show_caution()

    def _on_custom_changed(self) -> None:
        text = ",".join(f"{spin.value():g}" for spin in self.custom_parts)
        self._settings.set("breathing.custom", text)
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
        text = caution_for(pattern_named(chosen, self._settings)) if self.pattern.count() else ""
        self.caution.setText(text)
        self.caution.setVisible(bool(text))


def pattern_named(name: str, settings: SettingsWatcher) -> Pattern:
    """A preset, or the user's own rhythm as saved in ``breathing.custom``."""
    if name == CUSTOM_PATTERN:
        return custom_pattern(str(settings.get("breathing.custom")))
    return PRESETS[name]


def caution_for(pattern: Pattern) -> str:
    """The one caution line for patterns that hold the breath."""
    if not pattern.has_holds:
        return ""
    line = translate(
        "Caution",
        "This pattern holds the breath. If it feels uncomfortable, stop and breathe normally.",
    )
    if pattern.max_cycles is not None:  # only 4-7-8, whose limit is four: always plural
        line += " " + translate("Caution", "It stops after at most {count} breaths.").format(
            count=pattern.max_cycles
        )
    return line


class _quiet:
    """Change combo boxes without their change signals firing."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets

    def __enter__(self) -> None:
        for widget in self._widgets:
            widget.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        for widget in self._widgets:
            widget.blockSignals(False)


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


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


class BreatheArea(QStackedWidget):
    """The introduction, or the exercise while one runs."""

    session_stored = Signal()

    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        settings: SettingsWatcher,
        cues: Cues,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathe_area")
        self._store = store
        self._settings = settings
        self._reduced_motion = False
        self.controls = BreatheControls(settings)
        self.intro = BreathePage(store, clock, self.controls)
        self.exercise = ExerciseView(monotonic, clock, cues)
        self.addWidget(self.intro)
        self.addWidget(self.exercise)
        self.controls.pause_requested.connect(lambda: self.start_pause())
        self.controls.breathing_requested.connect(self.start_breathing)
        self.exercise.session_ended.connect(self._on_session_ended)
        self.exercise.closed.connect(self._on_exercise_closed)
        self.exercise.focus_toggled.connect(self.toggle_focus_view)
        cues.unavailable.connect(self.controls.sound_unavailable)
        self.focus_window = FocusWindow(self)
        self.focus_window.left.connect(self._leave_focus_view)
        self.in_focus_view = False

    def toggle_focus_view(self) -> None:
        """Move the running exercise into a calm full-screen window, or back."""
        if self.in_focus_view:
            self.focus_window.close()  # closeEvent hands the view back
            return
        if not self.exercise.is_running():
            return
        self.in_focus_view = True
        self.removeWidget(self.exercise)
        self.focus_window.take(self.exercise)
        self.exercise.in_focus_view = True
        self.focus_window.showFullScreen()
        self.focus_window.fade = theme.fade_in(self.focus_window, self.reduced_motion)
        self.focus_window.activateWindow()  # so Space, Esc and Enter reach it at once
        self.exercise.setFocus()

    def _leave_focus_view(self) -> None:
        if not self.in_focus_view:
            return
        self.in_focus_view = False
        self.exercise.in_focus_view = False
        self.focus_window.give_back(self.exercise)
        self.insertWidget(1, self.exercise)
        self.setCurrentWidget(self.exercise if self.exercise.is_running() else self.intro)
        if self.exercise.is_running():
            self.window().activateWindow()
            self.exercise.setFocus()

    def _on_exercise_closed(self) -> None:
        if self.in_focus_view:
            self.focus_window.close()
        self.setCurrentWidget(self.intro)

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, reduced: bool) -> None:
        """Takes effect at once, also in an exercise already running."""
        self._reduced_motion = reduced
        self.exercise.guide.reduced_motion = reduced
        self.exercise.guide.update()

    def start_pause(self, minutes: float | None = None) -> None:
        chosen_pattern = pattern_named(str(self._settings.get("breathing.pattern")), self._settings)
        # A pause never holds the breath: patterns with holds were chosen for a session.
        pattern = PRESETS[DEFAULT_PATTERN] if chosen_pattern.opt_in else chosen_pattern
        chosen = minutes or int(self._settings.get("breathing.pause_minutes"))
        self._start(pause_plan(pattern, chosen), pattern)

    def start_breathing(
        self, pattern_name: str | None = None, minutes: float | None = None
    ) -> None:
        name = pattern_name or str(self._settings.get("breathing.pattern"))
        pattern = pattern_named(name, self._settings)
        chosen = minutes or int(self._settings.get("breathing.session_minutes"))
        self._start(breathing_plan(pattern, chosen), pattern)

    def _start(self, plan: Plan, pattern: Pattern) -> None:
        self.exercise.start(plan, self.reduced_motion, caution_for(pattern))
        if not self.in_focus_view:
            self.setCurrentWidget(self.exercise)

    def _on_session_ended(self, session: NewSession, started: Moment) -> None:
        self._store.sessions.add(session, started)
        self.intro.refresh()
        self.session_stored.emit()
