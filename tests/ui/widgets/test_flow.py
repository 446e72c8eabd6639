"""A row that wraps: every item stays inside the row's width, lines are added as needed,
hidden items take no room, and a row inside a row wraps too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from pause_app.ui.widgets.flow import FlowLayout


def _row(qtbot, count: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=8)
    buttons = [QPushButton(f"Choice number {n}") for n in range(count)]
    for button in buttons:
        flow.addWidget(button)
    return holder, flow, buttons


def test_the_row_wraps_and_keeps_every_item_inside(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder, flow, buttons = _row(qtbot, 5)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest  # the rest wraps
    one_line = flow.sizeHint().width()
    assert flow.heightForWidth(one_line) == max(b.sizeHint().height() for b in buttons)
    assert flow.heightForWidth(widest) > 4 * buttons[0].sizeHint().height()  # one a line
    holder.resize(widest + 10, flow.heightForWidth(widest + 10))
    holder.show()
    QCoreApplication.processEvents()
    assert all(b.geometry().right() < holder.width() for b in buttons)
    assert len({b.y() for b in buttons}) == 5


def test_hidden_items_take_no_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder, flow, buttons = _row(qtbot, 3)
    holder.show()
    full = flow.sizeHint().width()
    buttons[1].hide()
    assert flow.sizeHint().width() == full - buttons[1].sizeHint().width() - 8


def test_a_row_inside_a_row_wraps_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    _holder, outer, _buttons = _row(qtbot, 1)
    inner_holder = QWidget()
    inner = FlowLayout(inner_holder, spacing=4)
    for n in range(4):
        inner.addWidget(QPushButton(f"Inner {n}"))
    outer.insertWidget(0, inner_holder)
    narrow = outer.minimumSize().width()
    assert outer.heightForWidth(narrow) >= inner.heightForWidth(narrow)
    assert inner.heightForWidth(narrow) > inner.heightForWidth(inner.sizeHint().width())
