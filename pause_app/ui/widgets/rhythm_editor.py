"""The user's own breathing rhythm, as the Breathe page and the settings both show it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QWidget

from pause_app.core.breathing import BREATH_LIMITS_S, HOLD_LIMITS_S, Pattern
from pause_app.ui.widgets.blocking import signals_blocked
from pause_app.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate


class RhythmEditor(Retranslating, QWidget):
    """Four spin boxes in seconds: in and its hold, then out and its hold.

    Each allows only what a rhythm may have (``core/breathing.py``), so a wrong value cannot
    be typed. ``edited`` says the person changed a part; ``show_rhythm`` says nothing.
    """

    edited = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int | None = None,
        make_label: Callable[[], QLabel] = QLabel,
        keep_on_enter: bool = False,
    ) -> None:
        """``keep_on_enter``: a typed value counts on Enter or when the box is left, not at
        every keystroke. ``spacing`` (between the columns) and ``make_label`` let the
        settings form keep its own look."""
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        if spacing is not None:
            grid.setHorizontalSpacing(spacing)
        self.parts: list[QDoubleSpinBox] = []
        self.labels: list[QLabel] = []
        limits = (BREATH_LIMITS_S, HOLD_LIMITS_S, BREATH_LIMITS_S, HOLD_LIMITS_S)
        for index, (low, high) in enumerate(limits):
            label, spin = make_label(), QDoubleSpinBox()
            spin.setRange(low, high)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setKeyboardTracking(not keep_on_enter)
            label.setBuddy(spin)
            spin.valueChanged.connect(self._on_part_changed)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(spin, row, column * 2 + 1)
            self.labels.append(label)
            self.parts.append(spin)
        grid.setColumnStretch(4, 1)
        self.retranslate_ui()

    def text(self) -> str:
        """The rhythm as the ``breathing.custom`` setting keeps it: "4,0,6,0"."""
        return ",".join(f"{spin.value():g}" for spin in self.parts)

    def show_rhythm(self, pattern: Pattern) -> None:
        """Show a rhythm without saying ``edited``. A part that already shows its value is
        left alone, so a reload while someone types ("7" on the way to "7.5") keeps the
        typing as it is."""
        values = (pattern.inhale_ms, pattern.hold_in_ms, pattern.exhale_ms, pattern.hold_out_ms)
        with signals_blocked(*self.parts):
            for spin, ms in zip(self.parts, values, strict=True):
                if spin.value() != ms / 1000:
                    spin.setValue(ms / 1000)

    def retranslate_ui(self) -> None:
        # The words of the Breathe page, where this editor was first: its Dutch still matches.
        for label, text in zip(
            self.labels,
            (
                translate("BreatheControls", "In"),
                translate("BreatheControls", "Hold"),
                translate("BreatheControls", "Out"),
                translate("BreatheControls", "Hold"),
            ),
            strict=True,
        ):
            label.setText(text)
        # Two parts are both "Hold" on screen: a screen reader hears which hold it is.
        for spin, name in zip(
            self.parts,
            (
                translate("BreatheControls", "Breathing in, seconds"),
                translate("BreatheControls", "Hold after breathing in, seconds"),
                translate("BreatheControls", "Breathing out, seconds"),
                translate("BreatheControls", "Hold after breathing out, seconds"),
            ),
            strict=True,
        ):
            spin.setSuffix(translate("BreatheControls", " s"))
            spin.setAccessibleName(name)

    def _on_part_changed(self, _value: float) -> None:
        self.edited.emit()
