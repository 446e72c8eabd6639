"""Resting heart rate, as a phone or a watch measured it (imported with the steps): a thin
line on a low strip under the other plots, sharing their days. Off by default; a check box
beside the range buttons shows it, and the choice is remembered (``progress.show_heart_rate``).
No advice is drawn from it: it is there to be seen beside the steps, nothing more.

The check box shows only once there is a resting heart rate to show. Nothing is read while
the line is off."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QCheckBox

from pause_app.ui.progress.axis import DAY, day_x, style_axes
from pause_app.ui.progress.look import Look
from pause_app.ui.progress.plots import _day_plot
from pause_app.ui.progress.words import long_day

translate = QCoreApplication.translate

SETTING = "progress.show_heart_rate"
GAP_DAYS = 1  # a day without a value breaks the line: a gap, never a made-up value


class Remembers(Protocol):
    """Where the choice is kept: the settings (desktop's SettingsWatcher, or a test's)."""

    def get(self, key: str) -> bool | int | str: ...

    def set(self, key: str, text: str) -> None: ...


def heart_text(day: date, bpm: int) -> str:
    """What hovering a day of the line says."""
    line = translate("ProgressChart", "Resting heart rate: {bpm} a minute")
    return "\n".join([long_day(day), line.format(bpm=bpm)])


class HeartPlot:
    """Resting beats a minute per day: a thin line, with a small dot a day to hover."""

    def __init__(self, look: Look, settings: Remembers | None = None) -> None:
        self.plot = _day_plot("heart_plot")
        self.toggle = HeartToggle(settings)
        self.values: list[tuple[date, int]] = []
        self.line = pg.PlotDataItem(connect="finite")
        self.points = pg.ScatterPlotItem(symbol="o", size=3, hoverable=True)
        self.points.opts["tip"] = self._tip
        self.plot.addItem(self.line)
        self.plot.addItem(self.points)
        self.restyle(look)

    def restyle(self, look: Look) -> None:
        pen = QPen(look.text)
        pen.setWidthF(1.2)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.points.setPen(None)
        self.points.setBrush(look.text)
        style_axes(self.plot, look)

    def retranslate(self) -> None:
        self.plot.setLabel("left", translate("ProgressChart", "pulse"))
        self.toggle.retranslate()

    @property
    def wanted(self) -> bool:
        """On, and there is a resting heart rate to show."""
        return self.toggle.isChecked() and bool(self.values)

    def show(self, values: Sequence[tuple[date, int]]) -> None:
        self.values = sorted(values)
        self.toggle.setVisible(bool(self.values))
        xs = np.array([day_x(day) for day, _bpm in self.values], dtype=float)
        ys = np.array([bpm for _day, bpm in self.values], dtype=float)
        self.points.setData(x=xs, y=ys, data=np.arange(len(self.values)))
        if len(xs) >= 2:  # broken where a day has no value
            breaks = np.nonzero(np.diff(xs) > GAP_DAYS * DAY + 1)[0] + 1
            xs, ys = np.insert(xs, breaks, np.nan), np.insert(ys, breaks, np.nan)
        self.line.setData(xs, ys)
        if self.values:
            low = min(bpm for _day, bpm in self.values)
            high = max(bpm for _day, bpm in self.values)
            self.plot.getViewBox().setYRange(low - 4, high + 4, padding=0)

    def _tip(self, x: float, y: float, data: Any) -> str:
        index = int(data)
        return heart_text(*self.values[index]) if 0 <= index < len(self.values) else ""


class HeartToggle(QCheckBox):
    """The check box beside the range buttons; it keeps the choice in the settings."""

    def __init__(self, settings: Remembers | None = None) -> None:
        super().__init__()
        self.setObjectName("chart_heart_rate")
        self._settings = settings
        self.setChecked(bool(settings.get(SETTING)) if settings is not None else False)
        self.toggled.connect(self._remember)
        self.setVisible(False)  # until there is a resting heart rate to show
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("ProgressChart", "Resting heart rate"))
        self.setToolTip(
            translate(
                "ProgressChart", "A thin line of your resting pulse, from your watch or phone"
            )
        )
        self.setAccessibleName(translate("ProgressChart", "Show the resting heart rate"))

    def _remember(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.set(SETTING, "true" if on else "false")
