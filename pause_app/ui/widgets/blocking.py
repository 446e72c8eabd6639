"""Changing widgets without their change signals, so that loading a value writes nothing back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSignalBlocker


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Qt's ``QSignalBlocker`` for several objects at once. Each gets back the state it had,
    so a block inside another block does not let signals through early."""
    blockers = [QSignalBlocker(item) for item in objects]
    try:
        yield
    finally:
        for blocker in reversed(blockers):
            blocker.unblock()
