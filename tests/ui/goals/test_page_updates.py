"""The Goals page does only the work a change asks for: none when shown again unchanged, the
changed card (and those after it, for the tab order) after a log, all of them for a tired day
that holds the others."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from pause_app.core.model import Felt, NewActivity
from pause_app.storage.store import Store
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock


@pytest.fixture
def three(store: Store, clock: FakeClock, activity) -> list[int]:
    started = clock.today - timedelta(days=10)
    others = [
        store.activities.add(NewActivity(name, "minutes", 10, started_on=started), clock()).id
        for name in ("Reading", "Stretching")
    ]
    return [activity.id, *others]


def _cards(window: MainWindow) -> dict[int, GoalCard]:
    QCoreApplication.processEvents()
    return {
        card.activity.id: card
        for card in window.goals_page.findChildren(GoalCard)
        if not card.isHidden()
    }


def test_goals_shown_again_with_nothing_changed_builds_nothing(
    window: MainWindow, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.goals_page.refresh()
    before = _cards(window)
    built: list[int] = []
    original = GoalCard.__init__

    def counting(self: GoalCard, *args: object, **kwargs: object) -> None:
        built.append(1)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(GoalCard, "__init__", counting)
    window.show_page(MainWindow.BREATHE)
    window.show_page(MainWindow.GOALS)
    assert built == [] and _cards(window) == before
    window.show_page(MainWindow.BREATHE)
    window._store.attempts.add(three[1], 10, Felt.GOOD, "", window._clock())  # pause-app log
    window.show_page(MainWindow.GOALS)
    assert len(built) == 3  # the data changed: read again


def test_a_log_on_the_last_card_builds_only_that_card(
    qtbot, window: MainWindow, three: list[int]
) -> None:
    window.goals_page.refresh()
    before = _cards(window)
    qtbot.mouseClick(before[three[2]].did_it, Qt.MouseButton.LeftButton)
    after = _cards(window)
    assert after[three[0]] is before[three[0]] and after[three[1]] is before[three[1]]
    assert after[three[2]] is not before[three[2]]
    assert after[three[2]].today_line.text() != before[three[2]].today_line.text()
    # The tab order is still the reading order: first card, second, third, then "Add".
    chain, widget = [], window.goals_page.add_button
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget is window.goals_page.add_button:
            break
        if isinstance(widget.parentWidget(), GoalCard) and widget.isVisibleTo(window):
            chain.append(widget.parentWidget().activity.id)
    order = [three.index(i) for i in dict.fromkeys(chain)]
    assert order == sorted(order)


def test_a_tired_day_on_the_last_card_builds_the_cards_it_holds(
    window: MainWindow, store: Store, clock: FakeClock, three: list[int]
) -> None:
    window.goals_page.refresh()
    before = _cards(window)
    store.attempts.add(three[2], 10, Felt.TIRED, "", clock())
    before[three[2]].changed.emit()  # as after the card's own log
    after = _cards(window)
    assert all(after[i] is not before[i] for i in three)
    assert after[three[0]].answer != before[three[0]].answer  # held by a tired day anywhere
