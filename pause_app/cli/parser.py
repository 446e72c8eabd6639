"""The command line's grammar: one parser for the window's commands and the headless ones.

argparse's own messages are translated too (``argparse_in_qt_language``), and a usage error
is one line that names ``--help``, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pause_app import __version__
from pause_app.core import validation
from pause_app.core.breathing import CUSTOM_PATTERN, MAX_SESSION_MINUTES, PRESETS
from pause_app.core.model import Felt
from pause_app.text import i18n

PROG = "pause-app"
HEADLESS_COMMANDS = (
    "activity",
    "log",
    "offer",
    "accept",
    "target",
    "maintenance",
    "export",
    "config",
    "backup",
    "restore",
    "import",
    "import-steps",
)
GUI_COMMANDS = ("pause", "breathe")  # handled by the window: the running one, or a new one
NEEDS_AN_ACTIVITY = (  # commands about an activity: they create no database
    "log",
    "offer",
    "accept",
    "target",
    "maintenance",
)

translate = QCoreApplication.translate

# --felt takes the window's words in English and in Dutch, whatever the language.
FELT_WORDS = {
    "good": Felt.GOOD,
    "goed": Felt.GOOD,
    "ok": Felt.OK,
    "oké": Felt.OK,
    "tired": Felt.TIRED,
    "moe": Felt.TIRED,
    "crash": Felt.CRASH,
    "terugval": Felt.CRASH,
}
# maintenance NAME hold|grow; on and off still work (on: hold, no offers).
MAINTENANCE_WORDS = {"hold": True, "on": True, "grow": False, "off": False}


def felt_word(text: str) -> Felt | str:
    """A feeling from its word: good or goed, ok or oké, tired or moe, crash or terugval, in
    any case. Another word comes back as it was, for argparse's "invalid choice"."""
    return FELT_WORDS.get(unicodedata.normalize("NFC", text).strip().casefold(), text)


# argparse words its own messages through gettext; these are the ones a user meets. Marked
# here so lupdate collects them, and translated while the command line runs (see main).
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


