"""Synthesise Pause's sound cues: soft sine tones with gentle fades (mono, 16-bit, 22.05 kHz).

    python tools/make_sounds.py      (writes resources/sounds/*.wav)

In and out are distinct so they can be followed with eyes closed: the in-breath rises a
little in pitch, the out-breath falls and lasts longer. The end chime is two soft notes.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
PEAK = 0.28  # well below full scale: soft
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def _tone(seconds: float, start_hz: float, end_hz: float, fade: float = 0.12) -> list[float]:
    samples, phase = [], 0.0
    count = int(seconds * RATE)
    for i in range(count):
        t = i / count
        hz = start_hz + (end_hz - start_hz) * t
        phase += 2 * math.pi * hz / RATE
        envelope = min(1.0, i / (fade * RATE), (count - i) / (fade * RATE))
        envelope = math.sin(envelope * math.pi / 2) ** 2  # smooth, no click
        samples.append(PEAK * envelope * (math.sin(phase) + 0.15 * math.sin(2 * phase)))
    return samples


def _chime() -> list[float]:
    first = _tone(1.2, 523.25, 523.25, fade=0.4)
    second = _tone(1.2, 659.25, 659.25, fade=0.4)
    gap = int(0.35 * RATE)
    mixed = first + [0.0] * gap
    for i, value in enumerate(second):
        mixed[gap + i] = mixed[gap + i] * 0.6 + value * 0.6
    return mixed


def _write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main() -> None:
    _write("breathe_in.wav", _tone(0.45, 392.0, 440.0))
    _write("breathe_out.wav", _tone(0.6, 349.2, 293.7))
    _write("end_chime.wav", _chime())


if __name__ == "__main__":
    main()
