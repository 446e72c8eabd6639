"""The active hours' editor: days as toggles, time pickers, the same text `config set` takes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QWidget

from pause_app.core.reminders import parse_active_hours
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.settings import SettingsDialog
from pause_app.ui.settings.hours_editor import HoursEditor
from tests.ui.settings.helpers import file_bytes, stored

WEEK_AND_WEEKEND = "mon-fri 09:00-12:00,13:30-21:00; sat,sun 10:00-20:00"


@pytest.fixture
def editor(qtbot) -> HoursEditor:
    made = HoursEditor()
    qtbot.addWidget(made)
    made.show()
    return made


def _days(editor: HoursEditor) -> list[list[int]]:
    return [group.chosen() for group in editor.groups]


def _times(editor: HoursEditor) -> list[list[tuple[int, int]]]:
    return [[line.minutes() for line in group.ranges] for group in editor.groups]


@pytest.mark.parametrize(
    "text",
    [
        "09:00-21:00",
        WEEK_AND_WEEKEND,
        "mon 08:00-10:00; wed 08:00-10:00",  # the same hours on days apart: one group
        "00:00-24:00",
        "tue,thu 07:30-08:15,18:00-23:59",
    ],
)
def test_what_it_shows_reads_back_as_the_same_hours(editor: HoursEditor, text: str) -> None:
    heard: list[None] = []
    editor.edited.connect(lambda: heard.append(None))
    editor.show_hours(text)
    assert parse_active_hours(editor.text()) == parse_active_hours(text)
    assert heard == []  # showing is not editing


def test_days_with_the_same_hours_share_a_group(editor: HoursEditor) -> None:
    editor.show_hours(WEEK_AND_WEEKEND)
    assert _days(editor) == [[0, 1, 2, 3, 4], [5, 6]]
    assert _times(editor) == [[(540, 720), (810, 1260)], [(600, 1200)]]
    assert not any(group.remove_group.isHidden() for group in editor.groups)
    editor.show_hours("mon 08:00-10:00; wed 08:00-10:00")
    assert _days(editor) == [[0, 2]]
    assert editor.groups[0].remove_group.isHidden()  # the last group stays


def test_midnight_at_the_end_is_the_end_of_the_day(editor: HoursEditor) -> None:
    editor.show_hours("00:00-24:00")
    line = editor.groups[0].ranges[0]
    assert line.end.time() == QTime(0, 0)
    assert editor.text() == "00:00-24:00"


def test_a_day_belongs_to_one_group(editor: HoursEditor) -> None:
    editor.show_hours(WEEK_AND_WEEKEND)
    heard: list[None] = []
    editor.edited.connect(lambda: heard.append(None))
    editor.groups[1].days[4].click()  # Friday into the weekend's hours
    assert _days(editor) == [[0, 1, 2, 3], [4, 5, 6]]
    assert heard == [None]  # one change, not two
    assert editor.text() == "mon-thu 09:00-12:00,13:30-21:00; fri-sun 10:00-20:00"


def test_ranges_and_groups_are_added_and_removed(editor: HoursEditor) -> None:
    heard: list[None] = []
    editor.edited.connect(lambda: heard.append(None))
    group = editor.groups[0]
    assert group.ranges[0].remove.isHidden()  # one range: nothing to remove
    group.add_range.click()
    assert _times(editor) == [[(540, 1260), (1320, 1380)]]  # after the last, an hour long
    assert group.ranges[1].start.hasFocus()
    assert not group.ranges[0].remove.isHidden()
    group.ranges[0].remove.click()
    assert _times(editor) == [[(1320, 1380)]]
    editor.add_group.click()
    assert len(editor.groups) == 2 and _days(editor)[1] == []
    assert editor.groups[1].days[0].hasFocus()
    assert editor.text() == "22:00-23:00"  # a group without days adds nothing yet
    editor.show_hours("22:00-23:00")  # the stored value coming back leaves it be
    assert len(editor.groups) == 2
    editor.groups[1].days[6].click()
    assert editor.text() == "mon-sat 22:00-23:00; sun 10:00-20:00"
    editor.groups[0].remove_group.click()
    assert editor.text() == "sun 10:00-20:00"
    assert editor.add_group.hasFocus()
    assert len(heard) == 5  # each change once


def test_every_control_has_a_name_and_the_keyboard_reaches_it(editor: HoursEditor) -> None:
    editor.show_hours(WEEK_AND_WEEKEND)
    first = editor.groups[0]
    assert [toggle.accessibleName() for toggle in first.days] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]  # fmt: skip
    assert [toggle.text() for toggle in first.days][:2] == ["Mon", "Tue"]
    assert first.accessibleName() == "Days and hours 1"
    assert first.ranges[1].start.accessibleName() == "Start of time range 2"
    assert first.ranges[1].end.accessibleName() == "End of time range 2"
    assert first.ranges[1].remove.accessibleName() == "Remove time range 2"
    controls: list[QWidget] = [*first.days, first.ranges[0].start, first.add_range]
    for control in controls:
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.objectName()


def test_space_toggles_a_day(qtbot, editor: HoursEditor) -> None:
    toggle = editor.groups[0].days[2]
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert 2 not in editor.groups[0].chosen()


def test_the_dialog_keeps_the_hours_and_says_what_it_cannot_use(
    qtbot, dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    field = dialog.reminders.hours
    assert field.label.buddy() is field.editor.groups[0].days[0]
    field.editor.groups[0].days[6].click()  # no reminders on Sunday
    assert stored(settings_file, "reminders.active_hours") == "mon-sat 09:00-21:00"
    before = file_bytes(settings_file)
    line = field.editor.groups[0].ranges[0]
    line.start.setTime(QTime(22, 0))  # past its end: not kept, said
    assert field.error.isVisible()
    # The message names the range, and its time fields are marked, for eyes and ears.
    assert field.error.text().startswith("22:00 to 21:00: this time range ends before it")
    assert line.start.property("problem") is True and line.end.property("problem") is True
    assert "ends before it starts" in line.start.accessibleDescription()
    assert file_bytes(settings_file) == before
    assert line.start.time() == QTime(22, 0)  # left for the person to finish
    line.end.setTime(QTime(23, 0))
    assert field.error.isHidden()
    assert line.start.property("problem") is False and not line.end.accessibleDescription()
    assert stored(settings_file, "reminders.active_hours") == "mon-sat 22:00-23:00"
    for toggle in field.editor.groups[0].days[:6]:
        toggle.click()  # each day let go is kept, until none is left
    assert stored(settings_file, "reminders.active_hours") == "sat 22:00-23:00"
    assert field.error.isVisible()  # no day at all: said, and not kept


def test_hours_past_midnight_are_told_to_be_two_ranges(
    dialog: SettingsDialog, settings_file: SettingsFile
) -> None:
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    field = dialog.reminders.hours
    line = field.editor.groups[0].ranges[0]
    line.start.setTime(QTime(22, 0))
    line.end.setTime(QTime(2, 0))  # 22:00 to 02:00: not kept, and said how to write it
    assert field.error.isVisible()
    assert field.error.text() == (
        "For hours past midnight, please use two time ranges: one until 00:00 and one from 00:00."
    )
    assert stored(settings_file, "reminders.active_hours") == "09:00-21:00"
    line.end.setTime(QTime(0, 0))  # until midnight: kept
    assert field.error.isHidden()
    field.editor.groups[0].add_range.click()
    assert _times(field.editor)[0][-1] == (0, 60)  # the free night, not over the evening
    field.editor.groups[0].ranges[-1].end.setTime(QTime(2, 0))
    assert stored(settings_file, "reminders.active_hours") == "00:00-02:00,22:00-24:00"


def test_hours_set_elsewhere_show_in_the_editor(
    dialog: SettingsDialog, settings, settings_file: SettingsFile
) -> None:
    settings_file.set("reminders.active_hours", WEEK_AND_WEEKEND)
    settings.reload()
    assert _days(dialog.reminders.hours.editor) == [[0, 1, 2, 3, 4], [5, 6]]


@pytest.mark.parametrize(
    ("hours", "added"),
    [
        ("09:00-21:00", (22 * 60, 23 * 60)),  # an hour after the last, as before
        ("09:00-24:00", (0, 60)),  # not 23:00-24:00 over the range: the free night
        ("00:00-12:00,13:00-24:00", (12 * 60, 13 * 60)),  # the one free hour
        ("00:00-12:00,12:30-24:00", (12 * 60, 12 * 60 + 30)),  # less than an hour is left
    ],
)
def test_an_added_range_goes_where_the_day_is_free(
    editor: HoursEditor, hours: str, added: tuple[int, int]
) -> None:
    editor.show_hours(hours)
    group = editor.groups[0]
    group.add_range.click()
    assert _times(editor)[0][-1] == added
    assert editor.hours() is not None  # the settings take it: nothing overlaps


def test_a_full_day_offers_no_range_to_add(editor: HoursEditor) -> None:
    editor.show_hours("00:00-24:00")
    group = editor.groups[0]
    assert not group.add_range.isEnabled()
    assert group.add_range.toolTip() == "These hours fill the whole day already."
    group.ranges[0].end.setTime(QTime(23, 0))  # an hour free again
    assert group.add_range.isEnabled() and group.add_range.toolTip() == ""
    group.add_range.click()
    assert _times(editor) == [[(0, 23 * 60), (23 * 60, 24 * 60)]]
    assert not group.add_range.isEnabled()


def test_an_overlap_is_named_and_marked_on_the_later_range(editor: HoursEditor) -> None:
    editor.show_hours("mon 09:00-12:00,13:00-17:00")
    editor.retranslate_ui()
    first, second = editor.groups[0].ranges
    assert editor.problems() == []
    second.start.setTime(QTime(11, 0))  # into the first range
    [(line, words)] = editor.problems()
    assert line is second and words == "11:00 to 17:00 overlaps 09:00 to 12:00."
    assert second.start.property("problem") is True
    assert not first.start.property("problem")
