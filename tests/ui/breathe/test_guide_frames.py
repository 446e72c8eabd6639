"""The guide's frames: only what changed is repainted, and no more frames than look smooth."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter, QRegion

from pause_app.core.breathing import PRESETS, state_at
from pause_app.core.exercise import breathing_plan
from pause_app.ui.breathe import guide as guide_module
from pause_app.ui.breathe.exercise_view import ExerciseView
from pause_app.ui.breathe.guide import BreathingGuide
from pause_app.ui.breathe.picture import MARGIN, Picture, alike, ring_boxes
from tests.helpers.clock import FakeClock

CALM = PRESETS["calm"]


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def guide(qtbot) -> BreathingGuide:
    shown = BreathingGuide()
    qtbot.addWidget(shown)
    shown.resize(600, 500)
    return shown


def _asked(guide: BreathingGuide, monkeypatch: pytest.MonkeyPatch) -> list[QRegion | None]:
    asked: list[QRegion | None] = []
    monkeypatch.setattr(guide, "update", lambda region=None: asked.append(region))
    return asked


def test_a_small_move_repaints_the_ring_the_edge_crossed_not_the_widget(
    guide: BreathingGuide, monkeypatch: pytest.MonkeyPatch
) -> None:
    guide.show_state(state_at(CALM, 1500))
    asked = _asked(guide, monkeypatch)
    before = guide.circle_radius()
    guide.show_state(state_at(CALM, 1540))
    after = guide.circle_radius()
    assert before != after
    (region,) = asked
    assert isinstance(region, QRegion)
    area = sum(rect.width() * rect.height() for rect in region)
    assert area < 0.15 * guide.width() * guide.height()
    assert region.rectCount() <= 20  # a few copies to the X server, not one per line
    centre = QPoint(guide.width() // 2, (guide.height() - 64) // 2)
    for radius in (before, after):  # the edge, at the old and the new radius, is inside
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            point = centre + QPoint(round(dx * radius), round(dy * radius))
            assert region.contains(point)
    assert not region.contains(centre)  # the inside keeps its colour: it is not repainted


def test_the_countdown_is_repainted_only_when_its_number_changes(
    guide: BreathingGuide, monkeypatch: pytest.MonkeyPatch
) -> None:
    guide.show_state(state_at(CALM, 1100))  # "Breathe in", 3
    asked = _asked(guide, monkeypatch)
    guide.show_state(state_at(CALM, 1100))  # the same picture: nothing at all
    assert asked == []
    guide.show_state(state_at(CALM, 2100))  # 2: the number's line, and the moved edge
    (region,) = asked
    assert isinstance(region, QRegion)
    assert region.contains(QPoint(guide.width() // 2, guide.height() - 16))  # the countdown
    assert not region.contains(QPoint(guide.width() // 2, guide.height() - 48))  # the word


def test_pictures_alike_when_the_edge_moves_less_than_a_pixel() -> None:
    here = Picture(100.0, 0xFF102030, 0xFF405060, ("Breathe in", "3"))
    assert alike(here, here._replace(radius=100.9), 1.0)
    assert not alike(here, here._replace(radius=101.2), 1.0)
    assert alike(here, here._replace(fill=0xFF112131), 1.0)  # one level: not seen
    assert not alike(here, here._replace(fill=0xFF182030), 1.0)
    assert not alike(here, here._replace(caption=("Breathe in", "2")), 1.0)


@pytest.fixture
def view(qtbot) -> tuple[ExerciseView, FakeMonotonic]:
    tick = FakeMonotonic()
    shown = ExerciseView(tick, FakeClock())
    qtbot.addWidget(shown)
    shown.resize(860, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown, tick


def test_frames_are_as_far_apart_as_still_looks_smooth(view) -> None:
    """Through whole breaths of the fastest and the slowest patterns: a wait longer than
    FRAME_MS is chosen only where the edge moves less than MOVE_PX in it, and the words
    stay; the holds and the slow ends of a breath need far fewer frames."""
    shown, tick = view
    for name in ("gentle", "box", "calm"):
        pattern = PRESETS[name]
        shown.start(breathing_plan(pattern, 1))
        begin = tick.now
        waits: list[int] = []
        while tick.now - begin < pattern.cycle_ms / 1000 * 2:
            shown.frame_timer.timeout.emit()
            wait = shown.frame_timer.interval()
            here = shown.guide.shown
            assert here is not None
            assert ExerciseView.FRAME_MS <= wait <= ExerciseView.SLOWEST_MS
            if wait > ExerciseView.FRAME_MS:
                there = shown._picture_at(tick.now + wait / 1000)
                assert abs(there.radius - here.radius) <= ExerciseView.MOVE_PX
                assert there.caption == here.caption
            waits.append(wait)
            tick.now += wait / 1000
        assert ExerciseView.FRAME_MS in waits  # the middle of a breath: full speed
        frames_a_second = len(waits) / (tick.now - begin)
        assert frames_a_second < 1000 / ExerciseView.FRAME_MS * 0.9, name
        if name == "box":  # four-second holds: a few frames a second there
            assert ExerciseView.SLOWEST_MS in waits
        shown.stop()
        shown.stop()


def test_a_changed_colour_repaints_the_whole_circle(
    guide: BreathingGuide, monkeypatch: pytest.MonkeyPatch
) -> None:
    guide.show_state(state_at(CALM, 1500), presence=1.0)
    asked = _asked(guide, monkeypatch)
    guide.show_state(state_at(CALM, 1500), presence=0.5)  # fading: the fill changes
    (region,) = asked
    assert isinstance(region, QRegion)
    centre = QPoint(guide.width() // 2, (guide.height() - 64) // 2)
    radius = round(guide.circle_radius() + MARGIN - 1)
    assert region.contains(centre) and region.contains(centre + QPoint(radius, 0))


def test_the_rings_an_edge_crosses_are_rounded_out_to_even_pixels(guide: BreathingGuide) -> None:
    """Nearby moves share one ring, worked out once: half as many to keep. Each still holds
    the whole edge, before and after."""
    first, _ = guide._ring_between(100.2, 101.1)
    second, _ = guide._ring_between(101.0, 100.4)
    assert first is second
    centre = QPoint(guide.width() // 2, (guide.height() - 64) // 2)
    for reach in (100.2 - MARGIN, 101.1 + MARGIN - 1):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            assert first.contains(centre + QPoint(round(dx * reach), round(dy * reach)))


def _rings_copied(guide: BreathingGuide, qtbot, monkeypatch, first_ms: int, then_ms: int) -> int:
    guide.show()
    qtbot.waitExposed(guide)
    guide.show_state(state_at(CALM, first_ms))
    qtbot.waitUntil(lambda: guide.paint_count > 0)
    copied: list[object] = []
    monkeypatch.setattr(guide, "_draw_ring", lambda *args: copied.append(args))
    painted = guide.paint_count
    guide.show_state(state_at(CALM, then_ms))
    qtbot.waitUntil(lambda: guide.paint_count > painted)
    return len(copied)


def test_a_frame_that_does_not_reach_the_faint_ring_copies_none_of_it(
    guide: BreathingGuide, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seven tenths of the way out, the bands of the moving edge reach into the corners of
    its square, near the faint ring but not onto it."""
    assert _rings_copied(guide, qtbot, monkeypatch, 2040, 2080) == 0


