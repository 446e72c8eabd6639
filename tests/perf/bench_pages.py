"""The pages with ten years of data: a new log, Goals shown again, and the chart's series
at ten and a hundred years.

    make bench        (or: .venv/bin/python tests/perf/bench_pages.py)

The database is filled as the progress benchmark fills it (about 5.5 logs and 2.75
sessions a day over three activities). Figures are medians of REPEAT runs, in ms:

- a new log: one attempt written, as the log form writes it, and the Goals page (where it
  was logged) showing it, its card saying what changed: what the user waits for after
  "Log" (on the first of the three activities: every card after it is built again too);
- Goals shown again with nothing changed: another page, then Goals again;
- the chart's series for one activity and the calm line, built from what is read (the
  logs as numpy columns made again too, and each day's marks), at ten and at a hundred
  years (their ratio: linear is 10x), and the Progress page's first open at a hundred years
  (pyqtgraph and numpy already imported by the ten-year run; Goals has not kept the logs).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from pause_app.clock import now_moment
from pause_app.core.model import Felt
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage import sample
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import theme

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))


def ms(action: Callable[[], object], repeat: int = REPEAT) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def measure(app: QApplication, years: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="pause-bench-pages-") as folder:
        paths = AppPaths.single(Path(folder))
        paths.create()
        today = now_moment()
        store = Store.open(paths.database, today.utc)
        sample.bulk(store, today, years)
        file = SettingsFile(paths.settings)
        watcher = SettingsWatcher(file, file.load(repair=False).settings)
        window = MainWindow(store, paths, lambda: today, watcher, Cues(), reduced_motion=True)
        window.resize(920, 680)
        window.show()
        app.processEvents()
        if years == 10:
            window.show_page(MainWindow.GOALS)
            app.processEvents()
            activity = store.activities.list()[0]
            minutes = iter(range(1, 10_000))

            def new_log() -> None:
                at = replace(today, utc=today.utc - timedelta(minutes=next(minutes)))
                store.attempts.add(activity.id, 55, Felt.GOOD, "", at)
                card = next(
                    c
                    for c in window.goals_page.findChildren(GoalCard)
                    if c.activity.id == activity.id and not c.isHidden()
                )
                card.changed.emit()  # what the card says after its log: the page follows
                app.processEvents()

            figures["a new log, Goals showing it"] = ms(new_log)

            def goals_again() -> None:
                window.show_page(MainWindow.BREATHE)
                app.processEvents()
                start = time.perf_counter()
                window.show_page(MainWindow.GOALS)
                app.processEvents()
                runs.append((time.perf_counter() - start) * 1000)

            runs: list[float] = []
            for _ in range(REPEAT):
                goals_again()
            figures["Goals shown again, nothing changed"] = statistics.median(runs)

        def open_progress() -> None:
            window.show_page(MainWindow.PROGRESS)
            app.processEvents()
            chart = window.progress_page.chart
            assert chart is not None
            chart.graphics.grab()

        figures["Progress, first open"] = ms(open_progress, repeat=1)
        chart = window.progress_page.chart
        assert chart is not None
        activity_id = chart.shown_ids()[0]

        def rebuild() -> None:
            chart._cache.clear()
            chart._calm = None
            chart._history.forget_columns()  # every log as columns too: made once per read
            chart.series_for(activity_id)
            chart.calm_series()

        figures["chart series built"] = ms(rebuild)
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()
    return figures


def run() -> list[tuple[str, float, float | None, str]]:
    """(measure, value, baseline or None, target) rows, for bench_targets' table too."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app, "light")
    ten = measure(app, 10)
    hundred = measure(app, 100)
    return [
        ("a new log, ten years (ms)", ten["a new log, Goals showing it"], None, "≤ 50 ms"),
        (
            "Goals shown again, ten years (ms)",
            ten["Goals shown again, nothing changed"],
            None,
            "≤ 20 ms",
        ),
        (
            "chart series, 100 years against 10 (ms)",
            hundred["chart series built"],
            ten["chart series built"],
            "≤ 11x",
        ),
        ("Progress first open, 100 years (ms)", hundred["Progress, first open"], None, "≤ 1000 ms"),
    ]


def main() -> int:
    print(f"Pages (ms, median of {REPEAT})")
    for label, value, baseline, target in run():
        base = f"{baseline:9.1f} {value / baseline:5.1f}x" if baseline else f"{'':9} {'':6}"
        print(f"{label:40} {value:9.1f} {base} target {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
