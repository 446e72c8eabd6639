"""The cost of noticing the person: Pause in the tray with idle detection on, while they are
there and while they are away, against another build of Pause in the same run.

    .venv/bin/python tests/perf/bench_attention.py [--before /path/to/an/older/checkout]

On a virtual desktop (Xvfb with its XScreenSaver extension, a private D-Bus session with a
notification service, a tray host: tests/e2e/desktop_session.py), no input arrives. Each
build is started twice with ``--minimized``:

- "here": the away threshold is the default five minutes; from SETTLE_SECONDS after the start,
  MEASURE_SECONDS of CPU time and wake-ups (voluntary and involuntary context switches of
  all its threads) are counted;
- "away": the threshold is one minute; the count starts once the user has been away a while
  (AWAY_WAIT_SECONDS after the start), when only the return is looked for.

The aim (issue 14): 0.00 CPU-s a minute, and no more than a few wake-ups a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.desktop_session import Desktop, desktop_session, wait_for
from tests.perf.bench_startup import _cpu_seconds
from tests.perf.bench_tray import _all_switches

SETTLE_SECONDS = 3.0
MEASURE_SECONDS = 60.0
AWAY_WAIT_SECONDS = 75.0  # the one-minute threshold, and the first look after it


def _run(
    desktop: Desktop, tree: Path, home: Path, away_minutes: int, wait: float
) -> tuple[float, float]:
    home.mkdir()
    reminders = {"away_minutes": away_minutes, "active_hours": "00:00-24:00"}
    settings = {"version": 1, "ui": {"welcomed": True, "language": "en"}, "reminders": reminders}
    (home / "settings.json").write_text(json.dumps(settings))
    log = desktop.folder / f"{home.name}.log"
    # This tree first, before the folder the benchmark runs in and the editable install.
    run_tree = f"import sys, runpy; sys.path.insert(0, {str(tree)!r}); import pause_app; " + (
        "print(pause_app.__file__, flush=True); "
        "runpy.run_module('pause_app', run_name='__main__', alter_sys=True)"
    )
    app = desktop.start(
        [sys.executable, "-c", run_tree, "--minimized", "-v"],
        home.name,
        env={**desktop.env, "PAUSE_APP_HOME": str(home)},
    )
    wait_for(lambda: "Pause is running in the tray" in log.read_text(), 30, "Pause in the tray")
    time.sleep(wait)  # a benchmark: it watches the app do nothing
    cpu0, switches0 = _cpu_seconds(app.pid), _all_switches(app.pid)
    time.sleep(MEASURE_SECONDS)
    per_minute = 60 / MEASURE_SECONDS
    cpu = (_cpu_seconds(app.pid) - cpu0) * per_minute
    wakeups = (_all_switches(app.pid) - switches0) * per_minute
    app.terminate()
    app.wait(10)
    return cpu, wakeups


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, help="another checkout of Pause to compare")
    options = parser.parse_args()
    trees = {"this build": Path(__file__).resolve().parents[2]}
    if options.before is not None:
        trees["before"] = options.before.resolve()
    lines = []
    with (
        tempfile.TemporaryDirectory(prefix="pause-bench-attention-") as folder,
        desktop_session(Path(folder) / "desktop") as desktop,
    ):
        for name, tree in trees.items():
            for phase, minutes, wait in (
                ("here", 5, SETTLE_SECONDS),
                ("away", 1, AWAY_WAIT_SECONDS),
            ):
                home = Path(folder) / f"{name.replace(' ', '-')}-{phase}"
                cpu, wakeups = _run(desktop, tree, home, minutes, wait)
                said = (desktop.folder / f"{home.name}.log").read_text()
                assert f"{tree}/pause_app/__init__.py" in said, f"not the build in {tree}"
                away_said = "attention: away" in said
                noticed = "  (away noticed)" if away_said else ""
                lines.append(
                    f"  {name:<11} {phase:<5} {cpu:6.3f} CPU-s/min {wakeups:7.1f} wake-ups/min"
                    + noticed
                )
    print(f"Pause in the tray, idle detection on, {MEASURE_SECONDS:.0f} s each, Xvfb, no input")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
