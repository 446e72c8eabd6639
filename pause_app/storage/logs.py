"""Logging to a rotating file in the log dir (and to stderr with ``--verbose``).

The log file and its rotated copies are owner-only (0600) whatever the umask. A log that
cannot be written never stops Pause, nor prints a traceback per line: ``setup`` returns
the reason once (the caller says so), and a file that fails later is dropped with one
warning.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import stat
import sys

from pause_app.storage.paths import AppPaths, create_private

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3

log = logging.getLogger(__name__)


def _make_private(path: str, fd: int | None = None) -> None:
    """Owner-only, for a regular file of ours."""
    if os.name != "posix":
        return
    info = os.fstat(fd) if fd is not None else os.lstat(path)
    if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and info.st_mode & 0o077:
        if fd is not None:
            os.fchmod(fd, 0o600)
        else:
            os.chmod(path, 0o600)


class PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating log whose files only their owner can read, and that fails once, quietly.

    It turns over as ``logging.handlers.RotatingFileHandler`` does (``pause.log`` becomes
    ``pause.log.1``, and so on up to ``backup_count``, before a line would take it past
    ``max_bytes``); that module's import brings pickle, queue and the network handlers
    along, half a MiB of the tray's memory for one rename.
    """

    def __init__(self, filename: str, max_bytes: int, backup_count: int) -> None:
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        super().__init__(filename, mode="a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        position = self.stream.tell()
        return bool(position) and position + len(self.format(record)) + 1 >= self.max_bytes

    def _open(self) -> io.TextIOWrapper:
        # Non-blocking: a FIFO put in the log's place must not hang Pause.
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", self.baseFilename)
            _make_private(self.baseFilename, fd)  # a file an older Pause made 0644
            return open(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def doRollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(self.backup_count - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backup_count > 0 and os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()
        for number in range(1, self.backup_count + 1):
            name = f"{self.baseFilename}.{number}"
            if os.path.lexists(name):
                _make_private(name)

    def handleError(self, record: logging.LogRecord) -> None:
        """Writing failed (a full disk, a folder gone): stop writing the file, say so once."""
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)  # a mistake in a log call, not the file
            return
        root = logging.getLogger()
        root.removeHandler(self)
        with contextlib.suppress(OSError):
            self.close()
        if not root.handlers:
            _add(root, logging.NullHandler())
        log.warning(
            "the log file %s cannot be written (%s); going on without it", self.baseFilename, error
        )


def teardown() -> None:
    """Remove and close the handlers ``setup`` added."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pause_app", False):
            root.removeHandler(handler)
            handler.close()


def setup(paths: AppPaths, verbose: bool = False) -> OSError | None:
    """Log to the log file (and stderr when ``verbose``).

    Returns why the log file cannot be used, once, or None; Pause then goes on without it.
    """
    teardown()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handlers: list[logging.Handler] = []
    problem: OSError | None = None
    try:
        create_private(paths.log_dir)
        handlers.append(PrivateRotatingFileHandler(str(paths.log_file), MAX_BYTES, BACKUP_COUNT))
    except OSError as error:
        problem = error
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    if not handlers:  # no file, no stderr: Python's last resort must not print log lines
        handlers.append(logging.NullHandler())
    for handler in handlers:
        _add(root, handler)
    if problem is not None:
        log.warning("cannot open the log file %s: %s; going on without it", paths.log_file, problem)
    return problem


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler._pause_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
