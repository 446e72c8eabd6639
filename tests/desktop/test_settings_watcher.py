"""The running app's settings: its own writes go through the file's lock and merge, and a
settings file it cannot use is said once and never written over (issue 12: holes 6-8, 10)."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pause_app.core.settings import SPECS, Kind, Spec
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import FileProblem, Loaded, SettingsFile
from tests.helpers.clock import FakeClock
from tests.storage.test_settings_file import deny_reading, run_at_once


@pytest.fixture
def settings_file(pause_home: AppPaths) -> SettingsFile:
    pause_home.create()
    return SettingsFile(pause_home.settings)


@pytest.fixture
def watcher(settings_file: SettingsFile) -> Iterator[SettingsWatcher]:
    made = SettingsWatcher(settings_file, settings_file.load().settings)
    yield made
    made.deleteLater()


def _emitted(watcher: SettingsWatcher) -> list[Loaded]:
    seen: list[Loaded] = []
    watcher.settings_changed.connect(seen.append)
    return seen


def test_a_change_in_the_app_keeps_what_another_process_wrote(
    watcher: SettingsWatcher, settings_file: SettingsFile
) -> None:
    SettingsFile(settings_file.path).set("sound.volume", "70")  # `config set`, not yet seen
    watcher.set("ui.theme", "dark")
    stored = settings_file.load().settings
    assert (stored["sound.volume"], stored["ui.theme"]) == (70, "dark")
    assert (watcher.get("sound.volume"), watcher.get("ui.theme")) == (70, "dark")


def test_a_file_that_cannot_be_read_is_said_once_and_never_written_over(
    watcher: SettingsWatcher, settings_file: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file.set("sound.volume", "70")
    before = settings_file.path.read_bytes()
    seen = _emitted(watcher)
    deny_reading(monkeypatch, settings_file.path)
    watcher.set("ui.theme", "dark")  # no exception reaches the slot that called it
    watcher.set("ui.reduced_motion", "on")
    assert (watcher.get("ui.theme"), watcher.get("ui.reduced_motion")) == ("dark", "on")
    assert [loaded.unreadable for loaded in seen] == [FileProblem.NO_PERMISSION, None]
    monkeypatch.undo()
    assert settings_file.path.read_bytes() == before


def test_a_write_that_cannot_happen_keeps_the_value_until_pause_closes(
    watcher: SettingsWatcher, settings_file: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _emitted(watcher)

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    watcher.set("ui.theme", "dark")
    assert watcher.get("ui.theme") == "dark"
    [loaded] = seen
    assert loaded.unreadable is FileProblem.CANNOT_SAVE and "No space" in loaded.detail


def _wide(spec: Spec) -> bool:
    """A number setting with room for five values in a row."""
    low, high = spec.limits()
    return high - low >= 4


_WRITER = """
import sys
from pathlib import Path
from pause_app.core.settings import SPECS
from pause_app.storage.settings_file import SettingsFile
path, key = Path(sys.argv[1]), sys.argv[2]
low = SPECS[key].limits()[0]
sys.stdin.read()
for value in range(low, low + 4):
    SettingsFile(path).set(key, str(value))
"""


def test_the_app_and_eleven_config_sets_at_once_lose_nothing(
    watcher: SettingsWatcher, settings_file: SettingsFile
) -> None:
    keys = [key for key, spec in SPECS.items() if spec.kind is Kind.INT and _wide(spec)][:12]
    mine, others = keys[0], keys[1:]
    low = SPECS[mine].limits()[0]

    def the_app_writes_meanwhile() -> None:
        for value in range(low, low + 4):
            watcher.set(mine, str(value))

    run_at_once(
        [[sys.executable, "-c", _WRITER, str(settings_file.path), key] for key in others],
        settings_file.path.parent.parent,
        meanwhile=the_app_writes_meanwhile,
    )
    stored = settings_file.load().settings
    assert {key: stored[key] for key in keys} == {key: SPECS[key].limits()[0] + 3 for key in keys}


# --- the window meets the settings file --------------------------------------------------


@pytest.fixture
def started(qtbot) -> Iterator[list[object]]:
    built: list[object] = []
    yield built
    for pause in built:
        pause.window.close()  # type: ignore[attr-defined]
        pause.shutdown()  # type: ignore[attr-defined]


def _start(started: list[object]):  # type: ignore[no-untyped-def]
    from pause_app import app
    from pause_app.ui.reminders import no_tray_notice

    pause = app.build(app.StartOptions(), clock=FakeClock())
    assert isinstance(pause, app.Pause)
    started.append(pause)
    return pause, [t for t in pause.window.notices.texts() if t != no_tray_notice()]


def test_the_window_starts_beside_a_corrupt_file_it_cannot_move(
    started, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hole 10: the window died with PermissionError moving it to .bak (a read-only folder,
    simulated: the tests may run as root)."""
    pause_home.create()
    pause_home.settings.write_text("{oops")
    real_replace = os.replace

    def read_only_folder(source: object, target: object, *args: object, **kwargs: object) -> None:
        if Path(str(source)) == pause_home.settings:
            raise PermissionError(errno.EROFS, "Read-only file system")
        real_replace(source, target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", read_only_folder)
    _pause, notices = _start(started)
    [text] = notices
    assert str(pause_home.settings) in text and "leaves the file as it is" in text
    assert pause_home.settings.read_text() == "{oops"


def test_the_window_starts_beside_a_file_it_cannot_read(
    started, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    pause_home.create()
    SettingsFile(pause_home.settings).set("sound.volume", "70")
    before = pause_home.settings.read_bytes()
    deny_reading(monkeypatch, pause_home.settings)
    pause, notices = _start(started)
    [text] = notices
    assert str(pause_home.settings) in text
    pause.watcher.set("ui.welcomed", "true")  # the app writes: the file is not written over
    assert pause.window.notices.texts().count(text) == 1
    monkeypatch.undo()
    assert pause_home.settings.read_bytes() == before


def test_the_window_starts_with_any_pause_in_the_file(started, pause_home: AppPaths) -> None:
    """Hole 7: `reminders.paused_until` 9999-12-31T23:59:59Z stopped every start."""
    pause_home.create()
    pause_home.settings.write_text('{"reminders": {"paused_until": "9999-12-31T23:59:59Z"}}')
    _pause, notices = _start(started)
    [text] = notices
    assert "reminders.paused_until" in text
