"""File ▸ Import steps from a folder…: an unpacked export is read whole, and a new activity
made for a file starts on its first real day, not on a stray record's from 1970."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from pause_app.storage.steps import StepsPlan
from pause_app.storage.store import Store
from pause_app.ui.data.steps_dialog import StepsActivityDialog, StepsInto, StepsPreviewDialog
from pause_app.ui.data.steps_import import StepsFileChooser, StepsImport
from tests.helpers.clock import FakeClock
from tests.storage.steps import make_fixtures as files


@pytest.fixture
def flow(qtbot, store: Store) -> Iterator[StepsImport]:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    importer = StepsImport(
        store, FakeClock(datetime(2024, 4, 5, 10, 0, tzinfo=files.ZONE)), window, zone=files.ZONE
    )
    importer.lines: list[str] = []  # type: ignore[misc]
    importer.said.connect(importer.lines.append)
    yield importer
    importer.shutdown()


def _answers(monkeypatch: pytest.MonkeyPatch, file: str, folder: str) -> list[StepsPlan]:
    shown: list[StepsPlan] = []
    monkeypatch.setattr(StepsFileChooser, "choose", classmethod(lambda cls, parent: file))
    monkeypatch.setattr(StepsFileChooser, "choose_folder", classmethod(lambda cls, p: folder))
    into = StepsInto(None, "Walking", 2000)
    monkeypatch.setattr(
        StepsActivityDialog, "ask", classmethod(lambda cls, found, name, parent: into)
    )

    def ask(cls, plan: StepsPlan, name: str, file_name: str, parent: QWidget | None) -> bool:  # type: ignore[no-untyped-def]
        shown.append(plan)
        return plan.changes

    monkeypatch.setattr(StepsPreviewDialog, "ask", classmethod(ask))
    return shown


def test_an_unpacked_export_folder_is_read_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, flow: StepsImport, store: Store
) -> None:
    folder = files.fitbit_folder(tmp_path)
    assert folder.is_dir()
    shown = _answers(monkeypatch, "", str(folder))
    flow.start(folder=True)
    flow.wait()
    (plan,) = shown
    (made,) = store.activities.list()
    days = {a.local_date: a.amount for a in store.attempts.for_activity(made.id)}
    assert days == files.EXPECTED and plan.new_days == len(files.EXPECTED)


def test_a_stray_1970_record_does_not_move_a_new_activitys_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, flow: StepsImport, store: Store
) -> None:
    stray = files.apple_record(
        files.STEP_TYPE, "iPhone", "1970-01-01 10:00:00 +0100", "1970-01-01 10:01:00 +0100", "9"
    )
    path = tmp_path / "export.xml"
    path.write_text(
        files.apple_xml_text().replace(files.APPLE_TAIL, stray + files.APPLE_TAIL),
        encoding="utf-8",
    )
    shown = _answers(monkeypatch, str(path), "")
    flow.start()
    flow.wait()
    (plan,) = shown
    assert (plan.first, plan.early_days) == (date(2024, 3, 30), 1)
    (made,) = store.activities.list()
    assert made.started_on == date(2024, 3, 30)
    days = {a.local_date: a.amount for a in store.attempts.for_activity(made.id)}
    assert days == files.EXPECTED