@contextlib.contextmanager
def argparse_in_qt_language() -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class UsageError(Exception):
    """Bad command-line input: one line for stderr."""


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # "--data /x" must not pass for "--data-dir /x": a guessed option is a wrong option.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            translate("cli", "{message} (see {prog} --help)").format(
                message=message, prog=self.prog
            )
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "cli",
            "Pause: stop, breathe, feel safe, continue. Without a command it opens the window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=translate("cli", "show the version and stop"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("cli", "DIR"),
        help=translate("cli", "keep data, settings and logs in this one folder"),
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, help=translate("cli", "language of the app")
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=translate("cli", "start minimized, without opening the window"),
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=translate("cli", "also log to the terminal")
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))

    commands.add_parser("pause", help=translate("cli", "start the pause exercise"))
    breathe = commands.add_parser("breathe", help=translate("cli", "start a breathing session"))
    breathe.add_argument(
        "--pattern",
        choices=(*PRESETS, CUSTOM_PATTERN),
        help=translate(
            "cli", "breathing pattern, or custom for your own (default: the one chosen last)"
        ),
    )
    breathe.add_argument(
        "--minutes",  # read by check_gui_options with the one whole-number reader
        metavar="M",
        help=translate("cli", "length in minutes, 1 to 60"),
    )

    activity = commands.add_parser("activity", help=translate("cli", "add or list activities"))
    activity_commands = activity.add_subparsers(dest="activity_command", required=True)
    add = activity_commands.add_parser("add", help=translate("cli", "add an activity"))
    add.add_argument("name", metavar=translate("cli", "NAME"))
    add.add_argument("--unit", help=translate("cli", "what you count, like steps"))
    add.add_argument(
        "--target",
        metavar="N",
        help=translate("cli", "what you can do now (leave it out to log a week first)"),
    )
    add.add_argument(
        "--step-percent",
        metavar="P",
        help=translate("cli", "size of a next step in percent, 0 to 5 (default 2)"),
    )
    add.add_argument(
        "--from",
        dest="from_activity",
        metavar=translate("cli", "OTHER"),
        help=translate("cli", "a new place for an activity you already do, like outside"),
    )
    add.add_argument(
        "--on",
        metavar=translate("cli", "YYYY-MM-DD"),
        help=translate("cli", "the day you started, if earlier than today"),
    )
    listing = activity_commands.add_parser("list", help=translate("cli", "list activities"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))

    offer = commands.add_parser(
        "offer", help=translate("cli", "see whether a next step is possible")
    )
    offer.add_argument("name", metavar=translate("cli", "NAME"))
    offer.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    accept = commands.add_parser("accept", help=translate("cli", "take the next step offered"))
    accept.add_argument("name", metavar=translate("cli", "NAME"))
    accept.add_argument(
        "amount",
        nargs="?",
        metavar=translate("cli", "AMOUNT"),
        help=translate("cli", "a smaller step than the one offered"),
    )
    target = commands.add_parser("target", help=translate("cli", "set a target yourself"))
    target.add_argument("name", metavar=translate("cli", "NAME"))
    target.add_argument("amount", metavar="N")
    target.add_argument(
        "--on",
        metavar=translate("cli", "YYYY-MM-DD"),
        help=translate("cli", "the day it changed, if earlier than today"),
    )
    maintenance = commands.add_parser(
        "maintenance",
        help=translate("cli", "hold an activity where it is, or let it grow again"),
    )
    maintenance.add_argument("name", metavar=translate("cli", "NAME"))
    maintenance.add_argument(
        "state",
        choices=tuple(MAINTENANCE_WORDS),
        metavar="hold|grow",
        help=translate(
            "cli",
            "hold: no offers, the goal is to stay within your limits (also: on); "
            "grow: next steps can be offered again (also: off)",
        ),
    )

    log = commands.add_parser("log", help=translate("cli", "log what you did"))
    log.add_argument("name", metavar=translate("cli", "NAME"))
    log.add_argument("amount", metavar=translate("cli", "AMOUNT"))
    log.add_argument(
        "--felt",
        required=True,
        type=felt_word,
        choices=tuple(FELT_WORDS),  # a Felt is equal to its English word
        metavar=translate("cli", "good|ok|tired|crash"),
        help=translate("cli", "how it felt"),
    )
    log.add_argument(
        "--on",
        metavar=translate("cli", "YYYY-MM-DD"),
        help=translate("cli", "log it for an earlier day"),
    )
    log.add_argument("--note", default="", help=translate("cli", "a short note"))

    _checkin(commands)

    export_parser = commands.add_parser("export", help=translate("cli", "export all your data"))
    export_parser.add_argument("--format", choices=("json", "csv"), default="json")
    export_parser.add_argument(
        "-o",
        "--output",
        metavar=translate("cli", "PATH"),
        help=translate(
            "cli", "a file for JSON (default: print it), a folder for CSV (one file per table)"
        ),
    )

    backup = commands.add_parser("backup", help=translate("cli", "list the backups, or make one"))
    backup_commands = backup.add_subparsers(dest="backup_command", required=True)
    backup_commands.add_parser("list", help=translate("cli", "show the backups: date, size, rows"))
    backup_commands.add_parser("now", help=translate("cli", "make a backup now"))
    restore = commands.add_parser(
        "restore", help=translate("cli", "put a backup back (your data now is kept as one first)")
    )
    restore.add_argument(
        "backup_name",
        metavar=translate("cli", "NAME"),
        help=translate("cli", "a name from pause-app backup list"),
    )
    import_parser = commands.add_parser(
        "import", help=translate("cli", "add what a Pause export has that is not here yet")
    )
    import_parser.add_argument(
        "file", metavar=translate("cli", "FILE"), help=translate("cli", "a JSON export of Pause")
    )
    import_parser.add_argument(
        "--yes", action="store_true", help=translate("cli", "import without asking first")
    )

    _import_steps(commands)

    config = commands.add_parser("config", help=translate("cli", "read or change settings"))
    config_commands = config.add_subparsers(dest="config_command", required=True)
    config_commands.add_parser("list", help=translate("cli", "show all settings"))
    get = config_commands.add_parser("get", help=translate("cli", "show one setting"))
    get.add_argument("key", metavar=translate("cli", "KEY"))
    set_parser = config_commands.add_parser("set", help=translate("cli", "change one setting"))
    set_parser.add_argument("key", metavar=translate("cli", "KEY"))
    set_parser.add_argument("value", metavar=translate("cli", "VALUE"))
    _lang_after_the_command(parser)
    return parser


