"""What a screen reader finds, page by page and dialog by dialog: every interactive object
it can reach has a name, and no two in one window share one (a list of "Log…", "Log…",
"Log…" says nothing). Read through Qt's own accessibility interfaces, as the AT-SPI bridge
and NVDA's UIA bridge do."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

from pause_app.core.model import Felt, NewActivity
from pause_app.desktop.settings_watcher import SettingsWatcher
from pause_app.storage.backups import Backup
from pause_app.storage.importer import Plan
from pause_app.storage.paths import AppPaths
from pause_app.storage.settings_file import SettingsFile
from pause_app.storage.store import Store
from pause_app.ui.about import AboutDialog
from pause_app.ui.checkin.dialog import CheckInDialog
from pause_app.ui.data import ImportDialog, RestoreDialog
from pause_app.ui.goals.activity_dialog import AddActivityDialog
from pause_app.ui.goals.history_dialog import HistoryDialog
from pause_app.ui.goals.log_dialog import LogDialog
from pause_app.ui.goals.welcome import FirstRunDialog
from pause_app.ui.main_window import MainWindow
from pause_app.ui.settings.dialog import SettingsDialog
from pause_app.ui.widgets import fit
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window
from tests.ui.settings.helpers import FakeAutostart

Role = QAccessible.Role
LABELLED = QAccessible.Relation.Label
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.EditableText,
    Role.List,
    Role.ListItem,
    Role.Slider,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.Table,
    Role.Tree,
    Role.ScrollBar,
}
# Parts Qt draws inside a control (a spin box's arrows, a scroll bar's pages): the control
# itself carries the name a screen reader says.
INSIDE = {Role.SpinBox, Role.ComboBox, Role.ScrollBar, Role.List, Role.Table, Role.Tree}


def reachable(window: QWidget) -> Iterator[QAccessibleInterface]:
    """The interactive objects a screen reader can reach: shown, and not parts of another."""

    def walk(face: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
        for index in range(face.childCount()):
            child = face.child(index)
            if child is None or not child.isValid() or child.state().invisible:
                continue
            if child.role() in INTERACTIVE:
                yield child
            if child.role() not in INSIDE:
                yield from walk(child)

    yield from walk(QAccessible.queryAccessibleInterface(window))


def name_of(face: QAccessibleInterface) -> str:
    """What a screen reader says the object is. A drop-down's own name on Linux is its value
    ("Same as this computer"), and Qt does not pass a name set on it to AT-SPI (Orca heard
    only "with 1 minute of breathing"): its name is its visible label, the labelled-by
    relation a buddy gives it."""
    if face.role() is not Role.ComboBox:
        return face.text(QAccessible.Text.Name).strip()
    labels = [other.text(QAccessible.Text.Name) for other, _ in face.relations(LABELLED)]
    return " ".join(labels).replace("&", "").strip()


def problems(window: QWidget) -> list[str]:
    QCoreApplication.processEvents()
    found = [(face.role(), name_of(face)) for face in reachable(window)]
    unnamed = [f"{role.name} without a name" for role, name in found if not name]
    counts = Counter(name for role, name in found if name and role is not Role.ScrollBar)
    twice = [f"{name!r} {count} times" for name, count in counts.items() if count > 1]
    return unnamed + twice


@pytest.fixture
def full_store(store: Store, clock: FakeClock) -> Store:
    started = clock.today - timedelta(days=20)
    for name, unit, target in (("Steps inside", "steps", 50), ("Reading", "minutes", 20)):
        activity = store.activities.add(
            NewActivity(name, unit, target, started_on=started), clock()
        )
        for back in range(1, 6):
            store.attempts.add(
                activity.id,
                target,
                Felt.GOOD,
                "",
                clock().on_day(clock.today - timedelta(days=back)),
            )
    return store


@pytest.fixture
def window(qtbot, full_store: Store, pause_home: AppPaths, clock: FakeClock) -> MainWindow:
    main = main_window(full_store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.resize(1000, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("page", [MainWindow.BREATHE, MainWindow.GOALS, MainWindow.PROGRESS])
def test_every_page_names_each_control_once(window: MainWindow, page: int) -> None:
    window.show_page(page)
    assert problems(window) == []


def _read_order(widget: QWidget) -> list[object]:
    """Every object under ``widget`` as a screen reader walks them."""

    def walk(face: QAccessibleInterface) -> Iterator[object]:
        for index in range(face.childCount()):
            child = face.child(index)
            if child is not None and child.isValid():
                yield child.object()
                yield from walk(child)

    return list(walk(QAccessible.queryAccessibleInterface(widget)))


def test_a_screen_reader_reads_the_pages_in_the_order_they_show(window: MainWindow) -> None:
    """On Goals the cards before "Add an activity…", on Progress the chart before the weeks
    under it, as on the screen (not in the order they were made)."""
    window.show_page(MainWindow.GOALS)
    QCoreApplication.processEvents()
    goals = window.goals_page
    order = _read_order(goals)
    cards = [c for c in goals.findChildren(QWidget) if c.objectName().startswith("goal_card")]
    assert cards and all(order.index(c) < order.index(goals.add_button) for c in cards)
    goals.refresh()  # built again: still so
    order = _read_order(goals)
    cards = [c for c in goals.findChildren(QWidget) if c.objectName().startswith("goal_card")]
    assert all(order.index(c) < order.index(goals.add_button) for c in cards if c.isVisible())
    window.show_page(MainWindow.PROGRESS)
    QCoreApplication.processEvents()
    progress = window.progress_page
    order = _read_order(progress)
    assert progress.chart is not None
    assert order.index(progress.chart) < order.index(progress.weeks)


def test_the_goals_after_a_log_and_with_notices(qtbot, window: MainWindow) -> None:
    window.notices.add("A backup was made.")
    window.notices.add("Sound is not available.")
    window.show_page(MainWindow.GOALS)
    QCoreApplication.processEvents()
    for card in window.goals_page.findChildren(QWidget, "did_it"):
        if card.isVisible():
            card.click()  # type: ignore[attr-defined]
            break
    assert problems(window) == []


def test_the_exercise_names_each_control_once(window: MainWindow) -> None:
    window.start_pause()
    assert problems(window) == []
    assert window.exercise_view.accessibleName() and window.exercise_view.guide.accessibleName()
    window.exercise_view.stop()


def _settings(pause_home: AppPaths) -> SettingsWatcher:
    file = SettingsFile(pause_home.settings)
    return SettingsWatcher(file, file.load(repair=False).settings)


def _dialogs(store: Store, clock: FakeClock, pause_home: AppPaths) -> dict[str, QWidget]:
    inside = store.activities.list()[0]
    backup = Backup("b", Path("b"), datetime(2026, 3, 14, 10), 49_152, False, 3)
    plan = Plan(("Walk",), (), {"attempts": 12, "sessions": 5}, {"attempts": 3})
    watcher = _settings(pause_home)
    settings = SettingsDialog(watcher, FakeAutostart())
    watcher.setParent(settings)
    return {
        "log": LogDialog(store, inside, clock),
        "history": HistoryDialog(store, inside, clock),
        "activity": AddActivityDialog(store, clock),
        "settings": settings,
        "check-in": CheckInDialog(store.checkins, clock),
        "about": AboutDialog(pause_home),
        "welcome": FirstRunDialog(store, clock),
        "restore": RestoreDialog([backup]),
        "import": ImportDialog(plan, "pause.json"),
    }


@pytest.fixture
def without_screen_fit(qapp: QApplication) -> Iterator[None]:
    """The dialogs at their own size, whatever ran before in this process: a test that
    started the app (app.build) leaves fit.ScreenFit on the application, which wraps a dialog
    too big for the offscreen screen in a scroll area (under pytest-xdist, in any order)."""
    screen_fit = qapp.findChild(fit.ScreenFit, "screen_fit")
    if screen_fit is not None:
        qapp.removeEventFilter(screen_fit)
    yield
    if screen_fit is not None:
        qapp.installEventFilter(screen_fit)


@pytest.mark.usefixtures("without_screen_fit")
def test_every_dialog_names_each_control_once(
    qtbot, full_store: Store, clock: FakeClock, pause_home: AppPaths
) -> None:
    found: dict[str, list[str]] = {}
    for name, dialog in _dialogs(full_store, clock, pause_home).items():
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = getattr(dialog, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            found[f"{name} {index}"] = problems(dialog)
        dialog.close()
    assert {name: said for name, said in found.items() if said} == {}
