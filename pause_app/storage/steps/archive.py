"""The files inside what the user chose: a single file, a folder, or a zip, read as hostile.

A zip is checked before anything is unpacked: it must open as a zip, hold no locked
(encrypted) members, and promise no more than a sane amount once unpacked, both in all and
against its packed size (a zip bomb packs gigabytes of nothing into a few kilobytes). While
a member is read, the bytes that come out are counted against the same limits, so a zip
that lies about its sizes is stopped too. Members are streamed, never unpacked to disk,
except a database, which SQLite can only open as a file: that one goes to an owner-only
temporary file, within the same limits, and is removed afterwards.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pause_app.storage.steps.common import StepsRefusal, StepsRefused

MAX_MEMBERS = 200_000
"""More files than this in one export is not an export Pause knows."""
MAX_UNPACKED_BYTES = 24 * 1024**3
"""What Pause reads out of one zip in all: Apple Health exports of many years run to a few
gigabytes; far beyond them is not an export."""
MAX_RATIO = 250
"""Unpacked size per packed byte. Exports (XML, JSON, CSV) pack about 10 to 60 times; a zip
bomb packs thousands of times."""
RATIO_ALLOWANCE = 1024 * 1024
"""Small members may pack better than the ratio: the first MiB is allowed whatever it packs."""
SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Member:
    """One file to read: its name (the path inside the zip or folder) and size unpacked."""

    name: str
    size: int
    opener: Callable[[], IO[bytes]]

    @property
    def base(self) -> str:
        return self.name.replace("\\", "/").rsplit("/", 1)[-1]

    def open(self) -> IO[bytes]:
        return self.opener()

    def head(self, size: int = SNIFF_BYTES) -> bytes:
        """The first bytes, to recognise the format by its content."""
        with self.open() as stream:
            return stream.read(size)


class _Counted(io.RawIOBase):
    """A zip member's stream that counts what comes out against the zip's budget."""

    def __init__(self, inner: IO[bytes], budget: _Budget, limit: int) -> None:
        self._inner = inner
        self._budget = budget
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._inner.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as error:
            raise StepsRefused(StepsRefusal.DAMAGED_ZIP, str(error)[:200]) from None
        self._left -= len(data)
        if self._left < 0:
            raise StepsRefused(StepsRefusal.TOO_BIG)
        self._budget.spend(len(data))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._inner.close()
        super().close()


class _Budget:
    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise StepsRefused(StepsRefusal.TOO_BIG)


def _unreadable(error: OSError) -> StepsRefused:
    return StepsRefused(StepsRefusal.UNREADABLE, error.strerror or str(error))


def is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError as error:
        raise _unreadable(error) from None


def _zip_members(archive: zipfile.ZipFile, packed_size: int) -> list[Member]:
    infos = [info for info in archive.infolist() if not info.is_dir()]
    if len(infos) > MAX_MEMBERS:
        raise StepsRefused(StepsRefusal.TOO_BIG)
    promised = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise StepsRefused(StepsRefusal.DAMAGED_ZIP, f"{info.filename}: locked")
        if info.file_size > info.compress_size * MAX_RATIO + RATIO_ALLOWANCE:
            raise StepsRefused(StepsRefusal.TOO_BIG)
        promised += info.file_size
    if promised > MAX_UNPACKED_BYTES or promised > packed_size * MAX_RATIO + RATIO_ALLOWANCE:
        raise StepsRefused(StepsRefusal.TOO_BIG)
    budget = _Budget(min(MAX_UNPACKED_BYTES, packed_size * MAX_RATIO + RATIO_ALLOWANCE))

    def opener(info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
        def open_member() -> IO[bytes]:
            try:
                inner = archive.open(info)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as error:
                raise StepsRefused(StepsRefusal.DAMAGED_ZIP, str(error)[:200]) from None
            raw = _Counted(inner, budget, info.file_size)
            return io.BufferedReader(raw, 256 * 1024)

        return open_member

    return [Member(info.filename, info.file_size, opener(info)) for info in infos]


def _folder_members(folder: Path) -> list[Member]:
    members: list[Member] = []
    for root, folders, files in os.walk(folder, followlinks=False):
        folders.sort()
        for name in sorted(files):
            path = Path(root, name)
            try:
                info = path.lstat()
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                continue  # links, pipes, devices: never part of an export
            members.append(_file_member(path, str(path.relative_to(folder)), info.st_size))
            if len(members) > MAX_MEMBERS:
                raise StepsRefused(StepsRefusal.TOO_BIG)
    return members


def _file_member(path: Path, name: str, size: int) -> Member:
    def open_file() -> IO[bytes]:
        try:
            return path.open("rb")
        except OSError as error:
            raise _unreadable(error) from None

    return Member(name, size, open_file)


@contextlib.contextmanager
def members(path: Path) -> Iterator[list[Member]]:
    """The files to read in ``path`` (a file, a folder or a zip); StepsRefused if none can be."""
    try:
        info = path.stat()
    except OSError as error:
        raise _unreadable(error) from None
    if stat.S_ISDIR(info.st_mode):
        yield _folder_members(path)
        return
    if not stat.S_ISREG(info.st_mode):
        raise StepsRefused(StepsRefusal.UNREADABLE, path.name)
    if not is_zip(path):
        yield [_file_member(path, path.name, info.st_size)]
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as error:
        raise StepsRefused(StepsRefusal.DAMAGED_ZIP, str(error)[:200]) from None
    with archive:
        try:
            found = _zip_members(archive, info.st_size)
        except (zipfile.BadZipFile, ValueError) as error:
            raise StepsRefused(StepsRefusal.DAMAGED_ZIP, str(error)[:200]) from None
        yield found


@contextlib.contextmanager
def as_file(member: Member, real_path: Path | None) -> Iterator[Path]:
    """A path SQLite can open: the file itself, or an owner-only temporary copy of a zip
    member (removed afterwards)."""
    if real_path is not None:
        yield real_path
        return
    folder = Path(tempfile.mkdtemp(prefix="pause-steps-"))  # 0700
    try:
        copy = folder / "database"
        fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as target, member.open() as source:
            shutil.copyfileobj(source, target, 1024 * 1024)
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)
