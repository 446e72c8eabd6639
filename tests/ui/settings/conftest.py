"""Fixtures for the settings tests: settings in the test's own folder, the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.settings import SettingsDialog
from tests.ui.settings.helpers import FakeAutostart


@pytest.fixture
def settings_file(pause_home: AppPaths) -> SettingsFile:
    pause_home.create()
    return SettingsFile(pause_home.settings)


@pytest.fixture
def settings(settings_file: SettingsFile) -> SettingsWatcher:
    return SettingsWatcher(settings_file, settings_file.load().settings)


@pytest.fixture
def autostart() -> FakeAutostart:
    return FakeAutostart()


@pytest.fixture
def dialog(qtbot, settings: SettingsWatcher, autostart: FakeAutostart) -> SettingsDialog:
    shown = SettingsDialog(settings, autostart)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def owner(qtbot) -> QWidget:
    window = QWidget()
    window.setObjectName("owner")
    qtbot.addWidget(window)
    window.show()
    return window
