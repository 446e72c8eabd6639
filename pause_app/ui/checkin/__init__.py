"""The daily check-in: energy had and spent, sleep, symptoms and a note, in ten seconds
with large buttons; the form, and the quiet line that offers it on the Goals page."""

from pause_app.ui.checkin.dialog import CheckInDialog, CheckIns
from pause_app.ui.checkin.line import CheckInLine

__all__ = ["CheckInDialog", "CheckInLine", "CheckIns"]
