"""Pause: stop, breathe, feel safe, continue."""

from importlib import metadata as _metadata

APP_ID = "org.pauseapp.Pause"
"""Reverse-DNS id shared by the .desktop file, the AppStream metainfo and the icons."""

try:
    __version__ = _metadata.version("pause-app")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
