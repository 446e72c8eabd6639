"""Icons, sounds and translations, installed as the ``pause_app.resources`` package."""

from pathlib import Path

_HERE = Path(__file__).parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (installed as the ``pause_app.resources`` package).

    Beside this module, where the package is plain files (a checkout, a wheel, the
    bundle); otherwise through ``importlib.resources``, which a start in the tray does
    not load for an icon (it brings ``zipfile`` and more with it)."""
    here = _HERE.joinpath(*parts)
    if here.exists():
        return here
    from importlib import resources

    return Path(str(resources.files("pause_app.resources").joinpath(*parts)))
