from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pause_app.core.model import Moment


def test_moment_keeps_the_local_day_and_offset() -> None:
    late_evening = datetime(2026, 3, 15, 0, 30, tzinfo=timezone(timedelta(hours=2)))
    moment = Moment.from_aware(late_evening)
    assert moment.local_date == date(2026, 3, 15)
    assert moment.utc == datetime(2026, 3, 14, 22, 30, tzinfo=UTC)
    assert moment.utc_offset_minutes == 120


def test_moment_counted_on_an_earlier_day_keeps_when_it_was_entered() -> None:
    moment = Moment.from_aware(datetime(2026, 3, 15, 9, 0, tzinfo=UTC))
    earlier = moment.on_day(date(2026, 3, 13))
    assert earlier.local_date == date(2026, 3, 13)
    assert earlier.utc == moment.utc


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Moment.from_aware(datetime(2026, 3, 15, 9, 0))
