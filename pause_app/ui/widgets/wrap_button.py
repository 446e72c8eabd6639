"""A push button whose words wrap onto more lines when its row has no room for them on one
("Take the step: 51 steps" at 2x text), so a long button never makes a page scroll sideways.
It asks for one line where there is room; at its narrowest it is as wide as its longest word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


def word_lines(words: str, room: int, width_of: Callable[[str], int]) -> list[str]:
    """``words`` broken between words into lines of at most ``room`` pixels where they can
    be (a single long word stays whole on its own line), as measured by ``width_of``."""
    lines: list[str] = []
    for word in words.split(" "):
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and width_of(joined) <= room:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines


class WrappingButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._words = text
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # may be narrower than its one line, down to a word

    def setText(self, text: str) -> None:
        self._words = text
        super().setText(text)
        self.updateGeometry()

    def text(self) -> str:
        """The words on one line, as a screen reader and the tests read them."""
        return self._words

    def _chrome(self) -> QSize:
        """The padding and border around the words: the hint without its text's size."""
        shown = super().text()
        words = self.fontMetrics().size(0, shown) if shown else QSize(0, 0)
        hint = super().sizeHint()
        return QSize(hint.width() - words.width(), hint.height() - words.height())

    def _lines(self, width: int) -> list[str]:
        room = width - self._chrome().width()
        return word_lines(self._words, room, self.fontMetrics().horizontalAdvance)

    def sizeHint(self) -> QSize:
        chrome, metrics = self._chrome(), self.fontMetrics()
        words = metrics.size(0, self._words)
        return QSize(chrome.width() + words.width(), chrome.height() + words.height())

    def minimumSizeHint(self) -> QSize:
        """As wide as its longest word, measured as the one-line hint measures its words."""
        widest = max(self.fontMetrics().size(0, w).width() for w in self._words.split(" "))
        hint = self.sizeHint()
        return QSize(min(self._chrome().width() + widest, hint.width()), hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = self._lines(width)
        metrics = self.fontMetrics()
        text = metrics.size(0, "\n".join(lines))
        return self._chrome().height() + text.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wrapped = "\n".join(self._lines(event.size().width()))
        if wrapped != super().text():
            super().setText(wrapped)
            self.updateGeometry()
        super().resizeEvent(event)
