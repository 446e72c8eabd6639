"""Picks up settings changed outside the app (``pause-app config set``, or by hand).

Watches the config folder (the file itself is replaced atomically, which a
file watch would lose) through the system's file notifications: no polling.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from pause_app.core.settings import Settings
from pause_app.storage.settings_file import Loaded, SettingsFile

log = logging.getLogger(__name__)


class SettingsWatcher(QObject):
    settings_changed = Signal(object)  # Loaded

    def __init__(
        self, settings_file: SettingsFile, current: Settings, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.setObjectName("settings_watcher")
        self._file = settings_file
        self.current = current
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(settings_file.path.parent))
        self._watcher.directoryChanged.connect(self._on_directory_changed)

    def _on_directory_changed(self, _path: str) -> None:
        self.reload()

    def reload(self) -> Loaded | None:
        """Read the file again; emits and returns it when any value changed."""
        # Only read: an editor may be half-way through saving. An unreadable file is left
        # alone and the settings in use stay; the next start keeps it as .bak if it stays so.
        loaded = self._file.load(repair=False)
        if loaded.unreadable or loaded.settings.values == self.current.values:
            return None
        self.current = loaded.settings
        log.info("settings changed on disk")
        self.settings_changed.emit(loaded)
        return loaded

    def set(self, key: str, text: str) -> None:
        """Change one setting from the app itself: checked, written, and announced."""
        settings = self._file.set(key, text)
        if settings.values != self.current.values:
            self.current = settings
            self.settings_changed.emit(Loaded(settings))

    def get(self, key: str) -> bool | int | str:
        return self.current[key]
