"""Every test runs offscreen, in English, with its own data folder and a home that is not yours."""

from __future__ import annotations

import os
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

# Deterministic: the same examples on every run and machine (STYLE.md: tests do not flake).
settings.register_profile("pause", derandomize=True, deadline=None)
settings.load_profile("pause")


@pytest.fixture(autouse=True)
def pause_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    """PAUSE_APP_HOME points at a fresh folder; HOME and the XDG dirs point elsewhere in tmp."""
    fake_home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(fake_home))
    for variable, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(variable, str(fake_home / sub))
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
    installed = i18n.Translations()
    yield installed
    installed.uninstall()
