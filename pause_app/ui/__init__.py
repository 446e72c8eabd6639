"""The window and everything drawn with Qt widgets, one package per feature the user sees:
``breathe``, ``goals``, ``progress``, ``reminders`` and ``settings``, with what they share in
``widgets``. ``main_window`` puts the pages together; ``demo`` renders each view on sample
data. Nothing here runs SQL; no feature imports another (docs/ARCHITECTURE.md)."""
