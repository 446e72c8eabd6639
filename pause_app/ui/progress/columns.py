"""The chart's series from every log at once, as numpy columns: a hundred years are 200,000
logs, and walking them as Python objects for each series (by day, by feeling, by target)
cost more than ten times ten years. Here the logs are read into columns once per read of
the data (``Columns``), and each series is worked out over whole columns.

``activity_series`` gives exactly what ``core.series.activity_series`` gives (the reading
of the rules stays there; ``tests/ui/progress/test_columns.py`` holds the two equal over
made-up histories): only how it is worked out differs.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from operator import attrgetter, itemgetter
from typing import Any, overload

import numpy as np

from pause_app.core import pacing, summary
from pause_app.core.model import Activity, Attempt, DayTotal, Felt, TargetChange
from pause_app.core.series import (
    BEFORE_CRASH_DAYS,
    ActivitySeries,
    Aggregate,
    CalmSeries,
    DayMark,
    day_range,
)
from pause_app.core.summary import MET_FEELINGS
from pause_app.storage import rows as values

Array = np.ndarray[Any, Any]

# A log's feeling as the columns keep it: a day can be met by a good or ok log, or one
# with no feeling said (an import); a tired or crash log holds it (summary.day_status).
_MET, _TIRED, _CRASH = 0, 1, 2
_FELT_CODE: dict[str | None, int] = {None: _MET, Felt.TIRED: _TIRED, Felt.CRASH: _CRASH}
_FELT_CODE |= dict.fromkeys(MET_FEELINGS, _MET)
_FELT_CODE |= {felt.value: _FELT_CODE[felt] for felt in Felt}  # as a row holds it
# The marks a log makes, ranked as ``marked_by`` is sorted: by the mark's value.
_RANKED = sorted((DayMark.BIG_DAY, DayMark.CRASH, DayMark.TIRED), key=lambda mark: mark.value)
_RANK = {mark: rank for rank, mark in enumerate(_RANKED)}
assert len(_RANKED) == 3  # as _work_out_marks weighs them
# A day's one mark, lightest first: a crash wins over a big day, a big day over the days
# before a crash, and those over a tired day (core.series.day_marks).
_BY_WEIGHT = (DayMark.NONE, DayMark.TIRED, DayMark.BEFORE_CRASH, DayMark.BIG_DAY, DayMark.CRASH)
_NO_TARGET = -1  # the target column before an activity's first target
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()  # numpy's days count from here
_ROW_PLACES = {name.strip(): place for place, name in enumerate(values.ATTEMPT_COLUMNS.split(","))}


class Columns:
    """Every log as columns (activity, amount, feeling, day), made once per read from the
    logs as the store gives them: ``Attempt``s it keeps (``AttemptRepository.kept``) or
    plain rows of ``rows.ATTEMPT_COLUMNS`` (``AttemptRepository.rows``), which become
    ``Attempt``s only for the days asked for (``DayLogs``). The logs given must not change
    afterwards (a new read makes new columns); ``show`` says which days are shown."""

    def __init__(self, logs: Sequence[Attempt] | Sequence[tuple[Any, ...]]) -> None:
        self._logs = logs
        self._are_rows = bool(logs) and isinstance(logs[0], tuple)
        count = len(logs)
        # Each column in one walk made in C (map and attrgetter or itemgetter): no Python
        # step per log.
        field: Callable[[str], Callable[[Any], Any]] = _row_field if self._are_rows else attrgetter
        self.activity = np.fromiter(map(field("activity_id"), logs), np.int64, count)
        self.amount = np.fromiter(map(field("amount"), logs), np.int64, count)
        felt = map(field("felt"), logs)
        self.felt = np.fromiter(map(_FELT_CODE.__getitem__, felt), np.int8, count)
        if self._are_rows:  # ISO 8601 days, read by numpy
            days = np.array(list(map(field("local_date"), logs)), dtype="datetime64[D]")
            self.ordinal = days.astype(np.int64) + _EPOCH_ORDINAL
        else:
            days_of = map(date.toordinal, map(field("local_date"), logs))
            self.ordinal = np.fromiter(days_of, np.int64, count)
        self.show(date.min, date.min)  # until ``show`` says which days are shown

    def first_day(self) -> date | None:
        """The earliest day with a log (None: no logs)."""
        return date.fromordinal(int(self.ordinal.min())) if len(self.ordinal) else None

    def show(self, first: date, last: date) -> None:
        """The days shown, ``first..last``: each log's ``day`` is its index among them."""
        self.first, self.last = first, last
        self.days = day_range(first, last)
        self.day = self.ordinal - first.toordinal()
        self._targets: dict[int, tuple[list[int | None], Array]] = {}
        self._own: dict[int, tuple[Array, Array]] = {}
        self._marks: dict[int, tuple[tuple[tuple[date, DayMark, int], ...], Array]] = {}
        self._tired_and_crash: tuple[tuple[date, ...], tuple[date, ...]] | None = None
        self._bad_days: list[Attempt] | None = None
        self._keys: dict[int, tuple[Array, Array]] = {}
        self._day_marks: dict[int, tuple[tuple[DayMark, ...], tuple[tuple[int, ...], ...]]] = {}
        self._flags = (np.zeros(0, bool), np.zeros(0, bool))

    def attempts(self, places: list[int]) -> list[Attempt]:
        """The logs at these places (in the order given) as ``Attempt``s."""
        if self._are_rows:
            return values.attempts(map(self._logs.__getitem__, places))  # type: ignore[arg-type]
        return list(map(self._logs.__getitem__, places))  # type: ignore[arg-type]

    def of(self, activity_id: int) -> list[Attempt]:
        """One activity's logs, in the order given."""
        return self.attempts(np.flatnonzero(self.activity == activity_id).tolist())

    def targets(self, activity_id: int, changes: Sequence[TargetChange]) -> Array:
        """The target in force at the end of each day shown (``_NO_TARGET`` before the first)."""
        return self._target_history(activity_id, changes)[1]

    def _target_history(
        self, activity_id: int, changes: Sequence[TargetChange]
    ) -> tuple[list[int | None], Array]:
        """The targets of ``targets`` as they are (None before the first) and as a column."""
        if activity_id not in self._targets:
            # As summary.TargetHistory reads them: the last change on or before each day.
            own = sorted(
                (c for c in changes if c.activity_id == activity_id),
                key=lambda c: (c.local_date, c.id),
            )
            on = np.array([c.local_date.toordinal() for c in own], np.int64)
            start = self.first.toordinal()
            latest = np.searchsorted(on, np.arange(start, start + len(self.days)), side="right")
            targets = np.array([c.new_target for c in own] + [None], dtype=object)
            each = targets[latest - 1].tolist()  # -1 (none yet): the None at the end
            column = np.array([c.new_target for c in own] + [_NO_TARGET], np.int64)[latest - 1]
            self._targets[activity_id] = (each, column)
        return self._targets[activity_id]

    def own(self, activity_id: int) -> tuple[Array, Array]:
        """One activity's logs in the days shown, grouped by day: their places, and where
        each day's group starts."""
        if activity_id not in self._own:
            places = np.flatnonzero(
                (self.activity == activity_id) & (self.day >= 0) & (self.day < len(self.days))
            )
            places = places[np.argsort(self.day[places], kind="stable")]
            starts = np.flatnonzero(np.diff(self.day[places], prepend=-1))
            self._own[activity_id] = (places, starts)
        return self._own[activity_id]

    def logged_days(
        self, activity_id: int, changes: Sequence[TargetChange], percent: int
    ) -> tuple[Array, Array, Array, Array]:
        """One activity's days with logs, in the days shown: each day's index, its best log,
        all its logs added up, and whether it went well (``summary.day_status`` is MET: the
        target reached on a good or ok day, or one with no feeling said; no tired or crash
        log that day; not a big day)."""
        rows, starts = self.own(activity_id)
        if not len(rows):
            nothing = np.zeros(0, np.int64)
            return nothing, nothing, nothing, np.zeros(0, bool)
        amount, felt = self.amount[rows], self.felt[rows]
        day_of = self.day[rows][starts]
        best = np.maximum.reduceat(amount, starts)
        total = np.add.reduceat(amount, starts)
        resting = np.maximum.reduceat((felt == _TIRED) | (felt == _CRASH), starts)
        met_amount = np.maximum.reduceat(np.where(felt == _MET, amount, -1), starts)
        on_day = self.targets(activity_id, changes)[day_of]
        has_target = on_day != _NO_TARGET
        big = has_target & (on_day > 0) & (best * 100 > on_day * percent)
        met = ~resting & ~big & has_target & (met_amount >= on_day)
        return day_of, best, total, met

    def growth(
        self, activity: Activity, changes: Sequence[TargetChange], percent: int
    ) -> summary.GrowthSummary:
        """``summary.growth_summary`` for one activity (``changes``: its own), from the days
        worked out for its series; the same walk when some of its logs lie outside the days
        shown (a day ahead of today, from another device's clock)."""
        logged = np.count_nonzero(self.activity == activity.id)
        if logged != len(self.own(activity.id)[0]):
            return summary.growth_summary(activity, self.of(activity.id), changes, percent)
        day_of, _best, _total, met = self.logged_days(activity.id, changes, percent)
        counts = summary.growth_summary(activity, [], changes, percent)
        return replace(counts, days_logged=len(day_of), days_met=int(np.count_nonzero(met)))

    def marks(
        self, changes: Sequence[TargetChange], percent: int
    ) -> tuple[tuple[tuple[date, DayMark, int], ...], Array]:
        """Every tired, crash and big-day log in the days shown, on any activity, as (day,
        mark, activity) once each, sorted; and the big days as flags. A big day is measured
        against the target its own activity had that day (one without targets has none).
        The same for every activity's series: worked out once for each ``percent``."""
        if percent not in self._marks:
            self._marks[percent] = self._work_out_marks(changes, percent)
        return self._marks[percent]

    def _work_out_marks(
        self, changes: Sequence[TargetChange], percent: int
    ) -> tuple[tuple[tuple[date, DayMark, int], ...], Array]:
        count = len(self.days)
        day, activity, felt = self.day, self.activity, self.felt
        in_range = (day >= 0) & (day < count)
        big = np.zeros(len(day), bool)
        for activity_id in sorted({c.activity_id for c in changes}):
            own = np.flatnonzero(in_range & (activity == activity_id))
            target = self.targets(activity_id, changes)[day[own]]
            big[own] = (target > 0) & (self.amount[own] * 100 > target * percent)
        kinds = (
            (big, _RANK[DayMark.BIG_DAY]),
            (in_range & (felt == _CRASH), _RANK[DayMark.CRASH]),
            (in_range & (felt == _TIRED), _RANK[DayMark.TIRED]),
        )
        low = int(activity.min()) if len(activity) else 0
        width = int(activity.max()) - low + 1 if len(activity) else 1
        # One whole number per mark, weighing (day, mark, activity) in that order: sorted
        # and made unique in one step.
        keys = np.unique(
            np.concatenate(
                [
                    (day[chosen] * 3 + rank) * width + activity[chosen] - low
                    for chosen, rank in kinds
                ]
            )
        )
        source, rank, index = keys % width + low, keys // width % 3, keys // width // 3
        self._keys[percent] = (index * 3 + rank, source)  # for ``day_marks``
        days = self.days
        marked = tuple(
            (days[i], _RANKED[r], s)
            for i, r, s in zip(index.tolist(), rank.tolist(), source.tolist(), strict=True)
        )
        flags = np.zeros(count, bool)
        flags[day[big]] = True
        return marked, flags

    def day_marks(
        self, changes: Sequence[TargetChange], percent: int
    ) -> tuple[tuple[DayMark, ...], tuple[tuple[int, ...], ...]]:
        """``core.series.day_marks`` and ``mark_sources`` of the series made from these
        columns: the same for every activity's (the marks come from all of them)."""
        if percent not in self._day_marks:
            self._day_marks[percent] = self._work_out_day_marks(changes, percent)
        return self._day_marks[percent]

    def _work_out_day_marks(
        self, changes: Sequence[TargetChange], percent: int
    ) -> tuple[tuple[DayMark, ...], tuple[tuple[int, ...], ...]]:
        big = self.marks(changes, percent)[1]
        pair, source = self._keys[percent]  # (day, mark) and activity, sorted
        self.tired_and_crash_days()
        tired, crashed = self._flags
        crashes = np.flatnonzero(crashed)
        before = np.zeros(len(self.days), bool)
        for back in range(1, BEFORE_CRASH_DAYS + 1):
            before[crashes[crashes >= back] - back] = True
        code = np.zeros(len(self.days), np.int8)  # by _BY_WEIGHT: the heavier mark wins
        for flags, weight in ((tired, 1), (before, 2), (big, 3), (crashed, 4)):
            code[flags] = weight
        starts = np.flatnonzero(np.diff(pair, prepend=-1))
        ends = [*starts[1:].tolist(), len(pair)]
        sources = source.tolist()
        made: list[tuple[int, ...]] = [()] * len(self.days)
        for weight, mark in enumerate(_BY_WEIGHT):
            if mark is DayMark.NONE or mark is DayMark.BEFORE_CRASH:
                continue
            days = np.flatnonzero(code == weight)
            groups = np.searchsorted(pair[starts], days * 3 + _RANK[mark])
            for day, group in zip(days.tolist(), groups.tolist(), strict=True):
                made[day] = tuple(sources[starts[group] : ends[group]])
        for day in np.flatnonzero(code == 2).tolist():  # the crashed activities after it
            after = range(day + 1, min(day + BEFORE_CRASH_DAYS + 1, len(made)))
            made[day] = tuple(sorted({s for d in after if crashed[d] for s in made[d]}))
        marks = tuple(map(_BY_WEIGHT.__getitem__, code.tolist()))
        return marks, tuple(made)

    def tired_and_crash_days(self) -> tuple[tuple[date, ...], tuple[date, ...]]:
        """The days shown with a tired log (and no crash) and those with a crash, any activity."""
        if self._tired_and_crash is None:
            count = len(self.days)
            in_range = (self.day >= 0) & (self.day < count)
            crashed = np.zeros(count, bool)
            tired = np.zeros(count, bool)
            crashed[self.day[in_range & (self.felt == _CRASH)]] = True
            tired[self.day[in_range & (self.felt == _TIRED)]] = True
            self._flags = (tired & ~crashed, crashed)
            self._tired_and_crash = (
                _chosen(self.days, tired & ~crashed),
                _chosen(self.days, crashed),
            )
        return self._tired_and_crash

    def bad_days(self) -> list[Attempt]:
        """One tired or crash log for each day and feeling: all that rule 7 looks at (their
        days and feelings), from every day, shown or not."""
        if self._bad_days is None:
            bad = np.flatnonzero((self.felt == _TIRED) | (self.felt == _CRASH))
            keys = self.day[bad] * 2 + (self.felt[bad] == _CRASH)
            _keys, first = np.unique(keys, return_index=True)
            chosen = bad[first]
            # Before the first crash, no tired day starts or lengthens a recovery period.
            crashes = self.day[chosen][self.felt[chosen] == _CRASH]
            chosen = chosen[self.day[chosen] >= crashes.min()] if len(crashes) else chosen[:0]
            self._bad_days = self.attempts(chosen.tolist())
        return self._bad_days


