"""The command line: parses once, then either starts the window (``app``) with the
structured command, or runs a headless subcommand (``cli.commands``) without a display.
The subcommands are imported only when one runs: the window's start does not load them,
and a plain start that finds Pause running hands over before Qt loads.

``cli`` imports ``app``, never the other way round.
"""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pause_app.cli.quick import first_command, start_options
from pause_app.desktop.pyside_imports import load_pyside
from pause_app.storage import paths

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    from pause_app.core.model import Moment

__all__ = ["HEADLESS_COMMANDS", "first_command", "main"]


def __getattr__(name: str) -> Any:
    if name == "HEADLESS_COMMANDS":  # the grammar loads only when asked for
        from pause_app.cli.parser import HEADLESS_COMMANDS

        return HEADLESS_COMMANDS
    raise AttributeError(name)


def main(argv: Sequence[str], now: Callable[[], Moment] | None = None) -> int:
    # A plain start (how Pause starts at login, or its launcher) is read without building the
    # grammar, and while Pause runs it hands over without loading Qt.
    plain = start_options(argv)
    if plain is not None and _usable(plain.data_dir):
        return 0 if _handed_over(plain) else _start_window(plain)
    load_pyside()  # the grammar, its translated messages and the subcommands use Qt
    from pause_app.cli.parser import GUI_COMMANDS, UsageError, build_parser, check_gui_options

    command = first_command(argv)
    asks_text = any(a in ("-h", "--help", "--version") for a in argv)
    if (command is None or command in GUI_COMMANDS) and not asks_text and _usable_folder(argv):
        try:
            options = build_parser().parse_args(list(argv))
            check_gui_options(options)
        except UsageError:
            # Say it in the user's language: the text path parses again, translated.
            return _text_main(argv, now)
        return _start_window(options)
    return _text_main(argv, now)


def _early(argv: Sequence[str]) -> argparse.Namespace:
    """The global options, read before the grammar. One without its value is left for the
    full parse to word, on one line in the user's language (argparse would print two)."""
    from pause_app.cli.parser import early_options

    try:
        with contextlib.redirect_stderr(io.StringIO()):
            return early_options(argv)
    except SystemExit:
        import argparse

        return argparse.Namespace(data_dir=None, lang=None)


def _usable_folder(argv: Sequence[str]) -> bool:
    return _usable(_early(argv).data_dir)


def _usable(data_dir: str | None) -> bool:
    try:
        paths.resolve(data_dir, os.environ)
    except paths.FolderNameError:
        return False
    return True


def _text_main(argv: Sequence[str], now: Callable[[], Moment] | None) -> int:
    """Help, version, the headless subcommands, and bad input of any kind."""
    from PySide6.QtCore import QCoreApplication

    from pause_app.cli.output import EXIT_BAD_INPUT, EXIT_UNUSABLE, fail
    from pause_app.cli.parser import (
        GUI_COMMANDS,
        PROG,
        UsageError,
        argparse_in_qt_language,
        build_parser,
        check_gui_options,
    )
    from pause_app.storage.settings_file import SettingsFile
    from pause_app.text import i18n

    translate = QCoreApplication.translate
    early = _early(argv)
    translations = i18n.Translations()
    owns_app = QCoreApplication.instance() is None
    core_app = QCoreApplication([PROG]) if owns_app else None
    try:
        try:
            app_paths = paths.resolve(early.data_dir, os.environ)
        except paths.FolderNameError:
            translations.install(i18n.resolve(early.lang, "system"))
            return fail(
                translate("cli", "--data-dir needs the name of a folder, like ~/pause-data"),
                EXIT_BAD_INPUT,
            )
        # Only a look, for the language: nothing is written before the command is known good.
        peek = SettingsFile(app_paths.settings).load(repair=False)
        translations.install(i18n.resolve(early.lang, str(peek.settings["ui.language"])))
        try:
            with argparse_in_qt_language():
                options = build_parser().parse_args(list(argv))
        except UsageError as error:
            return fail(str(error), EXIT_BAD_INPUT)
        except SystemExit as done:  # --help and --version
            return int(done.code or 0)
        if options.command is None:  # an option's value looked like a command
            return fail(translate("cli", "no command given (see pause-app --help)"), EXIT_BAD_INPUT)
        if options.command in GUI_COMMANDS:
            try:
                check_gui_options(options)
            except UsageError as error:
                return fail(str(error), EXIT_BAD_INPUT)
            return fail("internal: a window command reached the text path", EXIT_UNUSABLE)
        from pause_app.cli.commands import dispatch  # the window's start needs none of them

        if now is None:
            from pause_app.clock import now_moment

            now = now_moment
        return dispatch(options, paths.resolve(options.data_dir, os.environ), now())
    finally:
        translations.uninstall()
        del core_app


def _handed_over(options: SimpleNamespace) -> bool:
    """A plain start while Pause runs: its command goes to the running Pause before Qt
    loads here (about 0.1 s sooner than after it), and this start says so and ends. It needs
    no display of its own: the window opens where the running Pause shows it.

    Quiet: logging is not set up, and a start that does not hand over (none runs, none
    answers) tries again after it (``app.prepare``) and says what it finds. Unix only: the
    named pipe of Windows needs Qt, and is tried there as before."""
    if os.name == "nt":
        return False
    from pause_app.core.commands import WindowCommand
    from pause_app.desktop import handover

    app_paths = paths.resolve(options.data_dir, os.environ)
    quiet = logging.NullHandler()
    logging.getLogger("pause_app").addHandler(quiet)
    try:
        if not handover.send(handover.server_name(app_paths.data_dir), WindowCommand("open")):
            return False
        load_pyside()
        from pause_app.storage import settings_peek
        from pause_app.text import i18n

        setting = settings_peek.language(app_paths.settings, i18n.LANGUAGES)
        i18n.say(i18n.handed_over, i18n.resolve(options.lang, setting))
        return True
    finally:
        logging.getLogger("pause_app").removeHandler(quiet)


def _start_window(options: argparse.Namespace | SimpleNamespace) -> int:
    """Hand the parsed command to the window: this Pause's, or the one already running.

    Python's cycle collector waits until the start is done (``app.start``): a start makes
    tens of thousands of objects that live as long as Pause, and each collection meanwhile
    would look at all of them again for the few hundred that are garbage (10 to 40 ms in
    all, before anything shows)."""
    gc.disable()
    from pause_app import app  # Qt widgets load only when a window is wanted
    from pause_app.core.commands import WindowCommand

    command = WindowCommand(
        options.command or "open",
        getattr(options, "pattern", None),
        getattr(options, "minutes", None),
    )
    return app.run(
        app.StartOptions(
            data_dir=options.data_dir,
            lang=options.lang,
            minimized=options.minimized,
            verbose=options.verbose,
            command=command,
        )
    )
