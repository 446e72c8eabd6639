"""Saving the chart as an image and the days shown as a table, with the same care for both:
never over Pause's own files, never over a file the dialog did not ask about."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from pause_app.ui.progress.saving import SaveLocation
from tests.helpers.clock import FakeClock


def test_save_the_chart_as_an_image(
    chart: ProgressChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "chart"
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: target))
    said: list[str] = []
    chart.saved.connect(said.append)
    chart.save_image_action.trigger()
    saved = target.with_name("chart.png")
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert said == [f"Saved {saved}."]


def test_save_the_days_shown_as_csv(
    chart: ProgressChart, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "days.csv"
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: target))
    chart.range_buttons[ChartRange.WEEK].click()
    chart.save_csv_action.trigger()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["day"] for r in rows] == [
        (clock.today - timedelta(days=n)).isoformat() for n in range(6, -1, -1)
    ]
    crash = rows[4]
    assert (crash["done"], crash["mark"], crash["felt"], crash["note"]) == (
        "20",
        "crash",
        "crash",
        "too much",
    )
    assert rows[3]["pauses"] == "2" and rows[3]["done"] == ""  # a gap stays empty, not 0


def test_the_image_is_the_chart_not_its_buttons(chart: ProgressChart) -> None:
    from PySide6.QtGui import QImage

    image = QImage.fromData(chart.image_bytes())
    assert image.height() == chart.sheet.height() < chart.height()


def test_saving_never_replaces_pauses_own_files(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    kept = tmp_path / "kept.csv"
    kept.write_text("Pause's own")
    widget = ProgressChart(store, clock, own_files=lambda: {kept.resolve()})
    qtbot.addWidget(widget)
    widget.reload()
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: kept))
    said: list[str] = []
    widget.saved.connect(said.append)
    assert widget.save_csv() is None
    assert kept.read_text() == "Pause's own"
    assert said == [f"Pause keeps its own data in {kept}; choose another name."]


def test_the_own_files_are_the_database_settings_and_log(pause_home: AppPaths) -> None:
    own = pause_home.own_files()
    assert pause_home.database.resolve() in own and pause_home.settings.resolve() in own


def test_a_refused_write_says_why_and_changes_nothing(
    chart: ProgressChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: blocked / "chart.csv"))
    said: list[str] = []
    chart.saved.connect(said.append)
    assert chart.save_csv() is None
    assert said and said[0].startswith("Could not save")
    assert blocked.read_text() == "x"


def test_a_name_that_would_replace_another_file_is_refused(
    chart: ProgressChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "chart.csv"
    existing.write_text("keep me")
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: tmp_path / "chart"))
    said: list[str] = []
    chart.saved.connect(said.append)
    assert chart.save_csv() is None
    assert existing.read_text() == "keep me"
    assert said == [f"{existing} already exists; choose another name."]


def test_the_image_is_saved_with_the_same_care_as_the_table(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    existing = tmp_path / "chart.png"
    existing.write_bytes(b"keep me")
    kept = tmp_path / "kept.png"
    kept.write_bytes(b"Pause's own")
    widget = ProgressChart(store, clock, own_files=lambda: {kept.resolve()})
    qtbot.addWidget(widget)
    widget.reload()
    said: list[str] = []
    widget.saved.connect(said.append)
    for asked in (tmp_path / "chart", kept):
        monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args, a=asked: a))
        assert widget.save_image() is None
    assert existing.read_bytes() == b"keep me" and kept.read_bytes() == b"Pause's own"
    assert said == [
        f"{existing} already exists; choose another name.",
        f"Pause keeps its own data in {kept}; choose another name.",
    ]
