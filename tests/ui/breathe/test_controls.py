from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.breathe.area import BreatheArea
from pause_app.ui.breathe.controls import CUSTOM, BreatheControls
from pause_app.ui.widgets.rhythm_editor import RhythmEditor


@pytest.fixture
def controls(qtbot, settings: SettingsWatcher) -> BreatheControls:
    shown = BreatheControls(settings)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_chosen_pattern_and_length_are_remembered(area: BreatheArea, pause_home) -> None:
    controls = area.controls
    controls.pattern.setCurrentIndex(controls.pattern.findData("resonance"))
    controls.length.setCurrentIndex(controls.length.findData(10))
    controls.pause_minutes.setCurrentIndex(controls.pause_minutes.findData(2))
    again = SettingsFile(pause_home.settings).load().settings
    assert again["breathing.pattern"] == "resonance"
    assert again["breathing.session_minutes"] == 10
    assert again["breathing.pause_minutes"] == "2"


def test_another_length(qtbot, area: BreatheArea) -> None:
    controls = area.controls
    controls.length.setCurrentIndex(controls.length.findData(0))
    assert controls.custom_minutes.isVisible()
    controls.custom_minutes.setValue(7)
    assert controls.chosen_minutes() == 7


def test_another_length_allows_what_the_setting_allows(controls: BreatheControls) -> None:
    assert (controls.custom_minutes.minimum(), controls.custom_minutes.maximum()) == (1, 60)


def test_patterns_with_holds_show_one_caution_line(area: BreatheArea) -> None:
    controls = area.controls
    assert controls.caution.isHidden()
    controls.pattern.setCurrentIndex(controls.pattern.findData("box"))
    assert "holds the breath" in controls.caution.text()
    controls.pattern.setCurrentIndex(controls.pattern.findData("4-7-8"))
    assert "stops after at most 4 breaths" in controls.caution.text()


def test_sound_is_off_until_turned_on(area: BreatheArea, settings: SettingsWatcher) -> None:
    assert not area.controls.sound.isChecked()
    area.controls.sound.setChecked(True)
    assert settings.get("sound.enabled") is True


def test_the_caution_line_speaks_dutch(area: BreatheArea, translations) -> None:
    translations.install("nl")
    controls = area.controls
    controls.pattern.setCurrentIndex(controls.pattern.findData("4-7-8"))
    assert controls.caution.text().startswith("Bij dit patroon houd je de adem vast.")
    assert "Het stopt na hooguit 4 ademhalingen." in controls.caution.text()


def test_the_pattern_names_speak_dutch_after_a_language_change(
    controls: BreatheControls, translations
) -> None:
    own_rhythm = controls.custom_row  # made in English, then the language changes
    translations.install("nl")
    calm = controls.pattern.findData("calm")
    assert controls.pattern.itemText(calm) == "Rustig: 4 in, 6 uit (6 ademhalingen per minuut)"
    assert controls.pattern.itemText(controls.pattern.findData("custom")) == "Je eigen ritme"
    assert [label.text() for label in own_rhythm.labels][:2] == ["In", "Vasthouden"]


def test_the_pattern_list_offers_every_pattern_then_ones_own(controls: BreatheControls) -> None:
    data = [controls.pattern.itemData(i) for i in range(controls.pattern.count())]
    assert data == ["calm", "resonance", "gentle", "sigh", "box", "4-7-8", "custom"]
    minutes = [controls.pause_minutes.itemData(i) for i in range(controls.pause_minutes.count())]
    assert minutes == [1, 2, 5]
    lengths = [controls.length.itemData(i) for i in range(controls.length.count())]
    assert lengths == [1, 2, 5, 10, CUSTOM]


# --- following changes made elsewhere ------------------------------------------------------


