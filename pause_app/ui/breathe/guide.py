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
    SMALLEST,
    Box,
    Picture,
    PictureRules,
    meets_circle,
    mix_rgb,
    region_of,
    ring_boxes,
    square,
)
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.retranslating import Retranslating

TEXT_HEIGHT = 64  # the phase word and the countdown, under the circle
COUNT_SIZE = 1.45  # the countdown's size, times the text's: easy to read at a glance
FAINT_RING_WIDTH = 1.5  # px: the faint ring at the largest size, in the Mid colour
RING_IMAGE_MAX = 700  # px a side: the faint ring is kept as an image of at most 2 MB


class BreathingGuide(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathing_guide")
        self.state: BreathState | None = None
        self.faint = False  # the "feel safe" rhythm: no words, no countdown
        self.presence = 1.0  # 0..1: fades in and out at the edges of the steps
        self.faintness = 0.0  # 0..1: how far the circle has softened into the faint rhythm
        self._rules = PictureRules()  # reduced motion, paused, the words, size and colours
        self.paint_count = 0  # for tests and the benchmark: frames actually drawn
        self._shown: Picture | None = None  # asked for last: what a new picture repaints over
        self._pens: tuple[QPen, QPen, QPen, QColor] | None = None  # from the palette
        self._looks: dict[tuple[int, int], tuple[QBrush, QBrush]] = {}  # (edge, fill) -> kept
        self._fonts: tuple[QFont, QFont] | None = None  # the word's and the countdown's
        self._texts = (QStaticText(), QStaticText())
        # The last region asked for that was a moving edge alone, with its boxes that reach
        # the faint ring: most frames paint exactly that, and copy only those (mostly none).
        self._asked: tuple[QRegion, list[Box]] | None = None
        self._middle: QPointF | None = None  # the circle's centre, by the size
        self._ring_image: tuple[QPoint, QImage] | None = None  # the ring, by size and palette
        self._rings: dict[tuple[int, int], tuple[QRegion, list[Box]]] = {}  # (inner, outer) px
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

    @property
    def reduced_motion(self) -> bool:
        return self._rules.reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, reduced: bool) -> None:
        self._rules.reduced_motion = reduced

    @property
    def paused(self) -> bool:
        return self._rules.paused

    @paused.setter
    def paused(self, paused: bool) -> None:
        self._rules.paused = paused

    @property
    def phase_words(self) -> dict[Phase, str]:
        return self._rules.phase_words

    @property
    def paused_word(self) -> str:
        return self._rules.paused_word

    def retranslate_ui(self) -> None:
        self._rules.phase_words = {
            Phase.INHALE: self.tr("Breathe in"),
            Phase.INHALE_MORE: self.tr("A little more"),
            Phase.HOLD_IN: self.tr("Hold"),
            Phase.EXHALE: self.tr("Breathe out"),
            Phase.HOLD_OUT: self.tr("Rest"),
        }
        self._rules.paused_word = self.tr("Paused")
        self.setAccessibleName(self.tr("Breathing guide"))
        self._shown = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            # What is kept from the palette is asked again here, not checked each frame.
            self._pens, self._fonts, self._shown, self._rules.colours = None, None, None, None
            self._ring_image = None
            self._looks.clear()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:
        self._shown, self._asked, self._captions = None, None, None  # the next frame: all of it
        self._ring_image, self._rules.largest, self._middle = None, None, None
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
        if state is None:  # no frames to come: the memory goes back
            self._ring_image, self._asked = None, None
            self._rings.clear()
        before = self._shown
        self._shown = now = self.picture_of(state, faint, presence, faintness)
        if before is None:
            self.update()
        elif now != before:
            self.update(self._changed(before, now))

    @property
    def shown(self) -> Picture | None:
        """The picture asked for last (None: the next frame paints everything)."""
        return self._shown

    def picture(self) -> Picture:
        return self.picture_of(self.state, self.faint, self.presence, self.faintness)

    def picture_of(
        self, state: BreathState | None, faint: bool, presence: float, faintness: float
    ) -> Picture:
        """What a state would look like, drawing nothing (the exercise view plans frames)."""
        rules = self._rules
        # Checked here, not by calling _ready_rules: a frame asks for two or three pictures.
        if rules.largest is None or rules.colours is None:
            rules = self._ready_rules()
        return rules.picture(state, faint, presence, faintness)

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
            self._asked = self._ring_between(before.radius, now.radius)
            return self._asked[0]
        self._asked = None
        region = QRegion()
        if (before.fill, before.edge) != (now.fill, now.edge) or not (before.radius and now.radius):
            outer = max(before.radius, now.radius) + MARGIN
            region += square(self._centre(), outer)
        elif before.radius != now.radius:
            region += self._ring_between(before.radius, now.radius)[0]
        words, counter = self._caption_rects()
        if before.caption[0] != now.caption[0]:
            region += words
        if before.caption[1] != now.caption[1]:
            region += counter
        return region

    def _ring_between(self, a: float, b: float) -> tuple[QRegion, list[Box]]:
        """The pixels an edge moving from radius ``a`` to ``b`` can touch, and the boxes of
        them that reach the faint ring. Kept until the size changes, as each breath crosses
        the same ones again; rounded out to even pixels, there are half as many to keep, for
        a tenth more pixels a frame."""
        inner, outer = _even_pixels(min(a, b) - MARGIN, max(a, b) + MARGIN)
        ring = self._rings.get((inner, outer))
        if ring is None:
            if not self._rings:  # the first at this size: the others a breath crosses too
                self._work_out_rings()
            ring = self._rings.get((inner, outer)) or self._work_out_ring(inner, outer)
        return ring

    def _work_out_rings(self) -> None:
        """The rings an edge moving up to two pixels a frame crosses, from the smallest
        circle to the largest, worked out together: one at a time, between frames, each took
        five times as long, with little of the program left in the processor's caches. (A
        large guide's edge can move faster; those rings are worked out as they come.)"""
        largest = self.largest_radius()
        low, high = _even_pixels(SMALLEST * largest - MARGIN, largest + MARGIN)
        across = math.ceil(2 * MARGIN)  # the edge and its antialiasing, either side
        for inner in range(low, high, 2):
            for outer in (inner + across + 2, inner + across + 4):  # a move of up to 2 px
                if outer <= high:
                    self._work_out_ring(inner, outer)

    def _work_out_ring(self, inner: int, outer: int) -> tuple[QRegion, list[Box]]:
        if len(self._rings) > 1024:  # a breath at one size needs about a hundred
            self._rings.clear()
        boxes = ring_boxes(self._centre(), inner, outer)
        ring = self._rings[(inner, outer)] = (region_of(boxes), self._faint_ring_parts(boxes))
        return ring

    def _caption_rects(self) -> tuple[QRect, QRect]:
        if self._captions is None:
            half = TEXT_HEIGHT // 2
            top = self.height() - TEXT_HEIGHT
            width = self.width()
            self._captions = QRect(0, top, width, half), QRect(0, top + half, width, half)
        return self._captions

    # What is drawn, as numbers: tests read these instead of pixels.

    def fullness(self) -> float:
        return self._rules.fullness(self.state, self.faintness)

    def largest_radius(self) -> float:
        largest = self._ready_rules().largest
        assert largest is not None
        return largest

    def circle_radius(self) -> float:
        return self._ready_rules().radius(self.state, self.faintness)

    def _ready_rules(self) -> PictureRules:
        """The rules, with what the pictures are worked out from: asked again after the size
        or the palette changed (resizeEvent, changeEvent), kept until then."""
        rules = self._rules
        if rules.largest is None:
            rules.largest = max(10.0, min(self.width(), self.height() - TEXT_HEIGHT) / 2 - 12)
        if rules.colours is None:
            palette = self.palette()
            accent = QColor(theme.colors_in_use(palette).accent)
            base = palette.color(QPalette.ColorRole.Window)
            rules.colours = (
                (base.red(), base.green(), base.blue()),
                (accent.red(), accent.green(), accent.blue()),
            )
        return rules

    def _base_and_accent(self) -> tuple[RGB, RGB]:
        colours = self._ready_rules().colours
        assert colours is not None
        return colours

    def fill_color(self) -> QColor:
        base, accent = self._base_and_accent()
        strength = self._rules.fill_strength(self.state, self.presence, self.faintness)
        return QColor.fromRgb(mix_rgb(base, accent, strength))

    def edge_color(self) -> QColor:
        """The circle's edge: its size reads at 3:1 while the fill stays soft."""
        base, accent = self._base_and_accent()
        strength = self._rules.edge_strength(self.presence, self.faintness)
        return QColor.fromRgb(mix_rgb(base, accent, strength))

    def caption(self) -> tuple[str, str]:
        """The phase word and the countdown, as shown under the circle."""
        return self._rules.caption(self.state, self.faint)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        ring_pen, word_pen, count_pen, background = self._kept_pens()
        painter = QPainter(self)
        bounds = event.rect()
        painter.fillRect(bounds, background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = self._centre()
        region = event.region()
        asked = self._asked
        if asked is not None and asked[0] == region:  # a moving edge, as most frames are
            parts, words = asked[1], False  # (its rings end above the words)
        else:  # the first frame, an expose, words or colours that changed
            parts = self._faint_ring_parts([rect.getRect() for rect in region])  # type: ignore[attr-defined]
            words = True
        if parts:  # the faint ring: most frames do not reach it
            self._draw_ring(painter, parts, centre, ring_pen)
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
            if words:
                rects = self._caption_rects()
                if bounds.bottom() >= rects[0].top():  # the words' part is repainted
                    self._draw_caption(painter, picture.caption, rects, (word_pen, count_pen))
        painter.end()

    def _draw_ring(self, painter: QPainter, where: list[Box], centre: QPointF, pen: QPen) -> None:
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
        if self._ring_image is None or self._ring_image[1].devicePixelRatio() != ratio:
            # (made again, too, when the window moved to a screen of another scale)
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
        left, top = corner.x(), corner.y()
        for x, y, width, height in where:  # the fewest calls: a frame copies a few pieces
            source = QRect((x - left) * scale, (y - top) * scale, width * scale, height * scale)
            painter.drawImage(QPoint(x, y), image, source)

    def _faint_ring_parts(self, boxes: list[Box]) -> list[Box]:
        """The boxes that reach the faint ring's pixels. The bands of a moving edge reach
        into the corners of its square, which the ring mostly does not. (Its pixels lie
        within half its width of the circle; a whole width leaves room for rounding.)"""
        centre, largest = self._centre(), self.largest_radius()
        return [box for box in boxes if meets_circle(box, centre, largest, FAINT_RING_WIDTH)]

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
                QPen(palette.color(QPalette.ColorRole.Mid), FAINT_RING_WIDTH),
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


def _even_pixels(low: float, high: float) -> tuple[int, int]:
    """Radii rounded out to even whole pixels (never below 0)."""
    return max(0, math.floor(low / 2) * 2), math.ceil(high / 2) * 2
