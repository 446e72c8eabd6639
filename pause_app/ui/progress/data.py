"""What the chart shows, read from the store: the activities, their logs and target changes,
the calm breathing per day, and the series built from them. Nothing here draws."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pause_app.core import series as core_series
from pause_app.core import summary
from pause_app.core.model import Activity, Attempt, CheckIn, DayTotal, TargetChange
from pause_app.core.pacing import Rules
from pause_app.core.series import ActivitySeries, Aggregate, CalmSeries, DayMark
from pause_app.storage.rows import no_collection as no_collection  # for chart.py too
from pause_app.storage.store import Store
from pause_app.ui.progress import columns
from pause_app.ui.progress.columns import Columns


@dataclass(frozen=True)
class History:
    """Everything the chart draws, as the store held it on ``today``; ``first`` is the
    earliest day anything happened (an activity started, a log, a pause), or today."""

    today: date
    first: date
    activities: dict[int, Activity] = field(default_factory=dict)  # archived ones last
    # Every log, as Attempts or as plain rows (columns.py): for ``columns`` again.
    logs: Sequence[Attempt] | Sequence[tuple[Any, ...]] = ()
    changes: dict[int, list[TargetChange]] = field(default_factory=dict)
    calm_days: list[DayTotal] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    # Worked out once: the summary asks again each time the days shown change.
    _columns: list[Columns] = field(default_factory=list, compare=False, repr=False)
    _growth: dict[tuple[int, int], summary.GrowthSummary] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def nothing_yet(cls, today: date) -> History:
        """Before the first read."""
        return cls(today=today, first=today)

    @classmethod
    def read(cls, store: Store, today: date) -> History:
        # Archived activities keep their history, and it can still be looked at (last).
        activities = sorted(store.activities.list(include_archived=True), key=lambda a: a.archived)
        # The logs Goals keeps, if it read them since the last write; else plain rows, read
        # now: the chart makes columns of them, and Attempts only of the days it shows.
        logs = store.attempts.kept() or store.attempts.rows()
        with no_collection():
            made = Columns(logs)
        changes: dict[int, list[TargetChange]] = {}
        for change in store.target_changes.all():
            changes.setdefault(change.activity_id, []).append(change)
        calm_days = store.sessions.day_totals()
        checkins = [c for c in store.checkins.all() if c.day <= today]
        first = min(
            [a.started_on for a in activities]
            + [made.first_day() or today]
            + [total.day for total in calm_days[:1]]
            + [checkin.day for checkin in checkins[:1]]
            + [today]
        )
        made.show(first, today)
        return cls(
            today=today,
            first=first,
            activities={a.id: a for a in activities},
            logs=logs,
            changes=changes,
            _columns=[made],
            calm_days=calm_days,
            checkins=checkins,
        )

    @property
    def columns(self) -> Columns:
        """Every log as columns, made with the read, for every series and summary made
        from it (columns.py)."""
        if not self._columns:
            with no_collection():
                made = Columns(self.logs)
                made.show(self.first, self.today)
                self._columns.append(made)
        return self._columns[0]

    def forget_columns(self) -> None:
        """Make the columns again at the next ask (what the benchmark of the series times)."""
        self._columns.clear()

    def all_changes(self) -> list[TargetChange]:
        return [change for changes in self.changes.values() for change in changes]

    def activity_series(
        self, activity_id: int, aggregate: Aggregate, rules: Rules
    ) -> ActivitySeries:
        """Every activity's logs and target changes go in: a tired day, a crash or a big day
        on any of them holds this one's offers too, so the chart shows them (lighter)."""
        with no_collection():  # a hundred years: linear, not ten times ten
            made = columns.activity_series(
                self.columns, self.activities[activity_id], self.all_changes(), aggregate, rules
            )
            # Each day's mark and its sources, over the columns: what ``marks_of`` gives.
            marks = self.columns.day_marks(self.all_changes(), rules.big_day_percent)
        _keep_marks(made, *marks)
        return made

    def calm_series(self) -> CalmSeries:
        with no_collection():
            return columns.calm_series(self.columns, self.calm_days)

    def growth(self, activity_id: int, rules: Rules) -> summary.GrowthSummary:
        """How far the target came, for the summary in words (a big day, above the user's
        ``pacing.big_day_percent``, is not a day that went well)."""
        key = (activity_id, rules.big_day_percent)
        if key not in self._growth:
            with no_collection():
                self._growth[key] = self.columns.growth(
                    self.activities[activity_id],
                    self.changes.get(activity_id, []),
                    rules.big_day_percent,
                )
        return self._growth[key]

    def calm_between(self, first: date, last: date) -> tuple[int, float]:
        """Pauses taken and minutes of calm breathing on the days ``first..last``."""
        chosen = [total for total in self.calm_days if first <= total.day <= last]
        return sum(t.sessions for t in chosen), sum(t.seconds for t in chosen) / 60

    def calm_lately(self, days: int = 30) -> tuple[int, float]:
        """Pauses taken and minutes of calm breathing in the last ``days`` days."""
        recent = [total for total in self.calm_days if (self.today - total.day).days < days]
        pauses = sum(total.sessions for total in recent)
        minutes = sum(total.seconds for total in recent) / 60
        return pauses, minutes


_BIG: dict[tuple[int, int], tuple[ActivitySeries, frozenset[date]]] = {}


def own_big_days(data: ActivitySeries, activity_id: int) -> frozenset[date]:
    """The days this activity's own logs made a big day (rule 10). Another activity's big
    days are in the series too: they hold this one's offers as well. Worked out once per
    series (the plot, the legend and the summary ask)."""
    kept = _BIG.get((id(data), activity_id))
    if kept is None or kept[0] is not data:
        if len(_BIG) > 8:
            _BIG.clear()
        big = DayMark.BIG_DAY
        days = frozenset(
            day for day, mark, source in data.marked_by if mark is big and source == activity_id
        )
        kept = _BIG[(id(data), activity_id)] = (data, days)
    return kept[1]


_MARKS: dict[int, tuple[ActivitySeries, tuple[DayMark, ...], tuple[tuple[int, ...], ...]]] = {}


def _keep_marks(
    data: ActivitySeries, marks: tuple[DayMark, ...], sources: tuple[tuple[int, ...], ...]
) -> None:
    if len(_MARKS) > 8:
        _MARKS.clear()
    _MARKS[id(data)] = (data, marks, sources)


def marks_of(
    data: ActivitySeries,
) -> tuple[tuple[DayMark, ...], tuple[tuple[int, ...], ...]]:
    """Each day's mark and its sources (``core.series.day_marks`` and ``mark_sources``),
    worked out once per series: the plot, the legend, the hover words, the table and the
    arrow keys all ask, and the chart keeps its series until the data changes."""
    kept = _MARKS.get(id(data))
    if kept is None or kept[0] is not data:
        _keep_marks(data, core_series.day_marks(data), core_series.mark_sources(data))
        kept = _MARKS[id(data)]
    return kept[1], kept[2]
