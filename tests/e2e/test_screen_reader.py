"""Pause as a screen reader meets it: the real app on a virtual screen with Qt's AT-SPI
bridge on the accessibility bus that Orca uses (at-spi-bus-launcher and the registry from
at-spi2-core), read by a small client of that bus (screen_reader.py) that walks the app's
tree and hears its announcements, as Orca does.

About 15 seconds: the pause's first step is 5 s of stillness, then a breath in (4 s) and out.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop_session import Desktop, desktop_session, wait_for

LAUNCHER = next(
    (
        path
        for path in (
            "/usr/libexec/at-spi-bus-launcher",
            "/usr/lib/at-spi2-core/at-spi-bus-launcher",
        )
        if os.access(path, os.X_OK)
    ),
    None,
)
READER = Path(__file__).with_name("screen_reader.py")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,  # waits in real time for the accessibility bus and a reader: make e2e
    pytest.mark.skipif(
        LAUNCHER is None or not all(shutil.which(t) for t in ("Xvfb", "dbus-daemon", "busctl")),
        reason="needs at-spi2-core, xvfb, dbus-daemon and busctl (see .ci/run)",
    ),
]
INTERACTIVE = {"push button", "check box", "combo box", "spin box", "list", "radio button"}


class ScreenReader:
    """screen_reader.py in its own process, on the accessibility bus."""

    def __init__(self, address: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(READER), address, "Pause"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            bufsize=1, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            start_new_session=True,
        )  # fmt: skip
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.heard: list[dict[str, Any]] = []
        threading.Thread(target=self._pump, daemon=True).start()
        first = self.lines.get(timeout=30)  # a busy machine starts Python slowly
        assert first.get("ready"), first

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            try:
                line = json.loads(raw)
            except json.JSONDecodeError:
                line = {"noise": raw.strip()}
            if "event" in line:
                self.heard.append(line)  # list.append is atomic
            else:
                self.lines.put(line)

    def tree(self) -> list[dict[str, Any]]:
        assert self.process.stdin is not None
        self.process.stdin.write("tree\n")
        self.process.stdin.flush()
        while True:
            line = self.lines.get(timeout=30)
            if "tree" in line:
                return list(line["tree"])

    def announcements(self) -> list[str]:
        return [str(e["value"]) for e in list(self.heard) if e["event"] == "Object:Announcement"]

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    with desktop_session(tmp_path / "desktop", notifications="none") as session:
        # The accessibility bus's socket in a folder of its own, not the user's.
        runtime = Path(tempfile.mkdtemp(prefix="pause-a11y-"))
        runtime.chmod(0o700)
        session.env["XDG_RUNTIME_DIR"] = str(runtime)
        session.start([str(LAUNCHER), "--launch-immediately", "--a11y=1"], "at-spi")
        assert session.bus is not None
        wait_for(lambda: session.bus.has_owner("org.a11y.Bus"), 30, "the accessibility bus")  # type: ignore[union-attr]
        try:
            yield session
        finally:
            session.stop()
            shutil.rmtree(runtime, ignore_errors=True)


def _a11y_address(desktop: Desktop) -> str:
    answer = subprocess.run(
        ["busctl", f"--address={desktop.env['DBUS_SESSION_BUS_ADDRESS']}", "--json=short",
         "call", "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress"],
        capture_output=True, text=True, timeout=10, check=True,
    )  # fmt: skip
    return str(json.loads(answer.stdout)["data"][0])


def _shown(tree: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in tree if "showing" in o["states"]]


def test_a_screen_reader_reads_the_window_and_hears_the_breathing(
    desktop: Desktop, tmp_path: Path
) -> None:
    reader = ScreenReader(_a11y_address(desktop))
    try:
        home = tmp_path / "home"
        env = {
            **desktop.env,
            "PAUSE_APP_HOME": str(home),
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8",
        }
        pause = [sys.executable, "-m", "pause_app"]
        subprocess.run([*pause, "config", "set", "ui.welcomed", "true"], env=env, check=True,
                       capture_output=True, timeout=30)  # fmt: skip
        desktop.start([*pause, "-v"], "pause", env=env)

        tree: list[dict[str, Any]] = []

        def window_read() -> bool:
            nonlocal tree
            tree = reader.tree()
            return any(o["name"] == "Start a pause" for o in _shown(tree))

        wait_for(window_read, 30, "the window in the accessibility tree")
        shown = _shown(tree)
        assert tree[0]["role"] == "application" and tree[0]["name"] == "Pause"
        assert {"role": "list", "name": "Parts of Pause"}.items() <= next(
            o for o in shown if o["role"] == "list" and o["name"]
        ).items()
        items = [o["name"] for o in shown if o["role"] == "list item"][:3]
        assert items == ["Breathe", "Goals", "Progress"]
        unnamed = [o["role"] for o in shown if o["role"] in INTERACTIVE and not o["name"]]
        assert unnamed == []
        buttons = [o["name"] for o in shown if o["role"] == "push button"]
        assert buttons.index("Start a pause") < buttons.index("Start breathing")

        subprocess.run([*pause, "pause"], env=env, check=True, capture_output=True, timeout=30)
        wanted = ["Stop.", "Breathe.", "Breathe in", "Breathe out"]

        def heard_all() -> bool:
            said = reader.announcements()
            return all(any(line.startswith(w) for line in said) for w in wanted)

        wait_for(heard_all, 25, f"the announcements {wanted}")
        said = reader.announcements()
        assert said[0].startswith("Stop. Stop what you are doing")
        assert said.index("Breathe in") < said.index("Breathe out")
        assert not any(line.isdigit() for line in said)  # never the countdown

        exercise = _shown(reader.tree())
        names = {o["name"]: o for o in exercise}
        assert "Breathing exercise" in names and "Breathing guide" in names
        assert names["Breathing guide"]["description"] in ("Breathe in", "Breathe out")
        assert {"Pause", "End", "Focus view"} <= {
            o["name"] for o in exercise if o["role"] == "push button"
        }
    finally:
        reader.close()
