"""A reminder that pops up again and again does not leave a fade behind each time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPropertyAnimation

from pause_app.ui.reminders.corner_window import ReminderWindow
from pause_app.ui.widgets import theme


def test_popping_up_again_reuses_the_window_s_fade(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "FADING_PLATFORMS", (theme.QGuiApplication.platformName(),))
    window = ReminderWindow()
    qtbot.addWidget(window)
    for _ in range(5):
        window.pop_up()
        window.withdraw()
    fades = window.findChildren(QPropertyAnimation)
    assert len(fades) == 1 and fades[0].objectName() == "fade_in"