def test_a_change_made_elsewhere_shows_at_once_without_writing_back(
    controls: BreatheControls, settings: SettingsWatcher, pause_home: AppPaths
) -> None:
    elsewhere = SettingsFile(pause_home.settings)  # `pause-app config set`, say
    elsewhere.set("breathing.pattern", "custom")
    elsewhere.set("breathing.custom", "5,1,7,1")
    elsewhere.set("breathing.session_minutes", "10")
    elsewhere.set("breathing.pause_minutes", "5")
    elsewhere.set("sound.enabled", "true")
    written = elsewhere.path.read_bytes()
    assert settings.reload() is not None  # nobody calls load_settings(): the controls follow
    assert controls.chosen_pattern() == "custom"
    assert controls.custom_row.isVisible()
    assert [spin.value() for spin in controls.custom_row.parts] == [5, 1, 7, 1]
    assert "holds the breath" in controls.caution.text()
    assert controls.chosen_minutes() == 10
    assert controls.pause_minutes.currentData() == 5
    assert controls.sound.isChecked()
    assert elsewhere.path.read_bytes() == written


def test_a_length_of_its_own_shows_as_another_length(
    controls: BreatheControls, settings: SettingsWatcher
) -> None:
    settings.set("breathing.session_minutes", "25")  # the settings dialog, say
    assert controls.length.currentData() == CUSTOM
    assert controls.custom_minutes.isVisible() and controls.custom_minutes.value() == 25


def test_typing_a_rhythm_is_not_undone_by_its_own_reload(
    qtbot, controls: BreatheControls, settings: SettingsWatcher
) -> None:
    """Each keystroke is kept, and the settings change it causes reloads the controls: the
    reload must leave the box being typed in alone ("7" on the way to "7.5")."""
    controls.pattern.setCurrentIndex(controls.pattern.findData("custom"))
    exhale = controls.custom_row.parts[2]
    exhale.setFocus()
    exhale.selectAll()
    qtbot.keyClicks(exhale, "7.5")
    qtbot.keyClick(exhale, Qt.Key.Key_Return)
    assert exhale.value() == 7.5
    assert settings.get("breathing.custom") == "4,0,7.5,0"


def test_with_twice_the_text_the_controls_wrap_rather_than_widen_the_page(
    qtbot, settings: SettingsWatcher
) -> None:
    """At 2x text the drop-downs shrink (their choices elided) and the rows wrap: the
    controls fit a page of 360 pixels, so the Breathe page never scrolls sideways."""
    controls = BreatheControls(settings)
    qtbot.addWidget(controls)
    font = controls.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    controls.setFont(font)
    controls.show()
    assert controls.minimumSizeHint().width() <= 360
    controls.resize(360, controls.heightForWidth(360) if controls.hasHeightForWidth() else 900)
    assert controls.pause_minutes.geometry().right() <= 360
    assert controls.pause_minutes.y() > controls.start_pause.y()  # wrapped under the button
    assert controls.sound.accessibleName() == controls.sound_words.text()


def test_a_click_on_the_sound_words_ticks_the_box(qtbot, controls: BreatheControls) -> None:
    assert not controls.sound.isChecked()
    qtbot.mouseClick(controls.sound_words, Qt.MouseButton.LeftButton)
    assert controls.sound.isChecked()
    controls.sound_unavailable()
    qtbot.mouseClick(controls.sound_words, Qt.MouseButton.LeftButton)
    assert controls.sound.isChecked() and not controls.sound_words.isEnabled()


def test_the_own_rhythm_is_made_when_it_is_first_chosen(qtbot, settings: SettingsWatcher) -> None:
    """Most people never choose their own rhythm: its four boxes are made, and styled, the
    first time it is chosen, not at every start; a start that finds it chosen shows it."""
    controls = BreatheControls(settings)
    qtbot.addWidget(controls)
    controls.show()
    assert controls.findChildren(RhythmEditor) == []
    controls.pattern.setCurrentIndex(controls.pattern.findData("custom"))
    made = controls.findChildren(RhythmEditor)
    assert made == [controls.custom_row] and controls.custom_row.isVisible()
    controls.pattern.setCurrentIndex(controls.pattern.findData("calm"))
    assert not controls.custom_row.isVisible()  # the same boxes, kept
    assert controls.findChildren(RhythmEditor) == made

    settings.set("breathing.pattern", "custom")  # as a start finds it, set another day
    again = BreatheControls(settings)
    qtbot.addWidget(again)
    again.show()
    assert again.findChildren(RhythmEditor) == [again.custom_row]
    assert again.custom_row.isVisible()
