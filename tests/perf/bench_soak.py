"""An hour in the tray with a reminder every minute: does Pause's memory or its number of
live Qt objects grow?

    .venv/bin/python tests/perf/bench_soak.py            (an hour)
    SOAK_MINUTES=10 .venv/bin/python tests/perf/bench_soak.py

Pause starts ``--minimized`` under Xvfb with a tray host and a notification service
(tests/e2e/desktop_session.py), with ``reminders.interval_minutes`` 1, the corner-window
style, active hours all day, and do-not-disturb not heeded. The mouse moves a pixel every
half minute (xdotool), so Pause sees someone at the desk and keeps reminding; each reminder
goes unanswered and withdraws by itself. With ``PAUSE_APP_COUNT_OBJECTS`` set, Pause logs
its RSS and its live QObjects (desktop/process.py) every minute; this prints them, and the
growth from the first count after the first reminder (the start's and the corner window's
one-off costs are behind it) to the last. The issue's target: no more than 2 MiB, and no
growing count of live objects.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.desktop_session import desktop_session

MINUTES = float(os.environ.get("SOAK_MINUTES", "60"))
EVERY_S = float(os.environ.get("SOAK_EVERY_S", "60"))
COUNT = re.compile(r"soak: rss_kib=(\d+) qobjects=(\d+)")
SETTINGS = {
    "version": 1,
    "ui": {"welcomed": True, "tray_explained": True},
    "checkin": {"morning_prompt": False},
    "reminders": {
        "interval_minutes": 1,
        "style": "window",
        "active_hours": "00:00-24:00",
        "away_minutes": 60,
        "respect_dnd": False,
    },
}


def soak(
    minutes: float = MINUTES, every_s: float = EVERY_S, say: bool = True
) -> tuple[float, int, int]:
    """(RSS growth in MiB, live QObjects growth, reminders shown) over ``minutes``."""
    with (
        tempfile.TemporaryDirectory(prefix="pause-soak-") as name,
        desktop_session(Path(name) / "desktop") as desktop,
    ):
        home = Path(name) / "home"
        home.mkdir()
        (home / "settings.json").write_text(json.dumps(SETTINGS))
        env = {
            **desktop.env,
            "PAUSE_APP_HOME": str(home),
            "PAUSE_APP_COUNT_OBJECTS": str(every_s),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "pause_app", "--minimized", "-v"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        assert process.stderr is not None
        reader = threading.Thread(target=lambda: [lines.put(x) for x in process.stderr or ()])
        reader.daemon = True
        reader.start()
        counts: list[tuple[float, int, int, int]] = []  # minute, KiB, objects, reminders
        reminders = 0
        begin = time.monotonic()
        nudge = shutil.which("xdotool")
        next_nudge = begin
        try:
            while time.monotonic() - begin < minutes * 60 + 5:
                if nudge and time.monotonic() >= next_nudge:  # someone is at the desk
                    subprocess.run([nudge, "mousemove_relative", "--", "1", "0"], env=env)
                    next_nudge += 30
                try:
                    line = lines.get(timeout=1.0)
                except queue.Empty:
                    continue
                if "showing a reminder" in line:
                    reminders += 1
                found = COUNT.search(line)
                if found:
                    minute = (time.monotonic() - begin) / 60
                    counts.append((minute, int(found[1]), int(found[2]), reminders))
                    if say:
                        print(
                            f"{minute:5.1f} min  RSS {int(found[1]) / 1024:6.1f} MiB  "
                            f"{found[2]:>5} QObjects  {reminders:3} reminders",
                            flush=True,
                        )
        finally:
            process.terminate()
            process.wait(10)
    if len(counts) < 2:
        raise RuntimeError("too few counts to say anything")
    # From the first count after a reminder: the corner window is built at the first one.
    first = next((c for c in counts if c[3] > 0), counts[0])
    last = counts[-1]
    objects = [c[2] for c in counts]
    if say:
        print(
            f"over {last[0] - first[0]:.0f} minutes after the first reminder, with {last[3]} "
            f"reminders: RSS {(last[1] - first[1]) / 1024:+.2f} MiB, live QObjects "
            f"{last[2] - first[2]:+d} (from {min(objects)} to {max(objects)})"
        )
    return (last[1] - first[1]) / 1024, last[2] - first[2], last[3]


def main() -> int:
    soak()
    return 0


if __name__ == "__main__":
    sys.exit(main())
