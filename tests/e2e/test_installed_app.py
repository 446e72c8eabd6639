"""The installed app, started as separate processes, as a user or a script would."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pause_app import __version__

pytestmark = pytest.mark.e2e

SCRIPT = Path(sys.executable).parent / "pause-app"
WAIT_SECONDS = 20


@pytest.fixture
def env(pause_home) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PAUSE_APP_HOME": str(pause_home.data_dir),
    }


def _run(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    assert SCRIPT.exists(), f"{SCRIPT} is missing: install the app (make test does)"
    return subprocess.run(
        [str(SCRIPT), *argv], env=env, capture_output=True, text=True, timeout=WAIT_SECONDS
    )


def test_the_entry_point_and_python_m_agree(env: dict[str, str]) -> None:
    assert _run(env, "--version").stdout == f"pause-app {__version__}\n"
    module = subprocess.run(
        [sys.executable, "-m", "pause_app", "--version"], env=env, capture_output=True, text=True
    )
    assert module.stdout == f"pause-app {__version__}\n"


def test_a_diary_from_the_command_line(env: dict[str, str], tmp_path: Path) -> None:
    assert (
        _run(env, "activity", "add", "Steps inside", "--unit", "steps", "--target", "50").returncode
        == 0
    )
    assert _run(env, "log", "Steps inside", "51", "--felt", "good").returncode == 0
    bad = _run(env, "log", "Steps inside", "-1", "--felt", "good")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    data = json.loads(_run(env, "export").stdout)
    assert [a["amount"] for a in data["attempts"]] == [51]


class _Lines:
    """Lines a process writes to stderr, waited for with a deadline instead of sleeps."""

    def __init__(self, stream) -> None:
        self._queue: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._stream = stream
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._thread.join(WAIT_SECONDS)
        self._stream.close()

    def _pump(self, stream) -> None:
        for line in stream:
            self._queue.put(line)

    def wait_for(self, text: str) -> str:
        while True:
            try:
                line = self._queue.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                raise AssertionError(f"never saw {text!r}; saw {self.seen}") from None
            self.seen.append(line)
            if text in line:
                return line


@pytest.fixture
def running(env: dict[str, str]) -> Iterator[tuple[subprocess.Popen[str], _Lines]]:
    process = subprocess.Popen(
        [str(SCRIPT), "-v"], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    lines = _Lines(process.stderr)
    try:
        yield process, lines
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(WAIT_SECONDS)
        lines.close()


def test_a_second_start_brings_the_first_forward(env: dict[str, str], running) -> None:
    process, lines = running
    lines.wait_for("Pause is running")
    second = _run(env, "--lang", "nl")
    assert second.returncode == 0
    assert "Pause draait al" in second.stdout
    # The second start parsed its command line itself and sent only the command.
    assert "WindowCommand(action='open'" in lines.wait_for("another instance asks")
    assert _run(env, "breathe", "--pattern", "gentle", "--minutes", "2").returncode == 0
    asked = lines.wait_for("another instance asks")
    assert "WindowCommand(action='breathe', pattern='gentle', minutes=2)" in asked
    lines.wait_for("starting a breathing session")
    process.send_signal(signal.SIGTERM)
    lines.wait_for("quitting on a signal")
    assert process.wait(WAIT_SECONDS) == 0


def test_headless_commands_work_beside_the_running_app(env: dict[str, str], running) -> None:
    process, lines = running
    lines.wait_for("Pause is running")
    assert (
        _run(env, "activity", "add", "Reading", "--unit", "minutes", "--target", "10").returncode
        == 0
    )
    assert "Reading" in _run(env, "activity", "list").stdout
    process.send_signal(signal.SIGINT)
    assert process.wait(WAIT_SECONDS) == 0


def test_pause_from_outside_then_quitting_keeps_it_as_interrupted(
    env: dict[str, str], running
) -> None:
    process, lines = running
    lines.wait_for("Pause is running")
    assert _run(env, "pause").returncode == 0
    lines.wait_for("starting the pause exercise")
    process.send_signal(signal.SIGTERM)
    assert process.wait(WAIT_SECONDS) == 0
    [session] = json.loads(_run(env, "export").stdout)["sessions"]
    assert (session["kind"], session["ended"], session["pattern"]) == (
        "pause",
        "interrupted",
        "calm",
    )
