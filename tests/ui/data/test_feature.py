"""The window's backups, restore and import: results as notices, never a wait or a traceback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from pause_app.core.model import Felt, NewActivity
from pause_app.storage import backups, export
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.data import FileChooser, ImportDialog, RestoreDialog, YourData
from tests.helpers.clock import FakeClock
from tests.helpers.history import open_store


@pytest.fixture
def walked(store: Store, clock: FakeClock) -> Store:
    walk = store.activities.add(NewActivity("Walk", "steps", 50), clock())
    store.attempts.add(walk.id, 51, Felt.GOOD, "", clock())
    return store


@pytest.fixture
def data(qtbot, walked: Store, pause_home: AppPaths, clock: FakeClock) -> Iterator[YourData]:
    window = QWidget()
    qtbot.addWidget(window)
    feature = YourData(walked, pause_home, clock, window)
    feature.notices: list[str] = []  # type: ignore[misc]
    feature.noticed.connect(feature.notices.append)
    yield feature
    feature.shutdown()


def _backed_up(qtbot, data: YourData, action) -> None:
    with qtbot.waitSignal(data.backup_done, timeout=10_000):
        action()


def test_the_days_backup_starts_once_and_says_nothing_when_it_works(
    qtbot, data: YourData, pause_home: AppPaths
) -> None:
    _backed_up(qtbot, data, data.start)
    assert [b.name for b in backups.list_backups(pause_home.backups)] == [
        "pause-2026-03-15-100000.sqlite3"
    ]
    assert data.notices == []
    assert data._timer.isActive()  # an hourly look, for a Pause that runs for days
    worker = data._worker
    data.start()  # a second start changes nothing
    assert data._worker is worker
    data.shutdown()
    assert not data._timer.isActive()


def test_the_next_day_brings_the_next_backup(
    qtbot, data: YourData, pause_home: AppPaths, clock: FakeClock
) -> None:
    _backed_up(qtbot, data, data.start)
    clock.advance(days=1)
    _backed_up(qtbot, data, data._timer.timeout.emit)
    assert len(backups.list_backups(pause_home.backups)) == 2


def test_back_up_now_says_where(qtbot, data: YourData, pause_home: AppPaths) -> None:
    _backed_up(qtbot, data, data.back_up_now)
    assert (pause_home.backups / "pause-2026-03-15-100000.sqlite3").exists()
    assert data.notices == [  # the folder in words, not a path ending in .sqlite3
        "A backup of your data is now in Pause's backups folder. "
        "Help ▸ About Pause says where that folder is."
    ]


def test_a_backup_that_cannot_be_made_is_said_once(
    qtbot, data: YourData, pause_home: AppPaths, clock: FakeClock
) -> None:
    pause_home.backups.write_text("a file where the folder goes")
    _backed_up(qtbot, data, data.start)
    clock.advance(hours=1)
    _backed_up(qtbot, data, data._timer.timeout.emit)
    assert len(data.notices) == 1
    assert data.notices[0].startswith("Pause could not make a backup this time (")
    _backed_up(qtbot, data, data.back_up_now)  # asked for by hand: always answered
    assert len(data.notices) == 2 and data.notices[1].startswith("No backup was made (")


def test_a_mistake_in_the_worker_is_a_notice_not_a_traceback(
    qtbot, data: YourData, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("unexpected")

    monkeypatch.setattr(backups, "back_up", broken)
    _backed_up(qtbot, data, data.back_up_now)
    assert data.notices == ["No backup was made (unexpected). Your data itself is unchanged."]


def test_the_window_never_waits_for_a_backup(
    qtbot, data: YourData, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    original = backups.daily

    def slow(*args: object) -> object:
        release.wait(10)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "daily", slow)
    data.start()  # returns while the copy waits in its thread
    assert data._worker is not None and data._worker.is_alive()
    with qtbot.waitSignal(data.backup_done, timeout=10_000):
        release.set()


def _export_file(tmp_path: Path, clock: FakeClock) -> Path:
    with open_store(AppPaths.single(tmp_path / "elsewhere"), clock) as other:
        read = other.activities.add(NewActivity("Reading", "pages", 5), clock())
        other.attempts.add(read.id, 6, Felt.OK, "", clock())
        file = tmp_path / "export.json"
        export.write_json(other, file)
    return file


def test_import_shows_the_preview_then_adds(
    qtbot, data: YourData, walked: Store, tmp_path: Path, clock: FakeClock, monkeypatch
) -> None:
    file = _export_file(tmp_path, clock)
    monkeypatch.setattr(FileChooser, "choose", classmethod(lambda cls, parent: str(file)))
    shown = []
    monkeypatch.setattr(
        ImportDialog,
        "ask",
        classmethod(lambda cls, plan, name, parent: shown.append((plan, name)) or True),
    )
    with qtbot.waitSignal(data.imported):
        data.import_file()
    [(plan, name)] = shown
    assert plan.new_activities == ("Reading",) and name == str(file)
    assert [a.name for a in walked.activities.list()] == ["Walk", "Reading"]
    assert data.notices == [
        "Imported: 1 new activities, 1 logs, 1 target changes, 0 pauses and breathing "
        "sessions, 0 reminders."
    ]


def test_import_cancelled_adds_nothing(
    qtbot, data: YourData, walked: Store, tmp_path: Path, clock: FakeClock, monkeypatch
) -> None:
    file = _export_file(tmp_path, clock)
    before = export.to_json(walked)
    monkeypatch.setattr(FileChooser, "choose", classmethod(lambda cls, parent: str(file)))
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, plan, name, parent: False))
    data.import_file()
    assert export.to_json(walked) == before and data.notices == []


def test_a_file_that_is_not_an_export_is_one_notice_and_no_dialog(
    qtbot, data: YourData, walked: Store, tmp_path: Path, monkeypatch
) -> None:
    file = tmp_path / "notes.json"
    file.write_text(json.dumps({"hello": "world"}))
    before = export.to_json(walked)
    monkeypatch.setattr(FileChooser, "choose", classmethod(lambda cls, parent: str(file)))
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    data.import_file()
    assert data.notices == [f"{file} is not a Pause export; nothing was imported."]
    assert export.to_json(walked) == before


def test_choosing_a_backup_hands_it_to_the_app(
    qtbot, data: YourData, pause_home: AppPaths, walked: Store, monkeypatch
) -> None:
    made = backups.back_up(walked.path, pause_home.backups, backups.wall_clock(FakeClock()()))
    seen = []
    monkeypatch.setattr(
        RestoreDialog, "ask", classmethod(lambda cls, found, parent: seen.append(found) or found[0])
    )
    with qtbot.waitSignal(data.restore_chosen) as chosen:
        data.choose_restore()
    assert chosen.args == [made.name]
    assert seen[0][0].rows == 3  # the list counts the rows


def test_a_damaged_backup_is_not_handed_on(
    qtbot, data: YourData, pause_home: AppPaths, walked: Store, monkeypatch
) -> None:
    made = backups.back_up(walked.path, pause_home.backups, backups.wall_clock(FakeClock()()))
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, found, parent: found[0]))
    made.path.write_bytes(made.path.read_bytes()[:3000])
    data.restore_chosen.connect(lambda name: pytest.fail("handed on"))
    data.choose_restore()
    assert len(data.notices) == 1 and "cannot be read" in data.notices[0]


def test_nothing_starts_after_shutdown(data: YourData) -> None:
    """A window shown just before quitting asks for the day's backup after the shutdown."""
    data.shutdown()
    data.start()
    data.back_up_now()
    assert data._worker is None and not data._timer.isActive()


def test_a_backup_that_ends_after_the_window_went_is_quiet(
    qtbot, walked: Store, pause_home: AppPaths, clock: FakeClock, monkeypatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(backups, "daily", lambda *args: release.wait(10) and None)
    window = QWidget()
    feature = YourData(walked, pause_home, clock, window)
    feature.start()
    worker = feature._worker
    assert worker is not None
    feature._timer.stop()
    window.deleteLater()  # the feature goes with it, its backup still under way
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    worker.join(10)  # a traceback in the thread would fail this test
    assert not worker.is_alive()
