"""File ▸ Import steps…: the file, the activity, the read off the GUI thread (progress and
Cancel), the preview, and only then the write; a bad file or a No writes nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from pause_app.core.model import Activity, Felt, Moment, NewActivity
from pause_app.core.steps import DayTotal
from pause_app.storage import steps
from pause_app.storage.steps import (
    StepFormat,
    StepsCancelled,
    StepsPlan,
    StepsRead,
    StepsRefusal,
    StepsRefused,
)
from pause_app.storage.store import Store
from pause_app.text import steps_words
from pause_app.ui.data import steps_import
from pause_app.ui.data.steps_dialog import StepsActivityDialog, StepsInto, StepsPreviewDialog
from pause_app.ui.data.steps_import import StepsFileChooser, StepsImport
from tests.helpers.clock import CET, FakeClock
from tests.helpers.plural import plain

FILE = "/home/someone/export.zip"
DAYS = tuple(
    DayTotal(date(2026, 3, 10) + timedelta(days=n), 3000 + 100 * n, "apple-health:iPhone")
    for n in range(5)
)
READ = StepsRead(StepFormat.APPLE_HEALTH, DAYS, ((date(2026, 3, 12), 61),))


@pytest.fixture
def walk(store: Store, clock: FakeClock) -> Activity:
    started = clock().on_day(date(2026, 3, 1))
    return store.activities.add(
        NewActivity("Walk", "steps", 2000, started_on=date(2026, 3, 1)), started
    )


@pytest.fixture
def words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview's and the refusals' words (text/steps_words.py), as plain as can be checked."""
    monkeypatch.setattr(
        steps_words,
        "preview_lines",
        lambda plan, name: [f"{plan.new_days} new days into {name}", f"{plan.kept_days} kept"],
    )
    monkeypatch.setattr(steps_words, "refusal", lambda reason, detail="": f"refused: {reason}")


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch, store: Store) -> list[StepsPlan]:
    """What apply_steps was given; it writes one imported log a day, as the plan says."""
    applied: list[StepsPlan] = []

    def plan(store_: Store, activity_id: int, read: StepsRead, *, today: date | None = None):  # type: ignore[no-untyped-def]
        return StepsPlan(
            read,
            activity_id,
            read.first,
            read.last,
            read.total_steps,
            len(read.days),
            0,
            0,
            0,
            len(read.heart),
        )

    def apply(
        store_: Store, plan_: StepsPlan, now: datetime, *, new_activity: NewActivity | None = None
    ) -> StepsPlan:
        assert now.utcoffset() == timedelta(hours=1)
        if new_activity is not None:
            made = store_.activities.add(new_activity, Moment.from_aware(now))
            plan_ = replace(plan_, activity_id=made.id)
        applied.append(plan_)
        return plan_

    monkeypatch.setattr(steps, "plan_steps", plan)
    monkeypatch.setattr(steps, "apply_steps", apply)
    return applied


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    lines: list[str] = []
    monkeypatch.setattr(
        steps_import, "announce", lambda _w, text, describe=True: lines.append(text)
    )
    return lines


@pytest.fixture
def flow(qtbot, store: Store, clock: FakeClock, words: None) -> Iterator[StepsImport]:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    backed_up: list[bool] = []
    importer = StepsImport(store, clock, window, lambda: backed_up.append(True), zone=CET)
    importer.lines: list[str] = []  # type: ignore[misc]
    importer.backed_up = backed_up  # type: ignore[attr-defined]
    importer.said.connect(importer.lines.append)
    yield importer
    importer.shutdown()


def _reads(
    monkeypatch: pytest.MonkeyPatch, answer: Callable[..., StepsRead]
) -> list[dict[str, object]]:
    calls: list[dict[str, object]] = []

    def read_steps(path, fmt=StepFormat.AUTO, **options):  # type: ignore[no-untyped-def]
        calls.append({"path": path, "thread": threading.current_thread().name, **options})
        return answer(**options)

    monkeypatch.setattr(steps, "read_steps", read_steps)
    return calls


