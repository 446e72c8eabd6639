"""A Pause that logs in a child process, for the tests that kill it or start many at once.

    python -m tests.storage.logging_child DATABASE MODE [COUNT|NAME]

- ``vanish COUNT``: log COUNT attempts, each its own transaction, then die without closing
  anything, as a crash would (the database's log stays behind, hot).
- ``forever``: print ``opening``, then open the database and log attempts until killed.
- ``once NAME``: print ``ready``, wait for a line on stdin (so that many start at once),
  then open the database and add the activity NAME.

Each acknowledged id (an attempt's or the activity's) is printed on a line of its own,
after its transaction has committed. Exit status 3 and the error's class name when the
database cannot be opened.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pause_app.core.model import Felt, Moment, NewActivity
from pause_app.storage.database import DatabaseError
from pause_app.storage.store import Store

AT = Moment.from_aware(datetime(2026, 3, 15, 10, 0, tzinfo=timezone(timedelta(hours=1))))
ACTIVITY = "Walk"


def _say(line: object) -> None:
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def _activity_id(store: Store) -> int:
    for activity in store.activities.list():
        if activity.name == ACTIVITY:
            return activity.id
    return store.activities.add(NewActivity(ACTIVITY, "min", 5), AT).id


def main(argv: list[str]) -> int:
    database, mode = Path(argv[0]), argv[1]
    if mode == "once":
        _say("ready")
        sys.stdin.readline()
    elif mode == "forever":
        _say("opening")
    try:
        store = Store.open(database, AT.utc)
    except DatabaseError as error:
        _say(type(error).__name__)
        return 3
    if mode == "once":
        _say(store.activities.add(NewActivity(argv[2], "min", 5), AT).id)
        store.close()
        return 0
    activity = _activity_id(store)
    count = int(argv[2]) if mode == "vanish" else sys.maxsize
    for n in range(count):
        attempt = store.attempts.add(activity, n % 60, Felt.OK, f"log {n}", AT)
        _say(attempt.id)
    if mode == "vanish":
        sys.stdout.flush()
        os._exit(0)  # no close, no checkpoint: the log stays as a crash leaves it
    return 0  # pragma: no cover - "forever" is killed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
