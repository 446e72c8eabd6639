"""Gadgetbridge: its database export (an SQLite file named ``Gadgetbridge``, or inside its
export zip).

Opened read-only and as immutable (``file:...?mode=ro&immutable=1``): SQLite writes
nothing beside it, not even a journal. The sample tables differ per device
(``MI_BAND_ACTIVITY_SAMPLE``, ``GARMIN_ACTIVITY_SAMPLE``, ...), so they are found through
``sqlite_master``: a table with ``TIMESTAMP`` (Unix seconds), ``STEPS`` and often
``HEART_RATE``. Each device is a source of its own (its name from the ``DEVICE`` table).
Times become days in the user's zone; the samples are summed per quarter of an hour in
SQL first (every UTC offset is whole quarters), which keeps a year of minutes quick.
Heart rates 0 and 255 are a band's way of saying "no reading".

Each table of each database is counted on its own, and a day keeps the largest count a
device has in any of them, never the sum: two copies of the database in one folder
(``Gadgetbridge`` and ``Gadgetbridge (1)``), or a device that writes to two tables, would
otherwise count the same minutes twice. A sample of more than ``MAX_SAMPLE`` steps is not
a count (a band's garbage, or 2**63 - 1, which would overflow SQLite's SUM): it is left
out and counted.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from pause_app.storage.steps.archive import Member, as_file
from pause_app.storage.steps.common import Reading, StepsRefusal, StepsRefused

SOURCE = "gadgetbridge"
MAGIC = b"SQLite format 3\x00"
QUARTER = 900
MAX_SAMPLE = 1_000_000
"""Steps in one sample (a minute, for most bands); more is not a count (validation.MAX_AMOUNT)."""
_NAME_OK = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def looks_like(member: Member, head: bytes) -> bool:
    return head.startswith(MAGIC)


def read(members: list[Member], reading: Reading, real_paths: dict[str, Path]) -> None:
    for index, member in enumerate(members):
        with as_file(member, real_paths.get(member.name)) as path:
            _read_database(path, reading, index / len(members), 1 / len(members))


def _connect(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=True)
    connection.execute("PRAGMA query_only = ON")
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def _sample_tables(db: sqlite3.Connection) -> list[tuple[str, bool, bool]]:
    """(table, has DEVICE_ID, has HEART_RATE) for each table with TIMESTAMP and STEPS."""
    found = []
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for name in names:
        if not isinstance(name, str) or not set(name) <= _NAME_OK:
            continue  # a name Pause would have to quote: not one of Gadgetbridge's
        columns = {str(r[1]).upper() for r in db.execute(f"PRAGMA table_info({name})")}
        if {"TIMESTAMP", "STEPS"} <= columns:
            found.append((name, "DEVICE_ID" in columns, "HEART_RATE" in columns))
    return found


def _device_names(db: sqlite3.Connection) -> dict[int, str]:
    try:
        rows = db.execute("SELECT _id, NAME FROM DEVICE").fetchall()
    except sqlite3.Error:
        return {}
    return {int(i): str(n) for i, n in rows if isinstance(i, int) and n}


def _read_database(path: Path, reading: Reading, base: float, share: float) -> None:
    try:
        db = _connect(path)
    except sqlite3.Error as error:
        raise StepsRefused(StepsRefusal.DAMAGED_DATABASE, str(error)[:200]) from None
    try:
        tables = _sample_tables(db)
        if not tables:
            raise StepsRefused(StepsRefusal.NOT_GADGETBRIDGE)
        devices = _device_names(db)
        for number, (table, by_device, has_heart) in enumerate(tables):
            reading.check(base + share * number / len(tables))
            _read_table(db, table, by_device, has_heart, devices, reading)
    except sqlite3.DatabaseError as error:
        raise StepsRefused(StepsRefusal.DAMAGED_DATABASE, str(error)[:200]) from None
    finally:
        db.close()


def _read_table(
    db: sqlite3.Connection,
    table: str,
    by_device: bool,
    has_heart: bool,
    devices: dict[int, str],
    reading: Reading,
) -> None:
    device = "DEVICE_ID" if by_device else "0"
    since = 0
    if reading.since is not None:
        since = int(datetime.combine(reading.since, datetime.min.time(), UTC).timestamp()) - 86400
    days: dict[int, date] = {}

    def day_of(quarter: int) -> date:
        found = days.get(quarter)
        if found is None:
            moment = datetime.fromtimestamp(quarter * QUARTER, UTC).astimezone(reading.zone)
            found = days[quarter] = moment.date()
        return found

    def source(device_id: object) -> str:
        name = devices.get(device_id) if isinstance(device_id, int) else None
        return f"{SOURCE}:{name or table}"

    rows = db.execute(
        f"SELECT TIMESTAMP / {QUARTER}, {device}, SUM(STEPS) FROM {table}"
        " WHERE STEPS > 0 AND STEPS <= ? AND typeof(TIMESTAMP) = 'integer' AND TIMESTAMP >= ?"
        " GROUP BY 1, 2",
        (MAX_SAMPLE, since),
    )
    totals: dict[tuple[date, str], int] = {}  # this table's own count, per day and device
    for count, (quarter, device_id, steps) in enumerate(rows):
        if count % 4096 == 0:
            reading.check()
        if isinstance(quarter, int) and isinstance(steps, int) and 0 < quarter < 2**35 // QUARTER:
            key = (day_of(quarter), source(device_id))
            totals[key] = totals.get(key, 0) + steps
    for (day, name), steps in totals.items():
        reading.steps.add_day(day, steps, name)  # across tables and databases: the larger
    reading.skipped += db.execute(
        f"SELECT COUNT(*) FROM {table} WHERE STEPS > ? AND TIMESTAMP >= ?", (MAX_SAMPLE, since)
    ).fetchone()[0]
    if not has_heart:
        return
    rows = db.execute(
        f"SELECT TIMESTAMP / {QUARTER}, HEART_RATE, COUNT(*) FROM {table}"
        " WHERE HEART_RATE NOT IN (0, 255) AND typeof(HEART_RATE) = 'integer'"
        " AND typeof(TIMESTAMP) = 'integer' AND TIMESTAMP >= ? GROUP BY 1, 2",
        (since,),
    )
    for count, (quarter, bpm, times) in enumerate(rows):
        if count % 4096 == 0:
            reading.check()
        if isinstance(quarter, int) and 0 < quarter < 2**35 // QUARTER:
            reading.heart.add_sample(day_of(quarter), int(bpm), int(times))
