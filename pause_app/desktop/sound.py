"""Soft sound cues for the breathing guide: off until the user turns them on.

QtMultimedia is imported only when sound is switched on (it costs start-up time),
and a machine without audio output or libraries keeps working: the cues report,
once, that sound is unavailable.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QObject, Signal

from pause_app.resources import resource_path

log = logging.getLogger(__name__)


class Cue(Enum):
    BREATHE_IN = "breathe_in"
    BREATHE_OUT = "breathe_out"
    END = "end_chime"


class Cues(QObject):
    """Plays the cues when enabled; silent otherwise."""

    unavailable = Signal()  # emitted once, the first time sound was wanted and could not be

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sound_cues")
        self.enabled = False
        self.end_chime = True
        self.volume = 0.4
        self.available: bool | None = None  # unknown until sound is first wanted
        self._effects: dict[Cue, QObject] = {}

    def configure(self, enabled: bool, volume_percent: int, end_chime: bool) -> None:
        self.enabled, self.end_chime = enabled, end_chime
        self.volume = volume_percent / 100
        if enabled:
            self._load()
        for effect in self._effects.values():
            effect.setVolume(self.volume)  # type: ignore[attr-defined]

    def play(self, cue: Cue) -> None:
        if not self.enabled or (cue is Cue.END and not self.end_chime):
            return
        if self._load():
            self._effects[cue].play()  # type: ignore[attr-defined]

    def chime(self) -> None:
        """The soft chime on its own, with a reminder (``reminders.chime``): only when sound
        is on, at the sound volume, whatever ``sound.end_chime`` says."""
        if self.enabled and self._load():
            self._effects[Cue.END].play()  # type: ignore[attr-defined]

    def _load(self) -> bool:
        if self.available is not None:
            return self.available
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:  # the wheel or its system libraries are missing
            log.warning("sound is unavailable: %s", error)
            return self._give_up()
        if not QMediaDevices.audioOutputs():
            log.warning("sound is unavailable: no audio output")
            return self._give_up()
        from PySide6.QtCore import QUrl  # with the sound, as QtMultimedia is

        for cue in Cue:
            effect = QSoundEffect(self)
            effect.setObjectName(f"cue_{cue.value}")
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{cue.value}.wav"))))
            effect.setVolume(self.volume)
            effect.statusChanged.connect(lambda e=effect: self._on_status(e))
            self._effects[cue] = effect
        self.available = True
        return True

    def _on_status(self, effect: QObject) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error and self.available:  # type: ignore[attr-defined]
            log.warning("sound is unavailable: a cue could not be loaded")
            self.enabled = False
            self._give_up()

    def _give_up(self) -> bool:
        self.available = False
        self.unavailable.emit()
        return False
