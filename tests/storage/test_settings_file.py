import json
import os
import stat
from pathlib import Path

import pytest

from pause_app.core.settings import SettingError
from pause_app.storage import atomic
from pause_app.storage.settings_file import SettingsFile


@pytest.fixture
def settings_file(tmp_path: Path) -> SettingsFile:
    return SettingsFile(tmp_path / "config" / "settings.json")


def test_a_missing_file_means_defaults_and_is_not_written(settings_file: SettingsFile) -> None:
    loaded = settings_file.load()
    assert loaded.settings["ui.language"] == "system"
    assert loaded.problems == [] and loaded.corrupt_backup is None
    assert not settings_file.path.exists()


def test_set_writes_a_private_versioned_grouped_file(settings_file: SettingsFile) -> None:
    settings_file.set("ui.theme", "dark")
    settings_file.set("sound.volume", "70")
    tree = json.loads(settings_file.path.read_text())
    assert tree["version"] == 1
    assert tree["ui"]["theme"] == "dark"
    assert tree["sound"]["volume"] == 70
    assert stat.S_IMODE(settings_file.path.stat().st_mode) == 0o600
    assert settings_file.load().settings["ui.theme"] == "dark"


def test_a_wrong_value_changes_nothing(settings_file: SettingsFile) -> None:
    settings_file.set("sound.volume", "70")
    before = settings_file.path.read_bytes()
    with pytest.raises(SettingError):
        settings_file.set("sound.volume", "loud")
    with pytest.raises(SettingError):
        settings_file.set("no.such.key", "1")
    assert settings_file.path.read_bytes() == before


def test_a_wrong_value_in_the_file_is_reported_and_replaced_for_that_key_only(
    settings_file: SettingsFile,
) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_text(
        json.dumps({"version": 1, "ui": {"theme": "neon", "language": "nl"}, "extra": {"kept": 1}})
    )
    loaded = settings_file.load()
    assert [p.key for p in loaded.problems] == ["ui.theme"]
    assert loaded.settings["ui.theme"] == "system"
    assert loaded.settings["ui.language"] == "nl"
    settings_file.set("sound.enabled", "true")
    tree = json.loads(settings_file.path.read_text())
    assert tree["extra"] == {"kept": 1}
    assert tree["ui"]["language"] == "nl"


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe", b""])
def test_a_corrupt_file_is_kept_as_bak(settings_file: SettingsFile, content: bytes) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_bytes(content)
    loaded = settings_file.load()
    assert loaded.corrupt_backup == settings_file.path.with_name("settings.json.bak")
    assert loaded.corrupt_backup.read_bytes() == content
    assert loaded.settings["ui.theme"] == "system"


def test_an_interrupted_write_keeps_the_old_file(
    settings_file: SettingsFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file.set("ui.theme", "dark")
    before = settings_file.path.read_bytes()

    def power_cut(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError, match="disk full"):
        settings_file.set("ui.theme", "light")
    assert settings_file.path.read_bytes() == before
    assert sorted(p.name for p in settings_file.path.parent.iterdir()) == ["settings.json"]


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    atomic.write_text(target, "one")
    atomic.write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def test_backups_never_overwrite_each_other(settings_file: SettingsFile) -> None:
    settings_file.path.parent.mkdir(parents=True)
    for content in (b"{first", b"{second"):
        settings_file.path.write_bytes(content)
        settings_file.load()
    folder = settings_file.path.parent
    assert (folder / "settings.json.bak").read_bytes() == b"{first"
    assert (folder / "settings.json.bak.2").read_bytes() == b"{second"


def test_a_look_without_repair_moves_nothing(settings_file: SettingsFile) -> None:
    settings_file.path.parent.mkdir(parents=True)
    settings_file.path.write_bytes(b"{half written")
    loaded = settings_file.load(repair=False)
    assert loaded.unreadable and loaded.corrupt_backup is None
    assert settings_file.path.read_bytes() == b"{half written"


def test_files_that_cannot_be_read_do_not_crash(settings_file: SettingsFile) -> None:
    settings_file.path.mkdir(parents=True)  # a folder where the file should be
    assert settings_file.load().unreadable
    settings_file.path.rmdir()
    settings_file.path.write_text("[" * 100_000)  # nested beyond Python's recursion limit
    assert settings_file.load().corrupt_backup is not None
