"""Which days the chart shows, and the days in words: how many days each range spans, the
room kept right of today (so today's marks are whole), the days in view, and the summary's
words for them ("Today", "Since 3 March 2026", "In the last 7 days")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from pause_app.core.summary import GrowthSummary
from pause_app.ui.progress.axis import DAY, day_x, x_day
from pause_app.ui.progress.controls import ChartRange
from pause_app.ui.progress.words import long_day

translate = QCoreApplication.translate

EDGE_SHARE = 0.025  # room right of today: half a day, or this share of the days shown


def span_days(chart_range: ChartRange, first: date, today: date) -> int:
    """The days a range shows: All, every day since ``first`` (a week at least)."""
    if chart_range is ChartRange.ALL:
        return max((today - first).days + 1, 7)
    return int(chart_range.value)


def right_edge(today: date, span: float) -> float:
    """The right end of the view over ``span`` (x units) up to ``today``: half a day past
    today's noon, or more when days are narrow, so a star on today is never cut in half."""
    return day_x(today) + max(DAY / 2, span * EDGE_SHARE)


def in_view(x_range: Sequence[float], first: date, today: date) -> tuple[date, date]:
    """The days whose noon is in view, within ``first..today``."""
    low, high = x_range
    shown_first = max(x_day(low + DAY / 2), first)
    shown_last = min(x_day(high - DAY / 2), today)
    return shown_first, max(shown_first, shown_last)


def range_words(first: date, last: date, since: date, today: date) -> str:
    """The days ``first..last`` in words, ``since`` being the first day there is."""
    if last != today:
        return translate("ProgressChart", "From {first} to {last}").format(
            first=long_day(first, with_weekday=False), last=long_day(last, with_weekday=False)
        )
    if first == today:
        return translate("ProgressChart", "Today")
    if first <= since:
        return translate("ProgressChart", "Since {day}").format(
            day=long_day(first, with_weekday=False)
        )
    return translate("ProgressChart", "In the last {n} days").format(n=(today - first).days + 1)


def calm_words(days: str, counts: str, ends_today: bool) -> str:
    """The calm breathing in the days shown: ``counts`` ("3 pauses · 5 minutes of calm
    breathing"), or, with none, a kind line instead of zeros."""
    if counts:
        return f"{days}: {counts}"
    if ends_today:
        return translate(
            "ProgressChart", "{days}: no pauses yet. One is here whenever you want it."
        ).format(days=days)
    return translate("ProgressChart", "{days}: no pauses on these days.").format(days=days)


def growth_words(growth: GrowthSummary, unit: str) -> str:
    """How the target grew; a target that has not moved yet is where it started."""
    since = long_day(growth.since, with_weekday=False)
    if growth.first_target == growth.current_target:
        return translate("ProgressChart", "Started with {current} {unit} on {since}").format(
            current=growth.current_target, unit=unit, since=since
        )
    return translate("ProgressChart", "From {first} to {current} {unit} since {since}").format(
        first=growth.first_target, current=growth.current_target, unit=unit, since=since
    )
