"""The reminders feature as one piece: the tray icon (where the desktop has a tray), the
timer aimed at the next pause, and the way a reminder reaches the user.

It starts and shuts itself down. What it asks of the rest of the app (open the window,
start a pause, show a page, quit) it says with signals; the composition root wires them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QSystemTrayIcon

from pause_app.core import reminders
from pause_app.core.model import Moment, ReminderOutcome
from pause_app.desktop.notifications import make_notifier
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.database import DatabaseError
from pause_app.storage.settings_file import Loaded
from pause_app.storage.store import Store
from pause_app.ui.reminders.controller import AttentionSource, ReminderController
from pause_app.ui.reminders.tray import Tray

translate = QCoreApplication.translate


def no_tray_notice() -> str:
    return translate(
        "app",
        "This desktop has no system tray: closing the window quits Pause, and "
        "reminders come only while the window is open.",
    )


class Reminders(QObject):
    open_requested = Signal()
    pause_requested = Signal()  # from the tray's menu, or "Start a pause" in a reminder
    breathe_requested = Signal()
    log_requested = Signal()
    checkin_requested = Signal()  # the daily check-in, from the tray's menu
    progress_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    noticed = Signal(str)  # something to tell the user once, in the window
    reminder_open = Signal(bool)  # a reminder waits for an answer (the window offers its answers)

    def __init__(
        self,
        settings: SettingsWatcher,
        store: Store,
        clock: Callable[[], Moment],
        zone: tzinfo,
        parent: QObject | None = None,
        *,
        attention: AttentionSource | None = None,
        chime: Callable[[], None] | None = None,
        tray: Tray | None = None,
    ) -> None:
        """``attention``: what the desktop says about the user (``attention_watch()``);
        None: reminders keep to their times. ``chime``: plays the soft chime (when sound
        is on) with a reminder, if ``reminders.chime`` asks for it. ``tray``: the icon a
        start in the tray already shows (None: one of its own, where there is a tray)."""
        super().__init__(parent)
        self.setObjectName("reminders")
        self._attention = attention
        self._settings = settings
        self._store = store
        self._clock = clock
        self._offering_checkin = False  # the tray's message is the check-in's offer
        self._stopped = False
        self._zone = zone
        if tray is not None:
            tray.setParent(self)
        self.tray = tray if tray is not None else Tray(self) if Tray.available() else None
        notifier = make_notifier(self.tray.icon if self.tray is not None else None, self)
        self.controller = ReminderController(settings, store, clock, zone, notifier, self)
        self.controller.chime = chime
        self.controller.status_changed.connect(self._show_status)
        self.controller.start_requested.connect(self.pause_requested)
        self.controller.open_changed.connect(self.reminder_open)
        if self.tray is not None:
            self._wire_tray(self.tray)

    def _wire_tray(self, tray: Tray) -> None:
        for source, target in (
            (tray.open_requested, self.open_requested),
            (tray.breathe_requested, self.breathe_requested),
            (tray.log_requested, self.log_requested),
            (tray.checkin_requested, self.checkin_requested),
            (tray.progress_requested, self.progress_requested),
            (tray.settings_requested, self.settings_requested),
            (tray.about_requested, self.about_requested),
            (tray.quit_requested, self.quit_requested),
        ):
            source.connect(target)
        tray.pause_requested.connect(self.answer_start)  # answers an open reminder too
        tray.answer_snooze_requested.connect(self.answer_snooze)
        tray.answer_later_requested.connect(self.answer_later)
        self.controller.open_changed.connect(tray.reminder_open)
        tray.snooze_requested.connect(self.controller.snooze)
        tray.pause_reminders_requested.connect(self.controller.pause)
        tray.resume_requested.connect(self.controller.resume)
        tray.icon.messageClicked.connect(self._on_message_clicked)

    # The open reminder's answers from elsewhere (the tray, the main window's shortcuts).

    def answer_start(self) -> None:
        if self.controller.showing:
            self.controller.answer(ReminderOutcome.STARTED)  # which starts the pause
        else:
            self.pause_requested.emit()

    def answer_snooze(self) -> None:
        self.controller.answer(ReminderOutcome.SNOOZED)

    def answer_later(self) -> None:
        self.controller.answer(ReminderOutcome.DISMISSED)

    def focus_reminder(self) -> None:
        self.controller.window.take_focus()

    def answer(self, key: str) -> None:
        """An answer by name, from the main window: start, snooze, later, focus."""
        answers = {
            "start": self.answer_start,
            "snooze": self.answer_snooze,
            "later": self.answer_later,
            "focus": self.focus_reminder,
        }
        answers[key]()

    @property
    def in_tray(self) -> bool:
        """Whether Pause lives on in the tray when its window is closed."""
        return self.tray is not None

    def start(self, window_open: Callable[[], bool], reduced_motion: bool) -> None:
        """Show the tray icon and aim the timer. Without a tray, closing the window quits
        Pause, so reminders come only while the window is open (said once)."""
        self.controller.reduced_motion = reduced_motion
        if self.tray is not None:
            self.tray.show()
            self.offer_checkin()
        else:
            self.controller.only_while_window_open = True
            self.controller.window_open = window_open
            if not self._settings.get("ui.tray_explained"):
                self._settings.set("ui.tray_explained", "true")
                self.noticed.emit(no_tray_notice())
        if self._attention is not None:
            self.controller.watch_attention(self._attention)
        self.controller.reschedule()

    def watch_attention(self, attention: AttentionSource | None = None) -> None:
        """What the desktop says about the user (None: this desktop's own sources), and the
        computer's sleep, watched once the tray icon is visible: their D-Bus and X11
        connections are not on the way to the icon. The timer is aimed again."""
        if self._stopped:
            return  # shut down before the event loop turned
        self.controller.watch_sleep(QDBusConnection.systemBus())
        if attention is None:
            from pause_app.desktop.attention import attention_watch

            attention = attention_watch(self)
        self._attention = attention
        self.controller.watch_attention(attention)
        self.controller.reschedule()

    @property
    def knows_when_away(self) -> bool:
        """Whether this desktop tells Pause when the user is away (Settings says so once
        when it does not)."""
        return self._attention is not None and self._attention.idle_source is not None

    def apply_settings(self, loaded: Loaded, reduced_motion: bool) -> None:
        self.controller.reduced_motion = reduced_motion
        self.controller.apply_settings(loaded)

    def explain_tray_once(self) -> None:
        """Said once, the first time the window closes: Pause keeps running in the tray."""
        if self.tray is None or self._settings.get("ui.tray_explained"):
            return
        self._settings.set("ui.tray_explained", "true")
        self._offering_checkin = False  # a click on this message is not the check-in's
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

    def offer_checkin(self) -> None:
        """With ``checkin.morning_prompt`` on, starting Pause on a day without a check-in
        offers it once, in the tray; clicking the message opens the form. Nothing else."""
        if self.tray is None or not self._settings.get("checkin.morning_prompt"):
            return
        try:
            if self._store.checkins.on(self._clock().local_date) is not None:
                return
        except DatabaseError:
            return  # the window says what is wrong with the data
        self._offering_checkin = True
        self.tray.icon.showMessage(
            "Pause",
            translate("app", "How is your energy today? Click here to say, if you like."),
            QSystemTrayIcon.MessageIcon.NoIcon,
            8000,
        )

    def _on_message_clicked(self) -> None:
        if self._offering_checkin:
            self._offering_checkin = False
            self.checkin_requested.emit()

    def _show_status(self, status: reminders.Status) -> None:
        if self.tray is not None:
            self.tray.show_status(status, self._clock().utc, self._zone, self.controller.note)

    def shutdown(self) -> None:
        self._stopped = True
        if self._attention is not None:
            self._attention.stop()
        self.controller.stop()
        if self.tray is not None:
            self.tray.hide()
