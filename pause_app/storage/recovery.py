"""Keeping damaged files aside, once and whole, and knowing who else has the database open.

Every Pause that opens a database first passes a gate, a lock on ``<database>.lock`` beside
it. The first one through, with nobody else using the database, holds it exclusively: only
then may it check the log, copy it, or keep a damaged file aside and start a fresh one, so
that twelve processes meeting one damaged file keep it exactly once, and none of them moves
aside a database another one has just made. Then it holds the lock shared for as long as the
database stays open, so that the next one knows the log is in use and leaves it alone.

On POSIX the lock is ``flock``: shared and exclusive, released by the system when a process
dies. ``flock`` changes an exclusive lock to a shared one by dropping it first, so a second
lock, ``<database>.door``, is held by whoever tries the gate, and by the exclusive one until
it shares: nobody slips in exclusively while the first one still has its files open.
Windows has only exclusive byte locks (``msvcrt.locking``): there the gate is held while
opening and every opener checks.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from pause_app.storage.atomic import fsync_folder

if sys.platform != "win32":
    import fcntl
else:  # pragma: no cover - not run on the test machines
    import msvcrt

POLL_SECONDS = 0.005
NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}
"""What a file system without file locks answers: Pause opens without the gate there."""

log = logging.getLogger(__name__)


class GateBusy(Exception):
    """Another Pause held the gate for longer than the timeout."""


class Gate:
    """The lock that says who else has a database open (see the module's docstring)."""

    def __init__(self, fd: int, exclusive: bool, door: int | None = None) -> None:
        self._fd: int | None = fd
        self._door = door  # held by the exclusive one until it shares (POSIX)
        self.exclusive = exclusive
        """True when nobody else had the database open: its files may be checked and kept."""

    @classmethod
    def enter(cls, lock_file: Path, timeout: float) -> Gate:
        """Wait (up to ``timeout`` seconds) for the gate: exclusive when nobody else has the
        database open, else shared, once the one passing the gate has opened it."""
        fd = _open_lock(lock_file)
        door: int | None = None
        try:
            if sys.platform != "win32":
                door = _open_lock(door_of(lock_file))
            deadline = time.monotonic() + timeout
            while True:
                try:
                    entered = _try_enter(fd, door)
                except OSError as error:
                    if error.errno not in NO_LOCKS:
                        raise
                    log.warning("no file locks for %s (%s)", lock_file, error.strerror)
                    _close(door)
                    return cls(fd, True)
                if entered is not None:
                    if not entered:
                        _close(door)
                        door = None
                    return cls(fd, entered or sys.platform == "win32", door)
                if time.monotonic() > deadline:
                    raise GateBusy(str(lock_file))
                time.sleep(POLL_SECONDS)
        except BaseException:
            _close(door)
            os.close(fd)
            raise

    def share(self) -> None:
        """The database is open: let others open it too (they will not check its files)."""
        if self._fd is None or not self.exclusive:
            return
        if sys.platform == "win32":  # pragma: no cover
            os.lseek(self._fd, 0, os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        else:
            # flock changes a lock by dropping it and taking the new one: in between, another
            # opener could take it exclusively and move files this one has open. Nobody tries
            # without the door, and this one holds the door until now.
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            _close(self._door)
            self._door = None
        self.exclusive = False

    def close(self) -> None:
        _close(self._door)
        self._door = None
        if self._fd is not None:
            os.close(self._fd)  # releases the lock
            self._fd = None

    def __del__(self) -> None:
        self.close()


def door_of(lock_file: Path) -> Path:
    """``pause.sqlite3.door`` beside ``pause.sqlite3.lock``: who holds it may try the gate."""
    return lock_file.with_suffix(".door")


def _open_lock(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # the umask may have cut it; a found one may be wider
    except BaseException:
        os.close(fd)
        raise
    return fd


def _close(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _try_enter(fd: int, door: int | None) -> bool | None:
    """One try at the gate: True (exclusive, the door kept), False (shared), or None (not
    now). On POSIX only through the door, so that nobody enters while the one inside
    changes its exclusive lock to a shared one."""
    if door is None:  # Windows
        return True if _try_lock(fd, exclusive=True) else None
    if not _try_lock(door, exclusive=True):
        return None
    if _try_lock(fd, exclusive=True):
        return True
    if _try_lock(fd, exclusive=False):
        return False
    fcntl.flock(door, fcntl.LOCK_UN)  # an older Pause inside, without the door: later
    return None


def _try_lock(fd: int, exclusive: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover
        if not exclusive:
            return False
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def companion(database: Path, suffix: str) -> Path:
    """``pause.sqlite3-wal`` for ``pause.sqlite3`` and ``-wal``."""
    return database.with_name(database.name + suffix)


def _stamped(database: Path, kind: str, now: datetime) -> Iterator[Path]:
    """``pause.<kind>-<time>.sqlite3``, then ``...-2.sqlite3``, ... (tried in turn)."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    yield database.with_name(f"{database.stem}.{kind}-{stamp}{database.suffix}")
    for n in range(2, 10_000):
        yield database.with_name(f"{database.stem}.{kind}-{stamp}-{n}{database.suffix}")


def _claim(database: Path, kind: str, now: datetime) -> tuple[Path, bool]:
    """A free name for keeping ``database`` aside, taken at once where the file system has
    hard links (then True: the file has both names until the old one is removed)."""
    for kept in _stamped(database, kind, now):
        try:
            os.link(database, kept)
        except FileExistsError:
            continue
        except OSError:  # no hard links here: the gate keeps the name free until the rename
            if kept.exists() or companion(kept, "-wal").exists():
                continue
            return kept, False
        return kept, True
    raise FileExistsError(database)  # pragma: no cover - ten thousand kept files in a second


def keep_corrupt(database: Path, now: datetime, log_copy: Path | None) -> Path:
    """Move a corrupt database and its ``-wal``/``-shm`` to ``pause.corrupt-<time>.sqlite3``
    (a name taken once, never over another file); only while holding the gate exclusively.

    The log and the shared memory file go first, so that a fresh database can never meet the
    old log, and the database last. ``log_copy``, the log as it was before SQLite opened the
    file, goes beside the kept file when SQLite has folded the log away on closing."""
    kept, linked = _claim(database, "corrupt", now)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(companion(database, suffix), companion(kept, suffix))
    if linked:
        os.unlink(database)
    else:
        os.rename(database, kept)
    os.chmod(kept, 0o600)
    if log_copy is not None:
        if companion(kept, "-wal").exists():
            log_copy.unlink()
        else:
            os.replace(log_copy, companion(kept, "-wal"))
    fsync_folder(database.parent)
    return kept


def _copy_new(source: Path, target: Path) -> None:
    """Copy ``source`` to a new owner-only file; FileExistsError if ``target`` is taken."""
    with source.open("rb") as reader:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as writer:
            if hasattr(os, "fchmod"):
                os.fchmod(writer.fileno(), 0o600)  # whatever the umask
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())


def copy_log(database: Path) -> Path | None:
    """Before SQLite opens ``database``: copy its log aside, owner-only, as
    ``<log>.before-open``; None without a log. Only while holding the gate exclusively:
    nobody writes the log meanwhile."""
    log = companion(database, "-wal")
    if not log.is_file() or log.stat().st_size == 0:
        return None
    copy = companion(database, "-wal.before-open")
    with contextlib.suppress(FileNotFoundError):
        copy.unlink()  # left by an opening that stopped half-way: the log is still there
    _copy_new(log, copy)
    return copy


def keep_damaged_log(database: Path, now: datetime, log_copy: Path) -> Path:
    """Keep the database and its damaged log, as they were, as a pair SQLite can open:
    ``pause.damaged-log-<time>.sqlite3`` and its ``-wal``. Returns the kept database."""
    for kept in _stamped(database, "damaged-log", now):
        try:
            _copy_new(database, kept)
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - ten thousand kept files in a second
        raise FileExistsError(database)
    os.replace(log_copy, companion(kept, "-wal"))
    fsync_folder(database.parent)
    return kept


def remove_log(database: Path) -> None:
    """Remove a log SQLite cannot use (kept already), and the shared memory built on it."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            companion(database, suffix).unlink()
