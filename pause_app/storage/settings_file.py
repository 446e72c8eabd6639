"""The settings file: small, versioned JSON, written atomically, one writer at a time.

Unknown keys are kept. A wrong value falls back to its default (for that key only) and is
reported. The file comes from outside and is treated as hostile:

- only a regular file is opened (never a pipe, a device or a folder, links followed), and
  no more than ``MAX_BYTES`` of it is read;
- a file Pause may not read is never written over nor moved: the app goes on with the
  defaults in memory and says so;
- a file that is not settings (not JSON, too large) is kept as ``settings.json.bak`` only
  when a setting is about to be written (``repair``), and when the folder allows it;
- writers take ``settings.json.lock`` (beside it, owner-only), read the latest file, change
  one value and replace the file atomically, so changes made at once are all kept.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pause_app.core import settings as schema
from pause_app.core.settings import SettingError, Settings
from pause_app.storage import atomic
from pause_app.storage.paths import create_private
from pause_app.storage.settings_peek import MAX_BYTES, TooLarge, read_regular_file
from pause_app.storage.settings_peek import flag as _flag

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

LOCK_WAIT_S = 10.0  # a writer that holds the lock longer than this is stuck, not busy
_LOCK_POLL_S = 0.02


class FileProblem(StrEnum):
    """Why the settings file was not used (or not saved). The file is left as it is."""

    NO_PERMISSION = "no_permission"  # the system does not let Pause read it
    NOT_A_FILE = "not_a_file"  # a folder, a pipe, a device ...
    NOT_SETTINGS = "not_settings"  # not settings JSON (seen without repair)
    CANNOT_KEEP = "cannot_keep"  # not settings, and it could not be kept aside
    CANNOT_READ = "cannot_read"  # another error from the system: see ``detail``
    CANNOT_SAVE = "cannot_save"  # a change could not be written: see ``detail``


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    problems: list[SettingError] = field(default_factory=list)
    corrupt_backup: Path | None = None
    """Set when the file was not valid settings and was moved aside: where it was kept."""
    unreadable: FileProblem | None = None
    """Set when the file could not be used and was left where it is: why."""
    detail: str = ""
    """The system's own words, for CANNOT_READ and CANNOT_SAVE."""


@dataclass(eq=False)  # exceptions must stay mutable: Python sets __traceback__
class SettingsUnusable(Exception):
    """The settings file is there but cannot be used: nothing was written."""

    path: Path
    problem: FileProblem
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.problem.value} {self.detail}".rstrip()


class SettingsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def load(self, repair: bool = True) -> Loaded:
        """Read the file; never raises for what is in it or what it is.

        With ``repair`` a file that is not valid settings is moved to a free ``.bak`` name
        under the writers' lock (the only write ``load`` makes); without it, or when the
        folder does not allow it, the file is left alone and reported.
        """
        loaded = self._read()
        if loaded.unreadable is not FileProblem.NOT_SETTINGS or not repair:
            return loaded
        try:
            with self._locked():
                return self._read_and_repair()
        except (OSError, SettingsUnusable) as error:
            return Loaded(
                Settings.defaults(), unreadable=FileProblem.CANNOT_KEEP, detail=_why(error)
            )

    def save(self, settings: Settings) -> None:
        text = json.dumps(schema.to_tree(settings), indent=2, ensure_ascii=False, sort_keys=False)
        atomic.write_text(self.path, text + "\n", mode=0o600)

    def set(self, key: str, text: str) -> Loaded:
        """Parse, check and store one value on the latest file, one writer at a time.

        Raises SettingError for the value, SettingsUnusable for a file that cannot be used,
        and OSError when writing fails; each time nothing was written. Returns the settings
        as stored (with the ``.bak`` name if a damaged file was kept aside on the way)."""
        value = schema.parse(key, text)
        with self._locked():
            loaded = self._read_and_repair()
            if loaded.unreadable is not None:
                raise SettingsUnusable(self.path, loaded.unreadable, loaded.detail)
            settings = loaded.settings.with_value(key, value)
            self.save(settings)
        return Loaded(settings, corrupt_backup=loaded.corrupt_backup)

    # --- reading ----------------------------------------------------------------------------

    def _read(self) -> Loaded:
        try:
            raw = read_regular_file(self.path, MAX_BYTES)
        except FileNotFoundError:
            return Loaded(Settings.defaults())
        except TooLarge:
            return Loaded(Settings.defaults(), unreadable=FileProblem.NOT_SETTINGS)
        except OSError as error:
            return Loaded(Settings.defaults(), unreadable=_problem(error), detail=_why(error))
        try:
            tree = json.loads(raw.decode("utf-8-sig"))  # a byte-order mark is fine
            if not isinstance(tree, dict):
                raise ValueError("not a JSON object")
        except (ValueError, UnicodeDecodeError, RecursionError):
            return Loaded(Settings.defaults(), unreadable=FileProblem.NOT_SETTINGS)
        settings, problems = schema.from_tree(tree)
        return Loaded(settings, problems)

    def _read_and_repair(self) -> Loaded:
        """Under the lock: the latest file, with one that is not settings kept aside."""
        loaded = self._read()
        if loaded.unreadable is not FileProblem.NOT_SETTINGS:
            return loaded
        try:
            backup = self._keep_aside()
        except OSError as error:
            return Loaded(
                Settings.defaults(), unreadable=FileProblem.CANNOT_KEEP, detail=_why(error)
            )
        return Loaded(Settings.defaults(), corrupt_backup=backup)

    def _keep_aside(self) -> Path:
        """Move the file to ``settings.json.bak`` (or ``.bak.2`` ...): a name reserved first,
        so no earlier copy is ever replaced."""
        first = self.path.with_name(self.path.name + ".bak")
        for number in itertools.count(1):
            candidate = first if number == 1 else first.with_name(f"{first.name}.{number}")
            try:
                os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                continue
            try:
                os.replace(self.path, candidate)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(candidate)
                raise
            return candidate
        raise AssertionError("unreachable")

    # --- one writer at a time -----------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold ``settings.json.lock`` (created owner-only); waits at most LOCK_WAIT_S."""
        create_private(self.path.parent)  # 0700 whatever the umask
        flags = os.O_RDWR | os.O_CREAT | _flag("O_NOFOLLOW") | _flag("O_NONBLOCK")
        fd = os.open(self.lock_path, flags | _flag("O_CLOEXEC") | _flag("O_BINARY"), 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise SettingsUnusable(self.lock_path, FileProblem.NOT_A_FILE)
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # whatever the umask, or whoever made it before
            _lock(fd, self.lock_path)
            try:
                yield
            finally:
                _unlock(fd)
        finally:
            os.close(fd)


def _problem(error: OSError) -> FileProblem:
    if isinstance(error, PermissionError):
        return FileProblem.NO_PERMISSION
    if error.errno in (errno.EINVAL, errno.EISDIR):
        return FileProblem.NOT_A_FILE
    return FileProblem.CANNOT_READ


def _why(error: BaseException) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, SettingsUnusable):
        return error.problem.value
    return str(error)


def _lock(fd: int, path: Path) -> None:
    for _ in range(int(LOCK_WAIT_S / _LOCK_POLL_S) + 1):
        try:
            if sys.platform == "win32":
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
                raise
        time.sleep(_LOCK_POLL_S)
    raise OSError(errno.EBUSY, "another program is changing the settings", str(path))


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
