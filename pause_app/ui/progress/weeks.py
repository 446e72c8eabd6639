"""Pauses and rests, week by week: a quiet table under the chart (issue 14).

The last few weeks, newest first: how many pauses (breathing sessions) and how many rests
(times away from the computer the reminders noticed, at least as long as the shortest pause).
Only what was done is counted: a reminder that went by is no number here. Where the page is
narrow (a small window, large text) the oldest weeks step aside, down to this week alone,
so the page never scrolls sideways; the accessible description keeps every week.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date, timedelta
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from pause_app.core import weeks as core_weeks
from pause_app.core.model import Reminder, ReminderOutcome
from pause_app.core.weeks import WeekRests
from pause_app.storage.store import Store
from pause_app.ui.widgets.labels import role_label

translate = QCoreApplication.translate


def away_breaks(reminders: Sequence[Reminder]) -> list[tuple[date, float | None]]:
    """Each natural break the reminders stored: its local day and its length in seconds."""
    return [(r.local_date, r.away_seconds) for r in reminders if r.outcome == ReminderOutcome.AWAY]


def read_weeks(store: Store, today: date) -> list[WeekRests]:
    """The weeks shown, read from the store (the day totals of the sessions, the reminders);
    none before the first pause or rest."""
    totals = store.sessions.day_totals()  # by day: only the weeks shown are counted
    since = core_weeks.week_start(today) - timedelta(weeks=core_weeks.WEEKS_SHOWN - 1)
    shown = totals[bisect.bisect_left(totals, since, key=attrgetter("day")) :]
    pauses = [(total.day, total.sessions) for total in shown]
    away = store.reminders.away_breaks()  # as away_breaks(store.reminders.all()), in SQL
    first = min([total.day for total in totals[:1]] + [day for day, _s in away] + [today])
    return core_weeks.weekly_rests(pauses, away, today, first=first)


def week_name(week: WeekRests, today: date) -> str:
    """This week, last week, or the week's first and last day ("2 – 8 Mar")."""
    this_week = core_weeks.week_start(today)
    if week.start == this_week:
        return translate("ProgressChart", "This week")
    if (this_week - week.start).days == 7:
        return translate("ProgressChart", "Last week")
    locale = QLocale()
    first = QDate(week.start.year, week.start.month, week.start.day)
    last = QDate(week.end.year, week.end.month, week.end.day)
    if first.month() == last.month():
        return f"{first.day()} – {locale.toString(last, 'd MMM')}"
    return f"{locale.toString(first, 'd MMM')} – {locale.toString(last, 'd MMM')}"


class WeeklyRests(QWidget):
    """A small grid: the weeks across, the pauses and the rests below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekly_rests")
        self.weeks: list[WeekRests] = []
        self._today: date | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setHorizontalSpacing(20)
        self.grid.setVerticalSpacing(4)
        self.title = role_label("muted", wrap=False)
        self.pauses_label = role_label(wrap=False)
        self.rests_label = role_label(wrap=False)
        self.grid.addWidget(self.title, 0, 0)
        self.grid.addWidget(self.pauses_label, 1, 0)
        self.grid.addWidget(self.rests_label, 2, 0)
        self.cells: list[tuple[QLabel, QLabel, QLabel]] = []  # (week, pauses, rests)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("ProgressChart", "Week by week"))
        self.pauses_label.setText(translate("ProgressChart", "Pauses"))
        self.rests_label.setText(translate("ProgressChart", "Rests"))
        explained = translate(
            "ProgressChart", "A rest is a time away from the computer of a minute or more."
        )
        self.rests_label.setToolTip(explained)
        self.setAccessibleName(translate("ProgressChart", "Pauses and rests, week by week"))
        if self._today is not None:
            self.show_weeks(self.weeks, self._today)

    def show_weeks(self, weeks: Sequence[WeekRests], today: date) -> None:
        self.weeks, self._today = list(weeks), today
        while len(self.cells) < len(self.weeks):
            column = len(self.cells) + 1
            cell = (role_label("muted", wrap=False), role_label(wrap=False), role_label(wrap=False))
            for row, label in enumerate(cell):
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(label, row, column)
            self.cells.append(cell)
        self.grid.setColumnStretch(len(self.cells) + 1, 1)
        said = []
        for index, (name, pauses, rests) in enumerate(self.cells):
            if index >= len(self.weeks):
                continue
            week = self.weeks[index]
            name.setText(week_name(week, today))
            pauses.setText(str(week.pauses))
            rests.setText(str(week.rests))
            line = translate("ProgressChart", "{week}: pauses {pauses}, rests {rests}").format(
                week=name.text(), pauses=week.pauses, rests=week.rests
            )
            # Each cell its own short name; the row's whole line is the grid's description.
            pauses.setAccessibleName(
                translate("ProgressChart", "{week}, pauses: {count}").format(
                    week=name.text(), count=week.pauses
                )
            )
            rests.setAccessibleName(
                translate("ProgressChart", "{week}, rests: {count}").format(
                    week=name.text(), count=week.rests
                )
            )
            said.append(line)
        self.setAccessibleDescription("; ".join(said))
        # Not given a width yet (by its layout): every week, until it is (resizeEvent).
        laid_out = self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        self._fit(self.width() if laid_out else 1 << 20)

    def shown_weeks(self) -> int:
        """How many weeks have room (the newest first)."""
        return sum(1 for name, _p, _r in self.cells[: len(self.weeks)] if not name.isHidden())

    def _widths(self) -> tuple[int, list[int]]:
        """The column of names' width, and each week's (as their labels ask)."""
        names = max(label.sizeHint().width() for label in self._names())
        weeks = [max(label.sizeHint().width() for label in cell) for cell in self.cells]
        return names, weeks[: len(self.weeks)]

    def _names(self) -> tuple[QLabel, QLabel, QLabel]:
        return (self.title, self.pauses_label, self.rests_label)

    def _fit(self, width: int) -> None:
        """Show the newest weeks that fit in ``width``, at least this week."""
        names, weeks = self._widths()
        spacing = self.grid.horizontalSpacing()
        used, fits = names, 0
        for index, needed in enumerate(weeks):
            used += spacing + needed
            if index > 0 and used > width:
                break
            fits += 1
        for index, cell in enumerate(self.cells):
            for label in cell:
                label.setVisible(index < fits)

    def sizeHint(self) -> QSize:
        """Every week, whichever have room now."""
        names, weeks = self._widths()
        margins = self.grid.contentsMargins()
        wanted = names + sum(self.grid.horizontalSpacing() + width for width in weeks)
        return QSize(wanted + margins.left() + margins.right(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """The names and this week: older weeks step aside when room is short."""
        hint = super().minimumSizeHint()
        names, weeks = self._widths()
        margins = self.grid.contentsMargins()
        least = names + (self.grid.horizontalSpacing() + weeks[0] if weeks else 0)
        return QSize(least + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        margins = self.grid.contentsMargins()
        self._fit(event.size().width() - margins.left() - margins.right())
        super().resizeEvent(event)

    def refresh(self, store: Store, today: date) -> None:
        """Read again; shown only when there is something to show (a page of zeros says
        nothing a person needs)."""
        weeks = read_weeks(store, today)
        self.show_weeks(weeks, today)
        self.setVisible(any(w.pauses or w.rests for w in weeks))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
