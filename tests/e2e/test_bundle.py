"""The PyInstaller bundle as a person gets it: built once (about half a minute), started with
a clean environment, in a tray on a virtual screen, and from the command line.

``PAUSE_BUNDLE=dist/pause-app`` tests a bundle built before (by ``make bundle``) instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pause_app import APP_ID, __version__
from pause_app.desktop.autostart import exec_line
from tests.e2e.desktop_session import desktop_session, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
BUILD_SECONDS = 600
START_SECONDS = 30
SIZE_LIMIT_MIB = 200  # 169 MiB today (docs/PACKAGING.md); a doubling of Qt would show here


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("PAUSE_BUNDLE")
    if given:
        return Path(given).resolve()
    work = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    assert pyinstaller.exists(), "PyInstaller is missing: make e2e installs it"
    started = time.monotonic()
    done = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "pause-app.spec")],
        capture_output=True, text=True, timeout=BUILD_SECONDS,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return work / "dist" / "pause-app"


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """As from a desktop's menu: no venv, no PYTHONPATH, no Qt variables."""
    return {"HOME": str(tmp_path), "PAUSE_APP_HOME": str(tmp_path / "data"), **extra}


def _run(bundle: Path, env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / "pause-app"), *argv], env=env, cwd="/",
        capture_output=True, text=True, timeout=START_SECONDS,
    )  # fmt: skip


def test_the_bundle_is_small_and_leaves_out_what_pause_never_uses(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    size_mib = sum(path.stat().st_size for path in files) / 2**20
    print(f"bundle: {size_mib:.0f} MiB in {len(files)} files")
    assert size_mib < SIZE_LIMIT_MIB
    names = " ".join(path.name for path in files)
    left_out = ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Qt6Pdf", "libavcodec", "tkinter",
                "libqoffscreen", "libwl-shell", "Qt6EglFS", "_codecs_jp", "qt_help_nl")  # fmt: skip
    for unused in left_out:
        assert unused not in names
    assert "libxdg-shell.so" in names and "qtbase_nl.qm" in names
    resources = bundle / "_internal" / "pause_app" / "resources"
    assert (resources / "translations" / "pause_nl.qm").exists()
    assert (bundle / "install.sh").exists() and (bundle / "uninstall.sh").exists()


def test_every_module_loads_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """The chart's NumPy and pyqtgraph load only when Progress first shows: asked here."""
    done = _run(bundle, _clean_env(tmp_path, PAUSE_BUNDLE_CHECK="1"))
    assert done.returncode == 0, done.stdout + done.stderr
    count = int(done.stdout.split()[0])
    assert count > 50, done.stdout  # the walk found the package, not nothing


def test_headless_commands_speak_dutch_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    assert _run(bundle, env, "--version").stdout == f"pause-app {__version__}\n"
    added = _run(bundle, env, "--lang", "nl", "activity", "add", "Lopen", "--unit", "minuten",
                 "--target", "5")  # fmt: skip
    assert (added.returncode, added.stderr) == (0, "")
    assert "toegevoegd" in added.stdout
    listed = _run(bundle, env, "activity", "list")
    assert (listed.returncode, listed.stderr) == (0, "") and "Lopen" in listed.stdout
    bad = _run(bundle, env, "--lang", "nl", "log", "Lopen", "-1", "--felt", "good")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_without_a_display_the_bundle_says_so_in_one_line(bundle: Path, tmp_path: Path) -> None:
    done = _run(bundle, _clean_env(tmp_path))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr


def _in_the_tray(windows: str) -> bool:
    """Pause's icon window sits inside trayer's panel in the window tree."""
    lines = windows.splitlines()
    panel = next((i for i, line in enumerate(lines) if '("panel" "trayer")' in line), None)
    if panel is None:
        return False
    depth = len(lines[panel]) - len(lines[panel].lstrip())
    for line in lines[panel + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) <= depth:
            return False
        if '("pause-app" "Pause")' in line:
            return True
    return False


def test_in_a_tray_on_a_virtual_screen_and_quit_by_sigterm(bundle: Path, tmp_path: Path) -> None:
    with desktop_session(tmp_path / "desktop", notifications="fake") as desktop:
        env = _clean_env(
            tmp_path,
            DISPLAY=desktop.env["DISPLAY"],
            DBUS_SESSION_BUS_ADDRESS=desktop.env["DBUS_SESSION_BUS_ADDRESS"],
        )
        started = time.monotonic()
        app = desktop.start(
            [str(bundle / "pause-app"), "--minimized", "--lang", "nl", "-v"], "pause", env=env
        )
        wait_for(lambda: _in_the_tray(desktop.windows()), START_SECONDS, "the tray icon")
        print(f"bundle: tray icon after {time.monotonic() - started:.2f} s")
        # A second start, as from the menu: the running one shows its window, in Dutch.
        second = _run(bundle, env, "--lang", "nl")
        assert second.returncode == 0 and "Pause draait al" in second.stdout
        wait_for(lambda: re.search(r'"Pause"\)\s+\d{3,}x\d{3,}', desktop.windows()) is not None,
                 START_SECONDS, "the window")  # fmt: skip
        if shutil.which("xwd") and os.environ.get("PAUSE_BUNDLE_SHOT"):
            shot = Path(os.environ["PAUSE_BUNDLE_SHOT"])
            subprocess.run(["xwd", "-root", "-silent", "-display", env["DISPLAY"], "-out",
                            str(shot)], check=True)  # fmt: skip
        app.terminate()  # SIGTERM
        assert app.wait(START_SECONDS) == 0
    log = (desktop.folder / "pause.log").read_text(errors="replace")
    assert "Traceback" not in log and "no compiled translation" not in log
    assert "Pause is running in the tray" in log


def test_installed_for_the_user_it_is_in_the_menu_and_leaves_cleanly(
    bundle: Path, tmp_path: Path
) -> None:
    home, data = tmp_path / "home", tmp_path / "home" / "xdg-data"
    user_data = data / "pause-app"
    user_data.mkdir(parents=True)
    (user_data / "pause.sqlite3").write_text("the user's diary")
    env = {"HOME": str(home), "XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([str(bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    valid = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert (valid.returncode, valid.stdout) == (0, "")
    executable = home / ".local" / "lib" / "pause-app" / "pause-app"
    assert f"Exec={exec_line([str(executable)])}\n" in entry.read_text()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    installed = _run(executable.parent, _clean_env(tmp_path), "--version")
    assert installed.stdout == f"pause-app {__version__}\n"
    gone = subprocess.run(
        [str(executable.parent / "uninstall.sh")], env=env, capture_output=True, text=True
    )
    assert gone.returncode == 0, gone.stderr
    assert not (home / ".local" / "lib" / "pause-app").exists() and not entry.exists()
    assert not (home / ".local" / "bin" / "pause-app").is_symlink()
    assert (user_data / "pause.sqlite3").read_text() == "the user's diary"
    assert not (home / ".local").exists()  # the folders the install made went too
