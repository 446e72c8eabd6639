"""A start in the tray builds only what is shown: the icon first, the window when it opens."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from pause_app import app
from pause_app.storage.paths import AppPaths
from pause_app.ui.reminders.tray import Tray
from tests.helpers.clock import FakeClock
from tests.helpers.fresh import run_fresh

if TYPE_CHECKING:
    from pause_app.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.usefixtures("no_leaked_windows"),
    pytest.mark.qt_log_ignore("systemTrayWindowChanged"),  # the offscreen platform has no tray
]

WINDOW_ONLY = (
    "pause_app.ui.main_window",
    "pause_app.ui.breathe",
    "pause_app.ui.goals",  # built, and imported, when its page is first shown
    "pause_app.ui.progress",
    "pause_app.ui.settings",
    "pause_app.ui.data.dialogs",
    "pause_app.ui.data.steps_import",
    "pause_app.cli.commands",
    "pause_app.storage.importer",
    "pause_app.desktop.attention",
    "pause_app.ui.reminders.corner_window",  # built with the first reminder it shows
)


def test_a_start_in_the_tray_imports_no_window_and_no_subcommand(pause_home: AppPaths) -> None:
    """In a fresh interpreter, as `pause-app --minimized` starts: the window's modules, the
    headless subcommands and the desktop's attention sources load only when wanted."""
    code = (
        "import sys\n"
        "from pause_app import cli\n"  # first, as `pause-app` starts
        "from pause_app import app\n"  # then, unless it hands over (cli.main)
        "from pause_app.ui.reminders.tray import Tray\n"
        "Tray.available = staticmethod(lambda: True)\n"
        "pause = app.build(app.StartOptions(minimized=True))\n"
        f"names = {WINDOW_ONLY!r}\n"
        "print(sorted(n for n in names if n in sys.modules))\n"
        "import linecache\n"
        "pause.window\n"
        "print(sorted(n for n in names[:4] if n in sys.modules))\n"
        "kept = [f for f in linecache.cache if 'pause_app' in f]\n"
        "print(sorted(f for f in kept if not f.endswith('pyside_imports.py')))\n"
        "pause.window.show_page(2)\n"
        "print(sorted(n for n in names[:4] if n in sys.modules))\n"
        "pause.shutdown()\n"
    )
    before, window, sources, progress = run_fresh(code).stdout.split("\n")[:4]
    assert before == "[]"
    assert sources == "[]"  # PySide6 read them (desktop/pyside_imports.py) and kept none
    assert window == str(sorted(WINDOW_ONLY[:2]))  # the Breathe page alone
    assert progress == str(sorted([*WINDOW_ONLY[:2], "pause_app.ui.progress"]))


def test_the_window_opens_without_the_exercise_which_comes_with_the_first_pause(
    pause_home: AppPaths,
) -> None:
    """The Breathe page shows its introduction: the exercise view, its guide and the focus
    window load and are built when a pause first starts. Nor are classes the window does
    not use set up on the way to it, nor the exercise's rules or the reminders' attention
    rules loaded."""
    code = (
        "import sys\n"
        "from pause_app import cli\n"
        "from pause_app import app\n"
        "from pause_app.app import start\n"
        "early = app.prepare(app.StartOptions())\n"
        "started = []\n"
        "start._finish(early, None, started)\n"  # as `pause-app` starts: the window first
        "pause = started[0]\n"
        "from PySide6 import QtCore, QtWidgets\n"
        "unused = sorted(n for n in ('QWizard', 'QMdiArea') if n in vars(QtWidgets))\n"
        "unused += sorted(n for n in ('QUrl',) if n in vars(QtCore))\n"  # sound's, when on
        "later = ('pause_app.core.attention', 'pause_app.core.exercise', 'zoneinfo')\n"
        "unused += [n for n in later if n in sys.modules]\n"  # zoneinfo: the reminders'
        "while pause.reminders is None:\n"  # the turn after it has shown
        "    early.qt_app.processEvents()\n"
        "names = ('pause_app.ui.breathe.exercise_view', 'pause_app.ui.breathe.guide',\n"
        "         'pause_app.ui.breathe.focus_window')\n"
        "print(sorted(n for n in names if n in sys.modules))\n"
        "print(unused)\n"
        "pause.window.start_pause()\n"
        "print(sorted(n for n in names[:2] if n in sys.modules))\n"
        "print(pause.window.breathe_area.currentWidget() is pause.window.exercise_view)\n"
        "print(pause.window.exercise_view.is_running())\n"
        "pause.shutdown()\n"
    )
    shown, unused, started, current, running = run_fresh(code).stdout.split("\n")[:5]
    assert shown == "[]"
    # PySide6 sets up a class (and its enums) when Python first meets it; asking for an
    # object whose type it must look for (a scroll area's viewport) set them all up.
    assert unused == "[]"
    assert started == str(["pause_app.ui.breathe.exercise_view", "pause_app.ui.breathe.guide"])
    assert (current, running) == ("True", "True")


