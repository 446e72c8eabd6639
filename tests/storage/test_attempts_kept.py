"""Every log is read once and kept while nothing is written: ten years are 20,000 rows."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from pause_app.core.model import Felt, NewActivity
from pause_app.storage import rows
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.sql import sql_run


def _walk(store: Store, clock: FakeClock) -> int:
    started = clock.today - timedelta(days=5)
    return store.activities.add(NewActivity("Walk", "steps", 50, started_on=started), clock()).id


def test_a_second_read_with_nothing_written_reads_nothing(store: Store, clock: FakeClock) -> None:
    walk = _walk(store, clock)
    store.attempts.add(walk, 50, Felt.GOOD, "", clock())
    first = store.attempts.all()
    with sql_run(store) as queries:
        again = store.attempts.all()
    assert again == first and again is not first  # a copy: the caller may change it
    assert not any("FROM attempts" in sql for sql in queries)


def test_a_log_added_here_joins_what_is_kept(store: Store, clock: FakeClock) -> None:
    walk = _walk(store, clock)
    store.attempts.add(walk, 50, Felt.GOOD, "", clock())
    store.attempts.all()
    added = store.attempts.add(walk, 51, Felt.TIRED, "slow", clock())
    with sql_run(store) as queries:
        kept = store.attempts.all()
    assert kept[-1] == added and [a.amount for a in kept] == [50, 51]
    assert not any("SELECT * FROM attempts ORDER BY id" in sql for sql in queries)


def test_a_change_by_another_process_or_another_write_is_read_again(
    store: Store, clock: FakeClock
) -> None:
    walk = _walk(store, clock)
    logged = store.attempts.add(walk, 50, Felt.GOOD, "", clock())
    assert len(store.attempts.all()) == 1
    other = sqlite3.connect(store.path)  # another process: pause-app log, an import
    with other:
        other.execute("UPDATE attempts SET amount = 60 WHERE id = ?", (logged.id,))
    other.close()
    assert [a.amount for a in store.attempts.all()] == [60]
    store.attempts.delete(logged.id)  # a write of this process that is not an add
    assert store.attempts.all() == []


def test_what_is_kept_is_given_only_while_nothing_was_written(
    store: Store, clock: FakeClock
) -> None:
    walk = _walk(store, clock)
    assert store.attempts.kept() is None  # nothing read yet: and kept() reads nothing
    logged = store.attempts.add(walk, 50, Felt.GOOD, "", clock())
    store.attempts.all()
    added = store.attempts.add(walk, 51, Felt.OK, "", clock())
    assert store.attempts.kept() == [logged, added]  # a log added here joins it
    other = sqlite3.connect(store.path)  # another process: pause-app log, an import
    with other:
        other.execute("UPDATE attempts SET amount = 60 WHERE id = ?", (logged.id,))
    other.close()
    assert store.attempts.kept() is None
    store.attempts.all()
    store.attempts.update(added.id, 52, Felt.OK, "", added.local_date, clock.today)
    assert store.attempts.kept() is None  # an edit here too


def test_the_rows_are_read_now_and_make_the_same_logs(store: Store, clock: FakeClock) -> None:
    walk = _walk(store, clock)
    store.attempts.add(walk, 50, Felt.GOOD, "a note", clock())
    store.attempts.add(walk, 40, Felt.TIRED, "", clock().on_day(clock.today - timedelta(days=1)))
    assert rows.attempts(store.attempts.rows()) == store.attempts.all()
    other = sqlite3.connect(store.path)
    with other:
        other.execute("DELETE FROM attempts WHERE amount = 40")
    other.close()
    assert [row[2] for row in store.attempts.rows()] == [50]  # never kept: read again
