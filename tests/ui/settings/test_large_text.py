"""The settings at large text (1.5x, and a 2x desktop), in English and Dutch: the dialog grows
within the screen, its words wrap, and it scrolls only up and down; no line, tab or frame is
cut at the right edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QWidget

from pause_app.ui.settings import SettingsDialog
from pause_app.ui.widgets import fit
from tests.helpers.look import applied

SCREEN = QRect(0, 0, 800, 600)  # the offscreen platform's screen


@pytest.fixture
def screen(monkeypatch) -> QRect:
    monkeypatch.setattr(fit, "available", lambda _widget: SCREEN)
    return SCREEN


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _right_edge(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, widget.rect().topRight()).x()


@pytest.mark.parametrize("share", [1.5, 2.0], ids=["1.5x", "2x"])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_tab_scrolls_sideways_or_is_cut(
    qtbot, screen, settings, autostart, translations, language, share
) -> None:
    translations.install(language)
    with applied(desktop_points=QApplication.font().pointSizeF() * share):
        dialog = SettingsDialog(settings, autostart)
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        assert screen.contains(dialog.frameGeometry())
        scroll = dialog.findChild(QScrollArea, "fit_scroll")
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            _settle()
            if scroll is not None:
                assert scroll.horizontalScrollBar().maximum() == 0, index
                edge = scroll.viewport().mapTo(dialog, scroll.viewport().rect().topRight()).x()
            else:
                edge = dialog.width()
            page = dialog.tabs.widget(index)
            for widget in page.findChildren(QWidget):
                if widget.isVisible() and widget.width() > 0:
                    assert _right_edge(widget, dialog) <= edge, (index, widget)
        # Each check box's words are all there (wrapped, not cut).
        for box in dialog.findChildren(QCheckBox):
            if box.isVisible():
                assert box.height() >= box.heightForWidth(box.width()), box.text()
        # The tabs' names are whole: the bar offers arrows instead of cutting "Starten".
        bar = dialog.tabs.tabBar()
        assert bar.elideMode().name == "ElideNone" and dialog.tabs.usesScrollButtons()
