"""Small field binders for the settings: one kind of field each, bound to one setting.

A binder makes its widgets (a label, the control, a calm line for a value that cannot be used,
sometimes a hint), says how to read the control as the text to store and how to show a stored
value, and tells the dialog when the person changed it. Keeping, refusing and reloading are the
dialog's part; laying out is ``layout.FieldPage``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from pause_app.core.settings import SPECS, custom_pattern, format_value
from pause_app.ui.settings.hours_editor import HoursEditor
from pause_app.ui.settings.layout import FieldPage, RoomyLabel, column, row
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.rhythm_editor import RhythmEditor
from pause_app.ui.widgets.wrap_check import WrappingCheckBox

translate = QCoreApplication.translate

Value = bool | int | str
Words = Callable[[], str]  # looked up each time they are shown: a language change re-reads them


class SettingsLike(Protocol):
    """What the dialog needs of the settings (``SettingsWatcher``): ``set`` checks and
    stores one value, raising SettingError (and then storing nothing) or OSError. When the
    object also has a ``settings_changed`` signal, the dialog follows it."""

    def get(self, key: str) -> Value: ...

    def set(self, key: str, text: str) -> None: ...


def limits(key: str) -> tuple[int, int]:
    """The smallest and largest whole number a setting allows, from its spec in the core."""
    return SPECS[key].limits()


class Field:
    """One setting and the widgets that show it. A subclass per kind of field."""

    typed = False  # a text field: typing not yet kept stays when the settings reload

    def __init__(self, key: str, problem: Words | None = None) -> None:
        self.key = key
        self.error = role_label("field_error", hidden=True)
        self._problem = problem

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        """Enabled together, and quiet together while a value is shown."""
        raise NotImplementedError

    def read(self) -> str:
        """What the control says, as the text to store."""
        raise NotImplementedError

    def show(self, value: Value) -> None:
        """A stored value, in the control (the caller keeps its signals quiet)."""
        raise NotImplementedError

    def connect(self, changed: Callable[[Field], None]) -> None:
        """Call ``changed`` when the person has changed the control."""
        raise NotImplementedError

    def place(self, page: FieldPage) -> None:
        """Put the widgets on the page: a row of its form, or lines of their own."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the words again, in the language now in use."""
        raise NotImplementedError

    def problem(self) -> str:
        """What to say when the settings refuse what the control says."""
        if self._problem is not None:
            return self._problem()
        return translate("SettingsDialog", "Pause cannot use this value; the saved one stays.")


class LabelledField(Field):
    """A field with a label before it in the form (its buddy: Alt and the letter go there)."""

    def __init__(self, key: str, label: Words, problem: Words | None = None) -> None:
        super().__init__(key, problem)
        self.label = RoomyLabel()
        self._label_words = label

    def retranslate(self) -> None:
        self.label.setText(self._label_words())


class CheckField(Field):
    """On or off: a check box on its own line, its message under it."""

    def __init__(self, key: str, text: Words) -> None:
        super().__init__(key)
        self.box: QCheckBox = WrappingCheckBox()  # its words wrap at large text
        self._text = text

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.box,)

    def read(self) -> str:
        return "true" if self.box.isChecked() else "false"

    def show(self, value: Value) -> None:
        self.box.setChecked(bool(value))

    def connect(self, changed: Callable[[Field], None]) -> None:
        self.box.toggled.connect(lambda _on: changed(self))

    def place(self, page: FieldPage) -> None:
        page.add(self.box)
        page.add(self.error)

    def retranslate(self) -> None:
        self.box.setText(self._text())


class TextField(LabelledField):
    """Typed text, kept on Enter or when the field is left, never at every keystroke. Text
    that cannot be used stays, with its message, for the person to correct."""

    typed = True

    def __init__(
        self,
        key: str,
        label: Words,
        *,
        problem: Words,
        unit: Words | None = None,
        width: int | None = None,
        placeholder: str = "",
        hint: Words | None = None,
    ) -> None:
        super().__init__(key, label, problem)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        if width is not None:
            self.edit.setMaximumWidth(width)
        self.label.setBuddy(self.edit)
        self.unit = RoomyLabel() if unit is not None else None
        self.hint = role_label("muted") if hint is not None else None
        self._unit_words, self._hint_words = unit, hint

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        extras = tuple(w for w in (self.unit, self.hint) if w is not None)
        return (self.edit, self.label, *extras)

    def read(self) -> str:
        return self.edit.text().strip()

    def show(self, value: Value) -> None:
        self.edit.setText(format_value(value))

    def connect(self, changed: Callable[[Field], None]) -> None:
        self.edit.editingFinished.connect(lambda: changed(self))

    def place(self, page: FieldPage) -> None:
        editor: QWidget | QHBoxLayout = self.edit
        if self.unit is not None:  # a long unit ("minutes or more counts as a pause") wraps
            self.unit.setWordWrap(True)
            editor = QHBoxLayout()
            editor.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
            editor.addWidget(self.unit, 1)
        under = (self.error, self.hint) if self.hint is not None else (self.error,)
        page.add_row(self.label, column(editor, *under))

    def retranslate(self) -> None:
        super().retranslate()
        if self.unit is not None and self._unit_words is not None:
            self.unit.setText(self._unit_words())
        if self.hint is not None and self._hint_words is not None:
            self.hint.setText(self._hint_words())


