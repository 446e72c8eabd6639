"""The plots one above the other, on one day axis: each day sits at the same place in every
plot, and only the lowest plot names the days. (Side by side, the calm plot under two
activities lined its days up with neither.)"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

PLOT_HEIGHT = 120  # the least room each plot below the first needs, in pixels
FIRST_HEIGHT = 160
AXIS_ROOM = 28  # the day axis under the lowest plot


def place(
    view: pg.GraphicsLayoutWidget,
    shown: Sequence[tuple[pg.PlotItem, int]],
    every: Sequence[pg.PlotItem],
) -> None:
    """``shown`` (each plot with its share of the height) from top to bottom in ``view``;
    the rest of ``every`` plot taken out and hidden. Each plot is at least as tall as the
    label along its left side, in the font in use (large text too)."""
    layout = view.ci
    for plot in every:
        if plot in layout.items:
            layout.removeItem(plot)
    wanted = [plot for plot, _share in shown]
    for plot in every:
        plot.setVisible(plot in wanted)
    grid = layout.layout
    for row in range(grid.rowCount()):
        grid.setRowStretchFactor(row, 0)
    metrics = QFontMetrics(QFont())  # the labels' font: the application's
    axis_room = max(AXIS_ROOM, metrics.height() + 12)
    height = 0
    for row, (plot, share) in enumerate(shown):
        layout.addItem(plot, row=row, col=0)
        grid.setRowStretchFactor(row, share)
        lowest = row == len(shown) - 1
        plot.showAxis("bottom", lowest)
        label = metrics.horizontalAdvance(plot.getAxis("left").labelText) + 16
        least = max(FIRST_HEIGHT if row == 0 else PLOT_HEIGHT, label)
        plot.setMinimumHeight(least + (axis_room if lowest else 0))
        height += least
    view.setMinimumHeight(height + axis_room + 12)
