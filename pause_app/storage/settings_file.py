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
    """Set when the file was not valid settings and was moved aside: where it was kept."""
    unreadable: str | None = None
    """Set when the file could not be used and was left where it is: why."""


class SettingsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def backup_path(self) -> Path:
        """``settings.json.bak``, or ``.bak.2``, ``.bak.3`` ... when earlier ones are kept."""
        first = self.path.with_name(self.path.name + ".bak")
        candidate, number = first, 1
        while candidate.exists():
            number += 1
            candidate = first.with_name(f"{first.name}.{number}")
        return candidate

    def load(self, repair: bool = True) -> Loaded:
        """Read the file; never raises for bad content.

        With ``repair`` a file that is not valid settings is moved to a free ``.bak`` name
        (the only write ``load`` makes); without it the file is left alone and reported.
        """
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Loaded(Settings.defaults())
        except OSError as error:
            return Loaded(Settings.defaults(), unreadable=error.strerror or str(error))
        try:
            tree = json.loads(raw.decode("utf-8"))
            if not isinstance(tree, dict):
                raise ValueError("not a JSON object")
        except (ValueError, UnicodeDecodeError, RecursionError):
            if not repair:
                return Loaded(Settings.defaults(), unreadable="not valid JSON")
            backup = self.backup_path
            os.replace(self.path, backup)
            return Loaded(Settings.defaults(), corrupt_backup=backup)
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
