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
    names = ("pause-app.exe", "pause-app") if sys.platform == "win32" else ("pause-app",)
    beside = [Path(sys.executable).with_name(name) for name in names]
    found = next((str(path) for path in beside if path.exists()), None) or shutil.which("pause-app")
    base = [found] if found else [sys.executable, "-m", "pause_app"]
    return [*base, "--minimized"]


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key, as the spec quotes it: an argument with a
    reserved character goes in double quotes, with ``"`$\\`` escaped by a backslash inside;
    a literal ``%`` is ``%%`` (field codes)."""
    if argument and not _RESERVED.intersection(argument):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'.replace("%", "%%")


def _string_value(text: str) -> str:
    """A desktop entry string value: backslash, newline, tab and return escaped. This applies
    after the Exec quoting, so a literal backslash in a quoted argument is written ``\\\\``."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def exec_line(command: list[str]) -> str:
    """The value of the Exec key that runs ``command``."""
    return _string_value(" ".join(_exec_quote(part) for part in command))


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Pause\n"
        "Comment=Gentle reminders to pause and breathe\n"
        f"Exec={exec_line(command)}\n"
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
        if self.platform == "darwin":
            return True
        keys = dict(
            line.split("=", 1) for line in text.splitlines() if "=" in line and line[:1] != "#"
        )
        off = keys.get("Hidden", "").strip() == "true"  # how a desktop says "removed"
        return not off and keys.get("X-GNOME-Autostart-enabled", "").strip() != "false"

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
            atomic.write_bytes(self.path, data)  # owner-only: only this user's session reads it
        else:
            self.path.unlink(missing_ok=True)

    def describe(self) -> str:
        return shlex.join(self.command)
