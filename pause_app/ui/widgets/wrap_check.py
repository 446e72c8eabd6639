"""A check box whose words wrap onto more lines when its line has no room for them on one
(a Dutch setting at 2x text), so a check box never makes a dialog scroll sideways.

A QCheckBox cannot wrap its words; a label beside it would take the words away from the box
(its Alt shortcut would only move the focus). This box keeps its own words, mnemonic and all:
it asks for one line where there is room and breaks them between words where there is not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

from pause_app.ui.widgets.wrap_button import word_lines

MNEMONIC = int(Qt.TextFlag.TextShowMnemonic.value)  # "&" marks the shortcut, takes no room


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._words = text
        # No wider than its words on one line (the focus ring hugs them), narrower to wrap.
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)  # its name too (Qt's constructor sets the words alone)

    def setText(self, text: str) -> None:
        self._words = text
        super().setText(text)
        # Said as one line, without the mnemonic's "&", wherever the words break.
        self.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        self.updateGeometry()
        if self.width() > 0:
            self._wrap(self.width())

    def text(self) -> str:
        """The words on one line, as the tests read them."""
        return self._words

    def _chrome(self) -> QSize:
        """The box and the spacing beside the words: the hint without its text's size."""
        shown = super().text()
        words = self.fontMetrics().size(MNEMONIC, shown) if shown else QSize(0, 0)
        hint = super().sizeHint()
        return QSize(hint.width() - words.width(), hint.height() - words.height())

    def _lines(self, width: int) -> list[str]:
        room = width - self._chrome().width()
        metrics = self.fontMetrics()
        return word_lines(self._words, room, lambda line: metrics.size(MNEMONIC, line).width())

    def sizeHint(self) -> QSize:
        chrome, words = self._chrome(), self.fontMetrics().size(MNEMONIC, self._words)
        return QSize(chrome.width() + words.width(), chrome.height() + words.height())

    def minimumSizeHint(self) -> QSize:
        """As wide as its longest word."""
        metrics = self.fontMetrics()
        widest = max((metrics.size(MNEMONIC, w).width() for w in self._words.split()), default=0)
        return QSize(self._chrome().width() + widest, self.heightForWidth(0))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text = self.fontMetrics().size(MNEMONIC, "\n".join(self._lines(width)))
        return self._chrome().height() + text.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap(event.size().width())
        super().resizeEvent(event)

    def _wrap(self, width: int) -> None:
        wrapped = "\n".join(self._lines(width))
        if wrapped != super().text():
            QCheckBox.setText(self, wrapped)
            self.updateGeometry()
