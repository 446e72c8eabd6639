"""Pause in the tray: start-up to the tray icon, memory, and the cost of waiting.

    make bench        (or: .venv/bin/python tests/perf/bench_tray.py)

Pause is started RUNS times with ``--minimized`` on a virtual desktop (Xvfb, a private
D-Bus session with a notification service, a tray host: tests/e2e/desktop_session.py).
It counts as started when it logs that it runs in the tray. After SETTLE_SECONDS its
memory is read, then it is left alone for IDLE_SECONDS between reminders (the interval is
90 minutes): CPU time, and wake-ups of its main thread (voluntary context switches) and of
all its threads, per minute. The aims: 200 ms, 75 MiB, and nothing at all while waiting.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.desktop_session import desktop_session, wait_for
from tests.perf.bench_startup import _cpu_seconds, _status

RUNS = 3
SETTLE_SECONDS = 3.0
IDLE_SECONDS = 30.0


def _all_switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        lines = (task / "status").read_text().splitlines()
        for line in lines:
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def main() -> int:
    samples: list[tuple[float, float, float, float, float]] = []
    with (
        tempfile.TemporaryDirectory(prefix="pause-bench-tray-") as folder,
        desktop_session(Path(folder) / "desktop") as desktop,
    ):
        for run in range(RUNS):
            home = Path(folder) / f"home-{run}"
            home.mkdir()
            (home / "settings.json").write_text(
                json.dumps({"version": 1, "ui": {"welcomed": True}})
            )
            log = desktop.folder / f"pause-{run}.log"
            start = time.perf_counter()
            app = desktop.start(
                [sys.executable, "-m", "pause_app", "--minimized", "-v"],
                f"pause-{run}",
                env={**desktop.env, "PAUSE_APP_HOME": str(home)},
            )
            wait_for(
                lambda log=log: "Pause is running in the tray" in log.read_text(),
                30,
                "Pause in the tray",
            )
            startup_ms = (time.perf_counter() - start) * 1000
            time.sleep(SETTLE_SECONDS)
            rss = int(_status(app.pid)["VmRSS"].split()[0]) / 1024
            cpu0 = _cpu_seconds(app.pid)
            main0 = int(_status(app.pid)["voluntary_ctxt_switches"])
            all0 = _all_switches(app.pid)
            time.sleep(IDLE_SECONDS)  # a benchmark: it watches the app do nothing
            per_minute = 60 / IDLE_SECONDS
            cpu = (_cpu_seconds(app.pid) - cpu0) * per_minute
            main_wakeups = (int(_status(app.pid)["voluntary_ctxt_switches"]) - main0) * (per_minute)
            all_wakeups = (_all_switches(app.pid) - all0) * per_minute
            app.terminate()
            app.wait(10)
            samples.append((startup_ms, rss, cpu, main_wakeups, all_wakeups))
    start_ms, rss, cpu, main_w, all_w = (
        statistics.median(column) for column in zip(*samples, strict=True)
    )
    print(f"Pause in the tray (--minimized), median of {RUNS} runs, Xvfb + trayer + dunst")
    print(f"  start to tray icon     {start_ms:8.0f} ms   ({start_ms / 200:.2f}x the 200 ms aim)")
    print(f"  memory (RSS)           {rss:8.1f} MiB  ({rss / 75:.2f}x the 75 MiB aim)")
    print(f"  idle CPU               {cpu:8.3f} s per minute")
    print(f"  wake-ups, main thread  {main_w:8.1f} per minute")
    print(f"  wake-ups, all threads  {all_w:8.1f} per minute")
    return 0


if __name__ == "__main__":
    sys.exit(main())
