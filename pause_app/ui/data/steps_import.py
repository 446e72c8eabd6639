"""File ▸ Import steps…: the file, the activity, the read, the preview, then the write.

The file is read in a worker thread (an Apple Health export can be gigabytes): the window
stays responsive, and a read that takes more than a moment shows a progress bar with
Cancel. The worker touches no Qt object and no store: it leaves its progress and its result
in plain slots, and a short timer in the window's thread picks them up (it runs only while a
read is under way), as the backups do. Nothing is written before the user says yes to the
preview; then the day's backup, and the steps in one transaction. A bad file, a cancelled
read or a No: one calm line, nothing written.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta, timezone, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from pause_app.clock import local_zone
from pause_app.core.model import Moment, NewActivity
from pause_app.core.validation import ValidationError
from pause_app.storage import steps
from pause_app.storage.database import DatabaseError
from pause_app.storage.steps import StepsCancelled, StepsPlan, StepsRead, StepsRefused
from pause_app.storage.store import Store
from pause_app.text import steps_words, wording
from pause_app.ui.data.steps_dialog import (
    StepsActivityDialog,
    StepsInto,
    StepsPreviewDialog,
    StepsProgressDialog,
)
from pause_app.ui.widgets.announce import announce

log = logging.getLogger(__name__)

COLLECT_EVERY_MS = 50  # while a read runs: how far is it, is its result there?
SHOW_PROGRESS_AFTER_MS = 400  # a read that ends sooner never shows the progress bar
JOIN_SECONDS = 10.0  # quitting: a cancelled read stops at its next look (milliseconds)


class StepsFileChooser:
    """The seam for the open-file dialog (tests replace ``choose``)."""

    @classmethod
    def choose(cls, parent: QWidget | None) -> str:
        title = QApplication.translate("StepsImport", "Import steps from a phone or a watch")
        filters = QApplication.translate(
            "StepsImport",
            "Step exports (*.zip *.xml *.db *.sqlite *.csv *.json);;All files (*)",
        )
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
        return name

    @classmethod
    def choose_folder(cls, parent: QWidget | None) -> str:
        """An export unpacked into a folder (Fitbit's or Garmin's Takeout, Google Fit's)."""
        title = QApplication.translate("StepsImport", "Import steps from a folder")
        return QFileDialog.getExistingDirectory(parent, title, str(Path.home()))


def _read(
    path: Path,
    zone: tzinfo,
    fraction: list[float],
    stop: threading.Event,
    result: list[object],
) -> None:
    """The worker thread: the read, its progress in ``fraction`` and its end in ``result``."""
    try:
        answer: object = steps.read_steps(
            path,
            zone=zone,
            progress=lambda f: fraction.__setitem__(0, f),
            cancelled=stop.is_set,
        )
    except (StepsRefused, StepsCancelled) as error:
        answer = error
    except Exception as error:  # never a traceback, never a dead thread
        log.exception("reading steps from %s stopped", path)
        answer = error
    result.append(answer)


def plan_for_new(read: StepsRead, store: Store, today: date) -> StepsPlan:
    """What the import would do into an activity not made yet (storage's plan_for_new: it
    starts on the file's first real day; days after today are left out)."""
    return steps.plan_for_new(store, read, today)


class StepsImport(QObject):
    """The flow, from the menu item to the line that says it is done."""

    said = Signal(str)  # a calm line for the notices (also told to a screen reader)
    imported = Signal()  # steps were written: the pages read again
    read_done = Signal()  # a read has ended (read, refused, cancelled): for tests

    def __init__(
        self,
        store: Store,
        clock: Callable[[], Moment],
        window: QWidget | None,
        before_write: Callable[[], None] = lambda: None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("steps_import")
        self._store, self._clock, self._window = store, clock, window
        self._before_write = before_write
        self._zone = zone if zone is not None else local_zone()
        self._worker: threading.Thread | None = None
        self._stop = threading.Event()
        self._fraction = [0.0]
        self._result: list[object] = []
        self._file = ""
        self._into: StepsInto | None = None
        self.progress: StepsProgressDialog | None = None
        self._collect = QTimer(self)
        self._collect.setObjectName("steps_read_timer")
        self._collect.setInterval(COLLECT_EVERY_MS)
        self._collect.timeout.connect(self._collect_result)
        self._show_progress = QTimer(self)
        self._show_progress.setObjectName("steps_progress_timer")
        self._show_progress.setSingleShot(True)
        self._show_progress.setInterval(SHOW_PROGRESS_AFTER_MS)
        self._show_progress.timeout.connect(self._on_slow_read)

    @property
    def reading(self) -> bool:
        return self._worker is not None

    def start(self, folder: bool = False) -> None:
        """File ▸ Import steps… (``folder``: …from a folder…): choose the file or the folder,
        then the activity; then the read begins."""
        if self.reading:  # one at a time: the read under way comes forward
            if self.progress is not None:
                self.progress.raise_()
            return
        chooser = StepsFileChooser.choose_folder if folder else StepsFileChooser.choose
        name = chooser(self._window)
        if not name:
            return
        into = StepsActivityDialog.ask(self._store.activities.list(), name, self._window)
        if into is None:
            return
        self.read(name, into)

    def read(self, name: str, into: StepsInto) -> None:
        """Read ``name`` off the GUI thread; the preview follows (``_on_read``)."""
        self._file, self._into = name, into
        self._stop = threading.Event()
        self._fraction[0] = 0.0
        self._worker = threading.Thread(
            target=_read,
            args=(Path(name), self._zone, self._fraction, self._stop, self._result),
            name="pause-steps",
            daemon=True,
        )
        self._worker.start()
        self._collect.start()
        self._show_progress.start()

    def _on_slow_read(self) -> None:
        """More than a moment: the progress bar and Cancel."""
        if not self.reading or self._stop.is_set():
            return
        self.progress = StepsProgressDialog(self._file, self._window)
        self.progress.set_fraction(self._fraction[0])
        self.progress.cancelled.connect(self.cancel)
        self.progress.open()

    def cancel(self) -> None:
        """Stop the read (at its next look, within milliseconds); nothing is written."""
        self._stop.set()

    def _collect_result(self) -> None:
        """In the window's thread: how far the read is; its result, once it is there."""
        if self.progress is not None:
            self.progress.set_fraction(self._fraction[0])
        if not self._result:
            return
        result = self._result.pop()
        self._collect.stop()
        self._show_progress.stop()
        self._worker = None
        self._close_progress()
        self.read_done.emit()
        self._on_read(result)

    def wait(self) -> None:
        """The read under way ends first, and its result is taken (tests, and quitting)."""
        if self._worker is not None:
            self._worker.join(JOIN_SECONDS)
            self._collect_result()

    def set_window(self, window: QWidget) -> None:
        """The window its dialogs belong to, once it is built."""
        self._window = window

    def shutdown(self) -> None:
        """Quitting: the read under way stops, nothing is written and nothing is said."""
        self._stop.set()
        if self._worker is not None:
            self._worker.join(JOIN_SECONDS)
        self._collect.stop()
        self._show_progress.stop()
        self._worker = None
        self._result.clear()
        self._close_progress()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.cancelled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_read(self, result: object) -> None:
        into = self._into
        if isinstance(result, StepsCancelled) or into is None or self._stop.is_set():
            self._say(self.tr("The import was cancelled. Nothing was changed."))
        elif isinstance(result, StepsRefused):
            log.info("the steps file was not read: %s", result)  # the reader's words stay here
            self._say(steps_words.refusal(result.reason, result.detail))
        elif isinstance(result, StepsRead):
            self._preview(result, into)
        else:
            self._say(self.tr("The file could not be read. Nothing was changed."))

    def _preview(self, read: StepsRead, into: StepsInto) -> None:
        today = self._clock().local_date
        try:
            if into.activity is None:
                plan = plan_for_new(read, self._store, today)
            else:
                plan = steps.plan_steps(self._store, into.activity.id, read, today=today)
        except DatabaseError as error:
            self._say(wording.database_message(error))
            return
        if not StepsPreviewDialog.ask(plan, into.name, self._file, self._window):
            self._say(steps_words.nothing_imported())
            return
        self._write(read, plan, into)

    def _write(self, read: StepsRead, plan: StepsPlan, into: StepsInto) -> None:
        self._before_write()  # the day's backup, before the first write of the import
        moment = self._clock()
        now = moment.utc.astimezone(timezone(timedelta(minutes=moment.utc_offset_minutes)))
        new = None
        if into.activity is None:  # made in the write's own transaction: all or nothing
            first = steps.start_day(read, moment.local_date)  # not a stray 1970 record's day
            unit = QCoreApplication.translate("Steps", "steps")  # the word steps_words knows
            new = NewActivity(into.new_name, unit, into.new_target, started_on=first)
        try:
            done = steps.apply_steps(self._store, plan, now, new_activity=new)
        except ValidationError as error:
            self._say(wording.validation_message(error))
            return
        except DatabaseError as error:
            self._say(wording.database_message(error))
            return
        log.info("imported steps from %s", self._file)
        self._say(steps_words.imported(done, into.name))
        self.imported.emit()

    def _say(self, text: str) -> None:
        self.said.emit(text)
        if self._window is not None:
            announce(self._window, text, describe=False)
