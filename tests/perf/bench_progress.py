"""How the progress chart scales: a year, ten years (the target) and a hundred years of logs.

    make bench        (or: .venv/bin/python tests/perf/bench_progress.py)

Ten years of a few logs a day is about 20,000 attempts and 10,000 sessions. For each
size the database is filled, the Progress page opened (the first time also imports
pyqtgraph and numpy), and then the data re-read, the series rebuilt, the five ranges
switched and the activity changed. Every figure is the median of REPEAT runs in
milliseconds, with its ratio to the ten-year figure, so the growth shows.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from pause_app.clock import now_moment
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage import sample
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import theme

SIZES = ((1, "1/10"), (10, "1x"), (100, "10x"))  # years of logs
REPEAT = 5


def _ms(action: Callable[[], object], repeat: int = REPEAT) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def measure(app: QApplication, years: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="pause-bench-") as folder:
        paths = AppPaths.single(Path(folder))
        paths.create()
        today = now_moment()
        store = Store.open(paths.database, today.utc)
        sample.bulk(store, today, years)
        figures["attempts"] = len(store.attempts.all())
        figures["sessions"] = len(store.sessions.all())
        file = SettingsFile(paths.settings)
        watcher = SettingsWatcher(file, file.load(repair=False).settings)
        window = MainWindow(store, paths, lambda: today, watcher, Cues(), reduced_motion=True)
        window.resize(920, 680)
        window.show()
        app.processEvents()

        def open_page() -> None:
            window.show_page(MainWindow.PROGRESS)
            app.processEvents()
            chart = window.progress_page.chart
            assert chart is not None
            chart.graphics.grab()  # drawn, not only laid out

        figures["open page (first)"] = _ms(open_page, repeat=1)
        chart = window.progress_page.chart
        assert chart is not None
        from pause_app.ui.progress.chart import ChartRange

        def draw() -> None:
            chart.graphics.grab()

        def read_and_draw() -> None:
            chart._revision = None  # as after a new log
            chart.reload()
            draw()

        figures["read data + build series + draw"] = _ms(read_and_draw)

        def show_again() -> None:
            window.progress_page.refresh()  # what showing the page again does
            draw()

        figures["show page again (no change)"] = _ms(show_again)
        activity_id = chart.shown_ids()[0]

        def rebuild() -> None:
            chart._cache.clear()
            chart._calm = None
            chart._history.forget_columns()  # every log as columns too: made once per read
            chart.series_for(activity_id)
            chart.calm_series()

        figures["build series only"] = _ms(rebuild)
        figures["redraw (setData + draw)"] = _ms(lambda: (chart.redraw(), draw()))
        for chart_range in ChartRange:
            figures[f"range {chart_range.name.lower()}"] = _ms(
                lambda r=chart_range: (chart.show_range(r), draw())
            )
        ids = [chart.activity_box.itemData(i) for i in range(chart.activity_box.count())]

        def switch() -> None:
            for index in range(len(ids)):
                chart.activity_box.setCurrentIndex(index)
                draw()

        figures["switch activity (cached)"] = _ms(switch) / len(ids)
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()
    return figures


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme.apply(app, "light")
    results = {label: measure(app, years) for years, label in SIZES}
    base = results["1x"]
    print(f"Progress chart (ms, median of {REPEAT}; ratio to ten years in brackets)")
    header = f"{'':34}" + "".join(f"{label:>18}" for _years, label in SIZES)
    print(header)
    for key in base:
        row = f"{key:34}"
        for _years, label in SIZES:
            value = results[label][key]
            if key in ("attempts", "sessions"):
                row += f"{value:>18,.0f}"
            else:
                ratio = value / base[key] if base[key] else 0.0
                row += f"{value:>10.1f} ({ratio:4.1f}x)"
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
