"""Every test runs offscreen, in English, with its own data folder and a home that is not yours."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display needed, and a predictable system language.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

import pytest
from hypothesis import settings
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from pause_app.storage import logs
from pause_app.storage.paths import HOME_ENV, AppPaths
from pause_app.storage.store import Store
from pause_app.text import i18n
from tests.helpers.clock import FakeClock
from tests.helpers.history import open_store

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _lrelease() -> str | None:
    """Qt's translation compiler, as the PySide6 wheel ships it."""
    import PySide6

    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    in_wheel = Path(PySide6.__file__).with_name("lrelease")
    for candidate in (str(beside_python), str(in_wheel), shutil.which("pyside6-lrelease")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def pytest_sessionstart(session: pytest.Session) -> None:
    """A fresh clone has only the .ts sources: compile the catalogues the Dutch tests load
    (what `make` does), so `pip install -e '.[test]' && pytest` works too. Under pytest-xdist
    (`make test` runs two workers) only the controlling process compiles, before the workers
    start; each catalogue is written beside its place and renamed in, so a test reading it
    never sees half a file."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    stale = [
        ts
        for ts in sorted(TRANSLATIONS.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return
    lrelease = _lrelease()
    if lrelease is None:
        return  # the tests that load a catalogue say what is missing
    for ts in stale:
        qm = ts.with_suffix(".qm")
        partial = qm.with_name(f".{qm.name}.{os.getpid()}")
        try:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(partial)], check=True)
            partial.replace(qm)
        finally:
            partial.unlink(missing_ok=True)


# Deterministic: the same examples on every run and machine (docs/STYLE.md: tests do not flake).
settings.register_profile("pause", derandomize=True, deadline=None)
settings.load_profile("pause")


def pytest_collection_finish(session: pytest.Session) -> None:
    """What the imports made lives to the end: the collector no longer looks through it, so
    collecting before each test (below) takes milliseconds, not a tenth of a second."""
    gc.collect()
    gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """What the tests before left to the garbage collector is freed now, before any fixture,
    not whenever the collector next runs by itself: that is at some allocation, even one
    inside a Qt call. A chart's pyqtgraph plots hold windows without a parent (each plot's
    "Plot Options" menu and its submenus), which only the collector deletes; collected inside
    QApplication.topLevelWidgets() (no_leaked_windows), between Qt's listing of the windows
    and PySide's wrapping of each, they left the list holding deleted windows: a crash."""
    gc.collect()


@pytest.fixture(autouse=True)
def pause_home(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppPaths]:
    """PAUSE_APP_HOME points at a fresh folder; HOME and the XDG dirs (the runtime folder too)
    point elsewhere in tmp."""
    fake_home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(fake_home))
    for variable, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(variable, str(fake_home / sub))
    # The single-instance socket's private folder, per test, outside the test's own folder.
    runtime = tmp_path_factory.mktemp("run")
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    folder = tmp_path / "pause-home"
    monkeypatch.setenv(HOME_ENV, str(folder))
    yield AppPaths.single(folder)
    logs.teardown()


@pytest.fixture
def clock() -> FakeClock:
    """15 March 2026, 10:00 in UTC+1, moving only when a test says so."""
    return FakeClock()


@pytest.fixture
def store(pause_home: AppPaths, clock: FakeClock) -> Iterator[Store]:
    """An open, empty store in the test's own data folder."""
    opened = open_store(pause_home, clock)
    yield opened
    opened.close()


def _running_timers(qapp: QApplication) -> set[int]:
    return {id(t) for t in qapp.findChildren(QTimer) if t.isActive()}


@pytest.fixture(autouse=True)
def _no_look_left_behind() -> Iterator[None]:
    """A test that starts Pause (app.build) applies the whole app's look, style sheet and
    all; the next test in the same process starts without it, as it would on its own."""
    from pause_app.ui.widgets import theme
    from tests.helpers.look import taking_back

    app = QApplication.instance()
    take_back = taking_back(app) if isinstance(app, QApplication) else None
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(theme.CALM_STYLE):
        if take_back is None:  # the test made the application: back to Qt's own look
            app.setStyleSheet("")
            app.setProperty(theme.CALM_STYLE, None)
        else:
            take_back()


@pytest.fixture
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves windows open or timers running on the application."""
    before = set(map(id, QApplication.topLevelWidgets()))
    timers_before = _running_timers(qapp)
    yield
    leaked_timers = [
        t.objectName() or repr(t)
        for t in qapp.findChildren(QTimer)
        if t.isActive() and id(t) not in timers_before
    ]
    assert not leaked_timers, f"test left timers running: {leaked_timers}"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaked, f"test left windows open: {[w.objectName() or w for w in leaked]}"


@pytest.fixture
def translations() -> Iterator[i18n.Translations]:
    """Translations to install in a test; English again afterwards."""
    if not (TRANSLATIONS / "pause_nl.qm").exists():
        pytest.skip("the Dutch catalogue is not built and Qt's lrelease is not installed")
    installed = i18n.Translations()
    yield installed
    installed.uninstall()
