"""Look at one piece of Pause alone, or render every view to PNG.

    python -m pause_app.ui.demo main_window [--lang nl] [--theme dark] [--page goals]
    python -m pause_app.ui.demo about [--lang nl] [--theme dark]
    python -m pause_app.ui.demo screenshots DIR
    python -m pause_app.ui.demo look DIR  (focus, text sizes, high contrast, the welcome)

Uses a temporary data folder filled with a sample history; never the user's data.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QTime
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.core.breathing import CUSTOM_PATTERN
from pause_app.core.model import Felt, Moment, NewCheckIn
from pause_app.core.reminders import Status, StatusKind
from pause_app.core.settings import Settings, parse
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.desktop.sound import Cues
from pause_app.storage import sample
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.text import i18n, wording
from pause_app.ui.about import AboutDialog
from pause_app.ui.checkin import CheckInDialog
from pause_app.ui.demo_attention import attention_screenshots
from pause_app.ui.goals.activity_dialog import AddActivityDialog
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.goals.history_dialog import HistoryDialog
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.goals.welcome import FirstRunDialog
from pause_app.ui.main_window import MainWindow
from pause_app.ui.reminders.corner_window import ReminderWindow
from pause_app.ui.reminders.tray import Tray
from pause_app.ui.settings import SettingsDialog
from pause_app.ui.widgets import theme

PAGES = {"breathe": MainWindow.BREATHE, "goals": MainWindow.GOALS, "progress": MainWindow.PROGRESS}
SETTLE_ROUNDS = 5
WEEK_AND_WEEKEND = "mon-fri 09:00-12:00,13:30-21:00; sat,sun 10:00-20:00"
DEMO_NOW = Moment.from_aware(datetime(2026, 3, 15, 16, 30, tzinfo=timezone(timedelta(hours=1))))


@contextmanager
def demo_store(history: str = "month", language: str = "en") -> Iterator[tuple[Store, AppPaths]]:
    """``history``: "none", "month" (the goal panel's sample), "six_months" (the chart's) or
    "boom_and_bust" (big days, a small target, a tired day on another activity)."""
    with tempfile.TemporaryDirectory(prefix="pause-demo-") as folder:
        app_paths = AppPaths.single(Path(folder))
        app_paths.create()
        store = Store.open(app_paths.database, DEMO_NOW.utc)
        if history == "month":
            sample.fill(store, DEMO_NOW, sample.NAMES[language])
        elif history == "six_months":
            sample.six_months(store, DEMO_NOW, language)
        elif history == "boom_and_bust":
            sample.boom_and_bust(store, DEMO_NOW, language)
        try:
            yield store, app_paths
        finally:
            store.close()


def demo_window(store: Store, app_paths: AppPaths, **options: Any) -> MainWindow:
    """The main window on the demo data, with its own settings and (silent) sound."""
    file = SettingsFile(app_paths.settings)
    watcher = SettingsWatcher(file, file.load(repair=False).settings)
    cues = Cues()
    window = MainWindow(store, app_paths, lambda: DEMO_NOW, watcher, cues, **options)
    watcher.setParent(window)
    cues.setParent(window)
    return window


def _dispose(widget: QWidget) -> None:
    """Close and really delete: without an event loop deleteLater() would never run, and a
    later language change would reach widgets whose store is already closed."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _grab(widget: QWidget, target: Path) -> None:
    widget.show()
    for _ in range(SETTLE_ROUNDS):  # nested layouts and scroll areas settle over a few rounds
        QApplication.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(target)):
        raise OSError(f"could not save {target}")
    print(target)


