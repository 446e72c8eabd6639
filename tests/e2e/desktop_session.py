"""A small desktop for end-to-end tests: a virtual screen (Xvfb), a private D-Bus session
with a notification service (dunst) and a watcher of its Notify calls (dbus-monitor), and
a system tray (trayer). Everything is started in its own process group and stopped after,
whatever happened."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

DEADLINE_SECONDS = 10.0


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Poll ``condition`` until it holds (a test helper: processes cannot signal us)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.05)
    raise TimeoutError(f"waited {seconds:.0f} s for {what}")


@dataclass
class Desktop:
    folder: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[BinaryIO] = field(default_factory=list)

    @property
    def monitor_log(self) -> Path:
        return self.folder / "dbus-monitor.log"

    def notify_calls(self) -> str:
        """What dbus-monitor saw of Notify calls on the session bus so far."""
        return self.monitor_log.read_text(errors="replace") if self.monitor_log.exists() else ""

    def windows(self) -> str:
        """The window tree of the virtual screen (xwininfo), to see what is shown."""
        tree = subprocess.run(
            ["xwininfo", "-display", self.env["DISPLAY"], "-root", "-tree"],
            capture_output=True, text=True,
        )  # fmt: skip
        return tree.stdout

    def start(
        self, argv: list[str], name: str, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        self.logs.append(log)
        process = subprocess.Popen(
            argv, env=env or self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
        for log in self.logs:
            log.close()


def _free_display() -> int:
    for number in range(90, 200):
        taken = Path(f"/tmp/.X11-unix/X{number}"), Path(f"/tmp/.X{number}-lock")
        if not any(path.exists() for path in taken):
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def desktop_session(folder: Path) -> Iterator[Desktop]:
    folder.mkdir(parents=True, exist_ok=True)
    desktop = Desktop(folder)
    bus_pid = 0
    try:
        display = f":{_free_display()}"
        desktop.start(
            ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            "xvfb",
            env=dict(os.environ),
        )
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), DEADLINE_SECONDS, "Xvfb")
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork",
             "--nosyslog"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        address, pid = bus.stdout.split()[:2]
        bus_pid = int(pid)
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
        }
        env.update(DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb")
        desktop.env = env
        desktop.start(
            ["dbus-monitor", "--address", address,
             "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
            "dbus-monitor",
        )  # fmt: skip
        desktop.start(["dunst"], "dunst")
        desktop.start(["trayer", "--edge", "top", "--align", "right"], "trayer")
        wait_for(lambda: '("panel" "trayer")' in desktop.windows(), DEADLINE_SECONDS, "the tray")
        yield desktop
    finally:
        desktop.stop()
        if bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, signal.SIGTERM)
