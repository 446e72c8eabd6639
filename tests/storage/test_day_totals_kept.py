"""The calm breathing per day is read once while nothing is written: the chart and the weeks
under it both ask for it when the Progress page opens."""

from __future__ import annotations

import sqlite3

from pause_app.core.model import NewSession, SessionEnd, SessionKind
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.sql import sql_run


def _pause(store: Store, clock: FakeClock, seconds: float) -> None:
    store.sessions.add(
        NewSession(SessionKind.PAUSE, "calm", 80.0, seconds, SessionEnd.FINISHED), clock()
    )


def test_a_second_read_with_nothing_written_reads_nothing(store: Store, clock: FakeClock) -> None:
    _pause(store, clock, 90.0)
    first = store.sessions.day_totals()
    with sql_run(store) as queries:
        again = store.sessions.day_totals()
    assert again == first and again is not first  # a copy: the caller may change it
    assert not any("FROM sessions" in sql for sql in queries)


def test_a_pause_here_or_a_change_elsewhere_is_read_again(store: Store, clock: FakeClock) -> None:
    _pause(store, clock, 90.0)
    assert [t.sessions for t in store.sessions.day_totals()] == [1]
    _pause(store, clock, 30.0)
    (total,) = store.sessions.day_totals()
    assert (total.sessions, total.seconds) == (2, 120.0)
    other = sqlite3.connect(store.path)  # another process: an import, pause-app breathe
    with other:
        other.execute("UPDATE sessions SET actual_seconds = 10")
    other.close()
    (total,) = store.sessions.day_totals()
    assert total.seconds == 20.0