def _choose(
    monkeypatch: pytest.MonkeyPatch, into: StepsInto | None, preview: bool
) -> list[tuple[StepsPlan, str]]:
    shown: list[tuple[StepsPlan, str]] = []
    monkeypatch.setattr(StepsFileChooser, "choose", classmethod(lambda cls, parent: FILE))
    monkeypatch.setattr(
        StepsActivityDialog, "ask", classmethod(lambda cls, found, name, parent: into)
    )

    def ask(cls, plan: StepsPlan, name: str, file_name: str, parent: QWidget | None) -> bool:  # type: ignore[no-untyped-def]
        shown.append((plan, name))
        return preview and plan.changes

    monkeypatch.setattr(StepsPreviewDialog, "ask", classmethod(ask))
    return shown


def test_the_steps_are_read_off_the_gui_thread_previewed_then_written(
    monkeypatch: pytest.MonkeyPatch,
    flow: StepsImport,
    walk: Activity,
    writes: list[StepsPlan],
    heard: list[str],
) -> None:
    calls = _reads(monkeypatch, lambda **_o: READ)
    shown = _choose(monkeypatch, StepsInto(walk), preview=True)
    flow.start()
    assert flow.reading
    flow.wait()
    assert calls[0]["path"] == Path(FILE) and calls[0]["thread"] == "pause-steps"
    assert calls[0]["zone"] is CET
    assert [(plan.activity_id, plan.new_days, name) for plan, name in shown] == [
        (walk.id, 5, "Walk")
    ]
    assert [plan.activity_id for plan in writes] == [walk.id]
    assert flow.backed_up == [True]  # type: ignore[attr-defined]
    assert flow.lines == heard
    assert [plain(line) for line in flow.lines] == [
        "Imported into “Walk”: 5 new days, 1 day of resting heart rate."
    ]
    assert flow.progress is None and not flow.reading


def test_no_to_the_preview_writes_nothing(
    monkeypatch: pytest.MonkeyPatch,
    flow: StepsImport,
    walk: Activity,
    writes: list[StepsPlan],
    store: Store,
) -> None:
    _reads(monkeypatch, lambda **_o: READ)
    _choose(monkeypatch, StepsInto(walk), preview=False)
    before = store.revision()
    flow.start()
    flow.wait()
    assert writes == [] and store.revision() == before
    assert flow.backed_up == []  # type: ignore[attr-defined]
    assert flow.lines == ["Nothing was imported."]


def test_no_file_or_no_activity_reads_nothing(
    monkeypatch: pytest.MonkeyPatch, flow: StepsImport, walk: Activity
) -> None:
    calls = _reads(monkeypatch, lambda **_o: READ)
    _choose(monkeypatch, None, preview=True)
    flow.start()  # the activity dialog cancelled
    monkeypatch.setattr(StepsFileChooser, "choose", classmethod(lambda cls, parent: ""))
    flow.start()  # the file dialog cancelled
    assert calls == [] and not flow.reading and flow.lines == []


@pytest.mark.parametrize("reason", [StepsRefusal.BROKEN_XML, StepsRefusal.UNKNOWN_FORMAT])
def test_a_bad_file_is_one_calm_line_and_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch,
    flow: StepsImport,
    walk: Activity,
    writes: list[StepsPlan],
    store: Store,
    reason: StepsRefusal,
) -> None:
    def refuse(**_options: object) -> StepsRead:
        raise StepsRefused(reason, "line 3")

    _reads(monkeypatch, refuse)
    shown = _choose(monkeypatch, StepsInto(walk), preview=True)
    before = store.revision()
    flow.start()
    flow.wait()
    assert shown == [] and writes == [] and store.revision() == before
    assert flow.lines == [f"refused: {reason}"]


def test_an_unexpected_failure_in_the_read_is_a_calm_line_too(
    monkeypatch: pytest.MonkeyPatch, flow: StepsImport, walk: Activity, writes: list[StepsPlan]
) -> None:
    def broken(**_options: object) -> StepsRead:
        raise MemoryError("no more")

    _reads(monkeypatch, broken)
    _choose(monkeypatch, StepsInto(walk), preview=True)
    flow.start()
    flow.wait()
    assert writes == [] and flow.lines == ["The file could not be read. Nothing was changed."]


