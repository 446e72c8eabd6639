"""``kill -9`` at random moments while logging loses no acknowledged log and leaves the
database sound (a few trials here; ``make bench`` runs hundreds: tests/perf/bench_write.py)."""

from __future__ import annotations

from pathlib import Path

from tests.storage import crash_trials

TRIALS = 8


def test_a_killed_writer_loses_nothing_it_acknowledged(tmp_path: Path) -> None:
    totals = crash_trials.run(tmp_path, TRIALS, writers=1, seed=9)
    assert totals.trials == TRIALS and totals.acknowledged > 0
    assert totals.missing == []
    assert (totals.unsound, totals.notices) == (0, 0)


def test_two_writers_killed_at_once_lose_nothing_either(tmp_path: Path) -> None:
    totals = crash_trials.run(tmp_path, 3, writers=2, seed=10)
    assert totals.missing == []
    assert (totals.unsound, totals.notices) == (0, 0)
