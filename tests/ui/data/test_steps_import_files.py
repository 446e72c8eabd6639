"""Import steps in the window with real files through the real readers (the worker thread,
its progress, the plan and the write): a good export arrives as the known daily totals, and
every kind of bad file is one calm line with nothing written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from pause_app.core.model import Activity, NewActivity
from pause_app.storage.steps import StepsPlan
from pause_app.storage.store import Store
from pause_app.ui.data.steps_dialog import StepsActivityDialog, StepsInto, StepsPreviewDialog
from pause_app.ui.data.steps_import import StepsFileChooser, StepsImport
from tests.helpers.clock import FakeClock
from tests.helpers.plural import plain
from tests.storage.steps import make_fixtures as files

CLOCK_START = datetime(2024, 4, 5, 10, 0, tzinfo=files.ZONE)  # the fixtures' days are before


@pytest.fixture
def spring() -> FakeClock:
    return FakeClock(CLOCK_START)


@pytest.fixture
def walk(store: Store, spring: FakeClock) -> Activity:
    start = spring().on_day(date(2024, 3, 1))
    return store.activities.add(
        NewActivity("Walk", "steps", 800, started_on=start.local_date), start
    )


@pytest.fixture
def flow(qtbot, store: Store, spring: FakeClock) -> Iterator[StepsImport]:
    window = QWidget()
    qtbot.addWidget(window)
    importer = StepsImport(store, spring, window, zone=files.ZONE)
    importer.lines: list[str] = []  # type: ignore[misc]
    importer.said.connect(importer.lines.append)
    yield importer
    importer.shutdown()


def _import(
    monkeypatch: pytest.MonkeyPatch, flow: StepsImport, path: Path, into: StepsInto
) -> list[StepsPlan]:
    shown: list[StepsPlan] = []
    monkeypatch.setattr(StepsFileChooser, "choose", classmethod(lambda cls, parent: str(path)))
    monkeypatch.setattr(
        StepsActivityDialog, "ask", classmethod(lambda cls, found, name, parent: into)
    )

    def ask(cls, plan: StepsPlan, name: str, file_name: str, parent: QWidget | None) -> bool:  # type: ignore[no-untyped-def]
        shown.append(plan)
        return plan.changes

    monkeypatch.setattr(StepsPreviewDialog, "ask", classmethod(ask))
    flow.start()
    flow.wait()
    return shown


@pytest.mark.parametrize("make", [files.apple_health_zip, files.garmin_zip, files.gadgetbridge])
def test_an_export_arrives_as_its_daily_totals(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    flow: StepsImport,
    walk: Activity,
    store: Store,
    make: Callable[[Path], Path],
) -> None:
    (plan,) = _import(monkeypatch, flow, make(tmp_path), StepsInto(walk))
    assert plan.new_days == len(files.EXPECTED)
    days = {a.local_date: a.amount for a in store.attempts.for_activity(walk.id)}
    assert days == files.EXPECTED
    assert plain(flow.lines[-1]).startswith("Imported into “Walk”: 5 new days")


@pytest.mark.parametrize(
    "make",
    [
        files.damaged_zip,
        files.cut_zip,
        files.truncated_xml,
        files.xml_bomb,
        files.external_entity_xml,
        files.other_sqlite,
    ],
)
def test_a_bad_file_is_one_calm_line_and_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    flow: StepsImport,
    walk: Activity,
    store: Store,
    make: Callable[[Path], Path],
) -> None:
    before = store.revision()
    shown = _import(monkeypatch, flow, make(tmp_path), StepsInto(walk))
    assert shown == [] and store.revision() == before
    (line,) = flow.lines
    assert line.endswith("Nothing was imported.") and "\n" not in line
    assert "Traceback" not in line
