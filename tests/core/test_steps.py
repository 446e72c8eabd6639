"""Steps per local day: the day a record started, the largest source, duplicates once."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pause_app.core.steps import DailyCounter, DayTotal, RestingCounter, StepRecord, daily_totals

PLUS_ONE = timezone(timedelta(hours=1))
PLUS_TWO = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-5))


def at(day: int, hour: int, minute: int = 0, zone: timezone = PLUS_TWO) -> datetime:
    return datetime(2024, 4, day, hour, minute, tzinfo=zone)


def test_a_record_spanning_midnight_counts_on_the_day_it_started() -> None:
    walk = StepRecord("phone", at(1, 23, 50), 400, at(2, 0, 10))
    assert daily_totals([walk]) == [DayTotal(date(2024, 4, 1), 400, "phone")]


def test_the_day_is_the_one_in_the_records_own_offset() -> None:
    """23:30 in New York is already the next day in Amsterdam; it counts where it was walked."""
    evening = StepRecord("phone", at(3, 23, 30, NEW_YORK), 800)
    assert daily_totals([evening]) == [DayTotal(date(2024, 4, 3), 800, "phone")]


def test_the_largest_source_counts_never_the_sum() -> None:
    records = [
        StepRecord("phone", at(1, 9), 500),
        StepRecord("phone", at(1, 17), 700),
        StepRecord("watch", at(1, 9), 1000),
    ]
    assert daily_totals(records) == [DayTotal(date(2024, 4, 1), 1200, "phone")]


def test_the_same_record_twice_counts_once_and_a_different_one_counts() -> None:
    one = StepRecord("phone", at(1, 9), 500, at(1, 9, 10))
    other = StepRecord("phone", at(1, 9, 10), 500, at(1, 9, 20))
    assert daily_totals([one, one, other]) == [DayTotal(date(2024, 4, 1), 1000, "phone")]


def test_a_day_across_a_clock_change_sums_both_offsets() -> None:
    before = StepRecord("phone", datetime(2024, 3, 31, 1, 30, tzinfo=PLUS_ONE), 300)
    after = StepRecord("phone", datetime(2024, 3, 31, 3, 30, tzinfo=PLUS_TWO), 900)
    assert daily_totals([before, after]) == [DayTotal(date(2024, 3, 31), 1200, "phone")]


def test_a_time_without_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="offset"):
        daily_totals([StepRecord("phone", datetime(2024, 4, 1, 9), 10)])


def test_whole_days_given_twice_keep_the_larger_and_nothing_is_zero() -> None:
    counter = DailyCounter()
    counter.add_day(date(2024, 4, 1), 900, "fit")
    counter.add_day(date(2024, 4, 1), 1000, "fit")
    counter.add_day(date(2024, 4, 2), 0, "fit")
    counter.add_on(date(2024, 4, 2), "band", -1)
    assert counter.totals() == [DayTotal(date(2024, 4, 1), 1000, "fit")]


def test_equal_sources_choose_by_name_so_a_second_import_agrees() -> None:
    records = [StepRecord("watch", at(1, 9), 500), StepRecord("phone", at(1, 9), 500)]
    assert daily_totals(records) == daily_totals(list(reversed(records)))
    assert daily_totals(records)[0].source == "phone"


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["phone", "watch", "band"]), st.integers(0, 47), st.integers(0, 900)
        ),
        max_size=60,
    )
)
def test_a_days_total_is_one_sources_sum_and_at_least_every_sources(
    entries: list[tuple[str, int, int]],
) -> None:
    records = [
        StepRecord(source, at(1, 0) + timedelta(minutes=30 * slot), steps)
        for source, slot, steps in entries
    ]
    seen: set[tuple[str, datetime, int]] = set()
    expected: dict[str, int] = {}
    for r in records:
        if r.steps > 0 and (r.source, r.start, r.steps) not in seen:
            seen.add((r.source, r.start, r.steps))
            expected[r.source] = expected.get(r.source, 0) + r.steps
    totals = daily_totals(records)
    if not expected:
        assert totals == []
        return
    [total] = totals
    assert total.steps == max(expected.values())
    assert expected[total.source] == total.steps


def test_resting_heart_rate_a_days_own_value_wins_and_the_lowest_of_several() -> None:
    counter = RestingCounter()
    day = date(2024, 4, 1)
    counter.add_resting(day, 61.4)
    counter.add_resting(day, 58.6)
    for _ in range(50):
        counter.add_sample(day, 90)
    assert counter.per_day() == [(day, 59)]


def test_resting_heart_rate_from_samples_is_a_low_percentile_and_ignores_no_reading() -> None:
    counter = RestingCounter()
    day = date(2024, 4, 1)
    counter.add_sample(day, 0, 500)  # "no reading", however many
    counter.add_sample(day, 255, 500)
    counter.add_sample(day, 55, 10)
    counter.add_sample(day, 70, 90)
    assert counter.per_day() == [(day, 55)]
    sparse = RestingCounter()
    sparse.add_sample(day, 60, 5)  # too few readings to say
    assert sparse.per_day() == []


@given(st.lists(st.integers(-(2**63), 2**63 - 1) | st.integers(0, 3000), max_size=3000))
def test_the_table_of_seen_records_answers_as_a_set_would(keys: list[int]) -> None:
    from pause_app.core.steps import _Seen

    seen, reference = _Seen(), set()
    for key in keys:
        assert seen.add(key) is ((key or 1) not in reference)
        reference.add(key or 1)


def test_a_step_unit_is_steps_in_english_or_dutch_or_the_word_given() -> None:
    from pause_app.core.steps import is_step_unit

    assert all(is_step_unit(unit) for unit in ("steps", " Step ", "STAPPEN", "stap"))
    assert not any(is_step_unit(unit) for unit in ("minutes", "km", "", "steps a day"))
    assert is_step_unit("Schritte", also=(" schritte",)) and not is_step_unit("Schritte")
