"""An attention watch a test drives by hand: away, back, and what holds reminders."""

from __future__ import annotations

from PySide6.QtCore import QObject

from pause_app.core.attention import Disturbance
from pause_app.desktop.attention import AttentionWatch


class FakeAttentionWatch(AttentionWatch):
    """Emits the signals when told; remembers what the reminders asked of it."""

    def __init__(self, idle_source: str | None = "fake", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_source = idle_source
        self.started_with: float | None = None
        self.away_after: float | None = None
        self.aimed: list[float | None] = []
        self.stopped = False

    def start(self, away_after_s: float) -> None:
        self.started_with = self.away_after = away_after_s
        self.stopped = False

    def set_away_after(self, seconds: float) -> None:
        self.away_after = seconds

    def aim(self, due_in_s: float | None) -> None:
        self.aimed.append(due_in_s)

    def stop(self) -> None:
        self.stopped = True

    def go_away(self, seconds: float = 300.0) -> None:
        """The user left: idle for ``seconds`` already (or the screen locked)."""
        self._set_away(True, seconds)

    def come_back(self) -> None:
        self._set_away(False)

    def disturb(self, *what: Disturbance) -> None:
        """These hold reminders now (none: nothing holds them)."""
        self._set_disturbances(frozenset(what))
