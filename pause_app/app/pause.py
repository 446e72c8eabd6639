"""A running Pause: everything it is made of, and how its parts are wired to each other
(the reminders, your data, the window when it first opens).

The start itself (what comes before the tray icon, and what after) is ``app.start``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from pause_app.app.restart import RESTORED_ENV
from pause_app.core.commands import WindowCommand
from pause_app.desktop import single_instance
from pause_app.storage import paths
from pause_app.text import i18n

if TYPE_CHECKING:
    # Loaded once the tray icon shows (app.start.complete), the window and its pages when
    # it first opens (Pause.window): none of it is on the way to the icon.
    from pause_app.core.model import Moment
    from pause_app.core.settings import Settings
    from pause_app.desktop.settings_watcher import SettingsWatcher
    from pause_app.desktop.sound import Cues
    from pause_app.storage.settings_file import Loaded, SettingsFile
    from pause_app.storage.store import Store
    from pause_app.ui.data import YourData
    from pause_app.ui.main_window import MainWindow
    from pause_app.ui.reminders import Reminders
    from pause_app.ui.reminders.tray import Tray

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class FatalDialog:
    """The seam for the one blocking message: the app cannot start."""

    @classmethod
    def show(cls, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, translate("app", "Pause cannot start"), text)
        box.exec()


@dataclass(frozen=True)
class StartOptions:
    """What the command line asks of a start of the window, parsed once by ``cli``."""

    data_dir: str | None = None
    lang: str | None = None
    minimized: bool = False
    verbose: bool = False
    command: WindowCommand = field(default_factory=WindowCommand)


@dataclass
class Pause:
    """Everything a running Pause is made of, for the app and for tests."""

    qt_app: QApplication
    app_paths: paths.AppPaths
    store: Store
    translations: i18n.Translations
    settings_file: SettingsFile
    watcher: SettingsWatcher
    instance_server: single_instance.InstanceServer
    cues: Cues
    clock: Callable[[], Moment]
    cli_language: str | None = None
    # The look applied last (theme.look_of: theme, contrast, text size); "" until the look
    # is first applied (ensure_look): a start in the tray leaves it until something shows.
    theme_name: str = ""
    reminders: Reminders | None = None
    data: YourData | None = None
    pending_restore: str | None = None  # a backup to put back once the event loop is over
    previous_hook: Callable[..., object] = sys.excepthook  # put back when the loop is over
    reduced_motion: bool = False
    _window: MainWindow | None = field(default=None, init=False, repr=False)
    _waiting: list[str] = field(default_factory=list, init=False, repr=False)  # notices

    @property
    def window(self) -> MainWindow:
        """The main window, built the first time it is wanted: a start in the tray shows
        the icon only, and the pages (and their imports) wait until the window opens."""
        if self._window is None:
            from pause_app.ui.widgets import theme

            with theme.styled_when_built(self.qt_app):  # the first look's sheet: once built
                self.ensure_look()
                self._window = _build_window(self)
        return self._window

    def ensure_look(self) -> None:
        """The theme, the text size, the style and the windows' icon, applied before
        anything first shows: the window, the tray's menu, a reminder's corner window. The
        tray icon alone needs none of it, and a start in the tray leaves it until then
        (some 3 MiB, 15 ms)."""
        if not self.look_shown:
            from PySide6.QtGui import QIcon

            from pause_app import APP_ID
            from pause_app.resources import resource_path
            from pause_app.ui.widgets import theme

            self.theme_name = theme.look_of(self.watcher.current)
            theme.apply_settings(self.qt_app, self.watcher.current)
            # The windows' icon: an SVG, whose renderer the tray's own PNGs do without.
            self.qt_app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))

    @property
    def look_shown(self) -> bool:
        return bool(self.theme_name)

    def notice(self, text: str) -> None:
        """Something to say in the window: now, or when it opens."""
        self._waiting.append(text) if self._window is None else self._window.notices.add(text)

    def reminder_open(self, shown: bool) -> None:
        """A reminder waits for an answer (the window offers its answers too); its corner
        window is built after this, so the look comes first."""
        if shown:
            self.ensure_look()
        if self._window is not None:
            self._window.reminder_open(shown)

    def apply_settings(self, loaded: Loaded) -> None:
        """Language, theme and motion follow the settings at once."""
        from pause_app.desktop.motion import prefers_reduced_motion

        settings = loaded.settings
        language = i18n.resolve(self.cli_language, str(settings["ui.language"]))
        if language != self.translations.language:
            self.translations.install(language)
        if self.look_shown:  # otherwise ensure_look applies the settings of its moment
            from pause_app.ui.widgets import theme

            look = theme.look_of(settings)
            if look != self.theme_name:
                # Restyling re-polishes every widget: only when the look really changed,
                # not on every setting the Breathe page remembers.
                self.theme_name = look
                theme.apply_settings(self.qt_app, settings)
        self.reduced_motion = prefers_reduced_motion(str(settings["ui.reduced_motion"]))
        if self._window is not None:
            self._window.reduced_motion = self.reduced_motion
        configure_cues(self.cues, settings)
        if self.reminders is not None:
            self.reminders.apply_settings(loaded, self.reduced_motion)
        for text in settings_notices(loaded, self.settings_file):
            self.notice(text)

    def on_command(self, command: WindowCommand) -> None:
        """Another start of Pause handed over the command it parsed."""
        self.window.bring_to_front()
        self.run_command(command)

    def run_command(self, command: WindowCommand) -> None:
        if command.action == "pause":
            log.info("starting the pause exercise")
            self.window.start_pause()
        elif command.action == "breathe":
            log.info("starting a breathing session")
            self.window.start_breathing(command.pattern, command.minutes)

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

    def open_settings(self) -> None:
        from pause_app.desktop.autostart import Autostart
        from pause_app.ui.settings import SettingsDialog

        dialog = SettingsDialog.open_for(
            self.window,
            self.watcher,
            Autostart(),
            sound_available=self.cues.available is not False,
        )
        # Where the desktop cannot tell that the user is away, the Reminders tab says so.
        dialog.reminders.set_idle_available(
            self.reminders is None or self.reminders.knows_when_away
        )

    def restore_and_restart(self, name: str) -> None:
        """File ▸ Restore a backup…: the database is open all the time, so Pause quits
        cleanly first; ``run`` then puts the backup back and starts Pause again."""
        self.pending_restore = name
        self.qt_app.exit(0)  # not quit(): see desktop.process

    def shutdown(self) -> None:
        """Undo what build() set up; the store closes last, after nothing can read it."""
        if self.data is not None:
            self.data.shutdown()  # a backup under way ends first
        if self.reminders is not None:
            self.reminders.shutdown()
        if self._window is not None:
            self._window.shutdown()  # a running exercise is kept as interrupted
        self.translations.uninstall()
        self.instance_server.close()
        self.store.close()


def configure_cues(cues: Cues, settings: Settings) -> None:
    cues.configure(
        bool(settings["sound.enabled"]),
        int(settings["sound.volume"]),
        bool(settings["sound.end_chime"]),
    )


def settings_notices(loaded: Loaded, settings_file: SettingsFile) -> list[str]:
    from pause_app.text import wording

    notices = []
    if loaded.unreadable is not None:  # left as it is: said once, the app goes on
        path = str(settings_file.path)
        notices.append(wording.settings_file_notice(path, loaded.unreadable, loaded.detail))
    if loaded.corrupt_backup is not None:
        notices.append(wording.settings_corrupt_notice(str(loaded.corrupt_backup)))
    if loaded.problems:
        notices.append(wording.settings_reset_notice(loaded.problems))
    return notices


def _build_window(pause: Pause) -> MainWindow:
    """The window and its wiring to the features already running (the tray, the data)."""
    from pause_app.ui.main_window import MainWindow

    window = MainWindow(
        pause.store,
        pause.app_paths,
        pause.clock,
        reduced_motion=pause.reduced_motion,
        settings=pause.watcher,
        cues=pause.cues,
    )
    for text in pause._waiting:
        window.notices.add(text)
    # `make bench` and the e2e tests time the start-up up to this line.
    window.first_shown.connect(lambda: log.info("Pause is running"))
    window.quit_requested.connect(lambda: pause.qt_app.exit(0))
    window.settings_requested.connect(pause.open_settings)
    if pause.reminders is not None:
        _wire_reminders(window, pause.reminders)
    if pause.data is not None:
        _wire_data(window, pause.data)
        window.first_shown.connect(pause.data.start)
    return window


def _wire_data(window: MainWindow, data: YourData) -> None:
    """The window's File menu and your data's feature, whichever came second."""
    data.set_window(window)
    data.imported.connect(window.data_changed)
    window.import_requested.connect(data.import_file)
    window.import_steps_requested.connect(data.import_steps)
    window.import_steps_folder_requested.connect(lambda: data.steps.start(folder=True))
    window.backup_requested.connect(data.back_up_now)
    window.restore_requested.connect(data.choose_restore)


def _wire_reminders(window: MainWindow, reminders: Reminders) -> None:
    """The window and the reminders, whichever came second."""
    window.reminder_open(reminders.controller.showing)
    window.reminder_answered.connect(reminders.answer)
    window.checked_in.connect(lambda _kept: reminders.controller.reschedule())
    if reminders.in_tray:
        window.keep_in_tray = True
        window.hidden_to_tray.connect(reminders.explain_tray_once)


def add_reminders(pause: Pause, tray: Tray | None = None) -> None:
    """The reminders feature: it lives in the tray where the desktop has one (``tray``: the
    icon a start in the tray already shows)."""
    from pause_app.clock import local_zone
    from pause_app.ui.reminders import Reminders

    reminders = Reminders(
        pause.watcher,
        pause.store,
        pause.clock,
        local_zone(),
        pause.qt_app,
        chime=pause.cues.chime,  # with a reminder when reminders.chime asks (sound on)
        tray=tray,
    )
    pause.reminders = reminders
    if reminders.tray is not None:  # the look comes before the tray's menu first shows
        reminders.tray.menu.aboutToShow.connect(pause.ensure_look)
    reminders.noticed.connect(pause.notice)
    reminders.open_requested.connect(pause.show_window)
    reminders.pause_requested.connect(pause.start_pause_from_reminder)
    reminders.breathe_requested.connect(pause.breathe_two_minutes)
    reminders.log_requested.connect(lambda: pause.window.log_a_step())
    reminders.reminder_open.connect(pause.reminder_open)  # the look; answers in the window
    reminders.progress_requested.connect(lambda: pause.show_window(PROGRESS_PAGE))
    reminders.checkin_requested.connect(lambda: pause.window.open_checkin())
    reminders.settings_requested.connect(pause.open_settings)
    reminders.about_requested.connect(lambda: pause.window.show_about())
    reminders.quit_requested.connect(lambda: pause.qt_app.exit(0))
    if reminders.in_tray:
        pause.qt_app.setQuitOnLastWindowClosed(False)
    reminders.start(
        window_open=lambda: pause._window is not None and pause._window.isVisible(),
        reduced_motion=pause.reduced_motion,
    )
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, reminders.watch_attention))  # after the icon
    if pause._window is not None:  # a start with the window: it showed first
        _wire_reminders(pause._window, reminders)


PROGRESS_PAGE = 2  # MainWindow.PROGRESS, without importing the window


def add_your_data(pause: Pause) -> None:
    """Backups, restore and import; the day's backup once the window (or icon) is up."""
    from pause_app.ui.data import YourData

    data = YourData(pause.store, pause.app_paths, pause.clock)
    pause.data = data
    data.noticed.connect(pause.notice)
    data.restore_chosen.connect(pause.restore_and_restart)
    if pause._window is not None:  # a start with the window: it showed first
        _wire_data(pause._window, data)
    restored = os.environ.pop(RESTORED_ENV, "")
    if restored:
        data.say_restored(restored)
