"""Guards the PySide6 pin: 6.12.0 on CPython 3.11 drops a reference to None per void call.

After a few thousand such calls CPython aborts with ``Fatal Python error:
none_dealloc``. This makes many thousand void calls and checks that None's
reference count does not fall, so an upgrade cannot bring the crash back
unnoticed. (On 3.12+ None is immortal and its count never moves.)
"""

from __future__ import annotations

import gc
import sys
from importlib import metadata

import pytest
from PySide6.QtCore import QPointF, QRectF, QTimer
from PySide6.QtGui import QImage, QPainter, QPen

ROUNDS = 50
CALLS_PER_ROUND = 400  # 4 void calls each: 80,000 in all
# The bug loses one reference per call. Checking every round stops the loop long before a
# leaking build would run None's count down to zero and abort the interpreter. The garbage
# collector stays off while measuring: freeing earlier tests' objects also drops references.
MAX_LOSS_PER_ROUND = CALLS_PER_ROUND // 2


def test_void_qt_calls_keep_none_alive() -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen, a, b, rect = QPen(), QPointF(0, 0), QPointF(5, 5), QRectF(0, 0, 1, 1)
    timer = QTimer()
    gc.collect()
    gc.disable()
    try:
        for round_number in range(ROUNDS):
            before = sys.getrefcount(None)
            for _ in range(CALLS_PER_ROUND):
                painter.setPen(pen)
                painter.drawLine(a, b)
                rect.setHeight(2)
                timer.setInterval(5)
            lost = before - sys.getrefcount(None)
            assert lost < MAX_LOSS_PER_ROUND, (
                f"None lost {lost} references in round {round_number} "
                f"({4 * CALLS_PER_ROUND} void Qt calls): this PySide6 would abort with none_dealloc"
            )
    finally:
        gc.enable()
        painter.end()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+")
def test_the_pin_keeps_the_broken_release_out() -> None:
    assert metadata.version("PySide6") != "6.12.0"
