"""The log file: owner-only whatever the umask, and never a traceback per line."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pause_app.storage import logs
from pause_app.storage.paths import AppPaths

unix_only = pytest.mark.skipif(os.name != "posix", reason="Unix modes")
log = logging.getLogger("pause_app.test")


@pytest.fixture
def umask_000() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _file_handler() -> logs.PrivateRotatingFileHandler:
    found = [
        h for h in logging.getLogger().handlers if isinstance(h, logs.PrivateRotatingFileHandler)
    ]
    assert len(found) == 1
    return found[0]


@unix_only
@pytest.mark.usefixtures("umask_000")
def test_the_log_and_its_folders_are_owner_only_under_umask_000(tmp_path: Path) -> None:
    app_paths = AppPaths(tmp_path / "d", tmp_path / "c", tmp_path / "state" / "pause-app" / "log")
    assert logs.setup(app_paths) is None
    log.info("a line")
    assert "a line" in app_paths.log_file.read_text()
    assert _mode(app_paths.log_file) == 0o600
    for folder in (tmp_path / "state", tmp_path / "state" / "pause-app", app_paths.log_dir):
        assert _mode(folder) == 0o700


@unix_only
def test_a_log_an_older_pause_left_readable_is_made_owner_only(pause_home: AppPaths) -> None:
    pause_home.log_dir.mkdir(parents=True)
    pause_home.log_file.write_text("older lines\n")
    pause_home.log_file.chmod(0o644)
    assert logs.setup(pause_home) is None
    assert _mode(pause_home.log_file) == 0o600
    assert pause_home.log_file.read_text() == "older lines\n"  # appended to, never cut


@unix_only
@pytest.mark.usefixtures("umask_000")
def test_rotated_logs_are_owner_only(pause_home: AppPaths) -> None:
    pause_home.log_dir.mkdir(parents=True, mode=0o700)
    older = pause_home.log_dir / "pause.log.1"
    older.write_text("from an older Pause\n")
    older.chmod(0o644)
    assert logs.setup(pause_home) is None
    handler = _file_handler()
    for turn in range(logs.BACKUP_COUNT + 1):
        log.info("line %d", turn)
        handler.doRollover()
    names = sorted(p.name for p in pause_home.log_dir.iterdir())
    assert names == ["pause.log", "pause.log.1", "pause.log.2", "pause.log.3"]
    assert {p.name: _mode(p) for p in pause_home.log_dir.iterdir()} == dict.fromkeys(names, 0o600)


def test_a_folder_in_the_logs_place_is_said_once_and_pause_goes_on(
    pause_home: AppPaths, capfd: pytest.CaptureFixture[str]
) -> None:
    pause_home.log_file.mkdir(parents=True)
    problem = logs.setup(pause_home)
    assert isinstance(problem, OSError)
    for number in range(5):
        log.warning("line %d", number)
    assert capfd.readouterr().err == ""  # no "--- Logging error ---", no traceback
    assert pause_home.log_file.is_dir()  # left as it was


def test_with_verbose_the_reason_is_one_line_on_stderr(
    pause_home: AppPaths, capfd: pytest.CaptureFixture[str]
) -> None:
    pause_home.log_file.mkdir(parents=True)
    assert logs.setup(pause_home, verbose=True) is not None
    log.info("still heard on stderr")
    err = capfd.readouterr().err.splitlines()
    assert len(err) == 2
    assert "cannot open the log file" in err[0] and "still heard on stderr" in err[1]


@unix_only
def test_a_fifo_in_the_logs_place_does_not_hang(tmp_path: Path) -> None:
    """Opening a FIFO for writing waits for a reader: forever. Run apart, with a deadline."""
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    os.mkfifo(home / "logs" / "pause.log")
    code = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from pause_app.storage import logs\n"
        "from pause_app.storage.paths import AppPaths\n"
        "problem = logs.setup(AppPaths.single(Path(sys.argv[1])))\n"
        "logging.getLogger('x').warning('a line')\n"
        "print(type(problem).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(home)], capture_output=True, text=True, timeout=30
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "OSError\n", "")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="a disk that is always full")
def test_a_log_that_fails_later_is_dropped_once_quietly(
    pause_home: AppPaths, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    assert logs.setup(pause_home) is None
    handler = _file_handler()
    handler.stream.close()
    handler.stream = open("/dev/full", "w", encoding="utf-8")  # noqa: SIM115  # every write: ENOSPC
    for number in range(5):
        log.warning("line %d", number)
    assert capfd.readouterr().err == ""
    assert handler not in logging.getLogger().handlers
    said = [r for r in caplog.records if "cannot be written" in r.getMessage()]
    assert len(said) == 1


def test_a_mistake_in_a_log_call_keeps_the_file(
    pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the file failing drops it; a bad format string is Python's usual report."""
    monkeypatch.setattr(logging, "raiseExceptions", False)
    assert logs.setup(pause_home) is None
    handler = _file_handler()
    log.info("%d", "not a number")
    assert handler in logging.getLogger().handlers


def test_the_app_starts_without_its_log_and_says_so_once(tmp_path: Path) -> None:
    """The window, not only the command line: one notice, no traceback per line."""
    home = tmp_path / "home"
    (home / "logs" / "pause.log").mkdir(parents=True)
    code = (
        "import sys\n"
        "from pause_app import app\n"
        "built = app.build(app.StartOptions(data_dir=sys.argv[1]))\n"
        "assert not isinstance(built, int), built\n"
        "for text in built.window.notices.texts():\n"
        "    print(text)\n"
        "built.shutdown()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Logging error" not in done.stderr and "Traceback" not in done.stderr
    said = [line for line in done.stdout.splitlines() if "log file" in line]
    assert said == [
        f"Pause cannot write its log file {home / 'logs' / 'pause.log'} "
        "(Is a directory); it works on without it."
    ]


def test_the_log_turns_over_before_a_line_would_take_it_past_its_size(tmp_path: Path) -> None:
    """As logging.handlers.RotatingFileHandler does: the newest lines in pause.log, the
    older ones in pause.log.1, .2, .3, none of them past the size, the oldest let go."""
    path = tmp_path / "pause.log"
    handler = logs.PrivateRotatingFileHandler(str(path), max_bytes=100, backup_count=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for number in range(40):
        handler.emit(logging.makeLogRecord({"msg": f"line {number:02d} " + "." * 20}))
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["pause.log", "pause.log.1", "pause.log.2", "pause.log.3"]
    assert all((tmp_path / name).stat().st_size < 100 for name in names)
    lines = [
        line
        for name in ("pause.log.3", "pause.log.2", "pause.log.1", "pause.log")
        for line in (tmp_path / name).read_text().splitlines()
    ]
    assert lines[-1].startswith("line 39") and lines == sorted(lines)  # in order, the newest kept
    assert len(lines) < 40  # the oldest went
