"""The dialog keeps each change at once, refuses calmly, and follows what changes elsewhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from pause_app.core.settings import SettingError, SettingProblem
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.settings import SettingsDialog
from tests.ui.settings.helpers import (
    DictSettings,
    FakeAutostart,
    file_bytes,
    pick,
    stored,
    type_text,
)


@pytest.mark.parametrize(
    ("key", "change", "expected"),
    [
        ("sound.enabled", lambda d: d.sound.enabled.box.click(), True),
        ("sound.end_chime", lambda d: d.sound.end_chime.box.click(), False),
        ("sound.volume", lambda d: d.sound.volume.slider.setValue(70), 70),
        ("breathing.pattern", lambda d: pick(d.breathing.pattern.combo, "resonance"), "resonance"),
        ("breathing.pause_minutes", lambda d: pick(d.breathing.pause_minutes.combo, 5), "5"),
        ("ui.language", lambda d: pick(d.look.language.combo, "nl"), "nl"),
        ("ui.theme", lambda d: pick(d.look.theme.combo, "dark"), "dark"),
        ("ui.reduced_motion", lambda d: pick(d.look.motion.combo, "on"), "on"),
    ],
)
def test_each_field_writes_its_key(dialog, settings_file, key, change, expected) -> None:
    change(dialog)
    assert stored(settings_file, key) == expected


# --- values that cannot be used ------------------------------------------------------------


def test_a_value_the_settings_refuse_is_said_next_to_its_field(
    dialog: SettingsDialog,
    settings: SettingsWatcher,
    settings_file: SettingsFile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(key: str, text: str) -> None:
        raise SettingError(key, SettingProblem.NOT_A_PATTERN, text)

    dialog.tabs.setCurrentIndex(SettingsDialog.BREATHING)
    pick(dialog.breathing.pattern.combo, "custom")
    before = file_bytes(settings_file)
    monkeypatch.setattr(settings, "set", refuse)
    dialog.breathing.custom.editor.parts[0].setValue(5)
    assert dialog.breathing.custom.error.isVisible()
    assert "in and out 1 to 15" in dialog.breathing.custom.error.text()
    assert dialog.breathing.custom.editor.parts[0].value() == 4  # back to what is stored
    assert file_bytes(settings_file) == before
    monkeypatch.undo()
    dialog.breathing.custom.editor.parts[0].setValue(5)
    assert dialog.breathing.custom.error.isHidden()
    assert stored(settings_file, "breathing.custom") == "5,0,6,0"


def test_a_file_that_cannot_be_written_is_said_and_the_box_goes_back(
    dialog: SettingsDialog, settings: SettingsWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_write(key: str, text: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(settings, "set", cannot_write)
    dialog.sound.enabled.box.click()
    assert not dialog.sound.enabled.box.isChecked()
    assert dialog.sound.enabled.error.text() == "This could not be saved: Permission denied"


# --- following changes made elsewhere ------------------------------------------------------


def test_a_change_made_elsewhere_shows_without_writing_back(
    dialog: SettingsDialog, settings: SettingsWatcher, pause_home: AppPaths
) -> None:
    elsewhere = SettingsFile(pause_home.settings)  # `pause-app config set`, say
    elsewhere.set("sound.volume", "80")
    elsewhere.set("breathing.pattern", "custom")
    elsewhere.set("breathing.custom", "5,1,7,1")
    elsewhere.set("ui.theme", "light")
    written = file_bytes(elsewhere)
    assert settings.reload() is not None
    assert dialog.sound.volume.slider.value() == 80
    assert dialog.sound.volume.number.text() == "80%"
    assert dialog.breathing.pattern.combo.currentData() == "custom"
    assert [spin.value() for spin in dialog.breathing.custom.editor.parts] == [5, 1, 7, 1]
    assert dialog.look.theme.combo.currentData() == "light"
    assert file_bytes(elsewhere) == written


def test_load_refreshes_the_fields_and_writes_nothing(qtbot, settings_file) -> None:
    fake = DictSettings(dict(settings_file.load().settings.values))
    shown = SettingsDialog(fake, None)
    qtbot.addWidget(shown)
    fake.values.update({"sound.end_chime": False, "breathing.pause_minutes": "2"})
    shown.load()
    assert not shown.sound.end_chime.box.isChecked()
    assert shown.breathing.pause_minutes.combo.currentData() == 2
    assert fake.written == []


def test_settings_without_a_key_grey_out_its_field(qtbot, settings_file) -> None:
    values = dict(settings_file.load().settings.values)
    del values["sound.volume"]
    fake = DictSettings(values)
    shown = SettingsDialog(fake, None)
    qtbot.addWidget(shown)
    assert not shown.sound.volume.slider.isEnabled()
    assert shown.sound.enabled.box.isEnabled()
    assert not shown.start.autostart.isEnabled()  # no way to start at login here


def test_without_a_way_to_start_at_login_one_line_says_why(qtbot, dialog, settings) -> None:
    assert dialog.start.autostart.isEnabled() and dialog.start.unavailable.isHidden()
    without = SettingsDialog(settings, None)
    qtbot.addWidget(without)
    without.show()
    assert not without.start.autostart.isEnabled()
    assert not without.start.unavailable.isHidden()
    assert "cannot start itself at login" in without.start.unavailable.text()


def test_typing_not_yet_kept_stays_when_another_setting_changes(
    qtbot, dialog: SettingsDialog, settings: SettingsWatcher, pause_home: AppPaths
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    type_text(qtbot, dialog.reminders.interval.edit, "abc")
    elsewhere = SettingsFile(pause_home.settings)
    elsewhere.set("sound.volume", "90")
    settings.reload()
    assert dialog.reminders.interval.edit.text() == "abc"
    assert dialog.reminders.interval.error.isVisible()
    elsewhere.set("reminders.interval_minutes", "20")  # that very setting: shown as it is now
    settings.reload()
    assert dialog.reminders.interval.edit.text() == "20"
    assert dialog.reminders.interval.error.isHidden()


# --- starting at login ---------------------------------------------------------------------


def test_start_at_login(dialog: SettingsDialog, autostart: FakeAutostart) -> None:
    dialog.start.autostart.click()
    assert autostart.on
    assert dialog.start.error.isHidden()


def test_start_at_login_that_cannot_be_set_says_why_and_unchecks(
    dialog: SettingsDialog, autostart: FakeAutostart
) -> None:
    autostart.error = PermissionError(13, "Permission denied")
    dialog.tabs.setCurrentIndex(SettingsDialog.START)
    dialog.start.autostart.click()
    assert not dialog.start.autostart.isChecked()
    assert dialog.start.error.isVisible()
    assert dialog.start.error.text() == "Pause could not change this: Permission denied"
    autostart.error = None
    dialog.start.autostart.click()
    assert dialog.start.autostart.isChecked() and autostart.on
    assert dialog.start.error.isHidden()


def test_start_at_login_follows_what_is_there_when_loading(
    dialog: SettingsDialog, autostart: FakeAutostart
) -> None:
    autostart.on = True  # turned on elsewhere
    dialog.load()
    assert dialog.start.autostart.isChecked()


# --- sound that is not there ---------------------------------------------------------------


def test_without_sound_the_sound_fields_are_greyed_out_with_the_reason(
    dialog: SettingsDialog,
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.SOUND)
    dialog.set_sound_available(False)
    assert not any(
        w.isEnabled()
        for w in (dialog.sound.enabled.box, dialog.sound.volume.slider, dialog.sound.end_chime.box)
    )
    assert dialog.sound.note.isVisible()
    assert "not available" in dialog.sound.note.text()
    dialog.set_sound_available(True)
    assert all(
        w.isEnabled()
        for w in (dialog.sound.enabled.box, dialog.sound.volume.slider, dialog.sound.end_chime.box)
    )
    assert dialog.sound.note.isHidden()


# --- opening, closing, keyboard, words -----------------------------------------------------


def test_open_for_brings_back_the_one_dialog(
    qtbot, owner: QWidget, settings: SettingsWatcher, autostart: FakeAutostart
) -> None:
    first = SettingsDialog.open_for(owner, settings, autostart)
    assert first.isVisible()
    again = SettingsDialog.open_for(owner, settings, autostart, sound_available=False)
    assert again is first
    assert len(owner.findChildren(SettingsDialog)) == 1
    assert not first.sound.volume.slider.isEnabled()
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert not first.isVisible()
    assert SettingsDialog.open_for(owner, settings, autostart) is first
    assert first.isVisible()
    first.close()


def test_the_close_button_closes(qtbot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        dialog.close_button.click()
    assert not dialog.isVisible()


def test_opening_again_shows_what_is_stored_not_old_typing(
    qtbot, owner: QWidget, settings: SettingsWatcher, autostart: FakeAutostart
) -> None:
    shown = SettingsDialog.open_for(owner, settings, autostart)
    type_text(qtbot, shown.reminders.interval.edit, "abc")
    shown.close()
    again = SettingsDialog.open_for(owner, settings, autostart)
    assert again.reminders.interval.edit.text() == str(settings.get("reminders.interval_minutes"))
    assert again.reminders.interval.error.isHidden()
    again.close()


class _Words(QTranslator):
    """A stand-in catalogue for a live language change (the real Dutch one comes later)."""

    def __init__(self) -> None:
        super().__init__()
        self.words = {"Settings": "Instellingen", "&Sound": "&Geluid", "&Volume": "&Volume (nl)"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.words.get(source) if context == "SettingsDialog" else None

    def isEmpty(self) -> bool:  # an empty catalogue is installed without a LanguageChange
        return False


@pytest.fixture
def words() -> Iterator[_Words]:
    catalogue = _Words()
    yield catalogue
    QCoreApplication.removeTranslator(catalogue)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_a_language_change_retranslates_at_once(dialog: SettingsDialog, words: _Words) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.SOUND)
    QCoreApplication.installTranslator(words)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.windowTitle() == "Instellingen"
    assert dialog.tabs.tabText(SettingsDialog.SOUND) == "&Geluid"
    assert dialog.sound.volume.label.text() == "&Volume (nl)"
    assert dialog.look.language.combo.itemText(2) == "Nederlands"  # a language in its own words


def test_a_message_is_retranslated_with_the_rest(
    dialog: SettingsDialog, autostart: FakeAutostart, words: _Words
) -> None:
    autostart.error = PermissionError(13, "Permission denied")
    dialog.start.autostart.click()
    words.words["Pause could not change this: {reason}"] = "Kon dit niet veranderen: {reason}"
    QCoreApplication.installTranslator(words)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.start.error.text() == "Kon dit niet veranderen: Permission denied"
