"""Everything Qt: windows, dialogs, the tray, theming and translations. Runs no SQL."""
