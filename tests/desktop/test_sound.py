from __future__ import annotations

import builtins

import pytest
from PySide6.QtCore import QObject

from pause_app.desktop.sound import Cue, Cues


class FakeEffect(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.plays = 0
        self.volume = None

    def play(self) -> None:
        self.plays += 1

    def setVolume(self, volume: float) -> None:
        self.volume = volume


def test_silent_unless_turned_on(monkeypatch: pytest.MonkeyPatch) -> None:
    cues = Cues()
    monkeypatch.setattr(cues, "_load", lambda: pytest.fail("loaded sound while it is off"))
    cues.play(Cue.BREATHE_IN)


def test_without_audio_libraries_it_says_so_once(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    cues = Cues()
    with qtbot.waitSignal(cues.unavailable):
        cues.configure(True, 40, True)
    with qtbot.assertNotEmitted(cues.unavailable):
        cues.play(Cue.BREATHE_IN)
    assert cues.available is False


def test_cues_play_at_the_chosen_volume() -> None:
    cues = Cues()
    effects = {cue: FakeEffect() for cue in Cue}
    cues._effects = effects
    cues.available = True
    cues.configure(True, 25, end_chime=False)
    cues.play(Cue.BREATHE_IN)
    cues.play(Cue.END)  # the end chime is off
    assert effects[Cue.BREATHE_IN].plays == 1
    assert effects[Cue.END].plays == 0
    assert effects[Cue.BREATHE_OUT].volume == 0.25


def test_the_sound_files_are_there() -> None:
    from pause_app.resources import resource_path

    for cue in Cue:
        assert resource_path("sounds", f"{cue.value}.wav").stat().st_size > 1000


def test_the_reminder_chime_plays_only_with_sound_on_at_its_volume() -> None:
    cues = Cues()
    effects = {cue: FakeEffect() for cue in Cue}
    cues._effects = effects
    cues.available = True
    cues.chime()  # sound is off: silent
    assert effects[Cue.END].plays == 0
    cues.configure(True, 30, end_chime=False)  # the session's end chime off: not this one
    cues.chime()
    assert effects[Cue.END].plays == 1
    assert effects[Cue.END].volume == 0.3
