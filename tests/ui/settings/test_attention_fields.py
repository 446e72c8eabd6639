"""The reminders' attention settings in the dialog: time away that counts as a pause,
waiting during do-not-disturb, the chime, and the one line when away cannot be noticed."""

from __future__ import annotations

from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.settings import SettingsDialog
from tests.ui.settings.helpers import stored, type_text


def test_time_away_is_whole_minutes_from_1_to_60(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    away = dialog.reminders.away
    assert away.edit.text() == "5"
    assert away.label.text() == "Away &for" and away.label.buddy() is away.edit
    type_text(qtbot, away.edit, "12")
    assert stored(settings_file, "reminders.away_minutes") == 12
    for wrong in ("0", "61", "soon"):
        type_text(qtbot, away.edit, wrong)
        assert stored(settings_file, "reminders.away_minutes") == 12  # nothing changed
        assert away.error.isVisible()
        assert away.error.text() == "Please use a whole number of minutes from 1 to 60."
    type_text(qtbot, away.edit, "7")
    assert away.error.isHidden()


def test_waiting_during_do_not_disturb_is_on_until_turned_off(
    dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    box = dialog.reminders.respect_dnd.box
    assert box.isChecked()
    assert box.text() == "Let reminders &wait during full screen, calls and do not disturb"
    box.click()
    assert stored(settings_file, "reminders.respect_dnd") is False


def test_the_chime_is_with_the_sound_and_off_until_turned_on(
    dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.SOUND)
    box = dialog.sound.reminder_chime.box
    off_note = dialog.sound.off_note
    # The sound cues are off at first: the chime would not sound, so it rests, and says why.
    assert not box.isChecked() and not box.isEnabled()
    assert off_note.isVisible() and off_note.property("role") == "muted"
    assert off_note.text() == "The chime with a reminder sounds only with the sound cues on."
    dialog.sound.enabled.box.click()
    assert box.isEnabled() and off_note.isHidden()
    box.click()
    assert stored(settings_file, "reminders.chime") is True
    dialog.sound.enabled.box.click()  # the sound cues off again
    assert not box.isEnabled() and box.isChecked() and off_note.isVisible()
    dialog.sound.enabled.box.click()
    dialog.set_sound_available(False)  # no sound on this computer: no chime either
    assert not box.isEnabled()
    assert off_note.isHidden()  # the line about no sound at all says enough


def test_without_an_idle_source_the_time_away_rests(dialog: SettingsDialog) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    away = dialog.reminders.away
    assert away.edit.isEnabled()
    dialog.reminders.set_idle_available(False)
    assert not away.edit.isEnabled() and not away.label.isEnabled()
    dialog.load()  # loading again (a setting changed elsewhere) keeps it resting
    assert not away.edit.isEnabled()
    assert dialog.reminders.idle_note.isVisible()
    dialog.reminders.set_idle_available(True)
    dialog.load()
    assert away.edit.isEnabled()


def test_without_an_idle_source_one_calm_line_says_so(dialog: SettingsDialog) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    note = dialog.reminders.idle_note
    assert note.isHidden()
    dialog.reminders.set_idle_available(False)
    assert note.isVisible()
    assert note.text() == (
        "This desktop does not tell Pause when you are away; reminders keep to their times."
    )
    assert note.property("role") == "muted"  # a line to read, not an error
    dialog.reminders.set_idle_available(True)
    assert note.isHidden()
