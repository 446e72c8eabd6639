"""The composition root: builds the QApplication, the store, the windows, and wires them.

Nothing else in Pause creates long-lived objects or connects them to each other.

- ``start``: the start, the tray icon first (``run``, ``build``);
- ``pause``: a running Pause and the wiring of its parts;
- ``restart``: putting a backup back, and starting again.
"""

from pause_app.desktop.pyside_imports import load_pyside

load_pyside()  # before the parts that use it: see desktop/pyside_imports.py

from pause_app.app.pause import PROGRESS_PAGE, FatalDialog, Pause, StartOptions  # noqa: E402
from pause_app.app.restart import RESTORED_ENV, restart_arguments, restore_and_restart  # noqa: E402
from pause_app.app.start import Early, build, complete, prepare, run  # noqa: E402
from pause_app.desktop.process import display_missing  # noqa: E402

__all__ = [
    "PROGRESS_PAGE",
    "RESTORED_ENV",
    "Early",
    "FatalDialog",
    "Pause",
    "StartOptions",
    "build",
    "complete",
    "display_missing",
    "prepare",
    "restart_arguments",
    "restore_and_restart",
    "run",
]
