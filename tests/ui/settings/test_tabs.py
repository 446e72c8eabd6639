"""The tabs: what each holds, its labels and keys, and the words around the fields."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel

from pause_app.storage.settings_file import SettingsFile
from pause_app.text.patterns import pattern_names
from pause_app.ui.settings import SettingsDialog
from tests.ui.settings.helpers import pick, stored, type_text


def test_your_own_rhythm_shows_with_its_pattern_and_is_kept(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.BREATHING)
    assert dialog.breathing.custom.box.isHidden()
    pick(dialog.breathing.pattern.combo, "custom")
    assert dialog.breathing.custom.box.isVisible()
    type_text(qtbot, dialog.breathing.custom.editor.parts[2], "7")  # out
    type_text(qtbot, dialog.breathing.custom.editor.parts[3], "2")  # hold after out
    assert stored(settings_file, "breathing.custom") == "4,0,7,2"
    assert "holds the breath" in dialog.breathing.caution.text()


def test_a_pattern_that_holds_the_breath_shows_the_caution(dialog: SettingsDialog) -> None:
    assert dialog.breathing.caution.isHidden()
    pick(dialog.breathing.pattern.combo, "4-7-8")
    assert "holds the breath" in dialog.breathing.caution.text()
    assert not dialog.breathing.caution.isHidden()
    pick(dialog.breathing.pattern.combo, "calm")
    assert dialog.breathing.caution.isHidden()


def test_the_reminder_fields_write_their_keys(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    was_on = dialog.reminders.enabled.box.isChecked()
    dialog.reminders.enabled.box.click()
    assert stored(settings_file, "reminders.enabled") is (not was_on)
    type_text(qtbot, dialog.reminders.interval.edit, "30")
    assert stored(settings_file, "reminders.interval_minutes") == 30
    dialog.reminders.hours.editor.groups[0].days[6].click()  # Sunday without reminders
    assert stored(settings_file, "reminders.active_hours") == "mon-sat 09:00-21:00"
    pick(dialog.reminders.reminder_style.combo, "window")
    assert stored(settings_file, "reminders.style") == "window"
    pick(dialog.reminders.reminder_style.combo, "notification")
    assert stored(settings_file, "reminders.style") == "notification"
    assert dialog.isVisible()  # Enter in a field never closes the dialog


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


def test_each_tab_binds_these_settings_in_this_order(dialog: SettingsDialog) -> None:
    pages = [dialog.tabs.widget(index) for index in range(dialog.tabs.count())]
    assert pages == [dialog.reminders, dialog.breathing, dialog.sound, dialog.look, dialog.start]
    assert [[field.key for field in page.fields] for page in pages] == [
        [
            "reminders.enabled",
            "reminders.interval_minutes",
            "reminders.active_hours",
            "reminders.style",
            "reminders.away_minutes",
            "reminders.respect_dnd",
            "reminders.adapt_to_energy",
            "checkin.morning_prompt",
        ],
        [
            "breathing.pattern",
            "breathing.custom",
            "breathing.pause_minutes",
            "breathing.session_minutes",
            "breathing.announce_phases",
        ],
        ["sound.enabled", "sound.volume", "sound.end_chime", "reminders.chime"],
        ["ui.language", "ui.theme", "ui.contrast", "ui.text_size", "ui.reduced_motion"],
        [],  # starting at login is the system's, not a setting
    ]


def test_the_patterns_have_the_names_the_breathe_page_gives_them(
    dialog: SettingsDialog, translations
) -> None:
    combo = dialog.breathing.pattern.combo
    assert [combo.itemText(i) for i in range(combo.count())] == list(pattern_names().values())
    translations.install("nl")
    assert combo.itemText(combo.findData("calm")) == (
        "Rustig: 4 in, 6 uit (6 ademhalingen per minuut)"
    )
    assert combo.itemText(combo.findData("custom")) == "Je eigen ritme"
    labels = [label.text() for label in dialog.breathing.custom.editor.labels]
    assert labels == ["In", "Vasthouden", "Uit", "Vasthouden"]


def test_adapting_to_energy_is_a_box_that_says_why_and_writes_its_key(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    box = dialog.reminders.adapt_to_energy.box
    assert not box.isChecked()  # off until the user turns it on
    assert dialog.reminders.adapt_hint.text() == (
        "On a low-energy day, pauses come a little more often."
    )
    assert dialog.reminders.adapt_hint.isVisible()
    box.click()
    assert stored(settings_file, "reminders.adapt_to_energy") is True
    box.click()
    assert stored(settings_file, "reminders.adapt_to_energy") is False
