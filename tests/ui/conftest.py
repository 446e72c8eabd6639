"""UI tests: fail any test that leaves top-level widgets behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from pause_app.ui import i18n


def _running_timers(qapp: QApplication) -> set[int]:
    return {id(t) for t in qapp.findChildren(QTimer) if t.isActive()}


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves windows open or timers running on the application."""
    before = set(map(id, QApplication.topLevelWidgets()))
    timers_before = _running_timers(qapp)
    yield
    leaked_timers = [
        t.objectName() or repr(t)
        for t in qapp.findChildren(QTimer)
        if t.isActive() and id(t) not in timers_before
    ]
    assert not leaked_timers, f"test left timers running: {leaked_timers}"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaked, f"test left windows open: {[w.objectName() or w for w in leaked]}"


@pytest.fixture
def translations() -> Iterator[i18n.Translations]:
    installed = i18n.Translations()
    yield installed
    installed.uninstall()
