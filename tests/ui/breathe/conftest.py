"""What the Breathe tests share: settings in the test's own folder, cues, the area."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.breathe import BreatheArea
from tests.helpers.clock import FakeClock, FakeMonotonic


@pytest.fixture
def settings(pause_home: AppPaths) -> SettingsWatcher:
    pause_home.create()
    file = SettingsFile(pause_home.settings)
    return SettingsWatcher(file, file.load().settings)


@pytest.fixture
def cues() -> Cues:
    return Cues()


@pytest.fixture
def make_area(
    qtbot, store: Store, clock: FakeClock, settings: SettingsWatcher, cues: Cues
) -> Callable[[Callable[[], float]], BreatheArea]:
    """A shown area with the given monotonic clock."""

    def make(monotonic: Callable[[], float]) -> BreatheArea:
        area = BreatheArea(store, clock, settings, cues, monotonic)
        qtbot.addWidget(area)
        area.resize(760, 640)
        area.show()
        return area

    return make


@pytest.fixture
def area(make_area: Callable[[Callable[[], float]], BreatheArea]) -> BreatheArea:
    return make_area(FakeMonotonic())
