"""The composition root: what a user sees when Pause starts in odd situations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from pause_app import app
from pause_app.core.commands import WindowCommand
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.reminders import no_tray_notice
from tests.helpers.clock import FakeClock

pytestmark = pytest.mark.usefixtures("no_leaked_windows")


def _options(**overrides: Any) -> app.StartOptions:
    return app.StartOptions(**overrides)


@pytest.fixture
def started(qtbot) -> Iterator[list[app.Pause]]:
    built: list[app.Pause] = []
    yield built
    for pause in built:
        pause.window.close()
        pause.shutdown()


def _build(started: list[app.Pause], **overrides: object) -> app.Pause:
    pause = app.build(_options(**overrides), clock=FakeClock())
    assert isinstance(pause, app.Pause)
    started.append(pause)
    return pause


def _notices(pause: app.Pause) -> list[str]:
    """The notices, but for the one a desktop without a tray (like the tests') gets."""
    return [text for text in pause.window.notices.texts() if text != no_tray_notice()]


def test_a_normal_start(started, pause_home: AppPaths) -> None:
    pause = _build(started)
    assert _notices(pause) == []
    assert pause_home.database.exists()
    assert pause.translations.language == "en"


def test_lang_option_wins(started) -> None:
    pause = _build(started, lang="nl")
    assert pause.window.navigation.item(1).text() == "Doelen"


def test_a_newer_database_stops_the_start_with_a_message(
    qapp, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    pause_home.create()
    db = sqlite3.connect(pause_home.database)
    db.execute("PRAGMA user_version = 42")
    db.close()
    shown: list[str] = []
    monkeypatch.setattr(app.FatalDialog, "show", classmethod(lambda cls, text: shown.append(text)))
    assert app.build(_options(), clock=FakeClock()) == 1
    assert len(shown) == 1 and "newer version of Pause" in shown[0]


def test_a_corrupt_database_is_named_in_a_notice(started, pause_home: AppPaths) -> None:
    pause_home.create()
    pause_home.database.write_bytes(b"garbage" * 500)
    pause = _build(started)
    [text] = _notices(pause)
    assert "pause.corrupt-" in text and "damaged" in text


def test_a_corrupt_settings_file_is_a_one_line_notice(started, pause_home: AppPaths) -> None:
    pause_home.create()
    pause_home.settings.write_text("{{{")
    pause = _build(started)
    [text] = _notices(pause)
    assert "settings.json.bak" in text


def test_config_set_reaches_the_running_app(qtbot, started, pause_home: AppPaths) -> None:
    pause = _build(started)
    with qtbot.waitSignal(pause.watcher.settings_changed, timeout=5000):
        SettingsFile(pause_home.settings).set("ui.language", "nl")
    assert pause.translations.language == "nl"
    assert pause.window.navigation.item(0).text() == "Ademen"


def test_start_up_loads_neither_numpy_nor_pyqtgraph(pause_home: AppPaths) -> None:
    """The chart's libraries cost ~230 ms; they load when the progress chart first opens,
    not at start, not while the app runs on other pages, even with data to draw."""
    import os
    import subprocess
    import sys

    code = (
        "import argparse, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from pause_app import app\n"
        "from pause_app.storage import sample\n"
        "from pause_app.ui.main_window import MainWindow\n"
        "pause = app.build(app.StartOptions())\n"
        "sample.fill(pause.store, pause.clock())\n"
        "pause.window.show()\n"
        "for _ in range(5): QCoreApplication.processEvents()\n"
        "pause.window.show_page(MainWindow.GOALS)\n"
        "loaded = lambda: sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'pyqtgraph'})\n"
        "print(loaded())\n"
        "pause.window.show_page(MainWindow.PROGRESS)\n"
        "QCoreApplication.processEvents()\n"
        "print(loaded())\n"
        "pause.shutdown()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["[]", "['numpy', 'pyqtgraph']"]


def test_a_data_folder_that_cannot_be_made_stops_with_a_message(
    qapp, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    shown: list[str] = []
    monkeypatch.setattr(app.FatalDialog, "show", classmethod(lambda cls, text: shown.append(text)))
    assert app.build(_options(data_dir=str(blocker / "sub")), clock=FakeClock()) == 1
    assert len(shown) == 1 and "cannot use the folder" in shown[0]


def test_a_half_written_settings_file_is_not_moved_by_the_watcher(
    started, pause_home: AppPaths
) -> None:
    pause = _build(started)
    pause_home.settings.write_text('{"ui": {"theme": ')  # an editor mid-save
    assert pause.watcher.reload() is None
    assert pause_home.settings.read_text() == '{"ui": {"theme": '


def test_a_second_start_with_pause_starts_the_exercise(started) -> None:
    pause = _build(started)
    pause.window.show()
    pause.on_command(WindowCommand("breathe", "gentle", 2))
    plan = pause.window.exercise_view.exercise.plan
    assert (plan.pattern.name, plan.planned_ms) == ("gentle", 17 * 7000)  # whole 7 s breaths
    pause.on_command(WindowCommand())  # only "open": the exercise goes on
    assert pause.window.exercise_view.is_running()


def test_quitting_during_an_exercise_keeps_it_as_interrupted(started, pause_home: AppPaths) -> None:
    pause = _build(started)
    pause.window.show()
    pause.on_command(WindowCommand("pause"))
    assert pause.window.exercise_view.is_running()
    started.remove(pause)
    pause.window.close()
    pause.shutdown()
    with Store.open(pause_home.database, FakeClock()().utc) as store:
        [session] = store.sessions.all()
    assert session.ended.value == "interrupted"


def test_the_welcome_comes_once_and_only_without_activities(
    started, monkeypatch: pytest.MonkeyPatch, pause_home: AppPaths
) -> None:
    from pause_app.ui.goals.welcome import FirstRunDialog

    offered: list[object] = []

    def offer(cls, store, clock, parent, done) -> None:
        offered.append(parent)
        done(None)  # skipped

    monkeypatch.setattr(FirstRunDialog, "offer", classmethod(offer))
    pause = _build(started)
    pause.window.welcome_if_new()
    pause.window.welcome_if_new()
    assert len(offered) == 1
    assert SettingsFile(pause_home.settings).load().settings["ui.welcomed"] is True


def test_the_app_is_restyled_only_when_the_theme_changes(
    started, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.ui.widgets import theme

    pause = _build(started)
    applied: list[str] = []
    real_apply = theme.apply
    monkeypatch.setattr(
        theme,
        "apply",
        lambda qt_app, name, *look: applied.append(name) or real_apply(qt_app, name, *look),
    )
    pause.watcher.set("breathing.pattern", "resonance")  # a choice the Breathe page remembers
    assert applied == []
    pause.watcher.set("ui.theme", "dark")
    assert applied == ["dark"]
    pause.watcher.set("ui.text_size", "larger")  # the text size and the contrast restyle too
    pause.watcher.set("ui.contrast", "high")
    assert applied == ["dark", "dark", "dark"]
    assert pause.qt_app.palette().color(pause.qt_app.palette().ColorRole.Window).name() == (
        theme.HIGH_CONTRAST_DARK.window
    )
    pause.watcher.set("ui.text_size", "normal")  # the desktop's size again for later tests
    assert pause.qt_app.font().pointSizeF() == theme.desktop_font(pause.qt_app).pointSizeF()


def test_without_a_tray_it_says_so_once_and_reminders_need_the_window(started) -> None:
    pause = _build(started)  # the offscreen platform has no system tray
    assert pause.reminders is not None and pause.reminders.tray is None
    assert pause.window.notices.texts() == [no_tray_notice()]
    assert pause.reminders.controller.only_while_window_open
    assert not pause.window.keep_in_tray  # closing the window quits
    pause.shutdown()
    started.clear()
    again = _build(started)
    assert again.window.notices.texts() == []  # said once


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray
def test_the_tray_menu_does_what_it_says(qtbot, started, monkeypatch: pytest.MonkeyPatch) -> None:
    from pause_app.core.reminders import PauseLength, StatusKind
    from pause_app.ui.main_window import MainWindow
    from pause_app.ui.reminders.tray import Tray

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    pause = _build(started)
    assert pause.reminders is not None
    tray = pause.reminders.tray
    assert tray is not None and pause.window.keep_in_tray
    assert pause.window.notices.texts() == []  # no "no tray" notice
    tray.log_action.trigger()
    assert pause.window.isVisible() and pause.window.pages.currentIndex() == MainWindow.GOALS
    tray.progress_action.trigger()
    assert pause.window.pages.currentIndex() == MainWindow.PROGRESS
    pause.window.close()  # stays in the tray
    assert not pause.window.isVisible()
    tray.pause_action.trigger()
    assert pause.window.isVisible()
    assert pause.window.exercise_view.isVisible()  # the pause exercise runs
    pause.window.exercise_view.stop()
    assert pause.reminders is not None
    tray.snooze_actions[30].trigger()
    assert tray.icon_name == "tray-snoozed"
    tray.pause_actions[PauseLength.UNTIL_RESUMED].trigger()
    assert tray.icon_name == "tray-paused"
    assert pause.watcher.get("reminders.paused_until") == "manual"
    tray.resume_action.trigger()
    assert pause.reminders.controller.reschedule().kind in (
        StatusKind.ACTIVE,
        StatusKind.OUTSIDE_HOURS,
    )


def test_a_check_in_aims_the_reminders_again(started, monkeypatch: pytest.MonkeyPatch) -> None:
    """With reminders.adapt_to_energy, today's energy sets the interval: a new check-in
    takes effect at once, not only when the timer is next aimed."""
    pause = _build(started)
    assert pause.reminders is not None
    aimed: list[bool] = []
    monkeypatch.setattr(pause.reminders.controller, "reschedule", lambda: aimed.append(True))
    pause.window.checkin_line.checked_in.emit(None)
    assert aimed == [True]
