"""``kill -9`` in the middle of logging: every acknowledged log is still there afterwards,
and the database is sound.

    python -m tests.storage.crash_trials [TRIALS] [WRITERS] [SEED]

Each trial starts WRITERS children that log attempts in a loop, each transaction its own
(``logging_child forever``), and kills each one with SIGKILL at a moment chosen by a seeded
random number: right after it printed ``opening`` (so in the middle of opening, migrating
or the first log), or after its n-th acknowledged log (so in the middle of the next one).
Then the database is opened as Pause opens it, and checked: every id a child printed is
stored, ``PRAGMA integrity_check`` says ok, and nothing was found damaged.
The test suite runs a few trials (tests/storage/test_crash_safety.py); ``make bench`` many
(tests/perf/bench_write.py).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pause_app.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)


@dataclass
class Totals:
    trials: int = 0
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    unsound: int = 0
    """Trials after which ``PRAGMA integrity_check`` was not ok."""
    notices: int = 0
    """Opens that kept a file aside (a damaged log or a corrupt file)."""
    missing: list[int] = field(default_factory=list)


def _writer(database: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.logging_child", str(database), "forever"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _kill_after(child: subprocess.Popen[str], logs: int) -> set[int]:
    """Read ``opening`` and ``logs`` acknowledged ids, kill the child, and return every id it
    acknowledged (the ones printed before it died count too)."""
    assert child.stdout is not None
    acknowledged: set[int] = set()
    line = child.stdout.readline()
    while line and logs > 0:
        if line.strip().isdigit():
            acknowledged.add(int(line))
            logs -= 1
        if logs:
            line = child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()
    child.stdout.close()
    child.wait()
    acknowledged.update(int(word) for word in rest.split() if word.isdigit())
    return acknowledged


def run(folder: Path, trials: int, writers: int = 1, seed: int = 9) -> Totals:
    rng = random.Random(seed)
    database = folder / "pause.sqlite3"
    totals = Totals()
    acknowledged: set[int] = set()
    for _ in range(trials):
        children = [_writer(database) for _ in range(writers)]
        for child in children:
            acknowledged |= _kill_after(child, rng.choice([0, rng.randint(1, 40)]))
            totals.kills += 1
        opened = open_database(database, NOW)
        try:
            connection = opened.connection
            stored = {row[0] for row in connection.execute("SELECT id FROM attempts")}
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                totals.unsound += 1
            totals.notices += (opened.damaged_log, opened.kept_corrupt_file) != (None, None)
        finally:
            opened.close()
        totals.missing.extend(sorted(acknowledged - stored))
        totals.trials += 1
    totals.acknowledged = len(acknowledged)
    totals.lost = len(totals.missing)
    return totals


def main(argv: list[str]) -> int:
    trials, writers, seed = (int(a) for a in (argv + ["200", "3", "9"][len(argv) :]))
    with tempfile.TemporaryDirectory() as folder:
        totals = run(Path(folder), trials, writers, seed)
    print(
        f"kill -9 trials: {totals.trials} trials, {totals.kills} kills, {writers} writer(s) "
        f"at a time, {totals.acknowledged} acknowledged logs, {totals.lost} lost, "
        f"{totals.unsound} integrity check(s) not ok, {totals.notices} damage notice(s)"
    )
    return 0 if (totals.lost, totals.unsound, totals.notices) == (0, 0, 0) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
