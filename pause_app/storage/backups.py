"""Copies of the database in ``backups/`` beside it: made, checked, listed, thinned, put back.

- A copy is made with SQLite's online backup API from a read-only connection, so it is
  consistent while Pause writes, into a temporary file that is checked (``PRAGMA
  quick_check``) and only then renamed into place. Copies are single files (journal mode
  DELETE); the folder is 0700 and each copy 0600, whatever the umask.
- Names say when: ``pause-2026-03-15-100000.sqlite3`` (local wall time); a copy kept before
  a restore ends in ``-before-restore``.
- What is kept: the newest copy of each of the 7 most recent days that have one (the
  dailies), and the newest copy of each of the 4 ISO weeks before the week of the oldest
  daily (the weeklies). The 3 newest copies kept before a restore stay as well.
- ``now`` is always given: the clock is the caller's.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from pause_app.core.model import Moment
from pause_app.storage.database import SCHEMA_VERSION, TABLES

DAILIES = 7
WEEKLIES = 4
KEPT_BEFORE_RESTORE = 3
BEFORE_RESTORE = "-before-restore"
_NAME = re.compile(
    r"pause-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})"
    r"(?:-(\d{1,3}))?(-before-restore)?\.sqlite3",
    re.ASCII,
)
_LOCK_NAME = ".lock"
_TEMP_PREFIX = ".pause-backup-"


class BackupError(Exception):
    """A copy could not be made or put back; ``detail`` says why. Nothing was lost."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class UnknownBackup(BackupError):
    """The name given is not one of the copies listed (a typo, or a path)."""


class UnusableBackup(BackupError):
    """The copy asked for does not read as a Pause database (damaged, or from a newer Pause)."""


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    taken: datetime
    """When it was made, in local wall time (naive), as its name says."""
    size: int
    before_restore: bool
    rows: int | None = None
    """The rows of data in it, when counted (``list_backups(count=True)``); None if unreadable."""


def wall_clock(at: Moment) -> datetime:
    """The moment as the user's clock showed it: what a copy's name says, and its day."""
    return at.utc.astimezone(timezone(timedelta(minutes=at.utc_offset_minutes)))


