"""read_steps: which reader, then the read, with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

from pause_app.storage.steps.common import (
    Reading,
    StepFormat,
    StepsRead,
    StepsRefusal,
    StepsRefused,
)


def read_steps(
    path: Path | str,
    fmt: StepFormat = StepFormat.AUTO,
    *,
    since: date | None = None,
    zone: tzinfo,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StepsRead:
    """Read the steps (and resting heart rate) in ``path``: an export file or archive.

    ``zone`` is the user's: the day of a time given without an offset. ``since`` leaves
    out earlier days. ``progress`` hears 0.0 .. 1.0; ``cancelled`` is asked now and then,
    and True stops the read with StepsCancelled. Raises StepsRefused with one reason.
    Safe to call off the GUI thread: no Qt, no store.
    """
    reading = Reading(zone, since, progress, cancelled)
    del reading
    raise StepsRefused(StepsRefusal.UNKNOWN_FORMAT, str(path))
