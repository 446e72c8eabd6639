"""Quiet, dismissible notices at the top of the window (no pop-ups for things that can wait)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pause_app.ui.widgets.announce import announce
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating


class Notice(Retranslating, QFrame):
    dismissed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        self.label = role_label(text=text, selectable=True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("Dismiss"))
        # Each notice's button says which notice it dismisses (there may be several).
        self.close_button.setAccessibleName(
            self.tr("Dismiss: {notice}").format(notice=self.label.text())
        )

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


class NoticeArea(QWidget):
    """A column of notices; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 0)
        self._layout.setSpacing(8)
        self.setVisible(False)
        self._before: tuple[QWidget, ...] = ()

    def comes_before(self, *widgets: QWidget) -> None:
        """Notices sit above ``widgets`` (in their order): Tab reaches their Dismiss buttons
        before them."""
        self._before = widgets

    def add(self, text: str) -> Notice:
        notice = Notice(text, self)
        notice.dismissed.connect(self._update_visibility)
        self._layout.addWidget(notice)
        self.setVisible(True)
        # A new widget comes last in the tab order: the notices first, then what is below.
        order = [n.close_button for n in self.findChildren(Notice)] + list(self._before)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        announce(notice.label, text, describe=False)  # said once, as it appears
        return notice

    def texts(self) -> list[str]:
        return [n.label.text() for n in self.findChildren(Notice) if not n.isHidden()]

    def _update_visibility(self) -> None:
        self.setVisible(bool(self.texts()))
