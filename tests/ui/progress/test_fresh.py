"""What the chart keeps between reads (the logs as columns, each day's logs made when asked
for, the logs Goals kept) never shows old data: a new log, an edit, a delete and a write by
another process (``pause-app log``, an import) show at the next reload, whether Goals had
kept the logs or not."""

from __future__ import annotations

import sqlite3

import pytest

from pause_app.core.model import Felt
from pause_app.storage.store import Store
from pause_app.ui.progress.chart import ProgressChart
from tests.helpers.clock import FakeClock


def _today(chart: ProgressChart, activity_id: int) -> tuple[int | None, list[int]]:
    """What the chart shows for today: the amount, and the amounts logged."""
    data = chart.series_for(activity_id)
    return data.done[-1], [a.amount for a in data.logs[-1]]


@pytest.fixture(params=["rows", "kept by Goals"])
def kept(request: pytest.FixtureRequest, store: Store) -> bool:
    """Whether the logs were kept (Goals read them) before each change."""
    return bool(request.param == "kept by Goals")


def _read_as_goals(store: Store, kept: bool) -> None:
    if kept:
        store.attempts.all()


def test_a_new_log_shows_at_once(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int], kept: bool
) -> None:
    inside = history["inside"]
    assert _today(chart, inside) == (45, [45])
    _read_as_goals(store, kept)
    store.attempts.add(inside, 61, Felt.GOOD, "", clock())
    chart.reload()
    assert _today(chart, inside) == (61, [45, 61])
    assert chart.activity_plots[0].done.getData()[1][-1] == 61


def test_an_edit_and_a_delete_show_at_once(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int], kept: bool
) -> None:
    inside = history["inside"]
    [today] = store.attempts.on_day(inside, clock.today)
    _read_as_goals(store, kept)
    store.attempts.update(today.id, 30, Felt.TIRED, "", clock.today, clock.today)
    chart.reload()
    assert _today(chart, inside) == (30, [30])
    assert clock.today in chart.series_for(inside).tired_days
    _read_as_goals(store, kept)
    store.attempts.delete(today.id)
    chart.reload()
    assert _today(chart, inside) == (None, [])
    assert clock.today not in chart.series_for(inside).tired_days


def test_a_write_by_another_process_shows_at_once(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int], kept: bool
) -> None:
    inside = history["inside"]
    [today] = store.attempts.on_day(inside, clock.today)
    _read_as_goals(store, kept)
    other = sqlite3.connect(store.path)  # an import, or pause-app log, in another process
    with other:
        other.execute("UPDATE attempts SET amount = 70, felt = 'crash' WHERE id = ?", (today.id,))
    other.close()
    chart.reload()
    assert _today(chart, inside) == (70, [70])
    assert chart.series_for(inside).crash_days[-1] == clock.today


def test_a_day_asked_for_before_a_change_is_not_kept_past_it(
    chart: ProgressChart, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    inside = history["inside"]
    before = chart.series_for(inside).logs[-1]  # a hover on today made today's logs
    store.attempts.add(inside, 47, Felt.OK, "after the hover", clock())
    chart.reload()
    after = chart.series_for(inside).logs[-1]
    assert [a.note for a in after] == [a.note for a in before] + ["after the hover"]
