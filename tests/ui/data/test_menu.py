"""The File menu's way in to your data, and About saying where the backups are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pause_app.core.model import Felt, NewActivity
from pause_app.storage.paths import AppPaths
from pause_app.storage.store import Store
from pause_app.text import i18n
from pause_app.ui.about import AboutDialog
from pause_app.ui.goals.card import GoalCard
from pause_app.ui.main_window import MainWindow
from pause_app.ui.widgets import theme
from tests.helpers.clock import FakeClock
from tests.helpers.window import main_window


@pytest.fixture
def window(qtbot, store: Store, pause_home: AppPaths, clock: FakeClock) -> MainWindow:
    main = main_window(store, pause_home, clock, reduced_motion=True)
    qtbot.addWidget(main)
    main.show()
    return main


def test_the_file_menu_offers_import_backup_and_restore(window: MainWindow) -> None:
    texts = [action.text() for action in window.file_menu.actions()]
    assert texts == [
        "&Import…",
        "Import s&teps…",
        "Import steps from a &folder…",
        "&Back up now",
        "&Restore a backup…",
        "",
        "&Settings…",
        "",
        "&Quit",
    ]
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(set(mnemonics))  # each reachable by its own letter


@pytest.mark.parametrize(
    ("action", "signal"),
    [
        ("import_action", "import_requested"),
        ("import_steps_folder_action", "import_steps_folder_requested"),
        ("backup_action", "backup_requested"),
        ("restore_action", "restore_requested"),
    ],
)
def test_each_action_asks_the_app(qtbot, window: MainWindow, action: str, signal: str) -> None:
    with qtbot.waitSignal(getattr(window, signal)):
        getattr(window, action).trigger()


def test_after_an_import_the_goals_show_it(
    qtbot, window: MainWindow, store: Store, clock: FakeClock
) -> None:
    window.show_page(MainWindow.GOALS)
    walk = store.activities.add(NewActivity("Walk", "steps", 50), clock())
    store.attempts.add(walk.id, 50, Felt.GOOD, "", clock())
    window.data_changed()

    def names() -> list[str]:
        return [c.activity.name for c in window.goals_page.findChildren(GoalCard) if c.isVisible()]

    qtbot.waitUntil(lambda: names() == ["Walk"])


def test_about_says_where_the_backups_are(qtbot, pause_home: AppPaths) -> None:
    about = AboutDialog(pause_home)
    qtbot.addWidget(about)
    assert about.data_location.text().splitlines()[1] == (
        f"A backup is made each day, in {pause_home.data_dir / 'backups'}"
    )


@pytest.fixture
def themed(qapp) -> Iterator[None]:
    """The app's own style sheet (its font size makes the text taller), undone afterwards."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    theme.apply(qapp, "light")
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_about_holds_all_its_text_with_the_backups_line(
    qtbot, themed: None, pause_home: AppPaths, translations: i18n.Translations, language: str
) -> None:
    """Nothing is cut off, on a screen no taller than the tests' (800 px: at most 533 px)."""
    translations.install(language)
    about = AboutDialog(pause_home)
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    assert about.layout().totalHeightForWidth(about.width()) <= about.height()