def activity_series(
    columns: Columns,
    activity: Activity,
    changes: Sequence[TargetChange],
    aggregate: Aggregate,
    rules: pacing.Rules,
) -> ActivitySeries:
    """``core.series.activity_series`` over ``columns.first..columns.last``: every
    activity's logs and target changes count (a crash or a big day anywhere shows)."""
    days, first, last = columns.days, columns.first, columns.last
    count = len(days)
    percent = rules.big_day_percent
    day_of, best, total, met = columns.logged_days(activity.id, changes, percent)
    done_values = best if aggregate is Aggregate.BEST else total

    done: list[int | None] = [None] * count
    for index, value in zip(day_of.tolist(), done_values.tolist(), strict=True):
        done[index] = value

    marks, big_flags = columns.marks(changes, percent)
    tired_days, crash_days = columns.tired_and_crash_days()
    successes = np.zeros(count, bool)
    successes[day_of[met]] = True
    own_changes = sorted(
        (c for c in changes if c.activity_id == activity.id), key=lambda c: (c.local_date, c.id)
    )
    return ActivitySeries(
        days=days,
        done=tuple(done),
        target=tuple(columns._target_history(activity.id, changes)[0]),
        successes=_chosen(days, successes),
        tired_days=tired_days,
        crash_days=crash_days,
        before_crash=tuple(
            (crash - timedelta(days=BEFORE_CRASH_DAYS), crash - timedelta(days=1))
            for crash in crash_days
        ),
        recovery=tuple(
            (max(start, first), min(until - timedelta(days=1), last))
            for start, until in pacing.recovery_periods(columns.bad_days(), last, rules)
            if until - timedelta(days=1) >= first and start <= last
        ),
        target_changes=tuple(
            (c.local_date, c.old_target, c.new_target)
            for c in own_changes
            if first <= c.local_date <= last
        ),
        logs=DayLogs(columns, activity.id),
        big_days=_chosen(days, big_flags),
        marked_by=marks,
    )


