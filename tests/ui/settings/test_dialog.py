from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from pause_app.core.settings import SettingError, SettingProblem
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.settings.dialog import SettingsDialog


class FakeAutostart:
    def __init__(self) -> None:
        self.on = False
        self.error: OSError | None = None

    def enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        if self.error is not None:
            raise self.error
        self.on = on


@pytest.fixture
def settings_file(pause_home: AppPaths) -> SettingsFile:
    pause_home.create()
    return SettingsFile(pause_home.settings)


@pytest.fixture
def settings(settings_file: SettingsFile) -> SettingsWatcher:
    return SettingsWatcher(settings_file, settings_file.load().settings)


@pytest.fixture
def autostart() -> FakeAutostart:
    return FakeAutostart()


@pytest.fixture
def dialog(qtbot, settings: SettingsWatcher, autostart: FakeAutostart) -> SettingsDialog:
    shown = SettingsDialog(settings, autostart)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _stored(settings_file: SettingsFile, key: str) -> bool | int | str:
    return settings_file.load().settings[key]


def _file_bytes(settings_file: SettingsFile) -> bytes | None:
    return settings_file.path.read_bytes() if settings_file.path.exists() else None


def _type(qtbot, editor: QWidget, text: str) -> None:
    """Clear what is there, type and press Enter, as a person would."""
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


# --- each field writes its key -----------------------------------------------------------


def _pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


@pytest.mark.parametrize(
    ("key", "change", "expected"),
    [
        ("sound.enabled", lambda d: d.sound_enabled.click(), True),
        ("sound.end_chime", lambda d: d.end_chime.click(), False),
        ("sound.volume", lambda d: d.volume.setValue(70), 70),
        ("breathing.pattern", lambda d: _pick(d.pattern, "resonance"), "resonance"),
        ("breathing.pause_minutes", lambda d: _pick(d.pause_minutes, 5), "5"),
        ("ui.language", lambda d: _pick(d.language, "nl"), "nl"),
        ("ui.theme", lambda d: _pick(d.theme, "dark"), "dark"),
        ("ui.reduced_motion", lambda d: _pick(d.motion, "on"), "on"),
    ],
)
def test_each_field_writes_its_key(dialog, settings_file, key, change, expected) -> None:
    change(dialog)
    assert _stored(settings_file, key) == expected


