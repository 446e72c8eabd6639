"""``pause-app import-steps FILE --into NAME [--format F] [--since YYYY-MM-DD] [--yes]``:
daily steps (and resting heart rate) from a phone's, a watch's or a band's export.

First the preview (the format found, the days and their range, the total, what happens to
days that already have a log); a write only with ``--yes``. As with ``import``: a file that
cannot be read, or an activity that is not there or not counted in steps, is one line on
stderr, status 2, nothing written; data that cannot be used exits with status 1. Before the
write, the day's backup (if there is none yet), so the data as it was is kept today. An
activity that is not there is said after the file is read, so the line can suggest one
that starts on the file's first day. Ctrl-C is a cancel: one line, nothing written.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from pause_app.cli import data_commands
from pause_app.cli.output import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNUSABLE, fail, say_notices, start
from pause_app.clock import local_zone
from pause_app.core.model import Activity, Moment
from pause_app.core.validation import ValidationError
from pause_app.storage import paths
from pause_app.storage.database import DatabaseError
from pause_app.storage.steps import (
    StepFormat,
    StepsCancelled,
    StepsRefused,
    apply_steps,
    plan_steps,
    read_steps,
    start_day,
)
from pause_app.storage.store import Store
from pause_app.text import steps_words, wording

COMMAND = "import-steps"

log = logging.getLogger(__name__)


def _say(line: str) -> None:
    print(line)


def _since(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else date.fromisoformat("x")
    except ValueError:
        raise _Refused(steps_words.bad_since(text)) from None


class _Refused(Exception):
    """One line for stderr; nothing was written."""


def _activity(app_paths: paths.AppPaths, name: str, at: Moment) -> Activity | None:
    """The activity called ``name``, counted in steps; None if there is none."""
    if not app_paths.database.is_file():  # nothing here yet, and nothing made for a refusal
        return None
    with Store.open(app_paths.database, at.utc) as store:
        try:
            activity = store.activities.find(name)
        except ValidationError:
            return None
    if not steps_words.is_step_unit(activity.unit):
        raise _Refused(steps_words.not_a_step_activity(activity.name, activity.unit))
    return activity


class _Progress:
    """On a terminal, how far the reading is, on one line that is cleared at the end."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, fraction: float) -> None:
        line = steps_words.reading(round(fraction * 100))
        print(f"\r{line}", end="", file=sys.stderr, flush=True)
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)


def _aware(at: Moment) -> datetime:
    return at.utc.astimezone(timezone(timedelta(minutes=at.utc_offset_minutes)))


def run(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    try:
        return _run(options, app_paths, at)
    except _Refused as refused:
        return fail(str(refused), EXIT_BAD_INPUT)
    except StepsRefused as error:
        log.info("the steps file was not read: %s", error)  # the reader's own words, kept here
        return fail(steps_words.refusal(error.reason, error.detail), EXIT_BAD_INPUT)
    except (StepsCancelled, KeyboardInterrupt):  # Ctrl-C: a cancel, nothing written
        return fail(steps_words.cancelled(), EXIT_UNUSABLE)
    except DatabaseError as error:
        return fail(wording.database_message(error), EXIT_UNUSABLE)


def _run(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    since = _since(options.since)
    activity = _activity(app_paths, options.into, at)
    source = Path(options.file).expanduser()
    log.info("reading steps from %s", source)
    progress = _Progress() if sys.stderr is not None and sys.stderr.isatty() else None
    try:
        read = read_steps(
            source, StepFormat(options.format), since=since, zone=local_zone(), progress=progress
        )
    finally:
        if progress is not None:
            progress.clear()
    if activity is None:  # said now, with the day an activity for this file would start on
        first = start_day(read, at.local_date) if read.days else None
        raise _Refused(steps_words.no_such_activity(options.into.strip(), first))
    with Store.open(app_paths.database, at.utc) as store:
        plan = plan_steps(store, activity.id, read, today=at.local_date)
    for line in steps_words.preview_lines(plan, activity.name):
        _say(line)
    if not plan.changes:
        return EXIT_OK
    if not options.yes:
        _say(steps_words.import_question())
        return EXIT_OK
    start(app_paths, options.verbose)
    with Store.open(app_paths.database, at.utc) as store:
        say_notices(wording.store_notices(store))
        data_commands.daily(app_paths, at)  # the data as it was before the import, kept today
        done = apply_steps(store, plan, _aware(at))
    log.info("imported steps from %s into activity %d", source, activity.id)
    _say(steps_words.imported(done, activity.name))
    return EXIT_OK
