"""Your data: the day's backup, File ▸ Back up now, Restore a backup… (the list, then a
restart by the app) and Import… (the file, what it adds, then Import or Cancel)."""

from pause_app.ui.data.dialogs import ImportDialog, RestoreDialog
from pause_app.ui.data.feature import FileChooser, Message, YourData

__all__ = ["FileChooser", "ImportDialog", "Message", "RestoreDialog", "YourData"]