class ChoiceField(LabelledField):
    """One of a list. ``choices`` gives each stored value and its words, in the order shown
    (whole numbers are shown for the numbers a setting keeps as text, like "5")."""

    def __init__(
        self,
        key: str,
        label: Words,
        choices: Callable[[], Mapping[Any, str]],
        *,
        hint: Words | None = None,
        under: tuple[QWidget, ...] = (),
        fill: bool = False,
    ) -> None:
        """``under``: lines of the field's own, under the hint and above its message.
        ``fill``: the list takes the whole width of the row."""
        super().__init__(key, label)
        self.combo = QComboBox()
        for data in choices():
            self.combo.addItem("", data)
        self.label.setBuddy(self.combo)
        self.hint = role_label("muted") if hint is not None else None
        self._choices, self._hint_words = choices, hint
        self._under, self._fill = under, fill

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        hint = (self.hint,) if self.hint is not None else ()
        return (self.label, self.combo, *hint)

    def read(self) -> str:
        return str(self.combo.currentData())

    def show(self, value: Value) -> None:
        numbers = isinstance(self.combo.itemData(0), int)
        index = self.combo.findData(int(value) if numbers else value)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def connect(self, changed: Callable[[Field], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: changed(self))

    def place(self, page: FieldPage) -> None:
        editor = self.combo if self._fill else row(self.combo)
        hint = (self.hint,) if self.hint is not None else ()
        page.add_row(self.label, column(editor, *hint, *self._under, self.error))

    def retranslate(self) -> None:
        super().retranslate()
        words = self._choices()
        for index in range(self.combo.count()):
            self.combo.setItemText(index, words[self.combo.itemData(index)])
        if self.hint is not None and self._hint_words is not None:
            self.hint.setText(self._hint_words())


class NumberField(LabelledField):
    """A whole number in a spin box that allows exactly what the setting allows; kept on
    Enter or when left, not at every keystroke."""

    def __init__(self, key: str, label: Words, *, suffix: Words, problem: Words) -> None:
        super().__init__(key, label, problem)
        self.spin = QSpinBox()
        self.spin.setRange(*limits(key))
        self.spin.setKeyboardTracking(False)
        self.spin.setMinimumWidth(110)
        self.label.setBuddy(self.spin)
        self._suffix = suffix

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.spin)

    def read(self) -> str:
        return str(self.spin.value())

    def show(self, value: Value) -> None:
        self.spin.setValue(int(value))

    def connect(self, changed: Callable[[Field], None]) -> None:
        self.spin.valueChanged.connect(lambda _value: changed(self))

    def place(self, page: FieldPage) -> None:
        page.add_row(self.label, column(row(self.spin), self.error))

    def retranslate(self) -> None:
        super().retranslate()
        self.spin.setSuffix(self._suffix())


class PercentField(LabelledField):
    """A slider with its number beside it. Kept when let go, not at every step of a drag;
    the number follows the drag."""

    def __init__(self, key: str, label: Words) -> None:
        super().__init__(key, label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(*limits(key))
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setTracking(False)
        self.number = RoomyLabel()
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("100%"))
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setBuddy(self.slider)
        self.slider.sliderMoved.connect(self._show_number)

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.slider, self.number)

    def read(self) -> str:
        return str(self.slider.value())

    def show(self, value: Value) -> None:
        self.slider.setValue(int(value))
        self._show_number(int(value))

    def connect(self, changed: Callable[[Field], None]) -> None:
        self.slider.valueChanged.connect(lambda _value: changed(self))

    def place(self, page: FieldPage) -> None:
        line = QHBoxLayout()
        line.addWidget(self.slider, 1)
        line.addWidget(self.number)
        page.add_row(self.label, column(line, self.error))

    def retranslate(self) -> None:
        super().retranslate()
        self._show_number(self.slider.value())

    def _show_number(self, value: int) -> None:
        self.number.setText(translate("SettingsDialog", "{percent}%").format(percent=value))


class RhythmField(LabelledField):
    """One's own breathing rhythm: in, hold, out, hold, kept on Enter or when left."""

    def __init__(self, key: str, label: Words, *, hint: Words, problem: Words) -> None:
        super().__init__(key, label, problem)
        self.editor = RhythmEditor(spacing=10, make_label=RoomyLabel, keep_on_enter=True)
        self.label.setBuddy(self.editor.parts[0])
        self.hint = role_label("muted")
        self.box = QWidget()  # shown only with its pattern
        stack = column(self.editor, self.hint, self.error)
        stack.setContentsMargins(0, 0, 0, 0)
        self.box.setLayout(stack)
        self._hint_words = hint

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.editor, self.hint)

    def read(self) -> str:
        return self.editor.text()

    def show(self, value: Value) -> None:
        try:
            pattern = custom_pattern(str(value))
        except ValueError:
            return
        self.editor.show_rhythm(pattern)

    def connect(self, changed: Callable[[Field], None]) -> None:
        self.editor.edited.connect(lambda: changed(self))

    def place(self, page: FieldPage) -> None:
        page.add_row(self.label, self.box)

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self._hint_words())


class HoursField(LabelledField):
    """The active hours: days as toggles and time pickers (``hours_editor.py``), the same
    text as ``config set`` takes. Hours that cannot be used stay, with their message, for
    the person to finish (a start moved past its end before the end is moved too)."""

    typed = True

    def __init__(self, key: str, label: Words, *, problem: Words) -> None:
        super().__init__(key, label, problem)
        self.editor = HoursEditor()
        self.label.setBuddy(self.editor.focus_target())

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.editor)

    def read(self) -> str:
        return self.editor.text()

    def show(self, value: Value) -> None:
        self.editor.show_hours(str(value))
        self.label.setBuddy(self.editor.focus_target())

    def connect(self, changed: Callable[[Field], None]) -> None:
        self.editor.edited.connect(lambda: changed(self))

    def place(self, page: FieldPage) -> None:
        page.add_row(self.label, column(self.editor, self.error))
