"""Pause: stop, breathe, feel safe, continue."""

APP_ID = "org.pauseapp.Pause"
"""Reverse-DNS id shared by the .desktop file, the AppStream metainfo and the icons."""

# The one place the version is written; pyproject.toml reads it from here. A literal, because
# asking importlib.metadata costs about 20 ms of every start.
__version__ = "0.1.0"
