"""CPU cost of a running breathing guide, and of the same guide when it cannot be seen.

    make bench        (or: .venv/bin/python tests/perf/bench_breathing.py)

A real main window runs the pause exercise with real timers (offscreen unless
QT_QPA_PLATFORM says otherwise) for SECONDS; the process's CPU time is read before
and after. Printed as CPU-seconds per minute of animation, with the frames drawn,
then the same with the window minimised, where the guide should cost nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication

from pause_app.clock import now_moment
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import theme

SECONDS = 20


def _run_for(app: QApplication, seconds: float) -> tuple[float, float]:
    """Let the event loop run; returns (CPU seconds used, wall seconds)."""
    cpu0, clock = time.process_time(), QElapsedTimer()
    clock.start()
    while clock.elapsed() < seconds * 1000:
        app.processEvents()
        time.sleep(0.005)  # a benchmark, not a test: hand the loop back like exec() would
    return time.process_time() - cpu0, clock.elapsed() / 1000


def _idle_baseline(app: QApplication) -> float:
    cpu, wall = _run_for(app, SECONDS / 2)
    return cpu / wall * 60


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app, "light")
    with tempfile.TemporaryDirectory(prefix="pause-bench-") as folder:
        paths = AppPaths.single(Path(folder))
        paths.create()
        store = Store.open(paths.database, now_moment().utc)
        file = SettingsFile(paths.settings)
        watcher = SettingsWatcher(file, file.load(repair=False).settings)
        window = MainWindow(store, paths, now_moment, watcher, Cues(), reduced_motion=False)
        window.resize(860, 600)
        window.show()
        baseline = _idle_baseline(app)

        window.start_breathing("calm", 10)
        painted = window.exercise_view.guide.paint_count
        cpu, wall = _run_for(app, SECONDS)
        frames = window.exercise_view.guide.paint_count - painted
        running = cpu / wall * 60

        window.showMinimized()
        painted = window.exercise_view.guide.paint_count
        hidden_cpu, hidden_wall = _run_for(app, SECONDS / 2)
        hidden_frames = window.exercise_view.guide.paint_count - painted
        window.exercise_view.stop()
        store.close()

    platform = os.environ["QT_QPA_PLATFORM"]
    print(f"breathing guide, {platform} platform, {SECONDS} s of a Calm session")
    print(f"  idle window, no guide:     {baseline:6.3f} CPU-s per minute (loop overhead)")
    print(
        f"  guide running:             {running:6.3f} CPU-s per minute, "
        f"{frames / wall:5.1f} frames/s"
    )
    print(
        f"  window minimised:          {hidden_cpu / hidden_wall * 60:6.3f} CPU-s per minute, "
        f"{hidden_frames} frames drawn"
    )
    print(f"  guide cost above idle:     {running - baseline:6.3f} CPU-s per minute of animation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
