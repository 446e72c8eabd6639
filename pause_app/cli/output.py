"""What the command line says, and how: one line a message, exit codes for scripts, and
the start of a command that is known to be good (folders, then the log)."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from pause_app.cli.parser import PROG
from pause_app.storage import logs, paths

EXIT_OK, EXIT_UNUSABLE, EXIT_BAD_INPUT = 0, 1, 2

translate = QCoreApplication.translate


def fail(message: str, code: int) -> int:
    print(f"{PROG}: {one_line(message)}", file=sys.stderr)
    return code


def could_not_use(error: OSError) -> int:
    """A file or folder the system refused: which one and why, and the exit code for it."""
    return fail(
        translate("cli", "could not use {path}: {reason}").format(
            path=error.filename, reason=error.strerror
        ),
        EXIT_UNUSABLE,
    )


def say_notices(notices: Iterable[str]) -> None:
    """Notices (a file kept aside, a log that cannot be written) go to stderr, one a line."""
    for notice in notices:
        print(one_line(notice), file=sys.stderr)


def start(app_paths: paths.AppPaths, verbose: bool) -> None:
    """The request is good: only now are folders and the log made. A log file that cannot be
    written is said once, and the command goes on without it."""
    app_paths.create()
    problem = logs.setup(app_paths, verbose)
    if problem is not None and not verbose:  # with -v the log itself says it on stderr
        say_notices(
            [
                translate(
                    "cli", "the log file {path} cannot be written ({reason}); going on without it"
                ).format(path=app_paths.log_file, reason=problem.strerror or problem)
            ]
        )


def one_line(message: str) -> str:
    """A message as one line of plain text: what the user typed may be echoed in it, so a new
    line, a terminal's escape sequence, a direction override or bytes that were not UTF-8 are
    shown as escapes (\\n, \\x1b, \\u202e, \\udcff), never passed to the terminal."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _ESCAPED else ch
        for ch in message
    )


_ESCAPED = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
