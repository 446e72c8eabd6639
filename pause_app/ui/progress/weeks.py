"""Pauses and rests, week by week: a quiet table under the chart (issue 14).

The last few weeks, newest first: how many pauses (breathing sessions) and how many rests
(times away from the computer the reminders noticed, at least as long as the shortest pause).
Only what was done is counted: a reminder that went by is no number here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
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
    pauses = [(total.day, total.sessions) for total in store.sessions.day_totals()]
    away = away_breaks(store.reminders.all())
    first = min([day for day, _n in pauses[:1]] + [day for day, _s in away] + [today])
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
            shown = index < len(self.weeks)
            for label in (name, pauses, rests):
                label.setVisible(shown)
            if not shown:
                continue
            week = self.weeks[index]
            name.setText(week_name(week, today))
            pauses.setText(str(week.pauses))
            rests.setText(str(week.rests))
            line = translate("ProgressChart", "{week}: pauses {pauses}, rests {rests}").format(
                week=name.text(), pauses=week.pauses, rests=week.rests
            )
            for label in (pauses, rests):
                label.setAccessibleName(line)
            said.append(line)
        self.setAccessibleDescription("; ".join(said))

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
