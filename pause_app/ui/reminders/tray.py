"""Pause in the system tray: an icon that shows whether reminders are on, snoozed or paused,
and a menu to start a pause, breathe, log a step, look at progress, snooze and quit."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSize,
    QTime,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from pause_app.core import reminders
from pause_app.core.attention import Note
from pause_app.core.reminders import PauseLength, StatusKind
from pause_app.resources import resource_path

translate = QCoreApplication.translate


def clock_time(moment: datetime, zone: tzinfo) -> str:
    """14:30, in the user's locale."""
    local = moment.astimezone(zone)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def _days_ahead(moment: datetime, now: datetime, zone: tzinfo) -> int:
    return (moment.astimezone(zone).date() - now.astimezone(zone).date()).days


def _weekday(moment: datetime, zone: tzinfo) -> str:
    return QLocale().dayName(moment.astimezone(zone).isoweekday(), QLocale.FormatType.LongFormat)


def when_at(moment: datetime, now: datetime, zone: tzinfo) -> str:
    """ "at 14:30" today, "tomorrow at 09:00", "on Thursday at 09:00" later on."""
    time_text = clock_time(moment, zone)
    days = _days_ahead(moment, now, zone)
    if days <= 0:
        return translate("Tray", "at {time}").format(time=time_text)
    if days == 1:
        return translate("Tray", "tomorrow at {time}").format(time=time_text)
    return translate("Tray", "on {weekday} at {time}").format(
        weekday=_weekday(moment, zone), time=time_text
    )


def until(moment: datetime, now: datetime, zone: tzinfo) -> str:
    """ "16:00" today, "tomorrow" (at midnight), "tomorrow 09:00", "Thursday 09:00"."""
    local = moment.astimezone(zone)
    time_text = clock_time(moment, zone)
    days = _days_ahead(moment, now, zone)
    if days <= 0:
        return time_text
    if days == 1:
        if (local.hour, local.minute) == (0, 0):
            return translate("Tray", "tomorrow")
        return translate("Tray", "tomorrow {time}").format(time=time_text)
    return f"{_weekday(moment, zone)} {time_text}"


def waiting_line(note: Note) -> str:
    """Why a reminder waits (core/attention.py), in plain words."""
    if note is Note.FULLSCREEN:
        return translate("Tray", "Waiting: a full-screen window is open")
    if note is Note.NOTIFICATIONS_OFF:
        return translate("Tray", "Waiting: notifications are paused on this desktop")
    if note is Note.INHIBITED:
        return translate("Tray", "Waiting: a call or video is on")
    return translate("Tray", "Waiting until you are back")


def status_line(
    status: reminders.Status, now: datetime, zone: tzinfo, note: Note | None = None
) -> str:
    """The first line of the tray menu and the icon's tooltip, in plain words. ``note``
    (while reminders are counted down): why the next one waits, or that the user was away."""
    moment = status.moment
    if note is not None and status.kind is StatusKind.ACTIVE:
        if note is not Note.WAS_AWAY:
            return waiting_line(note)
        if moment is not None:
            return translate("Tray", "You were away: the next pause is {when}").format(
                when=when_at(moment, now, zone)
            )
    if status.kind in (StatusKind.ACTIVE, StatusKind.OUTSIDE_HOURS) and moment is not None:
        return translate("Tray", "Next pause {when}").format(when=when_at(moment, now, zone))
    if status.kind is StatusKind.SNOOZED and moment is not None:
        return translate("Tray", "Snoozed until {until}").format(until=until(moment, now, zone))
    if status.kind is StatusKind.PAUSED and moment is not None:
        return translate("Tray", "Reminders on hold until {until}").format(
            until=until(moment, now, zone)
        )
    if status.kind is StatusKind.PAUSED_UNTIL_RESUMED:
        return translate("Tray", "Reminders on hold until you turn them back on")
    return translate("Tray", "Reminders are off")


ICONS = {
    StatusKind.ACTIVE: "tray-active",
    StatusKind.OUTSIDE_HOURS: "tray-active",
    StatusKind.SNOOZED: "tray-snoozed",
    StatusKind.PAUSED: "tray-paused",
    StatusKind.PAUSED_UNTIL_RESUMED: "tray-paused",
    StatusKind.OFF: "tray-paused",
}
ICON_SIZES = (16, 22, 24, 32, 48, 64)  # what trays ask for, up to twice the common 22 and 32


