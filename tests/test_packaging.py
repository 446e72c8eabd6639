"""The .desktop file, the AppStream metainfo, the icon and the package agree on names."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import re
import shutil
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
    monkeypatch.setattr(setup, "_lrelease", lambda: [str(tmp_path / "no-such-lrelease")])
    with pytest.raises(setup.ExecError, match=r"could not be started"):
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


def test_the_store_page_is_complete_in_both_languages() -> None:
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(s.get(lang) == "nl" for s in root.findall("summary"))
    assert any(p.get(lang) == "nl" for p in root.findall("description/p"))
    keywords = root.findall("keywords/keyword")
    assert {k.get(lang) for k in keywords} == {None, "nl"}
    assert root.find("developer/name") is not None
    assert root.find("content_rating") is not None
    images = [image.text or "" for image in root.findall("screenshots/screenshot/image")]
    assert images and all(
        (ROOT / "docs" / "screenshots" / i.rsplit("/", 1)[1]).exists() for i in images
    )


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstream_validates_the_store_page_without_warnings() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
    assert "warnings:" not in done.stdout and "errors:" not in done.stdout


def test_the_flatpak_manifest_asks_only_for_what_pause_uses() -> None:
    manifest = json.loads((ROOT / "packaging" / f"{APP_ID}.json").read_text())
    assert manifest["id"] == APP_ID and manifest["base"] == "io.qt.PySide.BaseApp"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert manifest["command"] in scripts
    env = manifest["build-options"]["env"]
    assert env.get("BASEAPP_REMOVE_WEBENGINE") == "1" and "BASEAPP_DISABLE_NUMPY" not in env
    args = manifest["finish-args"]
    assert not [a for a in args if a.startswith(("--filesystem", "--share=network"))]
    assert (
        "--socket=session-bus" not in args and "--talk-name=org.freedesktop.Notifications" in args
    )


def test_the_flatpak_brings_every_dependency_the_baseapp_does_not() -> None:
    manifest = json.loads((ROOT / "packaging" / f"{APP_ID}.json").read_text())
    wanted = {
        re.split(r"[<>=!;\s\[]", requirement, maxsplit=1)[0].lower()
        for requirement in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
            "dependencies"
        ]
    } - {"pyside6"}  # the BaseApp's
    module = next(m for m in manifest["modules"] if m["name"] == "python3-dependencies")
    installed = set(module["build-commands"][0].split()) & wanted
    wheels = {
        source["url"].rsplit("/", 1)[1].split("-")[0].lower()
        for source in module["sources"]
        if re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", ""))
    }
    assert installed == wanted and wanted <= wheels


def _fake_bundle(folder: Path) -> Path:
    """What the install script needs of a bundle, without building one."""
    (folder / "_internal").mkdir(parents=True)
    executable = folder / "pause-app"
    executable.write_text("#!/bin/sh\necho pause-app\n")
    executable.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / script, folder / script)
    for source, target in (
        (DESKTOP, f"share/applications/{APP_ID}.desktop"),
        (METAINFO, f"share/metainfo/{APP_ID}.metainfo.xml"),
        (ROOT / "resources" / "icons" / f"{APP_ID}.svg",
         f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
    ):  # fmt: skip
        (folder / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, folder / target)
    return folder


def _install(
    bundle: Path, env: dict[str, str], *options: str, script: str = "install.sh"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(bundle / script), *options], env=env, capture_output=True, text=True
    )


def _tree(folder: Path) -> dict[str, str]:
    """Every path under ``folder`` (folders too), with a file's text."""
    return {
        str(path): "" if path.is_dir() else path.read_text(errors="replace")
        for path in sorted(folder.rglob("*"))
    }


def _validate(entry: Path) -> None:
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert (valid.returncode, valid.stdout) == (0, "")


def test_the_install_script_puts_pause_in_the_menu_and_takes_only_that_away(tmp_path) -> None:
    from pause_app.desktop import autostart

    bundle = _fake_bundle(tmp_path / "unpacked")
    home, data = tmp_path / "home", tmp_path / "home" / "xdg-data"
    (data / "pause-app").mkdir(parents=True)
    (data / "pause-app" / "pause.sqlite3").write_text("the diary")
    (data / "applications").mkdir()
    (data / "applications" / "other.desktop").write_text("someone else's")
    env = {"HOME": str(home), "XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"}
    before = _tree(home)
    done = _install(bundle, env)
    assert done.returncode == 0, done.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    lib = home / ".local" / "lib" / "pause-app"
    assert f"Exec={autostart.exec_line([str(lib / 'pause-app')])}\n" in entry.read_text()
    _validate(entry)
    assert (home / ".local" / "bin" / "pause-app").resolve() == lib / "pause-app"
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert (lib / "uninstall.sh").exists()
    assert _install(bundle, env).returncode == 0  # again: an update
    # Start at login, as Pause's settings write it for the installed program.
    login = home / ".config" / "autostart" / f"{APP_ID}.desktop"
    login.parent.mkdir(parents=True)
    login.write_text(autostart.desktop_entry([str(lib / "pause-app"), "--minimized"]))
    gone = _install(lib, env, script="uninstall.sh")
    assert gone.returncode == 0, gone.stderr
    assert not lib.exists() and not entry.exists() and not login.exists()
    assert not (home / ".local" / "bin" / "pause-app").is_symlink()
    assert (data / "pause-app" / "pause.sqlite3").read_text() == "the diary"
    assert _tree(home) == {**before, str(login.parent): "", str(login.parent.parent): ""}


