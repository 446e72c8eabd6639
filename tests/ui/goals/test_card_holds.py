"""Boom and bust on the goal card (docs/PACING.md rules 3, 10 and 11): a big day gets a
calm line instead of praise, by the user's own threshold; a hold says which activity and
day it came from; a small target is offered its one-unit step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from pause_app.core.model import ChangeReason, Felt, NewActivity
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window

PRAISE = ("I did it", "Well done", "well done", "✓")


@pytest.fixture
def inside(store: Store, clock: FakeClock):
    started = clock.today - timedelta(days=10)
    return store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=started), clock()
    )


@pytest.fixture
def settings(pause_home: AppPaths):
    from pause_app.desktop.settings_watcher import SettingsWatcher
    from pause_app.storage.settings_file import SettingsFile

    file = SettingsFile(pause_home.settings)
    return SettingsWatcher(file, file.load().settings)


@pytest.fixture
def window(qtbot, store: Store, pause_home: AppPaths, clock: FakeClock, settings, inside):
    main = main_window(store, pause_home, clock, settings=settings, reduced_motion=True)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.GOALS)
    return main


def _cards(window: MainWindow) -> dict[str, GoalCard]:
    QCoreApplication.processEvents()  # a re-read page shows its new cards by a queued call
    cards = [c for c in window.goals_page.findChildren(GoalCard) if c.isVisible()]
    return {card.activity.name: card for card in cards}


def _log_through_the_form(monkeypatch, window, store, clock, activity, amount, days_ago=0):
    """The user logs ``amount`` with "Log…" (the form itself is tested elsewhere)."""
    day = clock.today - timedelta(days=days_ago)

    def ask(cls, _store, chosen, _clock, _parent):  # type: ignore[no-untyped-def]
        return store.attempts.add(chosen.id, amount, Felt.GOOD, "", clock().on_day(day))

    monkeypatch.setattr(LogDialog, "ask", classmethod(ask))
    _cards(window)[activity.name].log_button.click()


def _shown_text(card: GoalCard) -> str:
    return " ".join(label.text() for label in card.findChildren(QLabel) if label.isVisible())


def test_a_big_day_gets_a_calm_line_not_praise(monkeypatch, window, store, clock, inside) -> None:
    _log_through_the_form(monkeypatch, window, store, clock, inside, 500)
    card = _cards(window)["Steps inside"]
    assert card.today_line.text() == "Logged today: 500 steps"  # the amount, plainly
    assert card.big_day_line.isVisible()
    assert card.big_day_line.text() == (
        "That was a lot more than your target of 50 steps. Keep the next days light and "
        "notice how you feel."
    )
    assert card.celebration.isHidden() and card.property("celebrating") is False
    assert not any(word in _shown_text(card) for word in PRAISE)
    # Today's own big day holds the offers: the line above says so, not a second time.
    assert card.offer_line.isHidden()
    window.goals_page.refresh()  # the line stays for the day, whatever re-reads the page
    assert _cards(window)["Steps inside"].big_day_line.isVisible()


def test_a_big_day_after_a_celebration_puts_the_celebration_away(
    monkeypatch, window, store, clock, inside
) -> None:
    _cards(window)["Steps inside"].did_it.click()  # 50: "I did it!", a calm glow
    assert _cards(window)["Steps inside"].celebration.isVisible()
    _log_through_the_form(monkeypatch, window, store, clock, inside, 90)  # then a lot more
    card = _cards(window)["Steps inside"]
    assert card.celebration.isHidden() and card.property("celebrating") is False
    assert card.big_day_line.isVisible() and card.today_line.text() == "Logged today: 90 steps"


def test_the_screen_reader_hears_the_calm_line(monkeypatch, window, store, clock, inside) -> None:
    from pause_app.ui.goals import card as card_module

    said: list[str] = []
    monkeypatch.setattr(card_module, "announce", lambda _widget, text: said.append(text))
    _log_through_the_form(monkeypatch, window, store, clock, inside, 500)
    assert said == [
        "Logged today: 500 steps That was a lot more than your target of 50 steps. Keep the "
        "next days light and notice how you feel."
    ]


def test_a_big_day_on_an_earlier_day_gets_the_line_as_a_note(
    monkeypatch, window, store, clock, inside
) -> None:
    store.activities.set_target(
        inside.id, 60, ChangeReason.MANUAL, clock().on_day(clock.today - timedelta(days=1))
    )
    _log_through_the_form(monkeypatch, window, store, clock, inside, 70, days_ago=3)
    card = _cards(window)["Steps inside"]
    assert card.note.isVisible()  # measured against that day's target, 50 (70 of 60 is not)
    assert card.note.text().startswith("That was a lot more than your target of 50 steps.")
    assert card.celebration.isHidden() and not any(w in _shown_text(card) for w in PRAISE[:3])


def test_what_a_big_day_is_follows_the_users_setting(
    monkeypatch, window, store, clock, settings, inside
) -> None:
    settings.set("pacing.big_day_percent", "200")  # 90 of 50 is not a big day for this user
    _log_through_the_form(monkeypatch, window, store, clock, inside, 90)
    card = _cards(window)["Steps inside"]
    assert card.big_day_line.isHidden() and card.celebration.text().startswith("I did it!")
    assert card.today_line.text() == "Logged today: 90 steps ✓"
    settings.set("pacing.big_day_percent", "110")  # and 56 of 50 is one for this one
    store.attempts.delete(store.attempts.all()[-1].id)
    window.goals_page._celebrations.clear()
    _log_through_the_form(monkeypatch, window, store, clock, inside, 56)
    card = _cards(window)["Steps inside"]
    assert card.big_day_line.isVisible() and card.celebration.isHidden()


def test_a_hold_says_which_activity_and_day_it_came_from(
    window, store: Store, clock: FakeClock, inside
) -> None:
    started = clock.today - timedelta(days=10)
    reading = store.activities.add(
        NewActivity("Minutes reading", "minutes", 20, started_on=started), clock()
    )
    yesterday = clock().on_day(clock.today - timedelta(days=1))
    store.attempts.add(inside.id, 40, Felt.TIRED, "", yesterday)
    window.goals_page.refresh()
    cards = _cards(window)
    assert cards["Minutes reading"].offer_line.text() == (
        "You were tired after “Steps inside” on Saturday 14 March, so this target stays at "
        "20 minutes until Wednesday 18 March."
    )
    assert cards["Steps inside"].offer_line.text().startswith("You were tired on Saturday")
    assert reading.id in {card.activity.id for card in cards.values()}


def test_the_names_are_read_once_and_an_archived_activity_is_still_named(
    monkeypatch, window, store: Store, clock: FakeClock, inside
) -> None:
    started = clock.today - timedelta(days=10)
    store.activities.add(NewActivity("Minutes reading", "minutes", 20, started_on=started), clock())
    store.attempts.add(inside.id, 40, Felt.TIRED, "", clock())
    store.activities.set_archived(inside.id, True)
    asked: list[int] = []
    original = store.activities.get
    monkeypatch.setattr(store.activities, "get", lambda i: asked.append(i) or original(i))
    window.goals_page.refresh()
    line = _cards(window)["Minutes reading"].offer_line.text()
    assert line.startswith("You were tired after “Steps inside” on Sunday 15 March")
    assert asked == []  # the page passed the names in: no query per card


def test_a_small_target_is_offered_its_one_unit_step(window, store: Store, clock) -> None:
    started = clock.today - timedelta(days=14)
    reading = store.activities.add(
        NewActivity("Minutes reading", "minutes", 5, started_on=started),
        clock().on_day(started),
    )
    for back in range(1, 8):
        store.attempts.add(
            reading.id, 5, Felt.GOOD, "", clock().on_day(clock.today - timedelta(days=back))
        )
    window.goals_page.refresh()
    card = _cards(window)["Minutes reading"]
    assert card.offer_line.text().startswith("A next step could be from 5 to 6 minutes.")
    assert card.take_step.isVisible() and card.take_step.text() == "Take the step: 6 minutes"


def test_the_demo_history_shows_what_its_screenshots_are_for(
    qtbot, store: Store, pause_home: AppPaths, clock: FakeClock
) -> None:
    """storage/sample.boom_and_bust: this morning the small target is offered one unit;
    the month had big days (one before two tired days) and a tired day of reading's."""
    from pause_app.core import series
    from pause_app.core.pacing import Rules
    from pause_app.storage import sample

    sample.boom_and_bust(store, clock())
    main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.show()
    main.show_page(MainWindow.GOALS)
    cards = _cards(main)
    assert cards["Minutes reading"].offer_line.text().startswith("A next step could be from 5 to 6")
    inside = cards["Steps inside"].activity
    shown = series.activity_series(
        inside,
        store.attempts.all(),
        store.target_changes.all(),
        clock.today - timedelta(days=28),
        clock.today,
        rules=Rules(),
    )
    assert [(clock.today - day).days for day in shown.big_days] == [18, 9]
    assert [(clock.today - day).days for day in shown.tired_days] == [17, 16, 5]
