"""The app and your data: the day's backup after the window shows, a restore by restarting."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from pause_app import app
from pause_app.core.model import Felt, NewActivity
from pause_app.storage import backups
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.data import Message, RestoreDialog
from pause_app.ui.reminders import no_tray_notice
from tests.helpers.clock import FakeClock

pytestmark = pytest.mark.usefixtures("no_leaked_windows")


@pytest.fixture
def started(qtbot) -> Iterator[list[app.Pause]]:
    built: list[app.Pause] = []
    yield built
    for pause in built:
        pause.window.close()
        pause.shutdown()


def _build(started: list[app.Pause], clock: FakeClock, **options: object) -> app.Pause:
    pause = app.build(app.StartOptions(**options), clock=clock)  # type: ignore[arg-type]
    assert isinstance(pause, app.Pause)
    started.append(pause)
    return pause


def _notices(pause: app.Pause) -> list[str]:
    return [text for text in pause.window.notices.texts() if text != no_tray_notice()]


def test_the_days_backup_waits_for_the_window(
    qtbot, started, clock: FakeClock, pause_home: AppPaths
) -> None:
    pause = _build(started, clock)
    assert pause.data is not None
    assert not pause_home.backups.exists()  # not on the start-up path
    with qtbot.waitSignal(pause.data.backup_done, timeout=10_000):
        pause.window.show()
    [daily] = backups.list_backups(pause_home.backups)
    assert daily.name == "pause-2026-03-15-100000.sqlite3"
    assert _notices(pause) == []


def test_back_up_now_from_the_menu_is_a_notice(
    qtbot, started, clock: FakeClock, pause_home: AppPaths
) -> None:
    pause = _build(started, clock)
    assert pause.data is not None
    with qtbot.waitSignal(pause.data.backup_done, timeout=10_000):
        pause.window.backup_action.trigger()
    assert (pause_home.backups / "pause-2026-03-15-100000.sqlite3").exists()
    assert _notices(pause) == [
        "A backup of your data is now in Pause's backups folder. "
        "Help ▸ About Pause says where that folder is."
    ]


def _with_a_backup(pause: app.Pause, clock: FakeClock) -> backups.Backup:
    walk = pause.store.activities.add(NewActivity("Walk", "steps", 50), clock())
    made = backups.back_up(pause.store.path, pause.app_paths.backups, backups.wall_clock(clock()))
    pause.store.attempts.add(walk.id, 51, Felt.GOOD, "after the backup", clock())
    return made


def test_choosing_a_backup_quits_to_put_it_back(
    started, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    pause = _build(started, clock)
    made = _with_a_backup(pause, clock)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, found, parent: found[0]))
    quits: list[bool] = []
    monkeypatch.setattr(pause.qt_app, "exit", lambda _code=0: quits.append(True))
    pause.window.restore_action.trigger()
    assert pause.pending_restore == made.name and quits == [True]


def test_after_quitting_the_backup_is_put_back_and_pause_starts_again(
    started, clock: FakeClock, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.RESTORED_ENV, "")  # what the restart sets is undone afterwards
    pause = _build(started, clock)
    made = _with_a_backup(pause, clock)
    pause.pending_restore = made.name
    started.remove(pause)
    pause.window.close()
    pause.shutdown()
    launched: list[tuple[str, list[str]]] = []
    options = app.StartOptions(lang="en")
    code = app.restore_and_restart(
        pause, options, launch=lambda program, args: launched.append((program, args)) or (True, 1)
    )
    assert code == 0
    assert launched == [(sys.executable, ["-m", "pause_app", "--lang", "en"])]
    with Store.open(pause_home.database, clock().utc) as store:
        assert store.attempts.all() == []  # the log came after the backup
    # The Pause started again says what happened.
    again = _build(started, clock)
    [notice] = _notices(again)
    assert notice.startswith("Your data is now as it was on Sunday 15 March 2026, 10:00.")
    assert "-before-restore.sqlite3" in notice


def test_a_backup_that_cannot_be_put_back_is_said_and_pause_starts_again(
    started, clock: FakeClock, pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    pause = _build(started, clock)
    _with_a_backup(pause, clock)
    pause.pending_restore = "pause-1999-01-01-000000.sqlite3"  # gone meanwhile
    started.remove(pause)
    pause.window.close()
    pause.shutdown()
    said: list[str] = []
    monkeypatch.setattr(Message, "show", classmethod(lambda cls, text: said.append(text)))
    code = app.restore_and_restart(
        pause, app.StartOptions(data_dir=str(pause_home.data_dir)), launch=lambda p, a: (True, 1)
    )
    assert code == 0 and len(said) == 1 and "Your data is as it was" in said[0]
    with Store.open(pause_home.database, clock().utc) as store:
        assert [a.note for a in store.attempts.all()] == ["after the backup"]


def test_restart_arguments_keep_the_data_folder_and_language() -> None:
    options = app.StartOptions(data_dir="/data/pause", lang="nl", minimized=True)
    assert app.restart_arguments(options) == [
        "-m",
        "pause_app",
        "--data-dir",
        "/data/pause",
        "--lang",
        "nl",
    ]
