"""Each kind of field: when it keeps what it shows, and what it says when it cannot."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from pause_app.core.settings import SettingError, SettingProblem
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.settings import SettingsDialog
from pause_app.ui.settings.fields import (
    CheckField,
    ChoiceField,
    Field,
    NumberField,
    PercentField,
    RhythmField,
    TextField,
    limits,
)
from pause_app.ui.settings.layout import FieldPage
from tests.ui.settings.helpers import file_bytes, pick, stored, type_text

# --- in the dialog ---------------------------------------------------------------------------


def test_the_volume_follows_the_keyboard_and_shows_its_number(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    assert dialog.sound.volume.number.text() == "40%"
    dialog.tabs.setCurrentIndex(SettingsDialog.SOUND)
    dialog.sound.volume.slider.setFocus()
    qtbot.keyClick(dialog.sound.volume.slider, Qt.Key.Key_Right)
    assert stored(settings_file, "sound.volume") == 45
    assert dialog.sound.volume.number.text() == "45%"


def test_dragging_the_volume_writes_once_when_let_go(
    dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.sound.volume.slider.setSliderDown(True)
    for value in (50, 60, 70):
        dialog.sound.volume.slider.setSliderPosition(value)
    assert dialog.sound.volume.number.text() == "70%"
    assert file_bytes(settings_file) is None  # nothing written while dragging
    dialog.sound.volume.slider.setSliderDown(False)
    assert stored(settings_file, "sound.volume") == 70


def test_session_length_is_kept_on_enter_not_per_keystroke(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.BREATHING)
    dialog.breathing.session_minutes.spin.setFocus()
    qtbot.keyClick(
        dialog.breathing.session_minutes.spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClicks(dialog.breathing.session_minutes.spin, "12")
    assert file_bytes(settings_file) is None
    qtbot.keyClick(dialog.breathing.session_minutes.spin, Qt.Key.Key_Return)
    assert stored(settings_file, "breathing.session_minutes") == 12
    assert dialog.isVisible()  # Enter keeps the value; it does not close the dialog


def test_a_rhythm_out_of_range_cannot_be_stored(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    pick(dialog.breathing.pattern.combo, "custom")
    type_text(qtbot, dialog.breathing.custom.editor.parts[0], "40")  # in: at most 15 seconds
    assert 1 <= dialog.breathing.custom.editor.parts[0].value() <= 15
    inhale = float(str(stored(settings_file, "breathing.custom")).split(",")[0])
    assert 1 <= inhale <= 15


def test_the_interval_is_kept_on_enter_not_per_keystroke(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    before = file_bytes(settings_file)
    dialog.reminders.interval.edit.setFocus()
    dialog.reminders.interval.edit.selectAll()
    qtbot.keyClicks(dialog.reminders.interval.edit, "25")
    assert file_bytes(settings_file) == before
    dialog.reminders.enabled.box.setFocus()  # leaving the field keeps it too
    assert stored(settings_file, "reminders.interval_minutes") == 25


@pytest.mark.parametrize("text", ["0", "500", "abc", ""])
def test_an_interval_that_cannot_be_used_is_said_and_not_kept(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile, text: str
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    type_text(qtbot, dialog.reminders.interval.edit, "30")
    before = file_bytes(settings_file)
    type_text(qtbot, dialog.reminders.interval.edit, text)
    assert dialog.reminders.interval.error.isVisible()
    assert dialog.reminders.interval.error.text() == (
        "Please use a whole number of minutes from 1 to 480."
    )
    assert file_bytes(settings_file) == before
    assert dialog.reminders.interval.edit.text() == text  # left to correct
    type_text(qtbot, dialog.reminders.interval.edit, "45")
    assert dialog.reminders.interval.error.isHidden()
    assert stored(settings_file, "reminders.interval_minutes") == 45


# The active hours' editor has its own tests (test_hours_editor.py).


def test_a_refused_session_length_names_the_limits_of_its_setting(
    dialog: SettingsDialog, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(key: str, text: str) -> None:
        raise SettingError(key, SettingProblem.OUT_OF_RANGE, text)

    monkeypatch.setattr(settings, "set", refuse)
    dialog.breathing.session_minutes.spin.setValue(30)
    assert dialog.breathing.session_minutes.error.text() == (
        "Please use a whole number of minutes from 1 to 60."
    )
    assert dialog.breathing.session_minutes.spin.value() == 5  # back to what is stored


# --- each kind on its own ----------------------------------------------------------------


def _changes(field: Field) -> list[str]:
    heard: list[str] = []
    field.connect(lambda changed: heard.append(changed.read()))
    return heard


def _words(text: str) -> Callable[[], str]:
    return lambda: text


def test_limits_come_from_the_settings_specs() -> None:
    assert limits("reminders.interval_minutes") == (1, 480)
    assert limits("breathing.session_minutes") == (1, 60)
    assert limits("sound.volume") == (0, 100)


def test_a_check_field(qtbot) -> None:
    field = CheckField("sound.enabled", _words("&Sound"))
    qtbot.addWidget(field.box)
    field.retranslate()
    assert field.box.text() == "&Sound" and field.widgets == (field.box,)
    heard = _changes(field)
    field.show(True)
    assert field.read() == "true" and heard == ["true"]
    field.box.click()
    assert heard == ["true", "false"]
    assert not field.typed


def test_a_text_field_counts_when_finished_not_per_keystroke(qtbot) -> None:
    field = TextField(
        "reminders.active_hours",
        _words("&Hours"),
        placeholder="09:00-21:00",
        hint=_words("like 09:00-21:00"),
        problem=_words("not like that"),
    )
    qtbot.addWidget(field.edit)
    field.retranslate()
    assert field.typed and field.label.buddy() is field.edit
    assert field.edit.placeholderText() == "09:00-21:00"
    assert field.hint is not None and field.hint.text() == "like 09:00-21:00"
    assert field.problem() == "not like that"
    heard = _changes(field)
    field.edit.setText("  10:00-18:00 ")
    assert heard == []
    field.edit.editingFinished.emit()
    assert heard == ["10:00-18:00"]
    field.show(False)
    assert field.edit.text() == "false"


def test_a_choice_field_shows_numbers_kept_as_text(qtbot) -> None:
    field = ChoiceField(
        "breathing.pause_minutes",
        _words("&Pause"),
        lambda: {minutes: f"{minutes} min" for minutes in (1, 2, 5)},
    )
    qtbot.addWidget(field.combo)
    field.retranslate()
    assert [field.combo.itemText(i) for i in range(3)] == ["1 min", "2 min", "5 min"]
    heard = _changes(field)
    field.show("5")
    assert field.combo.currentData() == 5 and field.read() == "5"
    assert heard == ["5"]
    field.show("7")  # not a choice: stays where it was
    assert field.read() == "5"
    assert field.problem() == "Pause cannot use this value; the saved one stays."


def test_a_number_field_allows_what_its_setting_allows(qtbot) -> None:
    field = NumberField(
        "breathing.session_minutes", _words("&Length"), suffix=_words(" min"), problem=_words("")
    )
    qtbot.addWidget(field.spin)
    field.retranslate()
    assert (field.spin.minimum(), field.spin.maximum()) == (1, 60)
    assert not field.spin.keyboardTracking()
    assert field.spin.suffix() == " min" and field.label.buddy() is field.spin
    field.show(12)
    assert field.read() == "12"


def test_a_percent_field_shows_its_number(qtbot) -> None:
    field = PercentField("sound.volume", _words("&Volume"))
    qtbot.addWidget(field.slider)
    field.retranslate()
    assert (field.slider.minimum(), field.slider.maximum()) == (0, 100)
    assert not field.slider.hasTracking()
    field.show(40)
    assert field.number.text() == "40%" and field.read() == "40"


def test_a_rhythm_field(qtbot) -> None:
    field = RhythmField(
        "breathing.custom", _words("&Own"), hint=_words("seconds"), problem=_words("")
    )
    qtbot.addWidget(field.box)
    field.retranslate()
    assert field.label.buddy() is field.editor.parts[0]
    assert not any(spin.keyboardTracking() for spin in field.editor.parts)
    assert field.hint.text() == "seconds"
    heard = _changes(field)
    field.show("5,1,7,1")
    assert field.read() == "5,1,7,1" and heard == []  # showing is not a change
    field.show("no rhythm")
    assert field.read() == "5,1,7,1"
    field.editor.parts[3].setValue(2)
    assert heard == ["5,1,7,2"]


def test_a_page_puts_check_boxes_on_their_own_lines_and_labels_in_forms(qtbot) -> None:
    page = FieldPage()
    qtbot.addWidget(page)
    first = CheckField("sound.enabled", _words("on"))
    volume = PercentField("sound.volume", _words("&Volume"))
    length = NumberField(
        "breathing.session_minutes", _words("&Length"), suffix=_words(""), problem=_words("")
    )
    last = CheckField("sound.end_chime", _words("chime"))
    page.lay_out(first, volume, length, last)
    assert page.fields == [first, volume, length, last]
    outer = page.layout()
    items = [outer.itemAt(i) for i in range(outer.count())]
    assert [item.widget() for item in items[:2]] == [first.box, first.error]
    form = items[2].layout()
    assert isinstance(form, QFormLayout) and form.rowCount() == 2  # one form for both
    assert form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget() is volume.label
    assert [item.widget() for item in items[3:5]] == [last.box, last.error]
    assert items[5].spacerItem() is not None  # the free space at the bottom