@pytest.fixture
def in_tray(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[app.Pause]]:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    built: list[app.Pause] = []
    yield built
    for pause in built:
        pause.shutdown()


def test_the_window_is_built_when_first_wanted_and_hears_what_waited(
    in_tray: list[app.Pause], pause_home: AppPaths
) -> None:
    pause = app.build(app.StartOptions(minimized=True), clock=FakeClock())
    assert isinstance(pause, app.Pause)
    in_tray.append(pause)
    assert pause._window is None
    pause.notice("said before the window")
    assert pause.reminders is not None
    pause.reminders.reminder_open.emit(True)  # a reminder waits
    window = pause.window
    assert pause.window is window  # built once
    assert window.notices.texts() == ["said before the window"]
    assert window.keep_in_tray  # closing it keeps Pause in the tray
    assert not window.isVisible()
    pause.notice("said after")
    assert window.notices.texts()[-1] == "said after"
    pause.reminders.reminder_open.emit(False)
    assert not window.reminder_menu.menuAction().isVisible()
    window.close()


def test_quitting_before_the_window_opened_builds_nothing(
    in_tray: list[app.Pause], pause_home: AppPaths, qtbot
) -> None:
    pause = app.build(app.StartOptions(minimized=True), clock=FakeClock())
    assert isinstance(pause, app.Pause)
    pause.shutdown()  # the deferred attention watch finds the feature stopped
    qtbot.wait(1)  # a benchmark-free turn of the event loop: the single-shot timers run
    assert pause._window is None


AFTER_THE_ICON = (
    "pause_app.core.settings",  # the whole settings: only the language comes before
    "pause_app.storage.store",
    "pause_app.ui.reminders.feature",  # the timer, the notifications, D-Bus
    "pause_app.ui.data",
    "PySide6.QtDBus",
    "sqlite3",
)


THE_LOOK = ("pause_app.ui.widgets.theme", "pause_app.ui.widgets.fit")


def test_a_start_in_the_tray_shows_its_icon_before_the_rest_loads(pause_home: AppPaths) -> None:
    """`pause-app --minimized` as it starts at login: when the icon shows, the data, the
    look, the reminders' timer and D-Bus are not loaded yet; once the event loop has put
    the icon up, they are, and the reminders use that same icon."""
    code = (
        "import sys\n"
        "from pause_app.ui.reminders.tray import Tray\n"
        "from pause_app.app import start\n"
        "Tray.available = staticmethod(lambda: True)\n"
        "shows = Tray.show\n"
        f"names = {AFTER_THE_ICON!r}\n"
        "def show(tray):\n"
        "    if not tray.icon.isVisible():  # Reminders.start shows it again: no news\n"
        "        print(sorted(n for n in names if n in sys.modules))\n"
        "    shows(tray)\n"
        "Tray.show = show\n"
        "finish = start._finish\n"
        "def finished(early, tray, started):\n"
        "    done = finish(early, tray, started)\n"
        "    print(sorted(n for n in names if n in sys.modules))\n"
        "    print(done, started[0].reminders.tray is tray)\n"
        f"    print(sorted(n for n in {THE_LOOK!r} if n in sys.modules))\n"
        "    early.qt_app.exit(0)\n"
        "start._finish = finished\n"
        "from pause_app import app\n"
        "sys.exit(app.run(app.StartOptions(minimized=True)))\n"
    )
    at_icon, after, finished, look = run_fresh(code).stdout.split("\n")[:4]
    assert at_icon == "[]"
    assert after == str(sorted(AFTER_THE_ICON))
    assert finished == "True True"
    assert look == "[]"  # until something shows: the menu, a reminder, the window