def test_an_uninstall_keeps_what_came_in_since_and_a_login_entry_of_another_program(
    tmp_path,
) -> None:
    bundle = _fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    assert _install(bundle, env).returncode == 0
    other_icon = home / ".local/share/icons/hicolor/scalable/apps/other.svg"
    other_icon.write_text("<svg/>")
    login = home / ".config" / "autostart" / f"{APP_ID}.desktop"
    login.parent.mkdir(parents=True)
    login.write_text("[Desktop Entry]\nType=Application\nName=Pause\nExec=/opt/pause/pause-app\n")
    assert _install(bundle, env, "--uninstall").returncode == 0
    assert other_icon.exists() and login.exists()
    assert not (home / ".local" / "lib").exists() and not (home / ".local" / "bin").exists()
    assert not (home / ".local/share/applications").exists()


def test_the_installed_copy_started_again_says_so_and_changes_nothing(tmp_path) -> None:
    bundle = _fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    assert _install(bundle, env).returncode == 0
    before = _tree(home)
    lib = home / ".local" / "lib" / "pause-app"
    again = _install(lib, env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("\n") == 1 and "already installed" in again.stdout
    assert "uninstall.sh" in again.stdout
    assert _tree(home) == before


def test_a_home_with_spaces_and_a_percent_sign_gives_a_valid_entry(tmp_path) -> None:
    from pause_app.desktop import autostart

    bundle = _fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "my home 100% $mine"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = _install(bundle, env)
    assert done.returncode == 0, done.stderr
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    program = home / ".local" / "lib" / "pause-app" / "pause-app"
    line = f"Exec={autostart.exec_line([str(program)])}\n"
    assert line in entry.read_text() and "%%" in line and line.startswith('Exec="')
    _validate(entry)
    login = home / ".config" / "autostart" / f"{APP_ID}.desktop"
    login.parent.mkdir(parents=True)
    login.write_text(autostart.desktop_entry([str(program), "--minimized"]))
    assert _install(bundle, env, "--uninstall").returncode == 0
    assert not entry.exists() and not login.exists()


@pytest.mark.parametrize(
    "taken",
    [
        ".local/lib/pause-app/",
        ".local/bin/pause-app",
        f".local/share/applications/{APP_ID}.desktop",
        f".local/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f".local/share/metainfo/{APP_ID}.metainfo.xml",
    ],
)
def test_the_install_script_refuses_what_it_did_not_make(tmp_path, taken) -> None:
    bundle = _fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    path = home / taken
    path.parent.mkdir(parents=True)
    if taken.endswith("/"):
        path.mkdir()
    else:
        path.write_text("someone else's")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    before = _tree(home)
    done = _install(bundle, env)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "was not made by this script" in done.stderr
    assert _tree(home) == before
    assert _install(bundle, env, "--bogus").returncode == 1


@pytest.mark.parametrize(
    "inside", ["xdg-data/pause-app", "xdg-data/pause-app/sub", ".config/pause-app", "mine"]
)
def test_the_install_script_never_installs_into_pauses_data(tmp_path, inside) -> None:
    bundle = _fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home"
    env = {
        "HOME": str(home), "XDG_DATA_HOME": str(home / "xdg-data"),
        "PAUSE_APP_HOME": str(home / "mine"), "PATH": "/usr/bin:/bin",
    }  # fmt: skip
    (home / "xdg-data" / "pause-app").mkdir(parents=True)
    before = _tree(home)
    done = _install(bundle, env, "--prefix", str(home / inside))
    assert done.returncode == 1 and "inside Pause's data folder" in done.stderr
    assert _tree(home) == before


def test_without_a_terminal_the_result_shows_in_a_dialog(tmp_path) -> None:
    bundle = _fake_bundle(tmp_path / "unpacked")
    tools = tmp_path / "tools"
    tools.mkdir()
    said = tmp_path / "said"
    (tools / "zenity").write_text(f'#!/bin/sh\nprintf "%s|" "$@" >> "{said}"; echo >> "{said}"\n')
    (tools / "zenity").chmod(0o755)
    home = tmp_path / "home"
    env = {"HOME": str(home), "DISPLAY": ":9", "PATH": f"{tools}:/usr/bin:/bin"}
    assert _install(bundle, env).returncode == 0  # stdout is a pipe here, not a terminal
    assert _install(bundle, env, "--prefix", str(home / ".config" / "pause-app")).returncode == 1
    assert _install(bundle, env, script="uninstall.sh").returncode == 0
    first, refused, removed = said.read_text().splitlines()
    assert first.startswith("--info|") and "--no-markup|" in first and "Pause is installed" in first
    assert refused.startswith("--error|") and "data folder" in refused
    assert removed.startswith("--info|") and "Pause is removed" in removed
    del env["DISPLAY"]  # no desktop: the terminal line only
    assert _install(bundle, env).returncode == 0
    assert len(said.read_text().splitlines()) == 3


def test_the_install_script_speaks_dutch_where_the_desktop_does(tmp_path) -> None:
    bundle = _fake_bundle(tmp_path / "unpacked")
    env = {"HOME": str(tmp_path / "home"), "LANG": "nl_NL.UTF-8", "PATH": "/usr/bin:/bin"}
    done = _install(bundle, env)
    assert done.returncode == 0 and done.stdout.startswith("Pause is geïnstalleerd: ")
    again = _install(bundle, env, "--prefix", str(tmp_path / "home" / ".config" / "pause-app"))
    assert again.returncode == 1 and "ligt in de gegevensmap van Pause" in again.stderr
    gone = _install(bundle, env, script="uninstall.sh")
    assert gone.returncode == 0 and gone.stdout.startswith("Pause is verwijderd uit ")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to show the refusal")
@pytest.mark.parametrize("where", ["prefix", "data"])
def test_as_root_the_install_script_leaves_system_folders_alone(tmp_path, where) -> None:
    bundle = _fake_bundle(tmp_path / "unpacked")
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    if where == "prefix":
        done = _install(bundle, env, "--prefix", str(tmp_path / "usr-local"))
    else:
        env["XDG_DATA_HOME"] = str(tmp_path / "usr-local")
        done = _install(bundle, env)
    assert done.returncode == 1 and "add --system" in done.stderr
    assert not (tmp_path / "usr-local").exists() and not (tmp_path / "home").exists()


def test_the_readme_names_the_archives_of_this_version() -> None:
    readme = (ROOT / "README.md").read_text()
    install = readme[readme.index("## Install") : readme.index("## Two commands")]
    named = re.findall(r"pause[-_]app-\d[\w.]*?(?=-linux|\.tar|-py3)", install)
    assert named, install
    assert set(named) == {f"pause-app-{__version__}", f"pause_app-{__version__}"}
    assert f"pause_app-{__version__}.tar.gz" in install  # the sdist's name (PEP 625)


def test_one_homepage_everywhere() -> None:
    homepage = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]
    root = ET.parse(METAINFO).getroot()
    site = root.findtext("url[@type='homepage']")
    assert site and homepage["Homepage"] == site
    images = [image.text or "" for image in root.findall("screenshots/screenshot/image")]
    assert all(image.startswith(site.rstrip("/") + "/") for image in images)


