"""The start: what comes before the tray icon, and what after.

``prepare`` does what must come first (the application, the folders and the log, the
menu's language, the one-instance socket); a start in the tray then shows its icon and lets
the event loop put it on the screen before ``complete`` builds the rest (the settings, the
data, the reminders, your data's backups), and the look waits until something first shows.
A start with the window shows it before the tray icon, the reminders and your data's
backups. The modules of what comes after load after the icon.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from pause_app.app.pause import (
    FatalDialog,
    Pause,
    StartOptions,
    add_reminders,
    add_your_data,
    configure_cues,
    settings_notices,
)
from pause_app.app.restart import restore_and_restart
from pause_app.desktop import handover, single_instance
from pause_app.desktop.process import display_missing, qt_application, quit_on_signals
from pause_app.storage import logs, paths, settings_peek
from pause_app.text import i18n

if TYPE_CHECKING:
    from pause_app.core.commands import WindowCommand
    from pause_app.core.model import Moment
    from pause_app.ui.reminders.tray import Tray

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


@dataclass
class Early:
    """What a start sets up before anything shows: the application, its folders and log
    file, the menu's language, and the socket that keeps Pause to one."""

    options: StartOptions
    qt_app: QApplication
    app_paths: paths.AppPaths
    translations: i18n.Translations
    server: single_instance.InstanceServer
    log_problem: OSError | None


def build(options: StartOptions, clock: Callable[[], Moment] | None = None) -> Pause | int:
    """Build a running Pause, or return an exit code when it should not run."""
    early = prepare(options)
    return early if isinstance(early, int) else complete(early, clock)


def prepare(options: StartOptions) -> Early | int:
    """The start up to the tray icon, or an exit code: the folder cannot be used, or another
    Pause runs (it was handed the command)."""
    app_paths = paths.resolve(options.data_dir, os.environ)
    qt_app = qt_application()
    translations = i18n.Translations()
    try:
        app_paths.create()
        log_problem = logs.setup(app_paths, options.verbose)  # None, or why there is no log file
    except OSError as error:
        translations.install(i18n.resolve(options.lang, "system"))
        FatalDialog.show(
            translate("app", "Pause cannot use the folder {path}: {reason}").format(
                path=error.filename, reason=error.strerror
            )
        )
        translations.uninstall()
        return 1
    # The language alone, for the menu: the whole settings load after the icon (complete).
    setting = settings_peek.language(app_paths.settings, i18n.LANGUAGES)
    translations.install(i18n.resolve(options.lang, setting))

    name = handover.server_name(app_paths.data_dir)
    server = single_instance.InstanceServer(name, qt_app)
    # Hand over to a running Pause (a plain start tried before Qt loaded: cli.main); listening
    # fails too when one started a moment ago.
    if handover.send(name, options.command) or (
        not server.listen() and handover.send(name, options.command)
    ):
        print(i18n.handed_over())
        translations.uninstall()
        return 0
    return Early(options, qt_app, app_paths, translations, server, log_problem)


def complete(
    early: Early,
    clock: Callable[[], Moment] | None = None,
    tray: Tray | None = None,
    window_first: bool = False,
) -> Pause | int:
    """The rest of the start: the data, the look, the reminders (in ``tray`` when the icon
    already shows), your data's backups. ``window_first``: the caller shows the window
    first (``_show_window_first``); the look comes with it, the reminders and your data's
    backups after it. An exit code when the data cannot be opened."""
    from pause_app.desktop.motion import prefers_reduced_motion
    from pause_app.desktop.settings_watcher import SettingsWatcher
    from pause_app.desktop.sound import Cues
    from pause_app.storage.database import DatabaseError
    from pause_app.storage.settings_file import SettingsFile
    from pause_app.storage.store import Store
    from pause_app.text import wording

    if clock is None:
        from pause_app.clock import now_moment

        clock = now_moment
    qt_app = early.qt_app
    settings_file = SettingsFile(early.app_paths.settings)
    loaded = settings_file.load()
    language = i18n.resolve(early.options.lang, str(loaded.settings["ui.language"]))
    if language != early.translations.language:  # the file changed since prepare read it
        early.translations.install(language)
    try:
        store = Store.open(early.app_paths.database, clock().utc)
    except DatabaseError as error:
        log.error("cannot open the database: %s", error)
        FatalDialog.show(wording.database_message(error))
        early.server.close()
        early.translations.uninstall()
        return 1

    watcher = SettingsWatcher(settings_file, loaded.settings, qt_app, said=loaded.unreadable)
    cues = Cues(qt_app)
    pause = Pause(
        qt_app,
        early.app_paths,
        store,
        early.translations,
        settings_file,
        watcher,
        early.server,
        cues,
        clock,
        early.options.lang,
        reduced_motion=prefers_reduced_motion(str(loaded.settings["ui.reduced_motion"])),
    )
    cues.unavailable.connect(
        lambda: pause.notice(
            translate("app", "Sound is not available on this computer; the guide works without it.")
        )
    )
    configure_cues(cues, loaded.settings)
    for text in wording.store_notices(store):
        pause.notice(text)
    if early.log_problem is not None:
        pause.notice(
            translate(
                "app", "Pause cannot write its log file {path} ({reason}); it works on without it."
            ).format(path=early.app_paths.log_file, reason=early.log_problem.strerror)
        )
    for text in settings_notices(loaded, settings_file):
        pause.notice(text)
    if tray is None and not window_first:
        pause.ensure_look()  # a tray of the reminders' own (or a minimized window) follows
    watcher.settings_changed.connect(pause.apply_settings)
    early.server.command_received.connect(pause.on_command)
    if not window_first:
        add_reminders(pause, tray)
        add_your_data(pause)
    return pause


