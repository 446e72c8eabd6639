"""The main window as the app builds it, for widget tests: settings from the test's own
folder, and sound objects that stay silent under the offscreen platform."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

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


@contextmanager
def windows_shown() -> Iterator[list[str]]:
    """The widgets shown as windows of their own while the block runs ("Kind objectName"):
    a part made without its parent flashes up as a window, which a screen reader hears."""
    shown = _WindowsShown()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(shown)
    try:
        yield shown.names
    finally:
        app.removeEventFilter(shown)


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(f"{type(watched).__name__} {watched.objectName()}")
        return False