def test_the_volume_follows_the_keyboard_and_shows_its_number(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    assert dialog.volume_value.text() == "40%"
    dialog.tabs.setCurrentIndex(SettingsDialog.SOUND)
    dialog.volume.setFocus()
    qtbot.keyClick(dialog.volume, Qt.Key.Key_Right)
    assert _stored(settings_file, "sound.volume") == 45
    assert dialog.volume_value.text() == "45%"


def test_dragging_the_volume_writes_once_when_let_go(
    dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.volume.setSliderDown(True)
    for value in (50, 60, 70):
        dialog.volume.setSliderPosition(value)
    assert dialog.volume_value.text() == "70%"
    assert _file_bytes(settings_file) is None  # nothing written while dragging
    dialog.volume.setSliderDown(False)
    assert _stored(settings_file, "sound.volume") == 70


def test_session_length_is_kept_on_enter_not_per_keystroke(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.BREATHING)
    dialog.session_minutes.setFocus()
    qtbot.keyClick(dialog.session_minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.session_minutes, "12")
    assert _file_bytes(settings_file) is None
    qtbot.keyClick(dialog.session_minutes, Qt.Key.Key_Return)
    assert _stored(settings_file, "breathing.session_minutes") == 12
    assert dialog.isVisible()  # Enter keeps the value; it does not close the dialog


def test_your_own_rhythm_shows_with_its_pattern_and_is_kept(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.BREATHING)
    assert dialog.custom_box.isHidden()
    _pick(dialog.pattern, "custom")
    assert dialog.custom_box.isVisible()
    _type(qtbot, dialog.custom_parts[2], "7")  # out
    _type(qtbot, dialog.custom_parts[3], "2")  # hold after out
    assert _stored(settings_file, "breathing.custom") == "4,0,7,2"
    assert "holds the breath" in dialog.caution.text()


def test_a_rhythm_out_of_range_cannot_be_stored(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    _pick(dialog.pattern, "custom")
    _type(qtbot, dialog.custom_parts[0], "40")  # in: at most 15 seconds
    assert 1 <= dialog.custom_parts[0].value() <= 15
    inhale = float(str(_stored(settings_file, "breathing.custom")).split(",")[0])
    assert 1 <= inhale <= 15


def test_a_pattern_that_holds_the_breath_shows_the_caution(dialog: SettingsDialog) -> None:
    assert dialog.caution.isHidden()
    _pick(dialog.pattern, "4-7-8")
    assert "holds the breath" in dialog.caution.text()
    assert not dialog.caution.isHidden()
    _pick(dialog.pattern, "calm")
    assert dialog.caution.isHidden()


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
    _pick(dialog.pattern, "custom")
    before = _file_bytes(settings_file)
    monkeypatch.setattr(settings, "set", refuse)
    dialog.custom_parts[0].setValue(5)
    assert dialog.custom_error.isVisible()
    assert "in and out 1 to 15" in dialog.custom_error.text()
    assert dialog.custom_parts[0].value() == 4  # back to what is stored
    assert _file_bytes(settings_file) == before
    monkeypatch.undo()
    dialog.custom_parts[0].setValue(5)
    assert dialog.custom_error.isHidden()
    assert _stored(settings_file, "breathing.custom") == "5,0,6,0"


def test_a_file_that_cannot_be_written_is_said_and_the_box_goes_back(
    dialog: SettingsDialog, settings: SettingsWatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_write(key: str, text: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(settings, "set", cannot_write)
    dialog.sound_enabled.click()
    assert not dialog.sound_enabled.isChecked()
    assert dialog.sound_error.text() == "This could not be saved: Permission denied"


# --- following changes made elsewhere ------------------------------------------------------


def test_a_change_made_elsewhere_shows_without_writing_back(
    dialog: SettingsDialog, settings: SettingsWatcher, pause_home: AppPaths
) -> None:
    elsewhere = SettingsFile(pause_home.settings)  # `pause-app config set`, say
    elsewhere.set("sound.volume", "80")
    elsewhere.set("breathing.pattern", "custom")
    elsewhere.set("breathing.custom", "5,1,7,1")
    elsewhere.set("ui.theme", "light")
    written = _file_bytes(elsewhere)
    assert settings.reload() is not None
    assert dialog.volume.value() == 80
    assert dialog.volume_value.text() == "80%"
    assert dialog.pattern.currentData() == "custom"
    assert [spin.value() for spin in dialog.custom_parts] == [5, 1, 7, 1]
    assert dialog.theme.currentData() == "light"
    assert _file_bytes(elsewhere) == written


class DictSettings:
    """Settings without a change signal: the caller calls load()."""

    def __init__(self, values: dict[str, bool | int | str]) -> None:
        self.values = values
        self.written: list[tuple[str, str]] = []

    def get(self, key: str) -> bool | int | str:
        if key not in self.values:
            raise SettingError(key, SettingProblem.UNKNOWN_KEY, key)
        return self.values[key]

    def set(self, key: str, text: str) -> None:
        self.written.append((key, text))


def test_load_refreshes_the_fields_and_writes_nothing(qtbot, settings_file) -> None:
    fake = DictSettings(dict(settings_file.load().settings.values))
    shown = SettingsDialog(fake, None)
    qtbot.addWidget(shown)
    fake.values.update({"sound.end_chime": False, "breathing.pause_minutes": "2"})
    shown.load()
    assert not shown.end_chime.isChecked()
    assert shown.pause_minutes.currentData() == 2
    assert fake.written == []


def test_settings_without_a_key_grey_out_its_field(qtbot, settings_file) -> None:
    values = dict(settings_file.load().settings.values)
    del values["sound.volume"]
    fake = DictSettings(values)
    shown = SettingsDialog(fake, None)
    qtbot.addWidget(shown)
    assert not shown.volume.isEnabled()
    assert shown.sound_enabled.isEnabled()
    assert not shown.autostart.isEnabled()  # no way to start at login here


# --- starting at login ---------------------------------------------------------------------


def test_start_at_login(dialog: SettingsDialog, autostart: FakeAutostart) -> None:
    dialog.autostart.click()
    assert autostart.on
    assert dialog.autostart_error.isHidden()


def test_start_at_login_that_cannot_be_set_says_why_and_unchecks(
    dialog: SettingsDialog, autostart: FakeAutostart
) -> None:
    autostart.error = PermissionError(13, "Permission denied")
    dialog.tabs.setCurrentIndex(SettingsDialog.START)
    dialog.autostart.click()
    assert not dialog.autostart.isChecked()
    assert dialog.autostart_error.isVisible()
    assert dialog.autostart_error.text() == "Pause could not change this: Permission denied"
    autostart.error = None
    dialog.autostart.click()
    assert dialog.autostart.isChecked() and autostart.on
    assert dialog.autostart_error.isHidden()


def test_start_at_login_follows_what_is_there_when_loading(
    dialog: SettingsDialog, autostart: FakeAutostart
) -> None:
    autostart.on = True  # turned on elsewhere
    dialog.load()
    assert dialog.autostart.isChecked()


# --- sound that is not there ---------------------------------------------------------------


def test_without_sound_the_sound_fields_are_greyed_out_with_the_reason(
    dialog: SettingsDialog,
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.SOUND)
    dialog.set_sound_available(False)
    assert not any(w.isEnabled() for w in (dialog.sound_enabled, dialog.volume, dialog.end_chime))
    assert dialog.sound_note.isVisible()
    assert "not available" in dialog.sound_note.text()
    dialog.set_sound_available(True)
    assert all(w.isEnabled() for w in (dialog.sound_enabled, dialog.volume, dialog.end_chime))
    assert dialog.sound_note.isHidden()


# --- opening, closing, keyboard, words -----------------------------------------------------


@pytest.fixture
def owner(qtbot) -> QWidget:
    window = QWidget()
    window.setObjectName("owner")
    qtbot.addWidget(window)
    window.show()
    return window


def test_open_for_brings_back_the_one_dialog(
    qtbot, owner: QWidget, settings: SettingsWatcher, autostart: FakeAutostart
) -> None:
    first = SettingsDialog.open_for(owner, settings, autostart)
    assert first.isVisible()
    again = SettingsDialog.open_for(owner, settings, autostart, sound_available=False)
    assert again is first
    assert len(owner.findChildren(SettingsDialog)) == 1
    assert not first.volume.isEnabled()
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert not first.isVisible()
    assert SettingsDialog.open_for(owner, settings, autostart) is first
    assert first.isVisible()
    first.close()


def test_the_close_button_closes(qtbot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.rejected):
        dialog.close_button.click()
    assert not dialog.isVisible()


def test_every_field_label_has_its_field_as_buddy(dialog: SettingsDialog) -> None:
    labelled = [
        label for label in dialog.findChildren(QLabel) if "&" in label.text().replace("&&", "")
    ]
    assert labelled
    assert [label.text() for label in labelled if label.buddy() is None] == []


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_mnemonics_do_not_clash_on_any_page(dialog: SettingsDialog) -> None:
    tabs = [_mnemonic(dialog.tabs.tabText(i)) for i in range(dialog.tabs.count())]
    assert None not in tabs and len(set(tabs)) == len(tabs)
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        texts = [label.text() for label in page.findChildren(QLabel)]
        texts += [button.text() for button in page.findChildren(QAbstractButton)]
        letters = [m for m in map(_mnemonic, texts) if m]
        clashes = {m for m in letters if letters.count(m) > 1 or m in tabs}
        assert clashes == set(), dialog.tabs.tabText(index)


def test_it_fits_at_its_default_size(dialog: SettingsDialog) -> None:
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= dialog.width() and hint.height() <= dialog.height()


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
    assert dialog.volume_label.text() == "&Volume (nl)"
    assert dialog.language.itemText(2) == "Nederlands"  # a language in its own words


def test_a_message_is_retranslated_with_the_rest(
    dialog: SettingsDialog, autostart: FakeAutostart, words: _Words
) -> None:
    autostart.error = PermissionError(13, "Permission denied")
    dialog.autostart.click()
    words.words["Pause could not change this: {reason}"] = "Kon dit niet veranderen: {reason}"
    QCoreApplication.installTranslator(words)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.autostart_error.text() == "Kon dit niet veranderen: Permission denied"


# --- reminders -----------------------------------------------------------------------------


def test_the_reminder_fields_write_their_keys(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    was_on = dialog.reminders_enabled.isChecked()
    dialog.reminders_enabled.click()
    assert _stored(settings_file, "reminders.enabled") is (not was_on)
    _type(qtbot, dialog.interval, "30")
    assert _stored(settings_file, "reminders.interval_minutes") == 30
    _type(qtbot, dialog.hours, "mon-fri 09:00-12:00,13:30-21:00; sat,sun 10:00-20:00")
    stored_hours = _stored(settings_file, "reminders.active_hours")
    assert "13:30" in str(stored_hours)
    assert dialog.hours.text() == str(stored_hours)  # shown as it was kept
    _pick(dialog.reminder_style, "window")
    assert _stored(settings_file, "reminders.style") == "window"
    _pick(dialog.reminder_style, "notification")
    assert _stored(settings_file, "reminders.style") == "notification"
    assert dialog.isVisible()  # Enter in a field never closes the dialog


def test_the_interval_is_kept_on_enter_not_per_keystroke(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    before = _file_bytes(settings_file)
    dialog.interval.setFocus()
    dialog.interval.selectAll()
    qtbot.keyClicks(dialog.interval, "25")
    assert _file_bytes(settings_file) == before
    dialog.reminders_enabled.setFocus()  # leaving the field keeps it too
    assert _stored(settings_file, "reminders.interval_minutes") == 25


@pytest.mark.parametrize("text", ["0", "500", "abc", ""])
def test_an_interval_that_cannot_be_used_is_said_and_not_kept(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile, text: str
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    _type(qtbot, dialog.interval, "30")
    before = _file_bytes(settings_file)
    _type(qtbot, dialog.interval, text)
    assert dialog.interval_error.isVisible()
    assert dialog.interval_error.text() == ("Please use a whole number of minutes from 1 to 480.")
    assert _file_bytes(settings_file) == before
    assert dialog.interval.text() == text  # left to correct
    _type(qtbot, dialog.interval, "45")
    assert dialog.interval_error.isHidden()
    assert _stored(settings_file, "reminders.interval_minutes") == 45


@pytest.mark.parametrize("text", ["9-25", "09:00-25:00", "every day", "mon-fri"])
def test_active_hours_that_cannot_be_used_are_said_and_not_kept(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile, text: str
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    _type(qtbot, dialog.hours, "09:00-21:00")
    before = _file_bytes(settings_file)
    _type(qtbot, dialog.hours, text)
    assert dialog.hours_error.isVisible()
    assert "09:00-21:00" in dialog.hours_error.text()
    assert _file_bytes(settings_file) == before
    _type(qtbot, dialog.hours, "10:00-18:00")
    assert dialog.hours_error.isHidden()
    assert _stored(settings_file, "reminders.active_hours") == "10:00-18:00"


def test_typing_not_yet_kept_stays_when_another_setting_changes(
    qtbot, dialog: SettingsDialog, settings: SettingsWatcher, pause_home: AppPaths
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    _type(qtbot, dialog.interval, "abc")
    elsewhere = SettingsFile(pause_home.settings)
    elsewhere.set("sound.volume", "90")
    settings.reload()
    assert dialog.interval.text() == "abc"
    assert dialog.interval_error.isVisible()
    elsewhere.set("reminders.interval_minutes", "20")  # that very setting: shown as it is now
    settings.reload()
    assert dialog.interval.text() == "20"
    assert dialog.interval_error.isHidden()


def test_opening_again_shows_what_is_stored_not_old_typing(
    qtbot, owner: QWidget, settings: SettingsWatcher, autostart: FakeAutostart
) -> None:
    shown = SettingsDialog.open_for(owner, settings, autostart)
    _type(qtbot, shown.interval, "abc")
    shown.close()
    again = SettingsDialog.open_for(owner, settings, autostart)
    assert again.interval.text() == str(settings.get("reminders.interval_minutes"))
    assert again.interval_error.isHidden()
    again.close()
