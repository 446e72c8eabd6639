"""Settings: reminders, breathing, sound, look and language, and starting at login.

Every change is kept at once (there is no Save button): each field writes its own key
through the settings object, which checks it. A value that cannot be used gets a calm line
next to its field and nothing is stored. Text is kept when Enter is pressed or the field is
left, never on every keystroke. The dialog follows changes made elsewhere (the Breathe page,
``pause-app config set``) and the language, live.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.breathing import BREATH_LIMITS_S, HOLD_LIMITS_S, PRESETS
from pause_app.core.exercise import MAX_SESSION_MINUTES, PAUSE_BREATHING_MINUTES
from pause_app.core.settings import SPECS, SettingError, custom_pattern, format_value
from pause_app.ui.breathe.area import CUSTOM_PATTERN, caution_for, pattern_named
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate

Value = bool | int | str

# The theme styles no tabs, and Fusion's current tab hardly stands out in the dark colours: a
# calm underline in the accent colour says where one is. palette() follows the theme.
TAB_STYLE = """
QTabBar::tab {
    padding: 7px 12px; margin-right: 4px; border: none;
    border-bottom: 3px solid transparent; color: palette(window-text);
}
QTabBar::tab:selected { border-bottom-color: palette(link); }
QTabBar::tab:hover:!selected { border-bottom-color: palette(mid); }
"""


class SettingsLike(Protocol):
    """What the dialog needs of the settings (``SettingsWatcher``): ``set`` checks and
    stores one value, raising SettingError (and then storing nothing) or OSError. When the
    object also has a ``settings_changed`` signal, the dialog follows it."""

    def get(self, key: str) -> Value: ...

    def set(self, key: str, text: str) -> None: ...


class AutostartLike(Protocol):
    """Starting Pause at login (``ui/autostart.py``); ``set_enabled`` raises OSError."""

    def enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None: ...


@dataclass
class _Field:
    """One setting and the widgets that show it."""

    key: str
    widgets: tuple[QWidget, ...]  # enabled together, quiet together while loading
    error: QLabel
    read: Callable[[], str]  # the widgets -> the text to store
    show: Callable[[Value], None]  # a stored value -> the widgets
    typed: QLineEdit | None = None  # a text field: unsaved typing is kept on a reload


def _minutes_range(key: str, low: int, high: int) -> tuple[int, int]:
    spec = SPECS.get(key)
    if spec is None or spec.minimum is None or spec.maximum is None:
        return low, high
    return spec.minimum, spec.maximum


class SettingsDialog(Retranslating, QDialog):
    """Non-modal and one of a kind: open it with ``open_for``."""

    REMINDERS, BREATHING, SOUND, LOOK, START = range(5)

    def __init__(
        self,
        settings: SettingsLike,
        autostart: AutostartLike | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._settings = settings
        self._autostart = autostart
        self._sound_available = True
        self._fields: dict[str, _Field] = {}
        self._shown: dict[str, Value] = {}  # what each field showed when last loaded
        self._messages: dict[str, Callable[[], str]] = {}  # retranslated with the rest
        self._known: set[str] = set()  # keys the settings know (older ones may lack some)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(TAB_STYLE)
        self.tabs.addTab(self._reminders_page(), "")
        self.tabs.addTab(self._breathing_page(), "")
        self.tabs.addTab(self._sound_page(), "")
        self.tabs.addTab(self._look_page(), "")
        self.tabs.addTab(self._start_page(), "")

        self.saved_note = role_label("muted", wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter keeps what was typed in a field; it must not close the dialog as well.
        self.close_button.setAutoDefault(False)
        self.close_button.setDefault(False)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_note, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        changed = getattr(settings, "settings_changed", None)
        if changed is not None:
            changed.connect(self._on_settings_changed)
        self.retranslate_ui()
        self.load()
        self.resize(660, 460)  # room for the longer Dutch labels

    # --- opening -----------------------------------------------------------------------

    @classmethod
    def open_for(
        cls,
        parent: QWidget,
        settings: SettingsLike,
        autostart: AutostartLike | None,
        sound_available: bool | None = None,
    ) -> SettingsDialog:
        """Show the settings without blocking; the one already open (or hidden) is brought
        to the front instead of a second one. It belongs to ``parent`` (the main window)."""
        dialog = parent.findChild(SettingsDialog, "settings_dialog")
        if dialog is None:
            dialog = cls(settings, autostart, parent)
        elif not dialog.isVisible():
            dialog.load(keep_unsaved=False)  # a fresh start: what is stored, no old typing
        if sound_available is not None:
            dialog.set_sound_available(sound_available)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- the pages -----------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(18, 18, 18, 12)
        outer.setSpacing(12)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        return page, outer, form

    def _reminders_page(self) -> QWidget:
        page, outer, form = self._page()
        self.reminders_enabled = QCheckBox()
        self.interval = QLineEdit()
        self.interval.setMaximumWidth(90)
        self.interval_unit = _Label()
        self.interval_label = _Label()
        self.interval_label.setBuddy(self.interval)
        self.interval_error = role_label("field_error", hidden=True)
        self.hours = QLineEdit()
        self.hours_label = _Label()
        self.hours_label.setBuddy(self.hours)
        self.hours_hint = role_label("muted")
        self.hours_error = role_label("field_error", hidden=True)
        # A list to pick from, as on the other pages (the theme gives radio buttons no
        # readable dark look).
        self.reminder_style = QComboBox()
        for name in ("notification", "window"):
            self.reminder_style.addItem("", name)
        self.style_label = _Label()
        self.style_label.setBuddy(self.reminder_style)
        self.style_error = role_label("field_error", hidden=True)
        self.reminders_error = role_label("field_error", hidden=True)

        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval)
        interval_row.addWidget(self.interval_unit)
        interval_row.addStretch(1)
        outer.addWidget(self.reminders_enabled)
        outer.addWidget(self.reminders_error)
        form.addRow(self.interval_label, _column(interval_row, self.interval_error))
        form.addRow(self.hours_label, _column(self.hours, self.hours_error, self.hours_hint))
        style_row = QHBoxLayout()
        style_row.addWidget(self.reminder_style)
        style_row.addStretch(1)
        form.addRow(self.style_label, _column(style_row, self.style_error))
        outer.addLayout(form)
        outer.addStretch(1)

        self._bind_check("reminders.enabled", self.reminders_enabled, self.reminders_error)
        self._bind_text(
            "reminders.interval_minutes",
            self.interval,
            self.interval_error,
            (self.interval_label, self.interval_unit),
        )
        self._bind_text("reminders.active_hours", self.hours, self.hours_error, (self.hours_label,))
        self._bind_combo(
            "reminders.style", self.reminder_style, self.style_error, (self.style_label,)
        )
        return page

    def _breathing_page(self) -> QWidget:
        page, outer, form = self._page()
        self.pattern = QComboBox()
        # Long pattern names (longer in Dutch) must not widen the dialog: shrink to fit.
        self.pattern.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pattern.setMinimumContentsLength(24)
        for name in (*PRESETS, CUSTOM_PATTERN):
            self.pattern.addItem("", name)
        self.pattern_label = _Label()
        self.pattern_label.setBuddy(self.pattern)
        self.pattern_error = role_label("field_error", hidden=True)
        self.caution = role_label("muted", hidden=True)

        self.custom_row = QWidget()
        grid = QGridLayout(self.custom_row)  # in and its hold, then out and its hold
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        self.custom_parts: list[QDoubleSpinBox] = []
        self.custom_labels: list[QLabel] = []
        limits = (BREATH_LIMITS_S, HOLD_LIMITS_S, BREATH_LIMITS_S, HOLD_LIMITS_S)
        for index, (low, high) in enumerate(limits):
            label, spin = _Label(), QDoubleSpinBox()
            spin.setRange(low, high)  # as on the Breathe page: a wrong value cannot be typed
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setKeyboardTracking(False)  # kept on Enter or when left, not per keystroke
            label.setBuddy(spin)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(spin, row, column * 2 + 1)
            self.custom_labels.append(label)
            self.custom_parts.append(spin)
        grid.setColumnStretch(4, 1)
        self.custom_label = _Label()
        self.custom_label.setBuddy(self.custom_parts[0])
        self.custom_hint = role_label("muted")
        self.custom_error = role_label("field_error", hidden=True)
        self.custom_box = QWidget()
        custom_column = _column(self.custom_row, self.custom_hint, self.custom_error)
        custom_column.setContentsMargins(0, 0, 0, 0)
        self.custom_box.setLayout(custom_column)

        self.pause_minutes = QComboBox()
        for minutes in PAUSE_BREATHING_MINUTES:
            self.pause_minutes.addItem("", minutes)
        self.pause_minutes_label = _Label()
        self.pause_minutes_label.setBuddy(self.pause_minutes)
        self.pause_minutes_error = role_label("field_error", hidden=True)
        self.session_minutes = QSpinBox()
        low, high = _minutes_range("breathing.session_minutes", 1, MAX_SESSION_MINUTES)
        self.session_minutes.setRange(low, high)
        self.session_minutes.setKeyboardTracking(False)
        self.session_minutes.setMinimumWidth(110)
        self.session_minutes_label = _Label()
        self.session_minutes_label.setBuddy(self.session_minutes)
        self.session_minutes_error = role_label("field_error", hidden=True)

        form.addRow(self.pattern_label, _column(self.pattern, self.caution, self.pattern_error))
        form.addRow(self.custom_label, self.custom_box)
        pause_row = QHBoxLayout()
        pause_row.addWidget(self.pause_minutes)
        pause_row.addStretch(1)
        form.addRow(
            self.pause_minutes_label,
            _column(pause_row, self.pause_minutes_error),
        )
        session_row = QHBoxLayout()
        session_row.addWidget(self.session_minutes)
        session_row.addStretch(1)
        form.addRow(self.session_minutes_label, _column(session_row, self.session_minutes_error))
        outer.addLayout(form)
        outer.addStretch(1)

        self._bind_combo(
            "breathing.pattern", self.pattern, self.pattern_error, (self.pattern_label,)
        )
        self.pattern.currentIndexChanged.connect(lambda _index: self._show_pattern_extras())
        self._add(
            _Field(
                "breathing.custom",
                (self.custom_label, *self.custom_labels, *self.custom_parts),
                self.custom_error,
                lambda: ",".join(f"{spin.value():g}" for spin in self.custom_parts),
                self._show_custom,
            )
        )
        for spin in self.custom_parts:
            spin.valueChanged.connect(lambda _value: self._apply(self._fields["breathing.custom"]))
        self._bind_combo(
            "breathing.pause_minutes",
            self.pause_minutes,
            self.pause_minutes_error,
            (self.pause_minutes_label,),
        )
        self._add(
            _Field(
                "breathing.session_minutes",
                (self.session_minutes_label, self.session_minutes),
                self.session_minutes_error,
                lambda: str(self.session_minutes.value()),
                lambda value: self.session_minutes.setValue(int(value)),
            )
        )
        self.session_minutes.valueChanged.connect(
            lambda _value: self._apply(self._fields["breathing.session_minutes"])
        )
        return page

    def _sound_page(self) -> QWidget:
        page, outer, form = self._page()
        self.sound_note = role_label("muted", hidden=True)
        self.sound_enabled = QCheckBox()
        self.sound_error = role_label("field_error", hidden=True)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setTracking(False)  # kept when let go, not at every step of a drag
        self.volume_value = _Label()
        self.volume_value.setMinimumWidth(self.volume_value.fontMetrics().horizontalAdvance("100%"))
        self.volume_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.volume_label = _Label()
        self.volume_label.setBuddy(self.volume)
        self.volume_error = role_label("field_error", hidden=True)
        self.end_chime = QCheckBox()
        self.end_chime_error = role_label("field_error", hidden=True)

        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_value)
        outer.addWidget(self.sound_note)
        outer.addWidget(self.sound_enabled)
        outer.addWidget(self.sound_error)
        form.addRow(self.volume_label, _column(volume_row, self.volume_error))
        outer.addLayout(form)
        outer.addWidget(self.end_chime)
        outer.addWidget(self.end_chime_error)
        outer.addStretch(1)

        self._bind_check("sound.enabled", self.sound_enabled, self.sound_error)
        self._add(
            _Field(
                "sound.volume",
                (self.volume_label, self.volume, self.volume_value),
                self.volume_error,
                lambda: str(self.volume.value()),
                self._show_volume,
            )
        )
        self.volume.valueChanged.connect(lambda _value: self._apply(self._fields["sound.volume"]))
        self.volume.sliderMoved.connect(self._show_volume_number)
        self._bind_check("sound.end_chime", self.end_chime, self.end_chime_error)
        return page

    def _look_page(self) -> QWidget:
        page, outer, form = self._page()
        self.language = QComboBox()
        for code in ("system", "en", "nl"):
            self.language.addItem("", code)
        self.theme = QComboBox()
        for name in ("system", "light", "dark"):
            self.theme.addItem("", name)
        self.motion = QComboBox()
        for name in ("system", "on", "off"):
            self.motion.addItem("", name)
        self.language_label, self.theme_label, self.motion_label = _Label(), _Label(), _Label()
        self.language_error = role_label("field_error", hidden=True)
        self.theme_error = role_label("field_error", hidden=True)
        self.motion_error = role_label("field_error", hidden=True)
        self.motion_hint = role_label("muted")
        for label, combo, key, extras in (
            (self.language_label, self.language, "ui.language", (self.language_error,)),
            (self.theme_label, self.theme, "ui.theme", (self.theme_error,)),
            (
                self.motion_label,
                self.motion,
                "ui.reduced_motion",
                (self.motion_hint, self.motion_error),
            ),
        ):
            label.setBuddy(combo)
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addStretch(1)
            form.addRow(label, _column(row, *extras))
            self._bind_combo(key, combo, extras[-1], (label,))
        outer.addLayout(form)
        outer.addStretch(1)
        return page

    def _start_page(self) -> QWidget:
        page, outer, _form = self._page()
        self.autostart = QCheckBox()
        self.autostart_hint = role_label("muted")
        self.autostart_error = role_label("field_error", hidden=True)
        outer.addWidget(self.autostart)
        under = _under_check_box(self.autostart)
        column = _column(self.autostart_hint, self.autostart_error)
        column.setContentsMargins(under, 0, 0, 0)
        outer.addLayout(column)
        outer.addStretch(1)
        self.autostart.toggled.connect(self._on_autostart_toggled)
        return page

    # --- binding fields to keys ----------------------------------------------------------

    def _add(self, field: _Field) -> None:
        self._fields[field.key] = field

    def _bind_check(self, key: str, box: QCheckBox, error: QLabel) -> None:
        self._add(
            _Field(
                key,
                (box,),
                error,
                lambda: "true" if box.isChecked() else "false",
                lambda value: box.setChecked(bool(value)),
            )
        )
        box.toggled.connect(lambda _on: self._apply(self._fields[key]))

    def _bind_combo(
        self, key: str, combo: QComboBox, error: QLabel, labels: tuple[QWidget, ...]
    ) -> None:
        def show(value: Value) -> None:
            index = combo.findData(int(value) if isinstance(combo.itemData(0), int) else value)
            if index >= 0:
                combo.setCurrentIndex(index)

        self._add(_Field(key, (*labels, combo), error, lambda: str(combo.currentData()), show))
        combo.currentIndexChanged.connect(lambda _index: self._apply(self._fields[key]))

    def _bind_text(
        self, key: str, edit: QLineEdit, error: QLabel, labels: tuple[QWidget, ...]
    ) -> None:
        self._add(
            _Field(
                key,
                (edit, *labels),
                error,
                lambda: edit.text().strip(),
                lambda value: edit.setText(format_value(value)),
                edit,
            )
        )
        edit.editingFinished.connect(lambda: self._apply(self._fields[key]))

    # --- loading and keeping -------------------------------------------------------------

    def _get(self, key: str) -> Value | None:
        """The stored value, or None for a key these settings do not have (yet)."""
        try:
            return self._settings.get(key)
        except (SettingError, KeyError):
            return None

    def load(self, keep_unsaved: bool = True) -> None:
        """Show what the settings hold, writing nothing back. Text typed in a field and not
        yet kept (it could not be used) stays, with its message, unless that very setting
        changed meanwhile or ``keep_unsaved`` is False."""
        for field in self._fields.values():
            self._load_field(field, keep_unsaved)
        self._load_autostart()
        self._show_pattern_extras()
        self._update_enabled()

    def _load_field(self, field: _Field, keep_unsaved: bool = False) -> None:
        value = self._get(field.key)
        if value is None:
            self._known.discard(field.key)
            return
        self._known.add(field.key)
        unsaved = field.typed is not None and field.read() != format_value(
            self._shown.get(field.key, value)
        )
        if keep_unsaved and unsaved and self._shown.get(field.key) == value:
            return
        with _quiet(*field.widgets):
            field.show(value)
        self._shown[field.key] = value
        self._set_message(field.key, None)

    def _apply(self, field: _Field) -> None:
        """Keep what a field now says; on a value that cannot be used, say so and keep
        nothing."""
        if field.key not in self._known:
            return
        text = field.read()
        shown = self._shown.get(field.key)
        if shown is not None and text == format_value(shown) and field.error.isHidden():
            return  # nothing changed (a field left without typing)
        try:
            self._settings.set(field.key, text)
        except SettingError:
            self._set_message(field.key, lambda: self._problem_text(field.key))
            if field.typed is None:  # a choice that did not take: show what is stored
                self._restore(field)
            return
        except OSError as error:
            reason = error.strerror or str(error)
            self._set_message(
                field.key,
                lambda: translate("SettingsDialog", "This could not be saved: {reason}").format(
                    reason=reason
                ),
            )
            if field.typed is None:
                self._restore(field)
            return
        self._load_field(field)  # the value as stored (09:00, not 9:00), message cleared
        if field.key == "breathing.pattern":
            self._show_pattern_extras()

    def _restore(self, field: _Field) -> None:
        shown = self._shown.get(field.key)
        if shown is not None:
            with _quiet(*field.widgets):
                field.show(shown)
        if field.key == "breathing.pattern":
            self._show_pattern_extras()

    def _on_settings_changed(self, _loaded: object = None) -> None:
        self.load()

    def _load_autostart(self) -> None:
        if self._autostart is None:
            return
        try:
            on = self._autostart.enabled()
        except OSError:
            on = False
        with _quiet(self.autostart):
            self.autostart.setChecked(on)

    def _on_autostart_toggled(self, on: bool) -> None:
        if self._autostart is None:
            return
        try:
            self._autostart.set_enabled(on)
        except OSError as error:
            reason = error.strerror or str(error)
            with _quiet(self.autostart):
                self.autostart.setChecked(not on)
            self._set_message(
                "autostart",
                lambda: translate("SettingsDialog", "Pause could not change this: {reason}").format(
                    reason=reason
                ),
            )
            return
        self._set_message("autostart", None)

    # --- what is shown around the fields -------------------------------------------------

    def set_sound_available(self, available: bool) -> None:
        """Without sound on this computer the sound fields are greyed out, with the reason."""
        self._sound_available = available
        self._update_enabled()

    def _update_enabled(self) -> None:
        for field in self._fields.values():
            on = field.key in self._known
            if field.key.startswith("sound."):
                on = on and self._sound_available
            for widget in field.widgets:
                widget.setEnabled(on)
        self.sound_note.setVisible(not self._sound_available)
        self.hours_hint.setEnabled("reminders.active_hours" in self._known)
        has_autostart = self._autostart is not None
        self.autostart.setEnabled(has_autostart)
        self.autostart_hint.setVisible(has_autostart)

    def _show_pattern_extras(self) -> None:
        """The rhythm fields only with "Your own rhythm"; the caution line for holds."""
        chosen = str(self.pattern.currentData())
        custom = chosen == CUSTOM_PATTERN
        self.custom_box.setVisible(custom)
        self.custom_label.setVisible(custom)
        try:
            text = caution_for(pattern_named(chosen, self._settings))  # type: ignore[arg-type]
        except (SettingError, ValueError, KeyError):
            text = ""
        self.caution.setText(text)
        self.caution.setVisible(bool(text))

    def _show_custom(self, value: Value) -> None:
        try:
            pattern = custom_pattern(str(value))
        except ValueError:
            return
        values = (pattern.inhale_ms, pattern.hold_in_ms, pattern.exhale_ms, pattern.hold_out_ms)
        for spin, ms in zip(self.custom_parts, values, strict=True):
            spin.setValue(ms / 1000)

    def _show_volume(self, value: Value) -> None:
        self.volume.setValue(int(value))
        self._show_volume_number(int(value))

    def _show_volume_number(self, value: int) -> None:
        self.volume_value.setText(translate("SettingsDialog", "{percent}%").format(percent=value))

    def _set_message(self, key: str, message: Callable[[], str] | None) -> None:
        label = self.autostart_error if key == "autostart" else self._fields[key].error
        if message is None:
            self._messages.pop(key, None)
            label.clear()
            label.hide()
            return
        self._messages[key] = message
        label.setText(message())
        label.show()

    def _problem_text(self, key: str) -> str:
        if key in ("reminders.interval_minutes", "breathing.session_minutes"):
            low, high = _minutes_range(key, 1, 480 if key.startswith("reminders") else 60)
            return translate(
                "SettingsDialog",
                "Please use a whole number of minutes from {minimum} to {maximum}.",
            ).format(minimum=low, maximum=high)
        if key == "reminders.active_hours":
            return translate(
                "SettingsDialog",
                "Please write the hours like 09:00-21:00, the start before the end, "
                "or by day as shown.",
            )
        if key == "breathing.custom":
            return translate(
                "SettingsDialog", "Please use seconds: in and out 1 to 15, each hold 0 to 10."
            )
        return translate("SettingsDialog", "Pause cannot use this value; the saved one stays.")

    # --- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        for index, text in (
            (self.REMINDERS, translate("SettingsDialog", "&Reminders")),
            (self.BREATHING, translate("SettingsDialog", "&Breathing")),
            (self.SOUND, translate("SettingsDialog", "&Sound")),
            (self.LOOK, translate("SettingsDialog", "Loo&k and language")),
            (self.START, translate("SettingsDialog", "S&tart")),
        ):
            self.tabs.setTabText(index, text)
        self.saved_note.setText(translate("SettingsDialog", "Every change is kept at once."))

        self.reminders_enabled.setText(
            translate("SettingsDialog", "Remind &me now and then to pause")
        )
        self.interval_label.setText(translate("SettingsDialog", "&Every"))
        self.interval_unit.setText(translate("SettingsDialog", "minutes"))
        self.hours_label.setText(translate("SettingsDialog", "&Active hours"))
        self.hours.setPlaceholderText("09:00-21:00")
        self.hours_hint.setText(
            translate(
                "SettingsDialog",
                "Like 09:00-21:00 for every day, or by day:\n"
                "mon-fri 09:00-12:00,13:30-21:00; sat,sun 10:00-20:00",
            )
        )
        self.style_label.setText(translate("SettingsDialog", "S&how them as"))
        self.reminder_style.setItemText(0, translate("SettingsDialog", "A desktop notification"))
        self.reminder_style.setItemText(
            1, translate("SettingsDialog", "A small window in a corner")
        )

        names = {
            "calm": translate("SettingsDialog", "Calm: in 4, out 6 (6 breaths a minute)"),
            "resonance": translate("SettingsDialog", "Resonance: in 5.5, out 5.5"),
            "gentle": translate("SettingsDialog", "Gentle start: in 3, out 4"),
            "sigh": translate("SettingsDialog", "Sigh: in 2 and a little more, out 6"),
            "box": translate("SettingsDialog", "Box: 4, hold 4, 4, hold 4 (holds the breath)"),
            "4-7-8": translate("SettingsDialog", "4-7-8: in 4, hold 7, out 8 (holds the breath)"),
            CUSTOM_PATTERN: translate("SettingsDialog", "Your own rhythm"),
        }
        for index in range(self.pattern.count()):
            self.pattern.setItemText(index, names[str(self.pattern.itemData(index))])
        self.pattern_label.setText(translate("SettingsDialog", "&Pattern"))
        self.custom_label.setText(translate("SettingsDialog", "&Your own rhythm"))
        for label, text in zip(
            self.custom_labels,
            (
                translate("SettingsDialog", "In"),
                translate("SettingsDialog", "Hold"),
                translate("SettingsDialog", "Out"),
                translate("SettingsDialog", "Hold"),
            ),
            strict=True,
        ):
            label.setText(text)
        for spin in self.custom_parts:
            spin.setSuffix(translate("SettingsDialog", " s"))
        self.custom_hint.setText(
            translate("SettingsDialog", "Seconds: in and out 1 to 15, each hold 0 to 10.")
        )
        for index in range(self.pause_minutes.count()):
            minutes = int(self.pause_minutes.itemData(index))
            # "min" needs no plural in either language (lupdate misses plurals in translate()).
            self.pause_minutes.setItemText(
                index, translate("SettingsDialog", "{minutes} min").format(minutes=minutes)
            )
        self.pause_minutes_label.setText(translate("SettingsDialog", "Breathing in a pa&use"))
        self.session_minutes_label.setText(translate("SettingsDialog", "Session &length"))
        self.session_minutes.setSuffix(translate("SettingsDialog", " min"))

        self.sound_note.setText(
            translate(
                "SettingsDialog",
                "Sound is not available on this computer; breathing works without it.",
            )
        )
        self.sound_enabled.setText(
            translate("SettingsDialog", "Soft sound &cues for breathing in and out")
        )
        self.volume_label.setText(translate("SettingsDialog", "&Volume"))
        self._show_volume_number(self.volume.value())
        self.end_chime.setText(translate("SettingsDialog", "A soft c&hime when a session ends"))

        self.language_label.setText(translate("SettingsDialog", "&Language"))
        self.language.setItemText(0, translate("SettingsDialog", "Same as this computer"))
        self.language.setItemText(1, "English")  # each language in its own words
        self.language.setItemText(2, "Nederlands")
        self.theme_label.setText(translate("SettingsDialog", "&Colours"))
        self.theme.setItemText(0, translate("SettingsDialog", "Same as this computer"))
        self.theme.setItemText(1, translate("SettingsDialog", "Light"))
        self.theme.setItemText(2, translate("SettingsDialog", "Dark"))
        self.motion_label.setText(translate("SettingsDialog", "&Movement"))
        self.motion.setItemText(0, translate("SettingsDialog", "Same as this computer"))
        self.motion.setItemText(1, translate("SettingsDialog", "Less movement"))
        self.motion.setItemText(2, translate("SettingsDialog", "Normal movement"))
        self.motion_hint.setText(
            translate(
                "SettingsDialog",
                "With less movement the breathing circle keeps its size and brightens and "
                "dims instead.",
            )
        )

        self.autostart.setText(translate("SettingsDialog", "Open Pause when I &log in"))
        self.autostart_hint.setText(
            translate("SettingsDialog", "Then reminders come without opening Pause first.")
        )
        for key, message in self._messages.items():
            label = self.autostart_error if key == "autostart" else self._fields[key].error
            label.setText(message())
        if self._fields:
            self._show_pattern_extras()


class _Label(QLabel):
    """A label a little wider than its text: a last letter that reaches past its advance
    ("s" in "Tonen als") was cut off by a pixel or two."""

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(3, 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(3, 0)


def _under_check_box(box: QCheckBox) -> int:
    """How far in a line under a check box starts, to stand under its text."""
    style = box.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + style.pixelMetric(
        QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box
    )


def _column(*items: QWidget | QHBoxLayout) -> QVBoxLayout:
    """A field with what belongs under it: a hint, its message."""
    column = QVBoxLayout()
    column.setSpacing(4)
    for item in items:
        if isinstance(item, QWidget):
            column.addWidget(item)
        else:
            column.addLayout(item)
    return column


class _quiet:
    """Change widgets without their change signals firing (loading writes nothing back)."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = [w for w in widgets if not isinstance(w, QLabel)]

    def __enter__(self) -> None:
        for widget in self._widgets:
            widget.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        for widget in self._widgets:
            widget.blockSignals(False)