class DemoMonotonic:
    """A monotonic clock the screenshots move by hand, so each frame is exactly chosen."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# (name, seconds into a pause with 1 minute of Calm breathing)
EXERCISE_FRAMES = (
    ("1-stop", 2.0),
    ("2-breathe-mid-inhale", 5.0 + 2.0),
    ("2-breathe-mid-exhale", 5.0 + 7.0),
    ("3-feel-safe", 5.0 + 60.0 + 6.0),
    ("4-continue", 5.0 + 60.0 + 15.0 + 1.0),
)


def exercise_screenshots(
    window: MainWindow, tick: DemoMonotonic, folder: Path, suffix: str
) -> None:
    start = tick.now
    window.start_pause(1)
    for name, seconds in EXERCISE_FRAMES:
        tick.now = start + seconds
        window.exercise_view.frame_timer.timeout.emit()
        _grab(window, folder / f"pause-{name}-{suffix}.png")
    window.start_pause(1)
    tick.now += 5.0 + 7.0  # mid-exhale, in the full-screen focus view
    window.breathe_area.toggle_focus_view()
    focus = window.breathe_area.focus_window
    assert focus is not None
    window.exercise_view.frame_timer.timeout.emit()
    _grab(focus, folder / f"pause-focus-view-{suffix}.png")
    window.exercise_view.stop()


def goal_screenshots(
    window: MainWindow, store: Store, folder: Path, suffix: str, language: str
) -> None:
    """The goal panel: with an offer, celebrating, in recovery; and the log form."""
    window.show_page(MainWindow.GOALS)
    _grab(window, folder / f"goals-offer-{suffix}.png")
    reading = store.activities.list()[1]
    window.goals_page._celebrations[reading.id] = QCoreApplication.translate(
        "GoalCard", "I did it! A small step, and it counts."
    )
    window.goals_page.refresh()
    _grab(window, folder / f"goals-celebration-{suffix}.png")  # logged today, with "Undo"
    _shown_card(window, reading.id).undo.click()  # taken back: "Put it back"
    _grab(window, folder / f"goals-taken-back-{suffix}.png")
    _shown_card(window, reading.id).today.put_back_button.click()  # as it was, for the rest
    log = LogDialog(store, store.activities.list()[0], lambda: DEMO_NOW)
    log.amount.setText("vijftig" if language == "nl" else "fifty")
    log.save_button.click()  # the calm error next to the field
    _grab(log, folder / f"goals-log-form-error-{suffix}.png")
    _dispose(log)
    inside = store.activities.list()[0]
    history = HistoryDialog(store, inside, lambda: DEMO_NOW)
    history.list.setCurrentRow(1)
    history.delete_button.click()  # shows the undo line
    _grab(history, folder / f"goals-history-undo-{suffix}.png")
    history.undo_button.click()
    _dispose(history)
    store.attempts.add(inside.id, 20, Felt.CRASH, "", DEMO_NOW)
    window.goals_page._after_crash.add(inside.id)
    window.goals_page._celebrations.clear()
    window.goals_page.refresh()
    _grab(window, folder / f"goals-recovery-{suffix}.png")


def hold_screenshots(store: Store, app_paths: AppPaths, folder: Path, suffix: str) -> None:
    """Boom and bust on the "boom_and_bust" history: this morning a small target is offered
    its one-unit step; a tired day yesterday holds the other card too and says where it came
    from; a big day gets a calm line, not praise; and the chart marks the big days."""
    from pause_app.ui.progress.chart import ChartRange  # lazy, as in the app

    window = demo_window(store, app_paths, reduced_motion=True)
    window.show_page(MainWindow.GOALS)
    _grab(window, folder / f"goals-small-step-{suffix}.png")
    for energy in (2, 6):  # a low morning holds today's step and suggests a lighter day
        store.checkins.save(NewCheckIn(DEMO_NOW.local_date, energy=energy), DEMO_NOW)
        window.bring_to_front()  # re-reads the cards and the check-in line
        if energy == 2:
            _grab(window, folder / f"goals-low-energy-{suffix}.png")
    inside, reading = store.activities.list()
    evening = DEMO_NOW.on_day(DEMO_NOW.local_date - timedelta(days=1))
    tired = store.attempts.add(inside.id, 40, Felt.TIRED, "", evening)
    window.goals_page.refresh()
    _grab(window, folder / f"goals-held-by-other-{suffix}.png")
    store.attempts.delete(tired.id)
    big = store.attempts.add(inside.id, 80, Felt.GOOD, "", DEMO_NOW)
    _shown_card(window, inside.id)._after_log(big)  # as after "Log…": no praise
    _grab(window, folder / f"goals-big-day-{suffix}.png")
    window.show_page(MainWindow.PROGRESS)
    chart = window.progress_page.chart
    assert chart is not None
    chart.choose(inside.id)
    chart.show_range(ChartRange.MONTH)
    _grab(window, folder / f"progress-big-day-{suffix}.png")
    chart.choose(reading.id)  # the other's big days and tired days, lighter
    _grab(window, folder / f"progress-other-activity-{suffix}.png")
    _dispose(window)


def _shown_card(window: MainWindow, activity_id: int) -> GoalCard:
    """The card on screen (cards replaced by a re-read wait for the event loop to go)."""
    cards = window.goals_page.findChildren(GoalCard, f"goal_card_{activity_id}")
    return next(card for card in cards if card.isVisible())


def add_activity_screenshots(store: Store, folder: Path, suffix: str, language: str) -> None:
    """The add dialog as it opens; at its smallest with a problem under every field; and
    with the second step (a new place for an activity already done) open."""
    adding = AddActivityDialog(store, lambda: DEMO_NOW)
    _grab(adding, folder / f"add-activity-{suffix}.png")
    adding.target.setText("fifty" if language == "en" else "vijftig")
    adding.add_button.click()  # a calm line under each field, none of them squashed
    adding.resize(adding.minimumSize())
    _grab(adding, folder / f"add-activity-error-{suffix}.png")
    _dispose(adding)
    adding = AddActivityDialog(store, lambda: DEMO_NOW)
    adding.name.setText("Steps outside" if language == "en" else "Stappen buiten")
    adding.new_place.setChecked(True)
    _grab(adding, folder / f"add-activity-new-place-{suffix}.png")
    _dispose(adding)


def data_screenshots(store: Store, app_paths: AppPaths, folder: Path, suffix: str) -> None:
    """Your data: the File menu, the notice after Back up now, the restore chooser (a week of
    backups, one kept before a restore) and the import preview."""
    from pause_app.storage import backups
    from pause_app.storage.importer import Plan
    from pause_app.text import your_data
    from pause_app.ui.data import ImportDialog, RestoreDialog

    now = backups.wall_clock(DEMO_NOW)
    for days in range(6, -1, -1):
        made = backups.back_up(store.path, app_paths.backups, now - timedelta(days=days, hours=6))
    found = backups.list_backups(app_paths.backups, count=True)
    kept = backups.Backup(made.name, made.path, now, made.size, True, found[0].rows)
    window = demo_window(store, app_paths, reduced_motion=True)
    window.notices.add(your_data.backup_made_in_folder())
    _grab(window, folder / f"data-backup-notice-{suffix}.png")
    window.file_menu.popup(QPoint(0, 0))
    _grab(window.file_menu, folder / f"data-file-menu-{suffix}.png")
    window.file_menu.hide()
    _dispose(window)
    restore = RestoreDialog([kept, *found])
    _grab(restore, folder / f"data-restore-{suffix}.png")
    _dispose(restore)
    (inside, _), (reading, _) = sample.NAMES["nl" if suffix.startswith("nl") else "en"]
    plan = Plan(
        (sample.OUTSIDE["nl" if suffix.startswith("nl") else "en"][0],),
        (inside, reading),
        {"attempts": 312, "target_changes": 14, "sessions": 205, "reminders": 48},
        {"attempts": 1048, "target_changes": 31, "sessions": 650, "reminders": 0},
    )
    preview = ImportDialog(plan, str(Path.home() / "pause-export-2026-03-15.json"))
    _grab(preview, folder / f"data-import-preview-{suffix}.png")
    _dispose(preview)


def checkin_screenshots(store: Store, app_paths: AppPaths, folder: Path, suffix: str) -> None:
    """The check-in empty, then answered and kept, and the Goals page's line after it."""
    form = CheckInDialog(store.checkins, lambda: DEMO_NOW)
    _grab(form, folder / f"checkin-empty-{suffix}.png")
    for scale, index in ((form.energy, 6), (form.spent, 4), (form.sleep, 2), (form.symptoms, 1)):
        scale.buttons[index].click()
    form.save_button.click()
    _grab(form, folder / f"checkin-kept-{suffix}.png")
    _dispose(form)
    window = demo_window(store, app_paths, reduced_motion=True)
    window.show_page(MainWindow.GOALS)
    _grab(window, folder / f"checkin-goals-line-{suffix}.png")
    _dispose(window)


