"""A drop-down that gives way: as wide as its longest choice where there is room, and down
to a few characters (the rest elided; the list itself shows every choice whole) where there
is not, so large text or long Dutch words never widen a page into a sideways scroll."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox

SHORTEST_CHOICE = 10  # characters a drop-down keeps at the least, when room is short


class ShrinkingCombo(QComboBox):
    """Qt's ``AdjustToMinimumContentsLengthWithIcon`` for the least width, with a size hint
    as wide as the longest choice: layouts give it that where they can, less where not."""

    def __init__(self, shortest: int = SHORTEST_CHOICE) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(shortest)

    def sizeHint(self) -> QSize:
        """The shortest width (Qt's, for ``shortest`` characters) widened by as much as the
        longest choice needs beyond it."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        texts = (self.itemText(i) for i in range(self.count()))
        longest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        shortest = metrics.horizontalAdvance("x") * self.minimumContentsLength()
        return QSize(hint.width() + max(0, longest - shortest), hint.height())
