"""Where Pause keeps its files.

The platform's user data, config and log dirs (platformdirs), unless
``--data-dir`` or ``PAUSE_APP_HOME`` points all three at one folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "pause-app"
HOME_ENV = "PAUSE_APP_HOME"
DB_NAME = "pause.sqlite3"
SETTINGS_NAME = "settings.json"
LOG_NAME = "pause.log"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def settings(self) -> Path:
        return self.config_dir / SETTINGS_NAME

    @property
    def log_file(self) -> Path:
        return self.log_dir / LOG_NAME

    def own_files(self) -> set[Path]:
        """The files Pause itself keeps: an export must never replace one of them."""
        database = self.database
        companions = [database.with_name(database.name + s) for s in ("-wal", "-shm")]
        return {p.resolve() for p in (database, *companions, self.settings, self.log_file)}

    @classmethod
    def single(cls, folder: Path) -> AppPaths:
        folder = folder.expanduser().absolute()
        return cls(folder, folder, folder / "logs")

    def create(self) -> None:
        """Create the folders, readable by the owner only."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def resolve(data_dir: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> AppPaths:
    """``--data-dir`` wins over ``PAUSE_APP_HOME``, which wins over the platform's dirs."""
    if data_dir is not None and str(data_dir) != "":
        return AppPaths.single(Path(data_dir))
    home = environ.get(HOME_ENV, "")
    if home:
        return AppPaths.single(Path(home))
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
    )
