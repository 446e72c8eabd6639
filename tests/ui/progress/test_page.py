"""The Progress page: a gentle card until there is something to draw, then the chart."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from pause_app.core.model import NewActivity
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window


def test_the_page_has_no_chart_until_there_is_something_to_draw(
    qtbot, store: Store, pause_home: AppPaths, clock: FakeClock
) -> None:
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.PROGRESS)
    assert window.progress_page.chart is None
    texts = [label.text() for label in window.progress_page.widget().findChildren(QLabel)]
    assert "Your small steps will show here" in texts
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    window.progress_page.refresh()
    assert window.progress_page.chart is not None and window.progress_page.chart.isVisible()
    assert "Your small steps will show here" not in [
        label.text() for label in window.progress_page.widget().findChildren(QLabel)
        if label.isVisible()
    ]  # fmt: skip
