"""The language, read before the settings' schema loads (a start in the tray shows its
menu in it): only a known language from a regular, small, JSON settings file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pause_app.storage import settings_peek

KNOWN = ("en", "nl")


def written(folder: Path, content: bytes | str) -> Path:
    path = folder / "settings.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


def test_the_language_setting_is_read(tmp_path: Path) -> None:
    tree = {"version": 1, "ui": {"language": "nl", "theme": "dark"}}
    assert settings_peek.language(written(tmp_path, json.dumps(tree)), KNOWN) == "nl"


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = written(tmp_path, b"\xef\xbb\xbf" + json.dumps({"ui": {"language": "en"}}).encode())
    assert settings_peek.language(path, KNOWN) == "en"


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({"ui": {"language": "fr"}}),  # not one Pause speaks
        json.dumps({"ui": {"language": ["nl"]}}),
        json.dumps({"ui": "nl"}),
        json.dumps(["nl"]),
        json.dumps({"language": "nl"}),  # not where the setting lives
        "{not json",
        b"\xff\xfe\x00",
        "[" * 100_000,  # deeper than the parser goes
        "",
    ],
)
def test_anything_else_is_the_systems_language(tmp_path: Path, content: str | bytes) -> None:
    assert settings_peek.language(written(tmp_path, content), KNOWN) == ""


def test_a_missing_file_is_the_systems_language(tmp_path: Path) -> None:
    assert settings_peek.language(tmp_path / "settings.json", KNOWN) == ""


def test_a_file_larger_than_settings_is_not_read_whole(tmp_path: Path) -> None:
    padding = " " * settings_peek.MAX_BYTES
    path = written(tmp_path, json.dumps({"ui": {"language": "nl"}}) + padding)
    assert settings_peek.language(path, KNOWN) == ""


def test_a_pipe_is_never_opened(tmp_path: Path) -> None:
    """Opening a FIFO would wait for a writer: the start would hang before its icon."""
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    assert settings_peek.language(path, KNOWN) == ""


def test_a_folder_is_the_systems_language(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    assert settings_peek.language(tmp_path / "settings.json", KNOWN) == ""
