"""The plots one above the other, on one day axis: each day sits at the same place in every
plot, and only the lowest plot names the days. (Side by side, the calm plot under two
activities lined its days up with neither.)"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg

PLOT_HEIGHT = 120  # the least room each plot below the first needs, in pixels: its label
FIRST_HEIGHT = 160
AXIS_ROOM = 28  # the day axis under the lowest plot


def place(
    view: pg.GraphicsLayoutWidget,
    shown: Sequence[tuple[pg.PlotItem, int]],
    every: Sequence[pg.PlotItem],
) -> None:
    """``shown`` (each plot with its share of the height) from top to bottom in ``view``;
    the rest of ``every`` plot taken out and hidden."""
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
    for row, (plot, share) in enumerate(shown):
        layout.addItem(plot, row=row, col=0)
        grid.setRowStretchFactor(row, share)
        plot.showAxis("bottom", row == len(shown) - 1)
        # Each plot as tall as its label along the left (the lowest carries the day axis).
        plot.setMinimumHeight(
            (FIRST_HEIGHT if row == 0 else PLOT_HEIGHT) + AXIS_ROOM * (row == len(shown) - 1)
        )
    view.setMinimumHeight(FIRST_HEIGHT + PLOT_HEIGHT * (len(shown) - 1) + AXIS_ROOM + 12)
