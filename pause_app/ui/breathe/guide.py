"""The breathing guide: a soft circle that grows on the in-breath, rests on holds and
shrinks on the out-breath, with the phase word and a countdown under it.

It draws the state it is given and owns no timer: the exercise view decides when a new
frame is due (and stops asking when nothing is visible). With reduced motion nothing
changes size: the circle only brightens and dims, slowly.

A frame costs little: only what changed is repainted (the ring the circle's edge moved
through, the circle when its colour changed, the countdown when its number changed), and
the pens, brushes, fonts and texts are kept between frames. ``picture`` says what a state
would look like, so the exercise view can leave out frames that would look the same.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pause_app.core.breathing import BreathState, Phase
from pause_app.ui.breathe.picture import (
    EDGE_WIDTH,
    MARGIN,
    RGB,
    Picture,
    mix_rgb,
    ring_region,
    square,
)
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.retranslating import Retranslating

SMALLEST = 0.38  # the empty circle, as a share of the largest
FAINT_SHRINK = 0.6  # "feel safe": the rhythm keeps 40% of its swing
FAINT_DIM = 0.4  # and 60% of its colour
TEXT_HEIGHT = 64  # the phase word and the countdown, under the circle
COUNT_SIZE = 1.45  # the countdown's size, times the text's: easy to read at a glance
FAINT_EDGE_DIM = 0.04  # "feel safe" softens the edge a little: antialiased, still 3:1
RING_IMAGE_MAX = 700  # px a side: the faint ring is kept as an image of at most 2 MB


class BreathingGuide(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathing_guide")
        self.state: BreathState | None = None
        self.faint = False  # the "feel safe" rhythm: no words, no countdown
        self.presence = 1.0  # 0..1: fades in and out at the edges of the steps
        self.faintness = 0.0  # 0..1: how far the circle has softened into the faint rhythm
        self.reduced_motion = False
        self.paused = False
        self.paint_count = 0  # for tests and the benchmark: frames actually drawn
        self._shown: Picture | None = None  # asked for last: what a new picture repaints over
        self._pens: tuple[QPen, QPen, QPen, QColor] | None = None  # from the palette
        self._looks: dict[tuple[int, int], tuple[QBrush, QBrush]] = {}  # (edge, fill) -> kept
        self._fonts: tuple[QFont, QFont] | None = None  # the word's and the countdown's
        self._colours: tuple[RGB, RGB] | None = None  # the window's, the accent
        self._texts = (QStaticText(), QStaticText())
        self._zone: QRegion | None = None  # where the faint ring is, by the size
        self._largest: float | None = None  # the largest radius, by the size
        self._middle: QPointF | None = None  # the circle's centre, by the size
        self._ring_image: tuple[QPoint, QImage] | None = None  # the ring, by size and palette
        self._rings: dict[tuple[int, int], QRegion] = {}  # (inner, outer) px -> the region
        self._captions: tuple[QRect, QRect] | None = None  # the word's and the count's rects
        for text in self._texts:
            text.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # It paints its own background (the window's colour), so a frame does not ask every
        # widget behind it to paint that corner too.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(220, 260)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:
        return QSize(360, 380)

    def retranslate_ui(self) -> None:
        self.phase_words = {
            Phase.INHALE: self.tr("Breathe in"),
            Phase.INHALE_MORE: self.tr("A little more"),
            Phase.HOLD_IN: self.tr("Hold"),
            Phase.EXHALE: self.tr("Breathe out"),
            Phase.HOLD_OUT: self.tr("Rest"),
        }
        self.paused_word = self.tr("Paused")
        self.setAccessibleName(self.tr("Breathing guide"))
        self._shown = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            # What is kept from the palette is asked again here, not checked each frame.
            self._pens, self._fonts, self._shown, self._colours = None, None, None, None
            self._ring_image = None
            self._looks.clear()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:
        self._shown, self._zone, self._captions = None, None, None  # the next frame: all of it
        self._ring_image, self._largest, self._middle = None, None, None
        self._rings.clear()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def show_state(
        self,
        state: BreathState | None,
        faint: bool = False,
        presence: float = 1.0,
        faintness: float = 0.0,
    ) -> None:
        self.state, self.faint = state, faint
        self.presence, self.faintness = presence, faintness
        if state is None:
            self._ring_image = None  # no frames to come: the memory goes back
        before, now = self._shown, self.picture()
        self._shown = now
        if before is None:
            self.update()
        elif now != before:
            self.update(self._changed(before, now))

    @property
    def shown(self) -> Picture | None:
        """The picture asked for last (None: the next frame paints everything)."""
        return self._shown

    def picture(self) -> Picture:
        if self.state is None:
            return Picture(0.0, 0, 0, ("", ""))
        base, accent = self._base_and_accent()
        return Picture(
            self.circle_radius(),
            mix_rgb(base, accent, self._fill_strength()),
            mix_rgb(base, accent, self._edge_strength()),
            self.caption(),
        )

    def picture_of(
        self, state: BreathState | None, faint: bool, presence: float, faintness: float
    ) -> Picture:
        """What a state would look like, drawing nothing (the exercise view plans frames)."""
        kept = (self.state, self.faint, self.presence, self.faintness)
        self.state, self.faint, self.presence, self.faintness = state, faint, presence, faintness
        try:
            return self.picture()
        finally:
            self.state, self.faint, self.presence, self.faintness = kept

    def _centre(self) -> QPointF:
        if self._middle is None:  # until the size changes (resizeEvent)
            self._middle = QPointF(self.width() / 2, (self.height() - TEXT_HEIGHT) / 2)
        return self._middle

    def _changed(self, before: Picture, now: Picture) -> QRegion:
        """Where the new picture differs from the one asked for before it."""
        if (  # most frames: only the edge moved
            before.caption == now.caption
            and (before.fill, before.edge) == (now.fill, now.edge)
            and before.radius
            and now.radius
            and before.radius != now.radius
        ):
            return self._ring_between(before.radius, now.radius)
        region = QRegion()
        if (before.fill, before.edge) != (now.fill, now.edge) or not (before.radius and now.radius):
            outer = max(before.radius, now.radius) + MARGIN
            region += square(self._centre(), outer)
        elif before.radius != now.radius:
            region += self._ring_between(before.radius, now.radius)
        words, counter = self._caption_rects()
        if before.caption[0] != now.caption[0]:
            region += words
        if before.caption[1] != now.caption[1]:
            region += counter
        return region

    def _ring_between(self, a: float, b: float) -> QRegion:
        """The pixels an edge moving from radius ``a`` to ``b`` can touch. Kept by their
        whole pixels until the size changes: each breath crosses the same ones again."""
        inner = max(0, math.floor(min(a, b) - MARGIN))
        outer = math.ceil(max(a, b) + MARGIN)
        region = self._rings.get((inner, outer))
        if region is None:
            if len(self._rings) > 256:  # a breath at one size needs about a hundred
                self._rings.clear()
            region = self._rings[(inner, outer)] = ring_region(self._centre(), inner, outer)
        return region

    def _caption_rects(self) -> tuple[QRect, QRect]:
        if self._captions is None:
            half = TEXT_HEIGHT // 2
            top = self.height() - TEXT_HEIGHT
            width = self.width()
            self._captions = QRect(0, top, width, half), QRect(0, top + half, width, half)
        return self._captions

    # What is drawn, as numbers: tests read these instead of pixels.

    def fullness(self) -> float:
        if self.state is None:
            return 0.0
        return self.state.fullness * (1 - FAINT_SHRINK * self.faintness)

    def largest_radius(self) -> float:
        if self._largest is None:  # until the size changes (resizeEvent)
            self._largest = max(10.0, min(self.width(), self.height() - TEXT_HEIGHT) / 2 - 12)
        return self._largest

    def circle_radius(self) -> float:
        largest = self.largest_radius()
        if self.reduced_motion:
            return largest * 0.8
        return largest * (SMALLEST + (1 - SMALLEST) * self.fullness())

    def _base_and_accent(self) -> tuple[RGB, RGB]:
        if self._colours is None:  # until the palette changes (changeEvent)
            palette = self.palette()
            accent = QColor(theme.colors_in_use(palette).accent)
            base = palette.color(QPalette.ColorRole.Window)
            self._colours = (
                (base.red(), base.green(), base.blue()),
                (accent.red(), accent.green(), accent.blue()),
            )
        return self._colours

    def _fill_strength(self) -> float:
        # Reduced motion shows the breath as brightness; otherwise a steady, soft fill.
        strength = 0.25 + 0.5 * self.fullness() if self.reduced_motion else 0.55
        return strength * (1 - FAINT_DIM * self.faintness) * self.presence

    def _edge_strength(self) -> float:
        return (1 - FAINT_EDGE_DIM * self.faintness) * self.presence

    def fill_color(self) -> QColor:
        base, accent = self._base_and_accent()
        return QColor.fromRgb(mix_rgb(base, accent, self._fill_strength()))

    def edge_color(self) -> QColor:
        """The circle's edge: its size reads at 3:1 while the fill stays soft."""
        base, accent = self._base_and_accent()
        return QColor.fromRgb(mix_rgb(base, accent, self._edge_strength()))

    def caption(self) -> tuple[str, str]:
        """The phase word and the countdown, as shown under the circle."""
        if self.state is None or self.faint:  # "feel safe" keeps a rhythm, not instructions
            return "", ""
        word = self.paused_word if self.paused else self.phase_words[self.state.phase]
        return word, str(math.ceil(self.state.ms_left / 1000))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        ring_pen, word_pen, count_pen, background = self._kept_pens()
        painter = QPainter(self)
        bounds = event.rect()
        painter.fillRect(bounds, background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = self._centre()
        region = event.region()
        zone = self._ring_zone(centre)
        if region.intersects(zone):  # the faint ring: many frames do not reach it
            self._draw_ring(painter, region.intersected(zone), centre, ring_pen)
        if self.state is not None:
            picture = self._shown if self._shown is not None else self.picture()
            # The edge as a disc under the fill, not a pen: the same pixels, and filling a
            # disc costs a fraction of stroking a circle.
            edge, fill = self._kept_look(picture.edge, picture.fill)
            half = EDGE_WIDTH / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(edge)
            painter.drawEllipse(centre, picture.radius + half, picture.radius + half)
            painter.setBrush(fill)
            inner = max(0.0, picture.radius - half)
            painter.drawEllipse(centre, inner, inner)
            rects = self._caption_rects()
            if bounds.bottom() >= rects[0].top():  # the words' part of the widget is repainted
                self._draw_caption(painter, picture.caption, rects, (word_pen, count_pen))
        painter.end()

    def _draw_ring(self, painter: QPainter, where: QRegion, centre: QPointF, pen: QPen) -> None:
        """The faint ring where the frame reaches it, copied from an image of it while frames
        are drawn: stroking the whole ring again each frame cost twice as much. Where the
        image would be large (a side over RING_IMAGE_MAX px) or scaled unevenly, and when no
        exercise runs (the image is let go), it is stroked."""
        largest = self.largest_radius()
        ratio = self.devicePixelRatioF()
        side = math.ceil(2 * (largest + MARGIN)) + 2
        if self.state is None or side * ratio > RING_IMAGE_MAX or ratio != round(ratio):
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, largest, largest)
            return
        if self._ring_image is None:
            corner = QPoint(
                math.floor(centre.x() - largest - MARGIN),
                math.floor(centre.y() - largest - MARGIN),
            )
            image = QImage(
                round(side * ratio), round(side * ratio), QImage.Format.Format_ARGB32_Premultiplied
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(image)
            drawing.setRenderHint(QPainter.RenderHint.Antialiasing)
            drawing.setPen(pen)
            drawing.drawEllipse(centre - QPointF(corner), largest, largest)
            drawing.end()
            self._ring_image = (corner, image)
        corner, image = self._ring_image
        scale = round(ratio)  # whole: each pixel of the image is one of the window's
        back = -corner
        for rect in where:  # type: ignore[attr-defined]  # PySide6 iterates; its stubs do not say so
            source = rect.translated(back)  # the fewest calls: a frame copies a dozen pieces
            if scale != 1:
                source = QRect(source.topLeft() * scale, source.size() * scale)
            painter.drawImage(rect.topLeft(), image, source)

    def _ring_zone(self, centre: QPointF) -> QRegion:
        """Where the faint ring's pixels are, kept until the guide's size changes."""
        if self._zone is None:
            largest = self.largest_radius()
            self._zone = ring_region(centre, largest - MARGIN, largest + MARGIN)
        return self._zone

    def _draw_caption(
        self,
        painter: QPainter,
        caption: tuple[str, str],
        rects: tuple[QRect, QRect],
        pens: tuple[QPen, QPen],
    ) -> None:
        if self._fonts is None:
            word_font, count_font = QFont(self.font()), QFont(self.font())
            word_font.setPointSizeF(self.font().pointSizeF() * 1.45)
            count_font.setPointSizeF(self.font().pointSizeF() * COUNT_SIZE)
            self._fonts = (word_font, count_font)
            for kept in self._texts:
                kept.setText("")  # laid out again in the new font
        for text, kept, font, rect, pen in zip(
            caption, self._texts, self._fonts, rects, pens, strict=True
        ):
            if not text:
                continue
            painter.setFont(font)
            if kept.text() != text:
                kept.setText(text)
                kept.prepare(painter.transform(), font)
            size = kept.size()
            painter.setPen(pen)
            painter.drawStaticText(
                QPointF(
                    rect.x() + (rect.width() - size.width()) / 2,
                    rect.y() + (rect.height() - size.height()) / 2,
                ),
                kept,
            )

    def _kept_pens(self) -> tuple[QPen, QPen, QPen, QColor]:
        if self._pens is None:  # until the palette changes (changeEvent)
            palette = self.palette()
            self._pens = (
                QPen(palette.color(QPalette.ColorRole.Mid), 1.5),
                QPen(palette.color(QPalette.ColorRole.WindowText)),
                QPen(palette.color(QPalette.ColorRole.WindowText)),  # the countdown: plain
                palette.color(QPalette.ColorRole.Window),
            )
            self._looks.clear()
        return self._pens

    def _kept_look(self, edge: int, fill: int) -> tuple[QBrush, QBrush]:
        look = self._looks.get((edge, fill))
        if look is None:
            if len(self._looks) > 64:  # a fade makes many; a breath reuses two
                self._looks.clear()
            look = (QBrush(QColor.fromRgb(edge)), QBrush(QColor.fromRgb(fill)))
            self._looks[(edge, fill)] = look
        return look