def test_a_frame_that_reaches_the_faint_ring_copies_it(
    guide: BreathingGuide, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _rings_copied(guide, qtbot, monkeypatch, 3900, 3990) == 1


def test_the_rings_a_breath_crosses_are_worked_out_together_once(
    view, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the first ring at a size, the ones a breath crosses: a breath finds them kept
    (one at a time, between frames, each took five times as long)."""
    shown, tick = view
    worked: list[object] = []
    real = guide_module.ring_boxes
    monkeypatch.setattr(
        guide_module, "ring_boxes", lambda *args: worked.append(args) or real(*args)
    )
    shown.start(breathing_plan(CALM, 1))
    for _ in range(2):  # faded in, breathing in: the first frame paints all, the next a ring
        tick.now += 1.5
        shown.frame_timer.timeout.emit()
    first = len(worked)
    assert first > 50
    begin = tick.now
    while tick.now - begin < CALM.cycle_ms / 1000 * 2:
        tick.now += shown.frame_timer.interval() / 1000 + 0.003  # late, as timers are
        shown.frame_timer.timeout.emit()
    assert len(worked) == first


@pytest.mark.parametrize("size", [(220, 260), (360, 380), (600, 500), (900, 760)])
def test_the_boxes_left_out_hold_none_of_the_faint_ring_and_all_end_above_the_words(
    qtbot, size: tuple[int, int]
) -> None:
    """A box the faint ring is not copied into has none of its pixels (its image shows
    exactly which are), and no ring reaches the words, whose check such frames skip."""
    guide = BreathingGuide()
    qtbot.addWidget(guide)
    guide.resize(*size)
    guide.show_state(state_at(CALM, 1500))  # an exercise runs: the ring is kept as an image
    middle = guide.largest_radius() * 0.7
    guide._ring_between(middle, middle + 1)  # and with the first ring, all a breath crosses
    scratch = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(scratch)
    guide._draw_ring(painter, [], guide._centre(), guide._kept_pens()[0])
    painter.end()
    assert guide._ring_image is not None
    corner, image = guide._ring_image
    words_top = size[1] - 64
    left_out = 0
    for (inner, outer), (_region, parts) in guide._rings.items():
        for box in ring_boxes(guide._centre(), inner, outer):
            x, y, width, height = box
            assert y + height <= words_top
            if box not in parts:
                left_out += 1
                piece = image.copy(QRect(x - corner.x(), y - corner.y(), width, height))
                assert not piece.constBits().tobytes().strip(b"\0"), (box, inner, outer)
    assert left_out > len(guide._rings)  # most boxes of most rings
