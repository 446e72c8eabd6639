"""Picks up settings changed outside the app (``pause-app config set``, or by hand).

Watches the config folder (the file itself is replaced atomically, which a
file watch would lose) through the system's file notifications: no polling.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from pause_app.core.settings import Settings, parse
from pause_app.storage.settings_file import FileProblem, Loaded, SettingsFile, SettingsUnusable

log = logging.getLogger(__name__)


class SettingsWatcher(QObject):
    settings_changed = Signal(object)  # Loaded

    def __init__(
        self,
        settings_file: SettingsFile,
        current: Settings,
        parent: QObject | None = None,
        said: FileProblem | None = None,
    ):
        """``said``: the problem with the file already told at the start, not told again."""
        super().__init__(parent)
        self.setObjectName("settings_watcher")
        self._file = settings_file
        self.current = current
        self._said = {said} if said is not None else set()  # problems with the file told
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
        """Change one setting from the app itself: checked (raises SettingError, and then
        nothing changes), written on the latest file under the writers' lock, and announced.

        A file that cannot be used, or a write that cannot happen, raises nothing: the value
        holds in memory until Pause closes, the file is left as it is, and the reason comes
        with the announcement the first time it is met."""
        try:
            loaded = self._file.set(key, text)
        except SettingsUnusable as error:
            loaded = self._in_memory(key, text, error.problem, error.detail)
        except OSError as error:
            loaded = self._in_memory(key, text, FileProblem.CANNOT_SAVE, error.strerror or "")
        news = loaded.unreadable is not None or loaded.corrupt_backup is not None
        if news or loaded.settings.values != self.current.values:
            self.current = loaded.settings
            self.settings_changed.emit(loaded)

    def _in_memory(self, key: str, text: str, problem: FileProblem, detail: str) -> Loaded:
        settings = self.current.with_value(key, parse(key, text))
        log.warning("settings not saved (%s %s): %s kept until Pause closes", problem, detail, key)
        if problem in self._said:
            return Loaded(settings)
        self._said.add(problem)
        return Loaded(settings, unreadable=problem, detail=detail)

    def get(self, key: str) -> bool | int | str:
        return self.current[key]
