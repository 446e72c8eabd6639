"""The Breathe page: the four steps of a pause, the way to start one, and the week's pauses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QLabel, QWidget

from pause_app.core import summary
from pause_app.core.model import Moment
from pause_app.storage.store import Store
from pause_app.ui.widgets.page import Page


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
        steps = self._add_rows_card(
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
        for title in steps.findChildren(QLabel):  # "3. Voel je veilig" wraps at large text
            title.setWordWrap(True)
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
