"""Settings › Reminders by the keyboard: Tab goes through it in reading order, top to bottom
and left to right, the active hours' buttons after the days and hours they act on."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.ui.settings import SettingsDialog

TWO_GROUPS = "mon-fri 09:00-12:00,13:30-21:00; sat,sun 10:00-20:00"


def _tab_through(qtbot, dialog: SettingsDialog) -> list[QWidget]:
    """Every control Tab reaches on the Reminders page, in order, from the first one."""
    page = dialog.reminders
    reached: list[QWidget] = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if reached and focused is reached[-1]:
            continue  # a time field: Tab walks its hours and minutes first
        if focused in reached:
            break
        if page.isAncestorOf(focused):
            reached.append(focused)
    return reached


def test_tab_goes_through_the_reminders_in_reading_order(qtbot, dialog: SettingsDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    editor = dialog.reminders.hours.editor
    editor.show_hours(TWO_GROUPS)
    editor.retranslate_ui()
    editor.groups[0].add_range.click()  # a range added later still comes before the buttons
    for _ in range(5):
        QApplication.processEvents()  # laid out again
    dialog.tabs.tabBar().setFocus()
    reached = _tab_through(qtbot, dialog)

    expected = [c for g in editor.groups for c in g.controls() if c.isVisibleTo(dialog)]
    expected.append(editor.add_group)
    inside = [w for w in reached if editor.isAncestorOf(w)]
    assert inside == expected
    # The page as a whole: each control at or below the one before, or to its right.
    places = [w.mapTo(dialog.reminders, QPoint(0, w.height() // 2)) for w in reached]
    for (before, after), widget in zip(pairwise(places), reached[1:], strict=True):
        assert after.y() > before.y() + 8 or (
            abs(after.y() - before.y()) <= 8 and after.x() > before.x()
        ), widget.objectName() or widget.accessibleName()
