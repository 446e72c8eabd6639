"""The legend in words under the plots."""

from __future__ import annotations

from pause_app.ui.progress.chart import ProgressChart


def test_the_legend_says_what_each_mark_means(chart: ProgressChart) -> None:
    texts = [entry.text.text() for entry in chart.legend_entries.values()]
    assert "Crash" in texts and "3 days before a crash" in texts and "Went well" in texts
    assert all(not entry.sample.pixmap().isNull() for entry in chart.legend_entries.values())


def test_the_legend_fits_beside_the_sidebar_in_each_language(
    chart: ProgressChart, translations
) -> None:
    """The legend wraps: it needs no more than its widest entry, in each language."""
    from pause_app.text import i18n

    for language in i18n.LANGUAGES:
        translations.install(language)
        chart.retranslate_ui()
        assert chart.legend.grid.minimumSize().width() <= 300, language


def test_the_legend_lists_only_what_is_in_view(chart: ProgressChart, clock) -> None:
    from datetime import timedelta

    from pause_app.ui.progress.axis import DAY, day_x

    def shown() -> set[str]:
        return {kind for kind, entry in chart.legend_entries.items() if not entry.isHidden()}

    # The week: the crash two days ago, the three days before it, and the pauses.
    assert {"done", "target", "crash", "before", "calm", "pauses"} <= shown()
    assert "tired" not in shown()  # the tired day was seven days ago
    view = chart.activity_plots[0].plot.getViewBox()
    first = day_x(clock.today - timedelta(days=10))
    view.setXRange(first - DAY / 2, first + 3.5 * DAY, padding=0)  # the first four days
    assert "crash" not in shown() and "pauses" not in shown() and "calm" not in shown()
    assert {"done", "target", "success", "tired"} <= shown()
    chart.today_button.click()
    assert "crash" in shown()


def test_a_kind_of_mark_is_in_view_only_on_its_days(chart: ProgressChart, clock) -> None:
    from datetime import timedelta

    from pause_app.ui.progress.legend import in_view

    inside = chart.shown_ids()[0]
    data = chart.series_for(inside)
    today = clock.today
    calm = chart.calm_series()
    assert "crash" in in_view([(data, inside)], calm, [], today - timedelta(days=2), today)
    assert "crash" not in in_view([(data, inside)], calm, [], today - timedelta(days=1), today)
    assert in_view([], None, [], today, today) == set()