STEP_FORMATS = ("auto", "apple-health", "gadgetbridge", "google-fit", "fitbit", "garmin")


def _import_steps(commands: Any) -> None:
    """``import-steps FILE --into NAME``: daily steps from a phone, a watch or a band."""
    steps = commands.add_parser(
        "import-steps",
        help=translate("cli", "add the daily steps a phone, watch or band counted"),
    )
    steps.add_argument(
        "file",
        metavar=translate("cli", "FILE"),
        help=translate("cli", "an export: Apple Health, Gadgetbridge, Google Fit, Fitbit, Garmin"),
    )
    steps.add_argument(
        "--into",
        required=True,
        metavar=translate("cli", "NAME"),
        help=translate("cli", "an activity counted in steps"),
    )
    steps.add_argument(
        "--format",
        choices=STEP_FORMATS,
        default="auto",
        help=translate("cli", "the kind of export (default: recognised from the file)"),
    )
    steps.add_argument(
        "--since",
        metavar=translate("cli", "YYYY-MM-DD"),
        help=translate("cli", "leave out the days before this one"),
    )
    steps.add_argument(
        "--yes", action="store_true", help=translate("cli", "import, after the preview")
    )


def _checkin(commands: Any) -> None:
    """``checkin [--energy ...]`` saves or edits a day's check-in; ``checkin show`` reads it."""
    checkin = commands.add_parser(
        "checkin", help=translate("cli", "how is your energy today (a ten-second check-in)")
    )
    for option, values, text in (
        ("--energy", "0-10", translate("cli", "the energy you have today")),
        ("--spent", "0-10", translate("cli", "the energy the day took")),
        ("--sleep", "1-5", translate("cli", "how you slept last night")),
    ):
        checkin.add_argument(option, metavar=values, help=text)
    checkin.add_argument(
        "--symptoms",
        metavar="none|mild|moderate|severe|very-severe",
        help=translate("cli", "how bad the symptoms are"),
    )
    checkin.add_argument("--note", help=translate("cli", "a short note"))
    on_help = translate("cli", "the day (default: today)")
    checkin.add_argument("--on", metavar=translate("cli", "YYYY-MM-DD"), help=on_help)
    checkin_commands = checkin.add_subparsers(dest="checkin_command")
    show = checkin_commands.add_parser("show", help=translate("cli", "show a day's check-in"))
    show.add_argument("--on", metavar=translate("cli", "YYYY-MM-DD"), help=on_help)
    show.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def _lang_after_the_command(parser: argparse.ArgumentParser) -> None:
    """``pause-app offer Walk --lang nl`` works as ``pause-app --lang nl offer Walk`` does:
    each command takes --lang too, leaving the one given before it alone if not given."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument(
                    "--lang",
                    choices=i18n.LANGUAGES,
                    default=argparse.SUPPRESS,
                    help=translate("cli", "language of the app"),
                )
                _lang_after_the_command(command)


def early_options(argv: Sequence[str]) -> argparse.Namespace:
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    early.add_argument("--data-dir")
    early.add_argument("--lang")
    options, _ = early.parse_known_args(list(argv))
    return options


def check_gui_options(options: argparse.Namespace) -> None:
    """``--minutes`` as a whole number in the digits 0-9, within a session's limits."""
    text = getattr(options, "minutes", None)
    if text is None or isinstance(text, int):
        return
    try:
        minutes = validation.parse_whole_number(text)
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= MAX_SESSION_MINUTES:
        raise UsageError(
            translate("cli", "--minutes takes a whole number from 1 to {maximum}").format(
                maximum=MAX_SESSION_MINUTES
            )
        )
    options.minutes = minutes
