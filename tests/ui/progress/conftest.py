"""The progress chart's fixtures: ten days of history, and the chart showing it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pause_app.core.model import (
    ChangeReason,
    Felt,
    NewActivity,
    NewSession,
    SessionEnd,
    SessionKind,
)
from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.progress.chart import ProgressChart
from tests.helpers.clock import FakeClock


def _at(clock: FakeClock, days_ago: int):  # type: ignore[no-untyped-def]
    return clock().on_day(clock.today - timedelta(days=days_ago))


@pytest.fixture
def history(store: Store, clock: FakeClock) -> dict[str, int]:
    """Ten days of "Steps inside": a gap, a tired day, a crash, a raised target; pauses."""
    start = clock.today - timedelta(days=10)
    inside = store.activities.add(
        NewActivity("Steps inside", "steps", 50, started_on=start), _at(clock, 10)
    )
    reading = store.activities.add(
        NewActivity("Minutes reading", "minutes", 10, started_on=start), _at(clock, 10)
    )
    logs = {10: (50, Felt.GOOD, "first day"), 9: (51, Felt.GOOD, ""), 7: (40, Felt.TIRED, "")}
    logs |= {6: (52, Felt.OK, ""), 2: (20, Felt.CRASH, "too much"), 0: (45, Felt.GOOD, "")}
    for days_ago, (amount, felt, note) in logs.items():
        store.attempts.add(inside.id, amount, felt, note, _at(clock, days_ago))
    store.activities.set_target(inside.id, 52, ChangeReason.OFFER_ACCEPTED, _at(clock, 6))
    store.attempts.add(reading.id, 12, Felt.GOOD, "", _at(clock, 1))
    for days_ago, seconds in ((3, 90.0), (3, 150.0), (1, 60.0)):
        store.sessions.add(
            NewSession(SessionKind.PAUSE, "calm", 80.0, seconds, SessionEnd.FINISHED),
            _at(clock, days_ago),
        )
    return {"inside": inside.id, "reading": reading.id}


@pytest.fixture
def chart(
    qtbot, store: Store, clock: FakeClock, history: dict[str, int], translations: i18n.Translations
) -> ProgressChart:
    translations.install("en")  # English plurals ("1 pause", "3 days") come from a catalogue
    widget = ProgressChart(store, clock)
    qtbot.addWidget(widget)
    widget.resize(800, 560)
    widget.show()
    widget.reload()
    widget.choose(history["inside"])
    return widget
