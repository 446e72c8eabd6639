"""'Show as a table': the days shown, in a table a screen reader reads cell by cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from pause_app.storage.store import Store
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from tests.helpers.clock import FakeClock


def test_the_table_holds_the_days_shown_in_place_of_the_plots(
    chart: ProgressChart, clock: FakeClock
) -> None:
    chart.controls.table_button.click()
    assert chart.controls.table_button.isChecked()
    assert chart.table.isVisible() and not chart.graphics.isVisible()
    assert all(entry.isHidden() for entry in chart.legend_entries.values())  # no plots to explain
    first, last = chart.visible_days()
    assert chart.table.rowCount() == (last - first).days + 1 == 7
    headers = [chart.table.horizontalHeaderItem(c).text() for c in range(chart.table.columnCount())]
    assert headers == [
        "Done (steps)",
        "Target",
        "How it went",
        "Notes",
        "Minutes of calm breathing",
        "Pauses taken",
    ]
    rows = [chart.table.row_texts(row) for row in range(chart.table.rowCount())]
    assert rows[0][0] == "Mon 9 Mar" and rows[-1][0] == "Sun 15 Mar"
    assert rows[-1][1:5] == ["45", "52", "good", ""]  # below the target: no "Went well"
    assert rows[4][1:5] == ["20", "52", "crash", "too much"]  # two days ago
    assert rows[3][3] == "One of the 3 days before the crash on Friday 13 March 2026"
    assert rows[3][5:] == ["4", "2"]  # the pauses three days ago: 4 minutes, 2 pauses
    chart.range_buttons[ChartRange.ALL].click()  # the table follows the days shown
    assert chart.table.rowCount() == 11
    assert chart.table.row_texts(0)[1:5] == ["50", "50", "Went well", "first day"]


def test_the_table_reads_like_one(chart: ProgressChart) -> None:
    chart.controls.table_button.click()
    table = chart.table
    assert table.accessibleName() == "The days shown"
    face = QAccessible.queryAccessibleInterface(table)
    assert face.role() == QAccessible.Role.Table
    # Each column's header, then each row: its day, then its cells, as the table shows them.
    columns = table.columnCount()
    heads = [face.child(c) for c in range(1, columns + 1)]
    assert [h.role() for h in heads] == [QAccessible.Role.ColumnHeader] * columns
    assert [h.text(QAccessible.Text.Name) for h in heads] == table.header_texts()
    first_row = [face.child(c) for c in range(columns + 1, 2 * columns + 2)]
    assert first_row[0].role() == QAccessible.Role.RowHeader
    assert {c.role() for c in first_row[1:]} == {QAccessible.Role.Cell}
    assert [c.text(QAccessible.Text.Name) for c in first_row] == table.row_texts(0)
    assert table.row_texts(0)[0] == "Mon 9 Mar"
    assert not table.tabKeyNavigation()  # Tab leaves it; the arrows move inside
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isVisible()  # the day is each row's header
    chart.controls.table_button.click()
    assert chart.graphics.isVisible() and not chart.table.isVisible()
    assert not chart.legend_entries["done"].isHidden()


def test_two_activities_each_get_their_columns(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    from pause_app.core.model import Felt, NewActivity

    outside = store.activities.add(
        NewActivity("Steps outside", "steps", 40, derived_from=history["inside"]), clock()
    )
    store.attempts.add(outside.id, 41, Felt.GOOD, "", clock())
    chart.reload()
    chart.choose(history["inside"], outside.id)
    chart.controls.table_button.click()
    table = chart.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:5] == [
        "Steps inside: Done (steps)",
        "Steps inside: Target",
        "Steps inside: How it went",
        "Steps inside: Notes",
        "Steps outside: Done (steps)",
    ]
    assert table.row_texts(table.rowCount() - 1)[5:7] == ["41", "40"]
    yesterday = table.rowCount() - 2
    assert table.row_texts(yesterday)[1] == "" and table.cell(yesterday, 0) == ""
    assert not table.model().flags(table.model().index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_the_table_fits_the_page_with_room_for_each_row(chart: ProgressChart) -> None:
    """No sideways scroll where the page has room: the words' columns take what the numbers
    leave, the long headers wrap, and a row is at least almost two lines tall."""
    from PySide6.QtWidgets import QApplication

    chart.controls.table_button.click()
    table = chart.table
    table.resize(520, 400)
    QApplication.processEvents()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert header.height() >= 2 * table.fontMetrics().lineSpacing()  # a header wraps
    assert table.rowHeight(0) >= 1.8 * table.fontMetrics().lineSpacing()
    wide = [c for c, kind in enumerate(table.kinds) if kind in table.WIDE]
    table.resize(900, 400)
    QApplication.processEvents()
    assert header.length() <= table.viewport().width()
    assert all(header.sectionSize(c) > 150 for c in wide)  # the room goes to the words
