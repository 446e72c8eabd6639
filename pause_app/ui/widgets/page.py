"""The frame every page of the main window shares: a heading, an introduction, a column of
cards, re-read from the data each time it is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from pause_app.core.model import Moment
from pause_app.storage.store import Store
from pause_app.ui.widgets.fit import name_scroll_bars
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.retranslating import Retranslating


def card(layout_type: type[QVBoxLayout] | type[QGridLayout] = QVBoxLayout) -> tuple[QFrame, Any]:
    """A rounded card and its layout."""
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = layout_type(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(6)
    return frame, layout


class Page(Retranslating, QScrollArea):
    """A scrollable page with a heading, an introduction and a column of cards."""

    def __init__(self, store: Store, clock: Callable[[], Moment], parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Words wrap; what cannot (a row of buttons at a large text size, the window at its
        # smallest) scrolls sideways rather than being cut off out of reach.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Out of the tab order: Tab goes to the controls on it (the page scrolls to show them).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(32, 28, 32, 28)
        self._layout.setSpacing(14)
        self.heading = role_label("heading", selectable=True)
        self.intro = role_label("muted", selectable=True)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.intro)
        self._cards = QVBoxLayout()
        self._cards.setSpacing(12)
        self._layout.addLayout(self._cards)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.retranslate_ui()

    def _clear_cards(self) -> None:
        while self._cards.count():
            item = self._cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once: deletion waits for the event loop
                widget.deleteLater()

    def _add_card(self, title: str, *lines: str) -> QFrame:
        frame, layout = card()
        heading = role_label("subheading", selectable=True)
        heading.setText(title)
        layout.addWidget(heading)
        for line in lines:
            text = role_label(selectable=True)
            text.setText(line)
            layout.addWidget(text)
        self._cards.addWidget(frame)
        return frame

    def _add_rows_card(self, rows: list[tuple[str, str]]) -> QFrame:
        """A card of short rows: a bold name, then its line."""
        frame, grid = card(QGridLayout)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for row, (name, line) in enumerate(rows):
            title = role_label("subheading", wrap=False, selectable=True)
            title.setText(name)
            text = role_label(selectable=True)
            text.setText(line)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        self._cards.addWidget(frame)
        return frame

    def _add_note(self, text: str) -> QLabel:
        note = role_label("muted", selectable=True)
        note.setText(text)
        self._cards.addWidget(note)
        return note

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_if_changed()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        """Subclasses set their fixed texts, then call this. Hidden pages refresh when shown."""
        name_scroll_bars(self)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the data and rebuild the cards."""
        raise NotImplementedError

    def refresh_if_changed(self) -> None:
        """Shown again: a page that knows its data did not change may skip the work."""
        self.refresh()
