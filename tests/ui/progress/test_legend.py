"""The legend in words under the plots."""

from __future__ import annotations

from pause_app.ui.progress.chart import ProgressChart


def test_the_legend_says_what_each_mark_means(chart: ProgressChart) -> None:
    texts = [entry.text.text() for entry in chart.legend_entries.values()]
    assert "Crash" in texts and "3 days before a crash" in texts and "Went well" in texts
    assert all(not entry.sample.pixmap().isNull() for entry in chart.legend_entries.values())