def _say_no_display(options: StartOptions) -> int:
    """One line, in the user's language, instead of Qt's abort."""
    i18n.say(
        lambda: translate(
            "app", "Pause cannot open its window: no display was found (DISPLAY is not set)."
        ),
        i18n.resolve(options.lang, "system"),
        sys.stderr,
    )
    return 1


def run(options: StartOptions) -> int:
    if display_missing(os.environ, sys.platform):
        return _say_no_display(options)
    early = prepare(options)
    if isinstance(early, int):
        return early
    quit_on_signals(early.qt_app)
    started: list[Pause] = []
    tray = _tray_first(early) if options.minimized else None
    if tray is None:
        if not _finish(early, None, started):
            return 1
    else:
        QTimer.singleShot(0, _after_the_icon(early, tray, started))
    code = early.qt_app.exec()
    if not started:
        return int(code)
    built = started[0]
    sys.excepthook = built.previous_hook
    built.shutdown()
    if built.pending_restore is not None:
        return restore_and_restart(built, options)
    return int(code)


def _after_the_icon(early: Early, tray: Tray, started: list[Pause]) -> Callable[[], None]:
    """The icon shows first; the data, the look and the reminders come a moment later, once
    the event loop has put the icon on the screen. A command another start hands over in
    between (the launcher, clicked as Pause starts at login) waits for them."""
    waiting: list[WindowCommand] = []

    def keep(command: WindowCommand) -> None:
        waiting.append(command)

    def rest() -> None:
        early.server.command_received.disconnect(keep)
        if _finish(early, tray, started):
            for command in waiting:
                started[0].on_command(command)

    def later() -> None:
        log.info("Pause is running in the tray")  # `make bench` times the start to here
        QTimer.singleShot(0, rest)

    early.server.command_received.connect(keep)
    return later


def _tray_first(early: Early) -> Tray | None:
    """A start in the tray shows its icon before anything else is built (None: this
    desktop has no tray)."""
    from pause_app.ui.reminders.tray import Tray

    if not Tray.available():
        return None
    tray = Tray()
    tray.show()
    return tray


def _finish(early: Early, tray: Tray | None, started: list[Pause]) -> bool:
    """Build the rest and show what the command asks for; False (and the event loop ends)
    when Pause cannot run after all."""
    from pause_app.ui import unexpected

    options = early.options
    try:
        built = complete(early, tray=tray, window_first=not options.minimized)
    except Exception as error:  # the last net of a start: a calm line, the details logged
        log.exception("Pause could not start")
        FatalDialog.show(unexpected.notice_for(error))
        built = 1
    if isinstance(built, int):
        if tray is not None:
            tray.hide()
        early.qt_app.exit(built)
        gc.enable()
        return False
    started.append(built)
    if options.minimized:
        assert built.data is not None
        if built.reminders is None or not built.reminders.in_tray:
            built.window.showMinimized()  # no tray to live in: the taskbar it is
        QTimer.singleShot(0, built.data.start)  # no window to wait for: once the loop runs
        gc.enable()  # the start is done (the command line paused the collector for it)
    else:
        _show_window_first(built)
        if options.command.action == "open":
            built.window.welcome_if_new()
    built.run_command(options.command)
    built.previous_hook = unexpected.install(built.notice)
    return True


def _show_window_first(pause: Pause) -> None:
    """The window shows before the tray icon, the reminders' timer and your data's feature
    (backups, import), which follow once it has first painted: set up as soon as it had
    shown, they kept its first picture waiting 30 to 60 ms. Until it has shown the
    screen-fitting filter stands aside: each event of each object the window is made of
    would be a call into Python, and its first look at an object PySide6 has not met makes
    PySide6 set up every class it knows (some 20 ms). A dialog shown meanwhile (the welcome)
    still fits, as it shows (``fit.FitsWhenShown``)."""
    from pause_app.ui.widgets import fit

    fit.install(pause.qt_app)
    fit.step_aside(pause.watcher, True)
    window = pause.window  # with the look, applied first
    window.first_shown.connect(lambda: fit.step_aside(pause.watcher, False))
    window.first_painted.connect(lambda: add_reminders(pause))
    window.first_painted.connect(lambda: _your_data_after_the_window(pause))
    window.first_painted.connect(gc.enable)  # the start is done: see cli._start_window
    window.show()


def _your_data_after_the_window(pause: Pause) -> None:
    """Backups, restore and import, wired to the File menu; the day's backup starts."""
    add_your_data(pause)
    assert pause.data is not None
    pause.data.start()
