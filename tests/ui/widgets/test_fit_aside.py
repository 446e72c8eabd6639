"""The screen fit steps aside while an animation runs (its application-wide filter was a call
into Python for every event of every object, three for each frame of the breathing guide):
Pause's own dialogs fit as they show all the same, Qt's as the focus enters them, and the
filter is back when the animation stops, or when what held it is gone."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

import pause_app.ui
from pause_app.ui.widgets import fit
from tests.helpers.fresh import run_fresh
from tests.helpers.look import applied


@pytest.fixture
def small_screen(monkeypatch) -> QRect:
    room = QRect(0, 0, 683, 384)
    monkeypatch.setattr(fit, "available", lambda _widget: room)
    return room


def _screen_fit() -> fit.ScreenFit:
    found = QApplication.instance().findChild(fit.ScreenFit, "screen_fit")
    assert found is not None
    return found


class _OwnDialog(fit.FitsWhenShown, QDialog):
    """As Pause's dialogs are made."""


def _too_big(kind: type[QDialog] = QDialog) -> QDialog:
    dialog = kind()
    content = QLabel("Much to read")
    content.setMinimumSize(900, 700)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    return dialog


def test_a_dialog_opened_while_an_animation_runs_fits_as_it_takes_the_focus(
    qtbot, small_screen: QRect
) -> None:
    with applied():
        animation = QObject()
        fit.step_aside(animation, True)
        assert _screen_fit().stepped_aside
        dialog = _too_big()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        QCoreApplication.processEvents()
        assert small_screen.contains(dialog.frameGeometry())
        assert dialog.findChild(fit.QScrollArea, "fit_scroll") is not None
        fit.step_aside(animation, False)
        assert not _screen_fit().stepped_aside


def test_pauses_own_dialog_fits_as_it_shows_while_an_animation_runs(
    qtbot, small_screen: QRect
) -> None:
    """Fitted as the focus entered it, a dialog too large for the screen showed whole first
    and then jumped; Pause's own fit before they are on the screen."""
    with applied():
        animation = QObject()
        fit.step_aside(animation, True)
        assert _screen_fit().stepped_aside
        dialog = _too_big(_OwnDialog)
        qtbot.addWidget(dialog)
        seen: list[QRect] = []
        dialog.show()  # no focus, no events handled yet: as it first reaches the screen
        seen.append(dialog.frameGeometry())
        assert all(small_screen.contains(rect) for rect in seen), seen
        assert dialog.findChild(fit.QScrollArea, "fit_scroll") is not None
        fit.step_aside(animation, False)


def test_every_dialog_of_pauses_own_fits_as_it_shows() -> None:
    """A dialog class added later without the mix-in would jump again."""
    for module in pkgutil.walk_packages(pause_app.ui.__path__, "pause_app.ui."):
        importlib.import_module(module.name)
    found = set()
    waiting = list(QDialog.__subclasses__())
    while waiting:
        kind = waiting.pop()
        waiting.extend(kind.__subclasses__())
        if kind.__module__.startswith("pause_app."):
            found.add(kind)
    assert len(found) >= 11, found
    missing = sorted(k.__qualname__ for k in found if not issubclass(k, fit.FitsWhenShown))
    assert not missing, missing


def test_when_the_animation_stops_a_dialog_fits_as_it_shows_again(
    qtbot, small_screen: QRect
) -> None:
    with applied():
        animation = QObject()
        fit.step_aside(animation, True)
        fit.step_aside(animation, True)  # asked again: still one holder
        fit.step_aside(animation, False)
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.resize(900, 700)
        dialog.show()  # no focus asked for: the filter itself, on Show
        assert small_screen.contains(dialog.frameGeometry())


def test_two_animations_both_let_go_before_the_filter_is_back(qtbot) -> None:
    with applied():
        first, second = QObject(), QObject()
        fit.step_aside(first, True)
        fit.step_aside(second, True)
        fit.step_aside(first, False)
        assert _screen_fit().stepped_aside
        fit.step_aside(second, False)
        assert not _screen_fit().stepped_aside


def test_an_animation_deleted_while_it_ran_lets_go(qtbot, small_screen: QRect) -> None:
    with applied():
        animation = QObject()
        fit.step_aside(animation, True)
        animation.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not _screen_fit().stepped_aside
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.resize(900, 700)
        dialog.show()
        assert small_screen.contains(dialog.frameGeometry())


def test_a_holder_that_goes_with_the_application_at_exit_says_nothing(tmp_path) -> None:
    """A start with the window holds the filter aside by its settings watcher until the
    window shows; quitting before then took the watcher down with the application, and
    letting go printed a traceback on the way out."""
    code = (
        "import pause_app.cli\n"
        "from pause_app import app\n"
        "from pause_app.ui.widgets import fit\n"
        "early = app.prepare(app.StartOptions())\n"
        "pause = app.complete(early, window_first=True)\n"
        "fit.install(pause.qt_app)\n"
        "fit.step_aside(pause.watcher, True)\n"
        "pause.ensure_look()\n"
    )
    result = run_fresh(code, PAUSE_APP_HOME=str(tmp_path))
    assert "Traceback" not in result.stderr, result.stderr
