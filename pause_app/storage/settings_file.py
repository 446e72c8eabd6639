"""The settings file: small, versioned JSON, written atomically.

Unknown keys are kept. A wrong value falls back to its default (for that key
only) and is reported. A file that is not JSON at all is kept as ``.bak`` and
the app starts on defaults.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pause_app.core import settings as schema
from pause_app.core.settings import SettingError, Settings
from pause_app.storage import atomic


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    problems: list[SettingError] = field(default_factory=list)
    corrupt_backup: Path | None = None
    """Set when the file could not be read: where the unreadable file was kept."""


class SettingsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def load(self) -> Loaded:
        """Read the file. Never raises for bad content; writes only to keep a corrupt file."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Loaded(Settings.defaults())
        try:
            tree = json.loads(raw.decode("utf-8"))
            if not isinstance(tree, dict):
                raise ValueError("not a JSON object")
        except (ValueError, UnicodeDecodeError):
            os.replace(self.path, self.backup_path)
            return Loaded(Settings.defaults(), corrupt_backup=self.backup_path)
        settings, problems = schema.from_tree(tree)
        return Loaded(settings, problems)

    def save(self, settings: Settings) -> None:
        text = json.dumps(schema.to_tree(settings), indent=2, ensure_ascii=False, sort_keys=False)
        atomic.write_text(self.path, text + "\n", mode=0o600)

    def set(self, key: str, text: str) -> Settings:
        """Parse, check and store one value. Raises SettingError and then writes nothing."""
        value = schema.parse(key, text)
        settings = self.load().settings.with_value(key, value)
        self.save(settings)
        return settings
