from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt

from pause_app.core.model import ChangeReason, Felt, NewActivity
from pause_app.storage.store import Store
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window


def _card(window: MainWindow) -> GoalCard:
    QCoreApplication.processEvents()  # a re-read page shows its new card by a queued call
    [card] = [c for c in window.goals_page.findChildren(GoalCard) if c.isVisible()]
    return card


def _good_days(store: Store, clock: FakeClock, activity, days: range) -> None:
    for back in days:
        store.attempts.add(
            activity.id, 50, Felt.GOOD, "", clock().on_day(clock.today - timedelta(days=back))
        )


def test_a_card_says_target_today_and_why_there_is_no_step_yet(window) -> None:
    card = _card(window)
    assert card.target_line.text() == "Target: 50 steps"
    assert card.today_line.text() == "Today: nothing logged yet. A rest day counts too."
    assert "a few more days on which 50 steps went well" in card.offer_line.text()
    assert card.take_step.isHidden()


def test_i_did_it_logs_the_target_and_celebrates_calmly(qtbot, window, store, activity) -> None:
    qtbot.mouseClick(_card(window).did_it, Qt.MouseButton.LeftButton)
    [attempt] = store.attempts.all()
    assert (attempt.amount, attempt.felt) == (50, Felt.GOOD)
    card = _card(window)  # the page re-read: a new card
    assert card.today_line.text() == "Logged today: 50 steps ✓"
    assert card.celebration.isVisible() and card.celebration.text().startswith("I did it!")
    assert card.property("celebrating") is True  # the steady glow
    window.goals_page.refresh()
    assert _card(window).celebration.isVisible()  # not lost when the page re-reads


def test_the_offer_can_be_taken_in_one_tap(qtbot, window, store, clock, activity) -> None:
    _good_days(store, clock, activity, range(1, 6))
    window.goals_page.refresh()
    card = _card(window)
    assert card.take_step.isVisible() and card.take_step.text() == "Take the step: 51 steps"
    qtbot.mouseClick(card.take_step, Qt.MouseButton.LeftButton)
    change = store.target_changes.for_activity(activity.id)[-1]
    assert (change.old_target, change.new_target, change.reason) == (
        50,
        51,
        ChangeReason.OFFER_ACCEPTED,
    )
    assert "a few days" in _card(window).offer_line.text()


def test_a_crash_offers_a_lower_target_and_the_gp(
    qtbot, window, store, clock, activity, monkeypatch
) -> None:
    def crash(cls, store_, activity_, clock_, parent):
        return store_.attempts.add(activity_.id, 5, Felt.CRASH, "", clock_())

    monkeypatch.setattr(LogDialog, "ask", classmethod(crash))
    qtbot.mouseClick(_card(window).log_button, Qt.MouseButton.LeftButton)
    card = _card(window)
    assert card.crash_box.isVisible()
    assert "GP" in card.crash_line.text()
    assert card.celebration.isHidden() and card.property("celebrating") is False  # care, no glow
    assert "recovering from a crash" in card.offer_line.text()
    qtbot.mouseClick(card.lower_button, Qt.MouseButton.LeftButton)
    assert store.activities.get(activity.id).target == 35
    assert store.target_changes.for_activity(activity.id)[-1].reason is ChangeReason.AFTER_CRASH
    assert _card(window).crash_box.isHidden()


def test_keeping_the_target_after_a_crash(qtbot, window, store, activity, monkeypatch) -> None:
    monkeypatch.setattr(
        LogDialog,
        "ask",
        classmethod(lambda cls, s, a, c, p: s.attempts.add(a.id, 5, Felt.CRASH, "", c())),
    )
    qtbot.mouseClick(_card(window).log_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_card(window).keep_button, Qt.MouseButton.LeftButton)
    assert store.activities.get(activity.id).target == 50
    assert _card(window).crash_box.isHidden()