def progress_screenshots(store: Store, app_paths: AppPaths, folder: Path, suffix: str) -> None:
    """The chart over a realistic half year: a month (as it opens), three months, all of it,
    the energy strip around the crash, and inside and outside side by side."""
    from pause_app.ui.progress.axis import DAY, day_x  # lazy, as in the app
    from pause_app.ui.progress.chart import ChartRange

    window = demo_window(store, app_paths)
    window.show_page(MainWindow.PROGRESS)
    _grab(window, folder / f"progress-month-{suffix}.png")
    chart = window.progress_page.chart
    assert chart is not None
    for chart_range, name in ((ChartRange.THREE_MONTHS, "3-months"), (ChartRange.ALL, "all")):
        chart.show_range(chart_range)
        _grab(window, folder / f"progress-{name}-{suffix}.png")
    crash = day_x(DEMO_NOW.local_date - timedelta(days=sample.CRASH_DAYS_AGO))
    chart.activity_plots[0].plot.getViewBox().setXRange(crash - 30 * DAY, crash + 30 * DAY)
    _grab(window, folder / f"progress-energy-{suffix}.png")  # the strip around the crash
    outside = next(a for a in store.activities.list() if a.derived_from is not None)
    assert outside.derived_from is not None
    chart.choose(outside.derived_from, outside.id)
    chart.show_range(ChartRange.THREE_MONTHS)
    _grab(window, folder / f"progress-side-by-side-{suffix}.png")  # stacked on one day axis
    from pause_app.ui.demo_progress import access_screenshots  # it imports this module

    access_screenshots(window, folder, suffix, suffix.split("-")[0])  # keyboard, table, day 1
    _dispose(window)


