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
    """The pages never scroll sideways: the legend fits the chart's width in the window's
    usual size (920 wide: 666 beside the sidebar), three entries a row at most."""
    from pause_app.text import i18n
    from pause_app.ui.progress.legend import ROWS

    assert max(len(row) for row in ROWS) <= 3
    for language in i18n.LANGUAGES:
        translations.install(language)
        chart.retranslate_ui()
        assert chart.legend.grid.minimumSize().width() <= 666, language
