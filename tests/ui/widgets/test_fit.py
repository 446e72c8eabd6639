"""Windows fit their words and the screen: dialogs are clamped as they show, the first main
window is as large as its pages need (in Dutch too) within the screen, and what cannot wrap
scrolls instead of being cut off."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.model import Felt, NewActivity
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.settings_file import SettingsFile
from pause_app.ui.checkin import CheckInDialog
from pause_app.ui.main_window import MainWindow
from pause_app.ui.settings import SettingsDialog
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


def _bigger_than_the_screen() -> tuple[QDialog, QDialogButtonBox]:
    dialog = QDialog()
    content = QLabel("Much to read")
    content.setMinimumSize(900, 700)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    return dialog, buttons


def _in_view(widget: QWidget, dialog: QDialog) -> bool:
    return dialog.rect().contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()))


def test_a_dialog_larger_than_the_screen_scrolls_and_keeps_its_buttons(qtbot, small_screen) -> None:
    """Clamped alone, its content was cut off: now the content scrolls, the buttons stay."""
    with applied():
        dialog, buttons = _bigger_than_the_screen()
        qtbot.addWidget(dialog)
        dialog.show()
        QCoreApplication.processEvents()
        assert small_screen.contains(dialog.frameGeometry())
        scroll = dialog.findChild(QScrollArea, "fit_scroll")
        assert scroll is not None and not scroll.isAncestorOf(buttons)
        assert buttons.isVisible() and _in_view(buttons, dialog)
        assert scroll.verticalScrollBar().maximum() > 0
        assert scroll.horizontalScrollBar().maximum() > 0
        # A screen reader hears which way each scroll bar goes, not only "scroll bar".
        assert scroll.verticalScrollBar().accessibleName() == "Scroll up and down"
        assert scroll.horizontalScrollBar().accessibleName() == "Scroll sideways"
        scroll.ensureWidgetVisible(scroll.widget().findChild(QLabel))


def test_a_dialog_that_fits_is_left_as_it_is(qtbot) -> None:
    with applied():
        dialog = QDialog()
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog).addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
        dialog.show()
        assert dialog.findChild(QScrollArea, "fit_scroll") is None


@pytest.mark.parametrize("which", ["settings", "checkin"])
def test_at_twice_the_text_settings_and_the_check_in_scroll_on_a_small_screen(
    qtbot, small_screen, pause_home, store, clock, which
) -> None:
    with applied(desktop_points=QApplication.font().pointSizeF() * 2):
        if which == "settings":
            pause_home.create()
            file = SettingsFile(pause_home.settings)
            dialog: QDialog = SettingsDialog(SettingsWatcher(file, file.load().settings), None)
            last = dialog.findChild(QDialogButtonBox)
        else:
            dialog = CheckInDialog(store.checkins, clock)
            last = dialog.buttons
        qtbot.addWidget(dialog)
        dialog.show()
        QCoreApplication.processEvents()
        assert small_screen.contains(dialog.frameGeometry())
        assert last is not None and last.isVisible() and _in_view(last, dialog)
        scroll = dialog.findChild(QScrollArea, "fit_scroll")
        assert scroll is not None
        if isinstance(dialog, CheckInDialog):  # moved into the scroll area, it keeps its focus
            assert dialog.focusWidget() is dialog.energy.buttons[0]


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


@pytest.mark.parametrize("twice", [False, True], ids=["normal-text", "2x-text"])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_at_the_smallest_window_no_page_is_wider_than_its_view(
    qtbot, store, pause_home, clock, translations, language, twice, reading
) -> None:
    """Rows wrap, long buttons wrap their words: no page scrolls sideways at the window's
    minimum size, with normal text or twice as large (the cards' rows of buttons, the
    Progress rows and the sound cues' words set the width before)."""
    translations.install(language)
    points = QApplication.font().pointSizeF() * (2 if twice else 1)
    with applied(desktop_points=points):
        window = main_window(store, pause_home, clock, reduced_motion=True)
        qtbot.addWidget(window)
        window.show()
        window.resize(window.minimumSize())
        for index, page in enumerate(_pages(window)):
            window.show_page(index)
            for _ in range(3):
                QCoreApplication.processEvents()
            body = page.widget()
            assert body.width() <= page.viewport().width(), (index, body.minimumSizeHint())
            assert page.horizontalScrollBar().maximum() == 0, index


@pytest.fixture
def reading(store, clock):
    """Two activities logged today, with a next step to take: every row of a card shows."""
    started = clock.today - timedelta(days=10)
    for name, unit in (("Steps inside", "steps"), ("Reading", "minutes")):
        activity = store.activities.add(NewActivity(name, unit, 50, started_on=started), clock())
        for back in range(1, 4):
            day = clock().on_day(clock.today - timedelta(days=back))
            store.attempts.add(activity.id, 50, Felt.GOOD, "", day)
        store.attempts.add(activity.id, 51, Felt.GOOD, "", clock())  # today: with "Undo"
