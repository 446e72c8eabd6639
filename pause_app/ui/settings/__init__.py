"""Settings: the dialog where every setting is kept as soon as it changes.

Its tabs are lists of small field binders, one kind of binder per kind of field. The rest of
the app uses ``SettingsDialog`` (open it with ``SettingsDialog.open_for``).
"""

from pause_app.ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
