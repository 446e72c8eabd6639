"""Your data, in the window: the day's backup, File ▸ Back up now, Restore a backup… and
Import….

Backups are made in a worker thread with their own read-only connection (SQLite releases
the interpreter while it copies), so the window never waits for one. The worker touches no
Qt object: it leaves its result in a slot, and a short timer in the window's thread picks it
up (it runs only while a backup is under way), so nothing crosses threads through Qt.

The day's backup is made once the window has been shown (never on the start-up path) and
checked again every hour, so a Pause that runs for days keeps one a day. A backup that
cannot be made is said once, as a notice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.core.model import Moment
from pause_app.storage import backups
from pause_app.storage.database import DatabaseError
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.text import wording, your_data

if TYPE_CHECKING:
    from pause_app.ui.data.steps_import import StepsImport

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # is there a backup for today yet? (one cheap folder listing)
JOIN_SECONDS = 30.0  # quitting waits for a backup under way (ten years take 20 ms)
COLLECT_EVERY_MS = 20  # while a backup runs: is its result there yet?


class FileChooser:
    """The seam for the open-file dialog (tests replace ``choose``)."""

    @classmethod
    def choose(cls, parent: QWidget | None) -> str:
        title = QApplication.translate("YourData", "Import a Pause export")
        filters = QApplication.translate("YourData", "Pause export (*.json);;All files (*)")
        from PySide6.QtWidgets import QFileDialog  # the dialogs load when first used

        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
        return name


class Message:
    """The seam for a message when the window is already gone (after a restore)."""

    @classmethod
    def show(cls, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox(
            QMessageBox.Icon.Information, QApplication.translate("YourData", "Pause"), text
        ).exec()


def _work(
    job: Callable[[], backups.Backup | None], by_hand: bool, slot: list[tuple[object, bool]]
) -> None:
    """The worker thread: the backup, and its result left in ``slot``. No Qt here."""
    try:
        result: object = job()
    except backups.BackupError as error:
        result = error
    except Exception as error:  # never a traceback, never a dead thread
        log.exception("the backup stopped")
        result = backups.BackupError(str(error))
    slot.append((result, by_hand))


class YourData(QObject):
    noticed = Signal(str)
    imported = Signal()
    restore_chosen = Signal(str)
    """A backup's name: the app quits, puts it back and starts again (app/restart.py)."""
    backup_done = Signal()
    """A backup in the worker thread has finished (its result has been said)."""

    def __init__(
        self,
        store: Store,
        app_paths: AppPaths,
        clock: Callable[[], Moment],
        window: QWidget | None = None,
    ) -> None:
        """``window``: what its dialogs belong to; a start in the tray gives it later
        (``set_window``), when the window is first built."""
        super().__init__(window)
        self.setObjectName("your_data")
        self._store, self._paths, self._clock, self._window = store, app_paths, clock, window
        self._started = False
        self._closed = False
        self._problem_said = False
        self._worker: threading.Thread | None = None
        self._result: list[tuple[object, bool]] = []  # the worker's (result, by hand), once
        self._collect = QTimer(self)
        self._collect.setObjectName("backup_result_timer")
        self._collect.setInterval(COLLECT_EVERY_MS)
        self._collect.timeout.connect(self._collect_result)
        self._timer = QTimer(self)
        self._timer.setObjectName("daily_backup_timer")
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.back_up_daily)
        self._steps: StepsImport | None = None

    @property
    def steps(self) -> StepsImport:
        """Import steps…, built (and its readers imported) when it is first wanted."""
        if self._steps is None:
            from pause_app.ui.data.steps_import import StepsImport

            steps = StepsImport(self._store, self._clock, self._window, self._backup_before_import)
            steps.said.connect(self.noticed)
            steps.imported.connect(self.imported)
            self._steps = steps
        return self._steps

    def set_window(self, window: QWidget) -> None:
        self._window = window
        if self._steps is not None:
            self._steps.set_window(window)

    # --- backups ---------------------------------------------------------------------------

    def start(self) -> None:
        """After the window is first shown: the day's backup, then a look every hour."""
        if self._started or self._closed:
            return
        self._started = True
        self.back_up_daily()
        self._timer.start()

    def back_up_daily(self) -> None:
        database, folder, now = self._paths.database, self._paths.backups, self._now()
        self._run(lambda: backups.daily(database, folder, now), by_hand=False)

    def back_up_now(self) -> None:
        database, folder, now = self._paths.database, self._paths.backups, self._now()
        self._run(lambda: backups.back_up(database, folder, now), by_hand=True)

    def _now(self) -> datetime:
        return backups.wall_clock(self._clock())

    def _run(self, job: Callable[[], backups.Backup | None], by_hand: bool) -> None:
        if self._closed:
            return
        self.wait()  # one at a time: a second request waits for the first (milliseconds)
        self._worker = threading.Thread(
            target=_work, args=(job, by_hand, self._result), name="pause-backup", daemon=True
        )
        self._worker.start()
        self._collect.start()

    def _collect_result(self) -> None:
        """In the window's thread: the worker's result, once it is there."""
        if not self._result:
            return
        self._collect.stop()
        result, by_hand = self._result.pop()
        self._worker = None
        self._on_finished(result, by_hand)

    def _on_finished(self, result: object, by_hand: bool) -> None:
        if isinstance(result, backups.BackupError):
            log.warning("no backup: %s", result.detail)
            if by_hand:
                self._say(your_data.backup_not_made(result.detail))
            elif not self._problem_said:  # said once, not every hour
                self._problem_said = True
                self._say(your_data.backup_problem(result.detail))
        elif isinstance(result, backups.Backup):
            log.info("made the backup %s", result.name)
            if by_hand:
                self._say(your_data.backup_made_in_folder())  # the path: in About Pause
        elif by_hand:  # nothing to back up yet
            self._say(your_data.nothing_to_back_up())
        self.backup_done.emit()

    def wait(self) -> None:
        """A backup under way ends first (milliseconds), and its result is said."""
        if self._worker is not None:
            self._worker.join(JOIN_SECONDS)
            self._collect_result()

    def shutdown(self) -> None:
        """Quitting: no new backups (not even one asked for late), the one under way ends."""
        self._closed = True
        self._timer.stop()
        if self._steps is not None:
            self._steps.shutdown()
        self.wait()

    def _say(self, text: str) -> None:
        self.noticed.emit(text)
        if self._window is not None:
            from pause_app.ui.widgets.announce import announce

            announce(self._window, text, describe=False)

    # --- restore ---------------------------------------------------------------------------

    def choose_restore(self) -> None:
        """The list of backups; the one chosen (and readable) goes to the app to put back."""
        self.wait()
        try:
            found = backups.list_backups(self._paths.backups, count=True)
        except backups.BackupError as error:
            self._say(your_data.restore_problem(error.detail))
            return
        from pause_app.ui.data.dialogs import RestoreDialog

        chosen = RestoreDialog.ask(found, self._window)
        if chosen is None:
            return
        problem = backups.check(chosen.path)
        if problem is not None:
            self._say(your_data.restore_unusable(chosen.name, problem))
            return
        self.restore_chosen.emit(chosen.name)

    def say_restored(self, names: str) -> None:
        """After the restart: what was put back, and where the data before it is kept.
        ``names`` is "restored/kept" as the app passed it on; anything else is ignored."""
        restored_name, _, kept_name = names.partition("/")
        listed = {b.name: b for b in backups.list_backups(self._paths.backups)}
        restored = listed.get(restored_name)
        if restored is not None:
            self._say(your_data.restored(restored, listed.get(kept_name)))

    # --- import ----------------------------------------------------------------------------

    def import_file(self) -> None:
        """Choose a file, see what it adds, then Import or Cancel."""
        from pause_app.storage import importer
        from pause_app.ui.data.dialogs import ImportDialog

        name = FileChooser.choose(self._window)
        if not name:
            return
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = importer.read(Path(name))
            plan = importer.preview(document, self._store)
        except importer.ImportRefused as error:
            self._say(your_data.import_refused(error, name))
            return
        except DatabaseError as error:
            self._say(wording.database_message(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if not ImportDialog.ask(plan, name, self._window):
            return
        self._backup_before_import()
        try:
            added = importer.apply(self._store, document)
        except DatabaseError as error:
            self._say(wording.database_message(error))
            return
        log.info("imported %s", name)
        self._say(your_data.import_done(added))
        self.imported.emit()

    def _backup_before_import(self) -> None:
        """The day's backup before an import writes (made now if there is none yet)."""
        self.wait()
        try:
            backups.daily(self._paths.database, self._paths.backups, self._now())
        except backups.BackupError as error:  # the import itself can go on
            self._say(your_data.backup_problem(error.detail))

    def import_steps(self) -> None:
        """File ▸ Import steps…: the flow is StepsImport's (steps_import.py)."""
        self.steps.start()
