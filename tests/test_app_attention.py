"""The composition root gives the reminders what the desktop says about the user."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pause_app import app
from pause_app.desktop import attention
from pause_app.ui.settings import SettingsDialog
from tests.helpers.attention import FakeAttentionWatch
from tests.helpers.clock import FakeClock

pytestmark = pytest.mark.usefixtures("no_leaked_windows")


@pytest.fixture
def started(qtbot) -> Iterator[list[app.Pause]]:
    built: list[app.Pause] = []
    yield built
    for pause in built:
        pause.window.close()
        pause.shutdown()


def _build(
    qtbot, started: list[app.Pause], monkeypatch: pytest.MonkeyPatch, watch: FakeAttentionWatch
) -> app.Pause:
    monkeypatch.setattr(attention, "attention_watch", lambda parent=None: watch)
    pause = app.build(app.StartOptions(), clock=FakeClock())
    assert isinstance(pause, app.Pause)
    started.append(pause)
    # The watch is set up once the event loop turns (not on the way to the tray icon).
    qtbot.waitUntil(lambda: watch.started_with is not None, timeout=2000)
    return pause


def _settings(pause: app.Pause) -> SettingsDialog:
    pause.open_settings()
    dialog = pause.window.findChild(SettingsDialog, "settings_dialog")
    assert isinstance(dialog, SettingsDialog)
    return dialog


def test_the_reminders_follow_the_desktop_watch_and_stop_it_on_quit(
    qtbot, started, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = FakeAttentionWatch("mutter")
    pause = _build(qtbot, started, monkeypatch, watch)
    assert watch.started_with == 5 * 60  # reminders.away_minutes
    assert watch.aimed and watch.aimed[-1] is not None  # told when the next one is due
    assert pause.reminders is not None
    watch.go_away(300.0)
    assert not pause.reminders.controller.timer.isActive()
    watch.come_back()
    assert pause.reminders.controller.timer.isActive()
    assert _settings(pause).reminders.idle_note.isHidden()  # the desktop can tell
    pause.window.close()
    pause.shutdown()
    started.clear()
    assert watch.stopped


def test_without_an_idle_source_settings_says_so(
    qtbot, started, monkeypatch: pytest.MonkeyPatch
) -> None:
    pause = _build(qtbot, started, monkeypatch, FakeAttentionWatch(None))
    dialog = _settings(pause)
    assert not dialog.reminders.idle_note.isHidden()
    assert "does not tell Pause when you are away" in dialog.reminders.idle_note.text()
    # Said in Settings only, never as a notice in the window.
    assert not any("away" in text for text in pause.window.notices.texts())
