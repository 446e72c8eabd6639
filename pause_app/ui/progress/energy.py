"""The energy strip under the other plots: the energy the user had each day (filled circles)
and what the day took (hollow diamonds), days with severe symptoms marked with a cross at the
top. Shown only when there are check-ins; its items are made once and updated by setData."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import attrgetter

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from pause_app.core.model import CheckIn, Symptoms
from pause_app.ui.progress.axis import day_x, style_axes
from pause_app.ui.progress.look import HAD_SYMBOL, SEVERE_SYMBOL, SPENT_SYMBOL, Look
from pause_app.ui.progress.near import NearView
from pause_app.ui.progress.plots import _day_plot
from pause_app.ui.progress.words import long_day

translate = QCoreApplication.translate

TOP = 10.0
SEVERE_Y = 11.3  # the symptom crosses sit above the highest energy


def symptoms_name(level: Symptoms) -> str:
    return {
        Symptoms.NONE: translate("ProgressChart", "no symptoms"),
        Symptoms.MILD: translate("ProgressChart", "mild symptoms"),
        Symptoms.MODERATE: translate("ProgressChart", "moderate symptoms"),
        Symptoms.SEVERE: translate("ProgressChart", "severe symptoms"),
        Symptoms.VERY_SEVERE: translate("ProgressChart", "very severe symptoms"),
    }[level]


def checkin_text(checkin: CheckIn) -> str:
    """What hovering a day of the strip says: that day's check-in in words."""
    lines = [long_day(checkin.day)]
    if checkin.energy is not None:
        lines.append(translate("ProgressChart", "Energy had: {n} of 10").format(n=checkin.energy))
    if checkin.spent is not None:
        lines.append(translate("ProgressChart", "Energy spent: {n} of 10").format(n=checkin.spent))
    if checkin.outside_envelope:
        lines.append(translate("ProgressChart", "The day took more than you had"))
    if checkin.sleep is not None:
        lines.append(translate("ProgressChart", "Sleep: {n} of 5").format(n=checkin.sleep))
    if checkin.symptoms is not None:
        lines.append(symptoms_name(checkin.symptoms).capitalize())
    if checkin.note:
        lines.append(checkin.note)
    return "\n".join(lines)


def inside_envelope(checkins: Sequence[CheckIn], today: date, days: int = 7) -> tuple[int, int]:
    """Of the last ``days`` days that have both energy and spent (within the last two weeks,
    so the line never speaks of long ago): how many stayed inside the energy the user had
    (spent at most what they had), and how many there were."""
    both = [
        c
        for c in checkins
        if c.energy is not None and c.spent is not None and 0 <= (today - c.day).days < 2 * days
    ]
    recent = sorted(both, key=lambda c: c.day)[-days:]
    return sum(not c.outside_envelope for c in recent), len(recent)


class EnergyPlot:
    """Energy had and spent per day, 0-10, sharing the days of the plots above."""

    def __init__(self, look: Look) -> None:
        self.plot = _day_plot("energy_plot")
        self.checkins: list[CheckIn] = []
        self.had = pg.ScatterPlotItem(symbol=HAD_SYMBOL, size=7, hoverable=True)
        self.spent = pg.ScatterPlotItem(symbol=SPENT_SYMBOL, size=9, hoverable=True)
        self.severe = pg.ScatterPlotItem(symbol=SEVERE_SYMBOL, size=8, hoverable=True)
        for item in (self.had, self.spent, self.severe):
            item.opts["tip"] = self._tip
            self.plot.addItem(item)
        self.plot.getViewBox().setYRange(-0.5, SEVERE_Y + 0.7, padding=0)
        self.near = NearView(self.plot.getViewBox())  # the marks near the days in view
        self.plot.getAxis("left").setTicks([[(0, "0"), (5, "5"), (10, "10")]])
        self.restyle(look)

    def restyle(self, look: Look) -> None:
        self.had.setBrush(look.had_brush)
        self.had.setPen(look.point_pen)
        self.spent.setBrush(None)
        self.spent.setPen(look.spent_pen)
        self.severe.setBrush(look.severe_brush)
        self.severe.setPen(None)
        style_axes(self.plot, look)

    def retranslate(self) -> None:
        self.plot.setLabel("left", translate("ProgressChart", "energy"))

    def show(self, checkins: Sequence[CheckIn]) -> None:
        self.checkins = list(checkins)
        count = len(self.checkins)  # one a day: a hundred years are 36,500, each walk in C
        xs = np.fromiter(map(day_x, map(attrgetter("day"), self.checkins)), float, count)
        indexes = np.arange(count)
        energy = np.array(list(map(attrgetter("energy"), self.checkins)), dtype=float)
        used = np.array(list(map(attrgetter("spent"), self.checkins)), dtype=float)
        had, spent = ~np.isnan(energy), ~np.isnan(used)  # None: not said
        energy, used = np.where(had, energy, 0.0), np.where(spent, used, 0.0)
        severe = np.fromiter(map(attrgetter("severe"), self.checkins), bool, count)
        order = np.argsort(xs, kind="stable")  # by day, as the store reads them: near.py
        xs, indexes = xs[order], indexes[order]
        had, spent, severe = had[order], spent[order], severe[order]
        energy, used = energy[order], used[order]
        self.near.scatter(self.had, xs[had], energy[had], indexes[had])
        self.near.scatter(self.spent, xs[spent], used[spent], indexes[spent])
        self.near.scatter(
            self.severe, xs[severe], np.full(int(severe.sum()), SEVERE_Y), indexes[severe]
        )
        self.near.rest()

    def _tip(self, x: float, y: float, data: int) -> str:
        index = int(data)
        return checkin_text(self.checkins[index]) if 0 <= index < len(self.checkins) else ""
