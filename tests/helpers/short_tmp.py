"""A short folder of the test's own, for tests whose paths end in a Unix socket."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def short_tmp_path() -> Iterator[Path]:
    """Like pytest's tmp_path, but /tmp/pause-XXXXXXXX: a socket's whole path must fit in
    sun_path (104 bytes on macOS, 108 on Linux), and pytest's folders leave too little room
    for that, the less so under pytest-xdist, which puts each worker one folder deeper."""
    folder = Path(tempfile.mkdtemp(prefix="pause-"))  # mode 0700, like a runtime folder
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
