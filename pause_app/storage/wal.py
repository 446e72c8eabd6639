"""Reading a database's write-ahead log (its ``-wal`` file) the way SQLite will, without
SQLite and without changing a byte.

Opening a database with SQLite, even read-only, writes its ``-shm`` file, and closing the
last connection folds the log into the database and deletes it. Before that happens Pause
wants to know two things: the schema version SQLite will see (a newer file is refused
untouched), and whether the log holds changes SQLite will not apply because a frame
before them is damaged (they are kept aside, and the user is told).

The format is https://www.sqlite.org/fileformat2.html#walformat: a 32-byte header, then
frames of a 24-byte header and one page each. SQLite applies frames in order while each
carries the header's salts and a running checksum that matches, up to the last commit
frame (one whose "database size" field is not zero); a bad frame ends the log for it.
"""

from __future__ import annotations

import io
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

DB_MAGIC = b"SQLite format 3\x00"
USER_VERSION = slice(60, 64)  # in the database header, on page 1
WAL_VERSION = 3007000
HEADER = struct.Struct(">8I")  # magic, version, page size, checkpoint no, salt 1, 2, sum 1, 2
FRAME = struct.Struct(">6I")  # page number, database size (commit), salt 1, 2, sum 1, 2
MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class LogReport:
    """What SQLite will make of a log."""

    commits: int = 0
    """Commits SQLite will apply."""
    header_sound: bool = True
    """False when SQLite will not use the log at all (a damaged or unknown header)."""
    unread_commits: int = 0
    """Commits written in full after a damaged frame: SQLite will not apply them."""
    first_page: bytes | None = None
    """The newest copy of page 1 that SQLite will apply (it holds the schema version)."""


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    pairs = iter(words)
    for first, second in zip(pairs, pairs, strict=True):
        s0 = (s0 + first + s1) & MASK
        s1 = (s1 + second + s0) & MASK
    return s0, s1


def _page_size(value: int) -> int | None:
    return value if 512 <= value <= 65536 and value & (value - 1) == 0 else None


def _database_page_size(header: bytes) -> int | None:
    if not header.startswith(DB_MAGIC) or len(header) < 18:
        return None
    size = int.from_bytes(header[16:18], "big")
    return _page_size(65536 if size == 1 else size)


def read(log: bytes, database_header: bytes = b"") -> LogReport:
    """What SQLite will make of the log ``log`` (the bytes of a ``-wal`` file)."""
    return _read(io.BytesIO(log), len(log), database_header, verify=True)


def read_file(database: Path, log: Path, verify: bool = True) -> LogReport:
    """What SQLite will make of the log at ``log`` for the database at ``database``, read a
    frame at a time (a log from elsewhere may be large).

    ``verify=False`` only glances: it reads the frames' headers, not their pages, nor checks
    their sums (a few milliseconds, where checking a full log takes a large fraction of a
    second). It may take a damaged frame for a sound one, and says nothing of unread
    commits: enough to see a version that may be newer, and then verify."""
    try:
        handle = log.open("rb")
    except FileNotFoundError:
        return LogReport()
    with handle:
        return _read(handle, os.fstat(handle.fileno()).st_size, _head(database), verify)


def _read(log: BinaryIO, size: int, database_header: bytes, verify: bool) -> LogReport:
    header = log.read(HEADER.size)
    if len(header) < HEADER.size:
        return LogReport()
    magic, version, page_size, _, salt1, salt2, sum1, sum2 = HEADER.unpack(header)
    big_endian = bool(magic & 1)
    if not (
        magic & ~1 & MASK == 0x377F0682
        and version == WAL_VERSION
        and _page_size(page_size)
        and _checksum(header[:24], big_endian, 0, 0) == (sum1, sum2)
    ):
        # SQLite ignores the whole log; what it held is judged by its first frame's salts.
        page_size = _page_size(page_size) or _database_page_size(database_header) or 4096
        first = log.read(FRAME.size)
        if len(first) < FRAME.size:
            return LogReport(header_sound=False)
        salts = FRAME.unpack(first)[2:4]
        unread = _commits_from(log, size, 0, page_size, salts)
        return LogReport(header_sound=False, unread_commits=unread)
    frame_size = FRAME.size + page_size
    commits, frame, first_page, candidate = 0, 0, None, None
    s0, s1 = sum1, sum2
    while HEADER.size + (frame + 1) * frame_size <= size:
        log.seek(HEADER.size + frame * frame_size)
        raw = log.read(frame_size if verify else FRAME.size)
        if len(raw) < (frame_size if verify else FRAME.size):  # shorter than a moment ago
            break
        page, commit, f_salt1, f_salt2, f_sum1, f_sum2 = FRAME.unpack_from(raw)
        if (f_salt1, f_salt2) != (salt1, salt2) or page == 0:
            break
        if verify:
            data = raw[FRAME.size :]
            s0, s1 = _checksum(raw[:8], big_endian, s0, s1)
            s0, s1 = _checksum(data, big_endian, s0, s1)
            if (s0, s1) != (f_sum1, f_sum2):
                break
        else:
            data = log.read(page_size) if page == 1 else b""
        if page == 1:
            candidate = data
        frame += 1
        if commit:
            commits += 1
            first_page = candidate
    unread = _commits_from(log, size, frame, page_size, (salt1, salt2)) if verify else 0
    return LogReport(commits, True, unread, first_page)


def _commits_from(
    log: BinaryIO, size: int, frame: int, page_size: int, salts: tuple[int, int]
) -> int:
    """Whole commit frames of this log (its salts) from ``frame`` on, whatever their sums."""
    frame_size = FRAME.size + page_size
    count = 0
    while HEADER.size + (frame + 1) * frame_size <= size:
        log.seek(HEADER.size + frame * frame_size)
        raw = log.read(FRAME.size)
        if len(raw) < FRAME.size:
            break
        _, commit, salt1, salt2, _, _ = FRAME.unpack(raw)
        if commit and (salt1, salt2) == salts:
            count += 1
        frame += 1
    return count


def schema_version(database: Path, log: Path, verify: bool = True) -> int | None:
    """The ``user_version`` SQLite will see in ``database`` with its log, read without
    opening either for writing; None when the file is missing, empty or not a database.
    ``verify``: see ``read_file``."""
    return version_in(read_file(database, log, verify), database)


def version_in(report: LogReport, database: Path) -> int | None:
    """The ``user_version`` SQLite will see in ``database`` with a log read as ``report``."""
    header = report.first_page if report.first_page is not None else _head(database)
    if not _sound_header(header):
        return None  # not judged here: SQLite will find the file damaged
    return int.from_bytes(header[USER_VERSION], "big", signed=True)


def _sound_header(header: bytes) -> bool:
    """Whether the first 100 bytes look like the header SQLite writes (the checks it makes)."""
    return (
        len(header) >= 100
        and _database_page_size(header) is not None
        and header[18] in (1, 2)
        and header[19] in (1, 2)
        and header[21:24] == b"\x40\x20\x20"
    )


def _head(database: Path) -> bytes:
    try:
        with database.open("rb") as handle:
            return handle.read(100)
    except FileNotFoundError:
        return b""