def parse_name(name: str) -> tuple[datetime, bool] | None:
    """When a copy was made and whether it was kept before a restore; None for other names."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    try:
        taken = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return taken, match.group(8) is not None


def list_backups(folder: Path, count: bool = False) -> list[Backup]:
    """The copies in ``folder``, newest first; ``count`` also counts the rows in each."""
    found: list[Backup] = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        raise BackupError(error.strerror or str(error)) from error
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is None or not entry.is_file(follow_symlinks=False):
            continue
        path = Path(entry.path)
        try:
            size = entry.stat().st_size
        except FileNotFoundError:  # thinned by another Pause meanwhile
            continue
        rows = count_rows(path) if count else None
        found.append(Backup(entry.name, path, parsed[0], size, parsed[1], rows))
    found.sort(key=lambda b: (b.taken, b.name), reverse=True)
    return found


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, to a file nothing else writes (a copy)."""
    uri = f"file:{quote(str(path.absolute()))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def count_rows(path: Path) -> int | None:
    """The rows of data in a copy, or None when it does not read as a Pause database."""
    try:
        connection = _read_only(path)
        try:
            found = {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master")}
            return sum(  # a copy from an older Pause lacks the newer tables
                int(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                for table in TABLES
                if table in found
            )
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def check(path: Path) -> str | None:
    """Why a copy cannot be used (damaged, not Pause's, from a newer Pause), or None if it can."""
    try:
        connection = _read_only(path)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            result = str(connection.execute("PRAGMA quick_check").fetchone()[0])
            tables = {
                str(row[0])
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error)
    if result != "ok":
        return f"quick_check: {result}"
    if version > SCHEMA_VERSION:
        return f"schema version {version}, this version of Pause knows up to {SCHEMA_VERSION}"
    if not {"activities", "attempts"} <= tables:
        return "not a Pause database"
    return None


def make_folder(folder: Path) -> None:
    """The backups folder, owner-only (0700) whatever the umask."""
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        if not folder.is_dir() or folder.is_symlink():
            raise BackupError(f"{folder} is not a folder") from None
    info = os.stat(folder)
    if os.name == "posix" and info.st_uid == os.getuid() and info.st_mode & 0o777 != 0o700:
        os.chmod(folder, 0o700)  # the umask cut it, or it was opened to others


@contextlib.contextmanager
def _lock(folder: Path, wait: bool) -> Iterator[bool]:
    """One process at a time makes or thins copies; yields False when another one is at it
    and ``wait`` is False."""
    fd = os.open(folder / _LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        if not _try_lock(fd, wait):
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing releases the lock


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int, wait: bool) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int, wait: bool) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _private_temp(folder: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=folder)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return Path(name)


def _fsync(path: Path, folder: bool = False) -> None:
    if folder and os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def copy_database(source: Path, target: Path) -> None:
    """Copy the database at ``source`` into the (empty) file ``target`` with the online backup
    API, as a single file, fsynced. ``source`` is opened read-only."""
    uri = f"file:{quote(str(source.absolute()))}?mode=ro"
    reader = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        writer = sqlite3.connect(target, isolation_level=None)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            writer.close()
    finally:
        reader.close()
    _fsync(target)


def _name_for(folder: Path, now: datetime, before_restore: bool) -> Path:
    stem = f"pause-{now:%Y-%m-%d-%H%M%S}"
    tag = BEFORE_RESTORE if before_restore else ""
    for counter in range(1, 1000):
        extra = "" if counter == 1 else f"-{counter}"
        path = folder / f"{stem}{extra}{tag}.sqlite3"
        if not path.exists():
            return path
    raise BackupError("too many copies made in one second")


def _make(database: Path, folder: Path, now: datetime, before_restore: bool = False) -> Backup:
    """One checked copy, under the lock (held by the caller)."""
    if not database.is_file():
        raise BackupError(f"{database} does not exist yet")
    temp = _private_temp(folder)
    try:
        copy_database(database, temp)
        problem = check(temp)
        if problem is not None:
            raise BackupError(problem)
        target = _name_for(folder, now, before_restore)
        os.replace(temp, target)
    except sqlite3.Error as error:
        _remove(temp)
        raise BackupError(str(error)) from error
    except OSError as error:
        _remove(temp)
        raise BackupError(error.strerror or str(error)) from error
    except BaseException:
        _remove(temp)
        raise
    _fsync(folder, folder=True)
    parsed = parse_name(target.name)
    assert parsed is not None
    return Backup(target.name, target, parsed[0], target.stat().st_size, before_restore)


def back_up(database: Path, folder: Path, now: datetime) -> Backup:
    """Make a copy now (``pause-app backup now``, File ▸ Back up now), then thin the old ones."""
    try:
        make_folder(folder)
        with _lock(folder, wait=True):
            made = _make(database, folder, now)
            prune(folder)
    except OSError as error:
        raise BackupError(error.strerror or str(error)) from error
    return made


def daily(database: Path, folder: Path, now: datetime) -> Backup | None:
    """The day's copy, if there is none yet for ``now``'s day; None when there is one (or
    another Pause is making it right now). Raises BackupError when it cannot be made."""
    if not database.is_file():
        return None  # nothing to keep yet
    try:
        make_folder(folder)
        with _lock(folder, wait=False) as locked:
            if not locked:
                return None
            _sweep(folder)
            if any(b.taken.date() == now.date() for b in list_backups(folder)):
                return None
            made = _make(database, folder, now)
            prune(folder)
    except OSError as error:
        raise BackupError(error.strerror or str(error)) from error
    return made


def _sweep(folder: Path) -> None:
    """Temporary files left by a copy that was stopped half-way (the computer went off)."""
    for leftover in folder.glob(f"{_TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def kept(backups: list[Backup]) -> set[str]:
    """The names the thinning keeps (see the module's docstring)."""
    regular = sorted((b for b in backups if not b.before_restore), key=lambda b: b.taken)
    newest_per_day: dict[date, Backup] = {}
    for backup in regular:
        newest_per_day[backup.taken.date()] = backup  # later ones replace earlier ones
    days = sorted(newest_per_day, reverse=True)[:DAILIES]
    keep = {newest_per_day[day].name for day in days}
    if days:
        oldest_week = days[-1].isocalendar()[:2]
        newest_per_week: dict[tuple[int, int], Backup] = {}
        for backup in regular:
            week = backup.taken.date().isocalendar()[:2]
            if week < oldest_week:
                newest_per_week[(week[0], week[1])] = backup
        weeks = sorted(newest_per_week, reverse=True)[:WEEKLIES]
        keep |= {newest_per_week[week].name for week in weeks}
    before = sorted((b for b in backups if b.before_restore), key=lambda b: b.taken)
    keep |= {b.name for b in before[-KEPT_BEFORE_RESTORE:]}
    return keep


def prune(folder: Path) -> list[str]:
    """Remove the copies ``kept`` does not keep; returns their names."""
    backups = list_backups(folder)
    keep = kept(backups)
    removed = [b.name for b in backups if b.name not in keep]
    for name in removed:
        _remove(folder / name)  # with the -wal of a copy kept byte for byte
    return removed


@dataclass(frozen=True)
class Restored:
    restored: Backup
    kept: Backup | None
    """The copy of the data as it was before, or None when there was no data yet."""


def find(folder: Path, name: str) -> Backup:
    """The listed copy called exactly ``name``; anything else (a path, ``../x``) is refused."""
    for backup in list_backups(folder):
        if backup.name == name:
            return backup
    raise UnknownBackup(name)


def restore(database: Path, folder: Path, name: str, now: datetime) -> Restored:
    """Put the copy ``name`` back in place of ``database``, keeping the data as it is now as a
    copy first. The caller makes sure no Pause has the database open."""
    chosen = find(folder, name)
    problem = check(chosen.path)
    if problem is not None:
        raise UnusableBackup(problem)
    try:
        make_folder(folder)
        with _lock(folder, wait=True):
            before = _keep_current(database, folder, now)
            temp = _private_temp(database.parent)
            try:
                copy_database(chosen.path, temp)
                # The current -wal belongs to the current file (it is in the copy kept just
                # now): left beside the restored file, SQLite would replay it into it.
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(f"{database}{suffix}")
                os.replace(temp, database)
            except BaseException:
                _remove(temp)
                raise
            _fsync(database.parent, folder=True)
            prune(folder)
    except sqlite3.Error as error:
        raise BackupError(str(error)) from error
    except OSError as error:
        raise BackupError(error.strerror or str(error)) from error
    return Restored(chosen, before)


def _keep_current(database: Path, folder: Path, now: datetime) -> Backup | None:
    """The data as it is now, as a copy marked ``-before-restore``. A file SQLite cannot read
    is kept byte for byte (with its -wal), so nothing is ever lost to a restore."""
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        return _make(database, folder, now, before_restore=True)
    except BackupError:
        pass
    target = _name_for(folder, now, before_restore=True)
    for suffix in ("", "-wal"):
        source = Path(f"{database}{suffix}")
        if source.exists():
            temp = _private_temp(folder)
            shutil.copyfile(source, temp)
            _fsync(temp)
            os.replace(temp, f"{target}{suffix}")
    _fsync(folder, folder=True)
    parsed = parse_name(target.name)
    assert parsed is not None
    return Backup(target.name, target, parsed[0], target.stat().st_size, True)
