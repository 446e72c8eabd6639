"""A realistic sample history, for screenshots, demos and benchmarks (never for a user's data)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from pause_app.core.model import (
    ChangeReason,
    Felt,
    Moment,
    NewActivity,
    NewSession,
    Rating,
    SessionEnd,
    SessionKind,
)
from pause_app.storage.store import Store


def _moment(day_offset: int, today: Moment, hour: int) -> Moment:
    day = today.local_date - timedelta(days=day_offset)
    local = datetime.combine(
        day, time(hour, 0), tzinfo=timezone(timedelta(minutes=today.utc_offset_minutes))
    )
    return Moment.from_aware(local)


# (name, unit) of the two sample activities, as a user of each language would type them.
NAMES = {
    "en": (("Steps inside", "steps"), ("Minutes reading", "minutes")),
    "nl": (("Stappen in huis", "stappen"), ("Minuten lezen", "minuten")),
}


def fill(
    store: Store,
    today: Moment,
    names: tuple[tuple[str, str], tuple[str, str]] = NAMES["en"],
    days: int = 28,
) -> None:
    """Two activities growing slowly over ``days`` days, with a tired day, rest days and pauses."""
    start = _moment(days, today, 9)
    (walk_name, walk_unit), (read_name, read_unit) = names
    inside = store.activities.add(
        NewActivity(walk_name, walk_unit, 50, started_on=start.local_date), start
    )
    reading = store.activities.add(
        NewActivity(read_name, read_unit, 10, step_percent=5, started_on=start.local_date),
        start,
    )
    target = 50
    for offset in range(days, -1, -1):
        moment = _moment(offset, today, 11)
        if offset % 9 == 4:
            continue  # a rest day: nothing logged, nothing lost
        if offset in (12, 6) and target < 53:
            target += 1
            store.activities.set_target(inside.id, target, ChangeReason.OFFER_ACCEPTED, moment)
        felt = Felt.TIRED if offset == 15 else (Felt.GOOD if offset % 3 else Felt.OK)
        amount = target - 8 if felt is Felt.TIRED else target + (offset % 2)
        store.attempts.add(inside.id, amount, felt, "", moment)
        if offset % 2 == 0:
            store.attempts.add(
                reading.id, 10 + (offset % 3), Felt.GOOD, "", _moment(offset, today, 20)
            )
        if offset % 4 != 1:
            ended = SessionEnd.STOPPED_EARLY if offset % 7 == 0 else SessionEnd.FINISHED
            seconds = 45.0 if ended is SessionEnd.STOPPED_EARLY else 80.0
            store.sessions.add(
                NewSession(SessionKind.PAUSE, "calm", 80.0, seconds, ended, Rating.BETTER),
                _moment(offset, today, 15),
            )
