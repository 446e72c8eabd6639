"""Gentle reminders on a schedule: one single-shot timer aimed at the next due moment.

The schedule itself is pure (``core/reminders.py``); this only asks it when the next
reminder is due, aims one timer there, and shows the reminder as a desktop notification or
a small corner window. Between reminders nothing runs: no polling, no ticking.

What the desktop says about the person (away, back, what holds reminders: an
``AttentionWatch``) goes into ``core/attention.py``, which says when the reminder may show:
never to an empty desk, not during a call or with notifications paused, one a minute after
such a hold ends. A natural break is kept as a reminder outcome ``away`` with its length.
Away is known only once the threshold has passed; a reminder shown after the user's idle
began is then taken back (and one that went unanswered is not kept as missed): it waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from pause_app.core import reminders
from pause_app.core.attention import Attention, Disturbance, Note, Rules, decide, time_in_hours
from pause_app.core.model import Moment, ReminderOutcome
from pause_app.core.reminders import PauseLength, ReminderState, Schedule, StatusKind
from pause_app.core.settings import Settings
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.database import DatabaseError
from pause_app.storage.settings_file import Loaded
from pause_app.storage.store import Store
from pause_app.text import wording

if TYPE_CHECKING:
    from pause_app.desktop.notifications import Notifier
    from pause_app.ui.reminders.corner_window import ReminderWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

MAX_TIMER_MS = 2**31 - 1  # QTimer's limit (24.8 days): a longer wait is aimed at in steps


class AttentionSource(Protocol):
    """What the reminders need of ``desktop.attention.AttentionWatch``."""

    idle_source: str | None  # None: this desktop cannot tell that the user is away

    @property
    def away(self) -> SignalInstance: ...  # float: seconds idle already behind the user

    @property
    def back(self) -> SignalInstance: ...

    @property
    def disturbed(self) -> SignalInstance: ...  # frozenset[Disturbance]

    def start(self, away_after_s: float) -> None: ...

    def set_away_after(self, seconds: float) -> None: ...

    def aim(self, due_in_s: float | None) -> None: ...

    def stop(self) -> None: ...


def _rules(settings: Settings) -> Rules:
    return Rules.from_minutes(
        int(settings["reminders.away_minutes"]), bool(settings["reminders.respect_dnd"])
    )


class ReminderController(QObject):
    status_changed = Signal(object)  # reminders.Status; ``note`` says what else is going on
    start_requested = Signal()  # the user chose "Start a pause" in a reminder
    open_changed = Signal(bool)  # a reminder waits for an answer (the tray, the main window)

    def __init__(
        self,
        settings: SettingsWatcher,
        store: Store,
        clock: Callable[[], Moment],
        zone: tzinfo,
        notifier: Notifier | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_controller")
        self._settings = settings
        self._store = store
        self._clock = clock
        self._zone = zone
        self._notifier = notifier
        self._window: ReminderWindow | None = None  # built at the first reminder it shows
        self.reduced_motion = False
        self.showing = False
        self.only_while_window_open = False  # without a tray: reminders need the window
        self.window_open: Callable[[], bool] = lambda: True
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder_timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer)
        now = self._now()
        self._odd_pause_logged = False
        self.state = self._paused_as_set(
            ReminderState.started(now), str(settings.get("reminders.paused_until"))
        )
        self.schedule = Schedule.from_settings(settings.current)
        self.attention = Attention()
        self.rules = _rules(settings.current)
        self.note: Note | None = None  # why a reminder waits, or that the user was away
        self._was_away = False  # back from a natural break: the interval started again
        self._watch: AttentionSource | None = None
        # The last reminder: when it showed and the state before (to take it back when the
        # user turns out to have been away already), and an unanswered one not yet kept as
        # missed (kept once the away threshold has passed without the user being away).
        self._shown_at: datetime | None = None
        self._before_shown: ReminderState | None = None
        self._missed: Moment | None = None
        self._missed_timer = QTimer(self)
        self._missed_timer.setObjectName("reminder_missed_timer")
        self._missed_timer.setSingleShot(True)
        self._missed_timer.timeout.connect(self._keep_missed)
        self.chime: Callable[[], None] | None = None  # a soft chime (sound on, chime on)
        if notifier is not None:
            notifier.action_invoked.connect(self._on_notification_action)
            notifier.clicked.connect(lambda: self._answered(ReminderOutcome.STARTED))
            notifier.closed.connect(self._on_notification_closed)

    def _now(self) -> datetime:
        return self._clock().utc.astimezone(UTC)

    # --- the one timer --------------------------------------------------------------------

    def reschedule(self) -> reminders.Status:
        """Aim the timer at the moment the next reminder may show (or stop it: nothing is
        due, or it waits for the user to come back or for a hold to end) and say what the
        state is. The attention watch is told the same moment (a polling source looks then)."""
        now = self._now()
        schedule = self._schedule_today(now)
        due = reminders.next_due(schedule, self.state, now, self._zone)
        decision = decide(self.attention, due, self.rules)
        if decision.show_at is None:
            self.timer.stop()
            wait_s: float | None = None
        else:
            wait_s = max(0.0, (decision.show_at - now).total_seconds())
            self.timer.start(min(int(wait_s * 1000), MAX_TIMER_MS))
        if self._watch is not None:
            self._watch.aim(wait_s)
        status = reminders.status(schedule, self.state, now, self._zone)
        self.note = None
        if status.kind is StatusKind.ACTIVE:
            self.note = decision.note or (Note.WAS_AWAY if self._was_away else None)
        self.status_changed.emit(status)
        return status

    def _schedule_today(self, now: datetime) -> Schedule:
        """The schedule as it is today: with ``reminders.adapt_to_energy`` on, today's
        check-in energy may bring pauses a little more often (``Schedule.for_energy``)."""
        if not self.schedule.adapt_to_energy:
            return self.schedule
        try:
            checkin = self._store.checkins.on(now.astimezone(self._zone).date())
        except DatabaseError as error:  # unreadable now: the usual interval, said in the log
            log.warning("today's check-in could not be read: %s", error)
            checkin = None
        return self.schedule.for_energy(None if checkin is None else checkin.energy)

    def _on_timer(self) -> None:
        """The timer fired: a reminder is due, unless the clock moved (or the computer
        slept) since it was aimed; then only aim again. Never a burst of missed ones."""
        now = self._now()
        due = reminders.next_due(self._schedule_today(now), self.state, now, self._zone)
        show_at = decide(self.attention, due, self.rules).show_at
        if show_at is None or show_at > now + timedelta(seconds=1):
            self.reschedule()
            return
        if self.showing or (self.only_while_window_open and not self.window_open()):
            self.state = self.state.shown(now)  # counted from now, without a reminder
            self.reschedule()
            return
        self.show_reminder(now)

    def show_reminder(self, now: datetime | None = None) -> None:
        now = now or self._now()
        self._keep_missed()
        self._shown_at, self._before_shown = now, self.state
        self.state = self.state.shown(now)
        self.showing = True
        self.open_changed.emit(True)
        self._was_away = False
        style = str(self._settings.get("reminders.style"))
        log.info("showing a reminder (%s)", style)
        if self.chime is not None and self._settings.get("reminders.chime"):
            self.chime()  # silent unless sound is on (desktop/sound.py)
        notifier = self._notifier
        # A notification that cannot be answered (a service without actions) would only
        # tell; the corner window can start the pause.
        if (
            style == "notification"
            and notifier is not None
            and notifier.available
            and (notifier.answerable)
        ):
            from pause_app.ui.reminders.corner_window import snooze_text, start_text

            actions = [("start", start_text()), ("snooze", snooze_text())]
            notifier.show(wording.reminder_title(), wording.reminder_body(), actions)
        else:
            self.window.reduced_motion = self.reduced_motion
            self.window.pop_up()
        self.reschedule()

    # --- answers --------------------------------------------------------------------------

    def _on_notification_action(self, key: str) -> None:
        if key == "start":
            self._answered(ReminderOutcome.STARTED)
        elif key == "snooze":
            self._answered(ReminderOutcome.SNOOZED)

    def _on_notification_closed(self, reason: str) -> None:
        if not self.showing:
            return  # closed after an answer, or by us
        self._answered(ReminderOutcome.MISSED if reason == "expired" else ReminderOutcome.DISMISSED)

    def _answered(self, outcome: ReminderOutcome) -> None:
        if not self.showing:
            return
        self.showing = False
        self.open_changed.emit(False)
        self._withdraw()
        if self._notifier is not None and outcome is not ReminderOutcome.MISSED:
            self._notifier.close()
        # Missed is only written down, never said: no reproach for an unanswered reminder.
        if outcome is ReminderOutcome.MISSED and self._idle_known():
            # Kept once the away threshold has passed: it may have come to an empty desk.
            self._missed = self._clock()
            self._missed_timer.start(int(self.rules.away_after.total_seconds() * 1000) + 5000)
        else:
            self._shown_at = self._before_shown = None  # answered: the user was there
            self._store.reminders.add(self._clock(), outcome)
        log.info("reminder answered: %s", outcome.value)
        if outcome is ReminderOutcome.SNOOZED:
            self.snooze(reminders.SNOOZE_FROM_REMINDER)
        elif outcome is ReminderOutcome.STARTED:
            self.start_requested.emit()

    def answer(self, outcome: ReminderOutcome) -> None:
        """The open reminder answered elsewhere (the tray, the main window's shortcuts)."""
        self._answered(outcome)

    # --- what the tray asks ---------------------------------------------------------------

    def snooze(self, minutes: int) -> None:
        self.state = self.state.snooze(self._now(), minutes)
        self._was_away = False
        self.reschedule()

    def pause(self, length: PauseLength) -> None:
        self.state = self.state.pause(self._now(), length, self._zone)
        self._was_away = False
        self._save_paused()
        self.reschedule()

    def resume(self) -> None:
        self.state = self.state.resume(self._now())
        self._was_away = False
        self._save_paused()
        self.reschedule()

    def _save_paused(self) -> None:
        text = self.state.paused_setting()
        if self._settings.get("reminders.paused_until") != text:
            self._settings.set("reminders.paused_until", text)

    def apply_settings(self, loaded: Loaded) -> None:
        """Interval, hours or on/off changed (here or with ``pause-app config``)."""
        settings: Settings = loaded.settings
        schedule = Schedule.from_settings(settings)
        state = self._paused_as_set(self.state, str(settings["reminders.paused_until"]))
        rules = _rules(settings)
        if rules.away_after != self.rules.away_after and self._watch is not None:
            self._watch.set_away_after(rules.away_after.total_seconds())
        if schedule != self.schedule or state != self.state or rules != self.rules:
            self.schedule, self.state, self.rules = schedule, state, rules
            self.reschedule()

    def _paused_as_set(self, state: ReminderState, text: str) -> ReminderState:
        """The pause the setting keeps. Any text at all: one that is no pause Pause can count
        with means not paused (and is logged, once)."""
        paused = state.with_paused_setting(text)
        if text.strip() and not paused.paused_setting() and not self._odd_pause_logged:
            self._odd_pause_logged = True
            log.warning("reminders.paused_until %r is not a pause: reminders go on", text[:80])
        return paused

    # --- what the desktop says about the user -----------------------------------------------

    def watch_attention(self, watch: AttentionSource) -> None:
        """Follow away, back and the holds, and start the watch at the away threshold."""
        self._watch = watch
        watch.away.connect(self._on_away)
        watch.back.connect(self._on_back)
        watch.disturbed.connect(self._on_disturbed)
        watch.start(self.rules.away_after.total_seconds())

    def _idle_known(self) -> bool:
        return self._watch is not None and self._watch.idle_source is not None

    def _keep_missed(self) -> None:
        """Keep the unanswered reminder as missed: the user was not away when it came."""
        self._missed_timer.stop()
        if self._missed is not None:
            at, self._missed = self._missed, None
            try:
                self._store.reminders.add(at, ReminderOutcome.MISSED)
            except DatabaseError as error:  # the window says what is wrong with the data
                log.warning("an unanswered reminder was not kept: %s", error)

    def _on_away(self, idle_s: float) -> None:
        now = self._now()
        log.info("the user is away (idle for %.0f s)", idle_s)
        self.attention = self.attention.went_away(now, timedelta(seconds=max(0.0, idle_s)))
        since = self.attention.away_since
        if self._shown_at is not None and since is not None and self._shown_at >= since:
            self._take_back()
        else:
            self._keep_missed()
        self.reschedule()

    def _take_back(self) -> None:
        """The last reminder came after the user's idle began: to an empty desk. It goes (not
        kept as missed) and waits, as if it had not been shown: on the return the interval
        starts again."""
        log.info("the reminder came to an empty desk: taken back, it waits for the return")
        self._missed_timer.stop()
        self._missed = None
        if self.showing:
            self.showing = False
            self.open_changed.emit(False)
            self._withdraw()
            if self._notifier is not None:
                self._notifier.close()
        before, shown_at = self._before_shown, self._shown_at
        if before is not None and self.state.anchor == shown_at:  # nothing else moved it
            self.state = replace(
                self.state, anchor=before.anchor, snoozed_until=before.snoozed_until
            )
        self._shown_at = self._before_shown = None

    def _on_back(self) -> None:
        """Back: after a natural break (or a reminder that came due meanwhile) the interval
        starts again; the break is kept, with its length, while reminders are running."""
        now = self._now()
        schedule = self._schedule_today(now)
        due = reminders.next_due(schedule, self.state, now, self._zone)
        running = reminders.status(schedule, self.state, now, self._zone).kind in (
            StatusKind.ACTIVE,
            StatusKind.SNOOZED,
        )
        self.attention, back = self.attention.came_back(now, self.state, due, self.rules)
        self.state = back.state
        if back.natural_break is not None:
            log.info("back after %.0f s away: a natural break", back.natural_break.total_seconds())
            self._was_away = True
            # What is kept is the part of it inside the active hours: a night is no rest.
            kept = time_in_hours(schedule.hours, now - back.natural_break, now, self._zone)
            if running and kept > timedelta(0):
                self._keep_away(kept.total_seconds())
        elif back.restarted:
            log.info("back: the reminder due meanwhile is not shown; counting again from now")
        self.reschedule()

    def _keep_away(self, seconds: float) -> None:
        try:
            self._store.reminders.add(self._clock(), ReminderOutcome.AWAY, away_seconds=seconds)
        except DatabaseError as error:  # the window says what is wrong with the data
            log.warning("a natural break was not kept: %s", error)

    def _on_disturbed(self, found: object) -> None:
        items = found if isinstance(found, set | frozenset) else ()
        disturbances = frozenset(d for d in items if isinstance(d, Disturbance))
        log.info("reminders held by: %s", ", ".join(sorted(disturbances)) or "nothing")
        self.attention = self.attention.disturbed(self._now(), disturbances)
        self.reschedule()

    def woke_up(self) -> None:
        """After sleep or a clock change: aim again from what the clock says now."""
        self.reschedule()

    def watch_sleep(self, bus: QDBusConnection) -> bool:
        """Aim again when the computer wakes (logind's PrepareForSleep(false) on the system
        bus): Qt's timers count only the time the computer was awake."""
        return bool(
            bus.isConnected()
            and bus.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                "1_on_prepare_for_sleep(QDBusMessage)",  # "1": Qt's SLOT() prefix
            )
        )

    @Slot(QDBusMessage)
    def _on_prepare_for_sleep(self, message: QDBusMessage) -> None:
        going_to_sleep = bool(message.arguments()[0]) if message.arguments() else True
        if not going_to_sleep:
            log.info("the computer woke up: aiming the reminder again")
            self.woke_up()

    def stop(self) -> None:
        self.timer.stop()
        self._keep_missed()
        self._withdraw()
        if self.showing and self._notifier is not None:
            self._notifier.close()
        self.showing = False
        if self._window is not None:
            self._window.close()
            self._window.deleteLater()

    @property
    def window(self) -> ReminderWindow:
        """The corner window, built when a reminder first needs it: a start in the tray
        does not build (or import) it."""
        if self._window is None:
            from pause_app.ui.reminders.corner_window import ReminderWindow

            window = self._window = ReminderWindow()
            for signal, outcome in (
                (window.start_clicked, ReminderOutcome.STARTED),
                (window.snooze_clicked, ReminderOutcome.SNOOZED),
                (window.dismissed, ReminderOutcome.DISMISSED),
                (window.expired, ReminderOutcome.MISSED),
            ):
                signal.connect(lambda o=outcome: self._answered(o))
        return self._window

    def _withdraw(self) -> None:
        if self._window is not None:
            self._window.withdraw()
