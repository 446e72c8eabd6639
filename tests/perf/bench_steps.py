"""Step import from a big Apple Health export: time to preview, time to import, peak memory.

    make bench        (or: .venv/bin/python tests/perf/bench_steps.py [RECORDS])

A generated export.xml with one million step records (57 years of half-hourly records
from a phone and a watch, ending yesterday: far more days than a person has, so the
per-day work is not flattered), read the way ``pause-app import-steps`` reads it: the
preview (read the file, plan against the store), then the import (the same, and the write
in one transaction). Measured in a fresh process, so the peak memory is the import's
alone, not the generator's. Aims (docs/STEPS.md): under 30 s and under 150 MiB.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

RECORDS = 1_000_000
AIM_SECONDS = 30.0
AIM_MIB = 150.0


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def measure(export: Path, folder: Path) -> int:
    from pause_app.core.model import Moment, NewActivity
    from pause_app.storage.steps import apply_steps, plan_steps, read_steps
    from pause_app.storage.store import Store
    from tests.storage.steps.make_fixtures import ZONE

    now = datetime.now(UTC).astimezone(ZONE)
    started = _peak_mib()
    with Store.open(folder / "pause.sqlite3", now) as store:
        walking = store.activities.add(
            NewActivity("Walking", "steps", 2000, started_on=date(1901, 1, 1)),
            Moment.from_aware(now),
        )
        began, cpu = time.perf_counter(), time.process_time()
        read = read_steps(export, zone=ZONE)
        plan = plan_steps(store, walking.id, read, today=now.date())
        preview, preview_cpu = time.perf_counter() - began, time.process_time() - cpu
        began, cpu = time.perf_counter(), time.process_time()
        read = read_steps(export, zone=ZONE)
        plan = plan_steps(store, walking.id, read, today=now.date())
        done = apply_steps(store, plan, now)
        imported, imported_cpu = time.perf_counter() - began, time.process_time() - cpu
        began = time.perf_counter()
        again = plan_steps(store, walking.id, read_steps(export, zone=ZONE), today=now.date())
        second = time.perf_counter() - began
    peak = _peak_mib()
    print(f"  preview (read and plan):       {preview:6.1f} s  (CPU {preview_cpu:.1f} s)")
    print(
        f"  import (read, plan, write):    {imported:6.1f} s  (CPU {imported_cpu:.1f} s)"
        f"   {done.new_days} days written"
    )
    print(f"  the same file again (preview): {second:6.1f} s   {again.unchanged_days} unchanged")
    print(f"  peak memory: {peak:.0f} MiB (Python and the modules alone: {started:.0f} MiB)")
    ok = max(preview, imported) < AIM_SECONDS and peak < AIM_MIB
    print(f"  aim: under {AIM_SECONDS:.0f} s and {AIM_MIB:.0f} MiB: {'met' if ok else 'NOT met'}")
    return 0


def main() -> int:
    records = int(sys.argv[1]) if len(sys.argv) > 1 else RECORDS
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root))
    from tests.storage.steps.make_fixtures import apple_health_big

    with tempfile.TemporaryDirectory(prefix="pause-bench-steps-") as folder:
        export = Path(folder) / "export.xml"
        began = time.perf_counter()
        first = date.today() - timedelta(days=records // 48 + 2)  # ends before today
        expected = apple_health_big(export, records, start=first)
        size = export.stat().st_size / 1024**2
        print(
            f"Step import: {records:,} Apple Health records, {len(expected):,} days, "
            f"{size:.0f} MiB of XML (made in {time.perf_counter() - began:.0f} s)"
        )
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(export), folder],
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
            check=False,
        )
        return child.returncode


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--measure":
        sys.exit(measure(Path(sys.argv[2]), Path(sys.argv[3])))
    sys.exit(main())
