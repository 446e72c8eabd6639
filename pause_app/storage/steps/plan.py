"""What an import would change, and the change itself in one transaction.

An imported day is one log (an attempt) with no feeling ("not said") and its source, for
example ``apple-health:iPhone``. Importing the same file again changes nothing; a day
already imported keeps the larger count, whichever file or device gave it (a newer export
of the same device adds the steps it synced since; another device, or an older file, never
takes a day back down); a day with a log the user typed stays theirs; a day of more than
``MAX_AMOUNT`` steps (more than a typed log may hold) is left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pause_app.core.model import Activity, Attempt, Moment, NewActivity
from pause_app.core.steps import DayTotal
from pause_app.core.validation import MAX_AMOUNT
from pause_app.storage import rows as values
from pause_app.storage.activities import insert_activity
from pause_app.storage.heart_rates import put as put_heart_rates
from pause_app.storage.rows import utc_text
from pause_app.storage.steps.common import StepsRead

if TYPE_CHECKING:
    from pause_app.storage.store import Store


@dataclass(frozen=True)
class StepsPlan:
    read: StepsRead
    activity_id: int
    first: date | None
    last: date | None
    total_steps: int
    new_days: int
    updated_days: int
    """Days imported before whose count the newer file changed."""
    unchanged_days: int
    """Days imported before with the same count: nothing to do."""
    kept_days: int
    """Days with the user's own typed log: kept as theirs, the import leaves them alone."""
    heart_days: int
    """Days of resting heart rate that are new or changed."""
    future_days: int = 0
    """Days after today in the file (a clock set wrong): left out."""
    early_days: int = 0
    """Days before the activity started: left out (the activity has no target then)."""
    smaller_days: int = 0
    """Days imported before with more steps than this file gives: they keep the larger."""
    too_large_days: int = 0
    """Days of more than ``MAX_AMOUNT`` steps (a device gone wrong): left out."""

    @property
    def changes(self) -> bool:
        return bool(self.new_days or self.updated_days or self.heart_days)


@dataclass(frozen=True)
class _Work:
    new: tuple[DayTotal, ...]
    updated: tuple[tuple[int, DayTotal], ...]  # (the imported log's id, the new count)
    heart: tuple[tuple[date, int], ...]
    plan: StepsPlan


def _work(
    read: StepsRead,
    activity: Activity | None,
    logs: list[Attempt],
    heart_here: dict[date, int],
    today: date | None,
    started_on: date | None = None,
) -> _Work:
    """``activity`` None: a new one, starting on ``started_on``, with no logs yet."""
    if activity is not None:
        started_on = activity.started_on
    by_day: dict[date, list[Attempt]] = defaultdict(list)
    for log in logs:
        by_day[log.local_date].append(log)
    new: list[DayTotal] = []
    updated: list[tuple[int, DayTotal]] = []
    unchanged = kept = future = early = smaller = too_large = 0
    counted: list[DayTotal] = []
    for total in read.days:
        if today is not None and total.day > today:
            future += 1
            continue
        if started_on is not None and total.day < started_on:
            early += 1
            continue
        if total.steps > MAX_AMOUNT:
            too_large += 1  # more than a log may hold: the user's own export would refuse it
            continue
        counted.append(total)
        here = by_day.get(total.day, [])
        if any(not log.imported for log in here):
            kept += 1  # the user's own log: theirs
            continue
        if not here:
            new.append(total)
            continue
        best = max(here, key=lambda log: log.amount)
        if total.steps > best.amount:
            updated.append((best.id, total))  # more steps synced since: the larger count
        elif total.steps == best.amount:
            unchanged += 1
        else:
            smaller += 1  # an older file, or another device: the day keeps the larger
    heart = tuple(
        (day, bpm)
        for day, bpm in read.heart
        if (today is None or day <= today) and heart_here.get(day) != bpm
    )
    plan = StepsPlan(
        read=read,
        activity_id=activity.id if activity is not None else 0,
        first=counted[0].day if counted else None,
        last=counted[-1].day if counted else None,
        total_steps=sum(t.steps for t in counted),
        new_days=len(new),
        updated_days=len(updated),
        unchanged_days=unchanged,
        kept_days=kept,
        heart_days=len(heart),
        future_days=future,
        early_days=early,
        smaller_days=smaller,
        too_large_days=too_large,
    )
    return _Work(tuple(new), tuple(updated), heart, plan)