@pytest.fixture
def log_dialog(qtbot, store, activity, clock) -> LogDialog:
    dialog = LogDialog(store, activity, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_log_form_checks_the_amount_next_to_the_field(qtbot, log_dialog, store) -> None:
    log_dialog.amount.setText("fifty")
    log_dialog.save_button.click()
    assert log_dialog.amount_error.isVisible()
    assert log_dialog.amount_error.text() == "Please use a whole number, like 50."
    assert store.attempts.all() == [] and log_dialog.isVisible()
    qtbot.keyClicks(log_dialog.amount, "x")
    assert log_dialog.amount_error.isHidden()  # typing clears it


def test_the_log_form_logs_a_tired_day_for_yesterday(qtbot, log_dialog, store, clock) -> None:
    log_dialog.amount.setText("30")
    log_dialog.felt_buttons[Felt.TIRED].click()
    log_dialog.note.setText("windy")
    yesterday = clock.today - timedelta(days=1)
    log_dialog.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    with qtbot.waitSignal(log_dialog.accepted):
        log_dialog.save_button.click()
    [attempt] = store.attempts.all()
    assert (attempt.amount, attempt.felt, attempt.note, attempt.local_date) == (
        30,
        Felt.TIRED,
        "windy",
        yesterday,
    )


def test_the_log_form_cannot_pick_a_future_day(log_dialog, clock) -> None:
    tomorrow = clock.today + timedelta(days=1)
    log_dialog.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert log_dialog.day.date().toPython() == clock.today


def test_the_log_form_refuses_a_day_before_the_start(qtbot, log_dialog, store, activity) -> None:
    start = activity.started_on - timedelta(days=2)
    log_dialog.day.setDate(QDate(start.year, start.month, start.day))
    log_dialog.felt_buttons[Felt.OK].click()
    log_dialog.save_button.click()
    assert "before the activity started" in log_dialog.problem.text()
    assert store.attempts.all() == []


def test_step_size_from_one_unit_to_five_percent(window, store, activity) -> None:
    card = _card(window)
    assert card.step_actions[2.0].isChecked()
    card.step_actions[5.0].trigger()
    assert store.activities.get(activity.id).step_percent == 5.0
    assert _card(window).step_actions[5.0].isChecked()
    _card(window).step_actions[0.0].trigger()
    assert store.activities.get(activity.id).step_percent == 0.0


def test_the_maintenance_switch_is_kept_and_said_on_the_card(window, store, activity) -> None:
    _card(window).maintenance_action.setChecked(True)
    assert store.activities.get(activity.id).maintenance
    card = _card(window)
    assert "Maintenance mode is on" in card.offer_line.text()
    card.maintenance_action.setChecked(False)
    assert not store.activities.get(activity.id).maintenance


def test_rename_and_a_name_in_use(window, store, activity, clock, monkeypatch) -> None:
    store.activities.add(NewActivity("Reading", "minutes", 10), clock())
    window.goals_page.refresh()
    monkeypatch.setattr(GoalCard, "ask_name", staticmethod(lambda parent, current: "reading"))
    [card] = [c for c in _cards(window) if c.activity.id == activity.id]
    card.rename_action.trigger()
    assert card.problem.isVisible() and "already an activity" in card.problem.text()
    monkeypatch.setattr(GoalCard, "ask_name", staticmethod(lambda parent, current: "Walking"))
    card.rename_action.trigger()
    assert store.activities.get(activity.id).name == "Walking"


def test_archive_keeps_the_history(window, store, activity, clock, monkeypatch) -> None:
    store.attempts.add(activity.id, 50, Felt.GOOD, "", clock())
    monkeypatch.setattr(GoalCard, "confirm_archive", staticmethod(lambda parent, name: False))
    _card(window).archive_action.trigger()
    assert store.activities.list() != []
    monkeypatch.setattr(GoalCard, "confirm_archive", staticmethod(lambda parent, name: True))
    _card(window).archive_action.trigger()
    assert store.activities.list() == []
    assert len(store.attempts.all()) == 1
    QCoreApplication.processEvents()
    assert not [c for c in window.goals_page.findChildren(GoalCard) if c.isVisible()]


def _cards(window: MainWindow) -> list[GoalCard]:
    QCoreApplication.processEvents()
    return [c for c in window.goals_page.findChildren(GoalCard) if c.isVisible()]


def test_an_out_of_date_offer_is_never_taken(qtbot, window, store, clock, activity) -> None:
    _good_days(store, clock, activity, range(1, 6))
    window.goals_page.refresh()
    card = _card(window)
    assert card.take_step.isVisible()
    store.activities.set_target(activity.id, 51, ChangeReason.OFFER_ACCEPTED, clock())  # elsewhere
    qtbot.mouseClick(card.take_step, Qt.MouseButton.LeftButton)  # the card on screen is old
    assert store.activities.get(activity.id).target == 51  # not taken a second time
    assert len(store.target_changes.for_activity(activity.id)) == 2


def test_the_gp_line_comes_with_every_crash(qtbot, store, pause_home, clock, monkeypatch) -> None:
    tiny = store.activities.add(NewActivity("Stairs", "steps", 1), clock())
    window = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.GOALS)

    def crash(cls, store_, activity_, clock_, parent):
        return store_.attempts.add(activity_.id, 0, Felt.CRASH, "", clock_())

    monkeypatch.setattr(LogDialog, "ask", classmethod(crash))
    qtbot.mouseClick(_card(window).log_button, Qt.MouseButton.LeftButton)
    card = _card(window)
    assert card.activity.id == tiny.id
    assert card.crash_box.isVisible() and "GP" in card.crash_line.text()
    assert card.lower_button.isHidden()  # nothing to lower from 1