def tray_icon(name: str) -> QIcon:
    """The icon ``name`` (resources/icons/NAME.svg) from its PNGs, one a size: the icon
    shows without an SVG renderer (tools/make_tray_icons.py renders them)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"{name}-{size}.png")), QSize(size, size))
    return icon


class TrayMenu(QMenu):
    """The menu retranslates itself (a QObject like the tray gets no LanguageChange)."""

    language_changed = Signal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed.emit()
        super().changeEvent(event)


class Tray(QObject):
    """The icon and its menu. It only says what the user asked for; app/ connects it."""

    open_requested = Signal()  # the icon was clicked
    pause_requested = Signal()
    breathe_requested = Signal()
    log_requested = Signal()
    checkin_requested = Signal()  # the daily check-in
    progress_requested = Signal()
    snooze_requested = Signal(int)  # minutes
    pause_reminders_requested = Signal(object)  # PauseLength
    resume_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()
    quit_requested = Signal()
    answer_snooze_requested = Signal()  # the open reminder: in 15 minutes
    answer_later_requested = Signal()  # the open reminder: not now

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tray")
        self.menu = TrayMenu()
        self.menu.setObjectName("tray_menu")
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("tray_icon")
        self.icon.setContextMenu(self.menu)
        self._icons: dict[str, QIcon] = {}
        self.icon.setIcon(self._icon(ICONS[StatusKind.ACTIVE]))
        self.icon.activated.connect(self._on_activated)

        # A line to read: enabled, so it shows in the text colour rather than the grey of
        # an item that cannot be used (a desktop's tray menu shows no widgets: a plain
        # action); choosing it does nothing but close the menu.
        self.status_action = self.menu.addAction("")
        self.status_action.setObjectName("tray_status")
        # While a reminder waits: its answers here too, for a keyboard (the window never
        # takes the focus by itself).
        self.answer_snooze_action = self._action(self.answer_snooze_requested)
        self.answer_later_action = self._action(self.answer_later_requested)
        self.reminder_open(False)
        self.menu.addSeparator()
        self.pause_action = self._action(self.pause_requested)
        self.breathe_action = self._action(self.breathe_requested)
        self.log_action = self._action(self.log_requested)
        self.checkin_action = self._action(self.checkin_requested)
        self.progress_action = self._action(self.progress_requested)
        self.menu.addSeparator()
        self.snooze_menu = self.menu.addMenu("")
        self.snooze_actions: dict[int, QAction] = {}
        for minutes in reminders.SNOOZE_MINUTES:
            action = self.snooze_menu.addAction("")
            action.triggered.connect(lambda _c=False, m=minutes: self.snooze_requested.emit(m))
            self.snooze_actions[minutes] = action
        self.pause_menu = self.menu.addMenu("")
        self.pause_actions: dict[PauseLength, QAction] = {}
        for length in PauseLength:
            action = self.pause_menu.addAction("")
            action.triggered.connect(
                lambda _c=False, n=length: self.pause_reminders_requested.emit(n)
            )
            self.pause_actions[length] = action
        self.resume_action = self._action(self.resume_requested)
        self.menu.addSeparator()
        self.settings_action = self._action(self.settings_requested)
        self.about_action = self._action(self.about_requested)
        self.quit_action = self._action(self.quit_requested)
        self._status: tuple[reminders.Status, datetime, tzinfo, Note | None] | None = None
        self._status_text = ""
        self.icon_name = ""
        self.menu.language_changed.connect(self.retranslate)
        self.retranslate()

    def _action(self, signal: SignalInstance) -> QAction:
        action = self.menu.addAction("")
        action.triggered.connect(signal)
        return action

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def retranslate(self) -> None:
        self.pause_action.setText(translate("Tray", "Start a pause"))
        self.breathe_action.setText(translate("Tray", "Breathe for 2 minutes"))
        self.log_action.setText(translate("Tray", "Log a step…"))
        self.checkin_action.setText(translate("Tray", "How is my energy today…"))
        self.progress_action.setText(translate("Tray", "Show progress"))
        self.snooze_menu.setTitle(translate("Tray", "Snooze"))
        self.snooze_actions[15].setText(translate("Tray", "15 minutes"))
        self.snooze_actions[30].setText(translate("Tray", "30 minutes"))
        self.snooze_actions[60].setText(translate("Tray", "1 hour"))
        # "Hold", not "Pause": a pause is the exercise, started just above.
        self.pause_menu.setTitle(translate("Tray", "Hold reminders"))
        self.answer_snooze_action.setText(translate("Tray", "Remind me in 15 minutes"))
        self.answer_later_action.setText(translate("Tray", "Not now"))
        self.pause_actions[PauseLength.ONE_HOUR].setText(translate("Tray", "For 1 hour"))
        self.pause_actions[PauseLength.TWO_HOURS].setText(translate("Tray", "For 2 hours"))
        self.pause_actions[PauseLength.UNTIL_TOMORROW].setText(translate("Tray", "Until tomorrow"))
        self.pause_actions[PauseLength.UNTIL_RESUMED].setText(
            translate("Tray", "Until I turn them back on")
        )
        self.resume_action.setText(translate("Tray", "Turn reminders back on"))
        self.settings_action.setText(translate("Tray", "Settings…"))
        self.about_action.setText(translate("Tray", "About Pause"))
        self.quit_action.setText(translate("Tray", "Quit Pause"))
        if self._status is not None:
            self._status_text = status_line(*self._status)
        self.status_action.setText(self._status_text)
        self.icon.setToolTip(self._tooltip())

    def show_status(
        self, status: reminders.Status, now: datetime, zone: tzinfo, note: Note | None = None
    ) -> None:
        """The icon, the tooltip and the menu's first line follow the reminders' state."""
        self._status = (status, now, zone, note)
        self._status_text = status_line(status, now, zone, note)
        self.status_action.setText(self._status_text)
        self.icon_name = ICONS[status.kind]
        self.icon.setIcon(self._icon(self.icon_name))
        self.icon.setToolTip(self._tooltip())
        paused = status.kind in (StatusKind.PAUSED, StatusKind.PAUSED_UNTIL_RESUMED)
        snoozed = status.kind is StatusKind.SNOOZED
        self.resume_action.setVisible(paused or snoozed)
        self.snooze_menu.setEnabled(status.kind in (StatusKind.ACTIVE, StatusKind.SNOOZED))
        self.pause_menu.setEnabled(status.kind is not StatusKind.OFF)

    def _icon(self, name: str) -> QIcon:
        if name not in self._icons:
            self._icons[name] = tray_icon(name)
        return self._icons[name]

    def reminder_open(self, shown: bool) -> None:
        """A reminder waits for an answer: the menu offers its answers."""
        self.answer_snooze_action.setVisible(shown)
        self.answer_later_action.setVisible(shown)

    def _tooltip(self) -> str:
        return "Pause" + (f"\n{self._status_text}" if self._status_text else "")

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()