def _chosen(days: tuple[date, ...], flags: Array) -> tuple[date, ...]:
    return tuple(days[i] for i in np.flatnonzero(flags).tolist())


def calm_series(columns: Columns, totals: Sequence[DayTotal]) -> CalmSeries:
    """``core.series.calm_series`` of the days shown, from the totals per day: added up
    over arrays, in the order given."""
    days, count = columns.days, len(columns.days)
    start = columns.first.toordinal()
    index = np.fromiter((t.day.toordinal() - start for t in totals), np.int64, len(totals))
    shown = (index >= 0) & (index < count)
    seconds = np.zeros(count)
    pauses = np.zeros(count, np.int64)
    np.add.at(seconds, index[shown], np.fromiter((t.seconds for t in totals), float)[shown])
    np.add.at(pauses, index[shown], np.fromiter((t.sessions for t in totals), np.int64)[shown])
    return CalmSeries(
        days=days, minutes=tuple((seconds / 60).tolist()), pauses=tuple(pauses.tolist())
    )


class DayLogs(Sequence[tuple[Attempt, ...]]):
    """One activity's logs on each day shown, each day's in the order logged: made into
    ``Attempt``s only when a day is asked for (a hover, the table, a CSV file), with the
    days around it (``BLOCK`` days at a time: a CSV file of every day asks for them all),
    and kept. A hundred years are 36,500 days of them; a month is shown."""

    BLOCK = 128

    def __init__(self, columns: Columns, activity_id: int) -> None:
        self._columns = columns
        self._places, self._starts = columns.own(activity_id)
        self._group = np.full(len(columns.days), -1, np.int64)  # each day's group, or -1
        if len(self._places):
            self._group[columns.day[self._places][self._starts]] = np.arange(len(self._starts))
        self._made: dict[int, tuple[Attempt, ...]] = {}

    def __len__(self) -> int:
        return len(self._group)

    @overload
    def __getitem__(self, index: int) -> tuple[Attempt, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[tuple[Attempt, ...], ...]: ...

    def __getitem__(
        self, index: int | slice
    ) -> tuple[Attempt, ...] | tuple[tuple[Attempt, ...], ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index not in self._made:
            self._make(index // self.BLOCK * self.BLOCK)
        return self._made[index]

    def _make(self, first: int) -> None:
        """The days ``first`` and the BLOCK after it: their logs made in one go."""
        last = min(first + self.BLOCK, len(self))
        self._made.update(dict.fromkeys(range(first, last), ()))
        groups = self._group[first:last]
        logged = np.flatnonzero(groups >= 0)
        if not len(logged):
            return
        # The days' groups follow one another among the logs' places (sorted by day).
        low, high = int(groups[logged[0]]), int(groups[logged[-1]]) + 1
        bounds = [*self._starts[low:high].tolist(), len(self._places)]
        if high < len(self._starts):
            bounds[-1] = int(self._starts[high])
        logs = self._columns.attempts(self._places[bounds[0] : bounds[-1]].tolist())
        begin = bounds[0]
        in_order = attrgetter("logged_utc", "id")
        days = (logged + first).tolist()
        for day, start, end in zip(days, bounds[:-1], bounds[1:], strict=True):
            day_logs = logs[start - begin : end - begin]
            self._made[day] = tuple(
                sorted(day_logs, key=in_order) if len(day_logs) > 1 else day_logs
            )

    def __eq__(self, other: object) -> bool:
        """Equal to the same days' logs as a tuple of tuples (``core.series`` gives those)."""
        if isinstance(other, DayLogs | tuple):
            return len(self) == len(other) and all(map(operator.eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a list: equal by what it holds


def _row_field(name: str) -> Callable[[Any], Any]:
    return itemgetter(_ROW_PLACES[name])
