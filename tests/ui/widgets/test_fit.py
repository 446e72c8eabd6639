"""Windows fit their words and the screen: dialogs are clamped as they show, the first main
window is as large as its pages need (in Dutch too) within the screen, and what cannot wrap
scrolls instead of being cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QAbstractButton, QDialog, QScrollArea

from pause_app.core.model import NewActivity
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import fit
from tests.helpers.look import applied
from tests.helpers.window import main_window


@pytest.fixture
def small_screen(monkeypatch):
    """A 1366x768 laptop at 2x scale: 683x384 for the windows."""
    room = QRect(0, 0, 683, 384)
    monkeypatch.setattr(fit, "available", lambda _widget: room)
    return room


def test_a_dialog_taller_than_the_screen_is_clamped(qtbot, small_screen) -> None:
    with applied():
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.setMinimumSize(900, 700)
        dialog.resize(900, 700)
        dialog.show()
        assert small_screen.contains(dialog.frameGeometry())


def test_without_the_filter_it_would_not_be(qtbot, small_screen) -> None:
    dialog = QDialog()  # the look not applied: no filter, the check above is real
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    assert not small_screen.contains(dialog.frameGeometry())


def _pages(window: MainWindow) -> list[QScrollArea]:
    return [window.breathe_page, window.goals_page, window.progress_page]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_first_window_fits_its_pages(
    qtbot, store, pause_home, clock, translations, language, monkeypatch
) -> None:
    """At the old default size (920x680) the pages needed a scroll bar; on a 1366x768 laptop
    the first window now grows to fit them, as far as the screen goes."""
    monkeypatch.setattr(fit, "available", lambda _widget: QRect(0, 0, 1366, 768))
    translations.install(language)
    store.activities.add(NewActivity("Steps inside", "steps", 50), clock())
    with applied(text_size="larger", desktop_points=11.0):
        window = main_window(store, pause_home, clock, reduced_motion=True)
        qtbot.addWidget(window)
        window.show()
        room = fit.available(window)
        as_tall_as_it_goes = window.height() >= room.height() - 2 * fit.MARGIN
        # Progress builds its chart when first shown, so only its width is known before.
        for index, page in enumerate(_pages(window)[:2]):
            window.show_page(index)
            QCoreApplication.processEvents()
            scrolls = page.verticalScrollBar().maximum() > 0
            assert not scrolls or as_tall_as_it_goes, (language, index)
            assert page.horizontalScrollBar().maximum() == 0, (language, index)
        assert room.contains(window.frameGeometry())


def test_at_its_smallest_with_large_text_nothing_is_out_of_reach(
    qtbot, store, pause_home, clock, small_screen
) -> None:
    with applied(text_size="larger", desktop_points=12.0):
        window = main_window(store, pause_home, clock, reduced_motion=True)
        qtbot.addWidget(window)
        window.show()
        window.resize(window.minimumSize())
        assert small_screen.contains(window.frameGeometry())
        for index, page in enumerate(_pages(window)[:2]):  # Progress lays out its own rows
            window.show_page(index)
            QCoreApplication.processEvents()
            body = page.widget()
            for button in body.findChildren(QAbstractButton):
                if not button.isVisibleTo(body):
                    continue
                right = button.mapTo(body, button.rect().topRight()).x()
                assert right <= body.width(), button.text()  # inside the page's body ...
            if body.width() > page.viewport().width():  # ... which scrolls when wider
                assert page.horizontalScrollBar().maximum() > 0


def test_the_sidebar_is_as_wide_as_its_longest_name(qtbot, store, pause_home, clock) -> None:
    with applied(text_size="larger", desktop_points=18.0):
        window = main_window(store, pause_home, clock, reduced_motion=True)
        qtbot.addWidget(window)
        window.show()
        navigation = window.navigation
        metrics = navigation.fontMetrics()
        for row in range(navigation.count()):
            text = navigation.item(row).text()
            assert metrics.horizontalAdvance(text) + 40 < navigation.width(), text
