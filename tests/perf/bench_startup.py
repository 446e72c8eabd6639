"""Start-up time, memory and idle cost of Pause, beside a bare PySide6 window.

    make bench        (or: .venv/bin/python tests/perf/bench_startup.py)

Each program is started RUNS times as a separate process, offscreen. It counts
as started when it logs that its event loop runs. After SETTLE_SECONDS its
resident memory is read, and it is left alone for IDLE_SECONDS to measure CPU
time and wake-ups (voluntary context switches of the main thread) while idle.
Figures are medians; ratios compare Pause with the bare window. Targets from the
developers' guide: 200 ms, 75 MiB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

RUNS = 5
SETTLE_SECONDS = 3.0  # start-up's lazy loading (fonts, pages) is not idling yet
IDLE_SECONDS = 10.0
TARGET_MS = 200
TARGET_MIB = 75

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(860, 600)
window.show()
QTimer.singleShot(0, window, lambda: print("Pause is running", file=sys.stderr, flush=True))
app.exec()
"""


@dataclass
class Sample:
    startup_ms: float
    rss_mib: float
    idle_cpu_s_per_min: float
    wakeups_per_min: float


def _status(pid: int) -> dict[str, str]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _measure(argv: list[str], env: dict[str, str]) -> Sample:
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        if "Pause is running" in line:
            break
    else:
        raise RuntimeError(f"{argv} ended without starting")
    startup = (time.perf_counter() - start) * 1000
    pid = process.pid
    time.sleep(SETTLE_SECONDS)
    rss = int(_status(pid)["VmRSS"].split()[0]) / 1024
    cpu0 = _cpu_seconds(pid)
    switches0 = int(_status(pid)["voluntary_ctxt_switches"])
    time.sleep(IDLE_SECONDS)  # a benchmark, not a test: it watches the app do nothing
    cpu = _cpu_seconds(pid) - cpu0
    switches = int(_status(pid)["voluntary_ctxt_switches"]) - switches0
    process.terminate()
    process.wait(10)
    process.stderr.close()
    per_minute = 60.0 / IDLE_SECONDS
    return Sample(startup, rss, cpu * per_minute, switches * per_minute)


def _median(samples: list[Sample]) -> Sample:
    return Sample(
        *(statistics.median(getattr(s, f) for s in samples) for f in Sample.__dataclass_fields__)
    )


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    results: dict[str, Sample] = {}
    with tempfile.TemporaryDirectory(prefix="pause-bench-") as home:
        env["PAUSE_APP_HOME"] = home
        # An everyday start, not the first one (which also builds the welcome).
        Path(home, "settings.json").write_text('{"version": 1, "ui": {"welcomed": true}}')
        programs = {
            "bare PySide6 window": [sys.executable, "-c", BARE],
            "Pause (main window)": [sys.executable, "-m", "pause_app", "-v"],
        }
        # Warm the file cache once, so the first program measured is not the slow one.
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], env=env, check=True)
        for name, argv in programs.items():
            results[name] = _median([_measure(argv, env) for _ in range(RUNS)])
    bare, pause = results["bare PySide6 window"], results["Pause (main window)"]
    print(f"start-up and idle cost, median of {RUNS} runs, {env['QT_QPA_PLATFORM']} platform")
    print(f"{'':22} {'start ms':>9} {'RSS MiB':>8} {'idle CPU s/min':>15} {'wake-ups/min':>13}")
    for name, s in results.items():
        print(
            f"{name:22} {s.startup_ms:9.0f} {s.rss_mib:8.1f} "
            f"{s.idle_cpu_s_per_min:15.3f} {s.wakeups_per_min:13.1f}"
        )
    print(
        f"Pause / bare: start {pause.startup_ms / bare.startup_ms:.2f}x, "
        f"memory {pause.rss_mib / bare.rss_mib:.2f}x"
    )
    print(
        f"Pause / target: start {pause.startup_ms / TARGET_MS:.2f}x of {TARGET_MS} ms, "
        f"memory {pause.rss_mib / TARGET_MIB:.2f}x of {TARGET_MIB} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
