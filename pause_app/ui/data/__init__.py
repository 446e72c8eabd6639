"""Your data: the day's backup, File ▸ Back up now, Restore a backup… (the list, then a
restart by the app), Import… (the file, what it adds, then Import or Cancel) and Import
steps… (a phone's or a watch's export: the file, the activity, the read, the preview).

The dialogs and the step readers load when first used, not with the app's start."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from pause_app.ui.data.feature import FileChooser, Message, YourData

if TYPE_CHECKING:
    from pause_app.ui.data.dialogs import ImportDialog, RestoreDialog
    from pause_app.ui.data.steps_dialog import (
        StepsActivityDialog,
        StepsInto,
        StepsPreviewDialog,
        StepsProgressDialog,
    )
    from pause_app.ui.data.steps_import import StepsFileChooser, StepsImport

_LATER = {
    "ImportDialog": "dialogs",
    "RestoreDialog": "dialogs",
    "StepsActivityDialog": "steps_dialog",
    "StepsInto": "steps_dialog",
    "StepsPreviewDialog": "steps_dialog",
    "StepsProgressDialog": "steps_dialog",
    "StepsFileChooser": "steps_import",
    "StepsImport": "steps_import",
}


def __getattr__(name: str) -> object:
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_LATER[name]}"), name)


__all__ = [
    "FileChooser",
    "ImportDialog",
    "Message",
    "RestoreDialog",
    "StepsActivityDialog",
    "StepsFileChooser",
    "StepsImport",
    "StepsInto",
    "StepsPreviewDialog",
    "StepsProgressDialog",
    "YourData",
]
