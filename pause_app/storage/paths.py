"""Where Pause keeps its files.

The platform's user data, config and log dirs (platformdirs), unless
``--data-dir`` or ``PAUSE_APP_HOME`` points all three at one folder.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "pause-app"
HOME_ENV = "PAUSE_APP_HOME"
DB_NAME = "pause.sqlite3"
SETTINGS_NAME = "settings.json"
LOG_NAME = "pause.log"
BACKUPS_NAME = "backups"
RUNTIME_ENV = "XDG_RUNTIME_DIR"

log = logging.getLogger(__name__)


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

    @property
    def backups(self) -> Path:
        """The daily copies of the database, beside it (storage/backups.py)."""
        return self.data_dir / BACKUPS_NAME

    def own_files(self) -> set[Path]:
        """Where Pause keeps what it keeps: its data, config and log folders, and its files
        (which may be links to elsewhere), links followed. Nothing is ever exported into them:
        kept damaged copies, backups and old logs are there too, under names not known here."""
        database = self.database
        companions = [database.with_name(database.name + s) for s in ("-wal", "-shm")]
        files = (database, *companions, self.settings, self.log_file)
        return {p.resolve() for p in (self.data_dir, self.config_dir, self.log_dir, *files)}

    def owns(self, path: Path) -> bool:
        """Whether writing ``path`` could replace something Pause keeps (see ``within``)."""
        return within(path, self.own_files())

    @classmethod
    def single(cls, folder: Path) -> AppPaths:
        folder = folder.expanduser().absolute()
        return cls(folder, folder, folder / "logs")

    def create(self) -> None:
        """Create the folders, and every missing folder above them, readable by the owner only."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            create_private(folder)


def within(path: Path, places: set[Path]) -> bool:
    """Whether ``path`` is one of ``places`` or inside one of them: its folder with links
    followed (where a new file would go), and the file itself with links followed."""
    folder = path.absolute().parent.resolve()
    candidates = (folder / path.name, path.resolve())
    return any(c == place or place in c.parents for c in candidates for place in places)


class FolderNameError(ValueError):
    """A folder name that names no folder: empty, with a NUL byte, or ``~user`` of nobody."""


def _folder(name: str) -> Path:
    if not name.strip() or "\0" in name:
        raise FolderNameError(name)
    try:
        return Path(name).expanduser()
    except RuntimeError:  # "~someone" with no home here
        raise FolderNameError(name) from None


def create_private(folder: Path) -> None:
    """Create ``folder`` and each missing parent owner-only (0700), whatever the umask.

    ``Path.mkdir(mode=..., parents=True)`` lets the umask cut the mode and gives the parents
    the default one; folders that already exist are left as they are.
    """
    missing: list[Path] = []
    level = Path(os.path.abspath(folder))
    while not level.is_dir() and level != level.parent:
        missing.append(level)
        level = level.parent
    for level in reversed(missing):
        try:
            os.mkdir(level, 0o700)
        except FileExistsError:
            if not level.is_dir():  # a file in the way
                raise
            continue  # made at the same moment by another Pause: not ours to change
        os.chmod(level, 0o700)


def is_private(folder: Path, uid: int) -> bool:
    """Whether ``folder`` is a real folder (not a link) of user ``uid`` that nobody else may use."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == uid and info.st_mode & 0o077 == 0


def private_runtime_dir(environ: Mapping[str, str], temp_dir: Path) -> Path | None:
    """A folder only this user can reach, for the single-instance socket (POSIX).

    ``$XDG_RUNTIME_DIR/pause-app`` when that runtime folder is the user's own and private, else
    ``pause-app-<uid>`` in ``temp_dir``. A folder someone else made, that others may enter, or
    that is a link is refused: None when no folder is safe.
    """
    uid = os.getuid()
    candidates = [temp_dir / f"{APP_DIR_NAME}-{uid}"]
    runtime = environ.get(RUNTIME_ENV, "")
    if os.path.isabs(runtime) and is_private(Path(runtime), uid):
        candidates.insert(0, Path(runtime) / APP_DIR_NAME)
    for folder in candidates:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError as error:
            log.warning("cannot make the private folder %s: %s", folder, error.strerror)
            continue
        else:
            os.chmod(folder, 0o700)  # ours, just made: the umask may have cut the mode
        if is_private(folder, uid):
            return folder
        log.warning("not using %s: it is not a private folder of this user", folder)
    return None


def resolve(data_dir: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> AppPaths:
    """``--data-dir`` wins over ``PAUSE_APP_HOME``, which wins over the platform's dirs.

    An empty ``--data-dir`` is refused (FolderNameError), not taken as "the usual place".
    """
    if data_dir is not None:
        return AppPaths.single(_folder(os.fspath(data_dir)))
    home = environ.get(HOME_ENV, "")
    if home:
        return AppPaths.single(_folder(home))
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
    )
