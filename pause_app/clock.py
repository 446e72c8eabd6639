"""The one place outside tests that reads the wall clock; everything else takes ``now``."""

from __future__ import annotations

from datetime import datetime

from pause_app.core.model import Moment


def now_moment() -> Moment:
    """The current moment in the user's local zone."""
    return Moment.from_aware(datetime.now().astimezone())
