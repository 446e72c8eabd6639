"""What makes a frame cheap must not change what is seen: a frame that repaints only what
changed shows the same pixels as one painted whole; a minimised window stops the frames at
once (by the window's signal, not a filter on each of its events); and while frames are
drawn, the screen fit's application-wide filter sees none of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from pause_app.core.breathing import PRESETS, state_at
from pause_app.core.exercise import breathing_plan
from pause_app.ui.breathe import guide as guide_module
from pause_app.ui.breathe.exercise_view import ExerciseView
from pause_app.ui.breathe.guide import BreathingGuide
from pause_app.ui.widgets import fit
from tests.helpers.clock import FakeClock, FakeMonotonic
from tests.helpers.look import applied

CALM = PRESETS["calm"]


def _on_screen(widget: BreathingGuide) -> QImage:
    """What the window shows now: the backing store, after the frames drawn into it."""
    QCoreApplication.processEvents()
    screen = QApplication.primaryScreen()
    return screen.grabWindow(widget.winId()).toImage()


def _whole(state_ms: int, like: QImage) -> QImage:
    """The plain way: the whole widget painted, the faint ring stroked all round."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(guide_module, "RING_IMAGE_MAX", 0)
        patch.setattr(BreathingGuide, "_faint_ring_parts", lambda _self, boxes: boxes)
        fresh = BreathingGuide()
        fresh.resize(400, 420)
        fresh.show_state(state_at(CALM, state_ms))
        image = fresh.grab().toImage().convertToFormat(like.format())
    fresh.deleteLater()
    return image


def _frames_unlike_whole(qtbot) -> int:
    """Through a whole Calm breath, frame by frame: how many look unlike the plain way."""
    guide = BreathingGuide()
    qtbot.addWidget(guide)
    guide.resize(400, 420)
    guide.show()
    qtbot.waitExposed(guide)
    differing = 0
    for ms in range(0, CALM.cycle_ms, 97):
        guide.show_state(state_at(CALM, ms))
        seen = _on_screen(guide)
        differing += seen != _whole(ms, seen)
    return differing


@pytest.mark.parametrize("look", ["light", "dark"])
def test_a_frame_painted_in_part_looks_like_one_painted_whole(qtbot, look: str) -> None:
    """The ring the edge crossed, the faint ring drawn only where the repainted part reaches
    it (from an image of it), the edge drawn as a disc under the fill: the same pixels."""
    with applied(look):
        assert _frames_unlike_whole(qtbot) == 0


def test_the_check_would_see_a_faint_ring_left_out(qtbot, monkeypatch) -> None:
    """The check above is real: a frame that thinks the faint ring is elsewhere wipes it."""
    monkeypatch.setattr(BreathingGuide, "_faint_ring_parts", lambda _self, _boxes: [])
    assert _frames_unlike_whole(qtbot) > 0


@pytest.fixture
def tick() -> FakeMonotonic:
    return FakeMonotonic()


def _shown_view(qtbot, tick: FakeMonotonic) -> ExerciseView:
    shown = ExerciseView(tick, FakeClock())
    qtbot.addWidget(shown)
    shown.resize(600, 500)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def view(qtbot, tick: FakeMonotonic) -> ExerciseView:
    return _shown_view(qtbot, tick)


def _breathing(view: ExerciseView, tick: FakeMonotonic) -> None:
    handle = view.window().windowHandle()
    QCoreApplication.processEvents()
    assert handle is not None and handle.isExposed()
    view.start(breathing_plan(CALM, 1))
    tick.now += 2.0
    view.frame_timer.timeout.emit()


def test_minimised_the_frames_stop_at_once_and_restored_they_go_on(
    view: ExerciseView, tick: FakeMonotonic
) -> None:
    _breathing(view, tick)
    assert view.frame_timer.isActive()
    view.window().showMinimized()  # no event loop turned: the window's signal, at once
    assert not view.frame_timer.isActive()
    view.window().showNormal()
    assert view.frame_timer.isActive()
    view.stop()


@pytest.fixture
def filtered(monkeypatch) -> list[object]:
    """Every event the screen fit's filter is asked about."""
    asked: list[object] = []
    original = fit.ScreenFit.eventFilter

    def counting(self: fit.ScreenFit, watched, event) -> bool:
        asked.append(event.type())
        return original(self, watched, event)

    monkeypatch.setattr(fit.ScreenFit, "eventFilter", counting)
    return asked


def test_while_frames_are_drawn_the_screen_fit_sees_none_of_them(
    qtbot, tick: FakeMonotonic, filtered: list[object]
) -> None:
    with applied():
        view = _shown_view(qtbot, tick)  # made with the look applied
        _breathing(view, tick)
        QCoreApplication.processEvents()
        filtered.clear()
        painted = view.guide.paint_count
        for _ in range(5):
            tick.now += ExerciseView.FRAME_MS / 1000
            view.frame_timer.timeout.emit()
            QCoreApplication.processEvents()
        assert view.guide.paint_count > painted  # frames were drawn ...
        assert filtered == []  # ... and the filter was not asked about any of their events
        view.stop()
        label = QLabel("After")  # stopped: the filter is back for every object
        qtbot.addWidget(label)
        label.show()
        assert filtered


def test_hidden_the_guide_gives_the_screen_fit_back(qtbot, tick: FakeMonotonic) -> None:
    with applied():
        view = _shown_view(qtbot, tick)  # made with the look applied
        screen_fit = QApplication.instance().findChild(fit.ScreenFit, "screen_fit")
        _breathing(view, tick)
        assert screen_fit.stepped_aside
        view.hide()
        assert not screen_fit.stepped_aside
        view.show()
        assert screen_fit.stepped_aside
        view.stop()
        assert not screen_fit.stepped_aside


def test_the_window_watched_is_found_again_when_it_was_closed_for_good(qtbot) -> None:
    """A frame asks the window kept since the view showed whether it is on screen; one that
    was closed for good meanwhile is found again, not an error."""
    from PySide6.QtWidgets import QWidget

    from pause_app.ui.breathe.frames import WindowWatch

    first, second = QWidget(), QWidget()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    with qtbot.waitExposed(first):
        first.show()
    found = [first.windowHandle()]
    watch = WindowWatch(lambda: None, lambda: found[0])
    watch.watch()
    assert watch.exposed()
    second.winId()  # a window of its own, never shown: not on screen
    found[0] = second.windowHandle()
    first.destroy()  # its window is gone, the widget stays
    assert not watch.exposed()
