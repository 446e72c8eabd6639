"""Your data: the day's backup, File ▸ Back up now, Restore a backup… (the list, then a
restart by the app), Import… (the file, what it adds, then Import or Cancel) and Import
steps… (a phone's or a watch's export: the file, the activity, the read, the preview)."""

from pause_app.ui.data.dialogs import ImportDialog, RestoreDialog
from pause_app.ui.data.feature import FileChooser, Message, YourData
from pause_app.ui.data.steps_dialog import (
    StepsActivityDialog,
    StepsInto,
    StepsPreviewDialog,
    StepsProgressDialog,
)
from pause_app.ui.data.steps_import import StepsFileChooser, StepsImport

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
