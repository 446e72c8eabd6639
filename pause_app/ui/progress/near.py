"""Only the marks near the days in view are handed to pyqtgraph: a hundred years are
36,500 days, and a scatter item does work for every point it holds (its symbols, its
bounds), drawn or not. The chart opens on a week or a month; dragging, zooming or "All"
hands over more as the view reaches past what was given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg

from pause_app.ui.progress.axis import DAY

NEAR_DAYS = 400  # handed over on each side of the days in view, or as many as in view

Put = Callable[[slice], None]  # hands the item the marks of this slice of its days


class NearView:
    """The marks of a plot, each item's kept whole (x ascending) and handed over near the
    view: again only when the view leaves what was handed over, or the data changes."""

    def __init__(self, view: pg.ViewBox) -> None:
        self._view = view
        self._items: dict[int, tuple[np.ndarray[Any, Any], Put]] = {}
        self._near = (np.inf, -np.inf)
        view.sigXRangeChanged.connect(self.follow)

    def scatter(
        self,
        item: pg.ScatterPlotItem,
        xs: np.ndarray[Any, Any],
        ys: np.ndarray[Any, Any],
        data: np.ndarray[Any, Any],
    ) -> None:
        """A scatter item's points (``data``: what its tip is told), x ascending."""
        self.put(item, xs, lambda near: item.setData(x=xs[near], y=ys[near], data=data[near]))

    def put(self, item: object, xs: np.ndarray[Any, Any], put: Put) -> None:
        """Any item's marks at ``xs`` (ascending), handed over by ``put`` at ``rest``."""
        self._items[id(item)] = (xs, put)

    def follow(self, *_args: object) -> None:
        """The view moved: more marks, only once it reaches past those handed over."""
        low, high = self._view.viewRange()[0]
        if self._near[0] <= low and high <= self._near[1]:
            return
        margin = max(high - low, NEAR_DAYS * DAY)
        self._near = (low - margin, high + margin)
        for xs, put in self._items.values():
            put(self._slice(xs, *self._near))

    def rest(self) -> None:
        """Hand every item over again, near where the view is now (after new data)."""
        self._near = (np.inf, -np.inf)
        self.follow()

    @staticmethod
    def _slice(xs: np.ndarray[Any, Any], low: float, high: float) -> slice:
        if low > high:
            return slice(0, 0)
        first, last = np.searchsorted(xs, [low, high], side="left")
        return slice(int(first), int(last))
