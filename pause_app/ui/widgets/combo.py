"""A drop-down that gives way: as wide as its longest choice where there is room, and down
to a few characters where there is not, so large text or long Dutch words never widen a page
into a sideways scroll. Where the chosen text does not fit, it first drops its explanation in
brackets ("Calm: in 4, out 6" for "Calm: in 4, out 6 (6 breaths a minute)"), and only then
elides; the list itself, the tooltip and the accessible name keep every choice whole."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

SHORTEST_CHOICE = 10  # characters a drop-down keeps at the least, when room is short
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")  # a closing explanation: " (6 breaths a minute)"


def shown_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` as it fits in ``width``: whole, else without its closing explanation in
    brackets, else elided at the end."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    short = _BRACKETS.sub("", text)
    if short and metrics.horizontalAdvance(short) <= width:
        return short
    return metrics.elidedText(short or text, Qt.TextElideMode.ElideRight, width)


class ShrinkingCombo(QComboBox):
    """Qt's ``AdjustToMinimumContentsLengthWithIcon`` for the least width, with a size hint
    as wide as the longest choice: layouts give it that where they can, less where not."""

    def __init__(self, shortest: int = SHORTEST_CHOICE) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(shortest)
        self.currentIndexChanged.connect(self._update_tooltip)

    def sizeHint(self) -> QSize:
        """The shortest width (Qt's, for ``shortest`` characters) widened by as much as the
        longest choice needs beyond it."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        texts = (self.itemText(i) for i in range(self.count()))
        longest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        shortest = metrics.horizontalAdvance("x") * self.minimumContentsLength()
        return QSize(hint.width() + max(0, longest - shortest), hint.height())

    def _text_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return max(0, field.width() - 4)  # the style's own small inner margin

    def shown_text(self) -> str:
        """The chosen text as the closed drop-down shows it."""
        return shown_text(self.currentText(), self.fontMetrics(), self._text_width())

    def _update_tooltip(self) -> None:
        """The whole choice as a tooltip while the closed drop-down shows less of it."""
        whole = self.currentText()
        self.setToolTip(whole if self.shown_text() != whole else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        whole = self.currentText()  # the tooltip follows a new language's choices too
        if self.toolTip() != (whole if option.currentText != whole else ""):
            self._update_tooltip()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
