"""File ▸ Restore a backup…: once the event loop is over and nothing has the database
open, the backup is put back (the data of now kept as a backup first) and Pause starts
again, as it was started."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pause_app.app.pause import Pause, StartOptions

log = logging.getLogger(__name__)

RESTORED_ENV = "PAUSE_APP_RESTORED"  # "restored/kept", for the Pause started after a restore


def restart_arguments(options: StartOptions) -> list[str]:
    """How this Pause was started, to start it again: the same data, the same language.
    A bundle (PyInstaller) is its own executable; a Python runs the package."""
    arguments = [] if getattr(sys, "frozen", False) else ["-m", "pause_app"]
    if options.data_dir is not None:
        arguments += ["--data-dir", options.data_dir]
    if options.lang is not None:
        arguments += ["--lang", options.lang]
    return arguments


def restore_and_restart(
    pause: Pause,
    options: StartOptions,
    launch: Callable[[str, list[str]], tuple[bool, int]] | None = None,
) -> int:
    """After the event loop and ``shutdown`` (nothing has the database open): put the backup
    back, the data of now kept as a backup first, and start Pause again on it."""
    from PySide6.QtCore import QProcess

    from pause_app.storage import backups
    from pause_app.text import your_data

    launch = launch or QProcess.startDetached
    name = pause.pending_restore or ""
    now = backups.wall_clock(pause.clock())
    try:
        result = backups.restore(pause.app_paths.database, pause.app_paths.backups, name, now)
    except backups.BackupError as error:
        from pause_app.ui.data import Message

        log.error("the backup %s was not put back: %s", name, error.detail)
        Message.show(your_data.restore_problem(error.detail))
    else:
        log.info("put the backup %s back; starting again", name)
        os.environ[RESTORED_ENV] = f"{name}/{result.kept.name if result.kept else ''}"
    started, _pid = launch(sys.executable, restart_arguments(options))
    if not started:
        from pause_app.ui.data import Message

        Message.show(your_data.restart_problem())
        return 1
    return 0
