"""The subcommands about the data as a whole: ``backup list``, ``backup now``,
``restore NAME`` and ``import FILE [--yes]``; and the day's backup after a command that wrote.

As everywhere in the command line: what is asked for is checked before anything is created
or written (a name that is not a listed backup, a file that is not a readable Pause export:
one line on stderr, status 2, nothing changed); data that cannot be used exits with status 1.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from pause_app.cli.output import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNUSABLE, fail, say_notices, start
from pause_app.core.model import Moment
from pause_app.desktop import handover
from pause_app.storage import backups, importer, paths
from pause_app.storage.database import DatabaseError
from pause_app.storage.store import Store
from pause_app.text import wording, your_data

COMMANDS = ("backup", "restore", "import")

log = logging.getLogger(__name__)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


# Seams for the tests: how the import asks, and whether anyone is there to answer.
ask: Callable[[str], str] = input
interactive: Callable[[], bool] = _interactive


def _say(line: str) -> None:
    print(line)


def run(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    try:
        if options.command == "backup" and options.backup_command == "list":
            return _list(app_paths)
        if options.command == "backup":
            return _back_up_now(options, app_paths, at)
        if options.command == "restore":
            return _restore(options, app_paths, at)
        return _import(options, app_paths, at)
    except DatabaseError as error:
        return fail(wording.database_message(error), EXIT_UNUSABLE)
    except OSError as error:
        return fail(
            your_data.cannot_use(str(error.filename), error.strerror or str(error)),
            EXIT_UNUSABLE,
        )


def _start(options: argparse.Namespace, app_paths: paths.AppPaths) -> None:
    start(app_paths, options.verbose)


def _list(app_paths: paths.AppPaths) -> int:
    try:
        found = backups.list_backups(app_paths.backups, count=True)
    except backups.BackupError as error:
        return fail(your_data.cannot_use(str(app_paths.backups), error.detail), EXIT_UNUSABLE)
    if not found:
        _say(your_data.no_backups())
        return EXIT_OK
    _say(your_data.backups_heading(str(app_paths.backups)))
    for backup in found:
        _say("  " + your_data.backup_line(backup))
    return EXIT_OK


def _back_up_now(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    if not app_paths.database.is_file():
        return fail(your_data.nothing_to_back_up(), EXIT_UNUSABLE)
    _start(options, app_paths)
    with Store.open(app_paths.database, at.utc) as store:
        _say_kept_corrupt(store)
        try:
            made = backups.back_up(store.path, app_paths.backups, backups.wall_clock(at))
        except backups.BackupError as error:
            return fail(your_data.backup_not_made(error.detail), EXIT_UNUSABLE)
    _say(your_data.backup_made(str(made.path)))
    return EXIT_OK


def _restore(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    name = options.backup_name
    try:
        chosen = backups.find(app_paths.backups, name)
    except backups.BackupError:
        return fail(your_data.restore_unknown(name), EXIT_BAD_INPUT)
    problem = backups.check(chosen.path)
    if problem is not None:
        return fail(your_data.restore_unusable(name, problem), EXIT_UNUSABLE)
    if handover.is_running(handover.server_name(app_paths.data_dir)):
        return fail(your_data.restore_while_running(), EXIT_UNUSABLE)
    _start(options, app_paths)
    now = backups.wall_clock(at)
    try:
        result = backups.restore(app_paths.database, app_paths.backups, name, now)
    except backups.UnusableBackup as error:  # damaged between the look and now
        return fail(your_data.restore_unusable(name, error.detail), EXIT_UNUSABLE)
    except backups.BackupError as error:
        return fail(your_data.restore_problem(error.detail), EXIT_UNUSABLE)
    log.info("restored the backup %s", name)
    _say(your_data.restored(result.restored, result.kept))
    return EXIT_OK


def _import(options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment) -> int:
    try:
        document = importer.read(Path(options.file).expanduser())
        if app_paths.database.is_file():
            with Store.open(app_paths.database, at.utc) as store:
                plan = importer.preview(document, store)
        else:
            plan = importer.preview(document, None)  # nothing here yet, and nothing made yet
    except importer.ImportRefused as error:  # not a Pause export, or one that does not fit
        return fail(your_data.import_refused(error, options.file), EXIT_BAD_INPUT)
    for line in your_data.import_preview(plan):
        _say(line)
    if plan.adds_nothing:
        return EXIT_OK
    if not options.yes:
        if not interactive():
            return fail(your_data.import_not_asked(), EXIT_BAD_INPUT)
        try:
            answer = ask(your_data.import_question())
        except EOFError:
            answer = ""
        if not your_data.is_yes(answer):
            _say(your_data.import_declined())
            return EXIT_OK
    _start(options, app_paths)
    with Store.open(app_paths.database, at.utc) as store:
        _say_kept_corrupt(store)
        _daily(app_paths, at)  # the data as it was before the import is kept today
        added = importer.apply(store, document)
    log.info("imported %s", options.file)
    _say(your_data.import_done(added))
    return EXIT_OK


def _say_kept_corrupt(store: Store) -> None:
    say_notices(wording.store_notices(store))


WRITING = ("log", "accept", "target", "maintenance")


def after_write(
    options: argparse.Namespace, app_paths: paths.AppPaths, at: Moment, code: int
) -> None:
    """After a command that wrote (with its store still open): the day's backup, if there is
    none yet. A problem is one line on stderr; the command's own answer stands."""
    wrote = options.command in WRITING or (
        options.command == "activity" and options.activity_command == "add"
    )
    if code == EXIT_OK and wrote:
        _daily(app_paths, at)


def daily(app_paths: paths.AppPaths, at: Moment) -> None:
    """The day's backup, if there is none yet (import-steps keeps the data before it too)."""
    _daily(app_paths, at)


def _daily(app_paths: paths.AppPaths, at: Moment) -> None:
    try:
        made = backups.daily(app_paths.database, app_paths.backups, backups.wall_clock(at))
    except backups.BackupError as error:
        log.warning("no backup today: %s", error.detail)
        say_notices([your_data.backup_problem(error.detail)])
        return
    if made is not None:
        log.info("made the day's backup %s", made.name)
