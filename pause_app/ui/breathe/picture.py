"""What one frame of the breathing guide shows, as numbers, and the parts of the widget a
change repaints: the guide compares pictures instead of pixels, and repaints a few bands
of rectangles (each one copy to the X server) instead of the whole widget."""

from __future__ import annotations

import itertools
import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QRegion

EDGE_WIDTH = 2.0  # the circle's edge, at 3:1 against the window (docs/STYLE.md, "Colour")
BANDS = 8  # the ring an edge moved through is repainted as this many bands (about 2 rects each)
MARGIN = EDGE_WIDTH + 2  # the edge's width and its antialiasing, either side of the radius

RGB = tuple[int, int, int]


class Picture(NamedTuple):
    """What one frame of the guide shows: a new frame is needed only when this changes."""

    radius: float
    fill: int  # QColor.rgb()
    edge: int
    caption: tuple[str, str]


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


def ring_region(centre: QPointF, inner: float, outer: float) -> QRegion:
    """The pixels between two radii, as a few bands: a handful of rectangles, not one per
    scan line (each is one copy to the X server)."""
    inner = max(0.0, inner)
    cx, cy = centre.x(), centre.y()
    edges = [math.floor(cy - outer + index * 2 * outer / BANDS) for index in range(BANDS)]
    edges.append(math.ceil(cy + outer))
    rects: list[QRect] = []
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
            rects.append(QRect(left, y0, right - left, y1 - y0))
        else:
            rects.append(QRect(left, y0, hole_left - left, y1 - y0))
            rects.append(QRect(hole_right, y0, right - hole_right, y1 - y0))
    region = QRegion()
    for rect in rects:
        region += rect
    return region


def mix_rgb(a: RGB, b: RGB, share: float) -> int:
    """The colour ``share`` of the way from a to b, as QColor.rgb() (opaque)."""
    red = round(a[0] + (b[0] - a[0]) * share)
    green = round(a[1] + (b[1] - a[1]) * share)
    blue = round(a[2] + (b[2] - a[2]) * share)
    return 0xFF000000 | (red << 16) | (green << 8) | blue
