"""Screenshots of Progress for a screen reader and a keyboard: the first day (a week, today's
star whole, kind words), the days shown as a table, the keyboard's mark on a day, and two
activities stacked on one day axis.

Part of ``make screenshots`` (``demo.progress_screenshots`` calls ``access_screenshots``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from pause_app.core.model import Felt, NewActivity
from pause_app.storage import sample
from pause_app.ui.demo import DEMO_NOW, _dispose, _grab, demo_store, demo_window
from pause_app.ui.main_window import MainWindow

DAYS_BACK = 3  # the keyboard's mark: three days before today


def access_screenshots(window: MainWindow, folder: Path, suffix: str, language: str) -> None:
    """On the half year shown in ``window``: a day marked from the keyboard, the table; then
    a first day of its own."""
    from pause_app.ui.progress.chart import ChartRange  # lazy, as in the app

    chart = window.progress_page.chart
    assert chart is not None
    chart.choose(chart.shown_ids()[0])
    chart.show_range(ChartRange.MONTH)
    chart.graphics.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(DAYS_BACK):
        left = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(chart.graphics, left)
    _grab(window, folder / f"progress-keyboard-day-{suffix}.png")
    chart.controls.table_button.click()
    _grab(window, folder / f"progress-table-{suffix}.png")
    chart.controls.table_button.click()
    with demo_store("none", language) as (store, app_paths):
        name, unit = sample.NAMES[language][0]
        steps = store.activities.add(
            NewActivity(name, unit, 50, started_on=DEMO_NOW.local_date), DEMO_NOW
        )
        store.attempts.add(steps.id, 50, Felt.GOOD, "", DEMO_NOW)
        first = demo_window(store, app_paths, reduced_motion=True)
        first.show_page(MainWindow.PROGRESS)
        _grab(first, folder / f"progress-first-day-{suffix}.png")
        _dispose(first)
