"""Icons, sounds and translations, installed as the ``pause_app.resources`` package."""

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (installed as the ``pause_app.resources`` package)."""
    return Path(str(resources.files("pause_app.resources").joinpath(*parts)))