def test_the_sdist_carries_what_its_tests_read() -> None:
    grafted = re.findall(r"^graft (\S+)$", (ROOT / "MANIFEST.in").read_text(), re.MULTILINE)
    assert {"packaging", "docs", "tests"} <= set(grafted)


def test_start_at_login_runs_the_bundle_itself(tmp_path, monkeypatch) -> None:
    from pause_app.desktop import autostart

    executable = tmp_path / "pause-app" / "pause-app"
    executable.parent.mkdir()
    executable.write_text("")
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.default_command() == [str(executable), "--minimized"]


def test_every_resource_file_is_in_the_wheel_and_the_bundle() -> None:
    """A file added under resources/ (the tray's PNGs, say) that no pattern names would be
    missing from an installed Pause, which then shows a blank icon without a word."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    wheel = data["package-data"]["pause_app.resources"]
    spec = (ROOT / "packaging" / "pause-app.spec").read_text()
    files = [
        path.relative_to(ROOT / "resources")
        for path in sorted((ROOT / "resources").rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".py"
    ]
    assert files
    for file in files:
        assert any(file.match(pattern) for pattern in wheel), f"{file} is not in the wheel"
        if file.suffix != ".ts":  # the sources of the translations stay out of the bundle
            pattern = f"{file.parent.as_posix()}/*{file.suffix}"
            assert f'"{pattern}"' in spec, f"{file} is not in the bundle"