@pytest.mark.parametrize("first", ["menu", "reminder", "window"])
def test_in_the_tray_the_look_comes_when_something_first_shows(
    in_tray: list[app.Pause], pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    """The icon needs no theme, style sheet or screen-fitting: they are applied once,
    before the tray's menu, a reminder's corner window or the window first shows."""
    from pause_app.ui.widgets import theme

    applied: list[str] = []
    monkeypatch.setattr(theme, "apply_settings", lambda _app, s: applied.append(theme.look_of(s)))
    early = app.prepare(app.StartOptions(minimized=True))
    assert isinstance(early, app.Early)
    tray = Tray()
    pause = app.complete(early, FakeClock(), tray=tray)
    assert isinstance(pause, app.Pause)
    in_tray.append(pause)
    assert pause.reminders is not None and pause.reminders.tray is tray
    assert applied == []
    for _ in range(2):
        if first == "menu":
            tray.menu.aboutToShow.emit()
        elif first == "reminder":
            pause.reminders.reminder_open.emit(True)
        else:
            assert pause.window is not None
    assert applied == [theme.look_of(pause.watcher.current)]
    assert pause.window is not None  # and not again
    assert len(applied) == 1
    if pause._window is not None:
        pause._window.close()


def test_a_look_changed_before_it_was_applied_is_applied_as_it_is_then(
    in_tray: list[app.Pause], pause_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pause_app.ui.widgets import theme

    applied: list[str] = []
    monkeypatch.setattr(theme, "apply_settings", lambda _app, s: applied.append(str(s["ui.theme"])))
    early = app.prepare(app.StartOptions(minimized=True))
    assert isinstance(early, app.Early)
    pause = app.complete(early, FakeClock(), tray=Tray())
    assert isinstance(pause, app.Pause)
    in_tray.append(pause)
    pause.watcher.set("ui.theme", "dark")  # from Settings in another start, say
    assert applied == []
    pause.ensure_look()
    assert applied == ["dark"]


def test_a_start_with_the_window_shows_it_before_the_tray_and_the_reminders(
    in_tray: list[app.Pause], pause_home: AppPaths, qtbot, monkeypatch
) -> None:
    """`pause-app`: the window first; the tray icon, the reminders' timer and your data's
    feature once it has painted, wired to it as if they had come first. The screen-fitting
    filter stands aside while the window is made and shown, and the style sheet is set
    once it is made (theme.styled_when_built), before it shows."""
    from pause_app.app import pause as pause_module
    from pause_app.app import start

    sheets_while_built: list[str] = []
    build = pause_module._build_window

    def build_and_look(pause: app.Pause) -> MainWindow:
        sheets_while_built.append(pause.qt_app.styleSheet())
        return build(pause)

    monkeypatch.setattr(pause_module, "_build_window", build_and_look)

    early = app.prepare(app.StartOptions())
    assert isinstance(early, app.Early)
    started: list[app.Pause] = []
    assert start._finish(early, None, started)
    pause = started[0]
    in_tray.append(pause)
    sys.excepthook = pause.previous_hook
    window = pause.window
    assert window.isVisible()
    assert sheets_while_built == [""]
    assert 'QLabel[role="heading"]' in pause.qt_app.styleSheet()
    assert pause.reminders is None
    assert pause.data is None
    at_first_shown: list[bool] = []  # the window's first picture before the rest
    window.first_shown.connect(lambda: at_first_shown.append(pause.reminders is None))
    from pause_app.ui.widgets import fit

    screen_fit = pause.qt_app.findChild(fit.ScreenFit, "screen_fit")
    assert screen_fit is not None and screen_fit.stepped_aside  # no Python call an event
    qtbot.waitUntil(lambda: pause.reminders is not None)  # once the window has painted
    assert at_first_shown == [True]
    assert not screen_fit.stepped_aside  # each dialog fits as it shows, from now on
    assert pause.reminders is not None and pause.reminders.tray is not None
    assert window.keep_in_tray  # closing it now keeps Pause in the tray
    pause.reminders.reminder_open.emit(True)
    assert window.reminder_menu.menuAction().isVisible()  # answered from the window too
    pause.reminders.reminder_open.emit(False)
    assert pause.data is not None and pause.data._window is window  # its dialogs over it
    pause.data.wait()  # the day's backup, started once the window showed
    with qtbot.waitSignal(pause.data.backup_done, timeout=10_000):
        window.backup_action.trigger()  # File > Back up now reaches it
    window.close()


def test_a_command_handed_over_before_the_rest_is_built_waits_for_it(
    in_tray: list[app.Pause], pause_home: AppPaths, qtbot
) -> None:
    """Pause starts at login in the tray, and the launcher is clicked a moment later: the
    second start hands over "open" before the first has built what follows its icon. The
    window opens once it is built, not never."""
    from pause_app.app import start
    from pause_app.core.commands import WindowCommand

    early = app.prepare(app.StartOptions(minimized=True))
    assert isinstance(early, app.Early)
    tray = Tray()
    started: list[app.Pause] = []
    later = start._after_the_icon(early, tray, started)
    early.server.command_received.emit(WindowCommand())  # in between
    later()
    qtbot.waitUntil(lambda: bool(started))
    pause = started[0]
    in_tray.append(pause)
    sys.excepthook = pause.previous_hook
    assert pause._window is not None and pause._window.isVisible()
    pause._window.close()


@pytest.mark.parametrize("minimized", [False, True])
def test_the_cycle_collector_waits_for_the_start_and_runs_after_it(
    pause_home: AppPaths, minimized: bool
) -> None:
    """The command line pauses Python's cycle collector for a start (tens of thousands of
    objects made to stay), and the start gives it back once the window has shown, or once
    the rest is built after the tray icon."""
    code = (
        "import gc, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from pause_app.ui.reminders.tray import Tray\n"
        "Tray.available = staticmethod(lambda: True)\n"
        "from pause_app import app, cli\n"
        "from pause_app.app import start\n"
        "run = app.run\n"
        "def watched(options):\n"
        "    print('at the start', gc.isenabled())\n"
        "    return run(options)\n"
        "app.run = watched\n"
        "finish = start._finish\n"
        "def finished(early, tray, started):\n"
        "    done = finish(early, tray, started)\n"
        "    def look():\n"
        "        if started[0].reminders is None or started[0].data is None:\n"
        "            return\n"
        "        print('once started', gc.isenabled())\n"
        "        early.qt_app.exit(0)\n"
        "    timer = QTimer(early.qt_app)\n"
        "    timer.timeout.connect(look)\n"
        "    timer.start(10)\n"
        "    return done\n"
        "start._finish = finished\n"
        f"sys.exit(cli.main({['--minimized'] if minimized else []!r}))\n"
    )
    lines = run_fresh(code).stdout.splitlines()
    assert [line for line in lines if line.startswith(("at the", "once"))] == [
        "at the start False",
        "once started True",
    ]
