"""A database Pause may not write (a read-only file, a read-only folder) is one clear line and
a non-zero exit, before anything is changed; never a traceback (issue 12, hole 10).

Run as root, the children drop the capability that lets root write anything
(``setpriv``), so that permissions mean for them what they mean for everyone else.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pause_app.core.model import NewActivity
from pause_app.storage import database
from pause_app.storage.database import DatabaseReadOnly
from pause_app.storage.store import Store
from tests.helpers.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
CAPABILITIES = "-dac_override,-dac_read_search"


@pytest.fixture(scope="module")
def as_a_user() -> list[str]:
    """The start of a command line that runs without root's power over permissions."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    command = [setpriv or "setpriv", f"--inh-caps={CAPABILITIES}", f"--bounding-set={CAPABILITIES}"]
    if setpriv is None or subprocess.run([*command, "true"], check=False).returncode != 0:
        pytest.skip("running as root, and setpriv cannot drop root's power over permissions")
    return command


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
        for p in sorted(folder.iterdir())
    }


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    """A data folder with an activity in it, the database closed."""
    folder = tmp_path / "data"
    clock = FakeClock()
    with Store.open(folder / "pause.sqlite3", clock().utc) as store:
        store.activities.add(NewActivity("Walk", "min", 5), clock())
    (folder / "logs").mkdir(mode=0o700)
    yield folder
    for path in (folder, *folder.iterdir()):
        path.chmod(0o700 if path.is_dir() else 0o600)


def _make_read_only(folder: Path, what: str) -> None:
    if what == "file":
        (folder / "pause.sqlite3").chmod(0o400)
    else:
        folder.chmod(0o500)


def _vanish(data: Path) -> list[str]:
    """logging_child's arguments: open the store and log once."""
    return [str(data / "pause.sqlite3"), "vanish", "1"]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_store_open_refuses_what_it_may_not_write(
    data: Path, as_a_user: list[str], what: str
) -> None:
    _make_read_only(data, what)
    before = _snapshot(data)
    child = subprocess.run(
        [*as_a_user, sys.executable, "-m", "tests.storage.logging_child", *_vanish(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (child.returncode, child.stdout, child.stderr) == (3, "DatabaseReadOnly\n", "")
    assert _snapshot(data) == before


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("command", [["activity", "list"], ["log", "Walk", "5", "--felt", "ok"]])
def test_the_command_line_says_it_in_one_line(
    data: Path, as_a_user: list[str], what: str, command: list[str]
) -> None:
    _make_read_only(data, what)
    before = _snapshot(data)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}
    child = subprocess.run(
        [*as_a_user, sys.executable, "-m", "pause_app", "--data-dir", str(data), *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert child.returncode == 1
    assert child.stdout == ""
    [line] = child.stderr.splitlines()
    assert "read-only" in line and "Nothing was changed" in line, line
    assert _snapshot(data) == before


def test_a_write_refused_by_sqlite_is_a_database_error(tmp_path: Path) -> None:
    """Made read-only while open (or a read-only disk): the write says so, as a DatabaseError."""
    path = tmp_path / "pause.sqlite3"
    Store.open(path, FakeClock()().utc).close()
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        with pytest.raises(DatabaseReadOnly), database.transaction(read_only, path) as db:
            db.execute(
                "INSERT INTO reminders (outcome, answered_utc, local_date,"
                " utc_offset_minutes) VALUES ('started', 'x', '2026-03-15', 0)"
            )
        assert not read_only.in_transaction
    finally:
        read_only.close()


@pytest.mark.parametrize("meanwhile", ["kept aside", "kept aside and made anew"])
def test_a_file_another_pause_moves_meanwhile_is_not_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meanwhile: str
) -> None:
    """Before the gate, another Pause may be keeping a damaged file aside. A file that was
    there, and gone (or made anew) when ``os.access`` looked, was taken for read-only: many
    Pauses opening one damaged file at once (test_corrupt_file_kept_once.py) could meet it."""
    path = tmp_path / "pause.sqlite3"
    path.write_bytes(b"damaged")
    real_access = os.access

    def access(name: str | os.PathLike[str], mode: int) -> bool:
        if Path(name) != path or path.read_bytes() != b"damaged":
            return real_access(name, mode)
        path.unlink()  # another Pause keeps it aside, at this very moment
        answer = real_access(name, mode)  # no: nothing there
        if meanwhile == "kept aside and made anew":
            path.write_bytes(b"")  # and makes the new one before a second look
        return answer

    monkeypatch.setattr(database.os, "access", access)
    database._refuse_unwritable(path)  # no DatabaseReadOnly
