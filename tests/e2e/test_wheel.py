"""The package on its own: built from the repository as pip and pipx build it, installed into
a fresh venv outside the repository, and speaking Dutch there, in the CLI and the window.

The build is the real one (``python -m build``: an isolated environment, PySide6-Essentials
from the package index for lrelease, the sdist, then the wheel from the sdist). The fresh
venv borrows this venv's PySide6, pyqtgraph and NumPy through a path file instead of
downloading 600 MB again; Pause itself comes only from the wheel.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from pause_app import __version__

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
BUILD_SECONDS = 300

_WINDOW_IN_DUTCH = """
import pause_app, sys
from PySide6.QtWidgets import QApplication
from pause_app.storage import paths
from pause_app.text import i18n
from pause_app.ui.about import AboutDialog
app = QApplication([])
translations = i18n.Translations()
assert translations.install("nl"), "no Dutch catalogue"
dialog = AboutDialog(paths.resolve(None, {"PAUSE_APP_HOME": sys.argv[1]}))
print(pause_app.__file__)
print(dialog.windowTitle())
print(dialog.title.text())
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=BUILD_SECONDS,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


def _fresh_venv(folder: Path, wheel: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    ask = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = subprocess.run(
        [str(folder / "bin" / "python"), "-c", ask], capture_output=True, text=True, check=True
    ).stdout.strip()
    # The dependencies from this venv, after the fresh venv's own site-packages; their .pth
    # files (among them this repository's editable install) are not read from a path file.
    borrowed = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(site, "borrowed-dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(folder / "bin" / "python"), "install",
         "--quiet", "--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)],
        check=True,
    )  # fmt: skip
    return folder / "bin"


def test_the_sdist_and_the_wheel_carry_the_compiled_translations(built: Path) -> None:
    [wheel] = built.glob(f"pause_app-{__version__}-py3-none-any.whl")
    [sdist] = built.glob(f"pause_app-{__version__}.tar.gz")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("translations/pause_nl.qm", "translations/pause_en.qm",
                 "icons/org.pauseapp.Pause.svg", "sounds/end_chime.wav"):  # fmt: skip
        assert f"pause_app/resources/{name}" in names
    with tarfile.open(sdist) as archive:
        inside = archive.getnames()
    assert f"pause_app-{__version__}/resources/translations/pause_nl.qm" in inside
    assert wheel.stat().st_size < 2 * 1024 * 1024


def test_installed_from_the_wheel_it_speaks_dutch(built: Path, tmp_path: Path) -> None:
    [wheel] = built.glob("*.whl")
    bin_dir = _fresh_venv(tmp_path / "venv", wheel)
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PAUSE_APP_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "pause-app"), *argv], env=env, cwd=tmp_path,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    assert run("--version").stdout == f"pause-app {__version__}\n"
    dutch = run("--lang", "nl", "activity", "list")
    assert (dutch.returncode, dutch.stderr) == (0, "")
    assert dutch.stdout.startswith("Nog geen activiteiten.")
    english = run("activity", "list")
    assert (english.returncode, english.stderr) == (0, "")
    assert english.stdout.startswith("No activities yet.")
    window = subprocess.run(
        [str(bin_dir / "python"), "-c", _WINDOW_IN_DUTCH, str(tmp_path / "home")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert window.returncode == 0, window.stderr
    where, title, heading = window.stdout.splitlines()
    assert where.startswith(str(tmp_path / "venv"))  # the wheel's Pause, not the repository's
    assert (title, heading) == ("Over Pause", f"Pause {__version__}")
    assert window.stderr == ""
