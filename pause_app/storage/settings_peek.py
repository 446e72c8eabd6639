"""A look at the settings file before its schema loads, and how any small file from
outside is read.

A start in the tray needs one setting before its icon shows: the language of the menu.
``language`` reads just that, with none of the schema (``core.settings`` and what it
checks values with), which loads after the icon; the full read then repairs and reports.

The file is hostile as ever: only a regular file is opened, no more than ``MAX_BYTES``,
and anything that is not a language Pause knows gives ``""`` (the system's language).
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Collection
from pathlib import Path

MAX_BYTES = 1 << 20  # 1 MiB: a settings file is a few hundred bytes


class TooLarge(Exception):
    """More than the limit: not the small file it claims to be."""


def flag(name: str) -> int:
    """An ``os.O_*`` flag, or 0 where this system has none."""
    return int(getattr(os, name, 0))


def read_regular_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file. Anything else is never opened: opening a
    pipe waits for a writer, and a device may never end."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    fd = os.open(path, os.O_RDONLY | flag("O_NONBLOCK") | flag("O_CLOEXEC") | flag("O_BINARY"))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced in between
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise TooLarge()
        return b"".join(chunks)
    finally:
        os.close(fd)


def language(path: Path, known: Collection[str]) -> str:
    """The ``ui.language`` setting when it is one of ``known``; otherwise ``""``."""
    try:
        tree = json.loads(read_regular_file(path, MAX_BYTES).decode("utf-8-sig"))
    except (OSError, TooLarge, ValueError, UnicodeDecodeError, RecursionError):
        return ""
    section = tree.get("ui") if isinstance(tree, dict) else None
    value = section.get("language") if isinstance(section, dict) else None
    return value if isinstance(value, str) and value in known else ""
