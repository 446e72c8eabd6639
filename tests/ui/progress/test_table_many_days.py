"""'Show as a table' over years of days ("All"): the table is filled in one go and works
out only the rows in view, so ten years cost what one does. It once set a label and an
item per day, each making the rows' heights be measured again: a year took 3 seconds,
two years 12, ten years more than five minutes."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from pause_app.core.model import Activity, Attempt, Felt
from pause_app.core.series import ActivitySeries, CalmSeries, activity_series, day_range
from pause_app.ui.progress import table_model
from pause_app.ui.progress.table import DaysTable

FIRST = date(2000, 1, 1)
NOON = datetime(2000, 1, 1, 12, tzinfo=UTC)
STEPS = Activity(1, "Steps inside", "steps", 50, 10.0, False, False, None, FIRST, NOON)
LONG = "Sunny; walked to the window and back, slowly, with a rest on the chair by the door"


class CountedLogs(Sequence[tuple[Attempt, ...]]):
    """A series' logs per day, counting the days asked for."""

    def __init__(self, logs: Sequence[tuple[Attempt, ...]]) -> None:
        self._logs = logs
        self.asked: set[int] = set()

    def __len__(self) -> int:
        return len(self._logs)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self.asked.add(index)
        return self._logs[index]


def _history(days: int) -> tuple[ActivitySeries, CalmSeries, CountedLogs]:
    """``days`` days of logs (a rest day in nine, a tired day, a crash now and then, a long
    note every week), and a pause on most days."""
    attempts = []
    for offset in range(days):
        if offset % 9 == 4:
            continue
        felt = (Felt.GOOD, Felt.OK, Felt.TIRED, Felt.GOOD)[offset % 4]
        if offset % 97 == 50:
            felt = Felt.CRASH
        note = LONG if offset % 7 == 0 else ""
        at = NOON + timedelta(days=offset)
        attempts.append(Attempt(offset + 1, 1, 40 + offset % 20, felt, note, at, at.date(), 60))
    last = FIRST + timedelta(days=days - 1)
    data = activity_series(STEPS, attempts, [], FIRST, last)
    logs = CountedLogs(data.logs)
    every = day_range(FIRST, last)
    calm = CalmSeries(
        every, tuple(float(i % 5) for i in range(days)), tuple(i % 3 for i in range(days))
    )
    return replace(data, logs=logs), calm, logs


def _table(qtbot, days: int) -> tuple[DaysTable, CountedLogs, float]:  # type: ignore[no-untyped-def]
    data, calm, logs = _history(days)
    table = DaysTable()
    qtbot.addWidget(table)
    table.resize(800, 500)
    table.show()
    QApplication.processEvents()
    start = time.perf_counter()
    table.fill([(STEPS, data)], {1: STEPS.name}, calm, [], calm.days[0], calm.days[-1])
    QApplication.processEvents()
    return table, logs, time.perf_counter() - start


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The rows whose cells the view asked for, one entry a cell."""
    rows: list[int] = []
    text = table_model.Column.text

    def counted(column: table_model.Column, row: int) -> str:
        rows.append(row)
        return text(column, row)

    monkeypatch.setattr(table_model.Column, "text", counted)
    return rows


def test_ten_years_ask_for_no_more_cells_than_one(qtbot, asked: list[int]) -> None:  # type: ignore[no-untyped-def]
    one, one_logs, _ = _table(qtbot, 366)
    one_cells, one_rows = len(asked), len(set(asked))
    asked.clear()
    ten, ten_logs, _ = _table(qtbot, 3653)
    assert ten.rowCount() == 3653 and one.rowCount() == 366
    assert 0 < one_rows < 60  # the rows in view, not the year
    # The first rows and the last (where the scroll bar ends depends on them), as many
    # at ten years as at one; a cell is asked for a few times (measured, drawn).
    assert len(set(asked)) <= one_rows + 5 and len(asked) <= 3 * one_cells
    assert 0 < len(ten_logs.asked) <= len(one_logs.asked) + 5  # a day's logs: when in view
    ten.scrollToBottom()  # the last rows are worked out as they come into view
    QApplication.processEvents()
    assert max(asked) == 3652 and {3650, 3651, 3652} <= ten_logs.asked


def test_a_row_at_ten_years_costs_what_a_row_at_one_year_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Linear, with room to spare for a busy machine: a row at ten years may cost three times
    a row at one year (it once cost a hundred times as much)."""
    _table(qtbot, 366)  # the first table warms Qt's caches
    _table_one, _, one = _table(qtbot, 366)
    _table_ten, _, ten = _table(qtbot, 3653)
    assert ten < 30 * one + 0.25


def test_a_row_is_as_tall_as_its_words_where_it_comes_into_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    table, _, _ = _table(qtbot, 3653)
    least = table.verticalHeader().defaultSectionSize()
    assert least >= 1.8 * table.fontMetrics().lineSpacing()
    notes = table.kinds.index("notes")

    def long_rows_in_view() -> list[int]:
        top, bottom = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
        return [r for r in range(top, bottom + 1) if table.cell(r, notes) == LONG]

    assert long_rows_in_view()
    for row in long_rows_in_view():  # the note wraps: its row grows, as a row of words did
        assert table.rowHeight(row) == table.sizeHintForRow(row) > least
    table.scrollToBottom()
    QApplication.processEvents()
    assert long_rows_in_view()
    for row in long_rows_in_view():
        assert table.rowHeight(row) == table.sizeHintForRow(row) > least
    tall = table.rowHeight(long_rows_in_view()[0])
    table.resize(1600, 500)  # the words' columns widen: the note fits on one line again
    QApplication.processEvents()
    assert long_rows_in_view()
    assert all(table.rowHeight(row) < tall for row in long_rows_in_view())


def test_the_cell_the_keyboard_moves_to_is_wholly_in_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Its row and the rows around it grow to their words before the view moves there."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    table, _, _ = _table(qtbot, 3653)
    how = table.kinds.index("how")
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, how))

    def in_view() -> bool:
        QApplication.processEvents()
        cell = table.visualRect(table.currentIndex())
        return table.viewport().rect().contains(cell)

    for _ in range(25):
        QTest.keyClick(table, Qt.Key.Key_Down)
        assert in_view(), table.currentIndex().row()
    assert table.currentIndex().row() == 25
    QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 3652 and in_view()
    for key, times in ((Qt.Key.Key_PageUp, 4), (Qt.Key.Key_Up, 15), (Qt.Key.Key_PageDown, 3)):
        for _ in range(times):
            QTest.keyClick(table, key)
            assert in_view(), (key, table.currentIndex().row())
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 0 and in_view()