class _DemoSettings:
    """Settings for the screenshots, in memory only."""

    def __init__(self) -> None:
        self.current = Settings.defaults()

    def get(self, key: str) -> bool | int | str:
        return self.current[key]

    def set(self, key: str, text: str) -> None:
        self.current = self.current.with_value(key, parse(key, text))


def tray_screenshots(folder: Path, suffix: str) -> None:
    """The tray menu (a reminder at 14:30), the corner reminder, and each settings tab."""
    zone = timezone(timedelta(hours=1))
    now = DEMO_NOW.utc
    tray = Tray()
    tray.show_status(Status(StatusKind.ACTIVE, now + timedelta(minutes=50)), now, zone)
    tray.menu.popup(QPoint(0, 0))
    _grab(tray.menu, folder / f"tray-menu-{suffix}.png")
    tray.show_status(Status(StatusKind.PAUSED, now + timedelta(hours=2)), now, zone)
    _grab(tray.menu, folder / f"tray-menu-paused-{suffix}.png")
    tray.menu.hide()
    tray.pause_menu.popup(QPoint(0, 0))
    _grab(tray.pause_menu, folder / f"tray-menu-pause-reminders-{suffix}.png")
    tray.pause_menu.hide()
    tray.deleteLater()
    _dispose(tray.menu)
    reminder = ReminderWindow()
    reminder.reduced_motion = True
    reminder.pop_up()
    _grab(reminder, folder / f"reminder-window-{suffix}.png")
    reminder.withdraw()
    _dispose(reminder)
    dialog = SettingsDialog(_DemoSettings(), None)
    for index, name in enumerate(("reminders", "breathing", "sound", "look", "start")):
        dialog.tabs.setCurrentIndex(index)
        _grab(dialog, folder / f"settings-{name}-{suffix}.png")
    hours = dialog.reminders.hours
    hours.show(WEEK_AND_WEEKEND)  # the per-day editor with two groups of days
    dialog.tabs.setCurrentIndex(0)
    _grab(dialog, folder / f"settings-reminders-hours-{suffix}.png")
    hours.editor.groups[0].ranges[0].start.setTime(QTime(13, 0))  # past its end
    _grab(dialog, folder / f"settings-reminders-error-{suffix}.png")
    _dispose(dialog)
    attention_screenshots(folder, suffix)  # the tray waiting for do not disturb, away


