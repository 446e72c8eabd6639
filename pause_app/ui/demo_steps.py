"""Screenshots of the step import (File ▸ Import steps…) and what it brings to Progress:

- steps-activity: where the steps go (a new activity counted in steps);
- steps-progress: a big export being read, with Cancel;
- steps-preview: a newer export of the same watch, with a day the user typed themselves;
- progress-steps / progress-steps-heart: the Progress page after half a year of imported
  steps, without and with the resting heart rate line;
- progress-weekly-rests: pauses and rests week by week, under the chart;
- steps-refused: a damaged export, said in one calm line.

    python -m pause_app.ui.demo_steps DIR   (or as part of python -m pause_app.ui.demo screenshots)
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pause_app.core.model import ChangeReason, Felt, NewActivity, ReminderOutcome
from pause_app.core.steps import DayTotal
from pause_app.storage import sample, steps
from pause_app.storage.backups import wall_clock
from pause_app.storage.steps import StepFormat, StepsRead, StepsRefusal
from pause_app.storage.store import Store
from pause_app.text import steps_words
from pause_app.ui.data.steps_dialog import (
    StepsActivityDialog,
    StepsPreviewDialog,
    StepsProgressDialog,
)
from pause_app.ui.demo import DEMO_NOW, _dispose, _grab, demo_store, demo_window
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import theme

FILE = str(Path.home() / "Downloads" / "export.zip")
WATCH = {"en": ("Steps", "steps"), "nl": ("Stappen", "stappen")}  # (name, unit)
SOURCE = "apple-health:Apple Watch"
NOW = wall_clock(DEMO_NOW)  # aware, in the user's zone


def _read(days: list[tuple[date, int]], heart: list[tuple[date, int]]) -> StepsRead:
    totals = tuple(DayTotal(day, count, SOURCE) for day, count in days)
    return StepsRead(StepFormat.APPLE_HEALTH, totals, tuple(heart))


def _rests(store: Store) -> None:
    """Natural breaks the reminders noticed over the last weeks (a few too short to count)."""
    for days_ago, minutes in ((0, 25), (1, 8), (2, 40), (3, 0.5), (6, 12), (9, 30), (16, 15)):
        at = DEMO_NOW.on_day(DEMO_NOW.local_date - timedelta(days=days_ago))
        store.reminders.add(at, ReminderOutcome.AWAY, away_seconds=minutes * 60)


def steps_screenshots(folder: Path, suffix: str, language: str) -> None:
    """Each view of the step import on the six months' sample, in the language installed."""
    with demo_store("six_months", language) as (store, app_paths):
        chooser = StepsActivityDialog(store.activities.list(), FILE)
        chooser.activity.setCurrentIndex(chooser.activity.count() - 1)
        chooser.target.setText("1500")
        _grab(chooser, folder / f"steps-activity-{suffix}.png")
        _dispose(chooser)
        reading = StepsProgressDialog(FILE)
        reading.set_fraction(0.42)
        _grab(reading, folder / f"steps-progress-{suffix}.png")
        _dispose(reading)

        days, heart = sample.watch_half_year(DEMO_NOW)
        today = DEMO_NOW.local_date
        first = _read(days[:-3], heart[:-3])  # the first export, three days ago
        walk = store.activities.add(
            NewActivity(*WATCH[language], 1700, started_on=days[0][0]), DEMO_NOW
        )
        for month in range(1, 6):  # offers accepted along the way
            raised = DEMO_NOW.on_day(days[0][0] + timedelta(days=30 * month))
            store.activities.set_target(
                walk.id, 1700 + 110 * month, ChangeReason.OFFER_ACCEPTED, raised
            )
        steps.apply_steps(store, steps.plan_steps(store, walk.id, first, today=today), NOW)
        typed = DEMO_NOW.on_day(today - timedelta(days=2))
        store.attempts.add(walk.id, 2400, Felt.OK, "", typed)  # a day typed by hand
        newer = [(d, n + 350 if d == today - timedelta(days=4) else n) for d, n in days]
        plan = steps.plan_steps(store, walk.id, _read(newer, heart), today=today)
        preview = StepsPreviewDialog(plan, walk.name, FILE)
        _grab(preview, folder / f"steps-preview-{suffix}.png")
        _dispose(preview)
        steps.apply_steps(store, plan, NOW)
        _rests(store)

        from pause_app.ui.progress.chart import ChartRange  # lazy, as in the app

        window = demo_window(store, app_paths, reduced_motion=True)
        window.show_page(MainWindow.PROGRESS)
        window.progress_page.refresh()
        chart = window.progress_page.chart
        assert chart is not None
        chart.choose(walk.id)
        chart.show_range(ChartRange.ALL)
        _grab(window, folder / f"progress-steps-{suffix}.png")
        chart.heart_plot.toggle.setChecked(True)
        _grab(window, folder / f"progress-steps-heart-{suffix}.png")
        chart.heart_plot.toggle.setChecked(False)
        window.progress_page.verticalScrollBar().setValue(
            window.progress_page.verticalScrollBar().maximum()
        )
        _grab(window, folder / f"progress-weekly-rests-{suffix}.png")
        window.notices.add(steps_words.refusal(StepsRefusal.BROKEN_XML, "48213"))
        window.progress_page.verticalScrollBar().setValue(0)
        _grab(window, folder / f"steps-refused-{suffix}.png")  # a bad file: one calm line
        _dispose(window)


def main(argv: list[str]) -> int:
    from pause_app.text import i18n

    folder = Path(argv[0] if argv else "screenshots")
    qt_app = QApplication([sys.argv[0]])
    translations = i18n.Translations()
    for language in i18n.LANGUAGES:
        translations.install(language)
        for theme_name in ("light", "dark"):
            theme.apply(qt_app, theme_name)
            steps_screenshots(folder, f"{language}-{theme_name}", language)
    translations.uninstall()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