def test_a_slow_read_shows_its_progress_and_cancel_stops_it_writing_nothing(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    flow: StepsImport,
    walk: Activity,
    writes: list[StepsPlan],
    store: Store,
) -> None:
    reported = threading.Event()

    def slow(progress, cancelled, **_options):  # type: ignore[no-untyped-def]
        progress(0.3)
        reported.set()
        while not cancelled():  # a big file: the reader looks at Cancel every few thousand records
            reported.wait(0.001)
        raise StepsCancelled()

    _reads(monkeypatch, slow)
    shown = _choose(monkeypatch, StepsInto(walk), preview=True)
    before = store.revision()
    flow.start()
    assert reported.wait(5)
    assert flow.progress is None  # a moment: no bar yet
    flow._show_progress.timeout.emit()  # more than a moment
    dialog = flow.progress
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.bar.value() == 300)  # the window's loop runs meanwhile
    assert dialog.bar.accessibleName() == "How much of the file is read"
    assert dialog.cancel_button.hasFocus() or dialog.focusWidget() is dialog.cancel_button
    with qtbot.waitSignal(flow.read_done, timeout=5000):
        dialog.cancel_button.click()
    assert not dialog.isVisible() and flow.progress is None
    assert shown == [] and writes == [] and store.revision() == before
    assert flow.lines == ["The import was cancelled. Nothing was changed."]


def test_a_read_that_ends_in_a_moment_never_shows_the_bar(
    monkeypatch: pytest.MonkeyPatch, flow: StepsImport, walk: Activity
) -> None:
    _reads(monkeypatch, lambda **_o: READ)
    _choose(monkeypatch, StepsInto(walk), preview=False)
    flow.start()
    flow.wait()
    flow._show_progress.timeout.emit()  # late: nothing to show any more
    assert flow.progress is None and not flow._show_progress.isActive()


def test_a_new_step_activity_is_made_only_after_yes_from_the_first_day_read(
    monkeypatch: pytest.MonkeyPatch,
    flow: StepsImport,
    writes: list[StepsPlan],
    store: Store,
    clock: FakeClock,
) -> None:
    _reads(monkeypatch, lambda **_o: READ)
    shown = _choose(monkeypatch, StepsInto(None, "Steps", 2500), preview=False)
    flow.start()
    flow.wait()
    assert store.activities.list() == [] and writes == []
    assert [(plan.new_days, plan.heart_days, name) for plan, name in shown] == [(5, 1, "Steps")]
    _choose(monkeypatch, StepsInto(None, "Steps", 2500), preview=True)
    flow.start()
    flow.wait()
    (made,) = store.activities.list()
    assert (made.name, made.unit, made.target, made.started_on) == (
        "Steps",
        "steps",
        2500,
        DAYS[0].day,
    )
    assert [plan.activity_id for plan in writes] == [made.id]
    assert plain(flow.lines[-1]).startswith("Imported into “Steps”: 5 new days")


def test_days_after_today_are_not_planned_for_a_new_activity(store: Store) -> None:
    plan = steps_import.plan_for_new(READ, store, date(2026, 3, 12))
    assert (plan.first, plan.last, plan.new_days, plan.future_days) == (
        date(2026, 3, 10),
        date(2026, 3, 12),
        3,
        2,
    )
    assert plan.total_steps == 3000 + 3100 + 3200 and plan.heart_days == 1
    store.heart_rates.add([(date(2026, 3, 12), 61)], "apple-health:Watch")
    assert steps_import.plan_for_new(READ, store, date(2026, 3, 12)).heart_days == 0


def test_one_read_at_a_time(
    monkeypatch: pytest.MonkeyPatch, flow: StepsImport, walk: Activity
) -> None:
    gate = threading.Event()

    def held(cancelled, **_options):  # type: ignore[no-untyped-def]
        while not cancelled() and not gate.is_set():
            gate.wait(0.001)
        return READ

    calls = _reads(monkeypatch, held)
    _choose(monkeypatch, StepsInto(walk), preview=False)
    flow.start()
    flow.start()  # the menu again while reading: the read under way comes forward
    gate.set()
    flow.wait()
    assert len(calls) == 1


def test_quitting_stops_a_read_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, flow: StepsImport, walk: Activity, writes: list[StepsPlan]
) -> None:
    def endless(cancelled, **_options):  # type: ignore[no-untyped-def]
        while not cancelled():
            threading.Event().wait(0.001)
        raise StepsCancelled()

    _reads(monkeypatch, endless)
    shown = _choose(monkeypatch, StepsInto(walk), preview=True)
    flow.start()
    flow._show_progress.timeout.emit()  # the bar is up when Pause quits
    assert flow.progress is not None
    flow.shutdown()
    assert not flow.reading and shown == [] and writes == [] and flow.progress is None
    assert flow.lines == []  # quitting says nothing


