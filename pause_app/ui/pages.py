"""The three parts of the main window: breathe, goals, progress.

Each page shows what the data says today and re-reads it when shown; later
issues grow them into the breathing guide, the goal panel and the chart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pause_app.core import summary
from pause_app.core.model import Moment
from pause_app.core.pacing import Rules
from pause_app.storage.store import Store
from pause_app.ui.activity_dialog import AddActivityDialog
from pause_app.ui.goal_card import GoalCard
from pause_app.ui.i18n import Retranslating
from pause_app.ui.labels import role_label

if TYPE_CHECKING:
    from pause_app.ui.progress_chart import ProgressChart


def _label(role: str = "", word_wrap: bool = True) -> QLabel:
    return role_label(role, wrap=word_wrap, selectable=True)


def _card(layout_type: type[QVBoxLayout] | type[QGridLayout] = QVBoxLayout) -> tuple[QFrame, Any]:
    """A rounded card and its layout."""
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = layout_type(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(6)
    return frame, layout


def _day(day: date) -> str:
    """A day in the user's language, e.g. "1 March 2026" or "1 maart 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


class Page(Retranslating, QScrollArea):
    """A scrollable page with a heading, an introduction and a column of cards."""

    def __init__(self, store: Store, clock: Callable[[], Moment], parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(32, 28, 32, 28)
        self._layout.setSpacing(14)
        self.heading = _label("heading")
        self.intro = _label("muted")
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.intro)
        self._cards = QVBoxLayout()
        self._cards.setSpacing(12)
        self._layout.addLayout(self._cards)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.retranslate_ui()

    def _clear_cards(self) -> None:
        while self._cards.count():
            item = self._cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once: deletion waits for the event loop
                widget.deleteLater()

    def _add_card(self, title: str, *lines: str) -> QFrame:
        frame, layout = _card()
        heading = _label("subheading")
        heading.setText(title)
        layout.addWidget(heading)
        for line in lines:
            text = _label()
            text.setText(line)
            layout.addWidget(text)
        self._cards.addWidget(frame)
        return frame

    def _add_rows_card(self, rows: list[tuple[str, str]]) -> QFrame:
        """A card of short rows: a bold name, then its line."""
        frame, grid = _card(QGridLayout)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for row, (name, line) in enumerate(rows):
            title = _label("subheading", word_wrap=False)
            title.setText(name)
            text = _label()
            text.setText(line)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        self._cards.addWidget(frame)
        return frame

    def _add_note(self, text: str) -> QLabel:
        note = _label("muted")
        note.setText(text)
        self._cards.addWidget(note)
        return note

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        """Subclasses set their fixed texts, then call this. Hidden pages refresh when shown."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the data and rebuild the cards."""
        raise NotImplementedError


class BreathePage(Page):
    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        controls: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, clock, parent)
        if controls is not None:  # first thing under the introduction: the way to start
            self._layout.insertWidget(self._layout.indexOf(self.intro) + 1, controls)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Stop, breathe, feel safe, continue"))
        self.intro.setText(
            self.tr(
                "When you notice you are tense or being extra careful again, take a short pause. "
                "Sit or lie down comfortably. Four small steps:"
            )
        )
        super().retranslate_ui()

    def refresh(self) -> None:
        self._clear_cards()
        self._add_rows_card(
            [
                (self.tr("1. Stop"), self.tr("Let everything be still for a moment.")),
                (
                    self.tr("2. Breathe"),
                    self.tr("Breathe gently, not deeply: in through the nose, a slow breath out."),
                ),
                (self.tr("3. Feel safe"), self.tr("Notice that you are safe here, right now.")),
                (self.tr("4. Continue"), self.tr("Carry on with your day, at your own pace.")),
            ]
        )
        today = self._clock().local_date
        week = summary.calm_summary(self._store.sessions.between(today - timedelta(days=6), today))
        if week.pauses:
            line = (
                self.tr("In the last 7 days: %n pause(s)", "", week.pauses)
                + " · "
                + self.tr("%n minute(s) of calm breathing", "", round(week.breathing_minutes))
            )
        else:
            line = self.tr(
                "Pauses you take will be counted here. Every pause counts, short ones too."
            )
        self._add_card(self.tr("Your pauses"), line)
        self._add_note(
            self.tr("If you feel dizzy or tingly, stop and breathe normally. Gentle is enough.")
        )


class GoalsPage(Page):
    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        rules: Callable[[], Rules] = Rules,
        parent: QWidget | None = None,
    ):
        self._rules = rules  # the engine's thresholds, read from the settings when needed
        # Remembered across refreshes (cards are rebuilt), for this run of the app.
        self._celebrations: dict[int, str] = {}
        self._after_crash: set[int] = set()
        self._notes: dict[int, str] = {}
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        super().__init__(store, clock, parent)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self._layout.insertLayout(self._layout.count() - 1, row)
        self.add_button.clicked.connect(self._on_add_clicked)

    def _on_add_clicked(self) -> None:
        if AddActivityDialog.ask(self._store, self._clock, self) is not None:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add an activity…"))
        self.heading.setText(self.tr("Small steps"))
        self.intro.setText(
            self.tr(
                "Grow what you can do in tiny steps: can you walk 50 steps? Then 51 is a "
                "next step, but only when it is safe. On tired days the target stays where it is."
            )
        )
        super().retranslate_ui()

    def refresh(self) -> None:
        self._clear_cards()
        activities = self._store.activities.list()
        if not activities:
            self._add_card(
                self.tr("No activities yet"),
                self.tr(
                    "Choose something you can already do, such as steps inside or minutes of "
                    "reading, and start from what you can do today."
                ),
            )
            return
        rules = self._rules()
        attempts = self._store.attempts.all()  # once for all cards (a tired day anywhere counts)
        for activity in activities:
            card = GoalCard(
                self._store,
                activity,
                self._clock,
                celebration=self._celebrations.get(activity.id, ""),
                after_crash=activity.id in self._after_crash,
                note=self._notes.pop(activity.id, ""),
                rules=rules,
                attempts=attempts,
            )
            card.celebrated.connect(self._celebrations.__setitem__)
            card.crashed.connect(self._after_crash.add)
            card.crash_answered.connect(self._after_crash.discard)
            card.noted.connect(self._notes.__setitem__)
            card.changed.connect(self.refresh)
            self._cards.addWidget(card)


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
        parent: QWidget | None = None,
    ) -> None:
        self._rules = rules
        self._own_files = own_files
        self.chart: ProgressChart | None = None
        super().__init__(store, clock, parent)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("See it grow"))
        self.intro.setText(self.tr("Small steps add up. Rest and calm breathing are progress too."))
        super().retranslate_ui()

    def _ensure_chart(self) -> ProgressChart:
        if self.chart is None:
            from pause_app.ui.progress_chart import ProgressChart  # lazy: pyqtgraph

            self.chart = ProgressChart(self._store, self._clock, self._rules, self._own_files)
            self.chart.saved.connect(self.noticed)
            # The chart fills the page; the cards (only the empty state) come after it.
            self._layout.insertWidget(self._layout.indexOf(self.intro) + 1, self.chart, 100)
        return self.chart

    def refresh(self) -> None:
        self._clear_cards()
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
