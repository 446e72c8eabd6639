"""The resting heart rate line: off by default, a remembered check box, a thin line with the
days of the plots above; nothing shown (not even the box) without a heart rate."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest

from pause_app.core.settings import Settings, parse
from pause_app.storage.store import Store
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from pause_app.ui.progress.heart import SETTING, heart_text
from tests.helpers.clock import FakeClock


class MemorySettings:
    def __init__(self) -> None:
        self.current = Settings.defaults()
        self.written: list[tuple[str, str]] = []

    def get(self, key: str) -> bool | int | str:
        return self.current[key]

    def set(self, key: str, text: str) -> None:
        self.written.append((key, text))
        self.current = self.current.with_value(key, parse(key, text))


def _pulse(store: Store, clock: FakeClock, days_ago: list[int]) -> None:
    values = [(clock.today - timedelta(days=n), 60 + n) for n in days_ago]
    store.heart_rates.add(values, "gadgetbridge:Mi Band")


def _chart(qtbot, store: Store, clock: FakeClock, settings: MemorySettings) -> ProgressChart:
    widget = ProgressChart(store, clock, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(800, 560)
    widget.show()
    widget.reload()
    return widget


def test_the_line_is_off_by_default_and_the_box_waits_for_a_heart_rate(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    settings = MemorySettings()
    assert settings.get(SETTING) is False
    chart = _chart(qtbot, store, clock, settings)
    toggle = chart.heart_plot.toggle
    assert not toggle.isVisible() and not chart.heart_shown
    _pulse(store, clock, [0, 1, 2])
    chart.reload()
    assert toggle.isVisible() and not toggle.isChecked()
    assert not chart.heart_shown and not chart.heart_plot.plot.isVisible()
    assert toggle.accessibleName() == "Show the resting heart rate"
    assert toggle.focusPolicy() & toggle.focusPolicy().TabFocus


def test_the_box_shows_the_line_with_the_same_days_and_is_remembered(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    _pulse(store, clock, [0, 1, 2, 5])
    settings = MemorySettings()
    chart = _chart(qtbot, store, clock, settings)
    chart.heart_plot.toggle.click()
    assert settings.written == [(SETTING, "true")]
    assert chart.heart_shown and chart.heart_plot.plot.isVisible()
    _xs, ys = chart.heart_plot.line.getData()
    # Oldest first; the gap of two days (3 and 4 days ago) breaks the line.
    assert list(ys[:1]) == [65] and np.isnan(ys[1]) and list(ys[2:]) == [62, 61, 60]
    chart.range_buttons[ChartRange.WEEK].click()
    heart_view = chart.heart_plot.plot.getViewBox().viewRange()[0]
    assert heart_view == pytest.approx(chart.activity_plots[0].plot.getViewBox().viewRange()[0])
    chart.heart_plot.toggle.click()
    assert not chart.heart_shown and settings.written[-1] == (SETTING, "false")
    # Another start reads the choice back.
    settings.set(SETTING, "true")
    again = _chart(qtbot, store, clock, settings)
    assert again.heart_plot.toggle.isChecked() and again.heart_shown


def test_hovering_a_day_says_its_resting_pulse(translations) -> None:
    translations.install("en")
    from datetime import date

    assert heart_text(date(2026, 3, 3), 61) == (
        "Tuesday 3 March 2026\nResting heart rate: 61 a minute"
    )


def test_the_window_keeps_the_choice_in_the_settings_file(
    qtbot, store: Store, pause_home, clock: FakeClock, history: dict[str, int]
) -> None:
    from pause_app.storage.settings_file import SettingsFile
    from pause_app.ui.main_window import MainWindow
    from tests.helpers.window import main_window

    _pulse(store, clock, [0, 1])
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    window.show_page(MainWindow.PROGRESS)
    window.show()
    chart = window.progress_page.chart
    assert chart is not None and not chart.heart_plot.toggle.isChecked()
    chart.heart_plot.toggle.click()
    assert SettingsFile(pause_home.settings).load(repair=False).settings[SETTING] is True


def test_the_table_has_the_resting_heart_rate_while_its_line_is_on(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int]
) -> None:
    _pulse(store, clock, [0, 1, 5])
    chart = _chart(qtbot, store, clock, MemorySettings())
    chart.range_buttons[ChartRange.WEEK].click()
    chart.controls.table_button.click()
    table = chart.table

    def headers() -> list[str]:
        return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]

    assert "Resting heart rate" not in headers()  # the line is off: no column
    chart.heart_plot.toggle.click()
    assert headers()[-1] == "Resting heart rate"
    last = table.rowCount() - 1
    pulses = [table.row_texts(row)[-1] for row in range(last - 5, last + 1)]
    assert pulses == ["65", "", "", "", "61", "60"]  # five days ago .. today; no value, no cell
    chart.heart_plot.toggle.click()
    assert "Resting heart rate" not in headers()
