"""Many Pauses meeting one damaged database at once keep it exactly once, and lose nothing
acknowledged afterwards (issue 12, hole 5)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 12
TRIALS = 3  # random bytes, a damaged database, random bytes


def _start_at_once(database: Path, count: int) -> list[tuple[int, str]]:
    """``count`` children open ``database`` at the same moment; (exit status, output) each."""
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.storage.logging_child", str(database), "once", f"A{n}"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(count)
    ]
    for child in children:  # each has imported everything and waits
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
    for child in children:  # go
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = []
    for child in children:
        out, err = child.communicate(timeout=60)
        results.append((child.returncode, out + err))
    return results


def _damaged_database(path: Path, rng: random.Random) -> bytes:
    """A real database of 8 MB whose last page is damaged: SQLite's check takes a while to
    find it, so that the children are all checking the file at the same time."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE filler (x)")
    db.executemany("INSERT INTO filler VALUES (?)", [(rng.randbytes(900),) for _ in range(8000)])
    db.commit()
    db.close()
    data = bytearray(path.read_bytes())
    data[-4096] = 0  # the last page's type: no such page
    return bytes(data)


def test_twelve_pauses_keep_a_damaged_file_exactly_once(tmp_path: Path) -> None:
    rng = random.Random(12)
    for trial in range(TRIALS):
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        database = folder / "pause.sqlite3"
        if trial % 2:
            original = _damaged_database(database, rng)
        else:  # random bytes
            original = rng.randbytes(rng.choice([100, 4096, 3 * 4096 + 17]))
        database.write_bytes(original)

        results = _start_at_once(database, PROCESSES)

        # Only the ones that could not open, whole: pytest shortens a long list, and the
        # class of the error (or a traceback) is what tells a race from a slow machine.
        refused = [(n, code, out) for n, (code, out) in enumerate(results) if code != 0]
        assert refused == [], f"trial {trial}: {refused}"
        kept = sorted(folder.glob("pause.corrupt-*.sqlite3"))
        assert len(kept) == 1, kept
        assert kept[0].read_bytes() == original
        acknowledged = {int(out.split()[0]) for _, out in results}
        check = sqlite3.connect(database)
        stored = {row[0] for row in check.execute("SELECT id FROM activities")}
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
        assert acknowledged == stored and len(stored) == PROCESSES
