"""The Progress page: the chart of small steps, loaded the first time there is something to
draw (pyqtgraph and numpy are not imported before)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pause_app.core import summary
from pause_app.core.model import Moment
from pause_app.core.pacing import Rules
from pause_app.storage.store import Store
from pause_app.ui.progress.weeks import WeeklyRests
from pause_app.ui.widgets.page import Page

if TYPE_CHECKING:
    from pause_app.ui.progress.chart import ProgressChart
    from pause_app.ui.progress.heart import Remembers


class ProgressPage(Page):
    """The chart of small steps (loaded the first time there is something to draw: pyqtgraph
    is not imported before), then a few plain sentences of what it shows."""

    noticed = Signal(str)

    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        rules: Callable[[], Rules] = Rules,
        own_files: Callable[[], set[Path]] = set,
        settings: Remembers | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._rules = rules
        self._own_files = own_files
        self._settings = settings
        self.chart: ProgressChart | None = None
        self.weeks = WeeklyRests()  # pauses and rests, week by week, under the chart
        super().__init__(store, clock, parent)
        self._layout.insertWidget(self._layout.count() - 1, self.weeks)  # before the stretch

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("See it grow"))
        self.intro.setText(self.tr("Small steps add up. Rest and calm breathing are progress too."))
        super().retranslate_ui()

    def _ensure_chart(self) -> ProgressChart:
        if self.chart is None:
            from pause_app.ui.progress.chart import ProgressChart  # lazy: pyqtgraph

            self.chart = ProgressChart(
                self._store, self._clock, self._rules, self._own_files, self._settings
            )
            self.chart.saved.connect(self.noticed)
            # The chart fills the page; the cards (only the empty state) come after it.
            self._layout.insertWidget(self._layout.indexOf(self.intro) + 1, self.chart, 100)
            self.weeks.raise_()  # made first, it came before the chart for a screen reader
        return self.chart

    def refresh(self) -> None:
        self._clear_cards()
        self.weeks.refresh(self._store, self._clock().local_date)
        if self._store.activities.list(include_archived=True):
            chart = self._ensure_chart()
            chart.reload()
            chart.show()
            self.intro.hide()  # the chart's own summary says more, and the chart needs the room
            return
        self.intro.show()
        if self.chart is not None:
            self.chart.hide()
        self._add_card(
            self.tr("Your small steps will show here"),
            self.tr(
                "Once you log an activity, this page shows how it grows over time as a "
                "chart: what you did each day, your target, the days that went well, and "
                "your rest and pauses beside them."
            ),
        )
        today = self._clock().local_date
        month = summary.calm_summary(
            self._store.sessions.between(today - timedelta(days=29), today)
        )
        self._add_card(
            self.tr("Calm breathing"),
            self.tr("In the last 30 days: %n pause(s)", "", month.pauses)
            + " · "
            + self.tr("%n minute(s) of calm breathing", "", round(month.breathing_minutes)),
        )
