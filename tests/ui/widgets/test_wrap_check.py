"""A check box whose words wrap: one line where there is room, more lines where there is not,
its words, shortcut and name unchanged."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from pause_app.ui.widgets.wrap_check import WrappingCheckBox

WORDS = "Let reminders &wait during full screen, calls and do not disturb"


def test_it_wraps_where_there_is_no_room_and_keeps_its_words(qtbot) -> None:
    box = WrappingCheckBox(WORDS)
    qtbot.addWidget(box)
    plain = QCheckBox(WORDS)
    qtbot.addWidget(plain)
    assert box.sizeHint().width() == plain.sizeHint().width()  # one line where there is room
    assert box.minimumSizeHint().width() < plain.sizeHint().width() // 3
    narrow = box.minimumSizeHint().width() * 2
    box.show()
    assert box.heightForWidth(narrow) > 2 * box.heightForWidth(box.sizeHint().width())
    box.resize(narrow, box.heightForWidth(narrow))
    assert box.text() == WORDS  # as the tests and the settings read it
    assert QCheckBox.text(box) != WORDS and "\n" in QCheckBox.text(box)  # drawn wrapped
    assert box.accessibleName() == WORDS.replace("&", "")


def test_in_a_narrow_column_it_is_as_tall_as_its_lines(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    box = WrappingCheckBox(WORDS)
    column.addWidget(box)
    holder.resize(160, 400)
    holder.show()
    assert box.width() <= 160
    assert box.height() >= box.heightForWidth(box.width()) > box.sizeHint().height()


def test_its_shortcut_stays_when_its_words_wrap(qtbot) -> None:
    box = WrappingCheckBox(WORDS)
    qtbot.addWidget(box)
    box.show()
    box.resize(120, box.heightForWidth(120))
    assert "\n" in QCheckBox.text(box)
    assert box.shortcut() == QKeySequence("Alt+W")  # Alt+W toggles it, as before
