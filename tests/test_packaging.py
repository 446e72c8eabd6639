"""The .desktop file, the AppStream metainfo, the icon and the package agree on names."""

from __future__ import annotations

import configparser
import importlib.util
import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pause_app import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_gui_script() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    entry = _desktop_entry()
    assert entry["Exec"] in scripts
    assert entry["Icon"] == APP_ID
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").exists()


def test_the_metainfo_names_the_same_app_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


# --- the build, the bundle and the install script ----------------------------------------


def test_a_bundle_starts_itself_again_not_a_python(monkeypatch) -> None:
    from pause_app import app

    options = app.StartOptions(lang="nl")
    assert app.restart_arguments(options)[:2] == ["-m", "pause_app"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app.restart_arguments(options) == ["--lang", "nl"]  # sys.executable is the bundle


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ""}, "freebsd14", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_no_display_is_known_before_qt_aborts(environ, platform, missing) -> None:
    from pause_app import app

    assert app.display_missing(environ, platform) is missing


def test_without_a_display_the_window_says_so_in_one_line(tmp_path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PAUSE_APP_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "pause_app"], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr
    assert not list(tmp_path.iterdir())  # nothing was written


def test_the_build_compiles_the_translations_or_says_why_not(tmp_path, monkeypatch) -> None:
    setup = _setup_module(monkeypatch)
    written = setup.compile_translations(tmp_path / "qm")
    assert sorted(path.name for path in written) == ["pause_en.qm", "pause_nl.qm"]
    assert all(path.stat().st_size > 0 for path in written)
    monkeypatch.setattr(setup, "_lrelease", lambda: None)
    monkeypatch.setattr(setup, "SOURCES", tmp_path / "sources")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "pause_nl.ts").write_text("<TS/>")
    with pytest.raises(setup.ExecError, match=r"^Pause's translations cannot be compiled: "):
        setup.compile_translations(tmp_path / "elsewhere")


def _setup_module(monkeypatch):
    """setup.py as a module, without running setup()."""
    import setuptools

    monkeypatch.setattr(setuptools, "setup", lambda **_: None)
    spec = importlib.util.spec_from_file_location("pause_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