def plan_steps(
    store: Store, activity_id: int, read: StepsRead, *, today: date | None = None
) -> StepsPlan:
    """What importing ``read`` into the activity would do; reads only. ``today`` (the
    user's local date) leaves out days after it."""
    activity = store.activities.get(activity_id)
    logs = store.attempts.for_activity(activity_id)
    return _work(read, activity, logs, dict(store.heart_rates.all()), today).plan


EARLIEST_START = date(2000, 1, 1)
"""A new activity never starts before this: an earlier day is a device clock gone wrong."""
STRAY_GAP = timedelta(days=365)
"""A day this far before the next day with steps is a stray record, not where the file begins."""


def start_day(read: StepsRead, today: date) -> date:
    """The day a new activity made for ``read`` starts: the file's first day with steps, but
    not before 2000, and not a stray day a year or more before the rest of the file (a
    record from a clock set to 1970); ``today`` if the file has no such day."""
    days = [d.day for d in read.days if EARLIEST_START <= d.day <= today]
    for index, day in enumerate(days):
        if index + 1 == len(days) or days[index + 1] - day < STRAY_GAP:
            return day
    return today


def plan_for_new(store: Store, read: StepsRead, today: date) -> StepsPlan:
    """What importing ``read`` into a new activity (starting on ``start_day``) would do."""
    heart_here = dict(store.heart_rates.all())
    return _work(read, None, [], heart_here, today, start_day(read, today)).plan


def apply_steps(
    store: Store, plan: StepsPlan, now: datetime, *, new_activity: NewActivity | None = None
) -> StepsPlan:
    """Write the plan in one transaction, planned again inside it (a log typed meanwhile is
    still kept). ``now``: aware, in the user's zone; each imported log is stamped with it.
    ``new_activity``: make this activity first, in the same transaction, and import into it
    (``plan.activity_id`` is then not used): a write that fails leaves no empty activity.
    Returns what was done (the plan made inside the transaction). Raises ValidationError
    (nothing written) if the new activity cannot be made."""
    moment = Moment.from_aware(now)
    today = moment.local_date
    logged = utc_text(moment.utc)
    with store.transaction() as db:
        activity_id = plan.activity_id
        if new_activity is not None:
            activity_id = insert_activity(db, new_activity, moment)
        activity = values.activity(
            db.execute("SELECT * FROM activities WHERE id = ?", (activity_id,)).fetchone()
        )
        logs = [
            values.attempt(row)
            for row in db.execute(
                "SELECT * FROM attempts WHERE activity_id = ? ORDER BY local_date, logged_utc, id",
                (activity_id,),
            )
        ]
        heart_here = {
            date.fromisoformat(row[0]): int(row[1])
            for row in db.execute("SELECT local_date, bpm FROM heart_rates")
        }
        work = _work(plan.read, activity, logs, heart_here, today)
        db.executemany(
            "INSERT INTO attempts (activity_id, amount, felt, note, logged_utc, local_date,"
            " utc_offset_minutes, source) VALUES (?, ?, NULL, '', ?, ?, ?, ?)",
            [
                (
                    activity.id,
                    total.steps,
                    logged,
                    total.day.isoformat(),
                    moment.utc_offset_minutes,
                    total.source,
                )
                for total in work.new
            ],
        )
        db.executemany(
            "UPDATE attempts SET amount = ?, source = ? WHERE id = ?",
            [(total.steps, total.source, log_id) for log_id, total in work.updated],
        )
        source = plan.read.format.value
        put_heart_rates(db, work.heart, source)
    return work.plan
