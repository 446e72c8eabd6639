"""Start at login: the Linux entry for real in a temporary home, the others exactly."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from pause_app.desktop.autostart import (
    WINDOWS_RUN_KEY,
    Autostart,
    default_command,
    desktop_entry,
    exec_line,
    launch_agent,
    windows_entry,
)

COMMAND = ["/opt/Pause App/bin/pause-app", "--minimized"]


def test_linux_writes_and_removes_an_xdg_autostart_entry(tmp_path: Path) -> None:
    home = tmp_path / "home"
    start = Autostart("linux", {}, home, COMMAND)
    assert not start.enabled()
    start.set_enabled(True)
    entry = home / ".config" / "autostart" / "org.pauseapp.Pause.desktop"
    assert start.path == entry and start.enabled()
    text = entry.read_text()
    assert 'Exec="/opt/Pause App/bin/pause-app" --minimized\n' in text
    assert "Icon=org.pauseapp.Pause\n" in text
    assert entry.stat().st_mode & 0o777 == 0o600  # like every file Pause makes: owner-only
    assert entry.parent.stat().st_mode & 0o777 == 0o700
    start.set_enabled(False)
    assert not entry.exists() and not start.enabled()
    start.set_enabled(False)  # turning off twice is fine


def test_linux_respects_xdg_config_home(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere"
    start = Autostart("linux", {"XDG_CONFIG_HOME": str(config)}, tmp_path / "home", COMMAND)
    start.set_enabled(True)
    assert (config / "autostart" / "org.pauseapp.Pause.desktop").exists()


def test_an_entry_hidden_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    start = Autostart("linux", {}, tmp_path, COMMAND)
    start.set_enabled(True)
    start.path.write_text(start.path.read_text() + "Hidden=true\n")
    assert not start.enabled()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_linux_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    start = Autostart("linux", {}, tmp_path, [*COMMAND[:1], "--lang", "nl's", "--minimized"])
    start.set_enabled(True)
    result = subprocess.run(
        ["desktop-file-validate", str(start.path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_failure_is_an_oserror_for_the_caller_to_say(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    start = Autostart("linux", {"XDG_CONFIG_HOME": str(blocked)}, tmp_path, COMMAND)
    with pytest.raises(OSError):
        start.set_enabled(True)


def test_the_windows_run_value() -> None:
    assert windows_entry(COMMAND) == (
        r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run",
        "Pause",
        '"/opt/Pause App/bin/pause-app" --minimized',
    )
    assert WINDOWS_RUN_KEY.startswith("HKEY_CURRENT_USER")


def test_the_macos_launch_agent(tmp_path: Path) -> None:
    assert plistlib.loads(launch_agent(COMMAND)) == {
        "Label": "org.pauseapp.Pause",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    start = Autostart("darwin", {}, tmp_path, COMMAND)
    assert start.path == tmp_path / "Library" / "LaunchAgents" / "org.pauseapp.Pause.plist"
    start.set_enabled(True)
    assert plistlib.loads(start.path.read_bytes())["ProgramArguments"] == COMMAND
    assert start.enabled()


def test_the_command_starts_pause_in_the_tray() -> None:
    command = default_command()
    assert command[-1] == "--minimized"
    assert command[0].endswith("pause-app") or command[1:3] == ["-m", "pause_app"]
    assert desktop_entry(command).count("Exec=") == 1


def _parse_exec(value: str) -> list[str]:
    """Read an Exec value back the way the desktop entry spec says a launcher does."""
    unescaped, i = "", 0
    while i < len(value):  # first the string escapes of every value
        if value[i] == "\\" and i + 1 < len(value):
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]]
            i += 2
        else:
            unescaped += value[i]
            i += 1
    arguments: list[str] = []
    current: str | None = None
    quoted, escape = False, False
    for char in unescaped:  # then the quoting of the Exec key
        if quoted:
            if escape:
                current, escape = (current or "") + char, False
            elif char == "\\":
                escape = True
            elif char == '"':
                quoted = False
            else:
                current = (current or "") + char
        elif char == '"':
            quoted, current = True, current or ""
        elif char == " ":
            if current is not None:
                arguments.append(current)
            current = None
        else:
            current = (current or "") + char
    if current is not None:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


AWKWARD = [
    "/home/me/My $HOME/pause-app",
    'say "hi"',
    "back\\slash",
    "100%",
    "tab\there",
    "`uname`",
    "",
    "--minimized",
]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_awkward_arguments_are_quoted_as_the_spec_says(tmp_path: Path) -> None:
    start = Autostart("linux", {}, tmp_path, AWKWARD)
    start.set_enabled(True)
    result = subprocess.run(
        ["desktop-file-validate", str(start.path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [line] = [line for line in start.path.read_text().splitlines() if line.startswith("Exec=")]
    assert _parse_exec(line.removeprefix("Exec=")) == AWKWARD
    assert exec_line(["/usr/bin/pause-app", "--minimized"]) == "/usr/bin/pause-app --minimized"
    assert exec_line(["back\\slash"]) == '"back\\\\\\\\slash"'  # four, as the spec says


def test_an_entry_the_desktop_turned_off_counts_as_off(tmp_path: Path) -> None:
    start = Autostart("linux", {}, tmp_path, COMMAND)
    start.set_enabled(True)
    text = start.path.read_text()
    start.path.write_text(text.replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not start.enabled()
    start.path.write_text(text + "X-Hidden=true\n")  # not our key
    assert start.enabled()


def test_the_windows_command_line_quotes_as_windows_parses() -> None:
    command = ["C:\\Program Files\\Pause\\pause-app.exe", 'say "hi"', "end\\", "--minimized"]
    _key, _name, line = windows_entry(command)
    assert line == '"C:\\Program Files\\Pause\\pause-app.exe" "say \\"hi\\"" end\\ --minimized'
