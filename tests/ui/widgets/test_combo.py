"""A drop-down that gives way: its longest choice where there is room, a few characters where
there is not."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from pause_app.ui.widgets.combo import ShrinkingCombo, shown_text

LONG = "Rustig: 4 in, 6 uit (6 ademhalingen per minuut)"


def test_it_asks_for_its_longest_choice_and_settles_for_a_few_characters(qtbot) -> None:
    combo = ShrinkingCombo()
    combo.addItems(["Kort", LONG])
    qtbot.addWidget(combo)
    assert combo.sizeHint().width() > combo.fontMetrics().horizontalAdvance(LONG)
    long = combo.fontMetrics().horizontalAdvance(LONG)
    assert combo.minimumSizeHint().width() < combo.sizeHint().width() - long / 2


def test_in_a_narrow_row_it_shrinks_and_in_a_wide_one_it_shows_the_choice_whole(qtbot) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    combo = ShrinkingCombo()
    combo.addItem(LONG)
    layout = QHBoxLayout(row)
    layout.addWidget(combo)
    layout.addStretch(1)
    row.show()
    row.resize(combo.minimumSizeHint().width() + 40, 60)
    qtbot.waitUntil(lambda: combo.width() < combo.sizeHint().width())
    row.resize(combo.sizeHint().width() + 200, 60)
    qtbot.waitUntil(lambda: combo.width() == combo.sizeHint().width())


def test_where_the_choice_does_not_fit_it_drops_its_explanation_and_tells_it_whole(qtbot) -> None:
    combo = ShrinkingCombo()
    combo.addItem(LONG)
    qtbot.addWidget(combo)
    combo.show()
    combo.resize(combo.sizeHint().width() - combo.fontMetrics().horizontalAdvance("(6 adem"), 40)
    assert combo.shown_text() == "Rustig: 4 in, 6 uit"
    assert combo.toolTip() == LONG
    assert combo.accessibleName() == "" and combo.currentText() == LONG  # the value, whole
    combo.resize(combo.sizeHint().width(), 40)
    assert combo.shown_text() == LONG
    assert combo.toolTip() == ""


def test_shown_text_elides_only_when_even_the_short_form_does_not_fit(qtbot) -> None:
    combo = ShrinkingCombo()
    qtbot.addWidget(combo)
    metrics = combo.fontMetrics()
    assert shown_text("Kort", metrics, 1000) == "Kort"
    tiny = shown_text(LONG, metrics, metrics.horizontalAdvance("Rustig"))
    assert tiny.endswith("…") and "(" not in tiny
