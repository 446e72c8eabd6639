"""Export of everything Pause stores, as JSON (one object) or CSV (one file per table).

Field names match the database columns; times are ISO 8601 UTC, local dates
YYYY-MM-DD. The JSON is exact; in CSV, a text cell that a spreadsheet would take for a
formula gets a leading ``'`` (``cell``).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, fields
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from pause_app import __version__
from pause_app.core.model import (
    Activity,
    Attempt,
    CheckIn,
    HeartRate,
    Reminder,
    Session,
    TargetChange,
)
from pause_app.core.series import ChartRow
from pause_app.storage import atomic
from pause_app.storage.paths import create_private
from pause_app.storage.store import Store, utc_text

FORMAT_VERSION = 1
TABLES: dict[str, type[Any]] = {
    "activities": Activity,
    "attempts": Attempt,
    "target_changes": TargetChange,
    "sessions": Session,
    "reminders": Reminder,
    "checkins": CheckIn,
    "heart_rates": HeartRate,
}
# A check-in's day is ``day`` in the core and ``local_date`` in the table (as in the others);
# the export follows the table, in its column order.
CHECKIN_COLUMNS = (
    "id",
    "local_date",
    "energy",
    "spent",
    "sleep",
    "symptoms",
    "note",
    "saved_utc",
    "utc_offset_minutes",
)
# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value for a CSV cell: text that a spreadsheet would run as a formula (a note like
    ``=HYPERLINK(...)``) starts with ``'`` instead, so it shows as the text it is. Numbers
    stay numbers, and None an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def rows(records: list[Any]) -> list[dict[str, object]]:
    """Records as plain JSON-ready dicts: dates and times as text, Enums as their values."""
    return [{key: _plain(value) for key, value in asdict(record).items()} for record in records]


def columns(table: str) -> list[str]:
    """The export's field names for ``table``: the database's columns, in order."""
    if table == "checkins":
        return list(CHECKIN_COLUMNS)
    return [f.name for f in fields(TABLES[table])]


def heart_rate_rows(store: Store) -> list[dict[str, object]]:
    """Resting heart rate per day (imported with steps), in the table's column order."""
    sources = store.heart_rates.sources()
    return [
        {"local_date": day.isoformat(), "bpm": bpm, "source": sources.get(day, "")}
        for day, bpm in store.heart_rates.all()
    ]


def checkin_rows(checkins: list[CheckIn]) -> list[dict[str, object]]:
    plain = rows(checkins)
    return [{k: row["day" if k == "local_date" else k] for k in CHECKIN_COLUMNS} for row in plain]


def collect(store: Store) -> dict[str, list[dict[str, object]]]:
    return {
        "activities": rows(store.activities.list(include_archived=True)),
        "attempts": rows(store.attempts.all()),
        "target_changes": rows(store.target_changes.all()),
        "sessions": rows(store.sessions.all()),
        "reminders": rows(store.reminders.all()),
        "checkins": checkin_rows(store.checkins.all()),
        "heart_rates": heart_rate_rows(store),
    }


def to_json(store: Store) -> str:
    document: dict[str, object] = {
        "format": "pause-app-export",
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        **collect(store),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_csv(store: Store) -> dict[str, str]:
    """One CSV text per table, keyed by file name."""
    texts: dict[str, str] = {}
    for table, rows in collect(store).items():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns(table), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: cell(v) for k, v in row.items()})
        texts[f"{table}.csv"] = buffer.getvalue()
    return texts


def write_json(store: Store, target: Path) -> None:
    atomic.write_text(target, to_json(store))


def write_csv(store: Store, folder: Path) -> list[Path]:
    create_private(folder)  # 0700 whatever the umask
    written = []
    for name, text in to_csv(store).items():
        atomic.write_text(folder / name, text)
        written.append(folder / name)
    return written


def chart_csv(chart_rows: list[ChartRow], activity: Activity) -> str:
    """The days a chart shows, one row per day; empty cells for days without a log."""
    buffer = io.StringIO()
    names = ["activity", "unit", *(f.name for f in fields(ChartRow))]
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for row in rows(chart_rows):
        plain = {"activity": activity.name, "unit": activity.unit, **row}
        writer.writerow({k: cell(v) for k, v in plain.items()})
    return buffer.getvalue()


def write_table(text: str, target: Path) -> None:
    """A CSV table the user saves (the chart's days): whole or not at all."""
    atomic.write_text(target, text)


def write_image(data: bytes, target: Path) -> None:
    """An image the user saves (the chart): whole or not at all, and, like all health data,
    readable by its owner only."""
    atomic.write_bytes(target, data)
