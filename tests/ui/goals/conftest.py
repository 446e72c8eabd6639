"""The goal panel's tests share one activity, "Steps inside" at 50 steps, started ten days
ago, and the main window open on the Goals page."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pause_app.core.model import NewActivity
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window


@pytest.fixture
def activity(store: Store, clock: FakeClock):
    started = clock.today - timedelta(days=10)
    return store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=started), clock()
    )


@pytest.fixture
def window(qtbot, store: Store, pause_home: AppPaths, clock: FakeClock, activity) -> MainWindow:
    main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.GOALS)
    return main
