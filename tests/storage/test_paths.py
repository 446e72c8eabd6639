from pathlib import Path

import pytest

from pause_app.storage import paths


def test_data_dir_option_wins_over_the_environment(tmp_path: Path) -> None:
    resolved = paths.resolve(tmp_path / "option", {paths.HOME_ENV: str(tmp_path / "env")})
    assert resolved.data_dir == resolved.config_dir == tmp_path / "option"
    assert resolved.log_dir == tmp_path / "option" / "logs"
    assert resolved.database == tmp_path / "option" / "pause.sqlite3"
    assert resolved.settings == tmp_path / "option" / "settings.json"


def test_environment_puts_everything_in_one_folder(tmp_path: Path) -> None:
    resolved = paths.resolve(None, {paths.HOME_ENV: str(tmp_path / "env")})
    assert resolved.data_dir == resolved.config_dir == tmp_path / "env"


def test_platform_dirs_otherwise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    resolved = paths.resolve(None, {})
    assert resolved.data_dir == tmp_path / "data" / "pause-app"
    assert resolved.config_dir == tmp_path / "config" / "pause-app"
    assert resolved.log_dir.is_relative_to(tmp_path / "state")


def test_folders_are_created_private(tmp_path: Path) -> None:
    app_paths = paths.AppPaths.single(tmp_path / "new")
    app_paths.create()
    for folder in (app_paths.data_dir, app_paths.log_dir):
        assert folder.stat().st_mode & 0o777 == 0o700
