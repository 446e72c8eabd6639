from __future__ import annotations

from datetime import timedelta

import pytest

from pause_app.core.model import Attempt, Felt, NewActivity
from pause_app.storage.store import Store
from pause_app.ui.goals.history_dialog import HistoryDialog
from pause_app.ui.goals.log_dialog import LogDialog
from tests.helpers.clock import FakeClock


@pytest.fixture
def activity(store: Store, clock: FakeClock):
    new = NewActivity("Steps inside", "steps", 50, started_on=clock.today - timedelta(days=9))
    walk = store.activities.add(new, clock())
    store.attempts.add(
        walk.id, 40, Felt.TIRED, "windy", clock().on_day(clock.today - timedelta(days=2))
    )
    store.attempts.add(walk.id, 50, Felt.GOOD, "", clock())
    return walk


@pytest.fixture
def history(qtbot, store, activity, clock) -> HistoryDialog:
    dialog = HistoryDialog(store, activity, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_newest_first_with_day_amount_feeling_and_note(history: HistoryDialog) -> None:
    rows = [history.list.item(i).text() for i in range(history.list.count())]
    assert rows == [
        "Sun 15 March 2026 · 50 steps · good",
        "Fri 13 March 2026 · 40 steps · tired · windy",
    ]


def test_delete_then_undo(history: HistoryDialog, store: Store) -> None:
    history.list.setCurrentRow(1)
    history.delete_button.click()
    assert [a.amount for a in store.attempts.all()] == [50]
    assert history.undo_button.isVisible() and "40 steps" in history.undo_bar.text()
    history.undo_button.click()
    assert sorted(a.amount for a in store.attempts.all()) == [40, 50]
    assert history.undo_button.isHidden()
    assert history.changed


def test_correcting_a_log(history: HistoryDialog, store: Store, monkeypatch) -> None:
    def correct(cls, store_, activity_, clock_, parent, correcting: Attempt):
        assert correcting.amount == 50
        return store_.attempts.update(
            correcting.id, 52, Felt.OK, "better", correcting.local_date, clock_().local_date
        )

    monkeypatch.setattr(LogDialog, "ask", classmethod(correct))
    history.list.setCurrentRow(0)
    history.edit_button.click()
    assert history.list.item(0).text().startswith("Sun 15 March 2026 · 52 steps · ok · better")


def test_the_log_form_corrects_in_place(qtbot, store, activity, clock) -> None:
    attempt = store.attempts.all()[0]
    form = LogDialog(store, activity, clock, correcting=attempt)
    qtbot.addWidget(form)
    assert form.amount.text() == "40" and form.note.text() == "windy"
    assert form.felt_buttons[Felt.TIRED].isChecked()
    assert form.windowTitle() == "Correct: Steps inside"
    form.amount.setText("42")
    form.save_button.click()
    assert store.attempts.get(attempt.id).amount == 42
    assert len(store.attempts.all()) == 2  # corrected, not added


def test_an_empty_history_says_so(qtbot, store, clock) -> None:
    quiet = store.activities.add(NewActivity("Reading", "minutes", 10), clock())
    dialog = HistoryDialog(store, quiet, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.delete_button.isEnabled()


def test_two_deletes_two_undos(history: HistoryDialog, store: Store) -> None:
    history.list.setCurrentRow(0)
    history.delete_button.click()
    history.list.setCurrentRow(0)
    history.delete_button.click()
    assert store.attempts.all() == []
    history.undo_button.click()  # the last delete comes back first
    assert [a.amount for a in store.attempts.all()] == [40]
    assert history.undo_button.isVisible()  # and the first can still be undone
    history.undo_button.click()
    assert sorted(a.amount for a in store.attempts.all()) == [40, 50]
    assert history.undo_button.isHidden()


def test_undo_after_a_log_made_meanwhile(
    history: HistoryDialog, store: Store, activity, clock
) -> None:
    history.list.setCurrentRow(0)
    history.delete_button.click()
    store.attempts.add(activity.id, 30, Felt.OK, "", clock())  # e.g. from the command line
    history.undo_button.click()
    assert sorted(a.amount for a in store.attempts.all()) == [30, 40, 50]


def test_a_correction_can_be_undone_too(history: HistoryDialog, store: Store, monkeypatch) -> None:
    def correct(cls, store_, activity_, clock_, parent, correcting):
        return store_.attempts.update(
            correcting.id, 99, Felt.CRASH, "oops", correcting.local_date, clock_().local_date
        )

    monkeypatch.setattr(LogDialog, "ask", classmethod(correct))
    history.list.setCurrentRow(0)
    history.edit_button.click()
    assert "Corrected: Sun 15 March 2026 · 50 steps · good" in history.undo_bar.text()
    history.undo_button.click()
    newest = max(store.attempts.all(), key=lambda a: a.local_date)
    assert (newest.amount, newest.felt, newest.note) == (50, Felt.GOOD, "")
    assert history.undo_button.isHidden()


def test_a_correction_to_crash_is_reported(history: HistoryDialog, monkeypatch) -> None:
    def to_crash(cls, store_, activity_, clock_, parent, correcting):
        return store_.attempts.update(
            correcting.id, 10, Felt.CRASH, "", correcting.local_date, clock_().local_date
        )

    monkeypatch.setattr(LogDialog, "ask", classmethod(to_crash))
    assert not history.crash_logged
    history.list.setCurrentRow(0)
    history.edit_button.click()
    assert history.crash_logged
