"""What the days table holds, as a model the table view asks cell by cell. A hundred
years are 36,500 rows and a screen shows twenty: a cell's words (how it went, the notes,
which need the day's logs as ``Attempt``s) are worked out when the view first asks for
them, and a column of numbers keeps its values, written out when asked. Filling the table
is one reset, whatever the number of rows: no item per cell, no header label per day."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pause_app.core.model import Activity, Felt
from pause_app.core.series import ActivitySeries, DayMark
from pause_app.text import wording
from pause_app.ui.progress.data import marks_of
from pause_app.ui.progress.words import mark_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def number(value: object) -> str:
    """A number as the table writes it: none is an empty cell, 52.0 is "52"."""
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass(frozen=True)
class Column:
    """A column: its header, what it holds ("done", "how", "calm", ...) and its cells. A
    column of numbers has ``values`` (one a row) and ``write`` to put one in words; a
    column of words has ``cell``, asked for one row at a time."""

    head: str
    kind: str
    values: Sequence[object] = ()
    write: Callable[[object], str] = str
    cell: Callable[[int], str] | None = None

    def text(self, row: int) -> str:
        return self.cell(row) if self.cell is not None else self.write(self.values[row])

    def texts(self) -> set[str]:
        """Every different text of a column of numbers (for its width)."""
        return {self.write(value) for value in set(self.values)}


class ActivityDays:
    """One activity's four columns over the table's days: what was done, the target, how
    it went and the notes. A day's words are made the first time its row is asked for."""

    def __init__(
        self,
        activity: Activity,
        data: ActivitySeries,
        names: Mapping[int, str],
        days: Sequence[date],
    ) -> None:
        self._activity = activity
        self._data = data
        self._names = names
        self._marks, self._sources = marks_of(data)
        self._successes = set(data.successes)
        start = data.days[0].toordinal() if data.days else 0
        count = len(data.days)
        # Each row's day in the series (-1: the series has no such day).
        self._index = [i if 0 <= (i := day.toordinal() - start) < count else -1 for day in days]
        self._words: dict[int, tuple[str, str]] = {}

    def columns(self, named: bool) -> list[Column]:
        unit = self._activity.unit
        heads = [
            translate("ProgressChart", "Done ({unit})").format(unit=unit),
            translate("ProgressChart", "Target"),
            translate("ProgressChart", "How it went"),
            translate("ProgressChart", "Notes"),
        ]
        if named:
            heads = [f"{self._activity.name}: {head}" for head in heads]
        done, target = self._data.done, self._data.target
        return [
            Column(heads[0], "done", [done[i] if i >= 0 else None for i in self._index], number),
            Column(
                heads[1], "target", [target[i] if i >= 0 else None for i in self._index], number
            ),
            Column(heads[2], "how", cell=lambda row: self._words_of(row)[0]),
            Column(heads[3], "notes", cell=lambda row: self._words_of(row)[1]),
        ]

    def _words_of(self, row: int) -> tuple[str, str]:
        words = self._words.get(row)
        if words is None:
            words = self._words[row] = self._make_words(self._index[row])
        return words

    def _make_words(self, index: int) -> tuple[str, str]:
        if index < 0:
            return "", ""
        data = self._data
        logs = data.logs[index] if data.logs else ()
        went_well = data.days[index] in self._successes
        # "Went well" already says "good": only another feeling is added to it.
        felt = [a.felt for a in logs if not (went_well and a.felt is Felt.GOOD)]
        went = [wording.felt_name(f) for f in felt]
        if went_well:
            went.insert(0, translate("ProgressChart", "Went well"))
        sources = self._sources[index]
        elsewhere = bool(sources) and self._activity.id not in sources
        if elsewhere or self._marks[index] in (DayMark.BIG_DAY, DayMark.BEFORE_CRASH):
            went.append(mark_text(data, self._activity, index, self._names))  # as the hover says
        return " · ".join(went), " / ".join(a.note for a in logs if a.note)


class DaysModel(QAbstractTableModel):
    """The days as rows (the day, short, as each row's header), the columns as given."""

    WIDE = ("how", "notes")  # columns of words (the others hold numbers)

    def __init__(self) -> None:
        super().__init__()
        self.columns: list[Column] = []
        self._days: list[date] = []
        self._shape = "ddd d MMM"
        self._locale = QLocale()
        self._labels: dict[int, str] = {}

    def show(self, columns: list[Column], days: list[date]) -> None:
        self.beginResetModel()
        self.columns = columns
        self._days = days
        # The day as a row header: short, with the year only when the days cross one.
        crosses = bool(days) and days[0].year != days[-1].year
        self._shape = "ddd d MMM yyyy" if crosses else "ddd d MMM"
        self._locale = QLocale()
        self._labels = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind not in self.WIDE:
            return NUMBER_ALIGN
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags  # read, not edited

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].head if 0 <= section < len(self.columns) else None
        if not 0 <= section < len(self._days):
            return None
        label = self._labels.get(section)
        if label is None:
            day = self._days[section]
            qdate = QDate(day.year, day.month, day.day)
            label = self._labels[section] = self._locale.toString(qdate, self._shape)
        return label
