from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from pause_app.ui.widgets.blocking import signals_blocked


def test_several_objects_are_quiet_together_and_speak_again_after() -> None:
    first, second = QObject(), QObject()
    heard: list[str] = []
    first.objectNameChanged.connect(heard.append)
    second.objectNameChanged.connect(heard.append)
    with signals_blocked(first, second):
        assert first.signalsBlocked() and second.signalsBlocked()
        first.setObjectName("quiet")
        second.setObjectName("quiet too")
    assert heard == []
    assert not first.signalsBlocked() and not second.signalsBlocked()
    first.setObjectName("heard")
    assert heard == ["heard"]


def test_an_object_blocked_before_stays_blocked() -> None:
    already, other = QObject(), QObject()
    already.blockSignals(True)
    with signals_blocked(already, other):
        with signals_blocked(other):
            pass
        assert other.signalsBlocked()  # the inner block did not let it speak early
    assert already.signalsBlocked()
    assert not other.signalsBlocked()


def test_an_error_inside_unblocks_too() -> None:
    item = QObject()
    with pytest.raises(RuntimeError), signals_blocked(item):
        raise RuntimeError("while loading")
    assert not item.signalsBlocked()
