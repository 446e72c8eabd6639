"""The Progress page by keyboard: Tab reaches every control in reading order, the range is a
radio group the arrows move through without choosing, and the chart is walked day by day
with the arrow keys, each day said in the words its hover says."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.main_window import MainWindow
from pause_app.ui.progress.axis import DAY, day_x
from pause_app.ui.progress.chart import ChartRange, ProgressChart
from pause_app.ui.progress.words import day_text, long_day
from tests.helpers.clock import FakeClock
from tests.helpers.heard import listening
from tests.helpers.window import main_window


@pytest.fixture
def window(
    qtbot, store: Store, pause_home: AppPaths, clock: FakeClock, history: dict[str, int]
) -> MainWindow:
    main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.resize(900, 700)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    main.show_page(MainWindow.PROGRESS)
    return main


def _tab_round(qtbot, start: QWidget) -> list[QWidget]:
    """Tab from ``start`` until the focus comes back to it (at most 40 stops)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start or widget is None:
            break
        reached.append(widget)
    return reached


def test_tab_reaches_every_control_of_the_page_in_reading_order(qtbot, window) -> None:
    chart = window.progress_page.chart
    assert chart is not None
    controls = chart.controls
    reached = _tab_round(qtbot, window.navigation)
    wanted = [
        controls.activity_box,
        controls.aggregate_box,
        controls.save_button,
        controls.table_button,
        controls.range_buttons[ChartRange.WEEK],  # the chosen range: one stop for the group
        controls.today_button,
        chart.graphics,
    ]
    on_page = [w for w in reached if w in wanted or w in controls.range_buttons.values()]
    assert on_page == wanted  # each once, in the order they are read
    arrowed = []
    wanted[4].setFocus(Qt.FocusReason.TabFocusReason)
    for _ in controls.range_buttons:  # the other ranges: by the arrows, inside the group
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        arrowed.append(QApplication.focusWidget())
    assert arrowed == [*list(controls.range_buttons.values())[1:], wanted[4]]
    chart.day_walk.go(chart.visible_days()[0] - timedelta(days=1))  # no range is right now
    reached = _tab_round(qtbot, window.navigation)
    assert len([w for w in reached if w in controls.range_buttons.values()]) == 1
    chart.controls.table_button.setChecked(True)
    reached = _tab_round(qtbot, window.navigation)
    assert chart.table in reached and chart.graphics not in reached


def test_every_control_has_a_name_and_the_range_is_a_named_radio_group(chart) -> None:
    controls = chart.controls
    assert controls.save_button.text() == "Save…"
    assert controls.table_button.text() == "Show as a table"
    for box, label in ((controls.activity_box, "Show:"), (controls.aggregate_box, "Each day:")):
        related = QAccessible.queryAccessibleInterface(box).relations(
            QAccessible.RelationFlag.Label
        )  # a drop-down's name as Orca reads it: its label
        assert [face.text(QAccessible.Text.Name) for face, _relation in related] == [label]
    assert controls.range_box.accessibleName() == "Days shown"
    for button in controls.range_buttons.values():
        face = QAccessible.queryAccessibleInterface(button)
        assert face.role() == QAccessible.Role.RadioButton, button.text()
    assert chart.graphics.accessibleName() == "Chart: the arrow keys go from day to day"
    described = chart.graphics.accessibleDescription()
    assert described.startswith("Steps inside: From 50 to 52 steps since 5 March 2026")
    assert "In the last 7 days: 3 pauses" in described
    names = {entry.accessibleName() for entry in chart.legend_entries.values()}
    assert {"What you did", "Your target", "Crash"} <= names


def test_the_arrows_move_along_the_ranges_without_choosing(qtbot, chart) -> None:
    week, month = chart.range_buttons[ChartRange.WEEK], chart.range_buttons[ChartRange.MONTH]
    every = list(chart.range_buttons.values())
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert month.hasFocus() and week.isChecked() and not month.isChecked()
    assert chart.chart_range is ChartRange.WEEK
    qtbot.keyClick(month, Qt.Key.Key_Space)
    assert month.isChecked() and chart.chart_range is ChartRange.MONTH
    qtbot.keyClick(month, Qt.Key.Key_Left)
    qtbot.keyClick(week, Qt.Key.Key_Left)  # round to the last
    assert every[-1].hasFocus() and month.isChecked()


def _key(qtbot, chart: ProgressChart, key: Qt.Key) -> None:
    qtbot.keyClick(chart.graphics, key)