def test_logs_of_the_user_are_not_touched_by_a_refused_file(
    monkeypatch: pytest.MonkeyPatch,
    flow: StepsImport,
    walk: Activity,
    store: Store,
    clock: FakeClock,
) -> None:
    store.attempts.add(walk.id, 2100, Felt.GOOD, "", clock())
    logs = store.attempts.all()

    def refuse(**_options: object) -> StepsRead:
        raise StepsRefused(StepsRefusal.NO_STEPS)

    _reads(monkeypatch, refuse)
    _choose(monkeypatch, StepsInto(walk), preview=True)
    flow.start()
    flow.wait()
    assert store.attempts.all() == logs


def test_the_real_plan_keeps_a_typed_day_and_writes_the_rest_as_imported(
    monkeypatch: pytest.MonkeyPatch,
    flow: StepsImport,
    walk: Activity,
    store: Store,
    clock: FakeClock,
) -> None:
    """The whole way through the storage's own plan and write (only the file is made up)."""
    typed = store.attempts.add(walk.id, 2222, Felt.GOOD, "", clock().on_day(DAYS[1].day))
    _reads(monkeypatch, lambda **_o: READ)
    shown = _choose(monkeypatch, StepsInto(walk), preview=True)
    flow.start()
    flow.wait()
    ((plan, _name),) = shown
    assert (plan.new_days, plan.kept_days, plan.heart_days) == (4, 1, 1)
    logs = {a.local_date: a for a in store.attempts.for_activity(walk.id)}
    assert logs[DAYS[1].day] == typed  # the user's own log, kept as theirs
    imported = [logs[d.day] for d in DAYS if d.day != DAYS[1].day]
    assert [(a.amount, a.felt, a.source) for a in imported] == [
        (d.steps, None, d.source) for d in DAYS if d.day != DAYS[1].day
    ]
    assert store.heart_rates.all() == [(date(2026, 3, 12), 61)]
    before = store.revision()
    flow.start()  # the same file again: nothing to write
    flow.wait()
    assert store.revision() == before


def test_your_data_owns_the_flow_and_backs_up_before_the_write(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    pause_home,
    clock: FakeClock,
    walk: Activity,
    words: None,
) -> None:
    from pause_app.storage import backups
    from pause_app.ui.data import YourData

    window = QWidget()
    qtbot.addWidget(window)
    data = YourData(store, pause_home, clock, window)
    notices: list[str] = []
    data.noticed.connect(notices.append)
    _reads(monkeypatch, lambda **_o: READ)
    _choose(monkeypatch, StepsInto(walk), preview=True)
    with qtbot.waitSignal(data.imported):
        data.import_steps()
        data.steps.wait()
    assert [b.name for b in backups.list_backups(pause_home.backups)] == [
        "pause-2026-03-15-100000.sqlite3"
    ]
    assert [plain(notice) for notice in notices] == [
        "Imported into “Walk”: 5 new days, 1 day of resting heart rate."
    ]
    data.shutdown()
    assert not data.steps.reading


def test_a_new_activity_whose_steps_cannot_be_written_is_not_left_behind_empty(
    monkeypatch: pytest.MonkeyPatch, flow: StepsImport, store: Store
) -> None:
    """The activity and its steps are one transaction: a failed write leaves neither."""
    from pause_app.storage.database import DatabaseError
    from pause_app.storage.steps import plan as plan_module

    def broken(db: object, values: object, source: str) -> int:
        raise DatabaseError(store.path, "disk full")

    monkeypatch.setattr(plan_module, "put_heart_rates", broken)
    monkeypatch.setattr(steps_import.wording, "database_message", lambda error: "no room")
    _reads(monkeypatch, lambda **_o: READ)
    _choose(monkeypatch, StepsInto(None, "Steps", 2500), preview=True)
    flow.start()
    flow.wait()
    assert store.activities.list(include_archived=True) == [] and store.attempts.all() == []
    assert flow.lines[-1] == "no room"
