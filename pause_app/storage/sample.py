"""A realistic sample history, for screenshots, demos and benchmarks (never for a user's data)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from pause_app.core.model import (
    ChangeReason,
    Felt,
    Moment,
    NewActivity,
    NewCheckIn,
    NewSession,
    Rating,
    SessionEnd,
    SessionKind,
    Symptoms,
)
from pause_app.storage.store import Store, utc_text


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


NOTES = {
    "en": ("Sunny; walked to the window and back", "Slept badly", "Felt light today", "Visitors"),
    "nl": ("Zonnig; naar het raam en terug", "Slecht geslapen", "Voelde me licht", "Bezoek"),
}
OUTSIDE = {"en": ("Steps outside", "steps"), "nl": ("Stappen buiten", "stappen")}
CRASH_DAYS_AGO = 100  # the six months' crash (the energy screenshot looks around it)


def six_months(store: Store, today: Moment, language: str = "en", days: int = 182) -> None:
    """Half a year as a user might live it: slow growth in small steps, a few tired days, one
    crash with its recovery (target lowered to about 70%, then slowly rebuilt), a new place
    started from the first activity, and calm breathing on most days."""
    rng = random.Random(7)  # the same history every time: screenshots compare
    (walk_name, walk_unit), (read_name, read_unit) = NAMES[language]
    start = _moment(days, today, 9)
    inside = store.activities.add(
        NewActivity(walk_name, walk_unit, 50, started_on=start.local_date), start
    )
    reading = store.activities.add(
        NewActivity(read_name, read_unit, 10, step_percent=5, started_on=start.local_date), start
    )
    crash_offset, outside_offset = CRASH_DAYS_AGO, 56
    outside = None
    targets = {inside.id: 50, reading.id: 10}
    last_raise = {inside.id: days, reading.id: days}
    tired_offsets = {days - 23, days - 51, 88, 61, 30, 12}
    for offset in range(days, -1, -1):
        if offset == outside_offset:
            at = _moment(offset, today, 10)
            outside = store.activities.add(
                NewActivity(
                    *OUTSIDE[language],
                    round(targets[inside.id] * 0.8),
                    started_on=at.local_date,
                    derived_from=inside.id,
                ),
                at,
            )
            targets[outside.id] = outside.target
            last_raise[outside.id] = offset
        if offset % 9 == 4 and offset != crash_offset:
            continue  # a rest day: nothing logged, nothing lost
        recovering = crash_offset - 7 <= offset < crash_offset
        for activity_id in [inside.id, reading.id] + ([outside.id] if outside else []):
            moment = _moment(offset, today, 11 if activity_id != reading.id else 20)
            target = targets[activity_id]
            step = 1 if activity_id != reading.id else max(1, round(target * 0.05))
            if (
                not recovering
                and offset <= last_raise[activity_id] - 6
                and offset not in tired_offsets
                and offset != crash_offset
                and rng.random() < 0.5
            ):
                target += step
                targets[activity_id] = target
                last_raise[activity_id] = offset
                store.activities.set_target(
                    activity_id, target, ChangeReason.OFFER_ACCEPTED, moment
                )
            note = ""
            if offset == crash_offset and activity_id == inside.id:
                felt, amount = Felt.CRASH, round(target * 0.3)
            elif offset in tired_offsets and activity_id == inside.id:
                felt, amount = Felt.TIRED, round(target * 0.85)
            elif crash_offset < offset <= crash_offset + 3 and activity_id == inside.id:
                felt, amount = Felt.GOOD, round(target * 1.25)  # more than planned, before a crash
            elif activity_id == reading.id and offset % 2:
                continue
            else:
                felt = Felt.GOOD if rng.random() < 0.7 else Felt.OK
                amount = target + rng.choice((0, 0, 1, 2, -1))
                if rng.random() < 0.08:
                    note = rng.choice(NOTES[language])
            store.attempts.add(activity_id, max(amount, 0), felt, note, moment)
            if offset == crash_offset and activity_id == inside.id:
                lowered = round(target * 0.7)
                after = _moment(offset, today, 18)
                store.activities.set_target(inside.id, lowered, ChangeReason.AFTER_CRASH, after)
                targets[inside.id] = lowered
                last_raise[inside.id] = offset - 7
        for session in range(rng.choice((0, 1, 1, 2, 2, 3))):
            breathing = session == 2 or rng.random() < 0.15
            planned = 300.0 if breathing else 80.0
            ended = SessionEnd.STOPPED_EARLY if rng.random() < 0.1 else SessionEnd.FINISHED
            store.sessions.add(
                NewSession(
                    SessionKind.BREATHING if breathing else SessionKind.PAUSE,
                    "calm",
                    planned,
                    planned * (0.5 if ended is SessionEnd.STOPPED_EARLY else 1.0),
                    ended,
                    Rating.BETTER,
                ),
                _moment(offset, today, 13 + 3 * session),
            )
    checkins(store, today, days, crash_offset, tired_offsets)


def checkins(
    store: Store, today: Moment, days: int, crash_offset: int, tired_offsets: set[int]
) -> None:
    """Check-ins on most days (their own random numbers: the logs above stay as they were):
    energy slowly rising, lower in the days before and after the crash, the big days before
    it outside the envelope, a few tired days too; this morning only the energy so far."""
    rng = random.Random(13)
    for offset in range(days, -1, -1):
        if rng.random() < 0.12 and offset not in range(crash_offset - 8, crash_offset + 5):
            continue  # a day without a check-in: nothing asked, nothing lost
        distance = abs(offset - crash_offset)
        energy = 5 + (days - offset) * 2 // days + rng.choice((-1, 0, 0, 0, 1))
        if distance <= 6:
            energy = 2 + distance // 2  # lower in the days before and after the crash
        energy = max(1, min(9, energy))
        spent = max(0, energy - rng.choice((0, 1, 1, 2)))
        symptoms = Symptoms.MILD if rng.random() < 0.5 else Symptoms.NONE
        if crash_offset < offset <= crash_offset + 3 or offset in tired_offsets:
            spent = min(10, energy + 2)  # more than there was: outside the envelope
            symptoms = Symptoms.MODERATE
        if distance <= 2:
            symptoms = Symptoms.SEVERE if offset != crash_offset else Symptoms.VERY_SEVERE
            spent = max(spent, energy + 1) if offset == crash_offset else spent
        sleep = max(1, min(5, 3 + rng.choice((-1, 0, 0, 1)) - (distance <= 3)))
        new = NewCheckIn(
            today.local_date - timedelta(days=offset),
            energy=energy,
            spent=None if offset == 0 else spent,
            sleep=sleep,
            symptoms=symptoms,
        )
        store.checkins.save(new, _moment(offset, today, 21 if offset else 9))


def boom_and_bust(store: Store, today: Moment, language: str = "en", days: int = 28) -> None:
    """Four weeks up to this morning (nothing logged today yet) with big days: one with
    visitors, followed by two tired days (boom and bust), and a smaller one later. Reading
    has a small target (5 minutes, raised from 4 ten days ago) and one tired day of its own
    five days ago, so today it is offered its one-unit step (docs/PACING.md rule 11)."""
    start = _moment(days, today, 9)
    (walk_name, walk_unit), (read_name, read_unit) = NAMES[language]
    inside = store.activities.add(
        NewActivity(walk_name, walk_unit, 50, started_on=start.local_date), start
    )
    reading = store.activities.add(
        NewActivity(read_name, read_unit, 4, started_on=start.local_date), start
    )
    targets = {inside.id: 50, reading.id: 4}
    raises = {20: (inside.id, 51), 12: (inside.id, 52), 10: (reading.id, 5)}
    for offset in range(days, 0, -1):
        if offset in raises:
            activity_id, target = raises[offset]
            targets[activity_id] = target
            store.activities.set_target(
                activity_id, target, ChangeReason.OFFER_ACCEPTED, _moment(offset, today, 10)
            )
        if offset % 9 != 4:  # otherwise a rest day: nothing logged, nothing lost
            target, felt, note = targets[inside.id], Felt.GOOD, ""
            amount = target + offset % 2
            if offset == 18:
                amount, note = 80, NOTES[language][3]  # visitors: a big day
            elif offset in (17, 16):
                amount, felt = target - 12, Felt.TIRED  # and the days after it
            elif offset == 9:
                amount = 70  # a big day again, smaller
            store.attempts.add(inside.id, amount, felt, note, _moment(offset, today, 11))
        felt = Felt.TIRED if offset == 5 else (Felt.GOOD if offset % 3 else Felt.OK)
        note = NOTES[language][1] if offset == 5 else ""
        amount = targets[reading.id] + (1 if offset % 4 == 0 else 0)
        store.attempts.add(reading.id, amount, felt, note, _moment(offset, today, 20))
        if offset % 4 != 1:
            store.sessions.add(
                NewSession(
                    SessionKind.PAUSE, "calm", 80.0, 80.0, SessionEnd.FINISHED, Rating.BETTER
                ),
                _moment(offset, today, 15),
            )


def bulk(store: Store, today: Moment, years: float, attempts_per_day: float = 5.5) -> None:
    """A long history written in one transaction per table, for benchmarks: about
    ``attempts_per_day`` logs spread over three activities, half as many sessions, and a
    check-in every day."""
    rng = random.Random(11)
    feel = random.Random(12)  # the check-ins' own: the logs stay as they were
    days = round(years * 365.25)
    start = _moment(days, today, 9)
    ids = [
        store.activities.add(NewActivity(name, "steps", 50, started_on=start.local_date), start).id
        for name in ("Steps inside", "Steps outside", "Minutes reading")
    ]
    attempts: list[tuple[object, ...]] = []
    sessions: list[tuple[object, ...]] = []
    checkins: list[tuple[object, ...]] = []
    carry_a = carry_s = 0.0
    for offset in range(days, -1, -1):
        day = (today.local_date - timedelta(days=offset)).isoformat()
        energy = 3 + feel.randrange(6)
        spent = energy + feel.choice((-2, -1, 0, 0, 1))
        symptoms = feel.choice(("none", "mild", "moderate", "severe"))
        checkins.append((day, energy, spent, 3, symptoms, "", utc_text(start.utc), 60))
        carry_a += attempts_per_day
        carry_s += attempts_per_day / 2
        while carry_a >= 1:
            carry_a -= 1
            at = _moment(offset, today, 8 + rng.randrange(12))
            felt = rng.choice(("good", "good", "good", "ok", "tired"))
            attempts.append(
                (rng.choice(ids), 40 + rng.randrange(30), felt, "", utc_text(at.utc), day, 60)
            )
        while carry_s >= 1:
            carry_s -= 1
            at = _moment(offset, today, 8 + rng.randrange(12))
            sessions.append(
                ("pause", "calm", 80.0, 80.0, "finished", None, utc_text(at.utc), day, 60)
            )
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO attempts (activity_id, amount, felt, note, logged_utc, local_date,"
            " utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            attempts,
        )
        db.executemany(
            "INSERT INTO sessions (kind, pattern, planned_seconds, actual_seconds, ended, rating,"
            " started_utc, local_date, utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sessions,
        )
        db.executemany(
            "INSERT INTO checkins (local_date, energy, spent, sleep, symptoms, note, saved_utc,"
            " utc_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            checkins,
        )


def watch_half_year(
    today: Moment, days: int = 182, crash_days_ago: int = CRASH_DAYS_AGO
) -> tuple[list[tuple[date, int]], list[tuple[date, int]]]:
    """What a watch counted over half a year, for the step import's demo: (day, steps) and
    (day, resting heart rate). Slow growth from about 1,700 steps a day, quieter days now and
    then, a dip after the crash; the resting pulse a little higher in the days around it
    (the demo raises the target along, as accepted offers would)."""
    rng = random.Random(16)
    steps: list[tuple[date, int]] = []
    pulse: list[tuple[date, int]] = []
    for offset in range(days, -1, -1):
        day = today.local_date - timedelta(days=offset)
        since_crash = crash_days_ago - offset
        level = 1700 + 4 * (days - offset)
        if 0 <= since_crash < 14:
            level = round(level * (0.35 + 0.045 * since_crash))
        if rng.random() < 0.12:
            level = round(level * 0.55)  # a quiet day
        steps.append((day, max(200, round(level * rng.uniform(0.85, 1.12)))))
        if rng.random() < 0.9:  # a night without the watch: no resting pulse that day
            raised = 6 if -3 <= since_crash < 10 else 0
            pulse.append((day, 64 + raised + rng.choice((-2, -1, 0, 0, 1, 2))))
    return steps, pulse
