"""The tray's menu: the actions exist, are translated, and say what the user asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from pause_app.core.reminders import PauseLength, Status, StatusKind
from pause_app.text import i18n
from pause_app.ui.reminders.tray import Tray, status_line

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 24, 13, 0, tzinfo=AMS)  # a Tuesday


def at(hour: int, minute: int = 0, day: int = 24) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=AMS).astimezone(UTC)


@pytest.fixture
def tray(qapp) -> Iterator[Tray]:
    made = Tray()
    yield made
    made.hide()
    made.menu.deleteLater()
    made.deleteLater()


def _texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if a.text() and a.isVisible()]


def test_the_menu_has_every_action_in_order(tray: Tray) -> None:
    tray.show_status(Status(StatusKind.ACTIVE, at(14, 30)), NOW, AMS)
    assert _texts(tray) == [
        "Next pause at 14:30",
        "Start a pause",
        "Breathe for 2 minutes",
        "Log a step…",
        "How is my energy today…",
        "Show progress",
        "Snooze",
        "Hold reminders",
        "Settings…",
        "About Pause",
        "Quit Pause",
    ]  # "Turn reminders back on" only shows when they are snoozed or paused
    # A line to read in the text colour, not the grey of an item that cannot be used;
    # choosing it changes nothing.
    assert tray.status_action.isEnabled()
    menu = QMenu()
    plain = menu.addAction("")  # an action the menu alone listens to
    assert tray.status_action.receivers("2triggered()") == plain.receivers("2triggered()")
    assert [a.text() for a in tray.snooze_menu.actions()] == ["15 minutes", "30 minutes", "1 hour"]
    assert [a.text() for a in tray.pause_menu.actions()] == [
        "For 1 hour",
        "For 2 hours",
        "Until tomorrow",
        "Until I turn them back on",
    ]


@pytest.mark.parametrize(
    ("action", "signal"),
    [("pause_action", "pause_requested"), ("breathe_action", "breathe_requested"),
     ("log_action", "log_requested"), ("checkin_action", "checkin_requested"),
     ("progress_action", "progress_requested"),
     ("settings_action", "settings_requested"), ("about_action", "about_requested"),
     ("quit_action", "quit_requested"), ("resume_action", "resume_requested")],
)  # fmt: skip
def test_each_action_says_what_was_asked(qtbot, tray: Tray, action: str, signal: str) -> None:
    with qtbot.waitSignal(getattr(tray, signal), timeout=500):
        getattr(tray, action).trigger()


def test_snooze_and_pause_carry_their_length(qtbot, tray: Tray) -> None:
    with qtbot.waitSignal(tray.snooze_requested, timeout=500) as snoozed:
        tray.snooze_actions[30].trigger()
    assert snoozed.args == [30]
    with qtbot.waitSignal(tray.pause_reminders_requested, timeout=500) as paused:
        tray.pause_actions[PauseLength.UNTIL_TOMORROW].trigger()
    assert paused.args == [PauseLength.UNTIL_TOMORROW]


def test_clicking_the_icon_opens_the_window(qtbot, tray: Tray) -> None:
    with qtbot.waitSignal(tray.open_requested, timeout=500):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.open_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)  # that is the menu


@pytest.mark.parametrize(
    ("status", "line", "icon"),
    [
        (Status(StatusKind.ACTIVE, at(14, 30)), "Next pause at 14:30", "tray-active"),
        (Status(StatusKind.OUTSIDE_HOURS, at(10, 30, day=25)), "Next pause tomorrow at 10:30",
         "tray-active"),
        (Status(StatusKind.SNOOZED, at(13, 15)), "Snoozed until 13:15", "tray-snoozed"),
        (Status(StatusKind.PAUSED, at(16)), "Reminders on hold until 16:00", "tray-paused"),
        (Status(StatusKind.PAUSED_UNTIL_RESUMED, None),
         "Reminders on hold until you turn them back on", "tray-paused"),
        (Status(StatusKind.OFF, None), "Reminders are off", "tray-paused"),
        (Status(StatusKind.OUTSIDE_HOURS, at(10, 30, day=27)), "Next pause on Friday at 10:30",
         "tray-active"),
    ],
)  # fmt: skip
def test_the_icon_tooltip_and_first_line_show_the_state(
    tray: Tray, status: Status, line: str, icon: str
) -> None:
    tray.show_status(status, NOW, AMS)
    assert tray.status_action.text() == line
    assert tray.icon.toolTip() == f"Pause\n{line}"
    assert tray.icon_name == icon
    snoozed_or_paused = status.kind in (
        StatusKind.SNOOZED, StatusKind.PAUSED, StatusKind.PAUSED_UNTIL_RESUMED
    )  # fmt: skip
    assert tray.resume_action.isVisible() == snoozed_or_paused


def test_the_menu_speaks_dutch(tray: Tray, translations: i18n.Translations) -> None:
    tray.show_status(Status(StatusKind.SNOOZED, at(16)), NOW, AMS)
    translations.install("nl")
    QCoreApplication.processEvents()
    assert tray.pause_action.text() == "Begin een pauze"
    assert tray.quit_action.text() == "Pause afsluiten"
    assert tray.status_action.text() == "Uitgesteld tot 16:00"
    tray.show_status(Status(StatusKind.SNOOZED, at(0, day=25)), NOW, AMS)
    assert tray.status_action.text() == "Uitgesteld tot morgen"
    assert status_line(Status(StatusKind.ACTIVE, at(10, 30, day=25)), NOW, AMS) == (
        "Volgende pauze morgen om 10:30"
    )