def test_a_smaller_step_or_declining(qtbot, window, store, clock, activity, monkeypatch) -> None:
    store.activities.set_step_percent(activity.id, 5)  # 50 -> 53: room for a smaller step
    _good_days(store, clock, activity, range(1, 6))
    window.goals_page.refresh()
    asked: list[tuple[int, int, int]] = []

    def declined(parent, title, label, value, low, high):
        asked.append((value, low, high))
        return None

    monkeypatch.setattr(GoalCard, "ask_number", staticmethod(declined))
    qtbot.mouseClick(_card(window).take_step, Qt.MouseButton.LeftButton)
    assert asked == [(53, 51, 53)]
    assert store.activities.get(activity.id).target == 50  # declining is a fine answer
    monkeypatch.setattr(GoalCard, "ask_number", staticmethod(lambda *args: 51))
    qtbot.mouseClick(_card(window).take_step, Qt.MouseButton.LeftButton)
    assert store.activities.get(activity.id).target == 51


def test_setting_a_target_by_hand_says_one_calm_sentence_above_ten_percent(
    window, store, activity, monkeypatch
) -> None:
    monkeypatch.setattr(GoalCard, "ask_number", staticmethod(lambda *args: 52))
    _card(window).set_target_action.trigger()
    assert store.activities.get(activity.id).target == 52
    assert _card(window).note.isHidden()
    monkeypatch.setattr(GoalCard, "ask_number", staticmethod(lambda *args: 70))
    _card(window).set_target_action.trigger()
    assert store.activities.get(activity.id).target == 70  # never a block
    card = _card(window)
    assert card.note.isVisible() and "Smaller steps are safer" in card.note.text()
    assert store.target_changes.for_activity(activity.id)[-1].reason is ChangeReason.MANUAL


def test_the_card_follows_the_pacing_settings(qtbot, store, pause_home, clock, activity) -> None:
    from pause_app.desktop.settings_watcher import SettingsWatcher
    from pause_app.storage.settings_file import SettingsFile

    _good_days(store, clock, activity, range(1, 6))
    file = SettingsFile(pause_home.settings)
    settings = SettingsWatcher(file, file.load().settings)
    window = main_window(store, pause_home, clock, settings=settings, reduced_motion=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(MainWindow.GOALS)
    assert _card(window).take_step.isVisible()
    settings.set("pacing.stable_days_looked_at", "10")
    settings.set("pacing.stable_days_needed", "8")
    window.goals_page.refresh()
    assert _card(window).take_step.isHidden()


def test_a_correction_to_crash_gets_the_same_care(
    qtbot, window, store, clock, activity, monkeypatch
) -> None:
    from pause_app.ui.goals.history_dialog import HistoryDialog

    store.attempts.add(activity.id, 50, Felt.GOOD, "", clock())
    monkeypatch.setattr(HistoryDialog, "ask", classmethod(lambda cls, *args: (True, True)))
    _card(window).history_action.trigger()
    card = _card(window)
    assert card.crash_box.isVisible() and "GP" in card.crash_line.text()
