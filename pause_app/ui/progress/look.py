"""The chart's look: the pens, brushes and mark shapes of one palette, shared by the plots and
the legend so a sample in the legend is drawn exactly as its mark in the chart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from pause_app.core.series import DayMark
from pause_app.ui.widgets import theme

POINT_SYMBOL = "o"
SUCCESS_SYMBOL = "star"
BIG_DAY_SYMBOL = "t1"  # an upward triangle: a lot more than the target (rule 10)
PAUSE_SYMBOL = "d"
HAD_SYMBOL = "o"  # the energy the user had: a filled circle
SPENT_SYMBOL = "d"  # the energy the day took: a hollow diamond
SEVERE_SYMBOL = "x"  # a day with severe symptoms: a cross above the energy
# A band that comes from another activity's log is drawn at this share of its own opacity.
ELSEWHERE_SHARE = 0.45


def _pen(color: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setStyle(style)
    pen.setCosmetic(True)
    return pen


def _alpha(color: str, alpha: int) -> QColor:
    shade = QColor(color)
    shade.setAlpha(alpha)
    return shade


@dataclass(frozen=True)
class Look:
    """Pens, brushes and shapes for one palette: colour and shape tell each thing apart."""

    done: QPen
    point_brush: QBrush
    point_pen: QPen
    success_brush: QBrush
    big_day_brush: QBrush
    target: QPen
    tired: QBrush
    crash: QBrush
    before_crash: QBrush
    big_day_band: QBrush  # only for another activity's big day (this one's is a triangle)
    calm: QBrush
    pause_brush: QBrush
    text: QColor
    axis: QPen
    tired_edge: QPen  # a tired day's band is light; its edges are at 3:1
    had_brush: QBrush
    spent_pen: QPen
    severe_brush: QBrush

    def band(self, mark: DayMark, elsewhere: bool = False) -> QBrush:
        """The shading of a marked day; lighter where the mark comes from another activity."""
        brush = {
            DayMark.TIRED: self.tired,
            DayMark.BEFORE_CRASH: self.before_crash,
            DayMark.CRASH: self.crash,
            DayMark.BIG_DAY: self.big_day_band,
        }[mark]
        if not elsewhere:
            return brush
        color = QColor(brush.color())
        color.setAlpha(round(color.alpha() * ELSEWHERE_SHARE))
        return QBrush(color, brush.style())

    def band_pen(self, mark: DayMark, elsewhere: bool = False) -> QPen | None:
        """The edges of a marked day's band: a tired day's own band has them, so the light
        band is seen at 3:1; the hatched and dotted bands are their own edges."""
        return self.tired_edge if mark is DayMark.TIRED and not elsewhere else None

    @classmethod
    def of(cls, colors: theme.Colors) -> Look:
        crash = QBrush(_alpha(colors.chart_crash, 150), Qt.BrushStyle.BDiagPattern)
        before = QBrush(_alpha(colors.chart_crash, 140), Qt.BrushStyle.Dense6Pattern)
        return cls(
            done=_pen(colors.accent, 2.0),
            point_brush=QBrush(QColor(colors.accent)),
            point_pen=_pen(colors.surface, 1.0),
            success_brush=QBrush(QColor(colors.accent)),
            big_day_brush=QBrush(QColor(colors.chart_big_day)),
            target=_pen(colors.chart_target, 1.6, Qt.PenStyle.DashLine),
            tired=QBrush(QColor(colors.chart_tired)),
            crash=crash,
            before_crash=before,
            big_day_band=QBrush(_alpha(colors.chart_big_day, 90)),
            calm=QBrush(_alpha(colors.chart_calm, 170)),
            pause_brush=QBrush(_alpha(colors.text, 190)),
            text=QColor(colors.muted_text),
            axis=_pen(colors.chart_axis),
            tired_edge=_pen(colors.chart_tired_edge, 1.2),
            had_brush=QBrush(QColor(colors.chart_energy)),
            spent_pen=_pen(colors.chart_spent, 1.8),
            severe_brush=QBrush(QColor(colors.attention)),
        )
