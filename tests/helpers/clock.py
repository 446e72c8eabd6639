"""A clock that only moves when a test says so."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from pause_app.core.model import Moment

CET = timezone(timedelta(hours=1))


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 15, 10, 0, tzinfo=CET)

    def __call__(self) -> Moment:
        return Moment.from_aware(self.now)

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    @property
    def today(self) -> date:
        return self.now.date()


class FakeMonotonic:
    """A monotonic clock in seconds that only moves when a test says so."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
