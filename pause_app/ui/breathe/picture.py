"""What one frame of the breathing guide shows, as numbers, and the parts of the widget a
change repaints: the guide compares pictures instead of pixels, and repaints a few bands
of rectangles (each one copy to the X server) instead of the whole widget.

The rules that turn a breath into a picture live on a plain object, not on the widget: a
frame asks for two or three pictures, and a widget's attributes cost several times a plain
object's to read (and many times to set)."""

from __future__ import annotations

import itertools
import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QRegion

from pause_app.core.breathing import BreathState, Phase

EDGE_WIDTH = 2.0  # the circle's edge, at 3:1 against the window (docs/STYLE.md, "Colour")
BANDS = 8  # the ring an edge moved through is repainted as this many bands (about 2 rects each)
MARGIN = EDGE_WIDTH + 2  # the edge's width and its antialiasing, either side of the radius

SMALLEST = 0.38  # the empty circle, as a share of the largest
FAINT_SHRINK = 0.6  # "feel safe": the rhythm keeps 40% of its swing
FAINT_DIM = 0.4  # and 60% of its colour
FAINT_EDGE_DIM = 0.04  # "feel safe" softens the edge a little: antialiased, still 3:1

RGB = tuple[int, int, int]


class Picture(NamedTuple):
    """What one frame of the guide shows: a new frame is needed only when this changes."""

    radius: float
    fill: int  # QColor.rgb()
    edge: int
    caption: tuple[str, str]


NOTHING = Picture(0.0, 0, 0, ("", ""))  # no exercise: no circle, no words


class PictureRules:
    """How a breath state looks: the circle's size and colours and the words under it.

    The guide keeps ``largest`` (by its size) and ``colours`` (by its palette) up to date,
    and the words in its language; with reduced motion nothing changes size: the circle
    only brightens and dims."""

    __slots__ = ("colours", "largest", "paused", "paused_word", "phase_words", "reduced_motion")

    def __init__(self) -> None:
        self.largest: float | None = None  # px: the full circle's radius; None: ask the size
        self.colours: tuple[RGB, RGB] | None = None  # the window's, the accent; None: ask
        self.reduced_motion = False
        self.paused = False
        self.phase_words: dict[Phase, str] = {}
        self.paused_word = ""

    def picture(
        self, state: BreathState | None, faint: bool, presence: float, faintness: float
    ) -> Picture:
        """The picture of ``state``; ``largest`` and ``colours`` are known."""
        if state is None:
            return NOTHING
        assert self.largest is not None and self.colours is not None
        base, accent = self.colours
        return Picture(
            self.radius(state, faintness),
            mix_rgb(base, accent, self.fill_strength(state, presence, faintness)),
            mix_rgb(base, accent, self.edge_strength(presence, faintness)),
            self.caption(state, faint),
        )

    def fullness(self, state: BreathState | None, faintness: float) -> float:
        if state is None:
            return 0.0
        return state.fullness * (1 - FAINT_SHRINK * faintness)

    def radius(self, state: BreathState | None, faintness: float) -> float:
        assert self.largest is not None
        if self.reduced_motion:
            return self.largest * 0.8
        return self.largest * (SMALLEST + (1 - SMALLEST) * self.fullness(state, faintness))

    def fill_strength(self, state: BreathState | None, presence: float, faintness: float) -> float:
        # Reduced motion shows the breath as brightness; otherwise a steady, soft fill.
        strength = 0.25 + 0.5 * self.fullness(state, faintness) if self.reduced_motion else 0.55
        return strength * (1 - FAINT_DIM * faintness) * presence

    @staticmethod
    def edge_strength(presence: float, faintness: float) -> float:
        """The edge keeps its 3:1 against the window while the fill stays soft."""
        return (1 - FAINT_EDGE_DIM * faintness) * presence

    def caption(self, state: BreathState | None, faint: bool) -> tuple[str, str]:
        """The phase word and the countdown, as shown under the circle."""
        if state is None or faint:  # "feel safe" keeps a rhythm, not instructions
            return "", ""
        word = self.paused_word if self.paused else self.phase_words[state.phase]
        return word, str(math.ceil(state.ms_left / 1000))


def alike(a: Picture, b: Picture, move_px: float) -> bool:
    """Two pictures the eye would not tell apart as a step: the edge moved at most
    ``move_px`` (it is antialiased), no colour channel by more than 2 of 255, same words."""
    if abs(a.radius - b.radius) > move_px or a.caption != b.caption:
        return False
    return all(
        abs(((x >> shift) & 0xFF) - ((y >> shift) & 0xFF)) <= 2
        for x, y in ((a.fill, b.fill), (a.edge, b.edge))
        for shift in (0, 8, 16)
    )


def square(centre: QPointF, radius: float) -> QRect:
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius).toAlignedRect()


Box = tuple[int, int, int, int]  # x, y, width, height: a QRect's numbers, read without Qt


def ring_boxes(centre: QPointF, inner: float, outer: float) -> list[Box]:
    """The pixels between two radii, as a few bands: a handful of rectangles, not one per
    scan line (each is one copy to the X server)."""
    inner = max(0.0, inner)
    cx, cy = centre.x(), centre.y()
    edges = [math.floor(cy - outer + index * 2 * outer / BANDS) for index in range(BANDS)]
    edges.append(math.ceil(cy + outer))
    boxes: list[Box] = []
    for y0, y1 in itertools.pairwise(edges):
        if y1 <= y0:
            continue
        top, bottom = y0 - cy, y1 - cy
        near = 0.0 if top < 0 < bottom else min(abs(top), abs(bottom))  # widest in the band
        far = max(abs(top), abs(bottom))  # narrowest inner chord in the band
        left = math.floor(cx - math.sqrt(max(0.0, outer * outer - near * near)))
        right = math.ceil(cx + math.sqrt(max(0.0, outer * outer - near * near)))
        half_inner = math.sqrt(inner * inner - far * far) if far < inner else 0.0
        hole_left, hole_right = math.ceil(cx - half_inner), math.floor(cx + half_inner)
        if hole_right - hole_left < 2:
            boxes.append((left, y0, right - left, y1 - y0))
        else:
            boxes.append((left, y0, hole_left - left, y1 - y0))
            boxes.append((hole_right, y0, right - hole_right, y1 - y0))
    return boxes


def region_of(boxes: list[Box]) -> QRegion:
    region = QRegion()
    for box in boxes:
        region += QRect(*box)
    return region


def meets_circle(box: Box, centre: QPointF, radius: float, reach: float) -> bool:
    """Whether any pixel of ``box`` lies within ``reach`` of the circle of ``radius``."""
    x, y, width, height = box
    cx, cy = centre.x(), centre.y()
    near_x = max(x - cx, 0.0, cx - (x + width))  # from the centre to the box's nearest point
    near_y = max(y - cy, 0.0, cy - (y + height))
    far_x = max(abs(x - cx), abs(x + width - cx))  # and to its farthest corner
    far_y = max(abs(y - cy), abs(y + height - cy))
    return (
        math.hypot(near_x, near_y) <= radius + reach and math.hypot(far_x, far_y) >= radius - reach
    )


def mix_rgb(a: RGB, b: RGB, share: float) -> int:
    """The colour ``share`` of the way from a to b, as QColor.rgb() (opaque)."""
    red = round(a[0] + (b[0] - a[0]) * share)
    green = round(a[1] + (b[1] - a[1]) * share)
    blue = round(a[2] + (b[2] - a[2]) * share)
    return 0xFF000000 | (red << 16) | (green << 8) | blue
