"""The main window as the app builds it, for widget tests: settings from the test's own
folder, and sound objects that stay silent under the offscreen platform."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pause_app.core.model import Moment
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.main_window import MainWindow


def main_window(
    store: Store,
    app_paths: AppPaths,
    clock: Callable[[], Moment],
    settings: SettingsWatcher | None = None,
    **options: Any,
) -> MainWindow:
    if settings is None:
        file = SettingsFile(app_paths.settings)
        settings = SettingsWatcher(file, file.load(repair=False).settings)
    cues = Cues()
    window = MainWindow(store, app_paths, clock, settings, cues, **options)
    if settings.parent() is None:
        settings.setParent(window)
    cues.setParent(window)
    return window
