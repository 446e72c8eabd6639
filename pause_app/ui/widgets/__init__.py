"""What the features of the window share: labels, the page frame, notices, the theme, windows
that fit the screen, live retranslation, quiet loading, and the editor for one's own breathing
rhythm.

Nothing here knows a feature; the features (``ui/breathe``, ``ui/settings``, ...) import from
here, never from each other.
"""

from pause_app.ui.widgets import fit, theme
from pause_app.ui.widgets.announce import announce
from pause_app.ui.widgets.blocking import signals_blocked
from pause_app.ui.widgets.labels import role_label
from pause_app.ui.widgets.notices import NoticeArea
from pause_app.ui.widgets.page import Page
from pause_app.ui.widgets.retranslating import Retranslating
from pause_app.ui.widgets.rhythm_editor import RhythmEditor

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
