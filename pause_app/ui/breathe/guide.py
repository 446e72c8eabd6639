"""The breathing guide: a soft circle that grows on the in-breath, rests on holds and
shrinks on the out-breath, with the phase word and a countdown under it.

It draws the state it is given and owns no timer: the exercise view decides when a new
frame is due (and stops asking when nothing is visible). With reduced motion nothing
changes size: the circle only brightens and dims, slowly.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pause_app.core.breathing import BreathState, Phase
from pause_app.ui.widgets import theme
from pause_app.ui.widgets.retranslating import Retranslating

SMALLEST = 0.38  # the empty circle, as a share of the largest
FAINT_SHRINK = 0.6  # "feel safe": the rhythm keeps 40% of its swing
FAINT_DIM = 0.4  # and 60% of its colour
TEXT_HEIGHT = 64  # the phase word and the countdown, under the circle
EDGE_WIDTH = 2.0  # the circle's edge, at 3:1 against the window (docs/STYLE.md, "Colour")
FAINT_EDGE_DIM = 0.15  # "feel safe" softens the edge a little, never below 3:1


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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
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
        self.update()

    def show_state(
        self,
        state: BreathState | None,
        faint: bool = False,
        presence: float = 1.0,
        faintness: float = 0.0,
    ) -> None:
        self.state, self.faint = state, faint
        self.presence, self.faintness = presence, faintness
        self.update()

    # What is drawn, as numbers: tests read these instead of pixels.

    def fullness(self) -> float:
        if self.state is None:
            return 0.0
        return self.state.fullness * (1 - FAINT_SHRINK * self.faintness)

    def largest_radius(self) -> float:
        return max(10.0, min(self.width(), self.height() - TEXT_HEIGHT) / 2 - 12)

    def circle_radius(self) -> float:
        largest = self.largest_radius()
        if self.reduced_motion:
            return largest * 0.8
        return largest * (SMALLEST + (1 - SMALLEST) * self.fullness())

    def fill_color(self) -> QColor:
        accent = QColor(theme.colors_in_use(self.palette()).accent)
        base = self.palette().color(QPalette.ColorRole.Window)
        # Reduced motion shows the breath as brightness; otherwise a steady, soft fill.
        strength = 0.25 + 0.5 * self.fullness() if self.reduced_motion else 0.55
        strength *= (1 - FAINT_DIM * self.faintness) * self.presence
        return _mix(base, accent, strength)

    def edge_color(self) -> QColor:
        """The circle's edge: its size reads at 3:1 while the fill stays soft."""
        accent = QColor(theme.colors_in_use(self.palette()).accent)
        base = self.palette().color(QPalette.ColorRole.Window)
        return _mix(base, accent, (1 - FAINT_EDGE_DIM * self.faintness) * self.presence)

    def caption(self) -> tuple[str, str]:
        """The phase word and the countdown, as shown under the circle."""
        if self.state is None or self.faint:  # "feel safe" keeps a rhythm, not instructions
            return "", ""
        word = self.paused_word if self.paused else self.phase_words[self.state.phase]
        return word, str(math.ceil(self.state.ms_left / 1000))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_height = TEXT_HEIGHT
        centre = QPointF(self.width() / 2, (self.height() - text_height) / 2)
        largest = self.largest_radius()
        ring = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(ring, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)
        if self.state is not None:
            painter.setPen(QPen(self.edge_color(), EDGE_WIDTH))
            painter.setBrush(self.fill_color())
            radius = self.circle_radius()
            painter.drawEllipse(centre, radius, radius)
            word, count = self.caption()
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.45)
            painter.setFont(font)
            words = QRectF(0, self.height() - text_height, self.width(), text_height / 2)
            painter.drawText(words, Qt.AlignmentFlag.AlignCenter, word)
            font.setPointSizeF(self.font().pointSizeF() * 1.1)
            painter.setFont(font)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            counter = QRectF(0, self.height() - text_height / 2, self.width(), text_height / 2)
            painter.drawText(counter, Qt.AlignmentFlag.AlignCenter, count)
        painter.end()


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )
