"""What a logged attempt costs with ``PRAGMA synchronous = NORMAL`` and ``FULL``, and
``kill -9`` trials in the middle of logging.

    make bench        (or: .venv/bin/python tests/perf/bench_write.py [LOGS] [TRIALS])

With WAL and NORMAL, SQLite syncs the log only at checkpoints: a log reported as stored can
be lost in a power cut. FULL syncs the log at every commit. Each mode logs LOGS attempts
through the real Store, each its own transaction (as the window and the command line do),
in a fresh folder in bench-results/ (on the checkout's disk, not in a RAM folder), three rounds
alternating the modes; the figures are medians per log over all rounds. Then TRIALS
``kill -9`` trials (tests/storage/crash_trials.py) with three writers at a time.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pause_app.core.model import Felt, Moment, NewActivity  # noqa: E402
from pause_app.storage import database  # noqa: E402
from pause_app.storage.store import Store  # noqa: E402
from tests.storage import crash_trials  # noqa: E402

LOGS = 200
ROUNDS = 3
TRIALS = 200
AT = Moment.from_aware(datetime(2026, 3, 15, 9, 0, tzinfo=UTC))


def _per_log_ms(folder: Path, mode: str, logs: int) -> list[float]:
    database.SYNCHRONOUS = mode
    with Store.open(folder / f"{mode}.sqlite3", AT.utc) as store:
        walk = store.activities.add(NewActivity("Walk", "min", 5), AT)
        times = []
        for n in range(logs):
            start = time.perf_counter()
            store.attempts.add(walk.id, n % 60, Felt.OK, "a note of a few words", AT)
            times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str]) -> int:
    logs = int(argv[0]) if argv else LOGS
    trials = int(argv[1]) if len(argv) > 1 else TRIALS
    chosen = database.SYNCHRONOUS
    scratch = ROOT / "bench-results"  # ignored by git
    scratch.mkdir(exist_ok=True)
    samples: dict[str, list[float]] = {"NORMAL": [], "FULL": []}
    with tempfile.TemporaryDirectory(dir=scratch, prefix="write-") as folder:
        for round_ in range(ROUNDS):
            for mode in ("NORMAL", "FULL") if round_ % 2 == 0 else ("FULL", "NORMAL"):
                samples[mode] += _per_log_ms(Path(folder) / str(round_), mode, logs)
    database.SYNCHRONOUS = chosen
    print(f"One logged attempt through the Store, WAL journal ({logs} logs x {ROUNDS} rounds):")
    for mode, times in samples.items():
        times.sort()
        print(
            f"  synchronous = {mode:<6}  median {statistics.median(times):6.2f} ms, "
            f"p90 {times[int(len(times) * 0.9)]:6.2f} ms, max {times[-1]:6.2f} ms"
        )
    normal, full = (statistics.median(samples[m]) for m in ("NORMAL", "FULL"))
    print(
        f"  FULL / NORMAL: {full / normal:.1f}x, {full - normal:+.2f} ms a log (chosen: {chosen})"
    )
    with tempfile.TemporaryDirectory(dir=scratch, prefix="crash-") as folder:
        totals = crash_trials.run(Path(folder), trials, writers=3)
    print(
        f"kill -9 trials: {totals.trials} trials, {totals.kills} kills (3 writers at a time), "
        f"{totals.acknowledged} acknowledged logs, {totals.lost} lost, "
        f"{totals.unsound} integrity checks not ok, {totals.notices} damage notices"
    )
    return 0 if (totals.lost, totals.unsound) == (0, 0) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
