from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pause_app.core.breathing import Pattern
from pause_app.ui.widgets.rhythm_editor import RhythmEditor


@pytest.fixture
def editor(qtbot) -> RhythmEditor:
    shown = RhythmEditor()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_each_part_allows_only_what_a_rhythm_may_have(editor: RhythmEditor) -> None:
    ranges = [(spin.minimum(), spin.maximum()) for spin in editor.parts]
    assert ranges == [(1.0, 15.0), (0.0, 10.0), (1.0, 15.0), (0.0, 10.0)]
    assert {spin.decimals() for spin in editor.parts} == {1}
    assert {spin.singleStep() for spin in editor.parts} == {0.5}
    editor.parts[0].setValue(40)
    assert editor.parts[0].value() == 15


def test_in_and_its_hold_then_out_and_its_hold(editor: RhythmEditor) -> None:
    assert [label.text() for label in editor.labels] == ["In", "Hold", "Out", "Hold"]
    assert [label.buddy() for label in editor.labels] == editor.parts
    assert {spin.suffix() for spin in editor.parts} == {" s"}
    grid = editor.layout()
    positions = [grid.getItemPosition(grid.indexOf(spin))[:2] for spin in editor.parts]
    assert positions == [(0, 1), (0, 3), (1, 1), (1, 3)]


def test_the_text_is_what_the_setting_keeps(editor: RhythmEditor) -> None:
    editor.show_rhythm(Pattern.custom(4, 0, 7.5, 2))
    assert editor.text() == "4,0,7.5,2"


def test_showing_a_rhythm_says_nothing_and_a_change_says_edited(
    qtbot, editor: RhythmEditor
) -> None:
    with qtbot.assertNotEmitted(editor.edited):
        editor.show_rhythm(Pattern.custom(5, 1, 7, 1))
    assert [spin.value() for spin in editor.parts] == [5, 1, 7, 1]
    with qtbot.waitSignal(editor.edited, timeout=0):
        editor.parts[3].setValue(2)


def test_showing_leaves_a_part_being_typed_in_alone(qtbot, editor: RhythmEditor) -> None:
    exhale = editor.parts[2]
    exhale.setFocus()
    exhale.selectAll()
    qtbot.keyClicks(exhale, "7")
    assert exhale.text() == "7 s"
    editor.show_rhythm(Pattern.custom(4, 0, 7, 0))  # what a reload after "7" shows
    assert exhale.text() == "7 s"
    qtbot.keyClicks(exhale, ".5")
    assert exhale.value() == 7.5


def test_each_keystroke_counts_unless_kept_on_enter(qtbot) -> None:
    tracking, on_enter = RhythmEditor(), RhythmEditor(keep_on_enter=True)
    for editor in (tracking, on_enter):
        qtbot.addWidget(editor)
        editor.show()
    assert all(spin.keyboardTracking() for spin in tracking.parts)
    inhale = on_enter.parts[0]
    inhale.setFocus()
    inhale.selectAll()
    with qtbot.assertNotEmitted(on_enter.edited):
        qtbot.keyClicks(inhale, "6")
    with qtbot.waitSignal(on_enter.edited, timeout=0):
        qtbot.keyClick(inhale, Qt.Key.Key_Return)
    assert on_enter.text() == "6,0,1,0"


class _Wide(QLabel):
    pass


def test_the_settings_form_can_keep_its_own_look(qtbot) -> None:
    editor = RhythmEditor(spacing=10, make_label=_Wide)
    qtbot.addWidget(editor)
    assert editor.layout().horizontalSpacing() == 10
    assert all(isinstance(label, _Wide) for label in editor.labels)


def test_the_words_follow_a_language_change(editor: RhythmEditor, translations) -> None:
    translations.install("nl")
    assert [label.text() for label in editor.labels] == ["In", "Vasthouden", "Uit", "Vasthouden"]
