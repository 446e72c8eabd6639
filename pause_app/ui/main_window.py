"""The main window: a quiet sidebar with the three parts of Pause, a menu, notices."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pause_app.core.model import Activity, Moment
from pause_app.core.settings import pacing_rules
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.breathe import BreatheArea
from pause_app.ui.widgets import NoticeArea, Page, Retranslating, fit, theme

if TYPE_CHECKING:  # built (and imported) the first time each is shown: see _page
    from pause_app.ui.breathe.exercise_view import ExerciseView
    from pause_app.ui.checkin import CheckInLine
    from pause_app.ui.goals import GoalsPage
    from pause_app.ui.progress import ProgressPage


class MainWindow(Retranslating, QMainWindow):
    BREATHE, GOALS, PROGRESS = range(3)

    closed = Signal()
    hidden_to_tray = Signal()  # closed while Pause lives on in the tray
    quit_requested = Signal()  # File > Quit: the app decides (app.py quits the event loop)
    settings_requested = Signal()
    checked_in = Signal(object)  # a check-in was kept (the reminders may follow the energy)
    import_requested = Signal()  # File > Import…, Back up now, Restore a backup…: ui/data
    import_steps_requested = Signal()  # File > Import steps… (a phone's or a watch's export)
    import_steps_folder_requested = Signal()  # File > Import steps from a folder… (unpacked)
    backup_requested = Signal()
    restore_requested = Signal()
    # A reminder waits (reminder_open): its answers from here, for a keyboard (ui/reminders):
    # "start", "snooze", "later", or "focus" (the keyboard to the reminder's own buttons).
    reminder_answered = Signal(str)
    first_shown = Signal()
    """Emitted once, from the event loop, after the window was first shown."""
    first_painted = Signal()
    """Emitted once, from the event loop, after the window was first painted (or, where no
    paint comes within FIRST_PAINT_WAIT_MS of its showing, then): what the window does not
    show waits for this, so its first picture is not kept waiting."""

    FIRST_PAINT_WAIT_MS = 500

    def __init__(
        self,
        store: Store,
        app_paths: AppPaths,
        clock: Callable[[], Moment],
        settings: SettingsWatcher,
        cues: Cues,
        reduced_motion: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._paths = app_paths
        self._store = store
        self._clock = clock
        self._settings = settings
        self.cues = cues
        self._faded_in = False
        self.keep_in_tray = False  # set by app.py when there is a system tray
        self._fade: QPropertyAnimation | None = None
        self._first_shown_timer = QTimer(self)
        self._first_shown_timer.setObjectName("first_shown_timer")
        self._first_shown_timer.setSingleShot(True)
        self._first_shown_timer.setInterval(0)
        self._first_shown_timer.timeout.connect(self.first_shown)
        # Started once, as the window first shows; while it runs, a paint cuts it short.
        self._first_painted_timer = QTimer(self)
        self._first_painted_timer.setObjectName("first_painted_timer")
        self._first_painted_timer.setSingleShot(True)
        self._first_painted_timer.timeout.connect(self.first_painted)

        self.notices = NoticeArea()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")

        self.navigation.setFixedWidth(190)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.breathe_area = BreatheArea(store, clock, settings, self.cues, monotonic)
        self.breathe_page = self.breathe_area.intro
        self.reduced_motion = reduced_motion
        # Goals and Progress are built the first time they are shown (or asked for): the
        # window opens with the Breathe page alone. Until then an empty stand-in holds
        # their place in the stack.
        self._goals_page: GoalsPage | None = None
        self._checkin_line: CheckInLine | None = None
        self._progress_page: ProgressPage | None = None
        for page in (self.breathe_area, QWidget(), QWidget()):
            self.pages.addWidget(page)
            self.navigation.addItem(QListWidgetItem())
        self.navigation.currentRowChanged.connect(self._show_row)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notices)
        column.addWidget(body, 1)
        self.setCentralWidget(central)
        self.notices.comes_before(self.navigation)  # Dismiss is read before the sidebar and page

        self._build_menus()
        self.navigation.setCurrentRow(self.BREATHE)
        self.resize(920, 680)
        self.setMinimumSize(640, 460)
        self.retranslate_ui()

    @property
    def goals_page(self) -> GoalsPage:
        if self._goals_page is None:
            from pause_app.ui.checkin import CheckInLine
            from pause_app.ui.goals import GoalsPage

            settings = self._settings
            page = GoalsPage(self._store, self._clock, lambda: pacing_rules(settings.current))
            line = CheckInLine(self._store.checkins, self._clock)  # the daily check-in, offered
            line.checked_in.connect(lambda _kept: page.refresh())
            line.checked_in.connect(self.checked_in)
            page.add_top_widget(line)
            self._goals_page, self._checkin_line = page, line
            self._put(self.GOALS, page)
        return self._goals_page

    @property
    def checkin_line(self) -> CheckInLine:
        _ = self.goals_page  # built with the Goals page it sits on
        assert self._checkin_line is not None
        return self._checkin_line

    @property
    def progress_page(self) -> ProgressPage:
        if self._progress_page is None:
            from pause_app.ui.progress import ProgressPage

            settings = self._settings
            page = ProgressPage(
                self._store,
                self._clock,
                lambda: pacing_rules(settings.current),
                self._paths.own_files,
                settings,
            )
            page.noticed.connect(self.notices.add)
            self._progress_page = page
            self._put(self.PROGRESS, page)
        return self._progress_page

    def _put(self, index: int, page: QWidget) -> None:
        """A page built at last takes its stand-in's place; a first window that was sized
        without it grows if the page needs more room (never shrinks)."""
        stand_in = self.pages.widget(index)
        assert stand_in is not None
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if self._faded_in and not (self.isMaximized() or self.isFullScreen()):
            assert isinstance(page, Page)
            self.resize(fit.first_size(self, [page], self.size()))

    def _page(self, index: int) -> QWidget:
        if index == self.GOALS:
            return self.goals_page
        if index == self.PROGRESS:
            return self.progress_page
        return self.breathe_area

    def _show_row(self, index: int) -> None:
        if index >= 0:
            self._page(index)
        self.pages.setCurrentIndex(index)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_requested)
        self.import_steps_action = QAction(self)
        self.import_steps_action.triggered.connect(self.import_steps_requested)
        self.import_steps_folder_action = QAction(self)
        self.import_steps_folder_action.triggered.connect(self.import_steps_folder_requested)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.backup_requested)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_requested)
        data_actions = (
            self.import_action,
            self.import_steps_action,
            self.import_steps_folder_action,
        )
        for action in (*data_actions, self.backup_action, self.restore_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.view_actions: list[QAction] = []
        for index in (self.BREATHE, self.GOALS, self.PROGRESS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.view_menu.addAction(action)
            self.view_actions.append(action)

        # Only while a reminder waits: answer it from here, by menu or shortcut.
        self.reminder_menu = bar.addMenu("")
        self.reminder_actions: list[QAction] = []
        for answer, keys in (
            ("start", "Ctrl+Shift+P"),
            ("snooze", "Ctrl+Shift+S"),
            ("later", "Ctrl+Shift+N"),
            ("focus", "Ctrl+Shift+R"),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _c=False, a=answer: self.reminder_answered.emit(a))
            self.reminder_menu.addAction(action)
            self.addAction(action)  # the shortcut works with the menu closed
            self.reminder_actions.append(action)
        self.reminder_open(False)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setShortcut(QKeySequence("F1"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pause"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_steps_action.setText(self.tr("Import s&teps…"))
        self.import_steps_folder_action.setText(self.tr("Import steps from a &folder…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.reminder_menu.setTitle(self.tr("&Reminder"))
        for action, text in zip(
            self.reminder_actions,
            (
                self.tr("Start the pause"),
                self.tr("Remind me in 15 minutes"),
                self.tr("Not now"),
                self.tr("Go to the reminder"),
            ),
            strict=True,
        ):
            action.setText(text)
        self.navigation.setAccessibleName(self.tr("Parts of Pause"))
        self.about_action.setText(self.tr("&About Pause"))
        names = [self.tr("Breathe"), self.tr("Goals"), self.tr("Progress")]
        menu_names = [self.tr("&Breathe"), self.tr("&Goals"), self.tr("&Progress")]
        for index, (name, menu_name) in enumerate(zip(names, menu_names, strict=True)):
            self.navigation.item(index).setText(name)
            self.view_actions[index].setText(menu_name)
        self.navigation.setFixedWidth(fit.list_width(self.navigation, 190))

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def reminder_open(self, shown: bool) -> None:
        """A reminder waits for an answer: the Reminder menu and its shortcuts are there."""
        self.reminder_menu.menuAction().setVisible(shown)
        for action in self.reminder_actions:
            action.setEnabled(shown)

    def log_a_step(self) -> None:
        """The tray's "Log a step…": the log form for the activity (or a choice first)."""
        self.bring_to_front()
        self.show_page(self.GOALS)
        self.goals_page.log_a_step()

    @property
    def exercise_view(self) -> ExerciseView:
        """The exercise (built when a pause first starts, or when asked for here)."""
        return self.breathe_area.exercise

    @property
    def reduced_motion(self) -> bool:
        return self.breathe_area.reduced_motion

    @reduced_motion.setter
    def reduced_motion(self, reduced: bool) -> None:
        self.breathe_area.reduced_motion = reduced

    def current_page(self) -> Page:
        page = self.pages.currentWidget()
        if page is self.breathe_area:
            return self.breathe_page
        assert isinstance(page, Page)
        return page

    def start_pause(self, minutes: float | None = None) -> None:
        self.show_page(self.BREATHE)
        self.breathe_area.start_pause(minutes)

    def start_breathing(self, pattern: str | None = None, minutes: float | None = None) -> None:
        self.show_page(self.BREATHE)
        self.breathe_area.start_breathing(pattern, minutes)

    def open_checkin(self) -> None:
        """The daily check-in (from the tray): the Goals page, then the form over it."""
        self.bring_to_front()
        self.show_page(self.GOALS)
        self.checkin_line.open_dialog()

    def welcome_if_new(self) -> None:
        """The first start shows the welcome once (with the disclaimer), then never again."""
        if self._settings.get("ui.welcomed") or self._store.activities.list():
            return
        from pause_app.ui.goals import FirstRunDialog

        FirstRunDialog.offer(self._store, self._clock, self, self._on_welcomed)

    def _on_welcomed(self, first: Activity | None) -> None:
        self._settings.set("ui.welcomed", "true")
        if first is not None:
            self.show_page(self.GOALS)
        self.goals_page.refresh()

    def shutdown(self) -> None:
        """Quitting: a running exercise is kept as interrupted, then the window goes."""
        self.breathe_area.interrupt()
        self.deleteLater()

    def data_changed(self) -> None:
        """Much changed at once (an import): the goals and the chart read everything again
        (a page not built yet reads it when it is)."""
        if self._goals_page is not None and self._checkin_line is not None:
            self._goals_page.refresh()
            self._checkin_line.refresh()
        self.current_page().refresh()

    def show_about(self) -> None:
        from pause_app.ui.about import AboutDialog  # loads when first asked for

        AboutDialog.ask(self._paths, self)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.current_page().refresh()
        if self._checkin_line is not None:  # a check-in from the command line shows at once
            self._checkin_line.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._faded_in:
            self._faded_in = True
            built = (self.breathe_page, self._goals_page, self._progress_page)
            pages = [page for page in built if page is not None]
            self.resize(fit.first_size(self, pages, self.size()))
            fit.fit_on_screen(self)
            self._fade_in()
            self._first_shown_timer.start()
            self._first_painted_timer.start(self.FIRST_PAINT_WAIT_MS)  # should no paint come

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first_painted_timer.isActive():
            self._first_painted_timer.start(0)  # once this picture is on the screen

    def _fade_in(self) -> None:
        self._fade = theme.fade_in(self, self.reduced_motion)

    def changeEvent(self, event: QEvent) -> None:
        # Coming back to the window (after a pause from a reminder, a log from the command
        # line, or the next morning): the chart re-reads, cheaply when nothing changed.
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self._progress_page is not None
            and self.pages.currentWidget() is self._progress_page
        ):
            self._progress_page.refresh()
        if event.type() == QEvent.Type.FontChange:  # a larger text size: a wider sidebar
            self.navigation.setFixedWidth(fit.list_width(self.navigation, 190))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_in_tray:
            event.ignore()  # Pause goes on in the tray; Quit quits
            self.hide()
            self.hidden_to_tray.emit()
            return
        self.closed.emit()
        super().closeEvent(event)
