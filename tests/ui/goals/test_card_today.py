"""One tap logs once: the logged state, its undo (and putting it back), the question before
logging the same again, and what a keyboard and a screen reader get."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from pause_app.core.model import Felt
from pause_app.ui.goals import card as card_module
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.main_window import MainWindow
from tests.helpers.window import windows_shown


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the cards said to a screen reader (the real call also sets the description)."""
    said: list[str] = []

    def record(widget, text: str) -> None:
        said.append(text)
        card_module.announce.__wrapped__(widget, text)  # type: ignore[attr-defined]

    record.__wrapped__ = card_module.announce  # type: ignore[attr-defined]
    monkeypatch.setattr(card_module, "announce", record)
    return said


def _card(window: MainWindow) -> GoalCard:
    QCoreApplication.processEvents()  # a re-read page shows its new card by a queued call
    [card] = [c for c in window.goals_page.findChildren(GoalCard) if c.isVisible()]
    return card


def _focus_window(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_after_logging_the_card_says_so_and_i_did_it_steps_aside(qtbot, window, store) -> None:
    qtbot.mouseClick(_card(window).did_it, Qt.MouseButton.LeftButton)
    card = _card(window)
    assert card.today_line.text() == "Logged today: 50 steps ✓"
    assert card.did_it.isHidden()  # no longer the main action for today
    assert card.undo.isVisible() and card.undo.text() == "Undo"
    assert card.log_button.isVisible()  # another log today goes through "Log…"
    assert card.celebration.isVisible()  # the calm moment stays
    assert len(store.attempts.all()) == 1


def test_a_second_tap_on_an_old_card_logs_nothing(qtbot, window, store) -> None:
    old = _card(window)
    qtbot.mouseClick(old.did_it, Qt.MouseButton.LeftButton)
    old.did_it.click()  # the card on screen was built before the log (a double click)
    assert len(store.attempts.all()) == 1
    assert _card(window).did_it.isHidden()


def test_undo_takes_the_log_back_and_it_can_be_put_back(qtbot, window, store, activity) -> None:
    qtbot.mouseClick(_card(window).did_it, Qt.MouseButton.LeftButton)
    [logged] = store.attempts.all()
    qtbot.mouseClick(_card(window).undo, Qt.MouseButton.LeftButton)
    assert store.attempts.all() == []
    card = _card(window)
    assert card.today_line.text() == "Taken back: 50 steps. Nothing is logged for today now."
    assert card.did_it.isVisible() and card.undo.isHidden()
    assert card.celebration.isHidden() and card.property("celebrating") is False
    put_back = card.today.put_back_button
    assert put_back.isVisible() and put_back.text() == "Put it back"
    qtbot.mouseClick(put_back, Qt.MouseButton.LeftButton)
    [restored] = store.attempts.all()
    assert (restored.amount, restored.felt, restored.logged_utc) == (
        50,
        Felt.GOOD,
        logged.logged_utc,
    )
    card = _card(window)
    assert card.today_line.text() == "Logged today: 50 steps ✓"
    assert card.today.put_back_button.isHidden() and card.did_it.isHidden()
    assert card.celebration.isHidden()  # putting back is not a new success


def test_undo_takes_back_the_last_log_of_today_only(qtbot, window, store, clock, activity) -> None:
    yesterday = clock().on_day(clock.today - timedelta(days=1))
    store.attempts.add(activity.id, 50, Felt.GOOD, "", yesterday)
    store.attempts.add(activity.id, 30, Felt.OK, "", clock())
    store.attempts.add(activity.id, 40, Felt.TIRED, "", clock())
    window.goals_page.refresh()
    card = _card(window)
    assert card.today_line.text() == "Logged today: 40 steps ✓ A tired day: the target stays."
    assert card.undo.accessibleName() == "Undo today's log of 40 steps: Steps inside"
    qtbot.mouseClick(card.undo, Qt.MouseButton.LeftButton)
    assert sorted(a.amount for a in store.attempts.all()) == [30, 50]
    card = _card(window)
    assert card.today_line.text() == "Logged today: 30 steps ✓"
    assert card.today.put_back_button.isHidden()  # something is logged today: nothing to put back


def test_undoing_a_crash_takes_its_care_away_too(qtbot, window, store, monkeypatch) -> None:
    monkeypatch.setattr(
        LogDialog,
        "ask",
        classmethod(lambda cls, s, a, c, p: s.attempts.add(a.id, 5, Felt.CRASH, "", c())),
    )
    qtbot.mouseClick(_card(window).log_button, Qt.MouseButton.LeftButton)
    assert _card(window).crash_box.isVisible()
    qtbot.mouseClick(_card(window).undo, Qt.MouseButton.LeftButton)  # a crash logged by mistake
    assert _card(window).crash_box.isHidden()
    qtbot.mouseClick(_card(window).today.put_back_button, Qt.MouseButton.LeftButton)
    assert _card(window).crash_box.isVisible()  # put back as it was, with its care


def test_a_log_deleted_elsewhere_is_not_undone_twice(qtbot, window, store) -> None:
    qtbot.mouseClick(_card(window).did_it, Qt.MouseButton.LeftButton)
    card = _card(window)
    [logged] = store.attempts.all()
    store.attempts.delete(logged.id)  # the history, or the command line
    qtbot.mouseClick(card.undo, Qt.MouseButton.LeftButton)
    card = _card(window)
    assert card.did_it.isVisible() and card.today.put_back_button.isHidden()


def test_the_result_is_told_to_a_screen_reader(qtbot, window, told) -> None:
    qtbot.mouseClick(_card(window).did_it, Qt.MouseButton.LeftButton)
    card = _card(window)
    assert told == [f"Logged today: 50 steps ✓ {card.celebration.text()}"]
    assert card.today_line.accessibleDescription() == told[-1]
    assert card.undo.accessibleName() == "Undo today's log of 50 steps: Steps inside"
    assert card.undo.toolTip() == "Undo today's log of 50 steps"  # the card shows which
    qtbot.mouseClick(card.undo, Qt.MouseButton.LeftButton)
    card = _card(window)
    assert told[-1] == "Taken back: 50 steps. Nothing is logged for today now."
    assert (
        card.today.put_back_button.accessibleName()
        == "Put back today's log of 50 steps: Steps inside"
    )
    window.goals_page.refresh()  # re-reading for another reason says nothing again
    assert len(told) == 2


def test_the_keyboard_keeps_its_place_and_a_second_press_logs_nothing(qtbot, window, store) -> None:
    _focus_window(qtbot, window)
    card = _card(window)
    card.did_it.setFocus()
    qtbot.keyClick(card.did_it, Qt.Key.Key_Space)
    card = _card(window)
    assert QApplication.focusWidget() is card.log_button  # not "Undo": a second press is safe
    assert len(store.attempts.all()) == 1
    card.undo.setFocus()
    qtbot.keyClick(card.undo, Qt.Key.Key_Space)
    card = _card(window)
    assert QApplication.focusWidget() is card.today.put_back_button  # in the same place
    assert store.attempts.all() == []


def test_undo_comes_before_the_buttons_in_the_tab_order(qtbot, window) -> None:
    qtbot.mouseClick(_card(window).did_it, Qt.MouseButton.LeftButton)
    card = _card(window)
    chain, widget = [], card.undo.nextInFocusChain()
    while widget is not card.undo and len(chain) < 50:
        if isinstance(widget, QPushButton) and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain[0] is card.log_button


def test_the_log_form_asks_before_logging_the_same_again(
    qtbot, store, activity, clock, monkeypatch
) -> None:
    store.attempts.add(activity.id, 50, Felt.GOOD, "", clock())
    asked: list[str] = []
    answer = False

    def confirm(parent, text: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(LogDialog, "confirm_repeat", staticmethod(confirm))
    dialog = LogDialog(store, activity, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.felt_buttons[Felt.GOOD].click()
    dialog.save_button.click()  # 50, good: what today's last log says
    assert asked == ["This day already has the same log: 50 steps, good. Log it again?"]
    assert len(store.attempts.all()) == 1 and dialog.isVisible()  # nothing stored, form kept
    answer = True
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert len(store.attempts.all()) == 2 and len(asked) == 2


@pytest.mark.parametrize(
    ("amount", "felt", "days_back"),
    [("40", Felt.GOOD, 0), ("50", Felt.TIRED, 0), ("50", Felt.GOOD, 1)],
)
def test_a_different_log_is_not_asked_about(
    qtbot, store, activity, clock, monkeypatch, amount, felt, days_back
) -> None:
    store.attempts.add(activity.id, 50, Felt.GOOD, "", clock())
    monkeypatch.setattr(LogDialog, "confirm_repeat", staticmethod(lambda *a: pytest.fail("asked")))
    dialog = LogDialog(store, activity, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText(amount)
    dialog.felt_buttons[felt].click()
    day = dialog.day.date().addDays(-days_back)
    dialog.day.setDate(day)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert len(store.attempts.all()) == 2


def test_the_question_itself_defaults_to_not_logging(qtbot, store, activity, clock) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    dialog = LogDialog(store, activity, clock)
    qtbot.addWidget(dialog)
    seen: list[tuple[str, str]] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_enter)
    assert LogDialog.confirm_repeat(dialog, "This day already has the same log.") is False
    assert seen == [("Log again?", "Don't log")]


def test_building_a_card_opens_no_window_of_its_own(qtbot, window, store, clock, activity) -> None:
    """A button made visible before it had a parent was a window for a moment: it took
    the focus from the app (a keyboard user lost their place at every re-read)."""
    for back in range(1, 6):  # an offer: "Take the step" shows
        day = clock().on_day(clock.today - timedelta(days=back))
        store.attempts.add(activity.id, 50, Felt.GOOD, "", day)
    store.attempts.add(activity.id, 50, Felt.GOOD, "", clock())  # logged: "Undo" shows
    with windows_shown() as shown:
        card = GoalCard(store, store.activities.get(activity.id), clock, after_crash=True)
        qtbot.addWidget(card)
    assert card.take_step.isVisibleTo(card) and card.undo.isVisibleTo(card)
    assert card.crash_box.isVisibleTo(card) and card.lower_button.isVisibleTo(card)
    assert shown == []


def test_after_archiving_the_focus_goes_to_adding(qtbot, window, monkeypatch) -> None:
    _focus_window(qtbot, window)
    monkeypatch.setattr(GoalCard, "confirm_archive", staticmethod(lambda parent, name: True))
    card = _card(window)
    card.more.setFocus()
    card.archive_action.trigger()
    QCoreApplication.processEvents()
    assert QApplication.focusWidget() is window.goals_page.add_button


def test_a_long_line_wraps_beside_undo_and_nothing_is_cut(qtbot, store, clock, activity) -> None:
    store.attempts.add(activity.id, 50, Felt.TIRED, "", clock())  # the longest logged line
    card = GoalCard(store, store.activities.get(activity.id), clock)
    qtbot.addWidget(card)
    card.resize(360, 400)  # a narrow window, or a language that runs longer
    card.show()
    QCoreApplication.processEvents()
    line, undo = card.today_line, card.undo
    assert line.height() >= line.heightForWidth(line.width()) > line.fontMetrics().height()
    assert undo.width() >= undo.sizeHint().width() and undo.x() > line.x() + line.width() - 1
    card.resize(900, 400)  # room enough: one line, and "Undo" right after it
    QCoreApplication.processEvents()
    assert line.heightForWidth(line.width()) < 2 * line.fontMetrics().height()
    assert undo.x() - (line.x() + line.width()) < 40


def test_a_long_line_wraps_before_undo_breaks_its_words(qtbot, store, clock, activity) -> None:
    """A long Dutch-like line: the line gives way first; "Undo" stays on one line."""
    store.attempts.add(activity.id, 50, Felt.TIRED, "", clock())
    card = GoalCard(store, store.activities.get(activity.id), clock)
    qtbot.addWidget(card)
    card.undo.setText("Ongedaan maken")  # the longer words, as Dutch has them
    card.resize(480, 400)
    card.show()
    QCoreApplication.processEvents()
    line, undo = card.today_line, card.undo
    assert line.heightForWidth(line.width()) > line.fontMetrics().height()  # the line wraps
    assert undo.width() >= undo.sizeHint().width()
    assert "\n" not in QPushButton.text(undo)  # the words as drawn: one line
    card.resize(200, 400)  # no room at all: the words may wrap rather than widen the page
    QCoreApplication.processEvents()
    assert undo.minimumWidth() == 0
    assert "\n" in QPushButton.text(undo)


def test_more_keeps_to_the_right_of_the_first_row(qtbot, store, clock, activity) -> None:
    """Even when the step offered wraps onto a second line, "More" stays on the first."""
    card = GoalCard(store, store.activities.get(activity.id), clock)
    qtbot.addWidget(card)
    card.take_step.setText("De stap zetten: 53 stappen")
    card.take_step.show()
    width = card.did_it.sizeHint().width() + card.log_button.sizeHint().width()
    card.resize(width + card.more.sizeHint().width() + 120, 400)
    card.show()
    QCoreApplication.processEvents()
    more, first = card.more.geometry(), card.did_it.geometry()
    assert card.take_step.geometry().top() > first.bottom()  # the step wrapped below
    assert abs(more.center().y() - first.center().y()) <= 4
    assert more.right() >= card.log_button.geometry().right()
