"""Start at login: an XDG autostart entry (Linux), the Run key (Windows), a LaunchAgent
(macOS). Pause starts in the tray (``--minimized``)."""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSettings

from pause_app import APP_ID
from pause_app.storage import atomic

WINDOWS_RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE = "Pause"


def default_command() -> list[str]:
    """The installed ``pause-app`` beside this Python, else this Python running the package."""
    beside = Path(sys.executable).with_name("pause-app")
    found = str(beside) if beside.exists() else shutil.which("pause-app")
    base = [found] if found else [sys.executable, "-m", "pause_app"]
    return [*base, "--minimized"]


def _exec_quote(argument: str) -> str:
    """Quoting for a desktop entry's Exec key (reserved characters inside double quotes)."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'.replace("%", "%%")


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Pause\n"
        "Comment=Gentle reminders to pause and breathe\n"
        f"Exec={' '.join(_exec_quote(part) for part in command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def windows_entry(command: list[str]) -> tuple[str, str, str]:
    """(key, value name, command line) for the Run key."""
    return WINDOWS_RUN_KEY, WINDOWS_VALUE, subprocess.list2cmdline(command)


def launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


class Autostart:
    def __init__(
        self,
        platform: str = sys.platform,
        environ: Mapping[str, str] | None = None,
        home: Path | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.platform = platform
        self.environ = dict(os.environ) if environ is None else dict(environ)
        self.home = home or Path.home()
        self.command = command or default_command()

    @property
    def path(self) -> Path:
        """The file Pause writes (Linux, macOS)."""
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        config = self.environ.get("XDG_CONFIG_HOME") or str(self.home / ".config")
        return Path(config) / "autostart" / f"{APP_ID}.desktop"

    def enabled(self) -> bool:
        if self.platform == "win32":
            return QSettings(WINDOWS_RUN_KEY, QSettings.Format.NativeFormat).contains(WINDOWS_VALUE)
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def set_enabled(self, on: bool) -> None:
        """Raises OSError when it cannot be done; the caller says so."""
        if self.platform == "win32":
            key, name, line = windows_entry(self.command)
            settings = QSettings(key, QSettings.Format.NativeFormat)
            if on:
                settings.setValue(name, line)
            else:
                settings.remove(name)
            settings.sync()
            if settings.status() != QSettings.Status.NoError:
                raise OSError(f"could not change {key}")
            return
        if on:
            data = (
                launch_agent(self.command)
                if self.platform == "darwin"
                else desktop_entry(self.command).encode()
            )
            atomic.write_bytes(self.path, data, mode=0o644)
        else:
            self.path.unlink(missing_ok=True)

    def describe(self) -> str:
        return shlex.join(self.command)
