"""What backups and imports cost, at one and ten years of logs.

    .venv/bin/python tests/perf/bench_data.py

For each size: the database filled as the progress benchmark fills it (about 5.5 logs and
2.75 sessions a day), then a backup made REPEAT times (the online backup API, the check,
the rename, the thinning), and its size and rows; then the JSON export read, planned and
imported into an empty folder, and imported again into the same data (all of it already
there). Times are the median in milliseconds.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from pause_app.clock import now_moment
from pause_app.storage import backups, export, importer, sample
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store

SIZES = (1, 10)  # years of logs
REPEAT = 5


def _ms(action: Callable[[], object], repeat: int = REPEAT) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def measure(years: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="pause-bench-") as folder:
        paths = AppPaths.single(Path(folder) / "data")
        paths.create()
        today = now_moment()
        with Store.open(paths.database, today.utc) as store:
            sample.bulk(store, today, years)
            now = backups.wall_clock(today)
            days = iter(range(REPEAT))
            figures["backup ms"] = _ms(
                lambda: backups.back_up(store.path, paths.backups, now - timedelta(days=next(days)))
            )
            newest = backups.list_backups(paths.backups, count=True)[0]
            figures["backup MB"] = newest.size / 1e6
            figures["rows"] = newest.rows or 0
            text = export.to_json(store)
        file = Path(folder) / "export.json"
        file.write_text(text)
        figures["export MB"] = len(text.encode()) / 1e6
        elsewhere = AppPaths.single(Path(folder) / "elsewhere")
        elsewhere.create()
        with Store.open(elsewhere.database, today.utc) as other:
            start = time.perf_counter()
            document = importer.read(file)
            figures["read ms"] = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            importer.preview(document, other)
            figures["plan ms"] = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            importer.apply(other, document)
            figures["import ms"] = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            again = importer.apply(other, importer.read(file))
            figures["again ms (adds nothing)"] = (time.perf_counter() - start) * 1000
            assert again.adds_nothing
    return figures


def main() -> None:
    results = {years: measure(years) for years in SIZES}
    names = list(results[SIZES[0]])
    print(f"{'':26}" + "".join(f"{years:>10} y" for years in SIZES))
    for name in names:
        print(f"{name:26}" + "".join(f"{results[y][name]:12.1f}" for y in SIZES))


if __name__ == "__main__":
    main()