def screenshots(folder: Path) -> None:
    translations = i18n.Translations()
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    for language in i18n.LANGUAGES:
        translations.install(language)
        for theme_name in ("light", "dark"):
            theme.apply(qt_app, theme_name)
            suffix = f"{language}-{theme_name}"
            with demo_store(language=language) as (store, app_paths):
                tick = DemoMonotonic()
                window = demo_window(store, app_paths, monotonic=tick)
                for name, index in PAGES.items():
                    window.show_page(index)
                    _grab(window, folder / f"main-{name}-{suffix}.png")
                goal_screenshots(window, store, folder, suffix, language)
                exercise_screenshots(window, tick, folder, suffix)
                controls = window.breathe_area.controls
                controls.pattern.setCurrentIndex(controls.pattern.findData(CUSTOM_PATTERN))
                controls.custom_row.parts[1].setValue(2)  # a hold: the caution line shows
                window.show_page(MainWindow.BREATHE)
                window.breathe_page.verticalScrollBar().setValue(0)
                _grab(window, folder / f"main-breathe-own-rhythm-{suffix}.png")
                window.reduced_motion = True
                window.start_pause(1)
                tick.now += 7.0
                window.exercise_view.frame_timer.timeout.emit()
                _grab(window, folder / f"pause-reduced-motion-mid-inhale-{suffix}.png")
                window.exercise_view.stop()
                _dispose(window)
                about = AboutDialog(app_paths)
                _grab(about, folder / f"about-{suffix}.png")
                _dispose(about)
                data_screenshots(store, app_paths, folder, suffix)
                add_activity_screenshots(store, folder, suffix, language)
                checkin_screenshots(store, app_paths, folder, suffix)
            with demo_store("six_months", language) as (store, app_paths):
                progress_screenshots(store, app_paths, folder, suffix)
            with demo_store("boom_and_bust", language) as (store, app_paths):
                hold_screenshots(store, app_paths, folder, suffix)
            tray_screenshots(folder, suffix)
            from pause_app.ui.demo_steps import steps_screenshots  # it imports this module

            steps_screenshots(folder, suffix, language)  # the step import, the pulse, the rests
            with demo_store(history="none") as (store, app_paths):
                window = demo_window(store, app_paths, reduced_motion=True)
                window.notices.add(
                    wording.settings_corrupt_notice(str(app_paths.settings) + ".bak")
                )
                window.show_page(MainWindow.GOALS)
                _grab(window, folder / f"main-first-run-{suffix}.png")
                welcome = FirstRunDialog(store, lambda: DEMO_NOW, window)
                _grab(welcome, folder / f"first-run-welcome-{suffix}.png")
                _dispose(welcome)
                _dispose(window)
    translations.uninstall()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pause_app.ui.demo")
    parser.add_argument("widget", choices=("main_window", "about", "screenshots", "look"))
    parser.add_argument("folder", nargs="?", default="screenshots")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="en")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--page", choices=tuple(PAGES), default="breathe")
    options = parser.parse_args(argv)
    qt_app = QApplication([sys.argv[0]])
    if options.widget in ("screenshots", "look"):
        from pause_app.ui.demo_look import look_screenshots  # it imports this module

        if options.widget == "screenshots":
            screenshots(Path(options.folder))
        look_screenshots(Path(options.folder))
        return 0
    translations = i18n.Translations()
    translations.install(options.lang)
    theme.apply(qt_app, options.theme)
    with demo_store(language=options.lang) as (store, app_paths):
        if options.widget == "about":
            AboutDialog(app_paths).exec()
            return 0
        window = demo_window(store, app_paths)
        window.show_page(PAGES[options.page])
        window.show()
        return qt_app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
