"""The one place outside tests that reads the wall clock; everything else takes ``now``."""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path

from pause_app.core.model import Moment


def now_moment() -> Moment:
    """The current moment in the user's local zone."""
    return Moment.from_aware(datetime.now().astimezone())


def local_zone(environ: dict[str, str] | None = None, localtime: Path | None = None) -> tzinfo:
    """The user's time zone with its daylight-saving rules, for schedules in local wall time
    (09:00-21:00 stays 09:00-21:00 across a DST change). ``TZ`` first, then the system's
    /etc/localtime; where neither can be read (Windows without tzdata), today's fixed offset.

    ``zoneinfo`` loads here, with the reminders: the window's start has no use for it (with
    ``sysconfig``, which it reads for the zone folders, some 2 ms)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    environ = dict(os.environ) if environ is None else environ
    name = environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    localtime = localtime or Path("/etc/localtime")
    try:
        with localtime.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (OSError, ValueError):
        fixed = datetime.now().astimezone().tzinfo
        assert fixed is not None
        return fixed
