"""The composition root: builds the QApplication, the store, the windows, and wires them.

Nothing else in Pause creates long-lived objects or connects them to each other.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from pause_app import APP_ID, cli
from pause_app.clock import local_zone, now_moment
from pause_app.core.model import Activity, Moment
from pause_app.core.reminders import Status
from pause_app.core.settings import Settings
from pause_app.desktop import single_instance
from pause_app.desktop.autostart import Autostart
from pause_app.desktop.notifications import make_notifier
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.resources import resource_path
from pause_app.storage import logs, paths
from pause_app.storage.database import DatabaseError
from pause_app.storage.settings_file import Loaded, SettingsFile
from pause_app.storage.store import Store
from pause_app.text import i18n, wording
from pause_app.ui.goals.welcome import FirstRunDialog
from pause_app.ui.main_window import MainWindow
from pause_app.ui.reminders.controller import ReminderController
from pause_app.ui.reminders.tray import Tray
from pause_app.ui.settings.dialog import SettingsDialog
from pause_app.ui.widgets import theme

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class FatalDialog:
    """The seam for the one blocking message: the app cannot start."""

    @classmethod
    def show(cls, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("app", "Pause cannot start"), text)
        box.exec()


@dataclass
class Pause:
    """Everything a running Pause is made of, for the app and for tests."""

    qt_app: QApplication
    app_paths: paths.AppPaths
    store: Store
    window: MainWindow
    translations: i18n.Translations
    settings_file: SettingsFile
    watcher: SettingsWatcher
    instance_server: single_instance.InstanceServer
    cli_language: str | None = None
    clock: Callable[[], Moment] = now_moment
    theme_name: str = ""  # the ui.theme applied last
    notices: list[str] = field(default_factory=list)
    tray: Tray | None = None
    reminders: ReminderController | None = None
    zone: tzinfo = field(default_factory=lambda: UTC)

    def apply_settings(self, loaded: Loaded) -> None:
        """Language, theme and motion follow the settings at once."""
        settings = loaded.settings
        language = i18n.resolve(self.cli_language, str(settings["ui.language"]))
        if language != self.translations.language:
            self.translations.install(language)
        if settings["ui.theme"] != self.theme_name:
            # Restyling re-polishes every widget: only when the theme really changed, not on
            # every setting the Breathe page remembers.
            self.theme_name = str(settings["ui.theme"])
            theme.apply(self.qt_app, self.theme_name)
        self.window.reduced_motion = theme.prefers_reduced_motion(
            str(settings["ui.reduced_motion"])
        )
        _configure_cues(self.window.cues, settings)
        self.window.breathe_area.controls.load_settings()
        if self.reminders is not None:
            self.reminders.reduced_motion = self.window.reduced_motion
            self.reminders.apply_settings(loaded)
        for text in _settings_notices(loaded):
            self.window.notices.add(text)

    def on_message(self, argv: list[str], _cwd: str) -> None:
        """Another start of Pause handed over its command line."""
        self.window.bring_to_front()
        try:
            options = cli.build_parser().parse_args(argv)
        except (cli.UsageError, SystemExit):
            log.warning("ignored a command line from another instance: %s", argv)
            return
        self.run_command(options)

    def welcome_if_new(self) -> None:
        """The first start shows the welcome once (with the disclaimer), then never again."""
        if self.watcher.get("ui.welcomed") or self.store.activities.list():
            return
        FirstRunDialog.offer(self.store, self.clock, self.window, self._on_welcomed)

    def _on_welcomed(self, first: Activity | None) -> None:
        self.watcher.set("ui.welcomed", "true")
        if first is not None:
            self.window.show_page(MainWindow.GOALS)
        self.window.goals_page.refresh()

    def run_command(self, options: argparse.Namespace) -> None:
        if options.command == "pause":
            log.info("starting the pause exercise")
            self.window.start_pause()
        elif options.command == "breathe":
            log.info("starting a breathing session")
            self.window.start_breathing(options.pattern, options.minutes)

    # --- the tray and the reminders ------------------------------------------------------

    def show_window(self, page: int | None = None) -> None:
        self.window.bring_to_front()
        if page is not None:
            self.window.show_page(page)

    def breathe_two_minutes(self) -> None:
        self.show_window()
        self.window.start_breathing(None, 2)

    def start_pause_from_reminder(self) -> None:
        self.show_window()
        self.window.start_pause()

    def on_status(self, status: Status) -> None:
        if self.tray is not None:
            self.tray.show_status(status, self.clock().utc, self.zone)

    def open_settings(self) -> None:
        SettingsDialog.open_for(
            self.window,
            self.watcher,
            Autostart(),
            sound_available=self.window.cues.available is not False,
        )

    def on_hidden_to_tray(self) -> None:
        """Said once, the first time: closing the window keeps Pause in the tray."""
        if self.watcher.get("ui.tray_explained") or self.tray is None:
            return
        self.watcher.set("ui.tray_explained", "true")
        self.tray.icon.showMessage(
            "Pause",
            translate(
                "app",
                "Pause keeps running here in the tray and will remind you gently. "
                "Choose Quit in its menu to stop it.",
            ),
            QSystemTrayIcon.MessageIcon.NoIcon,
            8000,
        )

    def shutdown(self) -> None:
        """Undo what build() set up; the store closes last, after nothing can read it."""
        if self.reminders is not None:
            self.reminders.stop()
        if self.tray is not None:
            self.tray.hide()
        self.window.exercise_view.interrupt()  # a running exercise is kept as interrupted
        self.translations.uninstall()
        self.instance_server.close()
        self.window.deleteLater()
        self.store.close()


def _configure_cues(cues: Cues, settings: Settings) -> None:
    cues.configure(
        bool(settings["sound.enabled"]),
        int(settings["sound.volume"]),
        bool(settings["sound.end_chime"]),
    )


def _settings_notices(loaded: Loaded) -> list[str]:
    notices = []
    if loaded.corrupt_backup is not None:
        notices.append(wording.settings_corrupt_notice(str(loaded.corrupt_backup)))
    if loaded.problems:
        notices.append(wording.settings_reset_notice(loaded.problems))
    return notices


def qt_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qt_app = QApplication([sys.argv[0] if sys.argv else "pause-app"])
    qt_app.setApplicationName("Pause")
    qt_app.setOrganizationDomain("pauseapp.org")
    qt_app.setDesktopFileName(APP_ID)
    return qt_app


def build(
    options: argparse.Namespace,
    argv: Sequence[str],
    clock: Callable[[], Moment] = now_moment,
) -> Pause | int:
    """Build a running Pause, or return an exit code when it should not run."""
    app_paths = paths.resolve(options.data_dir, os.environ)
    qt_app = qt_application()
    translations = i18n.Translations()
    try:
        app_paths.create()
        logs.setup(app_paths, options.verbose)
    except OSError as error:
        translations.install(i18n.resolve(options.lang, "system"))
        FatalDialog.show(
            translate("app", "Pause cannot use the folder {path}: {reason}").format(
                path=error.filename, reason=error.strerror
            )
        )
        translations.uninstall()
        return 1
    settings_file = SettingsFile(app_paths.settings)
    loaded = settings_file.load()
    translations.install(i18n.resolve(options.lang, str(loaded.settings["ui.language"])))

    name = single_instance.server_name(app_paths.data_dir)
    server = single_instance.InstanceServer(name, qt_app)
    # Hand over to a running Pause; listening fails too when one started a moment ago.
    if single_instance.send(name, list(argv), os.getcwd()) or (
        not server.listen() and single_instance.send(name, list(argv), os.getcwd())
    ):
        print(translate("app", "Pause is already running; its window is brought to the front."))
        translations.uninstall()
        return 0

    try:
        store = Store.open(app_paths.database, clock().utc)
    except DatabaseError as error:
        log.error("cannot open the database: %s", error)
        FatalDialog.show(wording.database_message(error))
        server.close()
        translations.uninstall()
        return 1

    theme.apply(qt_app, str(loaded.settings["ui.theme"]))
    qt_app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    watcher = SettingsWatcher(settings_file, loaded.settings, qt_app)
    cues = Cues(qt_app)
    window = MainWindow(
        store,
        app_paths,
        clock,
        reduced_motion=theme.prefers_reduced_motion(str(loaded.settings["ui.reduced_motion"])),
        settings=watcher,
        cues=cues,
    )
    cues.unavailable.connect(
        lambda: window.notices.add(
            translate("app", "Sound is not available on this computer; the guide works without it.")
        )
    )
    _configure_cues(cues, loaded.settings)
    pause = Pause(
        qt_app,
        app_paths,
        store,
        window,
        translations,
        settings_file,
        watcher,
        server,
        options.lang,
        clock,
        str(loaded.settings["ui.theme"]),
    )
    if store.kept_corrupt_file is not None:
        window.notices.add(wording.database_corrupt_notice(str(store.kept_corrupt_file)))
    for text in _settings_notices(loaded):
        window.notices.add(text)
    watcher.settings_changed.connect(pause.apply_settings)
    server.message_received.connect(pause.on_message)
    window.quit_requested.connect(qt_app.quit)
    window.settings_requested.connect(pause.open_settings)
    _add_tray_and_reminders(pause)
    # `make bench` and the e2e tests time the start-up up to this line.
    window.first_shown.connect(lambda: log.info("Pause is running"))
    return pause


def no_tray_notice() -> str:
    return translate(
        "app",
        "This desktop has no system tray: closing the window quits Pause, and "
        "reminders come only while the window is open.",
    )


def _add_tray_and_reminders(pause: Pause) -> None:
    """The tray icon (where the desktop has a tray) and the reminder schedule."""
    window = pause.window
    pause.zone = local_zone()
    tray = Tray(pause.qt_app) if Tray.available() else None
    notifier = make_notifier(tray.icon if tray is not None else None, pause.qt_app)
    controller = ReminderController(
        pause.watcher, pause.store, pause.clock, pause.zone, notifier, pause.qt_app
    )
    controller.reduced_motion = window.reduced_motion
    pause.tray, pause.reminders = tray, controller
    controller.status_changed.connect(pause.on_status)
    controller.start_requested.connect(pause.start_pause_from_reminder)
    if tray is not None:
        window.keep_in_tray = True
        pause.qt_app.setQuitOnLastWindowClosed(False)
        window.hidden_to_tray.connect(pause.on_hidden_to_tray)
        tray.open_requested.connect(pause.show_window)
        tray.pause_requested.connect(pause.start_pause_from_reminder)
        tray.breathe_requested.connect(pause.breathe_two_minutes)
        tray.log_requested.connect(lambda: pause.show_window(MainWindow.GOALS))
        tray.progress_requested.connect(lambda: pause.show_window(MainWindow.PROGRESS))
        tray.snooze_requested.connect(controller.snooze)
        tray.pause_reminders_requested.connect(controller.pause)
        tray.resume_requested.connect(controller.resume)
        tray.settings_requested.connect(pause.open_settings)
        tray.about_requested.connect(window.show_about)
        tray.quit_requested.connect(pause.qt_app.quit)
        tray.show()
    else:
        # Without a tray, closing the window quits, so reminders come only while it is open.
        controller.only_while_window_open = True
        controller.window_open = window.isVisible
        if not pause.watcher.get("ui.tray_explained"):
            pause.watcher.set("ui.tray_explained", "true")
            window.notices.add(no_tray_notice())
    controller.watch_sleep(QDBusConnection.systemBus())
    controller.reschedule()


def _quit_on_signals(qt_app: QApplication) -> QObject:
    """SIGINT and SIGTERM end the event loop cleanly, woken by a socket, not by polling."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, qt_app)
    notifier.setObjectName("signal_notifier")

    def on_signal() -> None:
        reader.recv(64)
        log.info("quitting on a signal")
        qt_app.quit()

    notifier.activated.connect(on_signal)
    notifier._sockets = (reader, writer)  # type: ignore[attr-defined]  # keep them open
    return notifier


def run(options: argparse.Namespace, argv: Sequence[str]) -> int:
    built = build(options, argv)
    if isinstance(built, int):
        return built
    _quit_on_signals(built.qt_app)
    if options.minimized:
        if built.tray is None:
            built.window.showMinimized()  # no tray to live in: the taskbar it is
        else:
            log.info("Pause is running in the tray")
    else:
        built.window.show()
        if options.command is None:
            built.welcome_if_new()
    built.run_command(options)
    code = built.qt_app.exec()
    built.shutdown()
    return int(code)