def test_the_chart_is_walked_day_by_day_and_each_day_is_said_as_its_hover_says(
    qtbot, chart: ProgressChart, clock: FakeClock
) -> None:
    walk = chart.day_walk
    with listening() as heard:
        chart.graphics.setFocus(Qt.FocusReason.TabFocusReason)
        assert walk.day == clock.today  # the last day shown
        _key(qtbot, chart, Qt.Key.Key_Left)
        _key(qtbot, chart, Qt.Key.Key_Left)
    crash_day = clock.today - timedelta(days=2)
    assert walk.day == crash_day
    plot = chart.activity_plots[0]
    assert plot.series is not None and plot.activity is not None
    hover = day_text(plot.series, plot.activity, plot.series.days.index(crash_day), plot.names)
    assert heard[-1] == ("chart_graphics", hover)  # the very words of the point's tip
    assert [line.splitlines()[0] for _who, line in heard] == [
        long_day(clock.today - timedelta(days=n)) for n in (0, 1, 2)
    ]
    # A shaded day with pauses says the band's words and the pause mark's.
    _key(qtbot, chart, Qt.Key.Key_Left)
    assert walk.said.splitlines()[1:] == [
        "One of the 3 days before the crash on Friday 13 March 2026",
        "2 pauses",
        "4 minutes of calm breathing",
    ]
    _key(qtbot, chart, Qt.Key.Key_Right)
    _key(qtbot, chart, Qt.Key.Key_Right)  # a day with a pause, nothing logged and no mark
    assert walk.said.splitlines()[1:] == ["Nothing logged", "1 pause", "1 minute of calm breathing"]
    # The mark outlines the day in every plot shown.
    x = day_x(walk.day)
    assert len(walk.marks) == len(chart.shown_plots())
    assert all(m.getRegion() == pytest.approx((x - DAY / 2, x + DAY / 2)) for m in walk.marks)
    _key(qtbot, chart, Qt.Key.Key_End)
    assert walk.day == clock.today
    _key(qtbot, chart, Qt.Key.Key_Right)  # no day after today
    assert walk.day == clock.today
    _key(qtbot, chart, Qt.Key.Key_Home)
    assert walk.day == clock.today - timedelta(days=6)
    chart.controls.today_button.setFocus()
    assert walk.marks == []  # the mark goes with the focus


def test_walking_past_the_edge_moves_the_days_shown(qtbot, chart: ProgressChart, clock) -> None:
    chart.graphics.setFocus(Qt.FocusReason.TabFocusReason)
    _key(qtbot, chart, Qt.Key.Key_Home)
    _key(qtbot, chart, Qt.Key.Key_Left)
    assert chart.day_walk.day == clock.today - timedelta(days=7)
    assert chart.visible_days()[0] == clock.today - timedelta(days=7)
    assert chart.chart_range is None  # as after a drag: no range button is right
    assert not any(button.isChecked() for button in chart.range_buttons.values())
    _key(qtbot, chart, Qt.Key.Key_PageUp)
    assert chart.day_walk.day == clock.today - timedelta(days=10)  # the first day there is


def test_a_click_on_the_chart_shows_no_mark(qtbot, chart: ProgressChart) -> None:
    chart.graphics.setFocus(Qt.FocusReason.MouseFocusReason)
    assert chart.day_walk.marks == []


def test_the_day_mark_stands_out_at_3_to_1_in_every_palette(chart: ProgressChart) -> None:
    from PySide6.QtGui import QColor

    from pause_app.ui.widgets import theme
    from pause_app.ui.widgets.colors import PALETTES, contrast

    chart.graphics.setFocus(Qt.FocusReason.TabFocusReason)
    edge = chart.day_walk.marks[0].lines[0].pen.color()
    assert edge.name() == theme.colors_in_use(chart.palette()).text  # the text colour...
    alpha = edge.alphaF()
    assert alpha < 1.0  # ...softened, not a heavy black line
    for colors in PALETTES:  # as it shows on the chart's surface
        text, surface = QColor(colors.text).getRgbF()[:3], QColor(colors.surface).getRgbF()[:3]
        seen = QColor.fromRgbF(
            *(alpha * t + (1 - alpha) * b for t, b in zip(text, surface, strict=True))
        )
        assert contrast(seen.name(), colors.surface) >= 3.0, colors


def test_a_day_chosen_by_keyboard_shows_its_words_beside_it(qtbot, chart: ProgressChart) -> None:
    walk = chart.day_walk
    chart.graphics.setFocus(Qt.FocusReason.TabFocusReason)
    _key(qtbot, chart, Qt.Key.Key_Left)
    tip = walk.tip
    assert tip.isVisible() and tip.text() == walk.said  # the hover's words, for the eyes
    assert chart.graphics.rect().contains(tip.geometry())
    chart.controls.today_button.setFocus()
    assert not tip.isVisible()  # it goes with the focus, as the mark does


def test_a_day_says_the_resting_pulse_while_its_line_is_shown(
    qtbot, chart: ProgressChart, store: Store, clock: FakeClock
) -> None:
    store.heart_rates.add([(clock.today, 61)], "gadgetbridge:Mi Band")
    chart.reload()
    chart.graphics.setFocus(Qt.FocusReason.TabFocusReason)
    assert "Resting heart rate" not in chart.day_walk.said  # the line is off
    chart.heart_plot.toggle.click()
    chart.graphics.setFocus(Qt.FocusReason.TabFocusReason)
    _key(qtbot, chart, Qt.Key.Key_End)
    assert chart.day_walk.said.splitlines()[-1] == "Resting heart rate: 61 a minute"
    assert len(chart.day_walk.marks) == len(chart.shown_plots()) == 3  # the pulse strip too
