"""Screenshots of reminders that respect attention: the tray while a reminder waits for the
desktop's do not disturb, after a natural break, and the Reminders tab where this desktop
cannot tell that the user is away.

Part of ``make screenshots`` (``demo.tray_screenshots`` calls ``attention_screenshots``).
"""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QPoint

from pause_app.core.attention import Note
from pause_app.core.reminders import Status, StatusKind
from pause_app.ui.reminders.tray import Tray
from pause_app.ui.settings import SettingsDialog


def attention_screenshots(folder: Path, suffix: str) -> None:
    from pause_app.ui.demo import DEMO_NOW, _DemoSettings, _dispose, _grab  # it imports this

    zone = timezone(timedelta(hours=1))
    now = DEMO_NOW.utc
    tray = Tray()
    for note, name in (
        (Note.NOTIFICATIONS_OFF, "waiting"),
        (Note.FULLSCREEN, "waiting-full-screen"),
        (Note.WAS_AWAY, "was-away"),
    ):
        tray.show_status(Status(StatusKind.ACTIVE, now + timedelta(minutes=90)), now, zone, note)
        tray.menu.popup(QPoint(0, 0))
        _grab(tray.menu, folder / f"tray-menu-{name}-{suffix}.png")
        tray.menu.hide()
    tray.deleteLater()
    _dispose(tray.menu)
    dialog = SettingsDialog(_DemoSettings(), None)
    dialog.tabs.setCurrentIndex(SettingsDialog.REMINDERS)
    dialog.reminders.set_idle_available(False)
    _grab(dialog, folder / f"settings-reminders-no-idle-{suffix}.png")
    _dispose(dialog)
