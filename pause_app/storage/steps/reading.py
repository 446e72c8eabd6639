"""read_steps: which format (recognised by content, not only by name), then the read, with
progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

from pause_app.storage.steps import apple_health, fitbit, gadgetbridge, garmin, google_fit
from pause_app.storage.steps.archive import SNIFF_BYTES, Member, members
from pause_app.storage.steps.common import (
    Reading,
    StepFormat,
    StepsRead,
    StepsRefusal,
    StepsRefused,
)

# Where a file could be several (never in practice), the first in this order wins.
ORDER = (
    StepFormat.APPLE_HEALTH,
    StepFormat.GADGETBRIDGE,
    StepFormat.GARMIN,
    StepFormat.FITBIT,
    StepFormat.GOOGLE_FIT,
)
_SKIPPED_ENDINGS = (".gpx", ".fit", ".tcx", ".png", ".jpg", ".jpeg", ".pdf", ".html", ".zip")


def _heads(found: list[Member]) -> dict[str, bytes]:
    heads: dict[str, bytes] = {}
    for member in found:
        if member.size == 0 or member.base.lower().endswith(_SKIPPED_ENDINGS):
            continue
        heads[member.name] = member.head(SNIFF_BYTES)
    return heads


def _kinds(found: list[Member], heads: dict[str, bytes]) -> dict[StepFormat, list[Member]]:
    """Per format, the members that hold it."""
    kinds: dict[StepFormat, list[Member]] = {fmt: [] for fmt in ORDER}
    for member in found:
        head = heads.get(member.name)
        if head is None:
            continue
        if gadgetbridge.looks_like(member, head):
            kinds[StepFormat.GADGETBRIDGE].append(member)
        elif garmin.looks_like(member, head):
            kinds[StepFormat.GARMIN].append(member)
        elif google_fit.looks_like(member, head):
            kinds[StepFormat.GOOGLE_FIT].append(member)
    kinds[StepFormat.APPLE_HEALTH] = apple_health.pick(found, heads)
    steps, resting = fitbit.pick(found, heads)
    kinds[StepFormat.FITBIT] = [*steps, *resting] if steps else []
    return kinds


def _choose(
    fmt: StepFormat,
    kinds: dict[StepFormat, list[Member]],
    found: list[Member],
    heads: dict[str, bytes],
) -> StepFormat:
    if fmt is not StepFormat.AUTO:
        if not kinds[fmt]:
            if fmt is StepFormat.GOOGLE_FIT:
                _refuse_csv_without_steps(found, heads)
            if fmt is StepFormat.GADGETBRIDGE and any(
                h.startswith(gadgetbridge.MAGIC) for h in heads.values()
            ):
                raise StepsRefused(StepsRefusal.NOT_GADGETBRIDGE)
            raise StepsRefused(StepsRefusal.NOT_THIS_FORMAT, fmt.value)
        return fmt
    for candidate in ORDER:
        if kinds[candidate]:
            return candidate
    _refuse_csv_without_steps(found, heads)
    raise StepsRefused(StepsRefusal.UNKNOWN_FORMAT)


def _refuse_csv_without_steps(found: list[Member], heads: dict[str, bytes]) -> None:
    for member in found:
        if google_fit.is_csv_without_steps(member, heads.get(member.name, b"")):
            raise StepsRefused(StepsRefusal.NO_STEP_COLUMN, member.base)


def _real_paths(path: Path, found: list[Member]) -> dict[str, Path]:
    """The members that are files of their own (not inside a zip), for SQLite to open."""
    if path.is_dir():
        return {m.name: path / m.name for m in found}
    if len(found) == 1 and found[0].name == path.name:
        return {path.name: path}
    return {}


def read_steps(
    path: Path | str,
    fmt: StepFormat = StepFormat.AUTO,
    *,
    since: date | None = None,
    zone: tzinfo,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StepsRead:
    """Read the steps (and resting heart rate) in ``path``: an export file, a folder, or a zip.

    ``zone`` is the user's: the day of a time given without an offset. ``since`` leaves
    out earlier days. ``progress`` hears 0.0 .. 1.0; ``cancelled`` is asked now and then,
    and True stops the read with StepsCancelled. Raises StepsRefused with one reason.
    Safe to call off the GUI thread: no Qt, no store; nothing is written.
    """
    fmt = StepFormat(fmt)
    reading = Reading(zone, since, progress, cancelled)
    try:
        chosen = _read(Path(path), fmt, reading)
    except OSError as error:  # a disk that fails halfway, a full temporary folder
        raise StepsRefused(StepsRefusal.UNREADABLE, error.strerror or str(error)) from None
    except MemoryError:
        raise StepsRefused(StepsRefusal.TOO_BIG) from None
    reading.check(1.0)
    return reading.result(chosen)


def _read(path: Path, fmt: StepFormat, reading: Reading) -> StepFormat:
    with members(path) as found:
        reading.check(0.0)
        heads = _heads(found)
        kinds = _kinds(found, heads)
        chosen = _choose(fmt, kinds, found, heads)
        chosen_members = kinds[chosen]
        if chosen is StepFormat.APPLE_HEALTH:
            apple_health.read(chosen_members, reading)
        elif chosen is StepFormat.GADGETBRIDGE:
            real = _real_paths(path, found)
            gadgetbridge.read(chosen_members, reading, real)
        elif chosen is StepFormat.GARMIN:
            garmin.read(chosen_members, reading)
        elif chosen is StepFormat.FITBIT:
            steps, resting = fitbit.pick(found, heads)
            fitbit.read(steps, resting, reading)
        else:
            google_fit.read(chosen_members, reading)
    return chosen
