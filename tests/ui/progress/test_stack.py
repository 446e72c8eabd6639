"""The plots one above the other on one day axis, and control rows that wrap: nothing is
cut off at the window's smallest or with large text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from pause_app.core.model import Felt, NewActivity
from pause_app.ui.progress.chart import ProgressChart
from tests.helpers.clock import FakeClock


def test_two_activities_stack_on_one_day_axis(
    chart: ProgressChart, store, clock: FakeClock, history: dict[str, int]
) -> None:
    outside = store.activities.add(
        NewActivity("Steps outside", "steps", 40, derived_from=history["inside"]), clock()
    )
    store.attempts.add(outside.id, 41, Felt.GOOD, "", clock())
    chart.reload()
    chart.choose(history["inside"], outside.id)
    layout = chart.graphics.ci
    first, second = (p.plot for p in chart.activity_plots)
    assert [layout.getItem(row, 0) for row in range(3)] == [first, second, chart.calm_plot.plot]
    assert layout.getItem(0, 1) is None  # nothing side by side
    QCoreApplication.processEvents()
    plots = chart.shown_plots()
    # One day axis: only the lowest names the days; every plot shows the same days, and a
    # day sits at the same place across (the left axes are as wide as each other).
    assert [p.getAxis("bottom").isVisible() for p in plots] == [False, False, True]
    ranges = [p.getViewBox().viewRange()[0] for p in plots]
    assert all(r == pytest.approx(ranges[0]) for r in ranges)
    lefts = {round(p.getViewBox().sceneBoundingRect().left()) for p in plots}
    rights = {round(p.getViewBox().sceneBoundingRect().right()) for p in plots}
    assert len(lefts) == 1 and len(rights) == 1
    chart.choose(history["inside"])
    assert layout.getItem(1, 0) is chart.calm_plot.plot and not second.isVisible()


def _inside(chart: ProgressChart, widget) -> bool:  # type: ignore[no-untyped-def]
    corner = widget.mapTo(chart, QPoint(widget.width(), widget.height()))
    return widget.isVisible() and corner.x() <= chart.width() and corner.y() <= chart.height()


@pytest.mark.parametrize("points", [11, 18])
def test_the_control_rows_wrap_so_nothing_is_cut_off(chart: ProgressChart, points: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    try:
        large = QFont(font)
        large.setPointSize(points)
        chart.setFont(large)
        chart.resize(380, 900)
        for _ in range(3):
            QCoreApplication.processEvents()
        controls = chart.controls
        every = [
            controls.activity_box,
            controls.aggregate_box,
            controls.save_button,
            controls.table_button,
            *controls.range_buttons.values(),
            controls.today_button,
        ]
        assert all(_inside(chart, widget) for widget in every), [
            w.objectName() for w in every if not _inside(chart, w)
        ]
        assert controls.today_button.y() > controls.range_box.y()  # on a line of its own
    finally:
        chart.setFont(font)


def test_with_large_text_each_plot_is_as_tall_as_its_label(chart: ProgressChart) -> None:
    from PySide6.QtGui import QFontMetrics

    from pause_app.ui.progress.axis import axis_width

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    try:
        large = QFont(font)
        large.setPointSize(20)
        app.setFont(large)
        chart.retranslate_ui()  # (a change of text size lays the plots out again the same way)
        metrics = QFontMetrics(large)
        for plot in chart.shown_plots():
            label = plot.getAxis("left").labelText
            assert plot.minimumHeight() >= metrics.horizontalAdvance(label), label
        assert axis_width() >= metrics.horizontalAdvance("0000") + metrics.height()
    finally:
        app.setFont(font)
        chart.retranslate_ui()
