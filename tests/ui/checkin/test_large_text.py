"""The check-in at large text (1.5x, and a 2x desktop), in English and Dutch: the rows of
buttons wrap onto a second line instead of running off the edge, every button and the intro
are whole, and the rows stay one named group each that the arrows walk through."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from pause_app.ui.checkin import CheckInDialog
from pause_app.ui.widgets import fit
from tests.helpers.look import applied

SCREEN = QRect(0, 0, 800, 800)


@pytest.fixture
def screen(monkeypatch) -> QRect:
    monkeypatch.setattr(fit, "available", lambda _widget: SCREEN)
    return SCREEN


def _inside(widget: QWidget, dialog: QWidget) -> bool:
    place = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
    return dialog.rect().contains(place)


@pytest.mark.parametrize("share", [1.5, 2.0], ids=["1.5x", "2x"])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_button_is_whole_and_in_view(
    qtbot, screen, store, clock, translations, language, share
) -> None:
    translations.install(language)
    with applied(desktop_points=QApplication.font().pointSizeF() * share):
        dialog = CheckInDialog(store.checkins, clock)
        qtbot.addWidget(dialog)
        dialog.show()
        for _ in range(4):
            QCoreApplication.processEvents()
        assert screen.contains(dialog.frameGeometry())
        scroll = dialog.findChild(QScrollArea, "fit_scroll")
        assert scroll is None or scroll.horizontalScrollBar().maximum() == 0
        for scale in (dialog.energy, dialog.spent, dialog.sleep, dialog.symptoms):
            for button in scale.buttons:
                assert _inside(button, dialog), button.accessibleName()
                assert button.height() >= button.minimumSizeHint().height()
                assert button.width() >= button.sizeHint().width(), button.text()
        intro = dialog.intro
        assert intro.height() >= intro.heightForWidth(intro.width())
        assert _inside(intro, dialog)


def test_a_wrapped_row_is_still_one_stop_the_arrows_walk(qtbot, store, clock) -> None:
    with applied(desktop_points=QApplication.font().pointSizeF() * 2):
        dialog = CheckInDialog(store.checkins, clock)
        qtbot.addWidget(dialog)
        dialog.show()
        QCoreApplication.processEvents()
        buttons = dialog.energy.buttons
        buttons[6].setFocus()
        dialog.energy._roving(6)
        qtbot.keyClick(buttons[6], Qt.Key.Key_Right)
        assert QApplication.focusWidget() is buttons[7]
        assert not buttons[7].isChecked()  # moving does not choose
        assert dialog.energy.accessibleName()
