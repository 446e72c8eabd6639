"""A long button wraps its words rather than widen its row, and reads as one line."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from pause_app.ui.widgets.wrap_button import WrappingButton


def test_it_wraps_to_its_room_and_keeps_its_words(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    button = WrappingButton("Take the step: 53 steps")
    QVBoxLayout(host).addWidget(button)
    one_line = button.sizeHint()
    assert button.minimumSizeHint().width() < one_line.width() // 2  # down to a word
    host.resize(button.minimumSizeHint().width() + 30, 300)
    host.show()
    qtbot.waitExposed(host)
    assert button.width() < one_line.width()
    assert button.heightForWidth(button.width()) > one_line.height()  # on more lines
    assert button.height() >= button.heightForWidth(button.width())
    assert button.text() == "Take the step: 53 steps"  # a screen reader hears one line
    host.resize(one_line.width() + 40, 300)
    qtbot.waitUntil(lambda: button.width() >= one_line.width())
    assert button.heightForWidth(button.width()) == one_line.height()
