"""What the features of the window share: labels, the page frame, notices, the theme, windows
that fit the screen, live retranslation, quiet loading, and the editor for one's own breathing
rhythm.

Nothing here knows a feature; the features (``ui/breathe``, ``ui/settings``, ...) import from
here, never from each other.

Each name loads its module when first used: the tray's start needs the theme, not the pages'
widgets.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Eager: the function has its module's name, which would otherwise shadow it once loaded.
from pause_app.ui.widgets.announce import announce

if TYPE_CHECKING:
    from pause_app.ui.widgets import fit, theme
    from pause_app.ui.widgets.blocking import signals_blocked
    from pause_app.ui.widgets.labels import role_label
    from pause_app.ui.widgets.notices import NoticeArea
    from pause_app.ui.widgets.page import Page
    from pause_app.ui.widgets.retranslating import Retranslating
    from pause_app.ui.widgets.rhythm_editor import RhythmEditor

_MODULE_OF = {
    "signals_blocked": "blocking",
    "role_label": "labels",
    "NoticeArea": "notices",
    "Page": "page",
    "Retranslating": "retranslating",
    "RhythmEditor": "rhythm_editor",
}


def __getattr__(name: str) -> object:
    if name in ("fit", "theme"):
        return importlib.import_module(f"{__name__}.{name}")
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)


__all__ = [
    "NoticeArea",
    "Page",
    "Retranslating",
    "RhythmEditor",
    "announce",
    "fit",
    "role_label",
    "signals_blocked",
    "theme",
]
