"""The active hours without a syntax: days as toggle buttons, times with time pickers.

The editor holds groups: each has its days (a day belongs to one group at most: choosing it in
one takes it out of another) and one or more time ranges. It reads and writes the same text
``reminders.active_hours`` keeps (``core/reminders.py`` parses it; ``config set`` takes the
same), so what it shows is always what is stored. A range's end of 00:00 is midnight at the
end of the day (24:00), the only end 00:00 can be.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.reminders import (
    WEEKDAYS,
    ActiveHours,
    Range,
    format_active_hours,
    parse_active_hours,
)
from pause_app.ui.widgets.blocking import signals_blocked
from pause_app.ui.widgets.flow import FlowLayout
from pause_app.ui.widgets.retranslating import Retranslating

translate = QCoreApplication.translate

MINUTES_PER_DAY = 24 * 60
NEW_RANGE = (10 * 60, 20 * 60)  # a new group's first hours; a new range in a group: after


def _time(minutes: int) -> QTime:
    return QTime(0, 0) if minutes >= MINUTES_PER_DAY else QTime(minutes // 60, minutes % 60)


def _minutes(time: QTime, *, end: bool) -> int:
    minutes = time.hour() * 60 + time.minute()
    return MINUTES_PER_DAY if end and minutes == 0 else minutes


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def free_range(ranges: list[Range]) -> Range | None:
    """Where a new range goes: an hour, an hour after the last one ends; where the day has
    no room for that, the latest free hour (or less) the ranges leave; None: the day is full."""
    if not ranges:
        return NEW_RANGE
    last_end = max(end for _start, end in ranges)
    if last_end + 120 <= MINUTES_PER_DAY:
        return last_end + 60, last_end + 120
    gaps: list[Range] = []
    free_from = 0
    for start, end in sorted(ranges):
        if start > free_from:
            gaps.append((free_from, start))
        free_from = max(free_from, end)
    if free_from < MINUTES_PER_DAY:
        gaps.append((free_from, MINUTES_PER_DAY))
    if not gaps:
        return None
    hour_long = [gap for gap in gaps if gap[1] - gap[0] >= 60]
    if hour_long:
        start, _end = hour_long[-1]
        return start, start + 60
    return max(gaps, key=lambda gap: gap[1] - gap[0])


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter here does not close the dialog
    return button


class TimeRange(QWidget):
    """From a time until a time, and a button that takes the range away."""

    def __init__(self, start: int, end: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start, self.end = QTimeEdit(), QTimeEdit()
        self.until = QLabel()
        self.remove = _button("hours_remove_range")
        line = FlowLayout(self, spacing=6)  # wraps at large text instead of running off
        for edit, minutes in ((self.start, start), (self.end, end)):
            edit.setDisplayFormat("HH:mm")
            edit.setKeyboardTracking(False)  # a typed time counts on Enter or when left
            edit.setTime(_time(minutes))
        line.addWidget(self.start)
        line.addWidget(self.until)
        line.addWidget(self.end)
        line.addWidget(self.remove)

    def minutes(self) -> Range:
        return _minutes(self.start.time(), end=False), _minutes(self.end.time(), end=True)


class DayGroup(QFrame):
    """Some days and their hours."""

    edited = Signal()
    day_chosen = Signal(int)  # a weekday (Monday 0) chosen here: the other groups let it go
    remove_requested = Signal()

    def __init__(self, days: set[int], ranges: tuple[Range, ...], number: int) -> None:
        super().__init__()
        self.setObjectName("hours_group")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = number
        self.days: list[QPushButton] = []
        day_row = FlowLayout(spacing=4)  # the days wrap onto a second line at large text
        for day in range(7):
            toggle = _button(f"hours_day_{WEEKDAYS[day]}")
            toggle.setCheckable(True)
            toggle.setChecked(day in days)
            toggle.setProperty("role", "choice")
            toggle.setMinimumSize(44, 36)
            toggle.toggled.connect(lambda on, day=day: self._on_day(day, on))
            day_row.addWidget(toggle)
            self.days.append(toggle)
        self.ranges: list[TimeRange] = []
        self._ranges_box = QVBoxLayout()
        self._ranges_box.setSpacing(4)
        self.add_range = _button("hours_add_range")
        self.add_range.clicked.connect(self._on_add_range)
        self.remove_group = _button("hours_remove_group")
        self.remove_group.clicked.connect(self.remove_requested)
        buttons = FlowLayout()
        buttons.addWidget(self.add_range)
        buttons.addWidget(self.remove_group)
        stack = QVBoxLayout(self)
        stack.setContentsMargins(8, 8, 8, 8)
        stack.setSpacing(6)
        stack.addLayout(day_row)
        stack.addLayout(self._ranges_box)
        stack.addLayout(buttons)
        for start, end in ranges:
            self._add(start, end)
        # The chosen days are filled, the focused one has a dashed ring (the theme's sheet).
        self.setStyleSheet('QPushButton[role="choice"] { padding: 4px 6px; }')

    def chosen(self) -> list[int]:
        return [day for day, toggle in enumerate(self.days) if toggle.isChecked()]

    def let_go(self, day: int) -> None:
        """Another group took this day."""
        with signals_blocked(self.days[day]):
            self.days[day].setChecked(False)

    def text(self) -> str:
        """``mon,tue 09:00-12:00,13:00-21:00``, or "" without days."""
        days = self.chosen()
        if not days:
            return ""
        ranges = ",".join(f"{_clock(s)}-{_clock(e)}" for s, e in (r.minutes() for r in self.ranges))
        return f"{','.join(WEEKDAYS[day] for day in days)} {ranges}"

    def _add(self, start: int, end: int) -> TimeRange:
        line = TimeRange(start, end)
        line.start.timeChanged.connect(lambda _time: self._on_time())
        line.end.timeChanged.connect(lambda _time: self._on_time())
        line.remove.clicked.connect(lambda: self._on_remove_range(line))
        self.ranges.append(line)
        self._ranges_box.addWidget(line)
        self.retranslate()
        self.order_tabs()
        return line

    def controls(self) -> list[QWidget]:
        """Its controls in reading order: the days, each range, then its buttons."""
        chain: list[QWidget] = list(self.days)
        for line in self.ranges:
            chain += [line.start, line.end, line.remove]
        return [*chain, self.add_range, self.remove_group]

    def order_tabs(self) -> None:
        """Tab in reading order: "Add a time range", made before the ranges, came first."""
        for first, second in pairwise(self.controls()):
            QWidget.setTabOrder(first, second)

    def _on_add_range(self) -> None:
        free = free_range([r.minutes() for r in self.ranges])
        if free is None:  # the day is full (the button is off then)
            return
        line = self._add(*free)
        line.start.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _on_time(self) -> None:
        self._offer_add()
        self.edited.emit()

    def _offer_add(self) -> None:
        """Offer "Add a time range" only while the day has room for one."""
        full = free_range([r.minutes() for r in self.ranges]) is None
        self.add_range.setEnabled(not full)
        self.add_range.setToolTip(
            translate("HoursEditor", "These hours fill the whole day already.") if full else ""
        )

    def _on_remove_range(self, line: TimeRange) -> None:
        if len(self.ranges) == 1:
            return
        index = self.ranges.index(line)
        self.ranges.remove(line)
        line.hide()
        line.deleteLater()
        self.retranslate()
        self.ranges[min(index, len(self.ranges) - 1)].start.setFocus()
        self.edited.emit()

    def _on_day(self, day: int, on: bool) -> None:
        if on:
            self.day_chosen.emit(day)
        self.edited.emit()

    def retranslate(self) -> None:
        locale = QLocale()
        for day, toggle in enumerate(self.days):
            toggle.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            toggle.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
        self.setAccessibleName(
            translate("HoursEditor", "Days and hours {number}").format(number=self.number)
        )
        for index, line in enumerate(self.ranges, start=1):
            line.until.setText(translate("HoursEditor", "to"))
            line.start.setAccessibleName(
                translate("HoursEditor", "Start of time range {number}").format(number=index)
            )
            line.end.setAccessibleName(
                translate("HoursEditor", "End of time range {number}").format(number=index)
            )
            line.remove.setText(translate("HoursEditor", "Remove"))
            line.remove.setAccessibleName(
                translate("HoursEditor", "Remove time range {number}").format(number=index)
            )
            line.remove.setVisible(len(self.ranges) > 1)
        self.add_range.setText(translate("HoursEditor", "Add a time range"))
        self._offer_add()
        self.remove_group.setText(translate("HoursEditor", "Remove these days"))


def _range_words(minutes: Range) -> str:
    start, end = minutes
    return translate("HoursEditor", "{start} to {end}").format(
        start=_clock(start), end=_clock(end % MINUTES_PER_DAY)
    )


def _what_is_wrong(minutes: Range, earlier: list[Range]) -> str:
    """Why the settings cannot use a time range, or "" when they can."""
    start, end = minutes
    if start >= end:
        return translate("HoursEditor", "{range}: this time range ends before it starts.").format(
            range=_range_words(minutes)
        )
    for other in earlier:
        if other[0] < other[1] and start < other[1] and other[0] < end:
            return translate("HoursEditor", "{range} overlaps {other}.").format(
                range=_range_words(minutes), other=_range_words(other)
            )
    return ""


def _mark(edit: QTimeEdit, problem: str) -> None:
    """An error border (the theme's sheet) and, for a screen reader, what is wrong."""
    if edit.property("problem") != bool(problem):
        edit.setProperty("problem", bool(problem))
        edit.style().unpolish(edit)
        edit.style().polish(edit)
    edit.setAccessibleDescription(problem)


class HoursEditor(Retranslating, QWidget):
    """The groups of days and hours, and a button for other hours on some days.

    ``edited`` says the person changed something; ``show_hours`` says nothing."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hours_editor")
        self.groups: list[DayGroup] = []
        self._stack = QVBoxLayout()
        self._stack.setSpacing(8)
        self.add_group = _button("hours_add_group")
        self.add_group.clicked.connect(self._on_add_group)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._stack, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.add_group)
        line.addStretch(1)
        outer.addLayout(line, 1, 0)
        self.edited.connect(self.mark_problems)
        self.show_hours("09:00-21:00")

    def problems(self) -> list[tuple[TimeRange, str]]:
        """The time ranges the settings cannot use, each with what is wrong, in order: one
        that does not start before it ends, or one that overlaps another of its group."""
        found: list[tuple[TimeRange, str]] = []
        for group in self.groups:
            for index, line in enumerate(group.ranges):
                problem = _what_is_wrong(
                    line.minutes(), [r.minutes() for r in group.ranges[:index]]
                )
                if problem:
                    found.append((line, problem))
        return found

    def mark_problems(self) -> None:
        """The ranges that cannot be used get an error border and a description; the
        others lose theirs."""
        marked = dict(self.problems())
        for group in self.groups:
            for line in group.ranges:
                problem = marked.get(line, "")
                _mark(line.start, problem)
                _mark(line.end, problem)

    def text(self) -> str:
        """The text ``reminders.active_hours`` keeps, as the settings write it; hours that
        cannot be used as they are (the settings refuse them, with a message)."""
        hours = self.hours()
        return format_active_hours(hours) if hours is not None else self._raw()

    def _raw(self) -> str:
        return "; ".join(text for text in (g.text() for g in self.groups) if text)

    def hours(self) -> ActiveHours | None:
        try:
            return parse_active_hours(self._raw())
        except ValueError:
            return None

    def show_hours(self, text: str) -> None:
        """Show stored hours. What already shows the same hours is left as it is (a group
        just added, with no days yet, stays while the person fills it in)."""
        try:
            hours = parse_active_hours(text)
        except ValueError:
            return
        if hours == self.hours():
            return
        grouped: dict[tuple[Range, ...], set[int]] = {}
        for day, ranges in enumerate(hours.days):
            if ranges:
                grouped.setdefault(ranges, set()).add(day)
        for group in self.groups:
            group.hide()
            group.deleteLater()
        self.groups = []
        for ranges, days in sorted(grouped.items(), key=lambda item: min(item[1])):
            self._add(days, ranges)
        if not self.groups:
            self._add(set(), (NEW_RANGE,))
        self.retranslate_ui()
        self.mark_problems()

    def focus_target(self) -> QWidget:
        """Where the label's shortcut lands: the first day."""
        return self.groups[0].days[0]

    def _add(self, days: set[int], ranges: tuple[Range, ...]) -> DayGroup:
        group = DayGroup(days, ranges, len(self.groups) + 1)
        group.edited.connect(self.edited)
        group.day_chosen.connect(lambda day, chooser=group: self._on_day_chosen(chooser, day))
        group.remove_requested.connect(lambda: self._on_remove_group(group))
        self.groups.append(group)
        self._stack.addWidget(group)
        self._order_tabs()
        return group

    def _order_tabs(self) -> None:
        """Tab in reading order: "Other hours for some days", made before the groups, after
        the last of them."""
        chain = [control for group in self.groups for control in group.controls()]
        before = self._before()  # groups made later would otherwise come last in the window
        for first, second in pairwise([*([before] if before else []), *chain, self.add_group]):
            QWidget.setTabOrder(first, second)

    def _before(self) -> QWidget | None:
        """The control before the editor in the window's tab order."""
        widget = self.previousInFocusChain()
        while widget is not None and widget is not self.window():
            if not self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def _on_add_group(self) -> None:
        group = self._add(set(), (NEW_RANGE,))
        self.retranslate_ui()
        group.days[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _on_remove_group(self, group: DayGroup) -> None:
        if len(self.groups) == 1:
            return
        self.groups.remove(group)
        group.hide()
        group.deleteLater()
        for number, other in enumerate(self.groups, start=1):
            other.number = number
        self._order_tabs()
        self.retranslate_ui()
        self.add_group.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _on_day_chosen(self, chooser: DayGroup, day: int) -> None:
        for group in self.groups:
            if group is not chooser:
                group.let_go(day)

    def retranslate_ui(self) -> None:
        for group in self.groups:
            group.retranslate()
            group.remove_group.setVisible(len(self.groups) > 1)
        self.add_group.setText(translate("HoursEditor", "Other hours for some days"))
