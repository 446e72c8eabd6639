"""The last net: an error nobody caught while the window runs (a disk that fills up under a
tap on "I did it!", say) becomes one calm notice and a full entry in the log file, never a
traceback on a terminal the user does not look at, and never a window that quietly stops.

Qt calls Python slots from its event loop; an exception that escapes one ends up in
``sys.excepthook``, which ``install`` replaces for as long as the window runs.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from pause_app.storage.database import DatabaseError
from pause_app.text import wording

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def notice_for(error: BaseException) -> str:
    """What the user is told: the database's own words where it is the database."""
    if isinstance(error, DatabaseError):
        return wording.database_message(error)
    if isinstance(error, OSError) and error.strerror:
        return QCoreApplication.translate(
            "app", "Pause could not finish that: {reason}. What was saved before is safe."
        ).format(reason=error.strerror)
    return QCoreApplication.translate(
        "app",
        "Pause could not finish that. What was saved before is safe; the log file has the details.",
    )


def install(say: Callable[[str], object]) -> Hook:
    """Route uncaught errors to ``say`` (each different notice once); returns the old hook."""
    previous = sys.excepthook
    said: set[str] = set()

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log.error("an error nobody caught", exc_info=(kind, error, trace))
        text = notice_for(error)
        if text not in said:
            said.add(text)
            say(text)

    sys.excepthook = hook
    return previous
